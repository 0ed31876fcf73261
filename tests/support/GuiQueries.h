#pragma once

// The library reads the window makes when a person uses it, as named calls through the
// repositories: listing each tab, filtering, searching, opening one item. The query-plan
// test (tests/lib/tst_queryplans) checks every statement they run for full scans; the
// performance runner (tests/benchmarks/bench_library) times them on the big library.
#include "storage/CandidateRepository.h"
#include "storage/KitRepository.h"
#include "storage/PostingRepository.h"
#include "storage/QuestionRepository.h"
#include "storage/RevisionRepository.h"
#include "storage/SalaryRepository.h"
#include "storage/SalaryRowPager.h"
#include "storage/ScorecardRepository.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace hirekit::testsupport {

struct GuiQuery
{
    QString name;
    std::function<Status()> run;
    // Tables the query may read whole: listing everything of a kind reads it all anyway.
    QStringList mayScan;
    // Its rows come in their order from an index; sorting them all (USE TEMP B-TREE FOR
    // ORDER BY) would fail the query-plan test. Only the long lists say so.
    bool orderFromIndex = false;
    // Its rows are read from an index alone (USING COVERING INDEX), never from the table,
    // whose rows hold what the list leaves out (a candidate's notes).
    bool fromIndexAlone = false;
};

// What the queries are about: the first posting, the biggest dataset and one of its areas, a
// candidate with scorecards. Read once from the library.
struct GuiQueryTargets
{
    qint64 postingId = 0;
    qint64 datasetId = 0;
    QString area;
    QString role;
    qint64 candidateId = 0;
    qint64 scorecardId = 0;
    QString interviewer; // of that scorecard: the one at the window, for independent scoring
    ScorecardSummary scorecardLine; // that scorecard as listed
};

inline Result<GuiQueryTargets> findTargets(const QSqlDatabase &db)
{
    GuiQueryTargets targets;
    const auto postings = PostingRepository(db).list();
    if (!postings || postings->isEmpty())
        return Error { postings ? QStringLiteral("no postings") : postings.error() };
    targets.postingId = postings->first().id;
    const auto datasets = SalaryRepository(db).datasets();
    if (!datasets || datasets->isEmpty())
        return Error { datasets ? QStringLiteral("no datasets") : datasets.error() };
    const SalaryDataset *biggest = &datasets->first();
    for (const SalaryDataset &dataset : *datasets) {
        if (dataset.rowCount > biggest->rowCount)
            biggest = &dataset;
    }
    targets.datasetId = biggest->id;
    const auto summary = SalaryRepository(db).summary(targets.datasetId);
    if (!summary || summary->areas.isEmpty() || summary->roles.isEmpty())
        return Error { summary ? QStringLiteral("an empty dataset") : summary.error() };
    targets.area = summary->areas.at(summary->areas.size() / 2).value;
    targets.role = summary->roles.at(summary->roles.size() / 2).value;
    const auto cards = ScorecardRepository(db).summaries();
    if (!cards || cards->isEmpty())
        return Error { cards ? QStringLiteral("no scorecards") : cards.error() };
    targets.candidateId = cards->at(cards->size() / 2).candidateId;
    targets.scorecardId = cards->at(cards->size() / 2).id;
    targets.interviewer = cards->at(cards->size() / 2).interviewer;
    targets.scorecardLine = cards->at(cards->size() / 2);
    return targets;
}

template<typename T> Status done(const Result<T> &result)
{
    if (!result)
        return Error { result.error() };
    return {};
}

