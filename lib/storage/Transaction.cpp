#include "storage/Transaction.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <atomic>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

std::atomic<int> s_counter { 0 };
std::atomic<int> s_busyRetries { 0 };

// Whether `db` is an SQLite connection outside any transaction; false for anything else.
bool outsideTransaction(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    return connection && sqlite3_get_autocommit(connection) != 0;
}

} // namespace

int Transaction::busyRetries()
{
    return s_busyRetries;
}

// Why the outermost transaction is BEGIN IMMEDIATE and not a SAVEPOINT: a SAVEPOINT outside
// a transaction starts a DEFERRED one, which takes a read lock at its first SELECT and only
// asks for the write lock at its first write. In WAL mode that upgrade fails at once with
// SQLITE_BUSY when another connection (another Hirekit window, the command line) is writing
// or wrote since our read: our snapshot is stale, and waiting cannot make it fresh, so
// SQLite does not call the busy handler there and QSQLITE_BUSY_TIMEOUT does not help. A
// repository that reads and then writes (load a posting, update it, keep a revision) would
// then fail with "database is locked". BEGIN IMMEDIATE takes the write lock before reading
// anything, and waiting for that lock is what the busy timeout does; when it runs out (the
// other process held the lock that long), this tries again a few times before giving up.
// Single statements outside a Transaction take the write lock at their start and rely on
// the busy timeout alone. Readers are never blocked in WAL mode.
Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    if (!outsideTransaction(m_db)) {
        m_name = u"hk_sp_"_s + QString::number(++s_counter);
        m_active = exec(u"SAVEPOINT "_s + m_name);
        return;
    }
    for (int attempt = 0; attempt <= MaxBusyRetries; ++attempt) {
        QSqlQuery query(m_db);
        if (query.exec(u"BEGIN IMMEDIATE"_s)) {
            m_active = true;
            return;
        }
        m_error = query.lastError().text();
        const QString code = query.lastError().nativeErrorCode();
        const bool busy = code == u"5"_s || code == u"6"_s;
        if (!busy || attempt == MaxBusyRetries)
            return;
        ++s_busyRetries;
    }
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    if (m_name.isEmpty()) {
        exec(u"ROLLBACK"_s);
    } else {
        exec(u"ROLLBACK TO "_s + m_name);
        exec(u"RELEASE "_s + m_name);
    }
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!exec(m_name.isEmpty() ? u"COMMIT"_s : u"RELEASE "_s + m_name))
        return false;
    m_active = false;
    return true;
}

bool Transaction::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    m_error = query.lastError().text();
    return false;
}

} // namespace hirekit
