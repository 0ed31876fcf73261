#include "gui/models/SalaryPageModel.h"

#include "gui/models/SalaryTableModel.h"

#include <QTimer>

#include <algorithm>
#include <limits>

namespace hirekit {

SalaryPageModel::SalaryPageModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SalaryPageModel::setSource(qint64 count, PageSource source)
{
    beginResetModel();
    m_count = std::max<qint64>(0, count);
    m_source = std::move(source);
    m_pages.clear();
    m_failedPages.clear();
    m_pagesRead = 0;
    m_lastError.clear();
    endResetModel();
}

void SalaryPageModel::clear()
{
    setSource(0, {});
}

const SalaryPageModel::Page *SalaryPageModel::page(qint64 index) const
{
    auto found = m_pages.find(index);
    if (found != m_pages.end()) {
        found->lastUse = ++m_useCounter;
        return &*found;
    }
    if (!m_source || m_failedPages.contains(index))
        return nullptr;
    auto rows = m_source(index * PageSize, PageSize);
    ++m_pagesRead;
    if (!rows) {
        // Reported once per page, after painting: a model must not emit from data().
        m_failedPages.insert(index, true);
        m_lastError = rows.error();
        auto *self = const_cast<SalaryPageModel *>(this);
        QTimer::singleShot(0, self,
                           [self, message = rows.error()] { emit self->fetchFailed(message); });
        return nullptr;
    }
    if (m_pages.size() >= MaxCachedPages) {
        const auto oldest =
            std::min_element(m_pages.begin(), m_pages.end(),
                             [](const Page &a, const Page &b) { return a.lastUse < b.lastUse; });
        m_pages.erase(oldest);
    }
    return &*m_pages.insert(index, Page { std::move(rows).value(), ++m_useCounter });
}

std::optional<SalaryRow> SalaryPageModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return std::nullopt;
    const Page *found = page(row / PageSize);
    const int offset = row % PageSize;
    if (!found || offset >= found->rows.size())
        return std::nullopt;
    return found->rows.at(offset);
}

QList<SalaryRow> SalaryPageModel::rowsAt(int first, int count) const
{
    QList<SalaryRow> result;
    for (int row = std::max(0, first); row < first + count && row < m_count; ++row) {
        if (auto found = rowAt(row))
            result.append(*found);
    }
    return result;
}

int SalaryPageModel::sortColumn() const
{
    for (int column = 0; column < SalaryTableModel::ColumnCount; ++column) {
        if (SalaryTableModel::sortKey(column) == m_sortKey)
            return column;
    }
    return SalaryTableModel::AreaColumn;
}

void SalaryPageModel::setSortOrder(SalarySortKey key, bool descending)
{
    m_sortKey = key;
    m_descending = descending;
}

int SalaryPageModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int SalaryPageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : SalaryTableModel::ColumnCount;
}

QVariant SalaryPageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    // Alignment needs no row: the view asks it of every cell it lays out.
    if (role == Qt::TextAlignmentRole) {
        return SalaryTableModel::isFigureColumn(index.column())
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    }
    const auto row = rowAt(index.row());
    if (!row)
        return {};
    return SalaryTableModel::cellData(*row, index.column(), role);
}

QVariant SalaryPageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    return SalaryTableModel::headerCell(section, orientation, role);
}

void SalaryPageModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= SalaryTableModel::ColumnCount)
        return;
    const SalarySortKey key = SalaryTableModel::sortKey(column);
    const bool descending = order == Qt::DescendingOrder;
    if (key == m_sortKey && descending == m_descending)
        return;
    m_sortKey = key;
    m_descending = descending;
    emit sortChanged();
}

} // namespace hirekit
