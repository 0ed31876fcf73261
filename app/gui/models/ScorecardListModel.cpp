#include "gui/models/ScorecardListModel.h"

#include "gui/InterviewText.h"

#include <QFont>
#include <QLocale>
#include <QScopedValueRollback>

namespace hirekit {

ScorecardListModel::ScorecardListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ScorecardListModel::setItems(const QList<ScorecardSummary> &items,
                                  const QHash<qint64, QString> &kitNames)
{
    beginResetModel();
    m_reader = {};
    m_more = false;
    m_lines.assign(items);
    m_kitNames = kitNames;
    endResetModel();
}

Status ScorecardListModel::setPages(PageReader reader, const QHash<qint64, QString> &kitNames)
{
    auto first = reader(nullptr, PageSize);
    // A view told of the new list may ask for more at once: see readPage().
    const QScopedValueRollback reading(m_reading, true);
    beginResetModel();
    m_kitNames = kitNames;
    m_lines.clear();
    if (first)
        m_lines.appendFresh(*first);
    m_more = first && first->size() == PageSize;
    m_reader = m_more ? std::move(reader) : PageReader();
    endResetModel();
    if (!first)
        return Error { first.error() };
    return {};
}

bool ScorecardListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void ScorecardListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        readPage();
}

int ScorecardListModel::fetchUntil(qint64 id)
{
    while (!m_lines.contains(id) && m_more && readPage()) { }
    return m_lines.rowOf(id);
}

void ScorecardListModel::fetchAll()
{
    while (m_more && readPage()) { }
}

bool ScorecardListModel::readPage()
{
    // Whoever hears of the rows a page inserts may ask for more at once (a view, or
    // QAbstractItemModelTester): the page after is read once this one is in, when asked
    // again.
    if (m_reading)
        return false;
    const QScopedValueRollback reading(m_reading, true);
    auto page = m_reader(&m_lines.last(), PageSize);
    if (!page) {
        m_more = false;
        m_reader = {};
        emit readFailed(page.error());
        return false;
    }
    // A line listed already is not listed twice; a page of nothing new ends the list, so a
    // reader that starts over cannot have it read the same page for ever.
    const QList<ScorecardSummary> fresh = m_lines.freshIn(*page);
    m_more = page->size() == PageSize && !fresh.isEmpty();
    if (!fresh.isEmpty()) {
        const int first = int(m_lines.size());
        beginInsertRows(QModelIndex(), first, first + int(fresh.size()) - 1);
        m_lines.append(fresh);
        endInsertRows();
    }
    if (!m_more)
        m_reader = {};
    return true;
}

bool ScorecardListModel::updateItem(ScorecardSummary item)
{
    const int row = rowOf(item.id);
    if (row < 0)
        return false;
    if (row > 0) {
        beginMoveRows(QModelIndex(), row, row, QModelIndex(), 0);
        m_lines.move(row, 0);
        endMoveRows();
    }
    m_lines.replace(0, std::move(item));
    emit dataChanged(index(0, 0), index(0, ColumnCount - 1));
    return true;
}

int ScorecardListModel::rowOf(qint64 id) const
{
    return m_lines.rowOf(id);
}

int ScorecardListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ScorecardListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScorecardListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScorecardSummary &card = m_lines.at(index.row());
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
