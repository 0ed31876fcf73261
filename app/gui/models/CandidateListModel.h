#pragma once

#include "core/Interview.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <array>

namespace hirekit {

// Candidates as a table: name, stage, contact, when they were added. Fed with
// CandidateRepository's lists (a posting's candidates, or those due for erasure).
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

    void setItems(const QList<Candidate> &items);
    const QList<Candidate> &items() const { return m_items; }
    // The row of the candidate `id`, or -1.
    int rowOf(qint64 id) const;
    // The text of a name, stage or contact cell with case folded away, for sorting: a column's
    // keys are folded once per reading, when first asked for, rather than at every comparison.
    const QString &sortKey(int row, Column column) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Candidate> m_items;
    mutable std::array<QStringList, AddedColumn> m_sortKeys; // per text column; empty: not yet
};

} // namespace hirekit
