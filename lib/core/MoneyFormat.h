#pragma once

#include "core/Enums.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace hirekit {

// How pay is written for people: "$170,000", "$95,000 – $140,000 per year". Shared by the
// salary table, the posting preview and exports, and the command line, so all read the same.
class MoneyFormat
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::MoneyFormat)

public:
    // The locale numbers are written in: the default one, except that the bare C locale
    // (LC_ALL=C, as in CI) writes like en_US instead of dropping group separators.
    static QLocale locale();

    // "$170,000"; whole units as salary tables state them, cents for hourly wages ("$45.67").
    static QString amount(double value, const QString &currency);
    // A bare figure in `locale` without currency: "170,000"; "—" when not available;
    // "300,000+" for a figure at the source's ceiling (a suffix plus rather than "≥", which
    // many interface fonts lack, Noto Sans among them: the window would look through every
    // installed font for it).
    static QString figure(const std::optional<double> &value, bool topCoded, const QLocale &locale);
    // The mark after a figure at its source's ceiling: "+". Windows hang it beside the
    // column of digits (FigureDelegate).
    static QString ceilingMark();
    // "$95,000 – $140,000 per year", "from $95,000 per year", or "Not stated".
    static QString range(std::optional<double> min, std::optional<double> max,
                         const QString &currency, PayPeriod period);
    // What a person typed as an amount: "150,000", "$150,000", "150000.5", "150.000,50" in a
    // German locale. Currency signs and spaces are ignored; nullopt when no number is left.
    static std::optional<double> parse(const QString &text);
    // An amount to edit: "150000" or "45.5", without grouping or currency, in `locale`.
    static QString editable(double value);

    // "Annual", "Monthly", "Hourly".
    static QString periodName(PayPeriod period);
};

} // namespace hirekit
