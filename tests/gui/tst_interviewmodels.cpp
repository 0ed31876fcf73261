// The Interviews tab's item models (kit questions, candidates, scorecards, answers, the
// debrief grid), filled from a seeded library through the repositories: structure checked
// by QAbstractItemModelTester, values and highlights by hand.
#include "analysis/Debrief.h"
#include "gui/models/CandidateListModel.h"
#include "gui/models/DebriefModel.h"
#include "gui/models/KitQuestionsModel.h"
#include "gui/models/ScorecardAnswersModel.h"
#include "gui/models/ScorecardListModel.h"
#include "storage/CandidateRepository.h"
#include "storage/KitRepository.h"
#include "storage/Library.h"
#include "storage/QuestionRepository.h"
#include "storage/ScorecardRepository.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hirekit;

class TestInterviewModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void kitQuestionsModel();
    void candidateListModel();
    void candidateSorting();
    void candidatePages();
    void scorecardListModel();
    void scorecardListPages();
    void scorecardAnswersModel();
    void debriefModel();
    void debriefModelEmpty();

private:
    QHash<qint64, InterviewQuestion> questions() const;
    qint64 candidate(const QString &name);
    static CandidateListModel::PageReader pagesOf(QSqlDatabase db, CandidateFilter filter = {});
    // A submitted scorecard by `interviewer` rating the kit's questions `ratings` (0: not
    // asked, -1: unrated).
    Scorecard submitted(qint64 candidateId, const QString &interviewer, const QList<int> &ratings,
                        Recommendation recommendation);

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    QList<InterviewQuestion> m_bank;
    qint64 m_kitId = 0;
};

void TestInterviewModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    auto opened = Library::open(m_dir.filePath(u"lib.sqlite"_s));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_library = std::move(opened).value();
    auto bank = QuestionRepository(m_library->database()).list();
    QVERIFY2(bank.ok(), qPrintable(bank.error()));
    m_bank = bank.value();
    QCOMPARE(m_bank.size(), 17);

    InterviewKit kit;
    kit.name = u"Phone screen"_s;
    kit.stage = u"Phone screen"_s;
    kit.timeBudgetMinutes = 30;
    kit.questionIds = { m_bank.at(1).id, m_bank.at(0).id, m_bank.at(10).id };
    auto added = KitRepository(m_library->database()).insert(kit);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    m_kitId = added.value();
}

void TestInterviewModels::cleanupTestCase()
{
    m_library.reset();
}

QHash<qint64, InterviewQuestion> TestInterviewModels::questions() const
{
    QHash<qint64, InterviewQuestion> result;
    for (const InterviewQuestion &question : m_bank)
        result.insert(question.id, question);
    return result;
}

qint64 TestInterviewModels::candidate(const QString &name)
{
    Candidate candidate;
    candidate.name = name;
    candidate.stage = u"Interviewing"_s;
    candidate.contact = name.toLower() + u"@example.com"_s;
    auto added = CandidateRepository(m_library->database()).insert(candidate);
    if (!added)
        qWarning("%s", qPrintable(added.error()));
    return added ? added.value() : 0;
}

Scorecard TestInterviewModels::submitted(qint64 candidateId, const QString &interviewer,
                                         const QList<int> &ratings, Recommendation recommendation)
{
    ScorecardRepository cards(m_library->database());
    auto card = cards.create(candidateId, interviewer, m_kitId, std::nullopt);
    if (!card) {
        qWarning("%s", qPrintable(card.error()));
        return {};
    }
    for (qsizetype i = 0; i < ratings.size(); ++i) {
        const qint64 question = card->answers.at(i).questionId;
        const int rating = ratings.at(i);
        if (rating >= 0) {
            const Status rated = cards.setRating(
                card->id, question, rating > 0 ? std::optional<int>(rating) : std::nullopt,
                rating == 0);
            if (!rated)
                qWarning("%s", qPrintable(rated.error()));
        }
        (void)cards.setNote(card->id, question, u"%1 on question %2"_s.arg(interviewer).arg(i));
    }
    (void)cards.setRecommendation(card->id, recommendation);
    (void)cards.submit(card->id, interviewer);
    return cards.load(card->id).value();
}

