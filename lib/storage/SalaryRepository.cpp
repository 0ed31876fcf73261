#include "storage/SalaryRepository.h"

#include "core/SalaryValidation.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

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

// The columns readRow() reads, in its order, from salary_rows r joined with its dataset d.
const QString rowColumns =
    u"r.id, d.name, r.area, r.area_code, r.is_national, r.role, r.soc_code, r.level, "
    "r.currency, r.period, r.min, r.max, r.p10, r.p25, r.median, r.p75, r.p90, r.top_coded "
    "FROM salary_rows r JOIN salary_datasets d ON d.id = r.dataset_id"_s;

SalaryRow readRow(const QSqlQuery &query)
{
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
    return row;
}

// "?, ?, ?" for `count` placeholders.
QString placeholders(qsizetype count)
{
    QString result;
    result.reserve(count * 3);
    for (qsizetype i = 0; i < count; ++i)
        result += i == 0 ? u"?"_s : u", ?"_s;
    return result;
}

// SQLite refuses statements with more bound values than this (SQLITE_MAX_VARIABLE_NUMBER
// of the SQLite Debian ships); lists are far shorter in practice (hundreds of areas).
constexpr qsizetype MaxListValues = 32000;

struct Where
{
    QString sql;
    QVariantList values;
};

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

// Bit i set: the row has the figure salaryFigureKeys()[i]. No allocation: this runs for
// every imported row.
unsigned presentFigures(const SalaryRow &row)
{
    unsigned bits = 0;
    unsigned bit = 1;
    for (const auto *figure :
         { &row.min, &row.max, &row.p10, &row.p25, &row.median, &row.p75, &row.p90 }) {
        if (figure->has_value())
            bits |= bit;
        bit <<= 1;
    }
    return bits;
}

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
        static const QString kinds[] = { u"area"_s, u"role"_s, u"level"_s };
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

} // namespace

SalaryRepository::SalaryRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<QList<SalaryDataset>> SalaryRepository::datasets() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT d.id, d.name, d.source, d.year, d.is_builtin, "
                    "d.row_count "
                    "FROM salary_datasets d WHERE d.deleted_at IS NULL "
                    "ORDER BY d.is_builtin DESC, d.name COLLATE NOCASE"_s)) {
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
    QString where = u"d.deleted_at IS NULL"_s;
    QVariantList values;
    if (!filter.dataset.isEmpty()) {
        where += u" AND d.name = ?"_s;
        values.append(filter.dataset);
    }
    if (!filter.area.isEmpty()) {
        where += u" AND r.area LIKE ? ESCAPE '\\'"_s;
        values.append(sql::containsPattern(filter.area));
    }
    if (!filter.role.isEmpty()) {
        where += u" AND r.role LIKE ? ESCAPE '\\'"_s;
        values.append(sql::containsPattern(filter.role));
    }
    if (filter.level) {
        where += u" AND r.level = ?"_s;
        values.append(toKey(*filter.level));
    }

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + rowColumns + u" WHERE "_s + where
                  + u" ORDER BY d.is_builtin DESC, d.name, r.is_national DESC, r.id"_s);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return queryError(query);

    QList<SalaryRow> result;
    while (query.next())
        result.append(readRow(query));
    return result;
}

Result<std::optional<qint64>> SalaryRepository::findDataset(const QString &name) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id FROM salary_datasets WHERE name = ? AND deleted_at IS NULL"_s);
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

Status SalaryRepository::setDatasetDeleted(qint64 id, bool deleted)
{
    QSqlQuery query(m_db);
    query.prepare(deleted ? u"UPDATE salary_datasets SET deleted_at = ? WHERE id = ? AND "
                            "deleted_at IS NULL AND is_builtin = 0"_s
                          : u"UPDATE salary_datasets SET deleted_at = NULL WHERE id = ? AND "
                            "deleted_at IS NOT NULL"_s);
    if (deleted)
        query.addBindValue(sql::fromDateTime(QDateTime::currentDateTimeUtc()));
    query.addBindValue(id);
    if (!query.exec())
        return queryError(query);
    if (query.numRowsAffected() != 1) {
        return Error { deleted ? SalaryRepositoryText::tr("There is no salary dataset with id %1 "
                                                          "that can be deleted.")
                                     .arg(id)
                               : SalaryRepositoryText::tr("There is no deleted salary dataset with "
                                                          "id %1.")
                                     .arg(id) };
    }
    return {};
}

