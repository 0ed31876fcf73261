#include "gui/models/SalarySortProxyModel.h"

#include "gui/models/SalaryTableModel.h"

namespace hirekit {

SalarySortProxyModel::SalarySortProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SalaryTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

bool SalarySortProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftNational = left.data(SalaryTableModel::IsNationalRole).toBool();
    const bool rightNational = right.data(SalaryTableModel::IsNationalRole).toBool();
    if (leftNational != rightNational) {
        // Descending order asks lessThan(right, left), so answer for the flipped pair.
        return sortOrder() == Qt::AscendingOrder ? leftNational : rightNational;
    }
    // Missing figures go last in either order too: they are not "smallest".
    const bool leftMissing = !left.data(sortRole()).isValid();
    const bool rightMissing = !right.data(sortRole()).isValid();
    if (leftMissing || rightMissing) {
        if (leftMissing == rightMissing)
            return false;
        return sortOrder() == Qt::AscendingOrder ? rightMissing : leftMissing;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace hirekit