void TestInterviewModels::kitQuestionsModel()
{
    const auto kit = KitRepository(m_library->database()).load(m_kitId);
    QVERIFY2(kit.ok(), qPrintable(kit.error()));
    QuestionRepository repository(m_library->database());
    QList<KitQuestionsModel::Row> rows;
    int expectedMinutes = 0;
    for (const qint64 id : kit->questionIds) {
        const int minutes = repository.guide(id)->suggestedMinutes;
        expectedMinutes += minutes;
        rows.append({ questions().value(id), minutes });
    }

    KitQuestionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalMinutes(), 0);
    model.setRows(rows);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(KitQuestionsModel::ColumnCount));
    QCOMPARE(model.questionIds(), kit->questionIds);
    QCOMPARE(model.totalMinutes(), expectedMinutes);
    QCOMPARE(model.index(0, KitQuestionsModel::NumberColumn).data().toInt(), 1);
    QCOMPARE(model.index(0, KitQuestionsModel::TopicColumn).data().toString(),
             u"Database Optimization"_s);
    QCOMPARE(model.index(1, KitQuestionsModel::TopicColumn).data().toString(), u"System Design"_s);
    QCOMPARE(model.index(1, KitQuestionsModel::MinutesColumn).data().toString(), u"15 min"_s);
    QCOMPARE(model.index(2, 0).data(KitQuestionsModel::IdRole).toLongLong(), m_bank.at(10).id);
    QVERIFY(model.index(0, KitQuestionsModel::QuestionColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"Evaluate"_s));
    QCOMPARE(model.headerData(KitQuestionsModel::MinutesColumn, Qt::Horizontal).toString(),
             u"Time"_s);
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

// The Candidates page's list of a library, read a page at a time.
CandidateListModel::PageReader TestInterviewModels::pagesOf(QSqlDatabase db, CandidateFilter filter)
{
    return [candidates = CandidateRepository(db), filter](CandidateOrder order, int offset,
                                                          int limit) {
        return candidates.page(filter, order, offset, limit);
    };
}

void TestInterviewModels::candidateListModel()
{
    const qint64 ada = candidate(u"Ada"_s);
    const qint64 grace = candidate(u"Grace"_s);

    CandidateListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Status listed = model.setPages(pagesOf(m_library->database()));
    QVERIFY2(listed.ok(), qPrintable(listed.error()));
    QVERIFY(model.rowCount() >= 2);
    const int row = model.rowOf(grace);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, CandidateListModel::NameColumn).data().toString(), u"Grace"_s);
    QCOMPARE(model.index(row, CandidateListModel::StageColumn).data().toString(),
             u"Interviewing"_s);
    QCOMPARE(model.index(row, CandidateListModel::ContactColumn).data().toString(),
             u"grace@example.com"_s);
    QVERIFY(!model.index(row, CandidateListModel::AddedColumn).data().toString().isEmpty());
    QCOMPARE(model.index(model.rowOf(ada), 0).data(CandidateListModel::IdRole).toLongLong(), ada);
    QCOMPARE(model.rowOf(-5), -1);
    QCOMPARE(model.fetchUntil(-5), -1);
    QCOMPARE(model.headerData(CandidateListModel::NameColumn, Qt::Horizontal).toString(),
             u"Name"_s);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

