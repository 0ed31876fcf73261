#pragma once

#include "core/Interview.h"
#include "core/Result.h"
#include "gui/models/ListedItems.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>

namespace hirekit {

// Scorecards as a table: candidate, interviewer, kit, status, how much is rated, the
// recommendation and the last change. Fed with the scorecards a viewer may see (independent
// scoring hides the others before it gets here): a whole list, or a page at a time, the next
// page read when a view scrolls to the end (canFetchMore(), fetchMore()), as Qt's views ask.
class ScorecardListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CandidateColumn,
        InterviewerColumn,
        KitColumn,
        StatusColumn,
        ProgressColumn,
        RecommendationColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // the scorecard's id (qint64)
        StatusKeyRole, // "draft" or "submitted"
    };

    // Up to `limit` lines of the list after the line `after` (nullptr: from the first).
    using PageReader =
        std::function<Result<QList<ScorecardSummary>>(const ScorecardSummary *after, int limit)>;
    // Lines read per page: several screenfuls, a millisecond or two on a big library.
    static constexpr int PageSize = 200;

    explicit ScorecardListModel(QObject *parent = nullptr);

    // `kitNames` maps kit ids to names; a scorecard without a kit follows the whole bank.
    void setItems(const QList<ScorecardSummary> &items,
                  const QHash<qint64, QString> &kitNames = {});
    // Lists the first page `reader` reads; later pages are read on demand. On an error the
    // list is empty and says so.
    Status setPages(PageReader reader, const QHash<qint64, QString> &kitNames = {});
    // The lines read so far.
    const QList<ScorecardSummary> &items() const { return m_lines.items(); }
    // Shows the scorecard's new state in its line and moves the line to the top: the list is
    // in order of last change. False when the scorecard is not listed.
    bool updateItem(ScorecardSummary item); // a copy: `item` may be one of items()
    int rowOf(qint64 id) const;
    // Reads pages until scorecard `id` is listed or the list ends: its row, or -1.
    int fetchUntil(qint64 id);
    // Reads the pages left.
    void fetchAll();

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // A page after the first could not be read; the list stops there until it is set again.
    void readFailed(const QString &error);

private:
    bool readPage();

    PageReader m_reader; // empty: no more to read
    bool m_more = false;
    bool m_reading = false;
    ListedItems<ScorecardSummary> m_lines;
    QHash<qint64, QString> m_kitNames;
};

} // namespace hirekit
