#pragma once

#include <QSortFilterProxyModel>

namespace hirekit {

// Sorts a SalaryTableModel by its raw values (numbers as numbers), with the national
// reference rows on top and missing figures at the bottom in either sort order.
class SalarySortProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SalarySortProxyModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace hirekit