// Sorted by the candidates, not the text of their cells: names ignoring case, the Added column
// by date (its short dates sort 1/5/26 before 12/1/25 as text). The repository sorts: each
// sort reads the list again in the new order.
void TestInterviewModels::candidateSorting()
{
    auto opened = Library::open(m_dir.filePath(u"sorting.sqlite"_s));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    const std::unique_ptr<Library> library = std::move(opened).value();
    CandidateRepository candidates(library->database());
    // Only these candidates in the library, added in this order.
    const auto fill = [&library, &candidates](const QList<Candidate> &list) {
        QSqlQuery(library->database()).exec(u"DELETE FROM candidates"_s);
        for (const Candidate &candidate : list)
            QVERIFY2(candidates.insert(candidate).ok(), qPrintable(candidate.name));
    };
    const auto added = [](const QString &name, const QString &contact, QDate day) {
        Candidate candidate;
        candidate.name = name;
        candidate.contact = contact;
        candidate.stage = u"Applied"_s;
        candidate.createdAt = QDateTime(day, QTime(12, 0)); // local: the cells show local dates
        return candidate;
    };
    CandidateListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Added in any order, listed by name.
    fill({ added(u"carol"_s, u"c@example.com"_s, QDate(2026, 1, 5)),
           added(u"Alice"_s, u"B@example.com"_s, QDate(2025, 12, 1)),
           added(u"bob"_s, u"a@example.com"_s, QDate(2025, 2, 3)) });
    QVERIFY(model.setPages(pagesOf(library->database())).ok());
    const auto names = [&model] {
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown.append(model.index(row, CandidateListModel::NameColumn).data().toString());
        return shown;
    };
    QCOMPARE(names(), (QStringList { u"Alice"_s, u"bob"_s, u"carol"_s }));
    // The row a view has current follows its candidate.
    const QPersistentModelIndex carol = model.index(2, CandidateListModel::StageColumn);
    model.sort(CandidateListModel::ContactColumn, Qt::AscendingOrder);
    QCOMPARE(names(), (QStringList { u"bob"_s, u"Alice"_s, u"carol"_s }));
    model.sort(CandidateListModel::AddedColumn, Qt::AscendingOrder);
    QCOMPARE(model.index(2, CandidateListModel::AddedColumn).data().toString(), u"1/5/26"_s);
    QCOMPARE(names(), (QStringList { u"bob"_s, u"Alice"_s, u"carol"_s }));
    model.sort(CandidateListModel::AddedColumn, Qt::DescendingOrder);
    QCOMPARE(names(), (QStringList { u"carol"_s, u"Alice"_s, u"bob"_s }));
    QCOMPARE(carol.row(), 0);
    QCOMPARE(carol.column(), int(CandidateListModel::StageColumn));
    QCOMPARE(model.items().at(carol.row()).name, u"carol"_s);
    model.sort(CandidateListModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(carol.row(), 2);
    // Read again: sorted as last asked, by the names now there.
    fill({ added(u"Zed"_s, u"y@example.com"_s, QDate(2026, 2, 2)),
           added(u"anna"_s, u"x@example.com"_s, QDate(2026, 2, 1)) });
    QVERIFY(model.setPages(pagesOf(library->database())).ok());
    QCOMPARE(names(), (QStringList { u"anna"_s, u"Zed"_s }));
    model.sort(CandidateListModel::NameColumn, Qt::DescendingOrder);
    fill({ added(u"anna"_s, u"x@example.com"_s, QDate(2026, 2, 1)),
           added(u"Zed"_s, u"y@example.com"_s, QDate(2026, 2, 2)),
           added(u"bob"_s, u"z@example.com"_s, QDate(2026, 2, 3)) });
    QVERIFY(model.setPages(pagesOf(library->database())).ok());
    QCOMPARE(names(), (QStringList { u"Zed"_s, u"bob"_s, u"anna"_s }));
    // Alike in the column sorted by: by name, then as added, in either order and whatever
    // the order before, so that reading again moves no row.
    const auto staged = [](const QString &name, const QString &stage) {
        Candidate candidate;
        candidate.name = name;
        candidate.stage = stage;
        return candidate;
    };
    const QList<Candidate> stages { staged(u"dan"_s, u"Offer"_s), staged(u"Alice"_s, u"Applied"_s),
                                    staged(u"bob"_s, u"Offer"_s), staged(u"alice"_s, u"Applied"_s),
                                    staged(u"Al"_s, u"applied"_s) };
    fill(stages);
    QVERIFY(model.setPages(pagesOf(library->database())).ok());
    model.sort(CandidateListModel::StageColumn, Qt::AscendingOrder);
    const QStringList byStage { u"Al"_s, u"Alice"_s, u"alice"_s, u"bob"_s, u"dan"_s };
    QCOMPARE(names(), byStage);
    model.sort(CandidateListModel::StageColumn, Qt::DescendingOrder);
    QCOMPARE(names(), (QStringList { u"bob"_s, u"dan"_s, u"Al"_s, u"Alice"_s, u"alice"_s }));
    model.sort(CandidateListModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(names(), (QStringList { u"dan"_s, u"bob"_s, u"Alice"_s, u"alice"_s, u"Al"_s }));
    model.sort(CandidateListModel::StageColumn, Qt::AscendingOrder);
    QCOMPARE(names(), byStage);
    QCOMPARE(model.order(), (CandidateOrder { CandidateOrder::Stage, false }));
    QVERIFY(model.setPages(pagesOf(library->database())).ok());
    QCOMPARE(names(), byStage);
    // The due list: those added before a moment.
    fill({ added(u"old"_s, u"o@example.com"_s, QDate(2020, 1, 1)),
           added(u"new"_s, u"n@example.com"_s, QDate::currentDate()) });
    CandidateFilter due;
    due.addedBefore = QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC);
    QVERIFY(model.setPages(pagesOf(library->database(), due)).ok());
    QCOMPARE(names(), QStringList { u"old"_s });
    QCOMPARE(candidates.count(due).value(), 1);
    QCOMPARE(candidates.count({}).value(), 2);
}

// A long list is read a page at a time: the next when a view asks, all of them up to a
// candidate when one is chosen; a sort keeps the row a view has current on its candidate,
// however far down the new order puts them. A page that cannot be read stops the list there
// and says why.
void TestInterviewModels::candidatePages()
{
    auto opened = Library::open(m_dir.filePath(u"pages.sqlite"_s));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    const std::unique_ptr<Library> library = std::move(opened).value();
    CandidateRepository candidates(library->database());
    constexpr int Count = CandidateListModel::PageSize * 2 + 50;
    QList<qint64> ids;
    QVERIFY(library->database().transaction());
    for (int i = 0; i < Count; ++i) {
        Candidate candidate;
        candidate.name = u"Candidate %1"_s.arg(i, 3, 10, QLatin1Char('0'));
        candidate.stage = u"Applied"_s;
        // The first added, the last by name.
        candidate.createdAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(-i);
        const auto id = candidates.insert(candidate);
        QVERIFY(id.ok());
        ids.append(*id);
    }
    QVERIFY(library->database().commit());

    CandidateListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setPages(pagesOf(library->database())).ok());
    QCOMPARE(model.rowCount(), CandidateListModel::PageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), CandidateListModel::PageSize * 2);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(model.rowOf(ids.last()), -1);
    QCOMPARE(model.fetchUntil(ids.last()), Count - 1);
    QVERIFY(!model.canFetchMore({}));

    // Read again: one page. The first by name goes last when the oldest come first, beyond
    // the rows listed; its row follows it there.
    QVERIFY(model.setPages(pagesOf(library->database())).ok());
    QCOMPARE(model.rowCount(), CandidateListModel::PageSize);
    const QPersistentModelIndex first = model.index(0, CandidateListModel::NameColumn);
    QCOMPARE(first.data().toString(), u"Candidate 000"_s);
    model.sort(CandidateListModel::AddedColumn, Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), Count);
    QCOMPARE(first.row(), Count - 1);
    QCOMPARE(first.data().toString(), u"Candidate 000"_s);
    QCOMPARE(model.index(0, 0).data().toString(), u"Candidate %1"_s.arg(Count - 1));

    // Candidates erased elsewhere since the list was read: a sort lists the shorter list, and
    // the rows a view holds on to follow their candidates, or go with them.
    const QPersistentModelIndex kept = model.index(model.rowOf(ids.at(100)), 0);
    const QPersistentModelIndex erased = model.index(model.rowOf(ids.at(200)), 0);
    QCOMPARE(kept.data().toString(), u"Candidate 100"_s);
    for (int i = 200; i < 260; ++i)
        QVERIFY(candidates.erase(ids.at(i)).ok());
    model.sort(CandidateListModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), Count - 60);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data().toString(), u"Candidate 100"_s);
    QCOMPARE(kept.row(), 100);
    QVERIFY(!erased.isValid());
    QCOMPARE(model.index(200, 0).data().toString(), u"Candidate 260"_s);
    QCOMPARE(first.row(), 0);
    QCOMPARE(first.data().toString(), u"Candidate 000"_s);

    // Errors: the first page, a later page, a new order.
    int reads = 0;
    bool failing = false;
    const auto reader = [&reads, &failing, pages = pagesOf(library->database())](
                            CandidateOrder order, int offset, int limit) {
        ++reads;
        if (failing)
            return Result<QList<Candidate>>(Error { u"disk I/O error"_s });
        return pages(order, offset, limit);
    };
    failing = true;
    const Status none = model.setPages(reader);
    QVERIFY(!none.ok());
    QCOMPARE(none.error(), u"disk I/O error"_s);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    failing = false;
    QVERIFY(model.setPages(reader).ok());
    QSignalSpy failed(&model, &CandidateListModel::readFailed);
    const int listed = model.rowCount();
    QVERIFY(model.canFetchMore({}));
    failing = true;
    model.fetchMore({});
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().toString(), u"disk I/O error"_s);
    QCOMPARE(model.rowCount(), listed);
    QVERIFY(!model.canFetchMore({}));
    const QString top = model.index(0, 0).data().toString();
    model.sort(CandidateListModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(failed.count(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), top);
    QVERIFY(reads > 3);
}

