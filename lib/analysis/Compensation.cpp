#include "analysis/Compensation.h"

#include <array>
#include <utility>

namespace hirekit {

std::optional<PayBand> postingBand(const SalaryRow &row)
{
    if (row.min && row.max)
        return PayBand { *row.min, *row.max };
    if (row.p25 && row.p75)
        return PayBand { *row.p25, *row.p75 };
    return std::nullopt;
}

PayBand applyPremiums(const PayBand &band, const QList<Premium> &premiums)
{
    PayBand result = band;
    for (const Premium &premium : premiums) {
        result.low *= 1.0 + premium.lowPercent / 100.0;
        result.high *= 1.0 + premium.highPercent / 100.0;
    }
    return result;
}

std::optional<RangePosition> positionInRange(double salary, const SalaryRow &row)
{
    if (salary < 0)
        return std::nullopt;

    // The known points of the row's distribution: (percentile, pay).
    QList<std::pair<double, double>> points;
    const std::array<std::pair<double, std::optional<double>>, 5> candidates { {
        { 10, row.p10 },
        { 25, row.p25 },
        { 50, row.median },
        { 75, row.p75 },
        { 90, row.p90 },
    } };
    for (const auto &[percentile, pay] : candidates) {
        if (pay)
            points.append({ percentile, *pay });
    }

    RangePosition position;
    if (points.size() >= 2) {
        position.basis = RangePosition::Basis::Percentiles;
        if (salary < points.first().second) {
            position.belowRange = true;
            position.percent = points.first().first;
        } else if (salary > points.last().second) {
            position.aboveRange = true;
            position.percent = points.last().first;
        } else {
            position.percent = points.last().first;
            for (qsizetype i = 1; i < points.size(); ++i) {
                const auto &[lowPercentile, lowPay] = points.at(i - 1);
                const auto &[highPercentile, highPay] = points.at(i);
                if (salary > highPay)
                    continue;
                // Equal neighbours (a flat stretch) put the salary at the lower percentile.
                const double share = highPay > lowPay ? (salary - lowPay) / (highPay - lowPay) : 0;
                position.percent = lowPercentile + share * (highPercentile - lowPercentile);
                break;
            }
        }
        if (row.median && *row.median > 0)
            position.compaRatio = salary / *row.median;
        else if (row.min && row.max && *row.min + *row.max > 0) {
            position.compaRatio = salary / ((*row.min + *row.max) / 2);
            position.compaToMedian = false;
        }
        return position;
    }

    if (row.min && row.max) {
        position.basis = RangePosition::Basis::Band;
        const double width = *row.max - *row.min;
        position.percent = width > 0 ? (salary - *row.min) / width * 100.0 : 50.0;
        position.belowRange = salary < *row.min;
        position.aboveRange = salary > *row.max;
        const double midpoint = (*row.min + *row.max) / 2;
        if (row.median && *row.median > 0) {
            position.compaRatio = salary / *row.median;
        } else if (midpoint > 0) {
            position.compaRatio = salary / midpoint;
            position.compaToMedian = false;
        }
        return position;
    }
    return std::nullopt;
}

} // namespace hirekit
