#include "gui/models/QuestionListModel.h"

using namespace Qt::StringLiterals;

namespace hirekit {

QuestionListModel::QuestionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void QuestionListModel::setItems(const QList<InterviewQuestion> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int QuestionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int QuestionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuestionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InterviewQuestion &question = m_items.at(index.row());

    if (role == IdRole)
        return question.id;
    if (role == CategoryKeyRole)
        return toKey(question.category);

    switch (index.column()) {
    case NumberColumn:
        // The position in the bank, which is what interviewers call "question 3".
        if (role == Qt::DisplayRole || role == SortRole)
            return index.row() + 1;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case CategoryColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return displayName(question.category);
        if (role == SortRole)
            return int(question.category);
        break;
    case TopicColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole)
            return question.topic;
        break;
    case QuestionColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return question.text;
        if (role == Qt::ToolTipRole) {
            // Rich text, so the tooltip wraps instead of running off the screen.
            return tr("<p>%1</p><p><b>Evaluate:</b> %2</p>")
                .arg(question.text.toHtmlEscaped(), question.evaluate.toHtmlEscaped());
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant QuestionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("#");
    case CategoryColumn:
        return tr("Category");
    case TopicColumn:
        return tr("Topic");
    case QuestionColumn:
        return tr("Question");
    default:
        return {};
    }
}

} // namespace hirekit
