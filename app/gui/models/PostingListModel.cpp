#include "gui/models/PostingListModel.h"

#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

QStringList locationTexts(const PostingSummary &posting)
{
    QStringList texts;
    for (const PostingLocation &location : posting.locations)
        texts.append(location.displayText());
    return texts;
}

// "Austin (Hybrid)": the list is narrow; region and country are in the tooltip.
QString shortLocationText(const PostingSummary &posting)
{
    QStringList texts;
    for (const PostingLocation &location : posting.locations) {
        texts.append(location.city.isEmpty()
                         ? displayName(location.workplace)
                         : u"%1 (%2)"_s.arg(location.city, displayName(location.workplace)));
    }
    return texts.join(u"; "_s);
}

// Today's changes by their time, older ones by their date: the list is narrow.
QString shortDateTime(const QDateTime &value)
{
    const QDateTime local = value.toLocalTime();
    if (local.date() == QDate::currentDate())
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    return QLocale().toString(local.date(), QLocale::ShortFormat);
}

} // namespace

PostingListModel::PostingListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PostingListModel::setItems(const QList<PostingSummary> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

void PostingListModel::appendItems(const QList<PostingSummary> &items)
{
    if (items.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_items.size()), int(m_items.size() + items.size() - 1));
    m_items.append(items);
    endInsertRows();
}

bool PostingListModel::updateItem(const PostingSummary &item)
{
    const int row = rowOf(item.id);
    if (row < 0)
        return false;
    m_items[row] = item;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

int PostingListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == id)
            return row;
    }
    return -1;
}

PostingSummary PostingListModel::summaryOf(const Posting &posting)
{
    PostingSummary summary;
    summary.id = posting.id;
    summary.title = posting.title;
    summary.level = posting.level;
    summary.status = posting.status;
    summary.locations = posting.locations;
    summary.updatedAt = posting.updatedAt;
    return summary;
}

qint64 PostingListModel::idAt(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).id : 0;
}

int PostingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int PostingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PostingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PostingSummary &posting = m_items.at(index.row());

    if (role == IdRole)
        return posting.id;

    switch (index.column()) {
    case TitleColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole)
            return posting.title;
        break;
    case LevelColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return posting.level ? displayName(*posting.level) : QString();
        if (role == SortRole)
            return posting.level ? int(*posting.level) : -1;
        break;
    case LocationsColumn:
        if (role == Qt::DisplayRole)
            return shortLocationText(posting);
        if (role == Qt::ToolTipRole)
            return locationTexts(posting).join(u'\n');
        if (role == SortRole)
            return locationTexts(posting).join(u"; "_s);
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return displayName(posting.status);
        if (role == SortRole)
            return int(posting.status);
        break;
    case UpdatedColumn:
        if (role == Qt::DisplayRole)
            return shortDateTime(posting.updatedAt);
        if (role == Qt::ToolTipRole)
            return QLocale().toString(posting.updatedAt.toLocalTime(), QLocale::LongFormat);
        if (role == SortRole)
            return posting.updatedAt;
        break;
    default:
        break;
    }
    return {};
}

QVariant PostingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case LevelColumn:
        return tr("Level");
    case LocationsColumn:
        return tr("Locations");
    case StatusColumn:
        return tr("Status");
    case UpdatedColumn:
        return tr("Last change");
    default:
        return {};
    }
}

} // namespace hirekit
