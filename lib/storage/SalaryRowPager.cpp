#include "storage/SalaryRowPager.h"

#include "storage/SalaryRepository.h"

#include <algorithm>

namespace hirekit {

SalaryRowPager::SalaryRowPager(QSqlDatabase db, const SalaryRowQuery &query,
                               std::optional<qint64> knownCount)
    : m_db(std::move(db))
    , m_query(query)
    , m_count(knownCount)
{ }

Status SalaryRowPager::loadIds()
{
    auto ids = SalaryRepository(m_db).rowIds(m_query);
    if (!ids)
        return Error { ids.error() };
    m_ids = std::move(ids).value();
    m_count = m_ids->size();
    return {};
}

void SalaryRowPager::setOrderedIds(QList<qint64> ids)
{
    m_count = ids.size();
    m_ids = std::move(ids);
}

Result<qint64> SalaryRowPager::count()
{
    if (m_count)
        return *m_count;
    if (!SalaryRepository::isSortIndexed(m_query)) {
        // The ids are needed for the first page anyway, and counting them is free.
        if (auto loaded = loadIds(); !loaded)
            return Error { loaded.error() };
        return *m_count;
    }
    const auto counted = SalaryRepository(m_db).countRows(m_query);
    if (!counted)
        return Error { counted.error() };
    m_count = *counted;
    return *m_count;
}

Result<QList<SalaryRow>> SalaryRowPager::rows(qint64 offset, int limit)
{
    if (offset < 0 || limit <= 0)
        return QList<SalaryRow>();
    if (SalaryRepository::isSortIndexed(m_query)) {
        // OFFSET steps over every row before the page, and the index reads as well backwards:
        // a page past the middle is read from the end, in the same order reversed. The last
        // page of a million rows then costs what the first does (it took 70 ms), the middle
        // one half of what it did.
        if (!m_count || offset <= *m_count / 2)
            return SalaryRepository(m_db).rows(m_query, offset, limit);
        const qint64 end = std::min(offset + limit, *m_count);
        if (end <= offset)
            return QList<SalaryRow>();
        SalaryRowQuery fromTheEnd = m_query;
        fromTheEnd.descending = !m_query.descending;
        auto page = SalaryRepository(m_db).rows(fromTheEnd, *m_count - end, int(end - offset));
        if (page)
            std::reverse(page->begin(), page->end());
        return page;
    }
    if (!m_ids) {
        if (auto loaded = loadIds(); !loaded)
            return Error { loaded.error() };
    }
    if (offset >= m_ids->size())
        return QList<SalaryRow>();
    return SalaryRepository(m_db).rowsWithIds(m_ids->mid(offset, limit));
}

} // namespace hirekit
