#include "gui/TabWidgetSizing.h"

#include <QCoreApplication>
#include <QResizeEvent>
#include <QStackedWidget>
#include <QTabWidget>

namespace hirekit {

namespace {

// Watches a tab widget's page stack. Showing a widget starts with the move and resize events
// it has pending, and a widget not shown yet always has them: the stack's move event comes
// as it is about to be shown, the tab widget already visible. A resize event then has the
// tab widget lay out its tab bar and pages (QTabWidget::resizeEvent), and the stack's own
// pending resize, which follows, carries the real size down to the pages.
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
        if (event->type() == QEvent::Move && m_tabs->isVisible()
            && !static_cast<QWidget *>(watched)->isVisible()) {
            QResizeEvent resize(m_tabs->size(), m_tabs->size());
            QCoreApplication::sendEvent(m_tabs, &resize);
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
    if (auto *stack = tabs->findChild<QStackedWidget *>(QString(), Qt::FindDirectChildrenOnly))
        stack->installEventFilter(new PageSizer(tabs));
}

} // namespace hirekit