void TestInterviewModels::scorecardListModel()
{
    const qint64 id = candidate(u"Linus"_s);
    const Scorecard done = submitted(id, u"Margaret"_s, { 4, 3, 0 }, Recommendation::Yes);
    auto draft =
        ScorecardRepository(m_library->database()).create(id, u"Ken"_s, std::nullopt, std::nullopt);
    QVERIFY2(draft.ok(), qPrintable(draft.error()));
    ScorecardFilter filter;
    filter.candidateId = id;
    const auto cards = ScorecardRepository(m_library->database()).summaries(filter);
    QVERIFY2(cards.ok(), qPrintable(cards.error()));

    ScorecardListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems(cards.value(), { { m_kitId, u"Phone screen"_s } });
    QCOMPARE(model.rowCount(), 2);
    const int submittedRow = model.rowOf(done.id);
    const int draftRow = model.rowOf(draft->id);
    QVERIFY(submittedRow >= 0 && draftRow >= 0);
    QCOMPARE(model.index(submittedRow, ScorecardListModel::CandidateColumn).data().toString(),
             u"Linus"_s);
    QCOMPARE(model.index(submittedRow, ScorecardListModel::InterviewerColumn).data().toString(),
             u"Margaret"_s);
    QCOMPARE(model.index(submittedRow, ScorecardListModel::KitColumn).data().toString(),
             u"Phone screen"_s);
    QCOMPARE(model.index(submittedRow, ScorecardListModel::StatusColumn).data().toString(),
             u"Submitted"_s);
    // "Not asked" counts as done.
    QCOMPARE(model.index(submittedRow, ScorecardListModel::ProgressColumn).data().toString(),
             u"3 of 3 rated"_s);
    QCOMPARE(model.index(submittedRow, ScorecardListModel::RecommendationColumn).data().toString(),
             u"Yes"_s);
    QCOMPARE(model.index(submittedRow, 0).data(ScorecardListModel::StatusKeyRole).toString(),
             u"submitted"_s);
    QCOMPARE(model.index(draftRow, ScorecardListModel::KitColumn).data().toString(),
             u"Whole question bank"_s);
    QCOMPARE(model.index(draftRow, ScorecardListModel::ProgressColumn).data().toString(),
             u"0 of 17 rated"_s);
    QVERIFY(model.index(draftRow, ScorecardListModel::StatusColumn)
                .data(Qt::FontRole)
                .value<QFont>()
                .italic());
}

