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

QStringList SalaryDatasetSummary::referenceAreas() const
{
    return localAreas().isEmpty() ? QStringList() : nationalAreas;
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
    // Leaving out the national areas takes the national rows off each count.
    const QSet<QString> excluded(query.excludedAreas.cbegin(), query.excludedAreas.cend());
    const bool withoutNational = !excluded.isEmpty();
    if (withoutNational && excluded != QSet<QString>(nationalAreas.cbegin(), nationalAreas.cend()))
        return std::nullopt;
    if (query.areas) {
        QStringList kept;
        for (const QString &area : *query.areas) {
            if (!excluded.contains(area))
                kept.append(area);
        }
        return sumOf(areas, kept);
    }
    if (query.roles) {
        return sumOf(roles, *query.roles)
            - (withoutNational ? sumOf(nationalRoles, *query.roles) : 0);
    }
    if (query.level) {
        const QStringList key { toKey(*query.level) };
        return sumOf(levels, key) - (withoutNational ? sumOf(nationalLevels, key) : 0);
    }
    if (!withoutNational)
        return rowCount;
    qint64 national = 0;
    for (const SalaryValueCount &role : nationalRoles)
        national += role.rows;
    return rowCount - national;
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
