#include "gui/models/RevisionListModel.h"

#include "storage/RevisionRepository.h"

#include <QLocale>

namespace hirekit {

RevisionListModel::RevisionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RevisionListModel::setItems(const QList<PostingRevision> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int RevisionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int RevisionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RevisionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PostingRevision &revision = m_items.at(index.row());
    if (role == IdRole)
        return revision.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return QLocale().toString(revision.createdAt.toLocalTime(),
                                  role == Qt::DisplayRole ? QLocale::ShortFormat
                                                          : QLocale::LongFormat);
    case ReasonColumn:
        return displayName(revision.reason);
    case NoteColumn:
        return revision.note;
    case SummaryColumn:
        return revision.summary;
    default:
        return {};
    }
}

QVariant RevisionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ReasonColumn:
        return tr("Kept because");
    case NoteColumn:
        return tr("Note");
    case SummaryColumn:
        return tr("Changes");
    default:
        return {};
    }
}

} // namespace hirekit
