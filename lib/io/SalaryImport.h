#pragma once

#include "core/Result.h"
#include "core/Salary.h"
#include "core/SalaryQuery.h"

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
    // Generic files only: the salary-row key each column of the header holds, in header
    // order ("" ignores the column), as the GUI's mapping dialog sets it. nullopt: the
    // header names are the keys.
    std::optional<QStringList> columnKeys;
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

// The first lines of a CSV file, for a mapping dialog to show before importing.
struct SalaryCsvPreview
{
    QStringList header;
    QList<QStringList> rows;
    SalaryCsvFormat detected = SalaryCsvFormat::Generic; // what Auto would choose
};

// Reads the header and up to `maxRows` rows of `path`. Errors name the file and line.
Result<SalaryCsvPreview> previewSalaryCsv(const QString &path, int maxRows = 5);

// The salary-row keys a generic file's columns can hold, in the row shape's order.
const QStringList &salaryCsvKeys();

// A first guess of the key each header column holds: the key itself ("median"), a
// spelling of it ("Median", "p_10", "salary min") or a common synonym ("city" for area,
// "job title" for role); "" when nothing fits. Each key is guessed for one column only.
QStringList guessSalaryCsvKeys(const QStringList &header);

// The BLS survey's wage ceiling for "#" cells, where known for `year`: {hourly, annual}.
std::optional<std::pair<double, double>> blsWageCeiling(int year);

// Writes rows as a generic salary CSV (RFC 4180, UTF-8, CRLF) that importSalaryCsv reads
// back and any spreadsheet opens. Through QSaveFile: a failure leaves no partial file.
Status exportSalaryCsv(const QList<SalaryRow> &rows, const QString &path);
// The same for the rows `query` selects, read and written one at a time, so a dataset of
// a million rows is exported without holding it. Returns the number of rows written.
Result<qint64> exportSalaryCsv(QSqlDatabase db, const SalaryRowQuery &query, const QString &path);

} // namespace hirekit
