#include "storage/QuestionRepository.h"

#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

Error queryError(const QSqlQuery &query)
{
    return Error { QCoreApplication::translate("hirekit::QuestionRepository",
                                               "Cannot access the question bank: %1")
                       .arg(query.lastError().text()) };
}

} // namespace

QuestionRepository::QuestionRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<QList<InterviewQuestion>> QuestionRepository::list() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, category, topic, text, evaluate, is_builtin "
                    "FROM interview_questions ORDER BY position, id"_s)) {
        return queryError(query);
    }
    QList<InterviewQuestion> result;
    while (query.next()) {
        InterviewQuestion question;
        question.id = query.value(0).toLongLong();
        question.category =
            questionCategoryFromKey(query.value(1).toString()).value_or(QuestionCategory::Custom);
        question.topic = query.value(2).toString();
        question.text = query.value(3).toString();
        question.evaluate = query.value(4).toString();
        question.isBuiltin = query.value(5).toBool();
        result.append(question);
    }
    return result;
}

Result<qint64> QuestionRepository::insert(const InterviewQuestion &question)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO interview_questions (position, category, topic, text, evaluate, "
                  "is_builtin) VALUES ((SELECT coalesce(max(position), 0) + 1 FROM "
                  "interview_questions), ?, ?, ?, ?, ?)"_s);
    query.addBindValue(toKey(question.category));
    query.addBindValue(sql::text(question.topic));
    query.addBindValue(sql::text(question.text));
    query.addBindValue(sql::text(question.evaluate));
    query.addBindValue(question.isBuiltin ? 1 : 0);
    if (!query.exec())
        return queryError(query);
    return query.lastInsertId().toLongLong();
}

} // namespace hirekit
