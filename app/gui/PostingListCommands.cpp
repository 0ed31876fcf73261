#include "gui/PostingListCommands.h"

namespace hirekit {

PostingLifecycleCommand::PostingLifecycleCommand(Kind kind, qint64 id, const QString &text,
                                                 Apply apply)
    : QUndoCommand(text)
    , m_kind(kind)
    , m_id(id)
    , m_apply(std::move(apply))
{ }

void PostingLifecycleCommand::undo()
{
    m_apply(m_id, m_kind == Kind::Created);
}

void PostingLifecycleCommand::redo()
{
    // QUndoStack::push() calls redo(); a created posting is already there by then.
    if (m_kind == Kind::Created && m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    m_firstRedo = false;
    m_apply(m_id, m_kind == Kind::Deleted);
}

} // namespace hirekit
