#pragma once

#include "core/Salary.h"

#include <QString>

#include <optional>

namespace hirekit {

// What is wrong with a salary row's figures, naming the field a form should point at.
struct SalaryRowProblem
{
    QString field; // a salary-row key: "min", "p75", ...
    QString message; // for people: "min is greater than max"
};

// Checks what a row's figures promise: none negative, min ≤ max, p10 ≤ p25 ≤ median ≤ p75
// ≤ p90 (skipping missing ones). The importer skips rows that fail and the row editor
// refuses them, so both say the same thing about the same row. nullopt: plausible.
std::optional<SalaryRowProblem> salaryRowProblem(const SalaryRow &row);

// The same for the text fields a person edits: area and role must not be empty, the
// currency is three letters. Then the figures as above.
std::optional<SalaryRowProblem> salaryRowEditProblem(const SalaryRow &row);

// The figure field named `key` ("min" … "p90") of `row`, nullptr for any other key.
std::optional<double> *salaryFigure(SalaryRow &row, QStringView key);
std::optional<double> salaryFigure(const SalaryRow &row, QStringView key);

// The figure keys in the order of the row shape: min, max, p10, p25, median, p75, p90.
const QStringList &salaryFigureKeys();

} // namespace hirekit
