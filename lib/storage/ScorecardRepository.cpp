#include "storage/ScorecardRepository.h"

#include "storage/SqlRows.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

// The translation context of this file's messages.
struct ScorecardText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::ScorecardRepository)
};

Error accessError(const QString &detail)
{
    return Error { ScorecardText::tr("Cannot access scorecards: %1").arg(detail) };
}

Error queryError(const QSqlQuery &query)
{
    return accessError(query.lastError().text());
}

Error noSuchScorecard(qint64 id)
{
    return Error { ScorecardText::tr("There is no scorecard with id %1.").arg(id) };
}

QString now()
{
    return sql::fromDateTime(QDateTime::currentDateTimeUtc());
}

// Runs one statement with positional values; the Status names what failed.
Status run(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
           int *rowsAffected = nullptr)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return queryError(query);
    if (rowsAffected)
        *rowsAffected = query.numRowsAffected();
    return {};
}

} // namespace

ScorecardRepository::ScorecardRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<Scorecard> ScorecardRepository::create(qint64 candidateId, const QString &interviewer,
                                              std::optional<qint64> kitId,
                                              std::optional<qint64> postingId)
{
    if (interviewer.trimmed().isEmpty())
        return Error { ScorecardText::tr("A scorecard needs the interviewer's name.") };
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id FROM candidates WHERE id = ?"_s);
    query.addBindValue(candidateId);
    if (!query.exec())
        return queryError(query);
    if (!query.next())
        return Error { ScorecardText::tr("There is no candidate with id %1.").arg(candidateId) };

    QList<qint64> questions;
    if (kitId) {
        query.prepare(u"SELECT question_id FROM interview_kit_questions WHERE kit_id = ? "
                      "ORDER BY position"_s);
        query.addBindValue(*kitId);
    } else {
        query.prepare(u"SELECT id FROM interview_questions ORDER BY position, id"_s);
    }
    if (!query.exec())
        return queryError(query);
    while (query.next())
        questions.append(query.value(0).toLongLong());
    if (kitId && questions.isEmpty())
        return Error {
            ScorecardText::tr("Interview kit %1 does not exist or has no questions.").arg(*kitId)
        };

    const QString stamp = now();
    query.prepare(u"INSERT INTO scorecards (uuid, posting_id, candidate_id, interviewer, kit_id, "
                  "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    query.addBindValue(sql::fromOptionalId(postingId));
    query.addBindValue(candidateId);
    query.addBindValue(interviewer.trimmed());
    query.addBindValue(sql::fromOptionalId(kitId));
    query.addBindValue(stamp);
    query.addBindValue(stamp);
    if (!query.exec())
        return queryError(query);
    const qint64 id = query.lastInsertId().toLongLong();
    query.prepare(u"INSERT INTO scorecard_answers (scorecard_id, question_id) VALUES (?, ?)"_s);
    for (const qint64 question : std::as_const(questions)) {
        query.addBindValue(id);
        query.addBindValue(question);
        if (!query.exec())
            return queryError(query);
    }
    if (auto added = addEvent(id, u"created"_s, interviewer.trimmed(), QString()); !added)
        return Error { added.error() };
    if (!transaction.commit())
        return Error { transaction.errorString() };
    return load(id);
}

Result<Scorecard> ScorecardRepository::load(qint64 id) const
{
    auto cards = loadWhere(u"s.id = ?"_s, { id });
    if (!cards)
        return Error { cards.error() };
    if (cards->isEmpty())
        return noSuchScorecard(id);
    return cards->takeFirst();
}

// Scorecards whose header matches `where` (over scorecards s joined with candidates c), with
// their answers and red flags: three queries however many scorecards match, so listing
// twenty thousand costs three statements rather than sixty thousand.
Result<QList<Scorecard>> ScorecardRepository::loadWhere(const QString &where,
                                                        const QVariantList &values) const
{
    const QString matching =
        u"SELECT s.id FROM scorecards s JOIN candidates c ON c.id = s.candidate_id WHERE "_s
        + where;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT s.id, s.uuid, s.posting_id, s.candidate_id, c.name, s.interviewer, "
                  "s.kit_id, s.status, s.recommendation, s.key_takeaways, s.live_position, "
                  "s.live_elapsed_seconds, s.created_at, s.updated_at "
                  "FROM scorecards s JOIN candidates c ON c.id = s.candidate_id WHERE "_s
                  + where + u" ORDER BY s.updated_at DESC, s.id DESC"_s);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return queryError(query);
    QList<Scorecard> cards;
    QHash<qint64, qsizetype> rowOf;
    while (query.next()) {
        Scorecard card;
        card.id = query.value(0).toLongLong();
        card.uuid = query.value(1).toString();
        if (!query.value(2).isNull())
            card.postingId = query.value(2).toLongLong();
        card.candidateId = query.value(3).toLongLong();
        card.candidateName = query.value(4).toString();
        card.interviewer = query.value(5).toString();
        if (!query.value(6).isNull())
            card.kitId = query.value(6).toLongLong();
        card.status =
            scorecardStatusFromKey(query.value(7).toString()).value_or(ScorecardStatus::Draft);
        card.recommendation = recommendationFromKey(query.value(8).toString());
        card.keyTakeaways = query.value(9).toString();
        card.livePosition = query.value(10).toInt();
        card.liveElapsedSeconds = query.value(11).toInt();
        card.createdAt = sql::toDateTime(query.value(12));
        card.updatedAt = sql::toDateTime(query.value(13));
        rowOf.insert(card.id, cards.size());
        cards.append(std::move(card));
    }
    if (cards.isEmpty())
        return cards;

    // Answers in kit order (kit position, else the bank's order).
    query.prepare(u"SELECT a.scorecard_id, a.question_id, a.rating, a.not_asked, a.note, "
                  "a.seconds_spent FROM scorecard_answers a "
                  "JOIN scorecards s ON s.id = a.scorecard_id "
                  "JOIN interview_questions q ON q.id = a.question_id "
                  "LEFT JOIN interview_kit_questions k ON k.kit_id = s.kit_id "
                  "AND k.question_id = a.question_id WHERE a.scorecard_id IN ("_s
                  + matching
                  + u") ORDER BY a.scorecard_id, coalesce(k.position, q.position), q.id"_s);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return queryError(query);
    while (query.next()) {
        ScorecardAnswer answer;
        answer.questionId = query.value(1).toLongLong();
        if (!query.value(2).isNull())
            answer.rating = query.value(2).toInt();
        answer.notAsked = query.value(3).toBool();
        answer.note = query.value(4).toString();
        answer.secondsSpent = query.value(5).toInt();
        cards[rowOf.value(query.value(0).toLongLong())].answers.append(std::move(answer));
    }

    query.prepare(u"SELECT f.scorecard_id, f.red_flag_id, r.name, f.note "
                  "FROM scorecard_red_flags f JOIN red_flags r ON r.id = f.red_flag_id "
                  "WHERE f.scorecard_id IN ("_s
                  + matching + u") ORDER BY f.scorecard_id, r.position, r.id"_s);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return queryError(query);
    while (query.next()) {
        cards[rowOf.value(query.value(0).toLongLong())].redFlags.append(
            { query.value(1).toLongLong(), query.value(2).toString(), query.value(3).toString() });
    }
    return cards;
}

