#include "gui/models/CandidateListModel.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <limits>
#include <numeric>
#include <utility>

namespace hirekit {

CandidateListModel::CandidateListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CandidateListModel::setItems(const QList<Candidate> &items)
{
    beginResetModel();
    m_items = items;
    arrange(sortedRows());
    endResetModel();
}

void CandidateListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = Column(column);
    m_sortOrder = order;
    const QList<int> rows = sortedRows();
    if (std::is_sorted(rows.cbegin(), rows.cend()))
        return; // in that order already
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // The view's current row and selection follow their candidates.
    QList<int> rowAfter(rows.size());
    for (qsizetype row = 0; row < rows.size(); ++row)
        rowAfter[rows.at(row)] = int(row);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before)
        after.append(this->index(rowAfter.at(index.row()), index.column()));
    arrange(rows);
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QList<int> CandidateListModel::sortedRows() const
{
    QList<int> rows(m_items.size());
    std::iota(rows.begin(), rows.end(), 0);
    // Keys made once per candidate (case folded, or the moment in milliseconds): comparing
    // ignoring case folds both strings at each of the hundred thousand comparisons ten
    // thousand candidates take. Candidates alike in the column sorted by come by name, then
    // as added, whichever the order and whatever the last sort was, so that reading again
    // moves no row. A list in order already (the repository's, by name) is only checked.
    const auto foldedText = [this](Column column) {
        QStringList keys;
        keys.reserve(m_items.size());
        for (const Candidate &candidate : m_items) {
            const QString &text = column == NameColumn ? candidate.name
                : column == StageColumn                ? candidate.stage
                                                       : candidate.contact;
            keys.append(text.toCaseFolded());
        }
        return keys;
    };
    const QStringList names = foldedText(NameColumn);
    const auto order = [this, &rows, &names](const auto &keys) {
        const bool descending = m_sortOrder == Qt::DescendingOrder;
        const auto before = [this, &keys, &names, descending](int a, int b) {
            if (keys.at(a) != keys.at(b))
                return descending ? keys.at(b) < keys.at(a) : keys.at(a) < keys.at(b);
            if (names.at(a) != names.at(b))
                return names.at(a) < names.at(b);
            return m_items.at(a).id < m_items.at(b).id;
        };
        if (!std::is_sorted(rows.cbegin(), rows.cend(), before))
            std::sort(rows.begin(), rows.end(), before);
    };
    if (m_sortColumn == AddedColumn) {
        QList<qint64> keys;
        keys.reserve(m_items.size());
        for (const Candidate &candidate : m_items) {
            keys.append(candidate.createdAt.isValid() ? candidate.createdAt.toMSecsSinceEpoch()
                                                      : std::numeric_limits<qint64>::min());
        }
        order(keys);
    } else {
        order(m_sortColumn == NameColumn ? names : foldedText(m_sortColumn));
    }
    return rows;
}

void CandidateListModel::arrange(const QList<int> &rows)
{
    if (std::is_sorted(rows.cbegin(), rows.cend()))
        return;
    // Copied from a list that may be shared with the reader's (a copy shares each string).
    const QList<Candidate> items = std::exchange(m_items, {});
    m_items.reserve(items.size());
    for (const int row : rows)
        m_items.append(items.at(row));
}

int CandidateListModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == id)
            return int(row);
    }
    return -1;
}

int CandidateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int CandidateListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandidateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Candidate &candidate = m_items.at(index.row());
    if (role == IdRole)
        return candidate.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return candidate.name;
    case StageColumn:
        return candidate.stage;
    case ContactColumn:
        return candidate.contact;
    case AddedColumn:
        // A date is enough to judge retention; the time of day is noise here.
        return QLocale().toString(candidate.createdAt.toLocalTime().date(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant CandidateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StageColumn:
        return tr("Stage");
    case ContactColumn:
        return tr("Contact");
    case AddedColumn:
        return tr("Added");
    default:
        return {};
    }
}

} // namespace hirekit
