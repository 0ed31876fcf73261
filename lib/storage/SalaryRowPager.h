#pragma once

#include "core/Result.h"
#include "core/SalaryQuery.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace hirekit {

// The rows of one SalaryRowQuery, a page at a time, for a table over a dataset of any
// size. Orders an index delivers (area, role) are paged with LIMIT/OFFSET; any other order
// (a figure, the level) would sort all matching rows again for every page, so the first
// page fetches the ordered row ids once (8 bytes a row) and later pages read rows by id.
class SalaryRowPager
{
public:
    // `knownCount`: the number of rows when the caller knows it already (from the
    // dataset's summary), which saves a count over the rows.
    SalaryRowPager(QSqlDatabase db, const SalaryRowQuery &query,
                   std::optional<qint64> knownCount = std::nullopt);

    const SalaryRowQuery &query() const { return m_query; }
    Result<qint64> count();
    // Up to `limit` rows from `offset` on.
    Result<QList<SalaryRow>> rows(qint64 offset, int limit);
    // True once the ordered ids are held (the order is not an index's).
    bool holdsIds() const { return m_ids.has_value(); }
    // Takes the ordered ids read elsewhere (SalaryRepository::rowIds() of the same query,
    // on a worker thread), so no page has to read them.
    void setOrderedIds(QList<qint64> ids);

private:
    Status loadIds();

    QSqlDatabase m_db;
    SalaryRowQuery m_query;
    std::optional<qint64> m_count;
    std::optional<QList<qint64>> m_ids;
};

} // namespace hirekit