Result<std::optional<qint64>> ScorecardRepository::findByUuid(const QString &uuid) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id FROM scorecards WHERE uuid = ?"_s);
    query.addBindValue(uuid);
    if (!query.exec())
        return queryError(query);
    if (!query.next())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong());
}

// The filter as a condition over scorecards s joined with candidates c.
QString ScorecardRepository::whereClause(const ScorecardFilter &filter, QVariantList &values)
{
    QString where = u"1 = 1"_s;
    if (filter.postingId) {
        where += u" AND s.posting_id = ?"_s;
        values.append(*filter.postingId);
    }
    if (filter.candidateId) {
        where += u" AND s.candidate_id = ?"_s;
        values.append(*filter.candidateId);
    }
    if (!filter.candidate.isEmpty()) {
        where += u" AND c.name LIKE ? ESCAPE '\\'"_s;
        values.append(sql::containsPattern(filter.candidate));
    }
    if (const QString match = sql::ftsQuery(filter.text); !match.isEmpty()) {
        // "+s.id": not driven by the matches. A common word is in thousands of scorecards,
        // and each would be looked up and sorted (17 ms for a page of "sharding" on the big
        // library); read in the list's order and checked against the matches, a page costs
        // 2 ms, and a word in none of them (every line checked) 4 ms.
        where += u" AND +s.id IN (SELECT rowid FROM scorecard_search WHERE scorecard_search "
                 "MATCH ?)"_s;
        values.append(match);
    }
    return where;
}

