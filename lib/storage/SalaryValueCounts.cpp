// The kept counts of salary rows by area, role and level (salary_value_counts): writing a
// change to them, reading what stored rows count under before they change or go, and
// reading them into a dataset's summary.
#include "storage/SalaryValueCounts.h"

#include "storage/SalaryRowSql.h"
#include "storage/SqlRows.h"

#include <QMap>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hirekit::salaryStorage {

Status addToValueCounts(const QSqlDatabase &db, qint64 datasetId, const ValueCounts &counts)
{
    QSqlQuery add(db);
    QSqlQuery take(db);
    QSqlQuery dropEmpty(db);
    bool prepared = false;
    return counts.forEach(
        [&](const QString &kind, const QString &value, bool national, qint64 rows) -> Status {
            if (!prepared) {
                if (!add.prepare(u"INSERT INTO salary_value_counts (dataset_id, kind, value, "
                                 "is_national, row_count) VALUES (?, ?, ?, ?, ?) "
                                 "ON CONFLICT (dataset_id, kind, value, is_national) "
                                 "DO UPDATE SET row_count = row_count + excluded.row_count"_s))
                    return queryError(add);
                if (!take.prepare(u"UPDATE salary_value_counts SET row_count = row_count + ? "
                                  "WHERE dataset_id = ? AND kind = ? AND value = ? "
                                  "AND is_national = ?"_s))
                    return queryError(take);
                if (!dropEmpty.prepare(u"DELETE FROM salary_value_counts WHERE dataset_id = ? "
                                       "AND kind = ? AND value = ? AND is_national = ? "
                                       "AND row_count <= 0"_s))
                    return queryError(dropEmpty);
                prepared = true;
            }
            const QVariantList key { datasetId, kind, value, national ? 1 : 0 };
            if (rows > 0) {
                for (const QVariant &part : key)
                    add.addBindValue(part);
                add.addBindValue(rows);
                if (!add.exec())
                    return queryError(add);
                return {};
            }
            // Taking rows never inserts: a value missing here (a count that has drifted) stays
            // missing rather than showing a negative count.
            take.addBindValue(rows);
            for (const QVariant &part : key)
                take.addBindValue(part);
            if (!take.exec())
                return queryError(take);
            for (const QVariant &part : key)
                dropEmpty.addBindValue(part);
            if (!dropEmpty.exec())
                return queryError(dropEmpty);
            return {};
        });
}

Result<QHash<qint64, CountedRows>> readCountedRows(const QSqlDatabase &db, const QList<qint64> &ids)
{
    // Through SQLite's C API: the ids of a delete of many rows are thousands of placeholders
    // (sql::execute() says why that matters).
    QVariantList values;
    values.reserve(ids.size());
    for (const qint64 id : ids)
        values.append(id);
    QHash<qint64, CountedRows> counted; // by dataset
    const Status read = sql::forEachRow(
        db,
        u"SELECT dataset_id, area, role, coalesce(level, ''), is_national "
        "FROM salary_rows WHERE id IN ("_s
            + placeholders(ids.size()) + u')',
        values, [&counted](const sql::Row &row) {
            CountedRows &rows = counted[row.integer(0)];
            ++rows.rows;
            rows.counts.add(row.text(1), row.text(2), row.text(3), row.integer(4) != 0, -1);
        });
    if (!read)
        return Error {
            SalaryRepositoryText::tr("Cannot access salary data: %1").arg(read.error())
        };
    return counted;
}

Status readValueCounts(const QSqlDatabase &db, SalaryDatasetSummary &summary)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // The counts every write keeps (a row per distinct value, in their primary key's order:
    // by kind, then by value in binary order as ORDER BY area gives it, national after the
    // others) instead of grouping the rows themselves. Rows without a level are counted under
    // "", which comes first.
    query.prepare(u"SELECT kind, value, is_national, row_count FROM salary_value_counts "
                  "WHERE dataset_id = ? ORDER BY kind, value, is_national"_s);
    query.addBindValue(summary.datasetId);
    if (!query.exec())
        return queryError(query);
    // The national rows by role and by level, which counts of the other rows leave out.
    QMap<QString, qint64> nationalRoles;
    QMap<QString, qint64> nationalLevels;
    while (query.next()) {
        const QString kind = query.value(0).toString();
        const QString value = query.value(1).toString();
        const bool national = query.value(2).toBool();
        const qint64 rows = query.value(3).toLongLong();
        QList<SalaryValueCount> &counts = kind == u"area"_s ? summary.areas
            : kind == u"role"_s                             ? summary.roles
                                                            : summary.levels;
        // A value with national and other rows comes twice, one after the other. "No level"
        // is a null string in SalaryDatasetSummary::levels, as it has always been.
        if (!counts.isEmpty() && counts.last().value == value)
            counts.last().rows += rows;
        else
            counts.append(
                { &counts == &summary.levels && value.isEmpty() ? QString() : value, rows });
        if (!national)
            continue;
        if (kind == u"area"_s)
            summary.nationalAreas.append(value);
        else if (kind == u"role"_s)
            nationalRoles[value] += rows;
        else
            nationalLevels[value] += rows;
    }
    for (const SalaryValueCount &area : std::as_const(summary.areas))
        summary.rowCount += area.rows;
    std::sort(summary.nationalAreas.begin(), summary.nationalAreas.end());
    for (auto it = nationalRoles.cbegin(); it != nationalRoles.cend(); ++it)
        summary.nationalRoles.append({ it.key(), it.value() });
    for (auto it = nationalLevels.cbegin(); it != nationalLevels.cend(); ++it)
        summary.nationalLevels.append({ it.key(), it.value() });
    return {};
}

} // namespace hirekit::salaryStorage