// The list read a page at a time, as a view scrolls: a reader over `total` lines, newest
// first, that fails from its `failFrom`th read on (0: never), and counts its reads.
void TestInterviewModels::scorecardListPages()
{
    const int page = ScorecardListModel::PageSize;
    int total = 2 * page + 50;
    int reads = 0;
    int failFrom = 0;
    QList<qint64> starts;
    const auto reader = [&](const ScorecardSummary *last,
                            int limit) -> Result<QList<ScorecardSummary>> {
        ++reads;
        const qint64 after = last ? last->id : 0;
        starts.append(after);
        if (failFrom > 0 && reads >= failFrom)
            return Error { u"Cannot access scorecards: disk I/O error"_s };
        QList<ScorecardSummary> lines;
        // Ids count down from `total`: the line after `after` is after - 1.
        for (qint64 id = after > 0 ? after - 1 : total; id >= 1 && lines.size() < limit; --id) {
            ScorecardSummary line;
            line.id = id;
            line.candidateName = u"Candidate %1"_s.arg(id);
            lines.append(line);
        }
        return lines;
    };

    {
        // The tester asks for more at each change, as a view scrolled to the end does.
        ScorecardListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setPages(reader).ok());
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), total);
        QCOMPARE(reads, 3);
        reads = 0;
    }

    ScorecardListModel model;
    QSignalSpy failures(&model, &ScorecardListModel::readFailed);
    QVERIFY(model.setPages(reader).ok());
    QCOMPARE(model.rowCount(), page);
    QCOMPARE(reads, 1);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * page);
    QCOMPARE(starts.last(), qint64(total - page + 1)); // after the first page's last line
    model.fetchMore({});
    QCOMPARE(model.rowCount(), total);
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(reads, 3);
    QCOMPARE(model.index(total - 1, ScorecardListModel::CandidateColumn).data().toString(),
             u"Candidate 1"_s);

    // Choosing a line further down reads up to it, and no further.
    reads = 0;
    QVERIFY(model.setPages(reader).ok());
    QCOMPARE(model.fetchUntil(total - 10), 10);
    QCOMPARE(reads, 1);
    QCOMPARE(model.fetchUntil(30), total - 30);
    QCOMPARE(reads, 3);
    QCOMPARE(model.fetchUntil(total + 1), -1);
    QCOMPARE(reads, 3);

    reads = 0;
    QVERIFY(model.setPages(reader).ok());
    model.fetchAll();
    QCOMPARE(model.rowCount(), total);
    QCOMPARE(reads, 3);

    // A reader that starts over at every page (a page start it cannot place) does not have
    // the list read the same lines for ever: a page of nothing new ends it.
    reads = 0;
    QVERIFY(
        model.setPages([&](const ScorecardSummary *, int limit) { return reader(nullptr, limit); })
            .ok());
    model.fetchAll();
    QCOMPARE(reads, 2);
    QCOMPARE(model.rowCount(), page);
    QVERIFY(!model.canFetchMore({}));

    // A page that repeats lines listed already (a line moved up between two reads) lists
    // only the new ones, each once.
    reads = 0;
    QVERIFY(model
                .setPages([&](const ScorecardSummary *last, int limit) {
                    ScorecardSummary stepBack;
                    stepBack.id = last ? last->id + 5 : 0;
                    return reader(last ? &stepBack : nullptr, limit);
                })
                .ok());
    model.fetchAll();
    QCOMPARE(model.rowCount(), total);
    QSet<qint64> ids;
    for (const ScorecardSummary &line : model.items())
        ids.insert(line.id);
    QCOMPARE(ids.size(), total);
    QCOMPARE(model.rowOf(1), total - 1);

    // A list of exactly one page asks once more, finds nothing, and ends.
    total = page;
    reads = 0;
    QVERIFY(model.setPages(reader).ok());
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(reads, 2);
    QCOMPARE(model.rowCount(), page);
    QVERIFY(!model.canFetchMore({}));

    // A page that cannot be read says so once and ends the list where it is.
    total = 3 * page;
    reads = 0;
    failFrom = 2;
    QVERIFY(model.setPages(reader).ok());
    model.fetchMore({});
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.first().first().toString(), u"Cannot access scorecards: disk I/O error"_s);
    QCOMPARE(model.rowCount(), page);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.fetchUntil(1), -1);
    QCOMPARE(reads, 2);

    // A first page that cannot be read leaves the list empty, with the error.
    failFrom = 1;
    reads = 0;
    const Status listed = model.setPages(reader);
    QVERIFY(!listed.ok());
    QCOMPARE(listed.error(), u"Cannot access scorecards: disk I/O error"_s);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));

    // A whole list set afterwards reads nothing more.
    failFrom = 0;
    QVERIFY(model.setPages(reader).ok());
    model.setItems({});
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(failures.size(), 1);
}

