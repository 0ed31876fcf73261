#pragma once

#include "core/Enums.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hirekit {

// A named collection of salary rows from one source, e.g. the hiring guide's table or
// an imported BLS OEWS file.
struct SalaryDataset
{
    qint64 id = 0;
    QString name;
    QString source;
    std::optional<int> year;
    bool isBuiltin = false;
    int rowCount = 0;
};

// Pay for one role in one area (and optionally one level): a min–max band, percentiles,
// or both. Missing figures are std::nullopt.
struct SalaryRow
{
    qint64 id = 0;
    QString dataset;
    QString area;
    QString areaCode;
    bool isNational = false;
    QString role;
    QString socCode;
    std::optional<Level> level;
    QString currency = QStringLiteral("USD");
    PayPeriod period = PayPeriod::Year;
    std::optional<double> min;
    std::optional<double> max;
    std::optional<double> p10;
    std::optional<double> p25;
    std::optional<double> median;
    std::optional<double> p75;
    std::optional<double> p90;
    QStringList topCoded; // names of the fields at the source's ceiling, e.g. "max", "p90"
};

// Which rows to list. Empty strings match everything; area and role match substrings,
// case-insensitively.
struct SalaryFilter
{
    QString dataset;
    QString area;
    QString role;
    std::optional<Level> level;
};

} // namespace hirekit
