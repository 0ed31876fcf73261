#pragma once

#include "analysis/PostingProse.h"

#include <QColor>
#include <QList>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QMenu;
class QPlainTextEdit;
class QWidget;

namespace hirekit {

struct PostingChecks;

// One finding marked in a text edit, at the edit's own positions.
struct CheckMark
{
    // In the order they are drawn: a coded or misspelled word inside a long sentence shows
    // both its own mark and the sentence's tint.
    enum Kind
    {
        LongSentence,
        Masculine,
        Feminine,
        Misspelled
    };

    Kind kind = Misspelled;
    qsizetype position = 0;
    qsizetype length = 0;
    QString toolTip;

    bool operator==(const CheckMark &other) const = default;
};

// Marks the posting checks' findings in one multi-line field of the posting editor:
// masculine- and feminine-coded words in two colours with the neutral alternative in their
// tooltip, long sentences with a tinted background, misspelled words with a red wavy
// underline. Right-clicking a misspelled word (or the context-menu key on it) puts Hunspell's
// suggestions and "Add to Word List" at the top of the edit's standard menu; a chosen
// suggestion is handed to the owner (replacementChosen) so it becomes one undo command on the
// document, like every other edit.
//
// The marks come from the last run of the checks (PostingCheckRunner). Until the next run
// they follow the text: an edit before a mark moves it, an edit inside one removes it.
class CheckHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    // Installs itself on `edit`'s document and watches its viewport; owned by `edit`.
    explicit CheckHighlighter(QPlainTextEdit *edit);
    ~CheckHighlighter() override;

    // The findings of `checks` typed in one field: `source`, and for a section's heading or
    // body its index.
    static QList<CheckMark> marksFor(const PostingChecks &checks, TextSource source,
                                     int section = -1);
    static QTextCharFormat markFormat(CheckMark::Kind kind);
    // The colour a kind is shown in, for the checks panel's legend.
    static QColor markColor(CheckMark::Kind kind);

    void setMarks(const QList<CheckMark> &marks);
    const QList<CheckMark> &marks() const { return m_marks; }

    // The context menu for a click at `viewportPosition` on text position `position`: the
    // spelling entries (when a misspelled word is there) above the edit's standard menu.
    // The caller owns the menu.
    QMenu *createContextMenu(const QPoint &viewportPosition, int position);

signals:
    // The user chose `replacement` for the misspelled word at [position, position + length).
    void replacementChosen(int position, int length, const QString &replacement);

protected:
    void highlightBlock(const QString &text) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void contentsChanged(int position, int removed, int added);
    // The mark under `position`: a word before a sentence; nullptr when none.
    const CheckMark *markAt(int position, bool misspelledOnly) const;
    void rehighlightMarks(const QList<CheckMark> &marks);

    QPlainTextEdit *m_edit;
    QWidget *m_viewport; // the edit's viewport, watched for tool tips and the context menu
    QList<CheckMark> m_marks;
    // The document's text as last seen, to tell a real edit from a change of formats only.
    QString m_text;
};

} // namespace hirekit
