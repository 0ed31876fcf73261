#pragma once

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

private:
    QSqlDatabase m_db;
};

} // namespace hirekit
