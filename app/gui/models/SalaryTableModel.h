#pragma once

#include "core/Salary.h"
#include "core/SalaryQuery.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace hirekit {

// Salary rows as a table: area, role, level, the min–max band, the percentiles and the pay
// period. Missing figures read "—", figures at the source's ceiling "$300,000+"
// (MoneyFormat::figure() says why not "≥"). National rows are reference rows: bold, and
// SalarySortProxyModel keeps them on top.
// Fed with SalaryRepository's rows; it never reads the library itself.
class SalaryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AreaColumn,
        RoleColumn,
        LevelColumn,
        MinColumn,
        MaxColumn,
        P10Column,
        P25Column,
        MedianColumn,
        P75Column,
        P90Column,
        PeriodColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value: double for figures (null when missing)
        IsNationalRole, // bool
        IdRole, // the row's id (qint64)
    };

    explicit SalaryTableModel(QObject *parent = nullptr);

    void setItems(const QList<SalaryRow> &items);
    const QList<SalaryRow> &items() const { return m_items; }

    // True for the figure columns (Min … P90).
    static bool isFigureColumn(int column);
    // The salary-row key of a figure column ("min" … "p90"), empty for other columns.
    static QString figureKey(int column);
    // The figure `column` holds for `row`, std::nullopt when missing or not a figure column.
    static std::optional<double> figure(const SalaryRow &row, int column);
    // True when `column` is a figure column and no row has a value in it; views hide such
    // columns. With no rows at all nothing counts as empty, so the header stays complete.
    bool isColumnEmpty(int column) const;

    // What `column` shows of `row` in `role`: shared with SalaryPageModel, so the paged
    // table and the in-memory one read alike.
    static QVariant cellData(const SalaryRow &row, int column, int role);
    static QVariant headerCell(int section, Qt::Orientation orientation, int role);
    // The sort key of a column (the figure, area, role, ...).
    static SalarySortKey sortKey(int column);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static QVariant figureData(const SalaryRow &row, int column, int role);

    QList<SalaryRow> m_items;
};

} // namespace hirekit