Result<int> SalaryRepository::emptyTrash(const QString &name)
{
    if (name.isNull())
        return emptyTrashWhere(u"1"_s, {});
    return emptyTrashWhere(u"name = ?"_s, { name });
}

Result<int> SalaryRepository::emptyTrashDeletedBefore(const QDateTime &before)
{
    return emptyTrashWhere(u"deleted_at < ?"_s, { sql::fromDateTime(before) });
}

Result<int> SalaryRepository::emptyTrashWhere(const QString &condition, const QVariantList &values)
{
    const QString trashed =
        u"SELECT id FROM salary_datasets WHERE deleted_at IS NOT NULL AND "_s + condition;
    QSqlQuery query(m_db);
    // Rows go in small batches, each its own short transaction when no caller holds one, so
    // emptying a million-row dataset never keeps other writers waiting for long. Neither the
    // datasets' row_count nor their counts by area, role and level follow these deletes: the
    // datasets go at the end, their counts with them (ON DELETE CASCADE), and keeping the
    // counts batch by batch (through removeRows()) made emptying a million rows take eighteen
    // times as long.
    for (;;) {
        query.prepare(u"DELETE FROM salary_rows WHERE rowid IN (SELECT rowid FROM salary_rows "
                      "WHERE dataset_id IN ("_s
                      + trashed + u") LIMIT 5000)"_s);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            return queryError(query);
        if (query.numRowsAffected() == 0)
            break;
    }
    query.prepare(u"DELETE FROM salary_datasets WHERE id IN ("_s + trashed + u")"_s);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return queryError(query);
    return query.numRowsAffected();
}

Result<qint64> SalaryRepository::insertDataset(const SalaryDataset &dataset)
{
    if (dataset.name.trimmed().isEmpty())
        return Error { SalaryRepositoryText::tr("A salary dataset needs a name.") };
    const auto existing = findDataset(dataset.name);
    if (!existing)
        return Error { existing.error() };
    // A trashed dataset of the same name gives its name up for good.
    if (auto emptied = emptyTrash(dataset.name); !emptied)
        return Error { emptied.error() };
    if (*existing) {
        return Error { SalaryRepositoryText::tr("A salary dataset named \"%1\" exists already.")
                           .arg(dataset.name) };
    }
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
    bool handedOver = false;
    return insertRows(datasetId, [&](QList<SalaryRow> &batch) -> Result<bool> {
        if (handedOver)
            return false;
        batch = rows;
        handedOver = true;
        return true;
    });
}

Status SalaryRepository::insertRows(qint64 datasetId, const NextBatch &nextBatch)
{
    Transaction transaction(m_db);
    sqlite3 *handle = sqliteHandle(m_db);
    QSqlQuery query(m_db);
    if (!handle)
        query.prepare(insertRowSql);
    QList<SalaryRow> batch;
    qint64 inserted = 0;
    unsigned figures = 0;
    // Counted over all batches and written once: per batch, a wage file (a thousand
    // occupations in every area) would cost an upsert for nearly every other row.
    ValueCounts counts;
    for (;;) {
        const auto more = nextBatch(batch);
        if (!more)
            return Error { more.error() };
        if (!*more)
            break;
        if (handle) {
            if (auto written = insertRowsNative(handle, datasetId, batch); !written)
                return written;
        } else {
            for (const SalaryRow &row : std::as_const(batch)) {
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
        for (const SalaryRow &row : std::as_const(batch)) {
            figures |= presentFigures(row);
            counts.add(row, 1);
        }
        inserted += batch.size();
    }
    if (auto added = addFigureFields(datasetId, figures); !added)
        return added;
    if (auto counted = addToRowCount(datasetId, inserted); !counted)
        return counted;
    if (auto counted = addToValueCounts(m_db, datasetId, counts); !counted)
        return counted;
    if (!transaction.commit())
        return Error { transaction.errorString() };
    return {};
}

// The dataset's row count (salary_datasets.row_count) follows every insert and delete here,
// in the same transaction, so listing datasets never counts rows; so do the counts by area,
// role and level that summary() reads (addToValueCounts).
Status SalaryRepository::addToRowCount(qint64 datasetId, qint64 delta)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE salary_datasets SET row_count = row_count + ? WHERE id = ?"_s);
    query.addBindValue(delta);
    query.addBindValue(datasetId);
    if (!query.exec())
        return queryError(query);
    return {};
}

Status SalaryRepository::addFigureFields(qint64 datasetId, unsigned figures)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT figure_fields FROM salary_datasets WHERE id = ?"_s);
    query.addBindValue(datasetId);
    if (!query.exec())
        return queryError(query);
    if (!query.next()) {
        return Error {
            SalaryRepositoryText::tr("There is no salary dataset with the id %1.").arg(datasetId)
        };
    }
    const QString stored = query.value(0).toString();
    const QStringList storedFields = stored.split(u',', Qt::SkipEmptyParts);
    query.finish();
    const QStringList &keys = salaryFigureKeys();
    unsigned bits = 0;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (storedFields.contains(keys.at(i)))
            bits |= 1u << i;
    }
    bits |= figures;
    // Kept in the row shape's order, so the stored text does not depend on row order.
    QStringList ordered;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (bits & (1u << i))
            ordered.append(keys.at(i));
    }
    const QString joined = ordered.join(u',');
    if (joined == stored)
        return {};
    query.prepare(u"UPDATE salary_datasets SET figure_fields = ? WHERE id = ?"_s);
    query.addBindValue(joined);
    query.addBindValue(datasetId);
    if (!query.exec())
        return queryError(query);
    return {};
}

