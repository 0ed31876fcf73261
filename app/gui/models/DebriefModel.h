#pragma once

#include "analysis/Debrief.h"
#include "core/Question.h"

#include <QAbstractTableModel>
#include <QHash>

namespace hirekit {

// The debrief grid: a question per row, then one column per submitted scorecard
// (interviewer), the average and the spread. Rows where interviewers disagree by two
// points or more are marked, so the discussion starts there.
class DebriefModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        QuestionIdRole = Qt::UserRole + 1, // qint64
        DisagreementRole, // bool, on every cell of the row
        RatingRole, // int 1..4 in interviewer columns, else invalid
    };

    explicit DebriefModel(QObject *parent = nullptr);

    void setDebrief(const Debrief &debrief, const QHash<qint64, InterviewQuestion> &questions);
    const Debrief &debrief() const { return m_debrief; }

    // Column layout: 0 the question, 1..n interviewers, then average and spread.
    static constexpr int QuestionColumn = 0;
    int averageColumn() const;
    int spreadColumn() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const ScorecardAnswer *answerOf(int scorecard, qint64 questionId) const;

    Debrief m_debrief;
    QHash<qint64, InterviewQuestion> m_questions;
};

} // namespace hirekit
