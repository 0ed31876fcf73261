#pragma once

#include "core/Posting.h"
#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>

namespace hirekit {

// Keeps revisions of postings: the whole posting as it was at an explicit "Save version",
// an export or a restore, with a summary of what changed since the revision before.
class RevisionRepository
{
public:
    explicit RevisionRepository(QSqlDatabase db);

    // Keeps `posting` (which must be stored, posting.id set) as a new revision.
    Result<PostingRevision> add(const Posting &posting, RevisionReason reason,
                                const QString &note = {});
    // The revisions of a posting, newest first.
    Result<QList<PostingRevision>> list(qint64 postingId) const;
    // The posting as the revision kept it (its id is the posting's id).
    Result<Posting> content(qint64 revisionId) const;

private:
    QSqlDatabase m_db;
};

QString toKey(RevisionReason reason);
std::optional<RevisionReason> revisionReasonFromKey(QStringView key);
QString displayName(RevisionReason reason);

} // namespace hirekit
