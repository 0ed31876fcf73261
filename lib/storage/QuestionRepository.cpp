#include "storage/QuestionRepository.h"

#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

// The translation context of this file's messages.
struct QuestionText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::QuestionRepository)
};

Error queryError(const QSqlQuery &query)
{
    return Error {
        QuestionText::tr("Cannot access the question bank: %1").arg(query.lastError().text())
    };
}

Error noSuchQuestion(qint64 id)
{
    return Error { QuestionText::tr("There is no question with id %1.").arg(id) };
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

Status QuestionRepository::update(const InterviewQuestion &question)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE interview_questions SET category = ?, topic = ?, text = ?, evaluate = ? "
                  "WHERE id = ?"_s);
    query.addBindValue(toKey(question.category));
    query.addBindValue(sql::text(question.topic));
    query.addBindValue(sql::text(question.text));
    query.addBindValue(sql::text(question.evaluate));
    query.addBindValue(question.id);
    if (!query.exec())
        return queryError(query);
    if (query.numRowsAffected() != 1)
        return noSuchQuestion(question.id);
    return {};
}

Status QuestionRepository::remove(qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT is_builtin, (SELECT count(*) FROM interview_kit_questions WHERE "
                  "question_id = q.id) + (SELECT count(*) FROM scorecard_answers WHERE "
                  "question_id = q.id) FROM interview_questions q WHERE q.id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return queryError(query);
    if (!query.next())
        return noSuchQuestion(id);
    if (query.value(0).toBool())
        return Error { QuestionText::tr("Question %1 is built in and cannot be removed.").arg(id) };
    if (query.value(1).toInt() > 0) {
        return Error { QuestionText::tr("Question %1 is used by interview kits or scorecards and "
                                        "cannot be removed.")
                           .arg(id) };
    }
    query.prepare(u"DELETE FROM interview_questions WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return queryError(query);
    return {};
}

Result<QuestionGuide> QuestionRepository::guide(qint64 questionId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT suggested_minutes FROM interview_questions WHERE id = ?"_s);
    query.addBindValue(questionId);
    if (!query.exec())
        return queryError(query);
    if (!query.next())
        return noSuchQuestion(questionId);
    QuestionGuide guide;
    guide.questionId = questionId;
    guide.suggestedMinutes = query.value(0).toInt();
    query.prepare(
        u"SELECT rating, description FROM question_rubric_anchors WHERE question_id = ?"_s);
    query.addBindValue(questionId);
    if (!query.exec())
        return queryError(query);
    while (query.next()) {
        const int rating = query.value(0).toInt();
        if (rating >= 1 && rating <= 4)
            guide.rubric[std::size_t(rating - 1)] = query.value(1).toString();
    }
    query.prepare(
        u"SELECT prompt FROM question_follow_ups WHERE question_id = ? ORDER BY position"_s);
    query.addBindValue(questionId);
    if (!query.exec())
        return queryError(query);
    while (query.next())
        guide.followUps.append(query.value(0).toString());
    return guide;
}

Status QuestionRepository::setGuide(const QuestionGuide &guide)
{
    if (guide.suggestedMinutes <= 0)
        return Error { QuestionText::tr("The suggested time must be at least one minute.") };
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE interview_questions SET suggested_minutes = ? WHERE id = ?"_s);
    query.addBindValue(guide.suggestedMinutes);
    query.addBindValue(guide.questionId);
    if (!query.exec())
        return queryError(query);
    if (query.numRowsAffected() != 1)
        return noSuchQuestion(guide.questionId);
    for (const QString &table : { u"question_rubric_anchors"_s, u"question_follow_ups"_s }) {
        query.prepare(u"DELETE FROM %1 WHERE question_id = ?"_s.arg(table));
        query.addBindValue(guide.questionId);
        if (!query.exec())
            return queryError(query);
    }
    query.prepare(u"INSERT INTO question_rubric_anchors (question_id, rating, description) "
                  "VALUES (?, ?, ?)"_s);
    for (int rating = 1; rating <= 4; ++rating) {
        const QString &description = guide.rubric.at(std::size_t(rating - 1));
        if (description.isEmpty())
            continue;
        query.addBindValue(guide.questionId);
        query.addBindValue(rating);
        query.addBindValue(description);
        if (!query.exec())
            return queryError(query);
    }
    query.prepare(u"INSERT INTO question_follow_ups (question_id, position, prompt) "
                  "VALUES (?, ?, ?)"_s);
    for (qsizetype i = 0; i < guide.followUps.size(); ++i) {
        query.addBindValue(guide.questionId);
        query.addBindValue(int(i));
        query.addBindValue(guide.followUps.at(i));
        if (!query.exec())
            return queryError(query);
    }
    if (!transaction.commit())
        return Error { transaction.errorString() };
    return {};
}

} // namespace hirekit
