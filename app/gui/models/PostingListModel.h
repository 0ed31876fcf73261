#pragma once

#include "core/Posting.h"

#include <QAbstractTableModel>
#include <QList>

namespace hirekit {

// The postings (or templates) of a library as a table: title, level, locations, status and
// last change. Fed with PostingRepository's summaries; it never reads the library itself.
class PostingListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        LevelColumn,
        LocationsColumn,
        StatusColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value: enum order for level/status, QDateTime
        IdRole, // the posting's id (qint64)
    };

    explicit PostingListModel(QObject *parent = nullptr);

    void setItems(const QList<PostingSummary> &items);
    // Adds rows after the last, keeping the rows, selection and scroll position there are.
    void appendItems(const QList<PostingSummary> &items);
    // Shows the new state of the posting `item.id` in its row; false when it has none.
    bool updateItem(const PostingSummary &item);
    // The row of the posting `id`, -1 when it is not listed.
    int rowOf(qint64 id) const;
    // What the list shows of a whole posting.
    static PostingSummary summaryOf(const Posting &posting);
    const QList<PostingSummary> &items() const { return m_items; }
    // The id of the posting in `row`, 0 when out of range.
    qint64 idAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<PostingSummary> m_items;
};

} // namespace hirekit
