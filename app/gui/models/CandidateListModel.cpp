#include "gui/models/CandidateListModel.h"

#include <QHash>
#include <QLocale>
#include <QScopedValueRollback>

#include <algorithm>
#include <utility>

namespace hirekit {

CandidateListModel::CandidateListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

Status CandidateListModel::setPages(PageReader reader)
{
    auto first = reader(m_order, 0, PageSize);
    // A view told of the new list may ask for more at once: see readPage().
    const QScopedValueRollback reading(m_reading, true);
    beginResetModel();
    m_lines.clear();
    m_offset = 0;
    m_more = false;
    m_reader = {};
    if (first) {
        m_offset = int(first->size());
        m_lines.appendFresh(*first);
        m_more = first->size() == PageSize;
        m_reader = std::move(reader);
    }
    endResetModel();
    if (!first)
        return Error { first.error() };
    return {};
}

void CandidateListModel::clear()
{
    beginResetModel();
    m_reader = {};
    m_lines.clear();
    m_offset = 0;
    m_more = false;
    endResetModel();
}

bool CandidateListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void CandidateListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        readPage(PageSize);
}

int CandidateListModel::fetchUntil(qint64 id)
{
    // Each page read twice as long as the one before: a page is read from its offset on,
    // which the database steps through, so pages of one size would cost in the square of
    // the way down.
    for (int limit = PageSize; !m_lines.contains(id) && m_more && readPage(limit);
         limit = std::min(limit * 2, MaxPageSize)) { }
    return m_lines.rowOf(id);
}

void CandidateListModel::fetchAll()
{
    for (int limit = PageSize; m_more && readPage(limit);
         limit = std::min(limit * 2, MaxPageSize)) { }
}

void CandidateListModel::stopReading(const QString &error)
{
    m_more = false;
    emit readFailed(error);
}

bool CandidateListModel::readPage(int limit)
{
    // Whoever hears of the rows a page inserts may ask for more at once (a view, or
    // QAbstractItemModelTester): the page after is read once this one is in, when asked
    // again.
    if (m_reading || !m_reader)
        return false;
    const QScopedValueRollback reading(m_reading, true);
    const auto page = m_reader(m_order, m_offset, limit);
    if (!page) {
        stopReading(page.error());
        return false;
    }
    m_offset += int(page->size());
    // A candidate listed already is not listed twice (the list changed between two pages); a
    // page of nothing new ends the list, so a reader that starts over cannot have it read the
    // same page for ever.
    const QList<Candidate> fresh = m_lines.freshIn(*page);
    m_more = page->size() == limit && !fresh.isEmpty();
    if (!fresh.isEmpty()) {
        const int first = int(m_lines.size());
        beginInsertRows(QModelIndex(), first, first + int(fresh.size()) - 1);
        m_lines.append(fresh);
        endInsertRows();
    }
    return true;
}

void CandidateListModel::sort(int column, Qt::SortOrder sortOrder)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const CandidateOrder order { CandidateOrder::Key(column), sortOrder == Qt::DescendingOrder };
    if (order == m_order)
        return;
    m_order = order;
    if (!m_reader || m_reading)
        return;
    const QScopedValueRollback reading(m_reading, true);
    // The candidates of the rows a view holds on to.
    QSet<qint64> wanted;
    for (const QModelIndex &index : persistentIndexList()) {
        if (index.isValid())
            wanted.insert(m_lines.at(index.row()).id);
    }
    ListedItems<Candidate> lines;
    int offset = 0;
    bool more = true;
    const auto allIn = [&wanted, &lines] {
        return std::all_of(wanted.cbegin(), wanted.cend(),
                           [&lines](qint64 id) { return lines.contains(id); });
    };
    // As many lines as were listed in one read, then twice as many at each read (see
    // fetchUntil()).
    int limit = int(std::clamp<qsizetype>(m_lines.size(), PageSize, MaxPageSize));
    while (more && (lines.size() < m_lines.size() || !allIn())) {
        const auto page = m_reader(m_order, offset, limit);
        if (!page) {
            // Listed as before, in the order before; a view's header says otherwise until the
            // next sort or reading.
            stopReading(page.error());
            return;
        }
        offset += int(page->size());
        const qsizetype added = lines.appendFresh(*page);
        more = page->size() == limit && added > 0;
        limit = std::min(limit * 2, MaxPageSize);
    }
    // The number of rows changes only when the list changed since it was read. It changes
    // by rows added or removed at the end, around a reordering that keeps the row count and
    // has every row a view holds on to follow its candidate:
    // - a longer list first lists, at the end, candidates of the new order not listed yet;
    // - a shorter one is reordered with listed candidates no longer in the list after the
    //   new order, which then go.
    const qsizetype count = lines.size();
    if (count > m_lines.size()) {
        beginInsertRows(QModelIndex(), int(m_lines.size()), int(count) - 1);
        m_lines.append(m_lines.freshIn(lines.items()).mid(0, count - m_lines.size()));
        endInsertRows();
    } else if (count < m_lines.size()) {
        QList<Candidate> gone;
        for (const Candidate &candidate : m_lines.items()) {
            if (!lines.contains(candidate.id))
                gone.append(candidate);
        }
        lines.append(gone.mid(0, m_lines.size() - count));
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QHash<qint64, int> rowOfId;
    rowOfId.reserve(lines.size());
    for (qsizetype row = 0; row < lines.size(); ++row)
        rowOfId.insert(lines.at(row).id, int(row));
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before) {
        const int row = rowOfId.value(m_lines.at(index.row()).id, -1);
        after.append(row < 0 ? QModelIndex() : this->index(row, index.column()));
    }
    m_lines = std::move(lines);
    m_offset = offset;
    m_more = more;
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    if (m_lines.size() > count) {
        beginRemoveRows(QModelIndex(), int(count), int(m_lines.size()) - 1);
        m_lines.truncate(count);
        endRemoveRows();
    }
}

int CandidateListModel::rowOf(qint64 id) const
{
    return m_lines.rowOf(id);
}

int CandidateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int CandidateListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandidateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Candidate &candidate = m_lines.at(index.row());
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
