#include "gui/models/SectionListModel.h"

#include "gui/PostingCommands.h"
#include "gui/PostingDocument.h"

#include <QUndoStack>

namespace hirekit {

SectionListModel::SectionListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void SectionListModel::setDocument(PostingDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &PostingDocument::sectionChanged, this,
                [this](int index, SectionPart part) {
                    if (part == SectionPart::Heading)
                        sectionChanged(index);
                });
        connect(m_document, &PostingDocument::sectionInserted, this,
                &SectionListModel::sectionInserted);
        connect(m_document, &PostingDocument::sectionRemoved, this,
                &SectionListModel::sectionRemoved);
        connect(m_document, &PostingDocument::sectionMoved, this, &SectionListModel::sectionMoved);
        connect(m_document, &PostingDocument::contentReplaced, this,
                &SectionListModel::resetFromDocument);
    }
    resetFromDocument();
}

void SectionListModel::resetFromDocument()
{
    beginResetModel();
    m_headings.clear();
    if (m_document) {
        for (const PostingSection &section : m_document->posting().sections)
            m_headings.append(section.heading);
    }
    endResetModel();
}

void SectionListModel::sectionChanged(int index)
{
    m_headings[index] = m_document->posting().sections.at(index).heading;
    const QModelIndex changed = this->index(index);
    emit dataChanged(changed, changed, { Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole });
}

void SectionListModel::sectionInserted(int index)
{
    beginInsertRows(QModelIndex(), index, index);
    m_headings.insert(index, m_document->posting().sections.at(index).heading);
    endInsertRows();
}

void SectionListModel::sectionRemoved(int index)
{
    beginRemoveRows(QModelIndex(), index, index);
    m_headings.removeAt(index);
    endRemoveRows();
}

void SectionListModel::sectionMoved(int from, int to)
{
    // beginMoveRows names the row the moved one goes before, counted before the move.
    beginMoveRows(QModelIndex(), from, from, QModelIndex(), to > from ? to + 1 : to);
    m_headings.move(from, to);
    endMoveRows();
}

int SectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headings.size());
}

QVariant SectionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &heading = m_headings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return heading.isEmpty() ? tr("(untitled section)") : heading;
    case Qt::EditRole:
        return heading;
    case Qt::ToolTipRole:
        return tr("Drag, or press Alt+Up and Alt+Down, to reorder. F2 renames.");
    default:
        return {};
    }
}

bool SectionListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_document || role != Qt::EditRole || m_document->isReadOnly()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString heading = value.toString();
    if (heading == m_headings.at(index.row()))
        return true;
    m_document->undoStack()->push(
        new SetSectionTextCommand(m_document, index.row(), SectionPart::Heading, heading, false));
    return true;
}

Qt::ItemFlags SectionListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        // Dropping between rows (on the root) reorders; dropping onto a row does not.
        return m_document && !m_document->isReadOnly() ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    }
    Qt::ItemFlags result = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (m_document && !m_document->isReadOnly())
        result |= Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
    return result;
}

Qt::DropActions SectionListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool SectionListModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                const QModelIndex &destinationParent, int destinationChild)
{
    if (!m_document || m_document->isReadOnly() || sourceParent.isValid()
        || destinationParent.isValid() || count != 1 || sourceRow < 0 || sourceRow >= rowCount()
        || destinationChild < 0 || destinationChild > rowCount())
        return false;
    // destinationChild counts before the move; MoveSectionCommand wants the final index.
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    if (to == sourceRow)
        return true;
    m_document->undoStack()->push(new MoveSectionCommand(m_document, sourceRow, to));
    return true;
}

} // namespace hirekit
