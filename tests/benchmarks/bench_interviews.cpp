// Interview scorecards at scale (issue 5): a generator fills a library with 10,000
// scorecards (deterministic seed, through the repositories, in one transaction), then
// measures what an interviewer waits for:
//   (a) saving one rating or one note change (ScorecardRepository::setRating / setNote, each
//       its own transaction with the library's synchronous=FULL), median and p99 over
//       --saves of each, on drafts spread across the library, with the write-ahead log's
//       checkpoints in the commits (SQLite's default) and then on a worker thread
//       (BackgroundCheckpoints, as the window has them). Target: p99 under 5 ms.
//   (b) opening a candidate's debrief with 6 scorecards (ScorecardRepository::list by
//       candidate + buildDebrief), over --debriefs candidates. Target: under 100 ms.
//   (c) erasing a candidate with 6 scorecards (CandidateRepository::erase: the rows, the
//       notes' search index merged, the write-ahead log emptied), --erasures times. No
//       target: the window erases on a worker thread (CandidateErasureJob); this is how long
//       the page says "Erasing…".
// Prints a table. Not a CTest test: timings are not pass/fail on shared machines.
//
//   bench_interviews [--scorecards N] [--saves N] [--debriefs N] [--erasures N] [--seed N]
//                    [--keep PATH]
#include "BenchSummary.h"
#include "analysis/Debrief.h"
#include "storage/BackgroundCheckpoints.h"
#include "storage/CandidateRepository.h"
#include "storage/GuideRepository.h"
#include "storage/KitRepository.h"
#include "storage/Library.h"
#include "storage/QuestionRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace hirekit;

