#include "storage/KitRepository.h"

#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

// The translation context of this file's messages.
struct KitText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::KitRepository)
};

Error queryError(const QSqlQuery &query)
{
    return Error { KitText::tr("Cannot access interview kits: %1").arg(query.lastError().text()) };
}

} // namespace

KitRepository::KitRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<QList<InterviewKit>> KitRepository::list(std::optional<qint64> postingId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id FROM interview_kits"_s
                  + (postingId ? u" WHERE posting_id = ?"_s : QString())
                  + u" ORDER BY name COLLATE NOCASE, id"_s);
    if (postingId)
        query.addBindValue(*postingId);
    if (!query.exec())
        return queryError(query);
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    QList<InterviewKit> kits;
    for (const qint64 id : std::as_const(ids)) {
        auto kit = load(id);
        if (!kit)
            return Error { kit.error() };
        kits.append(std::move(kit).value());
    }
    return kits;
}

Result<InterviewKit> KitRepository::load(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT posting_id, name, stage, time_budget_minutes, created_at "
                  "FROM interview_kits WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return queryError(query);
    if (!query.next())
        return Error { KitText::tr("There is no interview kit with id %1.").arg(id) };
    InterviewKit kit;
    kit.id = id;
    if (!query.value(0).isNull())
        kit.postingId = query.value(0).toLongLong();
    kit.name = query.value(1).toString();
    kit.stage = query.value(2).toString();
    kit.timeBudgetMinutes = query.value(3).toInt();
    kit.createdAt = sql::toDateTime(query.value(4));
    query.prepare(u"SELECT question_id FROM interview_kit_questions WHERE kit_id = ? "
                  "ORDER BY position"_s);
    query.addBindValue(id);
    if (!query.exec())
        return queryError(query);
    while (query.next())
        kit.questionIds.append(query.value(0).toLongLong());
    return kit;
}

Status KitRepository::writeQuestions(qint64 id, const QList<qint64> &questionIds)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM interview_kit_questions WHERE kit_id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return queryError(query);
    query.prepare(u"INSERT INTO interview_kit_questions (kit_id, position, question_id) "
                  "VALUES (?, ?, ?)"_s);
    for (qsizetype i = 0; i < questionIds.size(); ++i) {
        query.addBindValue(id);
        query.addBindValue(int(i));
        query.addBindValue(questionIds.at(i));
        if (!query.exec())
            return queryError(query);
    }
    return {};
}

Result<qint64> KitRepository::insert(const InterviewKit &kit)
{
    if (kit.name.trimmed().isEmpty())
        return Error { KitText::tr("An interview kit needs a name.") };
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO interview_kits (posting_id, name, stage, time_budget_minutes, "
                  "created_at) VALUES (?, ?, ?, ?, ?)"_s);
    query.addBindValue(sql::fromOptionalId(kit.postingId));
    query.addBindValue(kit.name.trimmed());
    query.addBindValue(sql::text(kit.stage));
    query.addBindValue(kit.timeBudgetMinutes);
    query.addBindValue(sql::fromDateTime(QDateTime::currentDateTimeUtc()));
    if (!query.exec())
        return queryError(query);
    const qint64 id = query.lastInsertId().toLongLong();
    if (auto written = writeQuestions(id, kit.questionIds); !written)
        return Error { written.error() };
    if (!transaction.commit())
        return Error { transaction.errorString() };
    return id;
}

Status KitRepository::update(const InterviewKit &kit)
{
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE interview_kits SET posting_id = ?, name = ?, stage = ?, "
                  "time_budget_minutes = ? WHERE id = ?"_s);
    query.addBindValue(sql::fromOptionalId(kit.postingId));
    query.addBindValue(sql::text(kit.name));
    query.addBindValue(sql::text(kit.stage));
    query.addBindValue(kit.timeBudgetMinutes);
    query.addBindValue(kit.id);
    if (!query.exec())
        return queryError(query);
    if (query.numRowsAffected() != 1)
        return Error { KitText::tr("There is no interview kit with id %1.").arg(kit.id) };
    if (auto written = writeQuestions(kit.id, kit.questionIds); !written)
        return written;
    if (!transaction.commit())
        return Error { transaction.errorString() };
    return {};
}

Status KitRepository::remove(qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM interview_kits WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return queryError(query);
    return {};
}

} // namespace hirekit
