#include "storage/SalaryRepository.h"

#include "core/SalaryValidation.h"
#include "storage/SalaryRowSql.h"
#include "storage/SalaryRowWriter.h"
#include "storage/SalaryValueCounts.h"
#include "storage/SqlRows.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace hirekit {

// The SQL pieces, the row writer and the value counts this repository shares with its
// helper files (SalaryRowSql, SalaryRowWriter, SalaryValueCounts).
using namespace salaryStorage;

namespace {

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

    return readRowList(m_db,
                       u"SELECT "_s + rowColumns + u" WHERE "_s + where
                           + u" ORDER BY d.is_builtin DESC, d.name, r.is_national DESC, r.id"_s,
                       values);
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
    qint64 inserted = 0;
    unsigned figures = 0;
    // Counted over all batches and written once: per batch, a wage file (a thousand
    // occupations in every area) would cost an upsert for nearly every other row.
    ValueCounts counts;
    const auto written =
        insertRowBatches(m_db, datasetId, nextBatch, [&](const QList<SalaryRow> &batch) {
            for (const SalaryRow &row : batch) {
                figures |= presentFigures(row);
                counts.add(row, 1);
            }
            inserted += batch.size();
        });
    if (!written)
        return written;
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
    if (auto counted = readValueCounts(m_db, summary); !counted)
        return Error { counted.error() };
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
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
    qint64 count = 0;
    const Status read =
        sql::forEachRow(m_db, u"SELECT count(*) FROM salary_rows r WHERE "_s + where->sql,
                        where->values, [&count](const sql::Row &row) { count = row.integer(0); });
    if (!read)
        return readError(read.error());
    return count;
}

Result<QList<SalaryRow>> SalaryRepository::rows(const SalaryRowQuery &rowQuery, qint64 offset,
                                                int limit) const
{
    const auto where = whereFor(rowQuery);
    if (!where)
        return Error { where.error() };
    QVariantList values = where->values;
    values << limit << offset;
    return readRowList(m_db,
                       u"SELECT "_s + rowColumns + u" WHERE "_s + where->sql + u" ORDER BY "_s
                           + orderFor(rowQuery) + u" LIMIT ? OFFSET ?"_s,
                       values);
}

Result<QList<qint64>> SalaryRepository::rowIds(const SalaryRowQuery &rowQuery) const
{
    const auto where = whereFor(rowQuery);
    if (!where)
        return Error { where.error() };
    QList<qint64> ids;
    const Status read =
        sql::forEachRow(m_db,
                        u"SELECT r.id FROM salary_rows r WHERE "_s + where->sql + u" ORDER BY "_s
                            + orderFor(rowQuery),
                        where->values, [&ids](const sql::Row &row) { ids.append(row.integer(0)); });
    if (!read)
        return readError(read.error());
    return ids;
}