Result<SalaryDataset> SalaryRepository::dataset(qint64 id) const
{
    const auto all = datasets();
    if (!all)
        return Error { all.error() };
    for (const SalaryDataset &dataset : *all) {
        if (dataset.id == id)
            return dataset;
    }
    return Error { SalaryRepositoryText::tr("There is no salary dataset with the id %1.").arg(id) };
}

Status SalaryRepository::updateDataset(const SalaryDataset &dataset)
{
    const QString name = dataset.name.trimmed();
    if (name.isEmpty())
        return Error { SalaryRepositoryText::tr("A salary dataset needs a name.") };
    const auto existing = findDataset(name);
    if (!existing)
        return Error { existing.error() };
    if (*existing && **existing != dataset.id) {
        return Error {
            SalaryRepositoryText::tr("A salary dataset named \"%1\" exists already.").arg(name)
        };
    }
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE salary_datasets SET name = ?, source = ?, year = ? WHERE id = ?"_s);
    query.addBindValue(name);
    query.addBindValue(sql::text(dataset.source));
    query.addBindValue(dataset.year ? QVariant(*dataset.year)
                                    : QVariant(QMetaType::fromType<int>()));
    query.addBindValue(dataset.id);
    if (!query.exec())
        return queryError(query);
    if (query.numRowsAffected() != 1) {
        return Error {
            SalaryRepositoryText::tr("There is no salary dataset with the id %1.").arg(dataset.id)
        };
    }
    return {};
}

Result<SalaryDatasetSummary> SalaryRepository::summary(qint64 datasetId) const
{
    SalaryDatasetSummary summary;
    summary.datasetId = datasetId;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // The counts every write keeps (a row per distinct value, in their primary key's order:
    // by kind, then by value in binary order as ORDER BY area gives it, national after the
    // others) instead of grouping the rows themselves. Rows without a level are counted under
    // "", which comes first.
    query.prepare(u"SELECT kind, value, is_national, row_count FROM salary_value_counts "
                  "WHERE dataset_id = ? ORDER BY kind, value, is_national"_s);
    query.addBindValue(datasetId);
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

    query.prepare(u"SELECT figure_fields FROM salary_datasets WHERE id = ?"_s);
    query.addBindValue(datasetId);
    if (!query.exec())
        return queryError(query);
    if (query.next())
        summary.figureFields = query.value(0).toString().split(u',', Qt::SkipEmptyParts);
    return summary;
}