Result<QList<Scorecard>> ScorecardRepository::list(const ScorecardFilter &filter) const
{
    QVariantList values;
    const QString where = whereClause(filter, values);
    return loadWhere(where, values);
}

Result<QList<ScorecardSummary>> ScorecardRepository::summaries(const ScorecardFilter &filter) const
{
    QVariantList values;
    const QString where = whereClause(filter, values);
    return summariesWhere(where, values);
}

Result<ScorecardSummary> ScorecardRepository::summary(qint64 id) const
{
    auto found = summariesWhere(u"s.id = ?"_s, { id });
    if (!found)
        return Error { found.error() };
    if (found->isEmpty())
        return noSuchScorecard(id);
    return found->first();
}

namespace {

// The candidates the viewer still holds a draft for, as a subquery: bind the viewer's name
// and the draft status (draftValues()).
constexpr auto ViewerDraftCandidates =
    u"SELECT d.candidate_id FROM scorecards d WHERE d.interviewer = ? AND d.status = ?";

QVariantList draftValues(const ScorecardViewer &viewer)
{
    return { viewer.interviewer, toKey(ScorecardStatus::Draft) };
}

} // namespace

QString ScorecardRepository::visibleWhere(const ScorecardFilter &filter,
                                          const ScorecardViewer &viewer, QVariantList &values)
{
    QString where = whereClause(filter, values);
    if (viewer.independentScoring) {
        values << viewer.interviewer << draftValues(viewer);
        where +=
            u" AND (s.interviewer = ? OR s.candidate_id NOT IN (%1))"_s.arg(ViewerDraftCandidates);
    }
    return where;
}

Result<QList<ScorecardSummary>> ScorecardRepository::summariesPage(const ScorecardFilter &filter,
                                                                   const ScorecardViewer &viewer,
                                                                   const ScorecardSummary *after,
                                                                   int limit) const
{
    QVariantList values;
    QString where = visibleWhere(filter, viewer, values);
    // After the last line listed, in the list's order (the index on updated_at holds the id),
    // by the values it was listed with: the stored text, which the order compares.
    if (after) {
        where += u" AND (s.updated_at, s.id) < (?, ?)"_s;
        values << (after->updatedAtText.isNull() ? sql::fromDateTime(after->updatedAt)
                                                 : after->updatedAtText)
               << after->id;
    }
    return summariesWhere(where, values, limit);
}

Result<bool> ScorecardRepository::lists(const ScorecardFilter &filter,
                                        const ScorecardViewer &viewer, qint64 id) const
{
    QVariantList values;
    const QString where = visibleWhere(filter, viewer, values) + u" AND s.id = ?"_s;
    values.append(id);
    const auto found = summariesWhere(where, values, 1);
    if (!found)
        return Error { found.error() };
    return !found->isEmpty();
}

Result<int> ScorecardRepository::hiddenCount(const ScorecardFilter &filter,
                                             const ScorecardViewer &viewer) const
{
    if (!viewer.independentScoring)
        return 0;
    QVariantList values;
    QString where = whereClause(filter, values);
    values << viewer.interviewer << draftValues(viewer);
    where += u" AND s.interviewer <> ? AND s.candidate_id IN (%1)"_s.arg(ViewerDraftCandidates);
    int hidden = 0;
    const auto read = sql::forEachRow(
        m_db,
        u"SELECT count(*) FROM scorecards s JOIN candidates c ON c.id = s.candidate_id WHERE "_s
            + where,
        values, [&hidden](const sql::Row &row) { hidden = int(row.integer(0)); });
    if (!read)
        return accessError(read.error());
    return hidden;
}

