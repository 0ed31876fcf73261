#pragma once

#include "core/Interview.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace hirekit {

// Scorecards as a table: candidate, interviewer, kit, status, how much is rated, the
// recommendation and the last change. Fed with the scorecards a viewer may see (independent
// scoring hides the others before it gets here).
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

    explicit ScorecardListModel(QObject *parent = nullptr);

    // `kitNames` maps kit ids to names; a scorecard without a kit follows the whole bank.
    void setItems(const QList<ScorecardSummary> &items,
                  const QHash<qint64, QString> &kitNames = {});
    const QList<ScorecardSummary> &items() const { return m_items; }
    // Shows the scorecard's new state in its line and moves the line to the top: the list is
    // in order of last change. False when the scorecard is not listed.
    bool updateItem(const ScorecardSummary &item);
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ScorecardSummary> m_items;
    QHash<qint64, QString> m_kitNames;
};

} // namespace hirekit
