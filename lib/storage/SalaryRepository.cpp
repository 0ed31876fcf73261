#include "storage/SalaryRepository.h"

#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

// The translation context of this file's messages.
struct SalaryRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::SalaryRepository)
};

Error queryError(const QSqlQuery &query)
{
    return Error {
        SalaryRepositoryText::tr("Cannot access salary data: %1").arg(query.lastError().text())
    };
}

QString escapeLike(QString text)
{
    text.replace(u'\\', u"\\\\"_s);
    text.replace(u'%', u"\\%"_s);
    text.replace(u'_', u"\\_"_s);
    return u'%' + text + u'%';
}

} // namespace

SalaryRepository::SalaryRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<QList<SalaryDataset>> SalaryRepository::datasets() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT d.id, d.name, d.source, d.year, d.is_builtin, "
                    "(SELECT count(*) FROM salary_rows r WHERE r.dataset_id = d.id) "
                    "FROM salary_datasets d ORDER BY d.is_builtin DESC, d.name COLLATE NOCASE"_s)) {
        return queryError(query);
    }
    QList<SalaryDataset> result;
    while (query.next()) {
        SalaryDataset dataset;
        dataset.id = query.value(0).toLongLong();
        dataset.name = query.value(1).toString();
        dataset.source = query.value(2).toString();
        if (!query.value(3).isNull())
            dataset.year = query.value(3).toInt();
        dataset.isBuiltin = query.value(4).toBool();
        dataset.rowCount = query.value(5).toInt();
        result.append(dataset);
    }
    return result;
}

Result<QList<SalaryRow>> SalaryRepository::rows(const SalaryFilter &filter) const
{
    QString where = u"1 = 1"_s;
    QVariantList values;
    if (!filter.dataset.isEmpty()) {
        where += u" AND d.name = ?"_s;
        values.append(filter.dataset);
    }
    if (!filter.area.isEmpty()) {
        where += u" AND r.area LIKE ? ESCAPE '\\'"_s;
        values.append(escapeLike(filter.area));
    }
    if (!filter.role.isEmpty()) {
        where += u" AND r.role LIKE ? ESCAPE '\\'"_s;
        values.append(escapeLike(filter.role));
    }
    if (filter.level) {
        where += u" AND r.level = ?"_s;
        values.append(toKey(*filter.level));
    }

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT r.id, d.name, r.area, r.area_code, r.is_national, r.role, r.soc_code, "
                  "r.level, r.currency, r.period, r.min, r.max, r.p10, r.p25, r.median, r.p75, "
                  "r.p90, r.top_coded FROM salary_rows r "
                  "JOIN salary_datasets d ON d.id = r.dataset_id WHERE "_s
                  + where + u" ORDER BY d.is_builtin DESC, d.name, r.is_national DESC, r.id"_s);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return queryError(query);

    QList<SalaryRow> result;
    while (query.next()) {
        SalaryRow row;
        row.id = query.value(0).toLongLong();
        row.dataset = query.value(1).toString();
        row.area = query.value(2).toString();
        row.areaCode = query.value(3).toString();
        row.isNational = query.value(4).toBool();
        row.role = query.value(5).toString();
        row.socCode = query.value(6).toString();
        row.level = levelFromKey(query.value(7).toString());
        row.currency = query.value(8).toString();
        row.period = payPeriodFromKey(query.value(9).toString()).value_or(PayPeriod::Year);
        row.min = sql::toOptionalDouble(query.value(10));
        row.max = sql::toOptionalDouble(query.value(11));
        row.p10 = sql::toOptionalDouble(query.value(12));
        row.p25 = sql::toOptionalDouble(query.value(13));
        row.median = sql::toOptionalDouble(query.value(14));
        row.p75 = sql::toOptionalDouble(query.value(15));
        row.p90 = sql::toOptionalDouble(query.value(16));
        const QString topCoded = query.value(17).toString();
        if (!topCoded.isEmpty())
            row.topCoded = topCoded.split(u',');
        result.append(row);
    }
    return result;
}

Result<std::optional<qint64>> SalaryRepository::findDataset(const QString &name) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id FROM salary_datasets WHERE name = ?"_s);
    query.addBindValue(name);
    if (!query.exec())
        return queryError(query);
    if (!query.next())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong());
}

Status SalaryRepository::removeDataset(qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM salary_datasets WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return queryError(query);
    return {};
}

Result<qint64> SalaryRepository::insertDataset(const SalaryDataset &dataset)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO salary_datasets (name, source, year, is_builtin, imported_at) "
                  "VALUES (?, ?, ?, ?, ?)"_s);
    query.addBindValue(sql::text(dataset.name));
    query.addBindValue(sql::text(dataset.source));
    query.addBindValue(dataset.year ? QVariant(*dataset.year)
                                    : QVariant(QMetaType::fromType<int>()));
    query.addBindValue(dataset.isBuiltin ? 1 : 0);
    query.addBindValue(sql::fromDateTime(QDateTime::currentDateTimeUtc()));
    if (!query.exec())
        return queryError(query);
    return query.lastInsertId().toLongLong();
}

namespace {

const QString insertRowSql = u"INSERT INTO salary_rows (dataset_id, area, area_code, is_national, "
                             "role, soc_code, level, currency, period, min, max, p10, p25, "
                             "median, p75, p90, top_coded) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;

// The connection's sqlite3 handle when it is a QSQLITE one, else nullptr.
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

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
        sqlite3_bind_int64(statement, 1, datasetId);
        bindText(2, row.area);
        bindText(3, row.areaCode);
        sqlite3_bind_int(statement, 4, row.isNational ? 1 : 0);
        bindText(5, row.role);
        bindText(6, row.socCode);
        if (row.level)
            bindText(7, toKey(*row.level));
        else
            sqlite3_bind_null(statement, 7);
        bindText(8, row.currency);
        bindText(9, toKey(row.period));
        int index = 10;
        for (const auto *figure :
             { &row.min, &row.max, &row.p10, &row.p25, &row.median, &row.p75, &row.p90 }) {
            if (*figure)
                sqlite3_bind_double(statement, index, **figure);
            else
                sqlite3_bind_null(statement, index);
            ++index;
        }
        bindText(17, row.topCoded.join(u','));
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

Status SalaryRepository::insertRows(qint64 datasetId, const QList<SalaryRow> &rows)
{
    Transaction transaction(m_db);
    if (sqlite3 *handle = sqliteHandle(m_db)) {
        if (auto inserted = insertRowsNative(handle, datasetId, rows); !inserted)
            return inserted;
    } else {
        QSqlQuery query(m_db);
        query.prepare(insertRowSql);
        for (const SalaryRow &row : rows) {
            query.addBindValue(datasetId);
            query.addBindValue(sql::text(row.area));
            query.addBindValue(sql::text(row.areaCode));
            query.addBindValue(row.isNational ? 1 : 0);
            query.addBindValue(sql::text(row.role));
            query.addBindValue(sql::text(row.socCode));
            query.addBindValue(row.level ? QVariant(toKey(*row.level))
                                         : QVariant(QMetaType::fromType<QString>()));
            query.addBindValue(sql::text(row.currency));
            query.addBindValue(toKey(row.period));
            for (const auto &figure :
                 { row.min, row.max, row.p10, row.p25, row.median, row.p75, row.p90 })
                query.addBindValue(sql::fromOptional(figure));
            query.addBindValue(sql::text(row.topCoded.join(u',')));
            if (!query.exec())
                return queryError(query);
        }
    }
    if (!transaction.commit())
        return Error { transaction.errorString() };
    return {};
}

} // namespace hirekit