Result<QList<ScorecardSummary>> ScorecardRepository::summariesWhere(const QString &where,
                                                                    const QVariantList &values,
                                                                    int limit) const
{
    QList<ScorecardSummary> result;
    QVariantList bound = values;
    bound.append(limit); // LIMIT -1: no limit
    // Every posting's scorecards are tens of thousands of rows: read without a QVariant per
    // value (sql::forEachRow), which halves the time of this listing.
    const auto read = sql::forEachRow(
        m_db,
        u"SELECT s.id, s.candidate_id, c.name, s.interviewer, s.kit_id, s.status, "
        "s.recommendation, s.updated_at, "
        // Kept by triggers on the answers (schema 9), not counted here.
        "s.question_count, s.answered_count "
        "FROM scorecards s JOIN candidates c ON c.id = s.candidate_id WHERE "_s
            + where + u" ORDER BY s.updated_at DESC, s.id DESC LIMIT ?"_s,
        bound, [&result](const sql::Row &row) {
            ScorecardSummary card;
            card.id = row.integer(0);
            card.candidateId = row.integer(1);
            card.candidateName = row.text(2);
            card.interviewer = row.text(3);
            if (!row.isNull(4))
                card.kitId = row.integer(4);
            card.status = scorecardStatusFromKey(row.text(5)).value_or(ScorecardStatus::Draft);
            card.recommendation = recommendationFromKey(row.text(6));
            card.updatedAtText = row.text(7);
            card.updatedAt = sql::toDateTime(card.updatedAtText);
            card.questions = int(row.integer(8));
            card.answered = int(row.integer(9));
            result.append(std::move(card));
        });
    if (!read)
        return accessError(read.error());
    return result;
}

Status ScorecardRepository::checkEditable(qint64 id, std::optional<qint64> questionId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT status FROM scorecards WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return queryError(query);
    if (!query.next())
        return noSuchScorecard(id);
    if (query.value(0).toString() != u"draft"_s) {
        return Error { ScorecardText::tr("Scorecard %1 is submitted and read-only; reopen it to "
                                         "change it.")
                           .arg(id) };
    }
    if (!questionId)
        return {};
    query.prepare(u"SELECT 1 FROM scorecard_answers WHERE scorecard_id = ? AND question_id = ?"_s);
    query.addBindValue(id);
    query.addBindValue(*questionId);
    if (!query.exec())
        return queryError(query);
    if (!query.next()) {
        return Error {
            ScorecardText::tr("Question %1 is not on scorecard %2.").arg(*questionId).arg(id)
        };
    }
    return {};
}

Status ScorecardRepository::touch(qint64 id)
{
    return run(m_db, u"UPDATE scorecards SET updated_at = ? WHERE id = ?"_s, { now(), id });
}

Status ScorecardRepository::addEvent(qint64 id, const QString &event, const QString &actor,
                                     const QString &note)
{
    return run(m_db,
               u"INSERT INTO scorecard_events (scorecard_id, at, event, actor, note) "
               "VALUES (?, ?, ?, ?, ?)"_s,
               { id, now(), event, sql::text(actor), sql::text(note) });
}

Status ScorecardRepository::setRating(qint64 id, qint64 questionId, std::optional<int> rating,
                                      bool notAsked)
{
    if (rating && (*rating < 1 || *rating > 4)) {
        return Error {
            ScorecardText::tr("A rating is 1 (Strong No) to 4 (Strong Yes), not %1.").arg(*rating)
        };
    }
    Transaction transaction(m_db);
    Status status = checkEditable(id, questionId);
    if (status) {
        status =
            run(m_db,
                u"UPDATE scorecard_answers SET rating = ?, not_asked = ? "
                "WHERE scorecard_id = ? AND question_id = ?"_s,
                { rating && !notAsked ? QVariant(*rating) : QVariant(QMetaType::fromType<int>()),
                  notAsked ? 1 : 0, id, questionId });
    }
    if (status)
        status = touch(id);
    if (status && !transaction.commit())
        return Error { transaction.errorString() };
    return status;
}

Status ScorecardRepository::setAnswer(qint64 id, qint64 questionId, std::optional<int> rating,
                                      bool notAsked, const std::optional<QString> &note)
{
    Transaction transaction(m_db);
    Status status = setRating(id, questionId, rating, notAsked);
    if (status && note)
        status = setNote(id, questionId, *note);
    if (status && !transaction.commit())
        return Error { transaction.errorString() };
    return status;
}

Status ScorecardRepository::setNote(qint64 id, qint64 questionId, const QString &note)
{
    Transaction transaction(m_db);
    Status status = checkEditable(id, questionId);
    if (status) {
        status = run(m_db,
                     u"UPDATE scorecard_answers SET note = ? WHERE scorecard_id = ? AND "
                     "question_id = ?"_s,
                     { sql::text(note), id, questionId });
    }
    if (status)
        status = touch(id);
    if (status && !transaction.commit())
        return Error { transaction.errorString() };
    return status;
}

