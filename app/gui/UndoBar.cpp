#include "gui/UndoBar.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace hirekit {

UndoBar::UndoBar(QWidget *parent)
    : MessageBar(u"undoBar"_s, parent)
{
    QPushButton *undo = addButton(tr("&Undo"), u"undoBarPushButton"_s);
    addCloseButton(u"undoBarCloseToolButton"_s);
    connect(undo, &QPushButton::clicked, this, &UndoBar::undoRequested);
}

} // namespace hirekit
