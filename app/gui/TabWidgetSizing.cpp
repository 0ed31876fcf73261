#include "gui/TabWidgetSizing.h"

#include <QCoreApplication>
#include <QResizeEvent>
#include <QStackedWidget>
#include <QTabWidget>

namespace hirekit {

namespace {

// Watches a tab widget's page stack until the tab widget's first showing. What it relies on,
// as Qt 6.4 does it: a widget not shown yet has a move and a resize event pending, and showing
// it starts by sending them, the move first; QTabWidget shows its stack (its first child)
// after it has become visible itself, and lays out its tab bar and pages in resizeEvent() once
// it is visible (before that it only marks them to lay out at its show event). So the stack's
// pending move event comes as it is about to be shown, the tab widget already visible: a
// resize event then has the tab widget lay out its pages, and the stack's own pending resize,
// which follows, carries the real size down to the page in view.
class PageSizer : public QObject
{
public:
    explicit PageSizer(QTabWidget *tabs)
        : QObject(tabs)
        , m_tabs(tabs)
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *stack = static_cast<QWidget *>(watched);
        if (event->type() == QEvent::Move && m_tabs->isVisible() && !stack->isVisible()) {
            QResizeEvent resize(m_tabs->size(), m_tabs->size());
            QCoreApplication::sendEvent(m_tabs, &resize);
            // Later showings find the pages at their size: hidden, the tab widget does not
            // move its stack, so no move event is pending again.
            stack->removeEventFilter(this);
            deleteLater();
        }
        return false;
    }

private:
    QTabWidget *m_tabs;
};

} // namespace

void sizePagesBeforeTheyShow(QTabWidget *tabs)
{
    // The stack is the tab widget's own child; the pages are its children.
    auto *stack = tabs->findChild<QStackedWidget *>(QString(), Qt::FindDirectChildrenOnly);
    Q_ASSERT(stack);
    if (stack)
        stack->installEventFilter(new PageSizer(tabs));
}

} // namespace hirekit
