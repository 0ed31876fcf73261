#pragma once

#include "core/Interview.h"
#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>

namespace hirekit {

// Who reads a list of scorecards, for independent scoring: while `interviewer` holds a draft
// for a candidate, the other interviewers' scorecards for that candidate stay hidden.
struct ScorecardViewer
{
    QString interviewer;
    bool independentScoring = true;
};

// Reads and writes interview scorecards. Every change is its own small transaction, saved at
// once, and changes to a submitted scorecard are refused until it is reopened.
class ScorecardRepository
{
public:
    explicit ScorecardRepository(QSqlDatabase db);

    // A new draft scorecard with one unrated answer per question of the kit (without a kit,
    // of the whole question bank), and a "created" event.
    Result<Scorecard> create(qint64 candidateId, const QString &interviewer,
                             std::optional<qint64> kitId, std::optional<qint64> postingId);
    Result<Scorecard> load(qint64 id) const;
    Result<std::optional<qint64>> findByUuid(const QString &uuid) const;
    // Scorecards matching `filter`, newest first, complete with answers and red flags.
    Result<QList<Scorecard>> list(const ScorecardFilter &filter = {}) const;
    // The same scorecards as list(), as list lines: one query, no answers or notes.
    Result<QList<ScorecardSummary>> summaries(const ScorecardFilter &filter = {}) const;
    // The list line of one scorecard, as summaries() gives it.
    Result<ScorecardSummary> summary(qint64 id) const;
    // A page of summaries() as `viewer` may see them: at most `limit` lines, those after the
    // line `after` as it was listed (nullptr: from the first). A list read a page at a time
    // never reads the twenty thousand lines no one scrolls to; a line changed or deleted
    // since it was listed still marks where the next page starts. The draft that hides a
    // candidate's other scorecards may be under any posting, as on the candidate's debrief;
    // visibleScorecards() on one posting's list looks at that posting's drafts only.
    Result<QList<ScorecardSummary>> summariesPage(const ScorecardFilter &filter,
                                                  const ScorecardViewer &viewer,
                                                  const ScorecardSummary *after, int limit) const;
    // Whether summariesPage() lists scorecard `id` for `viewer`.
    Result<bool> lists(const ScorecardFilter &filter, const ScorecardViewer &viewer,
                       qint64 id) const;
    // How many of the scorecards matching `filter` summariesPage() hides from `viewer`.
    Result<int> hiddenCount(const ScorecardFilter &filter, const ScorecardViewer &viewer) const;

    // Rates a question (1 to 4), marks it not asked, or clears it (no rating, asked).
    Status setRating(qint64 id, qint64 questionId, std::optional<int> rating,
                     bool notAsked = false);
    Status setNote(qint64 id, qint64 questionId, const QString &note);
    // Rating and note of one question in one transaction (for the command line's
    // "rate --note"); a nullopt note leaves the note as it is.
    Status setAnswer(qint64 id, qint64 questionId, std::optional<int> rating, bool notAsked,
                     const std::optional<QString> &note);
    Status setRedFlag(qint64 id, qint64 redFlagId, bool raised, const QString &note = {});
    Status setKeyTakeaways(qint64 id, const QString &text);
    Status setRecommendation(qint64 id, std::optional<Recommendation> recommendation);
    // Where live mode is: the kit position, the interview's seconds so far, and the seconds
    // spent on the current question.
    Status setLiveProgress(qint64 id, int position, int elapsedSeconds, qint64 questionId,
                           int questionSeconds);

    Status submit(qint64 id, const QString &actor);
    Status reopen(qint64 id, const QString &actor, const QString &reason);
    Result<QList<ScorecardEvent>> events(qint64 id) const;

    // Brings in a scorecard from another library (matched by UUID): creates it, replaces an
    // older version, or keeps a newer local one. Never overwrites newer data silently.
    Result<MergeOutcome> merge(const Scorecard &incoming);

private:
    static QString whereClause(const ScorecardFilter &filter, QVariantList &values);
    // whereClause() and what independent scoring hides from `viewer`.
    static QString visibleWhere(const ScorecardFilter &filter, const ScorecardViewer &viewer,
                                QVariantList &values);
    Result<QList<Scorecard>> loadWhere(const QString &where, const QVariantList &values) const;
    Result<QList<ScorecardSummary>> summariesWhere(const QString &where, const QVariantList &values,
                                                   int limit = -1) const;
    Status checkEditable(qint64 id, std::optional<qint64> questionId = std::nullopt) const;
    Status touch(qint64 id);
    Status addEvent(qint64 id, const QString &event, const QString &actor, const QString &note);
    Status writeContent(qint64 id, const Scorecard &scorecard);

    QSqlDatabase m_db;
};

} // namespace hirekit
