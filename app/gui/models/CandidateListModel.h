#pragma once

#include "core/Interview.h"

#include <QAbstractTableModel>
#include <QList>

namespace hirekit {

// Candidates as a table: name, stage, contact, when they were added. Fed with
// CandidateRepository's lists (a posting's candidates, or those due for erasure), and sorted
// by the candidates themselves rather than by what the cells show: names, stages and contacts
// ignoring case, the Added column by the moment each was added (its cells show a short date,
// and "1/5/26" sorts before "12/1/25" as text). It sorts itself, as a view asks (sort()):
// through a sorting proxy, ten thousand candidates took a third of the Candidates page's time
// to show, most of it the proxy's own work per comparison.
class CandidateListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        StageColumn,
        ContactColumn,
        AddedColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // the candidate's id (qint64)
    };

    explicit CandidateListModel(QObject *parent = nullptr);

    // The candidates in the order of the last sort() (by name at first); a list already in
    // that order, as the repository reads it, is kept as it is.
    void setItems(const QList<Candidate> &items);
    const QList<Candidate> &items() const { return m_items; }
    // The row of the candidate `id`, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    // The rows of m_items in the sort order; ties by name, then by id.
    QList<int> sortedRows() const;
    // Puts m_items in the order of `rows` (from sortedRows()).
    void arrange(const QList<int> &rows);

    QList<Candidate> m_items;
    Column m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace hirekit
