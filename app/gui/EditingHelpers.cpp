#include "gui/EditingHelpers.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextCursor>

#include <algorithm>

namespace hirekit {

namespace {

// Lengths of the common start and the common end of two strings (not overlapping).
std::pair<qsizetype, qsizetype> commonEnds(const QString &a, const QString &b)
{
    const qsizetype limit = std::min(a.size(), b.size());
    qsizetype prefix = 0;
    while (prefix < limit && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < limit - prefix && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    return { prefix, suffix };
}

// Calls a function when its view is about to go to the end (readAllBeforeMovingToEnd()).
class MoveToEndFilter : public QObject
{
public:
    MoveToEndFilter(QAbstractItemView *view, std::function<void()> beforeEnd)
        : QObject(view)
        , m_beforeEnd(std::move(beforeEnd))
    {
        view->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress
            && static_cast<QKeyEvent *>(event)->matches(QKeySequence::MoveToEndOfDocument))
            m_beforeEnd();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_beforeEnd;
};

} // namespace

void syncText(QLineEdit *edit, const QString &text)
{
    const QString current = edit->text();
    if (current == text)
        return;
    const qsizetype suffix = commonEnds(current, text).second;
    edit->setText(text);
    edit->setCursorPosition(int(text.size() - suffix));
}

void syncText(QPlainTextEdit *edit, const QString &text)
{
    const QString current = edit->toPlainText();
    if (current == text)
        return;
    const auto [prefix, suffix] = commonEnds(current, text);
    // Replace only the middle that differs: the document keeps its layout above the change
    // and the view does not scroll back to the top.
    QTextCursor cursor(edit->document());
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(current.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(text.mid(prefix, text.size() - suffix - prefix));
    edit->setTextCursor(cursor);
}

void selectText(QPlainTextEdit *edit, qsizetype position, qsizetype length)
{
    const int end = edit->document()->characterCount() - 1;
    QTextCursor cursor(edit->document());
    cursor.setPosition(std::clamp(int(position), 0, end));
    cursor.setPosition(std::clamp(int(position + length), 0, end), QTextCursor::KeepAnchor);
    edit->setTextCursor(cursor);
    edit->ensureCursorVisible();
    edit->setFocus(Qt::OtherFocusReason);
}

void enableClearButtonWhenFilled(QLineEdit *edit)
{
    if (!edit->text().isEmpty()) {
        edit->setClearButtonEnabled(true);
        return;
    }
    QObject::connect(
        edit, &QLineEdit::textChanged, edit, [edit] { edit->setClearButtonEnabled(true); },
        Qt::SingleShotConnection);
}

void focusWidgetOrChild(QWidget *widget)
{
    if (widget->focusPolicy() == Qt::NoFocus) {
        const QList<QWidget *> children = widget->findChildren<QWidget *>();
        for (QWidget *child : children) {
            if ((child->focusPolicy() & Qt::TabFocus) && child->isEnabled() && child->isVisible()) {
                widget = child;
                break;
            }
        }
    }
    widget->setFocus(Qt::OtherFocusReason);
}

UndoShortcutFilter::UndoShortcutFilter(QWidget *scope)
    : QObject(scope)
    , m_scope(scope)
{
    QCoreApplication::instance()->installEventFilter(this);
}

UndoShortcutFilter::~UndoShortcutFilter()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

bool UndoShortcutFilter::eventFilter(QObject *watched, QEvent *event)
{
    // The type test comes first: this runs for every event of the application.
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || !m_scope->isAncestorOf(widget))
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
        // Not accepted: the key is not the widget's, so the shortcut (Edit > Undo) runs.
        event->ignore();
        return true;
    }
    return false;
}

void readAllBeforeMovingToEnd(QAbstractItemView *view, std::function<void()> readAll)
{
    new MoveToEndFilter(view, std::move(readAll));
}

} // namespace hirekit
