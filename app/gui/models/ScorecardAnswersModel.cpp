#include "gui/models/ScorecardAnswersModel.h"

#include "gui/InterviewText.h"

using namespace Qt::StringLiterals;

namespace hirekit {

ScorecardAnswersModel::ScorecardAnswersModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ScorecardAnswersModel::setAnswers(const QList<ScorecardAnswer> &answers,
                                       const QHash<qint64, InterviewQuestion> &questions)
{
    beginResetModel();
    m_answers = answers;
    m_questions = questions;
    endResetModel();
}

void ScorecardAnswersModel::setAnswer(int row, const ScorecardAnswer &answer)
{
    if (row < 0 || row >= m_answers.size())
        return;
    m_answers[row] = answer;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ScorecardAnswersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_answers.size());
}

int ScorecardAnswersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScorecardAnswersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScorecardAnswer &answer = m_answers.at(index.row());
    const InterviewQuestion question = m_questions.value(answer.questionId);
    switch (role) {
    case QuestionIdRole:
        return answer.questionId;
    case RatingRole:
        return answer.rating && !answer.notAsked ? QVariant(*answer.rating) : QVariant();
    case Qt::BackgroundRole:
        if (index.column() == RatingColumn && !answer.notAsked) {
            const QColor color = interviewText::ratingColor(answer.rating);
            if (color.isValid())
                return color;
        }
        return {};
    case Qt::ForegroundRole:
        // A pale fill needs dark text whatever the palette.
        if (index.column() == RatingColumn && answer.rating && !answer.notAsked)
            return QColor(Qt::black);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NoteColumn)
            return answer.note;
        if (index.column() == TopicColumn || index.column() == NumberColumn)
            return question.text;
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NumberColumn:
        return index.row() + 1;
    case TopicColumn:
        return question.topic.isEmpty() ? question.text : question.topic;
    case RatingColumn:
        return interviewText::answerRating(answer);
    case NoteColumn:
        return answer.note.section(u'\n', 0, 0);
    default:
        return {};
    }
}

QVariant ScorecardAnswersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("#");
    case TopicColumn:
        return tr("Question");
    case RatingColumn:
        return tr("Rating");
    case NoteColumn:
        return tr("Notes");
    default:
        return {};
    }
}

} // namespace hirekit
