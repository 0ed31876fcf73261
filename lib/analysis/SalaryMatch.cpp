#include "analysis/SalaryMatch.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

// The translation context of this file's messages.
struct SalaryMatchText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::SalaryMatch)
};

// Whether a salary area stands for a posting's place: "Austin" for "Austin",
// "San Francisco Bay Area" for "San Francisco", "Remote (US)" for a remote place.
bool areaFits(const SalaryRow &row, const PostingLocation &place)
{
    if (row.isNational)
        return false;
    if (place.workplace == Workplace::Remote && place.city.isEmpty())
        return row.area.startsWith(u"Remote"_s, Qt::CaseInsensitive);
    const QString city = place.city.trimmed();
    if (city.isEmpty())
        return false;
    return row.area.compare(city, Qt::CaseInsensitive) == 0
        || row.area.startsWith(city + u' ', Qt::CaseInsensitive)
        || row.area.startsWith(city + u',', Qt::CaseInsensitive)
        || city.startsWith(row.area, Qt::CaseInsensitive);
}

std::optional<PayRange> rangeOf(const SalaryRow &row)
{
    PayRange range;
    range.currency = row.currency;
    range.period = row.period;
    if (row.min && row.max) {
        range.min = row.min;
        range.max = row.max;
    } else if (row.p25 && row.p75) {
        range.min = row.p25;
        range.max = row.p75;
    } else {
        return std::nullopt;
    }
    return range;
}

} // namespace

std::optional<SalaryMatch> matchSalary(const Posting &posting, const QList<SalaryRow> &rows)
{
    const Level level = posting.level.value_or(Level::Mid);
    const QString levelNote = posting.level
        ? QString()
        : SalaryMatchText::tr(" The posting has no level; Mid was assumed.");
    const PostingLocation place = posting.locations.value(0);
    const QString placeName = place.city.isEmpty() ? displayName(place.workplace) : place.city;

    const auto find = [&](auto predicate) -> const SalaryRow * {
        for (const SalaryRow &row : rows) {
            if (row.level == level && predicate(row) && rangeOf(row))
                return &row;
        }
        return nullptr;
    };

    if (!posting.locations.isEmpty()) {
        if (const SalaryRow *row = find([&](const SalaryRow &r) { return areaFits(r, place); })) {
            return SalaryMatch { *rangeOf(*row), *row,
                                 SalaryMatchText::tr("%1, %2 level: the %3 figures of %4.")
                                         .arg(placeName, displayName(level), row->area,
                                              row->dataset)
                                     + levelNote };
        }
    }
    if (const SalaryRow *row = find([](const SalaryRow &r) { return r.isNational; })) {
        const QString why = posting.locations.isEmpty()
            ? SalaryMatchText::tr("The posting has no location; the national %1 range of %2 was "
                                  "used.")
                  .arg(displayName(level), row->dataset)
            : SalaryMatchText::tr("No %1 figures for %2; the national range of %3 was used.")
                  .arg(displayName(level), placeName, row->dataset);
        return SalaryMatch { *rangeOf(*row), *row, why + levelNote };
    }
    return std::nullopt;
}

} // namespace hirekit
