#pragma once

#include "core/Salary.h"

#include <QList>

#include <optional>

namespace hirekit {

// A pay range as plain numbers, low ≤ high.
struct PayBand
{
    double low = 0;
    double high = 0;
    bool operator==(const PayBand &) const = default;
};

// The range a salary row offers a posting: its min–max band when it has one, else the
// middle half of the market (p25–p75), as matchSalary() does. nullopt when it has neither.
std::optional<PayBand> postingBand(const SalaryRow &row);

// A premium for one compensation factor, in percent: the hiring guide's "15–25% premium"
// for specialised stacks is {15, 25}.
struct Premium
{
    double lowPercent = 0;
    double highPercent = 0;
};

// Applies premiums to a band: the low end grows by each low percentage and the high end by
// each high one. Premiums compound (two 10% premiums make 21%), because each is stated as
// a premium over pay that already includes the others.
PayBand applyPremiums(const PayBand &band, const QList<Premium> &premiums);

// Where a proposed salary sits in a row's range.
struct RangePosition
{
    enum class Basis
    {
        Percentiles, // the row has at least two of p10 … p90
        Band, // only min and max
    };
    Basis basis = Basis::Percentiles;
    // Percentiles: the estimated percentile of the salary, interpolated linearly between
    // the row's known percentiles and clamped to the outermost known one. Band: how far
    // into the band, in percent (0 at min, 100 at max), not clamped.
    double percent = 0;
    bool belowRange = false; // under the lowest known percentile, or under min
    bool aboveRange = false; // over the highest known percentile, or over max
    // Salary divided by the median (Percentiles) or by the band's midpoint (Band); the
    // usual compa-ratio, 1.0 meaning "paid at the market's middle".
    std::optional<double> compaRatio;
    bool compaToMedian = true; // false: against the midpoint
};

// nullopt when the row has neither two percentiles nor a min–max band, or the salary is
// negative.
std::optional<RangePosition> positionInRange(double salary, const SalaryRow &row);

} // namespace hirekit
