#pragma once

#include "gui/MessageBar.h"

namespace hirekit {

// A slim bar that says what was just done and offers to undo it ("Deleted the dataset X.
// Undo"), for actions too big for a confirmation dialog to be friendly and that live outside
// any document's undo stack. It stays until closed or replaced.
class UndoBar : public MessageBar
{
    Q_OBJECT

public:
    explicit UndoBar(QWidget *parent = nullptr);

signals:
    void undoRequested();
};

} // namespace hirekit