Result<qint64> SalaryRepository::countRows(const SalaryRowQuery &rowQuery) const
{
    const auto where = whereFor(rowQuery);
    if (!where)
        return Error { where.error() };
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT count(*) FROM salary_rows r WHERE "_s + where->sql);
    for (const QVariant &value : where->values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return queryError(query);
    return query.value(0).toLongLong();
}

Result<QList<SalaryRow>> SalaryRepository::rows(const SalaryRowQuery &rowQuery, qint64 offset,
                                                int limit) const
{
    const auto where = whereFor(rowQuery);
    if (!where)
        return Error { where.error() };
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + rowColumns + u" WHERE "_s + where->sql + u" ORDER BY "_s
                  + orderFor(rowQuery) + u" LIMIT ? OFFSET ?"_s);
    for (const QVariant &value : where->values)
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec())
        return queryError(query);
    QList<SalaryRow> result;
    result.reserve(limit);
    while (query.next())
        result.append(readRow(query));
    return result;
}

Result<QList<qint64>> SalaryRepository::rowIds(const SalaryRowQuery &rowQuery) const
{
    const auto where = whereFor(rowQuery);
    if (!where)
        return Error { where.error() };
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT r.id FROM salary_rows r WHERE "_s + where->sql + u" ORDER BY "_s
                  + orderFor(rowQuery));
    for (const QVariant &value : where->values)
        query.addBindValue(value);
    if (!query.exec())
        return queryError(query);
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

Result<QList<SalaryRow>> SalaryRepository::rowsWithIds(const QList<qint64> &ids) const
{
    QHash<qint64, SalaryRow> found;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    for (qsizetype start = 0; start < ids.size(); start += MaxListValues / 2) {
        const QList<qint64> chunk = ids.mid(start, MaxListValues / 2);
        query.prepare(u"SELECT "_s + rowColumns + u" WHERE r.id IN ("_s + placeholders(chunk.size())
                      + u')');
        for (const qint64 id : chunk)
            query.addBindValue(id);
        if (!query.exec())
            return queryError(query);
        while (query.next()) {
            SalaryRow row = readRow(query);
            found.insert(row.id, row);
        }
    }
    QList<SalaryRow> result;
    result.reserve(found.size());
    for (const qint64 id : ids) {
        const auto it = found.constFind(id);
        if (it != found.cend())
            result.append(*it);
    }
    return result;
}

Status SalaryRepository::forEachRow(const SalaryRowQuery &rowQuery,
                                    const std::function<bool(const SalaryRow &)> &visit) const
{
    const auto where = whereFor(rowQuery);
    if (!where)
        return Error { where.error() };
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + rowColumns + u" WHERE "_s + where->sql + u" ORDER BY "_s
                  + orderFor(rowQuery));
    for (const QVariant &value : where->values)
        query.addBindValue(value);
    if (!query.exec())
        return queryError(query);
    while (query.next()) {
        if (!visit(readRow(query)))
            break;
    }
    return {};
}

Result<QStringList> SalaryRepository::queryPlan(const SalaryRowQuery &rowQuery, bool count) const
{
    const auto where = whereFor(rowQuery);
    if (!where)
        return Error { where.error() };
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(count ? u"EXPLAIN QUERY PLAN SELECT count(*) FROM salary_rows r WHERE "_s
                          + where->sql
                        : u"EXPLAIN QUERY PLAN SELECT "_s + rowColumns + u" WHERE "_s + where->sql
                          + u" ORDER BY "_s + orderFor(rowQuery) + u" LIMIT 100 OFFSET 0"_s);
    for (const QVariant &value : where->values)
        query.addBindValue(value);
    if (!query.exec())
        return queryError(query);
    QStringList plan;
    while (query.next())
        plan.append(query.value(3).toString());
    return plan;
}

bool SalaryRepository::isSortIndexed(const SalaryRowQuery &query)
{
    // salary_rows_by_dataset_area_role holds the rows in (area, role, id) order and answers
    // area and role lists from the index alone; a level or national filter is checked row
    // by row, which a deep page would pay for every skipped row.
    return query.sortKey == SalarySortKey::Area && !query.level && !query.national;
}

Result<SalaryRow> SalaryRepository::row(qint64 id) const
{
    const auto found = rowsWithIds({ id });
    if (!found)
        return Error { found.error() };
    if (found->isEmpty())
        return Error { SalaryRepositoryText::tr("There is no salary row with the id %1.").arg(id) };
    return found->first();
}

namespace {

// The values of a row for the columns area … top_coded, in insertRowSql's order.
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

} // namespace

