#include "core/Money.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

QString decimals(double value, const QLocale &locale)
{
    // Hourly wages have cents; yearly pay is shown in whole units.
    const bool whole = std::fabs(value - std::round(value)) < 0.005;
    return locale.toString(value, 'f', whole ? 0 : 2);
}

} // namespace

QString formatAmount(const std::optional<double> &value, bool topCoded, const QLocale &locale)
{
    if (!value)
        return u"—"_s;
    const QString text = decimals(*value, locale);
    return topCoded ? u"≥ "_s + text : text;
}

QString formatMoney(const std::optional<double> &value, const QString &currency, bool topCoded,
                    const QLocale &locale)
{
    if (!value)
        return u"—"_s;
    const bool whole = std::fabs(*value - std::round(*value)) < 0.005;
    const QString symbol = currency == u"USD"_s ? u"$"_s : currency;
    const QString text = locale.toCurrencyString(*value, symbol, whole ? 0 : 2);
    return topCoded ? u"≥ "_s + text : text;
}

} // namespace hirekit
