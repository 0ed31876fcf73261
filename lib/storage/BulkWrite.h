#pragma once

#include <QSqlDatabase>

namespace hirekit {

// Settings for one big write (an import of a million rows), held for a scope and undone
// when it ends. SQLite's default page cache (2 MB) cannot hold the index pages such a write
// keeps touching: a wage file lists every occupation of an area before the next area, so
// each row lands on another leaf of the role index, and with a small cache every one of
// them is read, spilled and read again. A larger cache for the duration keeps them.
class BulkWrite
{
public:
    static constexpr int CacheMegabytes = 48;

    explicit BulkWrite(QSqlDatabase db);
    ~BulkWrite();
    BulkWrite(const BulkWrite &) = delete;
    BulkWrite &operator=(const BulkWrite &) = delete;

private:
    QSqlDatabase m_db;
    int m_previousCacheSize = 0;
    bool m_changed = false;
};

} // namespace hirekit
