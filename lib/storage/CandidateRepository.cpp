#include "storage/CandidateRepository.h"

#include "storage/SqlRows.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

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
// The same for lists, the notes left out (read as empty).
const QString listedColumns = u"id, posting_id, name, contact, stage, '', created_at"_s;

// " WHERE …" for `filter`, its values appended to `values`; empty when it lets all through.
QString whereFor(const CandidateFilter &filter, QVariantList &values)
{
    QStringList conditions;
    if (filter.postingId) {
        conditions.append(u"posting_id = ?"_s);
        values.append(*filter.postingId);
    }
    if (filter.addedBefore) {
        conditions.append(u"created_at < ?"_s);
        values.append(sql::fromDateTime(*filter.addedBefore));
    }
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}

// " ORDER BY …" for `order`. By name, the index on names (which holds every listed column)
// serves; the other orders sort what the filter lets through.
QString orderBy(CandidateOrder order)
{
    const QString way = order.descending ? u" DESC"_s : QString();
    switch (order.key) {
    case CandidateOrder::Stage:
        return u" ORDER BY stage COLLATE NOCASE"_s + way + u", name COLLATE NOCASE, id"_s;
    case CandidateOrder::Contact:
        return u" ORDER BY contact COLLATE NOCASE"_s + way + u", name COLLATE NOCASE, id"_s;
    case CandidateOrder::Added:
        return u" ORDER BY created_at"_s + way + u", name COLLATE NOCASE, id"_s;
    case CandidateOrder::Name:
        break;
    }
    return u" ORDER BY name COLLATE NOCASE"_s + way + u", id"_s;
}

Candidate readCandidate(const sql::Row &row)
{
    Candidate candidate;
    candidate.id = row.integer(0);
    if (!row.isNull(1))
        candidate.postingId = row.integer(1);
    candidate.name = row.text(2);
    candidate.contact = row.text(3);
    candidate.stage = row.text(4);
    candidate.notes = row.text(5);
    candidate.createdAt = sql::toDateTime(row.text(6));
    return candidate;
}

} // namespace

CandidateRepository::CandidateRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

// Every read of candidates: ten thousand of them are listed through sql::forEachRow, not a
// QVariant per value.
Result<QList<Candidate>> CandidateRepository::select(const QString &what, const QString &rest,
                                                     const QVariantList &values) const
{
    QList<Candidate> candidates;
    const auto read = sql::forEachRow(
        m_db, u"SELECT "_s + what + u" FROM candidates"_s + rest, values,
        [&candidates](const sql::Row &row) { candidates.append(readCandidate(row)); });
    if (!read)
        return Error { CandidateText::tr("Cannot access candidates: %1").arg(read.error()) };
    return candidates;
}

Result<QList<Candidate>> CandidateRepository::page(const CandidateFilter &filter,
                                                   CandidateOrder order, int offset,
                                                   int limit) const
{
    QVariantList values;
    const QString where = whereFor(filter, values);
    values << limit << offset;
    return select(listedColumns, where + orderBy(order) + u" LIMIT ? OFFSET ?"_s, values);
}

Result<int> CandidateRepository::count(const CandidateFilter &filter) const
{
    QVariantList values;
    const QString where = whereFor(filter, values);
    int count = 0;
    const auto read =
        sql::forEachRow(m_db, u"SELECT count(*) FROM candidates"_s + where, values,
                        [&count](const sql::Row &row) { count = int(row.integer(0)); });
    if (!read)
        return Error { CandidateText::tr("Cannot access candidates: %1").arg(read.error()) };
    return count;
}

Result<QList<Named>> CandidateRepository::names(std::optional<qint64> postingId, int limit) const
{
    QList<Named> names;
    QVariantList values;
    if (postingId)
        values.append(*postingId);
    if (limit > 0)
        values.append(limit);
    const auto read = sql::forEachRow(
        m_db,
        u"SELECT id, name FROM candidates"_s + (postingId ? u" WHERE posting_id = ?"_s : QString())
            + u" ORDER BY name COLLATE NOCASE, id"_s + (limit > 0 ? u" LIMIT ?"_s : QString()),
        values, [&names](const sql::Row &row) {
            names.append({ row.integer(0), row.text(1) });
        });
    if (!read)
        return Error { CandidateText::tr("Cannot access candidates: %1").arg(read.error()) };
    return names;
}

Result<std::optional<Named>> CandidateRepository::name(qint64 id,
                                                       std::optional<qint64> postingId) const
{
    std::optional<Named> found;
    QVariantList values { id };
    if (postingId)
        values.append(*postingId);
    const auto read = sql::forEachRow(m_db,
                                      u"SELECT id, name FROM candidates WHERE id = ?"_s
                                          + (postingId ? u" AND posting_id = ?"_s : QString()),
                                      values, [&found](const sql::Row &row) {
                                          found = Named { row.integer(0), row.text(1) };
                                      });
    if (!read)
        return Error { CandidateText::tr("Cannot access candidates: %1").arg(read.error()) };
    return found;
}

Result<Candidate> CandidateRepository::load(qint64 id) const
{
    auto found = select(columns, u" WHERE id = ?"_s, { id });
    if (!found)
        return Error { found.error() };
    if (found->isEmpty())
        return Error { CandidateText::tr("There is no candidate with id %1.").arg(id) };
    return found->first();
}

Result<std::optional<Candidate>> CandidateRepository::find(std::optional<qint64> postingId,
                                                           const QString &name) const
{
    QVariantList values { name };
    if (postingId)
        values.append(*postingId);
    auto found = select(columns,
                        u" WHERE name = ? AND "_s
                            + (postingId ? u"posting_id = ?"_s : u"posting_id IS NULL"_s)
                            + u" ORDER BY id LIMIT 1"_s,
                        values);
    if (!found)
        return Error { found.error() };
    if (found->isEmpty())
        return std::optional<Candidate>();
    return std::optional<Candidate>(found->first());
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
    // What a delete frees is overwritten with zeros only with secure_delete: Debian's SQLite
    // has it on by default, other builds may not. On for the erasure, as it was afterwards.
    QSqlQuery pragma(m_db);
    if (!pragma.exec(u"PRAGMA secure_delete"_s) || !pragma.next())
        return queryError(pragma);
    // 0 off, 1 on, 2 "fast" (zeroed where that costs no extra writes).
    const int secureDelete = pragma.value(0).toInt();
    if (!pragma.exec(u"PRAGMA secure_delete = ON"_s))
        return queryError(pragma);
    const auto restore = qScopeGuard([&pragma, secureDelete] {
        pragma.exec(secureDelete == 0       ? u"PRAGMA secure_delete = OFF"_s
                        : secureDelete == 2 ? u"PRAGMA secure_delete = FAST"_s
                                            : u"PRAGMA secure_delete = ON"_s);
    });
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
    // The write-ahead log still holds the pages as they were before the erasure: a truncating
    // checkpoint writes the log into the library and empties it. It cannot while another
    // connection reads or writes (nor when it fails); the report says so, and the caller asks
    // again later (Library::emptyWriteAheadLog()).
    const auto emptied = sql::emptyLog(m_db);
    report.logKept = !emptied || !*emptied;
    return report;
}

} // namespace hirekit
