#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>

struct sqlite3;

// Internal to lib/storage: reading the many rows of a listing without Qt Sql's cost per value,
// writes with long lists of values, and what Qt Sql has no call for.
namespace hirekit::sql {

// The connection's sqlite3 handle when it is a QSQLITE one, else nullptr.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// SQLite's data version on `db` (PRAGMA data_version): it changes when another connection
// commits. -1 when it cannot be read.
qint64 dataVersion(const QSqlDatabase &db);

// One row of forEachRow(), its columns by position.
class Row
{
public:
    virtual ~Row() = default;
    virtual bool isNull(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual QString text(int column) const = 0;
    // The column's number, or nullopt when it is NULL.
    std::optional<double> optionalReal(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<double>(real(column));
    }
};

// Runs the SELECT `statement` with `values` bound to its placeholders (integers, text or
// null) and hands each row to `visit`. On a QSQLITE connection it reads through SQLite's C API:
// QSqlQuery hands every value over as a QVariant, which for a listing of 20,000 scorecards
// costs as much as the query. On any other driver it is a forward-only QSqlQuery. The error is
// the driver's text alone; callers say what they were reading.
Status forEachRow(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
                  const std::function<void(const Row &)> &visit);
// As forEachRow(), as long as `visit` returns true.
Status forEachRowWhile(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
                       const std::function<bool(const Row &)> &visit);

// Runs `statement`, a write that returns no rows, with `values` bound the same way. For long
// lists of values ("id IN (?, ?, ...)"): Qt Sql renames each "?" to a named placeholder, which
// SQLite looks up by name one after the other, a cost that grows with the square of their
// number (about 300 ms for 10,000); SQLite's C API binds them by position.
Status execute(const QSqlDatabase &db, const QString &statement, const QVariantList &values);

// Writes the write-ahead log of `db` into the database file and empties it (a truncating
// checkpoint), at once: while another connection reads or writes, it cannot, and returns false
// rather than waiting the connection's busy timeout (two seconds on the GUI thread). True on
// a connection that is not a QSQLITE one: other databases keep no such log.
Result<bool> emptyLog(const QSqlDatabase &db);

} // namespace hirekit::sql
