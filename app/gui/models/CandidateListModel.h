#pragma once

#include "core/Interview.h"

#include <QAbstractTableModel>
#include <QList>

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

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Candidate> m_items;
};

} // namespace hirekit
