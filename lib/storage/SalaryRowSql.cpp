// The SQL of salary rows that SalaryRepository and its helper files share: the columns read
// and how a row is read from them, placeholder lists, and the WHERE and ORDER BY of a
// SalaryRowQuery.
#include "storage/SalaryRowSql.h"

#include "storage/SqlRows.h"
#include "storage/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace hirekit::salaryStorage {

Error queryError(const QSqlQuery &query)
{
    return readError(query.lastError().text());
}

Error readError(const QString &driverText)
{
    return Error { SalaryRepositoryText::tr("Cannot access salary data: %1").arg(driverText) };
}

const QString rowColumns =
    u"r.id, d.name, r.area, r.area_code, r.is_national, r.role, r.soc_code, r.level, "
    "r.currency, r.period, r.min, r.max, r.p10, r.p25, r.median, r.p75, r.p90, r.top_coded "
    "FROM salary_rows r JOIN salary_datasets d ON d.id = r.dataset_id"_s;

namespace {

SalaryRow readRow(const sql::Row &values)
{
    SalaryRow row;
    row.id = values.integer(0);
    row.dataset = values.text(1);
    row.area = values.text(2);
    row.areaCode = values.text(3);
    row.isNational = values.integer(4) != 0;
    row.role = values.text(5);
    row.socCode = values.text(6);
    row.level = levelFromKey(values.text(7));
    row.currency = values.text(8);
    row.period = payPeriodFromKey(values.text(9)).value_or(PayPeriod::Year);
    row.min = values.optionalReal(10);
    row.max = values.optionalReal(11);
    row.p10 = values.optionalReal(12);
    row.p25 = values.optionalReal(13);
    row.median = values.optionalReal(14);
    row.p75 = values.optionalReal(15);
    row.p90 = values.optionalReal(16);
    const QString topCoded = values.text(17);
    if (!topCoded.isEmpty())
        row.topCoded = topCoded.split(u',');
    return row;
}

} // namespace

Status readRows(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
                const std::function<bool(SalaryRow)> &visit)
{
    const Status read = sql::forEachRowWhile(
        db, statement, values, [&visit](const sql::Row &row) { return visit(readRow(row)); });
    if (!read)
        return readError(read.error());
    return {};
}

Result<QList<SalaryRow>> readRowList(const QSqlDatabase &db, const QString &statement,
                                     const QVariantList &values)
{
    QList<SalaryRow> rows;
    const Status read = readRows(db, statement, values, [&rows](SalaryRow row) {
        rows.append(std::move(row));
        return true;
    });
    if (!read)
        return Error { read.error() };
    return rows;
}

QString placeholders(qsizetype count)
{
    QString result;
    result.reserve(count * 3);
    for (qsizetype i = 0; i < count; ++i)
        result += i == 0 ? u"?"_s : u", ?"_s;
    return result;
}

Result<Where> whereFor(const SalaryRowQuery &query)
{
    Where where { u"r.dataset_id = ?"_s, { query.datasetId } };
    const auto addList = [&where](const QString &column, const QStringList &values) {
        if (values.isEmpty()) {
            where.sql += u" AND 0"_s;
            return;
        }
        where.sql += u" AND "_s + column + u" IN ("_s + placeholders(values.size()) + u')';
        for (const QString &value : values)
            where.values.append(value);
    };
    if (qsizetype(query.areas.value_or(QStringList()).size())
            + query.roles.value_or(QStringList()).size() + query.excludedAreas.size()
        > MaxListValues) {
        return Error { SalaryRepositoryText::tr(
            "Too many areas and roles match the filter; type a few more letters.") };
    }
    if (query.areas)
        addList(u"r.area"_s, *query.areas);
    if (!query.excludedAreas.isEmpty()) {
        where.sql += u" AND r.area NOT IN ("_s + placeholders(query.excludedAreas.size()) + u')';
        for (const QString &area : query.excludedAreas)
            where.values.append(area);
    }
    if (query.roles)
        addList(u"r.role"_s, *query.roles);
    if (query.level) {
        where.sql += u" AND r.level = ?"_s;
        where.values.append(toKey(*query.level));
    }
    // Literal, not bound: SQLite uses the partial index salary_rows_national only when the
    // statement itself says is_national = 1.
    if (query.national)
        where.sql += *query.national ? u" AND r.is_national = 1"_s : u" AND r.is_national = 0"_s;
    return where;
}

namespace {

// The column (or expression) a sort key orders by.
QString sortExpression(SalarySortKey key)
{
    switch (key) {
    case SalarySortKey::Area:
        return u"r.area"_s;
    case SalarySortKey::Role:
        return u"r.role"_s;
    case SalarySortKey::Level:
        return u"CASE r.level WHEN 'entry' THEN 0 WHEN 'mid' THEN 1 WHEN 'senior' THEN 2 "
               "WHEN 'staff' THEN 3 END"_s;
    case SalarySortKey::Min:
        return u"r.min"_s;
    case SalarySortKey::Max:
        return u"r.max"_s;
    case SalarySortKey::P10:
        return u"r.p10"_s;
    case SalarySortKey::P25:
        return u"r.p25"_s;
    case SalarySortKey::Median:
        return u"r.median"_s;
    case SalarySortKey::P75:
        return u"r.p75"_s;
    case SalarySortKey::P90:
        return u"r.p90"_s;
    case SalarySortKey::Period:
        return u"r.period"_s;
    }
    return u"r.area"_s;
}

} // namespace

// ORDER BY for a query: the key, then area (and role), then the row id, so pages never
// overlap. Missing values (a level or figure a row does not have) come last in either
// direction. The area order is salary_rows_by_dataset_area_role's own: no sort at all.
QString orderFor(const SalaryRowQuery &query)
{
    const QString direction = query.descending ? u" DESC"_s : QString();
    const QString expression = sortExpression(query.sortKey);
    QString order;
    switch (query.sortKey) {
    case SalarySortKey::Area:
        order = u"r.area%1, r.role%1"_s.arg(direction);
        break;
    case SalarySortKey::Role:
        order = u"r.role%1, r.area%1"_s.arg(direction);
        break;
    case SalarySortKey::Period:
        order = u"r.period%1, r.area%1"_s.arg(direction);
        break;
    default:
        order = u"%1 IS NULL, %1%2, r.area%2"_s.arg(expression, direction);
        break;
    }
    return order + u", r.id"_s + direction;
}

} // namespace hirekit::salaryStorage
