#include "storage/CandidateRepository.h"

#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

// The translation context of this file's messages.
struct CandidateText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::CandidateRepository)
};

Error queryError(const QSqlQuery &query)
{
    return Error {
        CandidateText::tr("Cannot access candidates: %1").arg(query.lastError().text())
    };
}

const QString columns = u"id, posting_id, name, contact, stage, notes, created_at"_s;

Candidate readCandidate(const QSqlQuery &query)
{
    Candidate candidate;
    candidate.id = query.value(0).toLongLong();
    if (!query.value(1).isNull())
        candidate.postingId = query.value(1).toLongLong();
    candidate.name = query.value(2).toString();
    candidate.contact = query.value(3).toString();
    candidate.stage = query.value(4).toString();
    candidate.notes = query.value(5).toString();
    candidate.createdAt = sql::toDateTime(query.value(6));
    return candidate;
}

} // namespace

CandidateRepository::CandidateRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<QList<Candidate>> CandidateRepository::list(std::optional<qint64> postingId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + columns + u" FROM candidates"_s
                  + (postingId ? u" WHERE posting_id = ?"_s : QString())
                  + u" ORDER BY name COLLATE NOCASE, id"_s);
    if (postingId)
        query.addBindValue(*postingId);
    if (!query.exec())
        return queryError(query);
    QList<Candidate> candidates;
    while (query.next())
        candidates.append(readCandidate(query));
    return candidates;
}

Result<Candidate> CandidateRepository::load(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT "_s + columns + u" FROM candidates WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return queryError(query);
    if (!query.next())
        return Error { CandidateText::tr("There is no candidate with id %1.").arg(id) };
    return readCandidate(query);
}

Result<std::optional<Candidate>> CandidateRepository::find(std::optional<qint64> postingId,
                                                           const QString &name) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT "_s + columns + u" FROM candidates WHERE name = ? AND "_s
                  + (postingId ? u"posting_id = ?"_s : u"posting_id IS NULL"_s)
                  + u" ORDER BY id LIMIT 1"_s);
    query.addBindValue(name);
    if (postingId)
        query.addBindValue(*postingId);
    if (!query.exec())
        return queryError(query);
    if (!query.next())
        return std::optional<Candidate>();
    return std::optional<Candidate>(readCandidate(query));
}

Result<qint64> CandidateRepository::insert(const Candidate &candidate)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO candidates (posting_id, name, contact, stage, notes, created_at) "
                  "VALUES (?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(sql::fromOptionalId(candidate.postingId));
    query.addBindValue(sql::text(candidate.name));
    query.addBindValue(sql::text(candidate.contact));
    query.addBindValue(sql::text(candidate.stage));
    query.addBindValue(sql::text(candidate.notes));
    query.addBindValue(sql::fromDateTime(
        candidate.createdAt.isValid() ? candidate.createdAt : QDateTime::currentDateTimeUtc()));
    if (!query.exec())
        return queryError(query);
    return query.lastInsertId().toLongLong();
}

Status CandidateRepository::update(const Candidate &candidate)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE candidates SET posting_id = ?, name = ?, contact = ?, stage = ?, "
                  "notes = ? WHERE id = ?"_s);
    query.addBindValue(sql::fromOptionalId(candidate.postingId));
    query.addBindValue(sql::text(candidate.name));
    query.addBindValue(sql::text(candidate.contact));
    query.addBindValue(sql::text(candidate.stage));
    query.addBindValue(sql::text(candidate.notes));
    query.addBindValue(candidate.id);
    if (!query.exec())
        return queryError(query);
    if (query.numRowsAffected() != 1)
        return Error { CandidateText::tr("There is no candidate with id %1.").arg(candidate.id) };
    return {};
}

Result<ErasureReport> CandidateRepository::erase(qint64 id)
{
    const auto candidate = load(id);
    if (!candidate)
        return Error { candidate.error() };
    Transaction transaction(m_db);
    ErasureReport report;
    report.name = candidate->name;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT count(*), (SELECT count(*) FROM scorecard_answers a JOIN scorecards s "
                  "ON s.id = a.scorecard_id WHERE s.candidate_id = ?) "
                  "FROM scorecards WHERE candidate_id = ?"_s);
    query.addBindValue(id);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return queryError(query);
    report.scorecards = query.value(0).toInt();
    report.answers = query.value(1).toInt();
    // Answers, red flags and events go with their scorecards (ON DELETE CASCADE), and the
    // scorecards with the candidate; deleting explicitly keeps that true even if a future
    // schema forgets a cascade.
    for (const QString &statement : { u"DELETE FROM scorecard_answers WHERE scorecard_id IN "
                                      "(SELECT id FROM scorecards WHERE candidate_id = ?)"_s,
                                      u"DELETE FROM scorecard_red_flags WHERE scorecard_id IN "
                                      "(SELECT id FROM scorecards WHERE candidate_id = ?)"_s,
                                      u"DELETE FROM scorecard_events WHERE scorecard_id IN "
                                      "(SELECT id FROM scorecards WHERE candidate_id = ?)"_s,
                                      u"DELETE FROM scorecards WHERE candidate_id = ?"_s,
                                      u"DELETE FROM candidates WHERE id = ?"_s }) {
        query.prepare(statement);
        query.addBindValue(id);
        if (!query.exec())
            return queryError(query);
    }
    // Triggers took the notes out of the search index, but FTS5 only marks them deleted in
    // its segments until they merge; merging now leaves no trace of the words either.
    if (!query.exec(u"INSERT INTO scorecard_search (scorecard_search) VALUES ('optimize')"_s))
        return queryError(query);
    if (!transaction.commit())
        return Error { transaction.errorString() };
    return report;
}

Result<QList<Candidate>> CandidateRepository::addedBefore(const QDateTime &cutoff) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + columns
                  + u" FROM candidates WHERE created_at < ? ORDER BY created_at, id"_s);
    query.addBindValue(sql::fromDateTime(cutoff));
    if (!query.exec())
        return queryError(query);
    QList<Candidate> candidates;
    while (query.next())
        candidates.append(readCandidate(query));
    return candidates;
}

} // namespace hirekit
