#include "gui/models/ScorecardListModel.h"

#include "gui/InterviewText.h"

#include <QFont>
#include <QLocale>

namespace hirekit {

ScorecardListModel::ScorecardListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ScorecardListModel::setItems(const QList<ScorecardSummary> &items,
                                  const QHash<qint64, QString> &kitNames)
{
    beginResetModel();
    m_items = items;
    m_kitNames = kitNames;
    endResetModel();
}

bool ScorecardListModel::updateItem(const ScorecardSummary &item)
{
    const int row = rowOf(item.id);
    if (row < 0)
        return false;
    if (row > 0) {
        beginMoveRows(QModelIndex(), row, row, QModelIndex(), 0);
        m_items.move(row, 0);
        endMoveRows();
    }
    m_items[0] = item;
    emit dataChanged(index(0, 0), index(0, ColumnCount - 1));
    return true;
}

int ScorecardListModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == id)
            return int(row);
    }
    return -1;
}

int ScorecardListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ScorecardListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScorecardListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScorecardSummary &card = m_items.at(index.row());
    if (role == IdRole)
        return card.id;
    if (role == StatusKeyRole)
        return toKey(card.status);
    // Drafts in italics: they are still being written and count for nothing yet.
    if (role == Qt::FontRole && card.status == ScorecardStatus::Draft
        && index.column() == StatusColumn) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CandidateColumn:
        return card.candidateName;
    case InterviewerColumn:
        return card.interviewer;
    case KitColumn:
        if (!card.kitId)
            return tr("Whole question bank");
        return m_kitNames.value(*card.kitId, tr("Kit %1").arg(*card.kitId));
    case StatusColumn:
        return displayName(card.status);
    case ProgressColumn:
        return interviewText::progress(card);
    case RecommendationColumn:
        return card.recommendation ? displayName(*card.recommendation) : QString();
    case UpdatedColumn:
        return QLocale().toString(card.updatedAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant ScorecardListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CandidateColumn:
        return tr("Candidate");
    case InterviewerColumn:
        return tr("Interviewer");
    case KitColumn:
        return tr("Kit");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Progress");
    case RecommendationColumn:
        return tr("Recommendation");
    case UpdatedColumn:
        return tr("Changed");
    default:
        return {};
    }
}

} // namespace hirekit
