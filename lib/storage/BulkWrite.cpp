#include "storage/BulkWrite.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace hirekit {

BulkWrite::BulkWrite(QSqlDatabase db)
    : m_db(std::move(db))
{
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA cache_size"_s) || !query.next())
        return; // the defaults then; slower, not wrong
    m_previousCacheSize = query.value(0).toInt();
    query.finish();
    // Negative: a size in KiB rather than in pages.
    m_changed = query.exec(u"PRAGMA cache_size = -%1"_s.arg(CacheMegabytes * 1024));
}

BulkWrite::~BulkWrite()
{
    if (m_changed) {
        QSqlQuery query(m_db);
        query.exec(u"PRAGMA cache_size = %1"_s.arg(m_previousCacheSize));
    }
}

} // namespace hirekit
