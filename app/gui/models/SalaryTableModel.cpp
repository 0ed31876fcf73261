#include "gui/models/SalaryTableModel.h"

#include "core/MoneyFormat.h"

#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hirekit {

// The JSON/storage names of the figures, as SalaryRow::topCoded lists them.
QString SalaryTableModel::figureKey(int column)
{
    switch (column) {
    case SalaryTableModel::MinColumn:
        return u"min"_s;
    case SalaryTableModel::MaxColumn:
        return u"max"_s;
    case SalaryTableModel::P10Column:
        return u"p10"_s;
    case SalaryTableModel::P25Column:
        return u"p25"_s;
    case SalaryTableModel::MedianColumn:
        return u"median"_s;
    case SalaryTableModel::P75Column:
        return u"p75"_s;
    case SalaryTableModel::P90Column:
        return u"p90"_s;
    default:
        return QString();
    }
}

SalaryTableModel::SalaryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SalaryTableModel::setItems(const QList<SalaryRow> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

bool SalaryTableModel::isFigureColumn(int column)
{
    return column >= MinColumn && column <= P90Column;
}

std::optional<double> SalaryTableModel::figure(const SalaryRow &row, int column)
{
    switch (column) {
    case MinColumn:
        return row.min;
    case MaxColumn:
        return row.max;
    case P10Column:
        return row.p10;
    case P25Column:
        return row.p25;
    case MedianColumn:
        return row.median;
    case P75Column:
        return row.p75;
    case P90Column:
        return row.p90;
    default:
        return std::nullopt;
    }
}

bool SalaryTableModel::isColumnEmpty(int column) const
{
    if (!isFigureColumn(column) || m_items.isEmpty())
        return false;
    return std::none_of(m_items.cbegin(), m_items.cend(),
                        [column](const SalaryRow &row) { return figure(row, column).has_value(); });
}

int SalaryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int SalaryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SalaryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cellData(m_items.at(index.row()), index.column(), role);
}

SalarySortKey SalaryTableModel::sortKey(int column)
{
    switch (column) {
    case RoleColumn:
        return SalarySortKey::Role;
    case LevelColumn:
        return SalarySortKey::Level;
    case MinColumn:
        return SalarySortKey::Min;
    case MaxColumn:
        return SalarySortKey::Max;
    case P10Column:
        return SalarySortKey::P10;
    case P25Column:
        return SalarySortKey::P25;
    case MedianColumn:
        return SalarySortKey::Median;
    case P75Column:
        return SalarySortKey::P75;
    case P90Column:
        return SalarySortKey::P90;
    case PeriodColumn:
        return SalarySortKey::Period;
    default:
        return SalarySortKey::Area;
    }
}

QVariant SalaryTableModel::cellData(const SalaryRow &row, int column, int role)
{
    if (role == IsNationalRole)
        return row.isNational;
    if (role == IdRole)
        return row.id;
    if (role == Qt::FontRole && row.isNational) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (isFigureColumn(column))
        return figureData(row, column, role);

    switch (column) {
    case AreaColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return row.area;
        if (role == Qt::ToolTipRole) {
            QString tip = row.area;
            if (!row.areaCode.isEmpty())
                tip += tr(" (area code %1)").arg(row.areaCode);
            if (row.isNational)
                tip += u'\n' + tr("National figures, shown as a reference for every area.");
            return tip;
        }
        break;
    case RoleColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return row.role;
        if (role == Qt::ToolTipRole)
            return row.socCode.isEmpty() ? row.role : tr("%1 (SOC %2)").arg(row.role, row.socCode);
        break;
    case LevelColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return row.level ? displayName(*row.level) : tr("All levels");
        if (role == SortRole)
            return row.level ? int(*row.level) : -1;
        break;
    case PeriodColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return MoneyFormat::periodName(row.period);
        if (role == SortRole)
            return int(row.period);
        break;
    default:
        break;
    }
    return {};
}

QVariant SalaryTableModel::figureData(const SalaryRow &row, int column, int role)
{
    const std::optional<double> value = figure(row, column);
    const bool topCoded = value && row.topCoded.contains(figureKey(column));
    switch (role) {
    case Qt::DisplayRole: {
        if (!value)
            return tr("—");
        const QString money = MoneyFormat::amount(*value, row.currency);
        return topCoded ? money + MoneyFormat::ceilingMark() : money;
    }
    case Qt::ToolTipRole:
        if (!value)
            return tr("Not available in this dataset");
        if (topCoded) {
            return tr("%1 or more: the source caps figures at this value")
                .arg(MoneyFormat::amount(*value, row.currency));
        }
        return MoneyFormat::amount(*value, row.currency);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole:
        // A null QVariant for a missing figure: QSortFilterProxyModel sorts it after numbers.
        return value ? QVariant(*value) : QVariant();
    default:
        return {};
    }
}

QVariant SalaryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    return headerCell(section, orientation, role);
}

QVariant SalaryTableModel::headerCell(int section, Qt::Orientation orientation, int role)
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && isFigureColumn(section))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case P10Column:
            return tr("10th percentile: one in ten earns less");
        case P25Column:
            return tr("25th percentile");
        case MedianColumn:
            return tr("Median: half earn less, half more");
        case P75Column:
            return tr("75th percentile");
        case P90Column:
            return tr("90th percentile: one in ten earns more");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AreaColumn:
        return tr("Area");
    case RoleColumn:
        return tr("Role");
    case LevelColumn:
        return tr("Level");
    case MinColumn:
        return tr("Min");
    case MaxColumn:
        return tr("Max");
    case P10Column:
        return tr("P10");
    case P25Column:
        return tr("P25");
    case MedianColumn:
        return tr("Median");
    case P75Column:
        return tr("P75");
    case P90Column:
        return tr("P90");
    case PeriodColumn:
        return tr("Period");
    default:
        return {};
    }
}

} // namespace hirekit
