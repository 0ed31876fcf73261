// Writing salary rows: their column values in the statements' order, and the bulk insert
// through SQLite's C API that keeps imports near the speed of sqlite3's own .import.
#include "storage/SalaryRowWriter.h"

#include "storage/SalaryRowSql.h"
#include "storage/SqlRows.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace hirekit::salaryStorage {

QVariantList rowValues(const SalaryRow &row)
{
    QVariantList values { sql::text(row.area),
                          sql::text(row.areaCode),
                          row.isNational ? 1 : 0,
                          sql::text(row.role),
                          sql::text(row.socCode),
                          row.level ? QVariant(toKey(*row.level))
                                    : QVariant(QMetaType::fromType<QString>()),
                          sql::text(row.currency),
                          toKey(row.period) };
    for (const auto &figure : { row.min, row.max, row.p10, row.p25, row.median, row.p75, row.p90 })
        values.append(sql::fromOptional(figure));
    values.append(sql::text(row.topCoded.join(u',')));
    return values;
}

namespace {

// The INSERT of both paths: the id (NULL: a new one), dataset_id, then the columns of
// rowValues() in its order. A row with an id keeps it: undoing a delete puts rows back as
// they were, so redoing it deletes the same rows.
const QString insertRowSql =
    u"INSERT INTO salary_rows (id, dataset_id, area, area_code, is_national, role, soc_code, "
    "level, currency, period, min, max, p10, p25, median, p75, p90, top_coded) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;

// Inserts rows through SQLite's C API. Imports write a million rows at a time, and the
// QVariant-per-value path of QSqlQuery is most of their cost; this keeps them near the
// speed of sqlite3's own .import.
Status insertRowsNative(sqlite3 *handle, qint64 datasetId, const QList<SalaryRow> &rows)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray sql = insertRowSql.toUtf8();
    if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &statement, nullptr)
        != SQLITE_OK) {
        return Error { SalaryRepositoryText::tr("Cannot access salary data: %1")
                           .arg(QString::fromUtf8(sqlite3_errmsg(handle))) };
    }
    const auto bindText = [statement](int index, const QString &text) {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    };
    for (const SalaryRow &row : rows) {
        if (row.id > 0)
            sqlite3_bind_int64(statement, 1, row.id);
        else
            sqlite3_bind_null(statement, 1);
        sqlite3_bind_int64(statement, 2, datasetId);
        bindText(3, row.area);
        bindText(4, row.areaCode);
        sqlite3_bind_int(statement, 5, row.isNational ? 1 : 0);
        bindText(6, row.role);
        bindText(7, row.socCode);
        if (row.level)
            bindText(8, toKey(*row.level));
        else
            sqlite3_bind_null(statement, 8);
        bindText(9, row.currency);
        bindText(10, toKey(row.period));
        int index = 11;
        for (const auto *figure :
             { &row.min, &row.max, &row.p10, &row.p25, &row.median, &row.p75, &row.p90 }) {
            if (*figure)
                sqlite3_bind_double(statement, index, **figure);
            else
                sqlite3_bind_null(statement, index);
            ++index;
        }
        bindText(18, row.topCoded.join(u','));
        if (sqlite3_step(statement) != SQLITE_DONE) {
            const QString message = QString::fromUtf8(sqlite3_errmsg(handle));
            sqlite3_finalize(statement);
            return Error { SalaryRepositoryText::tr("Cannot access salary data: %1").arg(message) };
        }
        sqlite3_reset(statement);
    }
    sqlite3_finalize(statement);
    return {};
}

} // namespace

Status insertRowBatches(const QSqlDatabase &db, qint64 datasetId,
                        const SalaryRepository::NextBatch &nextBatch,
                        const std::function<void(const QList<SalaryRow> &batch)> &written)
{
    sqlite3 *handle = sql::sqliteHandle(db);
    QSqlQuery query(db);
    if (!handle)
        query.prepare(insertRowSql);
    QList<SalaryRow> batch;
    for (;;) {
        const auto more = nextBatch(batch);
        if (!more)
            return Error { more.error() };
        if (!*more)
            break;
        if (handle) {
            if (auto inserted = insertRowsNative(handle, datasetId, batch); !inserted)
                return inserted;
        } else {
            for (const SalaryRow &row : std::as_const(batch)) {
                query.addBindValue(row.id > 0 ? QVariant(row.id)
                                              : QVariant(QMetaType::fromType<qint64>()));
                query.addBindValue(datasetId);
                for (const QVariant &value : rowValues(row))
                    query.addBindValue(value);
                if (!query.exec())
                    return queryError(query);
            }
        }
        written(batch);
    }
    return {};
}

} // namespace hirekit::salaryStorage
