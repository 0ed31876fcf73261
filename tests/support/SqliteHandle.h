#pragma once

// For tests that look at what SQLite runs (EXPLAIN QUERY PLAN, sqlite3_trace_v2): the
// sqlite3 handle under a Qt connection; link SQLite::SQLite3.
#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace hirekit::testsupport {

// The handle of `db`, or nullptr when it is not an open SQLite connection.
inline sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace hirekit::testsupport
