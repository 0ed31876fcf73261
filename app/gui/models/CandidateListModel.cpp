#include "gui/models/CandidateListModel.h"

#include <QLocale>

namespace hirekit {

CandidateListModel::CandidateListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CandidateListModel::setItems(const QList<Candidate> &items)
{
    beginResetModel();
    m_items = items;
    for (QStringList &keys : m_sortKeys)
        keys.clear();
    endResetModel();
}

const QString &CandidateListModel::sortKey(int row, Column column) const
{
    Q_ASSERT(column < AddedColumn);
    QStringList &keys = m_sortKeys.at(column);
    if (keys.isEmpty() && !m_items.isEmpty()) {
        keys.reserve(m_items.size());
        for (const Candidate &candidate : m_items) {
            const QString &text = column == NameColumn ? candidate.name
                : column == StageColumn                ? candidate.stage
                                                       : candidate.contact;
            keys.append(text.toCaseFolded());
        }
    }
    return keys.at(row);
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
