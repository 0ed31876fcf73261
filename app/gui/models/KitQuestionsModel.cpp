#include "gui/models/KitQuestionsModel.h"

namespace hirekit {

KitQuestionsModel::KitQuestionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void KitQuestionsModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QList<qint64> KitQuestionsModel::questionIds() const
{
    QList<qint64> ids;
    for (const Row &row : m_rows)
        ids.append(row.question.id);
    return ids;
}

int KitQuestionsModel::totalMinutes() const
{
    int total = 0;
    for (const Row &row : m_rows)
        total += row.suggestedMinutes;
    return total;
}

int KitQuestionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KitQuestionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KitQuestionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.question.id;
    if (role == Qt::TextAlignmentRole
        && (index.column() == NumberColumn || index.column() == MinutesColumn)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == QuestionColumn) {
        return tr("<p>%1</p><p><b>Evaluate:</b> %2</p>")
            .arg(row.question.text.toHtmlEscaped(), row.question.evaluate.toHtmlEscaped());
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return index.row() + 1;
    case TopicColumn:
        return row.question.topic;
    case QuestionColumn:
        return row.question.text;
    case MinutesColumn:
        return tr("%n min", nullptr, row.suggestedMinutes);
    default:
        return {};
    }
}

QVariant KitQuestionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("#");
    case TopicColumn:
        return tr("Topic");
    case QuestionColumn:
        return tr("Question");
    case MinutesColumn:
        return tr("Time");
    default:
        return {};
    }
}

} // namespace hirekit
