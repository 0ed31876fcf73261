#pragma once

#include "core/Salary.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hirekit {

// The columns a salary table can be sorted by.
enum class SalarySortKey
{
    Area,
    Role,
    Level,
    Min,
    Max,
    P10,
    P25,
    Median,
    P75,
    P90,
    Period
};

// Which rows of one dataset a table shows, and in which order. Areas and roles are exact
// values (a list of them), not patterns: a dataset has few distinct areas and roles, so a
// typed text is matched against those in memory first (matchingValues()) and the library
// is asked with `area IN (...)`, which its indexes answer at once.
struct SalaryRowQuery
{
    qint64 datasetId = 0;
    std::optional<QStringList> areas; // nullopt: any area; an empty list: none
    QStringList excludedAreas; // areas left out (the national ones, shown apart)
    std::optional<QStringList> roles; // nullopt: any role
    std::optional<Level> level; // nullopt: any level
    std::optional<bool> national; // nullopt: national and other rows alike
    SalarySortKey sortKey = SalarySortKey::Area;
    bool descending = false;
};

// A distinct value of a column with the number of rows that have it.
struct SalaryValueCount
{
    QString value;
    qint64 rows = 0;
    bool operator==(const SalaryValueCount &) const = default;
};

// What a table needs to know about a dataset before it shows any row: how many rows, its
// distinct areas (for completion and for turning typed text into an area list), roles and
// levels with their row counts, which areas hold national reference rows, and which
// figures any row has (a table hides the others).
struct SalaryDatasetSummary
{
    qint64 datasetId = 0;
    qint64 rowCount = 0;
    QList<SalaryValueCount> areas; // by area, binary order
    QStringList nationalAreas;
    QList<SalaryValueCount> roles; // by role
    QList<SalaryValueCount> levels; // by level key; "" for rows without a level
    QStringList figureFields; // salary-row keys, e.g. {"p10", "p25", "median", "p75", "p90"}
    // The national rows by role and by level (they are few).
    QList<SalaryValueCount> nationalRoles;
    QList<SalaryValueCount> nationalLevels;

    // The non-national areas, for completion and area lists.
    QStringList localAreas() const;
    QStringList roleNames() const;
    // The areas a table shows apart as a reference: the national ones, unless the dataset
    // has nothing else (a national wage file), when they are the table.
    QStringList referenceAreas() const;

    // The number of rows `query` selects when the counts above answer it (at most one of
    // areas, roles and level is set; no area is excluded but the national ones; national
    // is not set), else nullopt.
    std::optional<qint64> knownRowCount(const SalaryRowQuery &query) const;
};

// The values among `values` that contain `text` (case-insensitive), in their order. An
// empty text matches all of them.
QStringList matchingValues(const QStringList &values, const QString &text);

} // namespace hirekit
