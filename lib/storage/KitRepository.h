#pragma once

#include "core/Interview.h"
#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>

namespace hirekit {

// Reads and writes interview kits: ordered questions for a posting and a stage.
class KitRepository
{
public:
    explicit KitRepository(QSqlDatabase db);

    // Kits of a posting (or all kits), by name.
    Result<QList<InterviewKit>> list(std::optional<qint64> postingId = std::nullopt) const;
    Result<InterviewKit> load(qint64 id) const;
    Result<qint64> insert(const InterviewKit &kit);
    // Replaces the kit's fields and question list.
    Status update(const InterviewKit &kit);
    Status remove(qint64 id);

private:
    Status writeQuestions(qint64 id, const QList<qint64> &questionIds);

    QSqlDatabase m_db;
};

} // namespace hirekit