inline QList<GuiQuery> guiQueries(const QSqlDatabase &db, const GuiQueryTargets &t)
{
    const auto byArea = [t](SalarySortKey sort) {
        SalaryRowQuery query;
        query.datasetId = t.datasetId;
        query.areas = QStringList { t.area };
        query.sortKey = sort;
        return query;
    };
    return {
        // Postings tab
        { QStringLiteral("postings: list"),
          [db] { return done(PostingRepository(db).list()); },
          { QStringLiteral("p") },
          true },
        { QStringLiteral("postings: newest for the first paint"),
          [db] {
              PostingQuery query;
              query.limit = 100;
              return done(PostingRepository(db).list(query));
          },
          // The hundred postings the subquery "p" found through postings_by_update.
          { QStringLiteral("p") } },
        { QStringLiteral("postings: a part of the rest, near the end"),
          [db] {
              // The rest is read in parts after the first paint, each from the last row
              // read (PostingsTab::readRestOfList): 99, 349, ...; 1599 is the last full part
              // of the big library's 2,000.
              PostingQuery query;
              query.offset = 1599;
              query.limit = 251;
              return done(PostingRepository(db).list(query));
          },
          { QStringLiteral("p") } },
        // The postings boxes of the Interviews tab and the Compensation page
        { QStringLiteral("postings: titles to choose from"),
          [db] { return done(PostingRepository(db).titles()); },
          {},
          true },
        { QStringLiteral("postings: search \"kubernetes\" (1 in 6)"),
          [db] {
              PostingQuery query;
              query.text = QStringLiteral("kubernetes");
              return done(PostingRepository(db).list(query));
          },
          {} },
        { QStringLiteral("postings: search \"senior platform\""),
          [db] {
              PostingQuery query;
              query.text = QStringLiteral("senior platform");
              return done(PostingRepository(db).list(query));
          },
          {} },
        { QStringLiteral("postings: open one"),
          [db, t] { return done(PostingRepository(db).load(t.postingId)); },
          {} },
        { QStringLiteral("postings: revisions of one"),
          [db, t] { return done(RevisionRepository(db).list(t.postingId)); },
          {} },
        // Salaries tab
        { QStringLiteral("salaries: datasets"),
          [db] { return done(SalaryRepository(db).datasets()); },
          { QStringLiteral("d") } },
        { QStringLiteral("salaries: summary of the biggest dataset"),
          [db, t] { return done(SalaryRepository(db).summary(t.datasetId)); },
          {} },
        { QStringLiteral("salaries: count one area"),
          [db, byArea] {
              return done(SalaryRepository(db).countRows(byArea(SalarySortKey::Area)));
          },
          {} },
        { QStringLiteral("salaries: first page of one area"),
          [db, byArea] {
              return done(SalaryRepository(db).rows(byArea(SalarySortKey::Area), 0, 256));
          },
          {} },
        // The End key in the table: the last page, its count known from the summary.
        { QStringLiteral("salaries: last page of the biggest dataset"),
          [db, t] {
              SalaryRowQuery query;
              query.datasetId = t.datasetId;
              const auto summary = SalaryRepository(db).summary(t.datasetId);
              if (!summary)
                  return Status(Error { summary.error() });
              const std::optional<qint64> count = summary->knownRowCount(query);
              if (!count)
                  return Status(Error { QStringLiteral("the summary does not count the rows") });
              SalaryRowPager pager(db, query, count);
              return done(pager.rows(*count - 256, 256));
          },
          {} },
        { QStringLiteral("salaries: one area sorted by median"),
          [db, byArea] { return done(SalaryRepository(db).rowIds(byArea(SalarySortKey::Median))); },
          {} },
        { QStringLiteral("salaries: one role, first page"),
          [db, t] {
              SalaryRowQuery query;
              query.datasetId = t.datasetId;
              query.roles = QStringList { t.role };
              return done(SalaryRepository(db).rows(query, 0, 256));
          },
          {} },
        // Interviews tab
        { QStringLiteral("interviews: questions"),
          [db] { return done(QuestionRepository(db).list()); },
          { QStringLiteral("interview_questions") } },
        { QStringLiteral("interviews: kits"),
          [db] { return done(KitRepository(db).list()); },
          { QStringLiteral("interview_kits") } },
        // The Candidates page reads its list a page at a time (CandidateListModel::PageSize),
        // by name at first; the other orders sort the candidates of the list.
        { QStringLiteral("interviews: all candidates, first page"),
          [db] { return done(CandidateRepository(db).page({}, {}, 0, 200)); },
          { QStringLiteral("candidates") },
          /* orderFromIndex */ true,
          /* fromIndexAlone */ true },
        { QStringLiteral("interviews: all candidates, a page near the end"),
          [db] { return done(CandidateRepository(db).page({}, {}, 9800, 200)); },
          { QStringLiteral("candidates") },
          /* orderFromIndex */ true,
          /* fromIndexAlone */ true },
        { QStringLiteral("interviews: all candidates by stage, first page"),
          [db] {
              return done(
                  CandidateRepository(db).page({}, { CandidateOrder::Stage, true }, 0, 200));
          },
          { QStringLiteral("candidates") },
          /* orderFromIndex */ false,
          /* fromIndexAlone */ true },
        { QStringLiteral("interviews: candidates due for erasure, how many"),
          [db] {
              CandidateFilter due;
              due.addedBefore = QDateTime::currentDateTimeUtc().addMonths(-12);
              return done(CandidateRepository(db).count(due));
          },
          {} },
        { QStringLiteral("interviews: all candidates' names (boxes)"),
          [db] { return done(CandidateRepository(db).names()); },
          { QStringLiteral("candidates") },
          /* orderFromIndex */ true,
          /* fromIndexAlone */ true },
        // A box of candidates holds the first by name (an index read that stops at one row)
        // or the one chosen, until a person goes to choose.
        { QStringLiteral("interviews: the first candidate's name (boxes)"),
          [db] { return done(CandidateRepository(db).names(std::nullopt, 1)); },
          { QStringLiteral("candidates") },
          true },
        { QStringLiteral("interviews: a candidate's name (boxes)"),
          [db, t] { return done(CandidateRepository(db).name(t.candidateId)); },
          {} },
        // The Scorecards page with every posting's scorecards: a page at a time, as the
        // interviewer at the window may see them (independent scoring), and what it hides.
        { QStringLiteral("interviews: all scorecards, first page"),
          [db, t] {
              return done(
                  ScorecardRepository(db).summariesPage({}, { t.interviewer, true }, nullptr, 200));
          },
          { QStringLiteral("s") },
          true },
        { QStringLiteral("interviews: all scorecards, a page halfway"),
          [db, t] {
              return done(ScorecardRepository(db).summariesPage({}, { t.interviewer, true },
                                                                &t.scorecardLine, 200));
          },
          {},
          true },
        { QStringLiteral("interviews: scorecards of a posting, first page"),
          [db, t] {
              ScorecardFilter filter;
              filter.postingId = t.postingId;
              return done(ScorecardRepository(db).summariesPage(filter, { t.interviewer, true },
                                                                nullptr, 200));
          },
          {} },
        { QStringLiteral("interviews: is a scorecard listed (choosing it)"),
          [db, t] {
              return done(
                  ScorecardRepository(db).lists({}, { t.interviewer, true }, t.scorecardId));
          },
          {} },
        { QStringLiteral("interviews: all scorecards, how many hidden"),
          [db, t] {
              return done(ScorecardRepository(db).hiddenCount({}, { t.interviewer, true }));
          },
          {} },
        { QStringLiteral("interviews: candidates of a posting, first page"),
          [db, t] {
              CandidateFilter ofPosting;
              ofPosting.postingId = t.postingId;
              return done(CandidateRepository(db).page(ofPosting, {}, 0, 200));
          },
          {} },
        { QStringLiteral("interviews: scorecards of a posting"),
          [db, t] {
              ScorecardFilter filter;
              filter.postingId = t.postingId;
              return done(ScorecardRepository(db).summaries(filter));
          },
          {} },
        { QStringLiteral("interviews: search notes \"sharding\", first page"),
          [db, t] {
              ScorecardFilter filter;
              filter.text = QStringLiteral("sharding");
              return done(ScorecardRepository(db).summariesPage(filter, { t.interviewer, true },
                                                                nullptr, 200));
          },
          // In the list's order, each line checked against the matches (see whereClause()).
          { QStringLiteral("s") },
          true },
        { QStringLiteral("interviews: search notes \"shard\", first page"),
          [db, t] {
              ScorecardFilter filter;
              filter.text = QStringLiteral("shard");
              return done(ScorecardRepository(db).summariesPage(filter, { t.interviewer, true },
                                                                nullptr, 200));
          },
          // In the list's order, each line checked against the matches (see whereClause()).
          { QStringLiteral("s") },
          true },
        { QStringLiteral("interviews: debrief of a candidate"),
          [db, t] {
              ScorecardFilter filter;
              filter.candidateId = t.candidateId;
              return done(ScorecardRepository(db).list(filter));
          },
          {} },
        { QStringLiteral("interviews: open a scorecard"),
          [db, t] { return done(ScorecardRepository(db).load(t.scorecardId)); },
          {} },
    };
}

} // namespace hirekit::testsupport
