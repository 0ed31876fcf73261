#pragma once

#include "core/Interview.h"
#include "core/Question.h"
#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>

namespace hirekit {

// Reads and writes the interview question bank.
class QuestionRepository
{
public:
    explicit QuestionRepository(QSqlDatabase db);

    // Every question, in the bank's order.
    Result<QList<InterviewQuestion>> list() const;
    Result<qint64> insert(const InterviewQuestion &question);
    Status update(const InterviewQuestion &question);
    // Removes a question the user added; built-in ones and questions used by a kit or a
    // scorecard stay.
    Status remove(qint64 id);

    // The rubric, follow-up prompts and suggested time of a question.
    Result<QuestionGuide> guide(qint64 questionId) const;
    // Replaces them, in one transaction.
    Status setGuide(const QuestionGuide &guide);

private:
    QSqlDatabase m_db;
};

} // namespace hirekit
