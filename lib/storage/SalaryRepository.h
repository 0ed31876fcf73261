#pragma once

#include "core/Result.h"
#include "core/Salary.h"

#include <QList>
#include <QSqlDatabase>

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

    Result<qint64> insertDataset(const SalaryDataset &dataset);
    // Inserts `rows` into the dataset `datasetId` in one transaction.
    Status insertRows(qint64 datasetId, const QList<SalaryRow> &rows);

private:
    QSqlDatabase m_db;
};

} // namespace hirekit