Result<qint64> SalaryRepository::insertRow(qint64 datasetId, const SalaryRow &row)
{
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO salary_rows (id, dataset_id, area, area_code, is_national, "
                  "role, soc_code, level, currency, period, min, max, p10, p25, median, p75, "
                  "p90, top_coded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                  "?)"_s);
    query.addBindValue(row.id > 0 ? QVariant(row.id) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(datasetId);
    for (const QVariant &value : rowValues(row))
        query.addBindValue(value);
    if (!query.exec())
        return queryError(query);
    const qint64 id = query.lastInsertId().toLongLong();
    if (auto added = addFigureFields(datasetId, presentFigures(row)); !added)
        return Error { added.error() };
    if (auto counted = addToRowCount(datasetId, 1); !counted)
        return Error { counted.error() };
    ValueCounts counts;
    counts.add(row, 1);
    if (auto counted = addToValueCounts(m_db, datasetId, counts); !counted)
        return Error { counted.error() };
    if (!transaction.commit())
        return Error { transaction.errorString() };
    return id;
}

Status SalaryRepository::updateRow(const SalaryRow &row)
{
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    // What the row counted under before, to move it in the value counts.
    query.prepare(u"SELECT dataset_id, area, role, coalesce(level, ''), is_national "
                  "FROM salary_rows WHERE id = ?"_s);
    query.addBindValue(row.id);
    if (!query.exec())
        return queryError(query);
    if (!query.next()) {
        return Error {
            SalaryRepositoryText::tr("There is no salary row with the id %1.").arg(row.id)
        };
    }
    const qint64 datasetId = query.value(0).toLongLong();
    ValueCounts counts;
    counts.add(query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
               query.value(4).toBool(), -1);
    counts.add(row, 1);
    query.finish();

    query.prepare(u"UPDATE salary_rows SET area = ?, area_code = ?, is_national = ?, role = ?, "
                  "soc_code = ?, level = ?, currency = ?, period = ?, min = ?, max = ?, "
                  "p10 = ?, p25 = ?, median = ?, p75 = ?, p90 = ?, top_coded = ? "
                  "WHERE id = ?"_s);
    for (const QVariant &value : rowValues(row))
        query.addBindValue(value);
    query.addBindValue(row.id);
    if (!query.exec())
        return queryError(query);
    if (auto counted = addToValueCounts(m_db, datasetId, counts); !counted)
        return counted;
    if (auto added = addFigureFields(datasetId, presentFigures(row)); !added)
        return added;
    if (!transaction.commit())
        return Error { transaction.errorString() };
    return {};
}

Status SalaryRepository::removeRows(const QList<qint64> &ids)
{
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    for (qsizetype start = 0; start < ids.size(); start += MaxListValues / 2) {
        const QList<qint64> chunk = ids.mid(start, MaxListValues / 2);
        const QString list = placeholders(chunk.size());
        // What the rows counted under, taken from their datasets' counts before they go.
        query.prepare(u"SELECT dataset_id, area, role, coalesce(level, ''), is_national "
                      "FROM salary_rows WHERE id IN ("_s
                      + list + u')');
        for (const qint64 id : chunk)
            query.addBindValue(id);
        if (!query.exec())
            return queryError(query);
        QHash<qint64, qint64> removed; // dataset → rows
        QHash<qint64, ValueCounts> counts;
        while (query.next()) {
            const qint64 datasetId = query.value(0).toLongLong();
            ++removed[datasetId];
            counts[datasetId].add(query.value(1).toString(), query.value(2).toString(),
                                  query.value(3).toString(), query.value(4).toBool(), -1);
        }
        query.finish();
        for (auto it = removed.cbegin(); it != removed.cend(); ++it) {
            if (auto counted = addToRowCount(it.key(), -it.value()); !counted)
                return counted;
            if (auto counted = addToValueCounts(m_db, it.key(), counts.value(it.key())); !counted)
                return counted;
        }
        query.prepare(u"DELETE FROM salary_rows WHERE id IN ("_s + list + u')');
        for (const qint64 id : chunk)
            query.addBindValue(id);
        if (!query.exec())
            return queryError(query);
    }
    if (!transaction.commit())
        return Error { transaction.errorString() };
    return {};
}

} // namespace hirekit
