#include "gui/models/CandidateListModel.h"

#include <QHash>
#include <QLocale>
#include <QScopedValueRollback>

#include <algorithm>
#include <utility>

namespace hirekit {

namespace {

// Appends the candidates of `page` not in `listed` to `items` and `listed`; how many.
qsizetype appendFresh(const QList<Candidate> &page, QList<Candidate> &items, QSet<qint64> &listed)
{
    const qsizetype before = items.size();
    for (const Candidate &candidate : page) {
        if (!listed.contains(candidate.id)) {
            listed.insert(candidate.id);
            items.append(candidate);
        }
    }
    return items.size() - before;
}

} // namespace

CandidateListModel::CandidateListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

Status CandidateListModel::setPages(PageReader reader)
{
    auto first = reader(m_order, 0, PageSize);
    // A view told of the new list may ask for more at once: see readPage().
    const QScopedValueRollback reading(m_reading, true);
    beginResetModel();
    m_items.clear();
    m_listed.clear();
    m_offset = 0;
    m_more = false;
    m_reader = {};
    if (first) {
        m_offset = int(first->size());
        appendFresh(*first, m_items, m_listed);
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
    m_items.clear();
    m_listed.clear();
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
    if (const int row = rowOf(id); row >= 0)
        return row;
    // Only the lines a page adds need a look. Each page read twice as long as the one
    // before: a page is read from its offset on, which the database steps through, so
    // pages of one size would cost in the square of the way down.
    int limit = PageSize;
    for (qsizetype from = m_items.size(); m_more && readPage(limit); from = m_items.size()) {
        for (qsizetype row = from; row < m_items.size(); ++row) {
            if (m_items.at(row).id == id)
                return int(row);
        }
        limit = std::min(limit * 2, MaxPageSize);
    }
    return -1;
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
    QList<Candidate> fresh;
    const qsizetype added = appendFresh(*page, fresh, m_listed);
    m_more = page->size() == limit && added > 0;
    if (added > 0) {
        const int first = int(m_items.size());
        beginInsertRows(QModelIndex(), first, first + int(added) - 1);
        m_items.append(fresh);
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
            wanted.insert(m_items.at(index.row()).id);
    }
    QList<Candidate> items;
    QSet<qint64> listed;
    int offset = 0;
    bool more = true;
    const auto allIn = [&wanted, &listed] {
        for (const qint64 id : std::as_const(wanted)) {
            if (!listed.contains(id))
                return false;
        }
        return true;
    };
    // As many lines as were listed in one read, then twice as many at each read (see
    // fetchUntil()).
    int limit = int(std::clamp<qsizetype>(m_items.size(), PageSize, MaxPageSize));
    while (more && (items.size() < m_items.size() || !allIn())) {
        const auto page = m_reader(m_order, offset, limit);
        if (!page) {
            // Listed as before, in the order before; a view's header says otherwise until the
            // next sort or reading.
            stopReading(page.error());
            return;
        }
        offset += int(page->size());
        const qsizetype added = appendFresh(*page, items, listed);
        more = page->size() == limit && added > 0;
        limit = std::min(limit * 2, MaxPageSize);
    }
    // As many rows before the new order as after it: rows to add are added first, at the
    // end, rows to go go from the end (only when the list changed since it was read).
    if (items.size() > m_items.size()) {
        beginInsertRows(QModelIndex(), int(m_items.size()), int(items.size()) - 1);
        m_items.append(items.mid(m_items.size()));
        endInsertRows();
    } else if (items.size() < m_items.size()) {
        beginRemoveRows(QModelIndex(), int(items.size()), int(m_items.size()) - 1);
        m_items.resize(items.size());
        endRemoveRows();
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QHash<qint64, int> rowOfId;
    rowOfId.reserve(items.size());
    for (qsizetype row = 0; row < items.size(); ++row)
        rowOfId.insert(items.at(row).id, int(row));
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before) {
        const int row = rowOfId.value(m_items.at(index.row()).id, -1);
        after.append(row < 0 ? QModelIndex() : this->index(row, index.column()));
    }
    m_items = std::move(items);
    m_listed = std::move(listed);
    m_offset = offset;
    m_more = more;
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
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