Result<QList<SalaryRow>> SalaryRepository::rowsWithIds(const QList<qint64> &ids) const
{
    QHash<qint64, SalaryRow> found;
    for (qsizetype start = 0; start < ids.size(); start += MaxListValues / 2) {
        QVariantList chunk;
        for (qsizetype i = start; i < std::min(ids.size(), start + MaxListValues / 2); ++i)
            chunk.append(ids.at(i));
        const Status read = readRows(m_db,
                                     u"SELECT "_s + rowColumns + u" WHERE r.id IN ("_s
                                         + placeholders(chunk.size()) + u')',
                                     chunk, [&found](SalaryRow row) {
                                         found.insert(row.id, std::move(row));
                                         return true;
                                     });
        if (!read)
            return Error { read.error() };
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
    return readRows(m_db,
                    u"SELECT "_s + rowColumns + u" WHERE "_s + where->sql + u" ORDER BY "_s
                        + orderFor(rowQuery),
                    where->values, [&visit](SalaryRow row) { return visit(row); });
}

Result<QStringList> SalaryRepository::queryPlan(const SalaryRowQuery &rowQuery, bool count) const
{
    const auto where = whereFor(rowQuery);
    if (!where)
        return Error { where.error() };
    QStringList plan;
    const Status read = sql::forEachRow(
        m_db,
        count ? u"EXPLAIN QUERY PLAN SELECT count(*) FROM salary_rows r WHERE "_s + where->sql
              : u"EXPLAIN QUERY PLAN SELECT "_s + rowColumns + u" WHERE "_s + where->sql
                + u" ORDER BY "_s + orderFor(rowQuery) + u" LIMIT 100 OFFSET 0"_s,
        where->values, [&plan](const sql::Row &row) { plan.append(row.text(3)); });
    if (!read)
        return readError(read.error());
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

Status SalaryRepository::updateRow(const SalaryRow &row, std::optional<qint64> inDataset)
{
    Transaction transaction(m_db);
    // What the row counted under before, to move it in the value counts.
    const auto stored = readCountedRows(m_db, { row.id });
    if (!stored)
        return Error { stored.error() };
    if (stored->isEmpty() || (inDataset && stored->cbegin().key() != *inDataset)) {
        return Error {
            SalaryRepositoryText::tr("There is no salary row with the id %1.").arg(row.id)
        };
    }
    const qint64 datasetId = stored->cbegin().key();
    ValueCounts counts = stored->cbegin()->counts;
    counts.add(row, 1);

    QSqlQuery query(m_db);
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

Status SalaryRepository::removeRows(const QList<qint64> &ids, std::optional<qint64> datasetId)
{
    Transaction transaction(m_db);
    for (qsizetype start = 0; start < ids.size(); start += MaxListValues / 2) {
        const QList<qint64> chunk = ids.mid(start, MaxListValues / 2);
        const QString list = placeholders(chunk.size());
        // What the rows counted under, taken from their datasets' counts before they go.
        const auto removed = readCountedRows(m_db, chunk);
        if (!removed)
            return Error { removed.error() };
        for (auto it = removed->cbegin(); it != removed->cend(); ++it) {
            if (datasetId && it.key() != *datasetId)
                continue;
            if (auto counted = addToRowCount(it.key(), -it->rows); !counted)
                return counted;
            if (auto counted = addToValueCounts(m_db, it.key(), it->counts); !counted)
                return counted;
        }
        // Bound through SQLite's C API (sql::execute() says why).
        QVariantList values;
        values.reserve(chunk.size() + 1);
        if (datasetId)
            values.append(*datasetId);
        for (const qint64 id : chunk)
            values.append(id);
        // "+dataset_id": the rows are found by id; the dataset's index would read all its rows.
        const QString statement = datasetId
            ? u"DELETE FROM salary_rows WHERE +dataset_id = ? AND id IN ("_s + list + u')'
            : u"DELETE FROM salary_rows WHERE id IN ("_s + list + u')';
        if (const Status deleted = sql::execute(m_db, statement, values); !deleted) {
            return Error {
                SalaryRepositoryText::tr("Cannot access salary data: %1").arg(deleted.error())
            };
        }
    }
    if (!transaction.commit())
        return Error { transaction.errorString() };
    return {};
}

Status SalaryRepository::restoreRows(qint64 datasetId, QList<SalaryRow> &rows)
{
    Transaction transaction(m_db);
    // The ids another row holds now.
    QSet<qint64> taken;
    for (qsizetype start = 0; start < rows.size(); start += MaxListValues / 2) {
        QVariantList values;
        for (qsizetype i = start; i < std::min(rows.size(), start + MaxListValues / 2); ++i)
            values.append(rows.at(i).id);
        const Status read = sql::forEachRow(
            m_db,
            u"SELECT id FROM salary_rows WHERE id IN ("_s + placeholders(values.size()) + u')',
            values, [&taken](const sql::Row &row) { taken.insert(row.integer(0)); });
        if (!read)
            return Error {
                SalaryRepositoryText::tr("Cannot access salary data: %1").arg(read.error())
            };
    }
    QList<SalaryRow> keeping;
    QList<qsizetype> renumbered;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).id > 0 && !taken.contains(rows.at(i).id))
            keeping.append(rows.at(i));
        else
            renumbered.append(i);
    }
    if (auto inserted = insertRows(datasetId, keeping); !inserted)
        return inserted;
    QList<qint64> newIds;
    for (const qsizetype i : std::as_const(renumbered)) {
        SalaryRow row = rows.at(i);
        row.id = 0;
        const auto id = insertRow(datasetId, row);
        if (!id)
            return Error { id.error() };
        newIds.append(*id);
    }
    if (!transaction.commit())
        return Error { transaction.errorString() };
    // Only what was stored: a failed restore leaves `rows` as they were given.
    for (qsizetype n = 0; n < renumbered.size(); ++n)
        rows[renumbered.at(n)].id = newIds.at(n);
    return {};
}

} // namespace hirekit