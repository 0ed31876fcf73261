#pragma once

#include <QUndoCommand>

#include <functional>

namespace hirekit {

// Undo for what the postings list does to whole postings: making one (New, Duplicate, New
// from Template, Save as Template) and deleting one. The repository only marks a deleted
// posting, so both directions flip that mark through `apply(id, deleted)`, which the
// Postings tab implements (write, refresh the lists, select).
class PostingLifecycleCommand : public QUndoCommand
{
public:
    enum class Kind
    {
        Created, // the posting exists already when the command is pushed
        Deleted, // redo deletes it
    };
    using Apply = std::function<void(qint64 id, bool deleted)>;

    PostingLifecycleCommand(Kind kind, qint64 id, const QString &text, Apply apply);

    void undo() override;
    void redo() override;

    qint64 postingId() const { return m_id; }

private:
    Kind m_kind;
    qint64 m_id;
    Apply m_apply;
    bool m_firstRedo = true;
};

} // namespace hirekit
