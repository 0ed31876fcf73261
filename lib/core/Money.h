#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace hirekit {

// A whole amount with the locale's grouping ("170,000"); "—" when not available; a figure
// at the source's ceiling as "≥ 300,000".
QString formatAmount(const std::optional<double> &value, bool topCoded, const QLocale &locale);

// The same with the currency, as the locale writes it ("$170,000", "170.000 $").
QString formatMoney(const std::optional<double> &value, const QString &currency, bool topCoded,
                    const QLocale &locale);

} // namespace hirekit
