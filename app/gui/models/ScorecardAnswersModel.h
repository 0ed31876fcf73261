#pragma once

#include "core/Interview.h"
#include "core/Question.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace hirekit {

// The answers of one scorecard, a question per row in kit order: position, topic, rating
// ("Yes (3)", "Not asked") and the first line of the notes. The scorecard editor changes
// single answers with setAnswer(), which keeps the selection where it is.
class ScorecardAnswersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        TopicColumn,
        RatingColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role
    {
        QuestionIdRole = Qt::UserRole + 1, // qint64
        RatingRole, // int 1..4, or invalid
    };

    explicit ScorecardAnswersModel(QObject *parent = nullptr);

    void setAnswers(const QList<ScorecardAnswer> &answers,
                    const QHash<qint64, InterviewQuestion> &questions);
    const QList<ScorecardAnswer> &answers() const { return m_answers; }
    // Replaces the answer in `row` (after a save) and says so to the views.
    void setAnswer(int row, const ScorecardAnswer &answer);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ScorecardAnswer> m_answers;
    QHash<qint64, InterviewQuestion> m_questions;
};

} // namespace hirekit
