#pragma once

#include "core/Salary.h"

#include <QJsonObject>

namespace hirekit {

// The salary row's JSON shape (PRODUCT.md); figures that are not available are null.
QJsonObject salaryRowToJson(const SalaryRow &row);

} // namespace hirekit