namespace {

constexpr int ScorecardsPerCandidate = 6;
constexpr int QuestionsPerKit = 6;
// One scorecard in this many stays a draft: those are what the save benchmark edits.
constexpr int DraftEvery = 5;

struct Options
{
    int scorecards = 10000;
    int saves = 1000;
    int debriefs = 200;
    int erasures = 10;
    quint32 seed = 20261129;
    QString keep;
};

struct Stats
{
    int runs = 0;
    double median = 0;
    double p99 = 0;
    double max = 0;
};

Stats stats(QList<double> times)
{
    std::sort(times.begin(), times.end());
    Stats result;
    result.runs = int(times.size());
    if (times.isEmpty())
        return result;
    result.median = bench::percentile(times, 0.5);
    result.p99 = bench::percentile(times, 0.99);
    result.max = times.last();
    return result;
}

// The last column: the verdict against a target, or what the row is instead.
void printRow(const char *what, const Stats &s, const char *note)
{
    std::printf("%-44s %6d %9.3f %9.3f %9.3f   %s\n", what, s.runs, s.median, s.p99, s.max, note);
}

void printRow(const char *what, const Stats &s, double target)
{
    printRow(what, s, s.p99 < target ? "ok" : "OVER TARGET");
}

bool fail(const QString &message)
{
    std::fprintf(stderr, "bench_interviews: %s\n", qPrintable(message));
    return false;
}

int exitWith(const QString &message, int code = 1)
{
    fail(message);
    return code;
}

const QStringList firstNames { u"Ada"_s,     u"Grace"_s,  u"Linus"_s, u"Barbara"_s, u"Ken"_s,
                               u"Frances"_s, u"Edsger"_s, u"Radia"_s, u"Donald"_s,  u"Margaret"_s };
const QStringList interviewers { u"Priya Shah"_s,  u"Alex Chen"_s, u"Morgan Lee"_s,
                                 u"Sam Okafor"_s,  u"Dana Kim"_s,  u"Jordan Reyes"_s,
                                 u"Chris Novak"_s, u"Robin Berg"_s };

struct Generated
{
    QList<qint64> drafts; // (scorecard ids) the save benchmark edits these
    QList<qint64> sixCardCandidates;
    QHash<qint64, QList<qint64>> questions; // scorecard id -> its question ids
};

// Candidates with six scorecards each (the last one may have fewer), one kit of six
// questions per posting, ratings, notes, a red flag now and then, a recommendation, and four
// in five submitted. All through the repositories, in one transaction.
bool generate(Library &library, const Options &options, Generated &out)
{
    QSqlDatabase db = library.database();
    QRandomGenerator random(options.seed);
    const auto bank = QuestionRepository(db).list();
    if (!bank)
        return fail(bank.error());

    Transaction transaction(db);
    QList<qint64> kits;
    for (int k = 0; k < 4; ++k) {
        InterviewKit kit;
        kit.name = u"Kit %1"_s.arg(k + 1);
        kit.stage = u"Onsite"_s;
        for (int q = 0; q < QuestionsPerKit; ++q)
            kit.questionIds.append(bank->at((k * 4 + q) % bank->size()).id);
        const auto added = KitRepository(db).insert(kit);
        if (!added)
            return fail(added.error());
        kits.append(added.value());
    }

    CandidateRepository candidates(db);
    ScorecardRepository cards(db);
    const auto flags = GuideRepository(db).redFlags();
    if (!flags || flags->isEmpty())
        return fail(flags ? u"no red flags"_s : flags.error());
    const qint64 flag = flags->first().id;
    qint64 candidateId = 0;
    int onCandidate = 0;
    for (int i = 0; i < options.scorecards; ++i) {
        if (i % ScorecardsPerCandidate == 0) {
            if (candidateId && onCandidate == ScorecardsPerCandidate)
                out.sixCardCandidates.append(candidateId);
            Candidate candidate;
            candidate.name = u"%1 %2"_s.arg(firstNames.at(random.bounded(firstNames.size())))
                                 .arg(i / ScorecardsPerCandidate);
            candidate.stage = u"Interviewing"_s;
            const auto added = candidates.insert(candidate);
            if (!added)
                return fail(added.error());
            candidateId = added.value();
            onCandidate = 0;
        }
        const qint64 kit = kits.at(random.bounded(kits.size()));
        const auto card =
            cards.create(candidateId, interviewers.at(onCandidate), kit, std::nullopt);
        if (!card)
            return fail(card.error());
        ++onCandidate;
        QList<qint64> questionIds;
        for (const ScorecardAnswer &answer : card->answers) {
            questionIds.append(answer.questionId);
            const int rating = int(random.bounded(5)); // 0: not asked
            if (auto rated = cards.setRating(card->id, answer.questionId,
                                             rating ? std::optional<int>(rating) : std::nullopt,
                                             rating == 0);
                !rated) {
                return fail(rated.error());
            }
            if (auto noted = cards.setNote(card->id, answer.questionId,
                                           u"Answer %1: explained the trade-offs of option %2 "
                                           "and asked about the team's on-call rota."_s.arg(i)
                                               .arg(random.bounded(100)));
                !noted) {
                return fail(noted.error());
            }
        }
        out.questions.insert(card->id, questionIds);
        if (random.bounded(8) == 0)
            (void)cards.setRedFlag(card->id, flag, true, u"Interrupted often"_s);
        (void)cards.setKeyTakeaways(card->id, u"Takeaways for scorecard %1."_s.arg(i));
        (void)cards.setRecommendation(card->id, Recommendation(random.bounded(4)));
        if (i % DraftEvery == 0) {
            out.drafts.append(card->id);
        } else if (auto submitted = cards.submit(card->id, interviewers.at(onCandidate - 1));
                   !submitted) {
            return fail(submitted.error());
        }
    }
    if (candidateId && onCandidate == ScorecardsPerCandidate)
        out.sixCardCandidates.append(candidateId);
    if (!transaction.commit())
        return fail(transaction.errorString());
    return true;
}

struct SaveTimes
{
    QList<double> ratings;
    QList<double> notes;
};

// `saves` ratings and notes on random drafts; an error message, or nothing.
QString measureSaves(ScorecardRepository &cards, const Generated &generated, int saves,
                     QRandomGenerator &random, SaveTimes &times)
{
    QElapsedTimer timer;
    for (int i = 0; i < saves; ++i) {
        const qint64 id = generated.drafts.at(random.bounded(generated.drafts.size()));
        const QList<qint64> &questions = generated.questions.value(id);
        const qint64 question = questions.at(random.bounded(questions.size()));
        timer.start();
        const Status rated = cards.setRating(id, question, int(random.bounded(4)) + 1);
        times.ratings.append(double(timer.nsecsElapsed()) / 1e6);
        if (!rated)
            return rated.error();
        const QString note = u"Live note %1: the candidate walked through sharding keys by "
                             "customer and what happens on a hot partition."_s.arg(i);
        timer.start();
        const Status noted = cards.setNote(id, question, note);
        times.notes.append(double(timer.nsecsElapsed()) / 1e6);
        if (!noted)
            return noted.error();
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    Options options;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        const QString &name = args.at(i);
        const QString &value = args.at(i + 1);
        if (name == u"--scorecards"_s)
            options.scorecards = value.toInt();
        else if (name == u"--saves"_s)
            options.saves = value.toInt();
        else if (name == u"--debriefs"_s)
            options.debriefs = value.toInt();
        else if (name == u"--erasures"_s)
            options.erasures = value.toInt();
        else if (name == u"--seed"_s)
            options.seed = value.toUInt();
        else if (name == u"--keep"_s)
            options.keep = value;
        else
            return exitWith(u"unknown option %1"_s.arg(name), 2);
    }

    QTemporaryDir dir;
    const QString path =
        options.keep.isEmpty() ? dir.filePath(u"interviews.sqlite"_s) : options.keep;
    Generated generated;
    QElapsedTimer timer;
    {
        auto created = Library::open(path, Library::OpenMode::CreateNew);
        if (!created)
            return exitWith(created.error(), 1);
        timer.start();
        if (!generate(*created.value(), options, generated))
            return 1;
    }
    const double generateSeconds = double(timer.elapsed()) / 1000.0;
    const double megabytes = double(QFileInfo(path).size()) / 1e6;
    // Closed and opened again, the library is as an interviewer finds it: SQLite has moved
    // the generator's write-ahead log into the file, so the saves below pay only for their
    // own checkpoints, not for 10,000 scorecards' worth.
    auto opened = Library::open(path, Library::OpenMode::OpenExisting);
    if (!opened)
        return exitWith(opened.error(), 1);
    Library &library = *opened.value();
    std::printf("Library: %s\n", qPrintable(path));
    std::printf("Generated %d scorecards (%lld drafts) for %lld candidates with %d each in "
                "%.1f s (seed %u); file %.1f MB\n\n",
                options.scorecards, qint64(generated.drafts.size()),
                qint64((options.scorecards + ScorecardsPerCandidate - 1) / ScorecardsPerCandidate),
                ScorecardsPerCandidate, generateSeconds, options.seed, megabytes);

    // (a) One save at a time, as the GUI makes them, on drafts all over the library: first
    // with SQLite's checkpoints in the commits (what the window did before), then with them
    // on a worker thread, as the window has them (BackgroundCheckpoints).
    ScorecardRepository cards(library.database());
    QRandomGenerator random(options.seed + 1);
    SaveTimes inCommit;
    if (const QString error = measureSaves(cards, generated, options.saves, random, inCommit);
        !error.isEmpty()) {
        return exitWith(error, 1);
    }
    SaveTimes background;
    int checkpointsRun = 0;
    {
        BackgroundCheckpoints checkpoints(library);
        if (const QString error = measureSaves(cards, generated, options.saves, random, background);
            !error.isEmpty()) {
            return exitWith(error, 1);
        }
        checkpointsRun = checkpoints.checkpointsRun();
    }

    // (b) A candidate's debrief: their six scorecards, complete, and the comparison.
    QList<double> debriefTimes;
    int shown = 0;
    for (int i = 0; i < options.debriefs && !generated.sixCardCandidates.isEmpty(); ++i) {
        const qint64 candidate =
            generated.sixCardCandidates.at(random.bounded(generated.sixCardCandidates.size()));
        timer.start();
        ScorecardFilter filter;
        filter.candidateId = candidate;
        const auto listed = cards.list(filter);
        if (!listed)
            return exitWith(listed.error(), 1);
        const Debrief debrief = buildDebrief(*listed);
        debriefTimes.append(double(timer.nsecsElapsed()) / 1e6);
        if (listed->size() != ScorecardsPerCandidate)
            return exitWith(u"candidate %1 has %2 scorecards"_s.arg(candidate).arg(listed->size()),
                            1);
        shown += int(debrief.scorecards.size());
    }

    // (c) Erasures, last: they take candidates away. Each of a different candidate.
    QList<double> erasureTimes;
    CandidateRepository candidates(library.database());
    for (int i = 0; i < options.erasures && !generated.sixCardCandidates.isEmpty(); ++i) {
        const qint64 candidate =
            generated.sixCardCandidates.takeAt(random.bounded(generated.sixCardCandidates.size()));
        timer.start();
        const auto erased = candidates.erase(candidate);
        erasureTimes.append(double(timer.nsecsElapsed()) / 1e6);
        if (!erased)
            return exitWith(erased.error(), 1);
        if (erased->scorecards != ScorecardsPerCandidate)
            return exitWith(u"erased %1 scorecards"_s.arg(erased->scorecards), 1);
    }

    std::printf("%-44s %6s %9s %9s %9s   %s\n", "milliseconds", "runs", "median", "p99", "max",
                "target");
    std::printf("(a) checkpoints in the commits (SQLite's default; the window before):\n");
    // The way before, for comparison: the target is the window's, below.
    printRow("(a) save one rating (setRating)", stats(inCommit.ratings), "the way before");
    printRow("(a) save one note (setNote)", stats(inCommit.notes), "the way before");
    printRow("(a) either", stats(inCommit.ratings + inCommit.notes), "the way before");
    std::printf("(a) checkpoints on a worker thread, as the window has them (%d run):\n",
                checkpointsRun);
    printRow("(a) save one rating (setRating)", stats(background.ratings), 5.0);
    printRow("(a) save one note (setNote)", stats(background.notes), 5.0);
    printRow("(a) either", stats(background.ratings + background.notes), 5.0);
    printRow("(b) debrief of 6 scorecards (list+build)", stats(debriefTimes), 100.0);
    printRow("(c) erase a candidate with 6 scorecards", stats(erasureTimes), "none: worker thread");
    std::printf("\nTargets: (a) p99 < 5 ms, (b) < 100 ms. %d submitted scorecards compared.\n",
                shown);
    // The runner's table: the window's way (checkpoints on a worker thread).
    const auto summarize = [](const QString &name, const QList<double> &times, double target) {
        bench::Figure figure = bench::figureOf(name, times);
        if (target > 0 && times.isEmpty()) {
            figure.target = u"p99 < %1 ms"_s.arg(target); // not met: nothing measured
        } else if (target > 0) {
            const Stats measured = stats(times);
            figure.target = u"p99 < %1 ms (p99 %2)"_s.arg(target).arg(measured.p99, 0, 'f', 2);
            figure.met = measured.p99 < target;
        } else {
            figure.target = u"none: a worker thread"_s;
        }
        bench::addToSummary(figure);
    };
    const QString among = QLocale().toString(options.scorecards);
    summarize(u"save one rating among %1 scorecards"_s.arg(among), background.ratings, 5.0);
    summarize(u"save one note among %1 scorecards"_s.arg(among), background.notes, 5.0);
    summarize(u"debrief of a candidate's 6 scorecards"_s, debriefTimes, 100.0);
    summarize(u"erase a candidate with 6 scorecards"_s, erasureTimes, 0);
    return 0;
}
