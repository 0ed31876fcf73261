#pragma once

#include "core/Result.h"
#include "core/Salary.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace hirekit {

// Reads and writes salary datasets and their rows.
class SalaryRepository
{
public:
    explicit SalaryRepository(QSqlDatabase db);

    // All datasets, built-in first, each with its row count.
    Result<QList<SalaryDataset>> datasets() const;

    // Rows matching `filter`: national reference rows first, then by area, role and level.
    Result<QList<SalaryRow>> rows(const SalaryFilter &filter) const;

    // The id of the dataset named `name`, or nullopt when there is none.
    Result<std::optional<qint64>> findDataset(const QString &name) const;
    Result<qint64> insertDataset(const SalaryDataset &dataset);
    // Deletes a dataset with all its rows.
    Status removeDataset(qint64 id);
    // Inserts `rows` into the dataset `datasetId` in one transaction.
    Status insertRows(qint64 datasetId, const QList<SalaryRow> &rows);

private:
    QSqlDatabase m_db;
};

} // namespace hirekit