void TestInterviewModels::scorecardAnswersModel()
{
    const qint64 id = candidate(u"Barbara"_s);
    const Scorecard card = submitted(id, u"Edsger"_s, { 2, -1, 0 }, Recommendation::No);

    ScorecardAnswersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAnswers(card.answers, questions());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, ScorecardAnswersModel::TopicColumn).data().toString(),
             u"Database Optimization"_s);
    QCOMPARE(model.index(0, ScorecardAnswersModel::RatingColumn).data().toString(), u"No (2)"_s);
    QCOMPARE(model.index(0, 0).data(ScorecardAnswersModel::RatingRole).toInt(), 2);
    QVERIFY(model.index(0, ScorecardAnswersModel::RatingColumn)
                .data(Qt::BackgroundRole)
                .value<QColor>()
                .isValid());
    QCOMPARE(model.index(1, ScorecardAnswersModel::RatingColumn).data().toString(), QString());
    QVERIFY(!model.index(1, 0).data(ScorecardAnswersModel::RatingRole).isValid());
    QCOMPARE(model.index(2, ScorecardAnswersModel::RatingColumn).data().toString(), u"Not asked"_s);
    QCOMPARE(model.index(2, ScorecardAnswersModel::NoteColumn).data().toString(),
             u"Edsger on question 2"_s);

    // One answer changes without a reset: the views keep their selection.
    ScorecardAnswer answer = card.answers.at(1);
    answer.rating = 4;
    answer.note = u"first line\nsecond line"_s;
    model.setAnswer(1, answer);
    QCOMPARE(model.index(1, ScorecardAnswersModel::RatingColumn).data().toString(),
             u"Strong Yes (4)"_s);
    QCOMPARE(model.index(1, ScorecardAnswersModel::NoteColumn).data().toString(), u"first line"_s);
    QCOMPARE(model.index(1, ScorecardAnswersModel::NoteColumn).data(Qt::ToolTipRole).toString(),
             answer.note);
    model.setAnswer(7, answer); // out of range: ignored
}

