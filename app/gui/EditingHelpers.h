#pragma once

#include <QObject>

#include <functional>

class QAbstractItemView;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace hirekit {

// Puts `text` into an edit only when it differs, replacing just the part that changed, so
// an undo in the middle of a long body keeps the scroll position and leaves the cursor at
// the change instead of jumping to the start.
void syncText(QLineEdit *edit, const QString &text);
void syncText(QPlainTextEdit *edit, const QString &text);

// Selects [position, position + length) of `edit` (clamped to its text), scrolls it into view
// and gives the edit the focus: where a checks finding takes the user.
void selectText(QPlainTextEdit *edit, qsizetype position, qsizetype length);
// Gives the focus to `widget`, or when it takes none (a container), to its first child that
// does.
void focusWidgetOrChild(QWidget *widget);

// How long a search field waits after a key before it searches (the Postings tab's, the
// Scorecards page's): once typing pauses, not at every key.
constexpr int SearchDelayMs = 150;

// The rows a long list measures its column widths from (the Postings, Candidates and
// Scorecards lists): a screenful at the window's default size. Each row measured lays out the
// text of its cells before the list shows: at start-up the Postings list took 2.6 ms for 40
// rows and takes 1.5 for 20; the Scorecards list measured 100 rows each time it was read.
constexpr int ColumnSizingRows = 20;

// Gives `edit` its clear button once it holds text, the only time the button shows. Its icon
// is the first image a window loads, and loading it (the image plugins looked up, a PNG read)
// was 2.4 ms of start-up for buttons nobody could see yet.
void enableClearButtonWhenFilled(QLineEdit *edit);

// Has Ctrl+End in `view` call `readAll` before the view moves, for a list read a page at a time
// (the Candidates and Scorecards lists): it goes to the last line of the list, not to the last
// line read so far.
void readAllBeforeMovingToEnd(QAbstractItemView *view, std::function<void()> readAll);

// Line and text edits keep their own little undo history and claim Ctrl+Z for it. In the
// posting editor the document's QUndoStack is the only history, so this filter declines
// the Undo and Redo keys for every widget inside `scope` (rows added later included) and
// lets them reach the Edit menu's actions. It watches the application's events because a
// filter on `scope` alone would see them only after the focused child had claimed them.
class UndoShortcutFilter : public QObject
{
    Q_OBJECT

public:
    explicit UndoShortcutFilter(QWidget *scope);
    ~UndoShortcutFilter() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_scope;
};

} // namespace hirekit
