// Makes a big, realistic Hirekit library for the performance runner (issue 8): years of use.
//   - 2,000 postings from the built-in template, with varied titles, levels, departments,
//     locations, pay and wording, each with two to four kept revisions;
//   - 1,000,000 salary rows over four datasets (two wage surveys, company bands, a market
//     survey), areas × roles × levels;
//   - 10,000 candidates with a recruiter's notes, and 20,000 scorecards (two each) with
//     ratings, notes on every question, red flags now and then, takeaways and
//     recommendations.
// Everything goes through the repositories, as the app writes it. Deterministic: the same
// seed gives the same content (timestamps are the time of the run).
//
//   generate_library OUT.sqlite [--seed N] [--postings N] [--salary-rows N]
//                    [--candidates N] [--scorecards-per-candidate N]
#include "storage/BulkWrite.h"
#include "storage/CandidateRepository.h"
#include "storage/GuideRepository.h"
#include "storage/KitRepository.h"
#include "storage/Library.h"
#include "storage/PostingRepository.h"
#include "storage/QuestionRepository.h"
#include "storage/RevisionRepository.h"
#include "storage/SalaryRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace hirekit;

namespace {

struct Options
{
    QString out;
    quint32 seed = 20261129;
    int postings = 2000;
    qint64 salaryRows = 1000000;
    int candidates = 10000;
    int scorecardsPerCandidate = 2;
};

bool fail(const QString &message)
{
    std::fprintf(stderr, "generate_library: %s\n", qPrintable(message));
    return false;
}

template<typename T> const QString &pick(QRandomGenerator &random, const QList<T> &list)
{
    return list.at(random.bounded(int(list.size())));
}

const QStringList roles { u"Backend Developer"_s, u"Frontend Developer"_s,
                          u"Data Engineer"_s,     u"Site Reliability Engineer"_s,
                          u"Product Designer"_s,  u"Engineering Manager"_s,
                          u"QA Engineer"_s,       u"Mobile Developer"_s,
                          u"Security Engineer"_s, u"Data Scientist"_s,
                          u"Platform Engineer"_s, u"Technical Writer"_s };
const QStringList departments { u"Engineering"_s, u"Platform"_s, u"Data"_s,
                                u"Product"_s,     u"Security"_s, u"Infrastructure"_s };
const QStringList cities { u"Seattle"_s, u"San Francisco"_s, u"New York"_s, u"Denver"_s,
                           u"Austin"_s,  u"Boston"_s,        u"Chicago"_s,  u"Berlin"_s,
                           u"Dublin"_s,  u"Toronto"_s,       u"London"_s,   u"Lisbon"_s };
const QStringList skills { u"PostgreSQL"_s, u"Kubernetes"_s, u"Go"_s,     u"Rust"_s,
                           u"Kafka"_s,      u"GraphQL"_s,    u"Python"_s, u"TypeScript"_s,
                           u"Terraform"_s,  u"Redis"_s,      u"gRPC"_s,   u"Java"_s };
// What interviewers write about: one topic a note, so a search for one finds a few percent.
const QStringList topics { u"idempotency"_s, u"backpressure"_s, u"sharding"_s,   u"consensus"_s,
                           u"caching"_s,     u"pagination"_s,   u"migrations"_s, u"observability"_s,
                           u"rollbacks"_s,   u"retries"_s,      u"deadlocks"_s,  u"indexing"_s,
                           u"replication"_s, u"throttling"_s,   u"profiling"_s,  u"mentoring"_s,
                           u"estimation"_s,  u"testing"_s,      u"onboarding"_s, u"tracing"_s,
                           u"schemas"_s,     u"queues"_s,       u"hashing"_s,    u"encryption"_s,
                           u"webhooks"_s,    u"versioning"_s,   u"benchmarks"_s, u"leadership"_s,
                           u"postmortems"_s, u"accessibility"_s };
const QStringList firstNames { u"Ada"_s,    u"Grace"_s,    u"Linus"_s,  u"Barbara"_s,
                               u"Ken"_s,    u"Frances"_s,  u"Edsger"_s, u"Radia"_s,
                               u"Donald"_s, u"Margaret"_s, u"Anita"_s,  u"Tim"_s };
const QStringList lastNames { u"Lovelace"_s, u"Hopper"_s,   u"Torvalds"_s, u"Liskov"_s,
                              u"Thompson"_s, u"Allen"_s,    u"Dijkstra"_s, u"Perlman"_s,
                              u"Knuth"_s,    u"Hamilton"_s, u"Borg"_s,     u"Berners-Lee"_s };
const QStringList interviewers { u"Priya Shah"_s,  u"Alex Chen"_s, u"Morgan Lee"_s,
                                 u"Sam Okafor"_s,  u"Dana Kim"_s,  u"Jordan Reyes"_s,
                                 u"Chris Novak"_s, u"Robin Berg"_s };

// A recruiter's notes on a candidate: one to four short paragraphs (about 200 to 800
// characters), as a screen, a follow-up and logistics leave them.
QString candidateNotes(QRandomGenerator &random)
{
    static const QStringList sources { u"a referral"_s, u"the careers page"_s, u"a job board"_s,
                                       u"a conference talk"_s };
    QStringList paragraphs;
    const int count = 1 + int(random.bounded(4));
    for (int p = 0; p < count; ++p) {
        // One pick per statement: the order of a call's arguments is the compiler's to choose.
        const QString source = pick(random, sources);
        const int years = 2 + int(random.bounded(12));
        const QString first = pick(random, skills);
        const QString second = pick(random, skills);
        const QString clear = pick(random, topics);
        const QString unsure = pick(random, topics);
        const QString growth = pick(random, skills);
        const int weeks = 1 + int(random.bounded(12));
        paragraphs.append(
            u"Came through %1. Screen: %2 years with %3 and %4; explained %5 "
            "clearly, less sure about %6. Wants to grow into %7 work. Notice "
            "period %8 weeks; follow up on references before the onsite."_s.arg(source)
                .arg(years)
                .arg(first, second, clear, unsure, growth)
                .arg(weeks));
    }
    return paragraphs.join(u"\n\n"_s);
}

Posting variedPosting(const Posting &base, int index, QRandomGenerator &random)
{
    Posting posting = base;
    posting.id = 0;
    posting.isTemplate = false;
    posting.isBuiltin = false;
    const QString role = pick(random, roles);
    posting.level = Level(random.bounded(4));
    static const QStringList levelWords { u"Junior"_s, u""_s, u"Senior"_s, u"Staff"_s };
    posting.title =
        u"%1 %2 #%3"_s.arg(levelWords.at(int(*posting.level)), role).arg(index + 1).trimmed();
    posting.department = pick(random, departments);
    posting.status = PostingStatus(random.bounded(4));
    posting.locations.clear();
    for (int l = 0, count = 1 + int(random.bounded(3)); l < count; ++l) {
        PostingLocation location;
        location.city = pick(random, cities);
        location.country = u"US"_s;
        location.workplace = Workplace(random.bounded(3));
        posting.locations.append(location);
    }
    const double low = 80000 + 1000 * random.bounded(80);
    posting.salary.min = low;
    posting.salary.max = low * 1.3;
    for (PostingSection &section : posting.sections) {
        section.body += u"\n\nYou will work with %1 and %2 on the %3 team."_s.arg(
            pick(random, skills), pick(random, skills), posting.department);
    }
    return posting;
}

bool generatePostings(Library &library, const Options &options, QRandomGenerator &random)
{
    QSqlDatabase db = library.database();
    PostingRepository postings(db);
    RevisionRepository revisions(db);
    const auto templates = postings.templates();
    if (!templates || templates->isEmpty())
        return fail(templates ? u"no built-in template"_s : templates.error());
    const auto base = postings.load(templates->first().id);
    if (!base)
        return fail(base.error());

    Transaction transaction(db);
    for (int i = 0; i < options.postings; ++i) {
        Posting posting = variedPosting(*base, i, random);
        const auto id = postings.insert(posting);
        if (!id)
            return fail(id.error());
        posting.id = *id;
        for (int r = 0, count = 2 + int(random.bounded(3)); r < count; ++r) {
            if (r > 0) {
                posting.sections.first().body +=
                    u"\n\nRevision %1: we also value %2."_s.arg(r).arg(pick(random, skills));
                if (auto updated = postings.update(posting); !updated)
                    return fail(updated.error());
            }
            if (auto kept =
                    revisions.add(posting, RevisionReason::Version, u"Version %1"_s.arg(r + 1));
                !kept) {
                return fail(kept.error());
            }
        }
    }
    return transaction.commit() || fail(transaction.errorString());
}

bool generateSalaries(Library &library, const Options &options, QRandomGenerator &random)
{
    QSqlDatabase db = library.database();
    SalaryRepository salaries(db);
    BulkWrite bulk(db);
    struct Plan
    {
        QString name;
        QString source;
        int year;
        double share;
        bool percentiles;
    };
    const QList<Plan> plans {
        { u"Wage survey 2024 (generated)"_s, u"generate_library"_s, 2024, 0.4, true },
        { u"Wage survey 2025 (generated)"_s, u"generate_library"_s, 2025, 0.4, true },
        { u"Company bands (generated)"_s, u"generate_library"_s, 2026, 0.1, false },
        { u"Market survey (generated)"_s, u"generate_library"_s, 2026, 0.1, true },
    };
    constexpr int RolesPerArea = 250;
    constexpr int Batch = 20000;
    for (const Plan &plan : plans) {
        const qint64 rows = qint64(double(options.salaryRows) * plan.share);
        SalaryDataset dataset;
        dataset.name = plan.name;
        dataset.source = plan.source;
        dataset.year = plan.year;
        Transaction transaction(db);
        const auto datasetId = salaries.insertDataset(dataset);
        if (!datasetId)
            return fail(datasetId.error());
        QList<SalaryRow> batch;
        batch.reserve(Batch);
        for (qint64 n = 0; n < rows; ++n) {
            const qint64 area = n / (RolesPerArea * 4);
            const int role = int((n / 4) % RolesPerArea);
            SalaryRow row;
            row.area = u"%1 %2, Metro %3"_s.arg(cities.at(area % cities.size()))
                           .arg(area / cities.size() + 1)
                           .arg(area);
            row.areaCode = QString::number(10000 + area);
            row.role = u"%1, group %2"_s.arg(roles.at(role % roles.size())).arg(role);
            row.socCode = u"15-%1"_s.arg(1000 + role);
            row.level = Level(n % 4);
            const double base = (50000 + 1000 * random.bounded(60)) * (1 + 0.25 * double(n % 4));
            if (plan.percentiles) {
                row.p10 = base * 0.8;
                row.p25 = base * 0.9;
                row.median = base;
                row.p75 = base * 1.15;
                row.p90 = base * 1.3;
            } else {
                row.min = base * 0.85;
                row.max = base * 1.2;
            }
            batch.append(row);
            if (batch.size() == Batch || n + 1 == rows) {
                if (auto inserted = salaries.insertRows(*datasetId, batch); !inserted)
                    return fail(inserted.error());
                batch.clear();
            }
        }
        if (!transaction.commit())
            return fail(transaction.errorString());
    }
    return true;
}

bool generateInterviews(Library &library, const Options &options, QRandomGenerator &random)
{
    QSqlDatabase db = library.database();
    const auto bank = QuestionRepository(db).list();
    if (!bank || bank->isEmpty())
        return fail(bank ? u"no questions"_s : bank.error());
    const auto flags = GuideRepository(db).redFlags();
    if (!flags || flags->isEmpty())
        return fail(flags ? u"no red flags"_s : flags.error());
    const auto postings = PostingRepository(db).list();
    if (!postings || postings->isEmpty())
        return fail(postings ? u"no postings"_s : postings.error());

    Transaction transaction(db);
    QList<qint64> kits;
    for (int k = 0; k < 6; ++k) {
        InterviewKit kit;
        kit.name = u"Kit %1"_s.arg(k + 1);
        kit.stage = k % 2 ? u"Onsite"_s : u"Phone screen"_s;
        for (int q = 0; q < 5; ++q)
            kit.questionIds.append(bank->at((k * 3 + q) % bank->size()).id);
        const auto added = KitRepository(db).insert(kit);
        if (!added)
            return fail(added.error());
        kits.append(*added);
    }
    CandidateRepository candidates(db);
    ScorecardRepository cards(db);
    for (int c = 0; c < options.candidates; ++c) {
        Candidate candidate;
        candidate.postingId = postings->at(random.bounded(int(postings->size()))).id;
        candidate.name =
            u"%1 %2 %3"_s.arg(pick(random, firstNames), pick(random, lastNames)).arg(c + 1);
        candidate.stage = u"Interviewing"_s;
        candidate.notes = candidateNotes(random);
        const auto candidateId = candidates.insert(candidate);
        if (!candidateId)
            return fail(candidateId.error());
        for (int s = 0; s < options.scorecardsPerCandidate; ++s) {
            const auto card =
                cards.create(*candidateId, pick(random, interviewers),
                             kits.at(random.bounded(int(kits.size()))), candidate.postingId);
            if (!card)
                return fail(card.error());
            for (const ScorecardAnswer &answer : card->answers) {
                const int rating = 1 + int(random.bounded(4));
                if (auto saved = cards.setAnswer(
                        card->id, answer.questionId, rating, false,
                        u"Talked through %1 with %2; rating %3 because the trade-offs were %4."_s
                            .arg(pick(random, topics), pick(random, skills))
                            .arg(rating)
                            .arg(rating > 2 ? u"clear"_s : u"vague"_s));
                    !saved) {
                    return fail(saved.error());
                }
            }
            if (random.bounded(10) == 0)
                (void)cards.setRedFlag(card->id, flags->first().id, true, u"Late twice"_s);
            (void)cards.setKeyTakeaways(
                card->id,
                u"Strong on %1, less so on %2."_s.arg(pick(random, skills), pick(random, skills)));
            (void)cards.setRecommendation(card->id, Recommendation(random.bounded(4)));
            if (random.bounded(5) != 0) {
                if (auto submitted = cards.submit(card->id, u"generate_library"_s); !submitted)
                    return fail(submitted.error());
            }
        }
    }
    return transaction.commit() || fail(transaction.errorString());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Makes a big Hirekit library for the benchmarks."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"out"_s, u"The library file to create (must not exist)."_s);
    parser.addOptions({ { u"seed"_s, u"Random seed."_s, u"N"_s },
                        { u"postings"_s, u"Postings (2000)."_s, u"N"_s },
                        { u"salary-rows"_s, u"Salary rows (1000000)."_s, u"N"_s },
                        { u"candidates"_s, u"Candidates (10000)."_s, u"N"_s },
                        { u"scorecards-per-candidate"_s, u"Scorecards each (2)."_s, u"N"_s } });
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    Options options;
    options.out = parser.positionalArguments().first();
    if (parser.isSet(u"seed"_s))
        options.seed = parser.value(u"seed"_s).toUInt();
    if (parser.isSet(u"postings"_s))
        options.postings = parser.value(u"postings"_s).toInt();
    if (parser.isSet(u"salary-rows"_s))
        options.salaryRows = parser.value(u"salary-rows"_s).toLongLong();
    if (parser.isSet(u"candidates"_s))
        options.candidates = parser.value(u"candidates"_s).toInt();
    if (parser.isSet(u"scorecards-per-candidate"_s))
        options.scorecardsPerCandidate = parser.value(u"scorecards-per-candidate"_s).toInt();

    auto library = Library::open(options.out, Library::OpenMode::CreateNew);
    if (!library) {
        fail(library.error());
        return 1;
    }
    QRandomGenerator random(options.seed);
    QElapsedTimer timer;
    timer.start();
    const auto step = [&](const char *what, auto &&generate) {
        const qint64 start = timer.elapsed();
        const bool ok = generate(**library, options, random);
        std::printf("%-12s %7.1f s\n", what, double(timer.elapsed() - start) / 1000.0);
        std::fflush(stdout);
        return ok;
    };
    if (!step("postings", generatePostings) || !step("salaries", generateSalaries)
        || !step("interviews", generateInterviews)) {
        return 1;
    }
    std::printf("%-12s %7.1f s, %.0f MB\n", "total", double(timer.elapsed()) / 1000.0,
                double(QFile(options.out).size()) / 1e6);
    return 0;
}
