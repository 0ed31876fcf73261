#pragma once

#include "core/Posting.h"
#include "core/Salary.h"

#include <QList>
#include <QString>

#include <optional>

namespace hirekit {

// A pay range for a posting taken from salary rows, with the row it came from and a
// sentence saying how it was chosen ("Austin, Mid: exact match", "No Staff figures for
// Austin; national range used").
struct SalaryMatch
{
    PayRange range;
    SalaryRow row;
    QString explanation;
};

// Finds the salary row that fits the posting's level and first location best: the same
// area (a city matches the metro area named after it, a remote place the dataset's remote
// area), else the national row for the level. Rows without a min–max band use p25–p75.
// Without a level, Mid is assumed (and said). nullopt when no row fits at all.
std::optional<SalaryMatch> matchSalary(const Posting &posting, const QList<SalaryRow> &rows);

} // namespace hirekit
