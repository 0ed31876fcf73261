#include "gui/models/DebriefModel.h"

#include "gui/InterviewText.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace hirekit {

DebriefModel::DebriefModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DebriefModel::setDebrief(const Debrief &debrief,
                              const QHash<qint64, InterviewQuestion> &questions)
{
    beginResetModel();
    m_debrief = debrief;
    m_questions = questions;
    endResetModel();
}

int DebriefModel::averageColumn() const
{
    return int(m_debrief.scorecards.size()) + 1;
}

int DebriefModel::spreadColumn() const
{
    return averageColumn() + 1;
}

int DebriefModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_debrief.questions.size());
}

int DebriefModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : spreadColumn() + 1;
}

const ScorecardAnswer *DebriefModel::answerOf(int scorecard, qint64 questionId) const
{
    for (const ScorecardAnswer &answer : m_debrief.scorecards.at(scorecard).answers) {
        if (answer.questionId == questionId)
            return &answer;
    }
    return nullptr;
}

QVariant DebriefModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DebriefQuestion &question = m_debrief.questions.at(index.row());
    const int column = index.column();
    const bool interviewerColumn = column >= 1 && column < averageColumn();
    const std::optional<int> rating =
        interviewerColumn ? question.ratings.value(column - 1) : std::nullopt;

    switch (role) {
    case QuestionIdRole:
        return question.questionId;
    case DisagreementRole:
        return question.disagreement;
    case RatingRole:
        return rating ? QVariant(*rating) : QVariant();
    case Qt::TextAlignmentRole:
        return column == QuestionColumn ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                        : int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (interviewerColumn && rating)
            return interviewText::ratingColor(rating);
        if (column == spreadColumn() && question.disagreement)
            return interviewText::warningColor();
        return {};
    case Qt::ForegroundRole:
        if ((interviewerColumn && rating) || (column == spreadColumn() && question.disagreement))
            return QColor(Qt::black);
        return {};
    case Qt::FontRole:
        if (question.disagreement && (column == spreadColumn() || column == QuestionColumn)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (interviewerColumn) {
            // The interviewer's notes explain the number; the grid has no room for them.
            const ScorecardAnswer *answer = answerOf(column - 1, question.questionId);
            return answer ? answer->note : QString();
        }
        if (column == QuestionColumn)
            return m_questions.value(question.questionId).text;
        if (column == spreadColumn() && question.disagreement)
            return tr("Interviewers disagree by %1 points: discuss this question first.")
                .arg(question.spread);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }

    if (column == QuestionColumn) {
        const InterviewQuestion q = m_questions.value(question.questionId);
        return q.topic.isEmpty() ? q.text : q.topic;
    }
    if (interviewerColumn) {
        const ScorecardAnswer *answer = answerOf(column - 1, question.questionId);
        return answer ? interviewText::answerRating(*answer) : QString();
    }
    if (column == averageColumn())
        return question.average ? QLocale().toString(*question.average, 'f', 1) : QString();
    if (column == spreadColumn()) {
        if (!question.average)
            return QString();
        return question.disagreement ? tr("%1 — disagree").arg(question.spread)
                                     : QString::number(question.spread);
    }
    return {};
}

QVariant DebriefModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool interviewer = section >= 1 && section < averageColumn();
    if (role == Qt::ToolTipRole && interviewer) {
        const Scorecard &card = m_debrief.scorecards.at(section - 1);
        return card.recommendation
            ? tr("%1 recommends: %2").arg(card.interviewer, displayName(*card.recommendation))
            : tr("%1 made no recommendation").arg(card.interviewer);
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == QuestionColumn)
        return tr("Question");
    if (interviewer)
        return m_debrief.scorecards.at(section - 1).interviewer;
    if (section == averageColumn())
        return tr("Average");
    if (section == spreadColumn())
        return tr("Spread");
    return {};
}

} // namespace hirekit
