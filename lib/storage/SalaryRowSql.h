#pragma once

#include "core/Result.h"
#include "core/Salary.h"
#include "core/SalaryQuery.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>

class QSqlQuery;

// Internal to lib/storage: the pieces of SQL that SalaryRepository and its helper files
// (SalaryValueCounts, SalaryRowWriter) share.
namespace hirekit::salaryStorage {

// The translation context of the salary storage's messages, the repository's own.
struct SalaryRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::SalaryRepository)
};

// "Cannot access salary data: …" with the query's error, or with a driver's error text.
Error queryError(const QSqlQuery &query);
Error readError(const QString &driverText);

// The columns readRows() reads, in its order, from salary_rows r joined with its dataset d
// (the FROM clause included).
extern const QString rowColumns;

// Runs `statement`, a SELECT of rowColumns, with `values` bound to its placeholders and hands
// each row to `visit` as long as it returns true. It reads through sql::forEachRowWhile(),
// which makes no QVariant for each value and binds each "?" by position. Qt Sql renames them to
// named ones that SQLite looks up one after the other, a cost that grows with the square of their
// number: an area filter of one letter lists hundreds of areas.
Status readRows(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
                const std::function<bool(SalaryRow)> &visit);
// All the rows readRows() reads.
Result<QList<SalaryRow>> readRowList(const QSqlDatabase &db, const QString &statement,
                                     const QVariantList &values);

// "?, ?, ?" for `count` placeholders.
QString placeholders(qsizetype count);

// SQLite refuses statements with more bound values than this (SQLITE_MAX_VARIABLE_NUMBER
// of the SQLite Debian ships); lists are far shorter in practice (hundreds of areas).
constexpr qsizetype MaxListValues = 32000;

// A condition on salary_rows r with ? placeholders, and the values to bind to them.
struct Where
{
    QString sql;
    QVariantList values;
};

// The WHERE condition of a SalaryRowQuery, or an error when its lists are too long.
Result<Where> whereFor(const SalaryRowQuery &query);

// ORDER BY for a query: the key, then area (and role), then the row id, so pages never
// overlap.
QString orderFor(const SalaryRowQuery &query);

} // namespace hirekit::salaryStorage
