#pragma once

#include "core/Result.h"
#include "core/Salary.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace hirekit {

enum class SalaryCsvFormat
{
    Auto,
    Bls,
    Generic
};

QString toKey(SalaryCsvFormat format);
std::optional<SalaryCsvFormat> salaryCsvFormatFromKey(QStringView key);

struct SalaryImportOptions
{
    QString dataset; // empty: the file's base name
    SalaryCsvFormat format = SalaryCsvFormat::Auto;
    QString source; // empty: named after the format (BLS) or the file
    std::optional<int> year; // survey year; for BLS files guessed from the file name
};

struct SkippedLine
{
    qint64 line = 0;
    QString reason;
};

struct SalaryImportReport
{
    QString dataset;
    qint64 datasetId = 0;
    SalaryCsvFormat format = SalaryCsvFormat::Auto;
    qint64 imported = 0;
    QList<SkippedLine> skipped;
    QStringList warnings;
};

// Called now and then with the bytes read so far and the file's size; returning false
// cancels the import.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

// Imports a salary CSV file into a new dataset, all in one transaction: a malformed file,
// a cancel or any error leaves the library exactly as it was.
//
// BLS OEWS files are recognised by their header (OCC_CODE, OCC_TITLE and the A_/H_ wage
// columns). Their "*" (not available) becomes null; "#" (at or above the survey's wage
// ceiling) is marked top-coded and stored as the ceiling when the survey year is known,
// else as null. Annual wages are used, hourly ones for occupations BLS reports hourly only.
//
// Generic files have a header of salary-row keys (PRODUCT.md): area and role are required;
// dataset, area_code, role, soc_code, level, currency, period, min, max, p10, p25, median,
// p75, p90 and top_coded (names separated by ";") are optional. Rows with impossible
// figures are skipped and reported with their line.
Result<SalaryImportReport> importSalaryCsv(QSqlDatabase db, const QString &path,
                                           const SalaryImportOptions &options,
                                           const ImportProgress &progress = {});

// The BLS survey's wage ceiling for "#" cells, where known for `year`: {hourly, annual}.
std::optional<std::pair<double, double>> blsWageCeiling(int year);

// Writes rows as a generic salary CSV (RFC 4180, UTF-8, CRLF) that importSalaryCsv reads
// back and any spreadsheet opens. Through QSaveFile: a failure leaves no partial file.
Status exportSalaryCsv(const QList<SalaryRow> &rows, const QString &path);

} // namespace hirekit
