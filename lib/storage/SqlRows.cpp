#include "storage/SqlRows.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <memory>

namespace hirekit::sql {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

qint64 dataVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

namespace {

class NativeRow : public Row
{
public:
    explicit NativeRow(sqlite3_stmt *statement)
        : m_statement(statement)
    { }
    bool isNull(int column) const override
    {
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_statement, column); }
    double real(int column) const override { return sqlite3_column_double(m_statement, column); }
    QString text(int column) const override
    {
        const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column));
    }

private:
    sqlite3_stmt *m_statement;
};

class QueryRow : public Row
{
public:
    explicit QueryRow(const QSqlQuery &query)
        : m_query(query)
    { }
    bool isNull(int column) const override { return m_query.isNull(column); }
    qint64 integer(int column) const override { return m_query.value(column).toLongLong(); }
    double real(int column) const override { return m_query.value(column).toDouble(); }
    QString text(int column) const override { return m_query.value(column).toString(); }

private:
    const QSqlQuery &m_query;
};

QString sqliteError(sqlite3 *handle)
{
    return QString::fromUtf8(sqlite3_errmsg(handle));
}

Status forEachRowNative(sqlite3 *handle, const QString &statement, const QVariantList &values,
                        const std::function<bool(const Row &)> &visit)
{
    const QByteArray utf8 = statement.toUtf8();
    sqlite3_stmt *prepared = nullptr;
    if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &prepared, nullptr)
        != SQLITE_OK)
        return Error { sqliteError(handle) };
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> owner(prepared, sqlite3_finalize);
    for (int index = 0; index < values.size(); ++index) {
        const QVariant &value = values.at(index);
        int bound = SQLITE_OK;
        // A null string is NULL, as Qt Sql binds it.
        const bool null =
            value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isNull());
        switch (null ? QMetaType::UnknownType : value.typeId()) {
        case QMetaType::UnknownType:
            bound = sqlite3_bind_null(prepared, index + 1);
            break;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            bound = sqlite3_bind_int64(prepared, index + 1, value.toLongLong());
            break;
        default: {
            const QByteArray text = value.toString().toUtf8();
            bound = sqlite3_bind_text(prepared, index + 1, text.constData(), int(text.size()),
                                      SQLITE_TRANSIENT);
            break;
        }
        }
        if (bound != SQLITE_OK)
            return Error { sqliteError(handle) };
    }
    const NativeRow row(prepared);
    for (;;) {
        const int stepped = sqlite3_step(prepared);
        if (stepped == SQLITE_DONE)
            return {};
        if (stepped != SQLITE_ROW)
            return Error { sqliteError(handle) };
        if (!visit(row))
            return {};
    }
}

} // namespace

Status forEachRowWhile(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
                       const std::function<bool(const Row &)> &visit)
{
    if (sqlite3 *handle = sqliteHandle(db))
        return forEachRowNative(handle, statement, values, visit);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(statement);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Error { query.lastError().text() };
    const QueryRow row(query);
    while (query.next()) {
        if (!visit(row))
            return {};
    }
    if (query.lastError().isValid())
        return Error { query.lastError().text() };
    return {};
}

Status forEachRow(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
                  const std::function<void(const Row &)> &visit)
{
    return forEachRowWhile(db, statement, values, [&visit](const Row &row) {
        visit(row);
        return true;
    });
}

Status execute(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    return forEachRow(db, statement, values, [](const Row &) {});
}

Result<bool> emptyLog(const QSqlDatabase &db)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return true; // other databases keep no such log
    // SQLite has no call that reads the busy timeout; the pragma does.
    QSqlQuery timeout(db);
    if (!timeout.exec(QStringLiteral("PRAGMA busy_timeout")) || !timeout.next())
        return Error { timeout.lastError().text() };
    const int waited = timeout.value(0).toInt();
    timeout.finish();
    sqlite3_busy_timeout(handle, 0);
    const int checkpointed =
        sqlite3_wal_checkpoint_v2(handle, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    const QString message = QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_busy_timeout(handle, waited);
    // Qt turns SQLite's extended result codes on: the primary code is the low byte.
    if ((checkpointed & 0xff) == SQLITE_BUSY || (checkpointed & 0xff) == SQLITE_LOCKED)
        return false;
    if (checkpointed != SQLITE_OK)
        return Error { message };
    return true;
}

} // namespace hirekit::sql
