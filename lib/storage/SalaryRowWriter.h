#pragma once

#include "core/Result.h"
#include "core/Salary.h"
#include "storage/SalaryRepository.h"

#include <QList>
#include <QSqlDatabase>
#include <QVariantList>

#include <functional>

// Internal to lib/storage: how SalaryRepository writes salary rows' columns, and the bulk
// insert of imports.
namespace hirekit::salaryStorage {

// The values of a row for the columns area … top_coded, in the order of the INSERT and
// UPDATE statements of salary rows.
QVariantList rowValues(const SalaryRow &row);

// Inserts the rows that `nextBatch` hands over into the dataset `datasetId`, in the
// caller's transaction, and hands each batch, once written, to `written`. The rows go
// through SQLite's C API when the connection is a QSQLITE one (imports write a million rows
// at a time, and the QVariant-per-value path of QSqlQuery is most of their cost), else
// through a QSqlQuery. An error of `nextBatch` is returned as it is. Neither the dataset's
// row count nor its value counts follow here: that is the caller's.
Status insertRowBatches(const QSqlDatabase &db, qint64 datasetId,
                        const SalaryRepository::NextBatch &nextBatch,
                        const std::function<void(const QList<SalaryRow> &batch)> &written);

} // namespace hirekit::salaryStorage
