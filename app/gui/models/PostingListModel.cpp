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
            return locationTexts(posting).join(u"; "_s);
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
            return QLocale().toString(posting.updatedAt.toLocalTime(), QLocale::ShortFormat);
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