void TestInterviewModels::debriefModel()
{
    const qint64 id = candidate(u"Frances"_s);
    QList<Scorecard> cards { submitted(id, u"Alan"_s, { 4, 3, 2 }, Recommendation::StrongYes),
                             submitted(id, u"Grace"_s, { 2, 3, -1 }, Recommendation::Yes),
                             submitted(id, u"John"_s, { 3, 3, 0 }, Recommendation::No) };
    auto draft =
        ScorecardRepository(m_library->database()).create(id, u"Zed"_s, m_kitId, std::nullopt);
    QVERIFY(draft.ok());
    cards.append(draft.value());
    const Debrief debrief = buildDebrief(cards);
    QCOMPARE(debrief.scorecards.size(), 3);

    DebriefModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDebrief(debrief, questions());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 6); // question, 3 interviewers, average, spread
    QCOMPARE(model.averageColumn(), 4);
    QCOMPARE(model.spreadColumn(), 5);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"Alan"_s);
    QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), u"John"_s);
    QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), u"Average"_s);
    QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString(),
             u"Alan recommends: Strong Yes"_s);

    // Question 1: 4, 2, 3 — a spread of two points is a disagreement, highlighted.
    QCOMPARE(model.index(0, 0).data().toString(), u"Database Optimization"_s);
    QCOMPARE(model.index(0, 1).data().toString(), u"Strong Yes (4)"_s);
    QCOMPARE(model.index(0, 2).data(DebriefModel::RatingRole).toInt(), 2);
    QCOMPARE(model.index(0, 4).data().toString(), u"3.0"_s);
    QVERIFY(model.index(0, 5).data().toString().startsWith(u"2"_s));
    QVERIFY(model.index(0, 3).data(DebriefModel::DisagreementRole).toBool());
    QVERIFY(model.index(0, 5).data(Qt::BackgroundRole).value<QColor>().isValid());
    QVERIFY(model.index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(model.index(0, 1).data(Qt::ToolTipRole).toString(), u"Alan on question 0"_s);

    // Question 2: everyone says 3.
    QCOMPARE(model.index(1, 5).data().toString(), u"0"_s);
    QVERIFY(!model.index(1, 5).data(DebriefModel::DisagreementRole).toBool());
    QVERIFY(!model.index(1, 5).data(Qt::BackgroundRole).isValid());

    // Question 3: Grace did not rate it, John did not ask it.
    QCOMPARE(model.index(2, 2).data().toString(), QString());
    QCOMPARE(model.index(2, 3).data().toString(), u"Not asked"_s);
    QCOMPARE(model.index(2, 4).data().toString(), u"2.0"_s);
    QCOMPARE(model.index(2, 0).data(DebriefModel::QuestionIdRole).toLongLong(), m_bank.at(10).id);
}

void TestInterviewModels::debriefModelEmpty()
{
    DebriefModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDebrief(buildDebrief({}), {});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"Average"_s);
}

QTEST_MAIN(TestInterviewModels)
#include "tst_interviewmodels.moc"
