#pragma once

#include "core/Result.h"
#include "core/Salary.h"
#include "core/SalaryQuery.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace hirekit {

// Reads and writes salary datasets and their rows. Besides whole lists it answers the
// questions of a table that shows a million rows a page at a time (summary(), countRows(),
// rows(query, offset, limit)); the indexes of migration 005 serve those, and the counts by
// area, role and level of migration 008, which every write here keeps, answer summary().
class SalaryRepository
{
public:
    explicit SalaryRepository(QSqlDatabase db);

    // All datasets, built-in first, each with its row count.
    Result<QList<SalaryDataset>> datasets() const;
    Result<SalaryDataset> dataset(qint64 id) const;

    // Rows matching `filter`: national reference rows first, then by area, role and level.
    Result<QList<SalaryRow>> rows(const SalaryFilter &filter) const;

    // Distinct areas, roles and levels of a dataset with their row counts, its national
    // areas and the figures it has, read from the kept counts (no row is read).
    Result<SalaryDatasetSummary> summary(qint64 datasetId) const;
    // The number of rows `query` selects.
    Result<qint64> countRows(const SalaryRowQuery &query) const;
    // Up to `limit` rows of `query` in its order, skipping the first `offset`.
    Result<QList<SalaryRow>> rows(const SalaryRowQuery &query, qint64 offset, int limit) const;
    // The ids of all rows of `query` in its order (8 bytes a row: a table sorted by a
    // figure fetches these once, then pages by id instead of sorting again per page).
    Result<QList<qint64>> rowIds(const SalaryRowQuery &query) const;
    // The rows with `ids`, in the order of `ids`; ids that do not exist are left out.
    Result<QList<SalaryRow>> rowsWithIds(const QList<qint64> &ids) const;
    // Hands every row of `query` to `visit` in order without holding them all; `visit`
    // returns false to stop early.
    Status forEachRow(const SalaryRowQuery &query,
                      const std::function<bool(const SalaryRow &)> &visit) const;
    // What SQLite plans for the page statement of `query` (or its count statement): the
    // detail lines of EXPLAIN QUERY PLAN, for tests that make sure an index serves them.
    Result<QStringList> queryPlan(const SalaryRowQuery &query, bool count) const;
    // True when an index delivers `query`'s rows in its order, so a page at any offset
    // costs no sort.
    static bool isSortIndexed(const SalaryRowQuery &query);

    // The id of the dataset named `name`, or nullopt when there is none.
    Result<std::optional<qint64>> findDataset(const QString &name) const;
    Result<qint64> insertDataset(const SalaryDataset &dataset);
    // Changes a dataset's name, source and year.
    Status updateDataset(const SalaryDataset &dataset);
    // Deletes a dataset with all its rows.
    Status removeDataset(qint64 id);
    // Moves a dataset to the trash (deleted) or back out of it: a trashed dataset is not
    // listed and its rows are not found, but nothing is lost until the trash is emptied.
    // The built-in dataset stays.
    Status setDatasetDeleted(qint64 id, bool deleted);
    // Removes trashed datasets with their rows for good: all of them, or the one named
    // `name`. Returns how many went.
    Result<int> emptyTrash(const QString &name = QString());
    // The same for the datasets trashed before `before` only, so a dataset whose delete an
    // undo may still take back is never emptied under it (see SalariesTab).
    Result<int> emptyTrashDeletedBefore(const QDateTime &before);
    // Inserts `rows` into the dataset `datasetId` in one transaction. A row with an id keeps
    // it (undoing a delete puts the rows back as they were); the others get new ones.
    Status insertRows(qint64 datasetId, const QList<SalaryRow> &rows);
    // Hands over the next batch of rows: fills the list and returns true, or returns false
    // when there are no more rows, or an error.
    using NextBatch = std::function<Result<bool>(QList<SalaryRow> &batch)>;
    // Inserts rows into `datasetId` in one transaction, batch by batch as `nextBatch` hands
    // them over, so an import of a million rows never holds them all; ids as above. An error,
    // its own or `nextBatch`'s (returned as it is), leaves nothing inserted. The dataset's
    // counts are updated once for all the batches.
    Status insertRows(qint64 datasetId, const NextBatch &nextBatch);

    // One row by id.
    Result<SalaryRow> row(qint64 id) const;
    // Inserts one row into `datasetId` and returns its id. A row with an id keeps it (the id
    // must be free: restoreRows() checks).
    Result<qint64> insertRow(qint64 datasetId, const SalaryRow &row);
    // Replaces the stored row `row.id` (its dataset stays); with `inDataset`, only a row of
    // that dataset (as removeRows()).
    Status updateRow(const SalaryRow &row, std::optional<qint64> inDataset = std::nullopt);
    // Deletes rows by id, in one transaction. With `datasetId`, only rows of that dataset go:
    // an id that has since been given to another dataset's row (ids are reused once the
    // highest are deleted) is left alone.
    Status removeRows(const QList<qint64> &ids, std::optional<qint64> datasetId = std::nullopt);
    // Puts `rows` back into `datasetId` in one transaction, as undoing their delete does: each
    // keeps its id unless another row has taken it since, and then gets a new one, written
    // into `rows` once the transaction committed.
    Status restoreRows(qint64 datasetId, QList<SalaryRow> &rows);

private:
    // Adds the figures whose bits are set in `figures` (bit i: salaryFigureKeys()[i]).
    Status addFigureFields(qint64 datasetId, unsigned figures);
    Status addToRowCount(qint64 datasetId, qint64 delta);
    // Empties the trashed datasets that `condition` (on salary_datasets, with `values` bound
    // to its placeholders) also picks.
    Result<int> emptyTrashWhere(const QString &condition, const QVariantList &values);

    QSqlDatabase m_db;
};

} // namespace hirekit
