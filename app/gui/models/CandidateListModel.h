#pragma once

#include "core/Interview.h"
#include "core/Result.h"
#include "gui/models/ListedItems.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

namespace hirekit {

// Candidates as a table: name, stage, contact, when they were added. A list may hold ten
// thousand: it is read a page at a time, in the order of the last sort() (by name at first),
// the next page when a view scrolls to the end (canFetchMore(), fetchMore()). Sorting reads
// the list again in the new order from the repository (CandidateOrder): by the candidates
// rather than the text of their cells, names, stages and contacts ignoring case, the Added
// column by the moment each was added (its cells show a short date, and "1/5/26" sorts before
// "12/1/25" as text).
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

    // Up to `limit` candidates of the list in `order`, from the `offset`th on.
    using PageReader =
        std::function<Result<QList<Candidate>>(CandidateOrder order, int offset, int limit)>;
    // Lines read per page: several screenfuls, a millisecond or two on a big library.
    static constexpr int PageSize = 200;
    // The longest read when looking for a candidate further down, or sorting a long list.
    static constexpr int MaxPageSize = 12800;

    explicit CandidateListModel(QObject *parent = nullptr);

    // Lists the first page `reader` reads in the order of the last sort(); later pages are
    // read on demand. On an error the list is empty and says so.
    Status setPages(PageReader reader);
    // Lists nothing.
    void clear();
    // The candidates read so far.
    const QList<Candidate> &items() const { return m_lines.items(); }
    // The row of the candidate `id` among those read so far, or -1.
    int rowOf(qint64 id) const;
    // Reads pages until the candidate `id` is listed or the list ends: their row, or -1.
    int fetchUntil(qint64 id);
    // Reads the pages left (for Ctrl+End).
    void fetchAll();
    CandidateOrder order() const { return m_order; }

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Reads the list again in the new order, as many lines as were listed and on until every
    // candidate a view holds on to (its current row, its selection) is among them: those
    // rows follow their candidates.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // A page after the first, or the list in a new order, could not be read; the list stops
    // where it was until it is set again.
    void readFailed(const QString &error);

private:
    // Reads up to `limit` lines more; false on an error (readFailed()) or while reading.
    bool readPage(int limit);
    void stopReading(const QString &error);

    PageReader m_reader; // empty: nothing to read (again)
    CandidateOrder m_order;
    int m_offset = 0; // lines the reader gave in m_order so far
    bool m_more = false;
    bool m_reading = false;
    ListedItems<Candidate> m_lines;
};

} // namespace hirekit
