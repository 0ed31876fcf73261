#include "core/SalaryQuery.h"

#include <QSet>

namespace hirekit {

QStringList SalaryDatasetSummary::localAreas() const
{
    QStringList result;
    result.reserve(areas.size());
    for (const SalaryValueCount &area : areas) {
        if (!nationalAreas.contains(area.value))
            result.append(area.value);
    }
    return result;
}

QStringList SalaryDatasetSummary::roleNames() const
{
    QStringList result;
    result.reserve(roles.size());
    for (const SalaryValueCount &role : roles)
        result.append(role.value);
    return result;
}

namespace {

qint64 sumOf(const QList<SalaryValueCount> &counts, const QStringList &values)
{
    const QSet<QString> wanted(values.cbegin(), values.cend());
    qint64 sum = 0;
    for (const SalaryValueCount &count : counts) {
        if (wanted.contains(count.value))
            sum += count.rows;
    }
    return sum;
}

} // namespace

std::optional<qint64> SalaryDatasetSummary::knownRowCount(const SalaryRowQuery &query) const
{
    if (query.datasetId != datasetId || query.national)
        return std::nullopt;
    const int filters =
        int(query.areas.has_value()) + int(query.roles.has_value()) + int(query.level.has_value());
    if (filters > 1)
        return std::nullopt;
    if (query.areas)
        return sumOf(areas, *query.areas);
    if (query.roles)
        return sumOf(roles, *query.roles);
    if (query.level)
        return sumOf(levels, { toKey(*query.level) });
    return rowCount;
}

QStringList matchingValues(const QStringList &values, const QString &text)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return values;
    QStringList result;
    for (const QString &value : values) {
        if (value.contains(needle, Qt::CaseInsensitive))
            result.append(value);
    }
    return result;
}

} // namespace hirekit
