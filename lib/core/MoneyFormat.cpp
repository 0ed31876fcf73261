#include "core/MoneyFormat.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {
int decimalsFor(double value)
{
    return std::fabs(value - std::round(value)) < 0.005 ? 0 : 2;
}
} // namespace

QLocale MoneyFormat::locale()
{
    const QLocale current;
    if (current.language() == QLocale::C)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return current;
}

QString MoneyFormat::amount(double value, const QString &currency)
{
    // The locale's own currency symbol belongs to the locale, not to the amount's currency,
    // so the symbol comes from the currency code.
    QString symbol;
    if (currency.isEmpty() || currency == u"USD")
        symbol = u"$"_s;
    else if (currency == u"EUR")
        symbol = u"€"_s;
    else if (currency == u"GBP")
        symbol = u"£"_s;
    else if (currency == u"JPY")
        symbol = u"¥"_s;
    else
        symbol = currency + u' ';
    return locale().toCurrencyString(value, symbol, decimalsFor(value));
}

std::optional<double> MoneyFormat::parse(const QString &text)
{
    QString plain;
    for (const QChar c : text) {
        if (c.isDigit() || c == u'.' || c == u',' || c == u'-')
            plain.append(c);
        else if (!c.isSpace() && !c.isSymbol() && c != u'\u00a0')
            return std::nullopt; // letters: not an amount
    }
    if (plain.isEmpty())
        return std::nullopt;
    bool ok = false;
    double value = locale().toDouble(plain, &ok);
    if (!ok) {
        // Spreadsheet habits whatever the locale: "150,000.50".
        value = QLocale::c().toDouble(QString(plain).remove(u','), &ok);
    }
    return ok ? std::optional<double>(value) : std::nullopt;
}

QString MoneyFormat::editable(double value)
{
    QLocale plain = locale();
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    return plain.toString(value, 'f', decimalsFor(value));
}

QString MoneyFormat::figure(const std::optional<double> &value, bool topCoded,
                            const QLocale &locale)
{
    if (!value)
        return u"—"_s;
    const QString text = locale.toString(*value, 'f', decimalsFor(*value));
    return topCoded ? text + ceilingMark() : text;
}

QString MoneyFormat::ceilingMark()
{
    return u"+"_s;
}

QString MoneyFormat::range(std::optional<double> min, std::optional<double> max,
                           const QString &currency, PayPeriod period)
{
    QString text;
    if (min && max)
        text = tr("%1 – %2").arg(amount(*min, currency), amount(*max, currency));
    else if (min)
        text = tr("from %1").arg(amount(*min, currency));
    else if (max)
        text = tr("up to %1").arg(amount(*max, currency));
    else
        return tr("Not stated");

    switch (period) {
    case PayPeriod::Year:
        return tr("%1 per year").arg(text);
    case PayPeriod::Month:
        return tr("%1 per month").arg(text);
    case PayPeriod::Hour:
        return tr("%1 per hour").arg(text);
    }
    return text;
}

QString MoneyFormat::periodName(PayPeriod period)
{
    switch (period) {
    case PayPeriod::Year:
        return tr("Annual");
    case PayPeriod::Month:
        return tr("Monthly");
    case PayPeriod::Hour:
        return tr("Hourly");
    }
    return QString();
}

} // namespace hirekit