Status ScorecardRepository::setRedFlag(qint64 id, qint64 redFlagId, bool raised,
                                       const QString &note)
{
    Transaction transaction(m_db);
    Status status = checkEditable(id);
    if (status) {
        status = raised ? run(m_db,
                              u"INSERT INTO scorecard_red_flags (scorecard_id, red_flag_id, note) "
                              "VALUES (?, ?, ?) ON CONFLICT (scorecard_id, red_flag_id) "
                              "DO UPDATE SET note = excluded.note"_s,
                              { id, redFlagId, sql::text(note) })
                        : run(m_db,
                              u"DELETE FROM scorecard_red_flags WHERE scorecard_id = ? AND "
                              "red_flag_id = ?"_s,
                              { id, redFlagId });
    }
    if (status)
        status = touch(id);
    if (status && !transaction.commit())
        return Error { transaction.errorString() };
    return status;
}

Status ScorecardRepository::setKeyTakeaways(qint64 id, const QString &text)
{
    Transaction transaction(m_db);
    Status status = checkEditable(id);
    if (status) {
        status =
            run(m_db, u"UPDATE scorecards SET key_takeaways = ?, updated_at = ? WHERE id = ?"_s,
                { sql::text(text), now(), id });
    }
    if (status && !transaction.commit())
        return Error { transaction.errorString() };
    return status;
}

Status ScorecardRepository::setRecommendation(qint64 id,
                                              std::optional<Recommendation> recommendation)
{
    Transaction transaction(m_db);
    Status status = checkEditable(id);
    if (status) {
        status =
            run(m_db, u"UPDATE scorecards SET recommendation = ?, updated_at = ? WHERE id = ?"_s,
                { recommendation ? QVariant(toKey(*recommendation))
                                 : QVariant(QMetaType::fromType<QString>()),
                  now(), id });
    }
    if (status && !transaction.commit())
        return Error { transaction.errorString() };
    return status;
}

Status ScorecardRepository::setLiveProgress(qint64 id, int position, int elapsedSeconds,
                                            qint64 questionId, int questionSeconds)
{
    Transaction transaction(m_db);
    Status status = checkEditable(id);
    if (status) {
        status = run(m_db,
                     u"UPDATE scorecards SET live_position = ?, live_elapsed_seconds = ? "
                     "WHERE id = ?"_s,
                     { position, elapsedSeconds, id });
    }
    if (status) {
        status = run(m_db,
                     u"UPDATE scorecard_answers SET seconds_spent = ? WHERE scorecard_id = ? AND "
                     "question_id = ?"_s,
                     { questionSeconds, id, questionId });
    }
    if (status && !transaction.commit())
        return Error { transaction.errorString() };
    return status;
}

Status ScorecardRepository::submit(qint64 id, const QString &actor)
{
    Transaction transaction(m_db);
    Status status = checkEditable(id);
    if (status) {
        status =
            run(m_db, u"UPDATE scorecards SET status = 'submitted', updated_at = ? WHERE id = ?"_s,
                { now(), id });
    }
    if (status)
        status = addEvent(id, u"submitted"_s, actor, QString());
    if (status && !transaction.commit())
        return Error { transaction.errorString() };
    return status;
}

Status ScorecardRepository::reopen(qint64 id, const QString &actor, const QString &reason)
{
    Transaction transaction(m_db);
    int changed = 0;
    Status status = run(m_db,
                        u"UPDATE scorecards SET status = 'draft', updated_at = ? "
                        "WHERE id = ? AND status = 'submitted'"_s,
                        { now(), id }, &changed);
    if (status && changed != 1) {
        const auto card = load(id);
        return card ? Error { ScorecardText::tr("Scorecard %1 is not submitted.").arg(id) }
                    : Error { card.error() };
    }
    if (status)
        status = addEvent(id, u"reopened"_s, actor, reason);
    if (status && !transaction.commit())
        return Error { transaction.errorString() };
    return status;
}

Result<QList<ScorecardEvent>> ScorecardRepository::events(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT at, event, actor, note FROM scorecard_events WHERE scorecard_id = ? "
                  "ORDER BY id"_s);
    query.addBindValue(id);
    if (!query.exec())
        return queryError(query);
    QList<ScorecardEvent> result;
    while (query.next()) {
        result.append({ sql::toDateTime(query.value(0)), query.value(1).toString(),
                        query.value(2).toString(), query.value(3).toString() });
    }
    return result;
}

