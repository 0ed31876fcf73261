#pragma once

#include "core/Result.h"
#include "core/Salary.h"
#include "core/SalaryQuery.h"
#include "storage/SqlValues.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Internal to lib/storage: the kept counts of a dataset's rows by area, role and level,
// national or not (salary_value_counts, schema 8), which SalaryRepository updates in the
// same transaction as every write of salary rows and summary() reads instead of grouping
// the rows.
namespace hirekit::salaryStorage {

// What a write changes in a dataset's salary_value_counts: for each kind of value (area,
// role, level) and national or not, the rows it adds to (or, negative, takes from) each
// value. Rows without a level count under the level "".
class ValueCounts
{
public:
    void add(const QString &area, const QString &role, const QString &level, bool national,
             qint64 rows)
    {
        m_rows[Area][national][area] += rows;
        m_rows[Role][national][role] += rows;
        m_rows[Level][national][level] += rows;
    }
    void add(const SalaryRow &row, qint64 rows)
    {
        add(row.area, row.role, row.level ? toKey(*row.level) : QString(), row.isNational, rows);
    }

    // Hands each change to `visit(kind, value, national, rows)`; values whose changes
    // cancel out are left out.
    template<typename Visit> Status forEach(const Visit &visit) const
    {
        static const QString kinds[] = { QStringLiteral("area"), QStringLiteral("role"),
                                         QStringLiteral("level") };
        for (int kind = 0; kind < Kinds; ++kind) {
            for (int national = 0; national < 2; ++national) {
                const QHash<QString, qint64> &rows = m_rows[kind][national];
                for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
                    if (it.value() == 0)
                        continue;
                    if (auto status =
                            visit(kinds[kind], sql::text(it.key()), national == 1, it.value());
                        !status)
                        return status;
                }
            }
        }
        return {};
    }

private:
    enum Kind
    {
        Area,
        Role,
        Level,
        Kinds
    };
    QHash<QString, qint64> m_rows[Kinds][2];
};

// Adds `counts` to the dataset's salary_value_counts, in the caller's transaction. A value
// gains a row when it first has rows and loses it when its count falls to zero.
Status addToValueCounts(const QSqlDatabase &db, qint64 datasetId, const ValueCounts &counts);

// Stored rows as the counts hold them: how many a dataset has among them, and their
// areas, roles and levels each taken away once (-1), so that adding `counts` removes the
// rows from the counts, or, with the rows as changed added back, moves them.
struct CountedRows
{
    qint64 rows = 0;
    ValueCounts counts;
};

// Reads what the rows with `ids` (at most MaxListValues) count under, by dataset. Ids that
// do not exist are left out.
Result<QHash<qint64, CountedRows>> readCountedRows(const QSqlDatabase &db,
                                                   const QList<qint64> &ids);

// Fills `summary`'s areas, roles and levels, its national ones and its row count from the
// kept counts of the dataset summary.datasetId.
Status readValueCounts(const QSqlDatabase &db, SalaryDatasetSummary &summary);

} // namespace hirekit::salaryStorage
