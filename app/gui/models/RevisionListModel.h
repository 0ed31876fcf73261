#pragma once

#include "core/Posting.h"

#include <QAbstractTableModel>
#include <QList>

namespace hirekit {

// The kept revisions of one posting, newest first: when, why (saved version, export,
// restore), the note and what changed since the revision before.
class RevisionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        ReasonColumn,
        NoteColumn,
        SummaryColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // the revision's id (qint64)
    };

    explicit RevisionListModel(QObject *parent = nullptr);

    void setItems(const QList<PostingRevision> &items);
    const QList<PostingRevision> &items() const { return m_items; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<PostingRevision> m_items;
};

} // namespace hirekit