Status ScorecardRepository::writeContent(qint64 id, const Scorecard &card)
{
    Status status = run(m_db,
                        u"UPDATE scorecards SET interviewer = ?, status = ?, recommendation = ?, "
                        "key_takeaways = ?, updated_at = ? WHERE id = ?"_s,
                        { sql::text(card.interviewer), toKey(card.status),
                          card.recommendation ? QVariant(toKey(*card.recommendation))
                                              : QVariant(QMetaType::fromType<QString>()),
                          sql::text(card.keyTakeaways), sql::fromDateTime(card.updatedAt), id });
    for (const QString &table : { u"scorecard_answers"_s, u"scorecard_red_flags"_s }) {
        if (status)
            status = run(m_db, u"DELETE FROM %1 WHERE scorecard_id = ?"_s.arg(table), { id });
    }
    for (const ScorecardAnswer &answer : card.answers) {
        if (!status)
            break;
        status =
            run(m_db,
                u"INSERT INTO scorecard_answers (scorecard_id, question_id, rating, not_asked, "
                "note, seconds_spent) VALUES (?, ?, ?, ?, ?, ?)"_s,
                { id, answer.questionId,
                  answer.rating ? QVariant(*answer.rating) : QVariant(QMetaType::fromType<int>()),
                  answer.notAsked ? 1 : 0, sql::text(answer.note), answer.secondsSpent });
    }
    for (const ScorecardRedFlag &flag : card.redFlags) {
        if (!status)
            break;
        status = run(m_db,
                     u"INSERT INTO scorecard_red_flags (scorecard_id, red_flag_id, note) "
                     "VALUES (?, ?, ?)"_s,
                     { id, flag.redFlagId, sql::text(flag.note) });
    }
    return status;
}

Result<MergeOutcome> ScorecardRepository::merge(const Scorecard &incoming)
{
    if (QUuid::fromString(incoming.uuid).isNull())
        return Error { ScorecardText::tr("The scorecard has no valid uuid.") };
    const auto existing = findByUuid(incoming.uuid);
    if (!existing)
        return Error { existing.error() };

    Transaction transaction(m_db);
    MergeOutcome outcome = MergeOutcome::Created;
    qint64 id = 0;
    if (*existing) {
        const auto local = load(**existing);
        if (!local)
            return Error { local.error() };
        // Answers compare by question: the order depends on each library's kit.
        const auto byQuestion = [](QList<ScorecardAnswer> answers) {
            std::sort(answers.begin(), answers.end(),
                      [](const auto &a, const auto &b) { return a.questionId < b.questionId; });
            return answers;
        };
        const bool same = local->status == incoming.status
            && local->recommendation == incoming.recommendation
            && local->keyTakeaways == incoming.keyTakeaways
            && byQuestion(local->answers) == byQuestion(incoming.answers)
            && local->redFlags == incoming.redFlags;
        if (same)
            return MergeOutcome::Unchanged;
        if (!(incoming.updatedAt > local->updatedAt))
            return MergeOutcome::KeptLocalNewer;
        id = local->id;
        outcome = MergeOutcome::Updated;
    } else {
        QSqlQuery query(m_db);
        query.prepare(u"INSERT INTO scorecards (uuid, posting_id, candidate_id, interviewer, "
                      "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
        query.addBindValue(incoming.uuid);
        query.addBindValue(sql::fromOptionalId(incoming.postingId));
        query.addBindValue(incoming.candidateId);
        query.addBindValue(sql::text(incoming.interviewer));
        query.addBindValue(sql::fromDateTime(incoming.createdAt.isValid() ? incoming.createdAt
                                                                          : incoming.updatedAt));
        query.addBindValue(sql::fromDateTime(incoming.updatedAt));
        if (!query.exec())
            return queryError(query);
        id = query.lastInsertId().toLongLong();
    }
    Status status = writeContent(id, incoming);
    if (status)
        status = addEvent(id, u"imported"_s, incoming.interviewer, QString());
    if (!status)
        return Error { status.error() };
    if (!transaction.commit())
        return Error { transaction.errorString() };
    return outcome;
}

} // namespace hirekit
