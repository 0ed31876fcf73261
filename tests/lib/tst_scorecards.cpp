// Candidates, interview kits and scorecards: ratings and notes saved at once, submitted
// scorecards read-only until reopened, erasure that leaves no trace, and JSON exchange that
// merges idempotently.

#include "HeldRead.h"
#include "analysis/Debrief.h"
#include "io/ScorecardJson.h"
#include "storage/CandidateRepository.h"
#include "storage/GuideRepository.h"
#include "storage/KitRepository.h"
#include "storage/Library.h"
#include "storage/Migrations.h"
#include "storage/QuestionRepository.h"
#include "storage/ScorecardRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace hirekit;

class TestScorecards : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    int m_counter = 0;

    std::unique_ptr<Library> freshLibrary()
    {
        auto library = Library::open(m_dir.filePath(u"lib%1.sqlite"_s.arg(++m_counter)),
                                     Library::OpenMode::CreateNew);
        return library ? std::move(library).value() : nullptr;
    }

    qint64 addCandidate(Library &library, const QString &name)
    {
        Candidate candidate;
        candidate.name = name;
        candidate.contact = name.toLower() + u"@example.org"_s;
        candidate.postingId = 1;
        return *CandidateRepository(library.database()).insert(candidate);
    }

    qint64 addKit(Library &library)
    {
        InterviewKit kit;
        kit.name = u"System design"_s;
        kit.stage = u"Onsite"_s;
        kit.postingId = 1;
        kit.timeBudgetMinutes = 60;
        kit.questionIds = { 3, 1, 2 };
        return *KitRepository(library.database()).insert(kit);
    }

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_library = freshLibrary();
        QVERIFY(m_library);
    }

    void cleanup() { m_library.reset(); }

    void seededGuides()
    {
        QuestionRepository questions(m_library->database());
        const auto list = questions.list();
        QCOMPARE(list->size(), 17);
        for (const InterviewQuestion &question : *list) {
            const auto guide = questions.guide(question.id);
            QVERIFY2(guide.ok(), qPrintable(guide.error()));
            QCOMPARE(guide->followUps.size(), 2);
            for (const QString &anchor : guide->rubric)
                QVERIFY(!anchor.isEmpty());
        }
        const auto first = questions.guide(list->first().id);
        QCOMPARE(first->suggestedMinutes, 15);
        QVERIFY(first->rubric[2].startsWith(u"Yes: shows solid system architecture thinking"_s));
        QVERIFY(first->rubric[0].startsWith(u"Strong No:"_s));
    }

    void guideIsEditable()
    {
        QuestionRepository questions(m_library->database());
        QuestionGuide guide = *questions.guide(5);
        guide.rubric[3] = u"Explains cache invalidation with a real incident."_s;
        guide.followUps = { u"What about write-through?"_s };
        guide.suggestedMinutes = 12;
        QVERIFY(questions.setGuide(guide).ok());
        const auto read = questions.guide(5);
        QCOMPARE(read->rubric[3], guide.rubric[3]);
        QCOMPARE(read->followUps, guide.followUps);
        QCOMPARE(read->suggestedMinutes, 12);
        guide.suggestedMinutes = 0;
        QVERIFY(!questions.setGuide(guide).ok());
        QVERIFY(!questions.guide(999).ok());
    }

    void kits()
    {
        KitRepository kits(m_library->database());
        const qint64 id = addKit(*m_library);
        auto kit = kits.load(id);
        QVERIFY(kit.ok());
        QCOMPARE(kit->questionIds, (QList<qint64> { 3, 1, 2 }));
        kit->questionIds = { 4, 5 };
        kit->name = u"Phone screen"_s;
        QVERIFY(kits.update(*kit).ok());
        QCOMPARE(kits.load(id)->questionIds, (QList<qint64> { 4, 5 }));
        QCOMPARE(kits.list(1)->size(), 1);
        InterviewKit unnamed;
        QVERIFY(!kits.insert(unnamed).ok());
    }

    void scorecardFollowsKitOrder()
    {
        ScorecardRepository cards(m_library->database());
        const auto card =
            cards.create(addCandidate(*m_library, u"Ada"_s), u"Grace"_s, addKit(*m_library), 1);
        QVERIFY2(card.ok(), qPrintable(card.error()));
        QCOMPARE(card->status, ScorecardStatus::Draft);
        QCOMPARE(card->candidateName, u"Ada"_s);
        QCOMPARE(card->answers.size(), 3);
        QCOMPARE(card->answers.at(0).questionId, 3);
        QCOMPARE(card->answers.at(1).questionId, 1);
        QVERIFY(!card->answers.at(0).rating);
        QVERIFY(!card->uuid.isEmpty());
        const auto withoutKit =
            cards.create(addCandidate(*m_library, u"Bo"_s), u"Grace"_s, std::nullopt, 1);
        QCOMPARE(withoutKit->answers.size(), 17);
        QVERIFY(!cards.create(4242, u"Grace"_s, std::nullopt, 1).ok());
        QVERIFY(!cards.create(withoutKit->candidateId, u"  "_s, std::nullopt, 1).ok());
    }

    void ratingsNotesAndFlags()
    {
        ScorecardRepository cards(m_library->database());
        const auto card =
            cards.create(addCandidate(*m_library, u"Ada"_s), u"Grace"_s, addKit(*m_library), 1);
        const qint64 id = card->id;
        QVERIFY(cards.setRating(id, 3, 4).ok());
        QVERIFY(cards.setRating(id, 1, std::nullopt, true).ok());
        QVERIFY(cards.setNote(id, 3, u"Clear REST design; asked about auth early."_s).ok());
        QVERIFY(cards.setRedFlag(id, 3, true, u"Ignored SQL injection"_s).ok());
        QVERIFY(cards.setKeyTakeaways(id, u"Strong API thinking."_s).ok());
        QVERIFY(cards.setRecommendation(id, Recommendation::Yes).ok());
        QVERIFY(cards.setLiveProgress(id, 2, 930, 2, 300).ok());

        const auto read = cards.load(id);
        QCOMPARE(read->answers.at(0).rating, std::optional<int>(4));
        QCOMPARE(read->answers.at(0).note, u"Clear REST design; asked about auth early."_s);
        QVERIFY(read->answers.at(1).notAsked);
        QVERIFY(!read->answers.at(1).rating);
        QCOMPARE(read->answers.at(2).secondsSpent, 300);
        QCOMPARE(read->redFlags.size(), 1);
        QCOMPARE(read->redFlags.first().name, u"Security Blindness"_s);
        QCOMPARE(read->keyTakeaways, u"Strong API thinking."_s);
        QCOMPARE(read->recommendation, std::optional<Recommendation>(Recommendation::Yes));
        QCOMPARE(read->livePosition, 2);
        QCOMPARE(read->liveElapsedSeconds, 930);
        QVERIFY(read->updatedAt >= card->updatedAt);

        QVERIFY(cards.setRedFlag(id, 3, false).ok());
        QVERIFY(cards.load(id)->redFlags.isEmpty());
    }

    void badChangesAreRefused_data()
    {
        QTest::addColumn<int>("rating");
        QTest::addColumn<qint64>("question");
        QTest::addColumn<QString>("expected");
        QTest::newRow("rating too high") << 5 << qint64(3) << u"1 (Strong No) to 4"_s;
        QTest::newRow("rating zero") << 0 << qint64(3) << u"not 0"_s;
        QTest::newRow("question not on card") << 2 << qint64(9) << u"Question 9 is not on"_s;
    }

    void badChangesAreRefused()
    {
        QFETCH(int, rating);
        QFETCH(qint64, question);
        QFETCH(QString, expected);
        ScorecardRepository cards(m_library->database());
        const auto card =
            cards.create(addCandidate(*m_library, u"Ada"_s), u"Grace"_s, addKit(*m_library), 1);
        const auto result = cards.setRating(card->id, question, rating);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(expected), qPrintable(result.error()));
        QCOMPARE(cards.load(card->id)->answers, card->answers);
        QVERIFY(!cards.setRating(777, 3, 2).ok());
    }

    void submittedIsReadOnlyUntilReopened()
    {
        ScorecardRepository cards(m_library->database());
        const auto card =
            cards.create(addCandidate(*m_library, u"Ada"_s), u"Grace"_s, addKit(*m_library), 1);
        QVERIFY(cards.setRating(card->id, 3, 3).ok());
        QVERIFY(cards.submit(card->id, u"Grace"_s).ok());
        QCOMPARE(cards.load(card->id)->status, ScorecardStatus::Submitted);
        for (const Status &refused :
             { cards.setRating(card->id, 3, 1), cards.setNote(card->id, 3, u"x"_s),
               cards.setRecommendation(card->id, Recommendation::No),
               cards.setKeyTakeaways(card->id, u"x"_s), cards.setRedFlag(card->id, 1, true),
               cards.submit(card->id, u"Grace"_s) }) {
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().contains(u"read-only"_s), qPrintable(refused.error()));
        }
        QCOMPARE(cards.load(card->id)->answers.first().rating, std::optional<int>(3));

        QVERIFY(cards.reopen(card->id, u"Grace"_s, u"Forgot a note"_s).ok());
        QVERIFY(!cards.reopen(card->id, u"Grace"_s, QString()).ok());
        QVERIFY(cards.setNote(card->id, 3, u"Added later"_s).ok());
        const auto events = cards.events(card->id);
        QStringList names;
        for (const ScorecardEvent &event : *events)
            names.append(event.event);
        QCOMPARE(names, (QStringList { u"created"_s, u"submitted"_s, u"reopened"_s }));
        QCOMPARE(events->last().note, u"Forgot a note"_s);
    }

    void eraseLeavesNoTrace()
    {
        ScorecardRepository cards(m_library->database());
        const qint64 ada = addCandidate(*m_library, u"Ada Lovelace"_s);
        const qint64 other = addCandidate(*m_library, u"Other Person"_s);
        const qint64 kit = addKit(*m_library);
        for (const QString &interviewer : { u"Grace"_s, u"Linus"_s }) {
            const auto card = cards.create(ada, interviewer, kit, 1);
            QVERIFY(cards.setNote(card->id, 3, u"Ada Lovelace was great"_s).ok());
            QVERIFY(cards.setRedFlag(card->id, 2, true, u"Ada Lovelace mumbled"_s).ok());
            QVERIFY(cards.submit(card->id, interviewer).ok());
        }
        const auto kept = cards.create(other, u"Grace"_s, kit, 1);
        // As on a SQLite built without secure_delete on by default (Debian's has it on): the
        // erasure turns it on for itself, and back as it was.
        QSqlQuery pragma(m_library->database());
        QVERIFY(pragma.exec(u"PRAGMA secure_delete = OFF"_s));

        const auto report = CandidateRepository(m_library->database()).erase(ada);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->name, u"Ada Lovelace"_s);
        QCOMPARE(report->scorecards, 2);
        QCOMPARE(report->answers, 6);

        // No table holds the name, and no row refers to the candidate or their scorecards.
        QSqlQuery tables(m_library->database());
        QVERIFY(tables.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT "
                            "LIKE 'sqlite_%' AND name NOT LIKE 'posting_search%'"_s));
        int checked = 0;
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            QSqlQuery rows(m_library->database());
            QVERIFY(rows.exec(u"SELECT * FROM \"%1\""_s.arg(table)));
            while (rows.next()) {
                for (int column = 0; column < rows.record().count(); ++column) {
                    QVERIFY2(!rows.value(column).toString().contains(u"Ada Lovelace"_s),
                             qPrintable(table));
                }
            }
            ++checked;
        }
        QVERIFY(checked > 15);
        QSqlQuery count(m_library->database());
        QVERIFY(count.exec(u"SELECT (SELECT count(*) FROM scorecards), (SELECT count(*) FROM "
                           "scorecard_answers), (SELECT count(*) FROM scorecard_events), "
                           "(SELECT count(*) FROM scorecard_red_flags)"_s));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 1);
        QCOMPARE(count.value(1).toInt(), 3);
        QCOMPARE(count.value(2).toInt(), 1);
        QCOMPARE(count.value(3).toInt(), 0);
        QVERIFY(cards.load(kept->id).ok());
        QVERIFY(!CandidateRepository(m_library->database()).erase(ada).ok());
        QVERIFY(pragma.exec(u"PRAGMA secure_delete"_s) && pragma.next());
        QCOMPARE(pragma.value(0).toInt(), 0);

        // Nor does the file or its write-ahead log, where the pages as they were before
        // stay until a checkpoint: not the name, not a word of the search index ("lovelace").
        QVERIFY(!report->logKept);
        const QString path = m_library->path();
        for (const QString &file : { path, path + u"-wal"_s }) {
            QFile bytes(file);
            if (!bytes.exists())
                continue;
            QVERIFY(bytes.open(QIODevice::ReadOnly));
            const QByteArray content = bytes.readAll().toLower();
            QVERIFY2(!content.contains("ada lovelace"), qPrintable(file));
            QVERIFY2(!content.contains("lovelace"), qPrintable(file));
        }
    }

    // While another connection reads the library, the log cannot be emptied: the erasure
    // still happens at once (the connection's busy timeout is not waited), its report says the
    // log keeps the old pages, and the log is emptied when asked again after the reader is done.
    void eraseWhileAnotherConnectionReads()
    {
        const qint64 ada = addCandidate(*m_library, u"Ada Lovelace"_s);
        QSqlQuery pragma(m_library->database());
        QVERIFY(pragma.exec(u"PRAGMA busy_timeout = 60000"_s));
        HeldRead reader(m_library->path());
        QVERIFY(reader.isHolding());
        QElapsedTimer timer;
        timer.start();
        const auto report = CandidateRepository(m_library->database()).erase(ada);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QVERIFY(report->logKept);
        QVERIFY2(timer.elapsed() < 30000, "waited for the reader");
        const auto stillReading = m_library->emptyWriteAheadLog();
        QVERIFY(stillReading.ok() && !*stillReading);
        reader.release();
        QVERIFY(pragma.exec(u"PRAGMA busy_timeout"_s) && pragma.next());
        QCOMPARE(pragma.value(0).toInt(), 60000);
        QVERIFY(!CandidateRepository(m_library->database()).load(ada).ok());

        const auto emptied = m_library->emptyWriteAheadLog();
        QVERIFY2(emptied.ok(), qPrintable(emptied.error()));
        QVERIFY(*emptied);
        for (const QString &file : { m_library->path(), m_library->path() + u"-wal"_s }) {
            QFile bytes(file);
            if (!bytes.exists())
                continue;
            QVERIFY(bytes.open(QIODevice::ReadOnly));
            QVERIFY2(!bytes.readAll().toLower().contains("lovelace"), qPrintable(file));
        }
    }

    void progressFollowsEveryAnswerWrite()
    {
        // The list's "rated of asked" counts are kept on the scorecard (schema 9) by triggers
        // on the answers; after each kind of write they must equal a count of the answers.
        ScorecardRepository cards(m_library->database());
        const qint64 kit = addKit(*m_library);
        const qint64 ada = addCandidate(*m_library, u"Ada"_s);
        const auto first = cards.create(ada, u"Grace"_s, kit, 1);
        const auto second = cards.create(ada, u"Linus"_s, std::nullopt, 1);
        QVERIFY(first.ok() && second.ok());
        const auto check = [&](const char *step) {
            QSqlQuery truth(m_library->database());
            QVERIFY(truth.exec(u"SELECT s.id, (SELECT count(*) FROM scorecard_answers a WHERE "
                               "a.scorecard_id = s.id), (SELECT count(*) FROM scorecard_answers "
                               "a WHERE a.scorecard_id = s.id AND (a.rating IS NOT NULL OR "
                               "a.not_asked)) FROM scorecards s"_s));
            QHash<qint64, QPair<int, int>> expected;
            while (truth.next()) {
                expected.insert(truth.value(0).toLongLong(),
                                { truth.value(1).toInt(), truth.value(2).toInt() });
            }
            const auto listed = cards.summaries();
            QVERIFY2(listed.ok(), step);
            QCOMPARE(listed->size(), expected.size());
            for (const ScorecardSummary &card : *listed) {
                QVERIFY2(expected.contains(card.id), step);
                QVERIFY2(card.questions == expected.value(card.id).first, step);
                QVERIFY2(card.answered == expected.value(card.id).second, step);
                // One scorecard's line, as the list refreshes it after a rating, is the same.
                const auto one = cards.summary(card.id);
                QVERIFY2(one.ok(), step);
                QVERIFY2(
                    one->candidateId == card.candidateId && one->candidateName == card.candidateName
                        && one->interviewer == card.interviewer && one->kitId == card.kitId
                        && one->status == card.status && one->recommendation == card.recommendation
                        && one->updatedAt == card.updatedAt && one->questions == card.questions
                        && one->answered == card.answered,
                    step);
            }
        };
        check("created");
        const auto missing = cards.summary(second->id + 100);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error(), u"There is no scorecard with id %1."_s.arg(second->id + 100));
        const auto summaryOf = [&](qint64 id) {
            const auto listed = cards.summaries();
            for (const ScorecardSummary &card : *listed) {
                if (card.id == id)
                    return std::pair(card.answered, card.questions);
            }
            return std::pair(-1, -1);
        };
        QCOMPARE(summaryOf(first->id), std::pair(0, 3));
        QVERIFY(second->answers.size() > 3);

        QVERIFY(cards.setRating(first->id, 3, 4).ok());
        QCOMPARE(summaryOf(first->id), std::pair(1, 3));
        QVERIFY(cards.setRating(first->id, 3, 2).ok()); // re-rated: still one
        QCOMPARE(summaryOf(first->id), std::pair(1, 3));
        QVERIFY(cards.setRating(first->id, 1, std::nullopt, true).ok()); // not asked counts
        QCOMPARE(summaryOf(first->id), std::pair(2, 3));
        QVERIFY(cards.setRating(first->id, 1, 3).ok()); // rated after all: still two
        QCOMPARE(summaryOf(first->id), std::pair(2, 3));
        QVERIFY(cards.setRating(first->id, 3, std::nullopt).ok()); // cleared
        QCOMPARE(summaryOf(first->id), std::pair(1, 3));
        QVERIFY(cards.setNote(first->id, 2, u"A note is not a rating."_s).ok());
        QCOMPARE(summaryOf(first->id), std::pair(1, 3));
        QVERIFY(cards.setAnswer(first->id, 2, 4, false, u"Then rated."_s).ok());
        QCOMPARE(summaryOf(first->id), std::pair(2, 3));
        QVERIFY(!cards.setRating(first->id, 999, 4).ok()); // not on the scorecard
        check("rated");

        // A merge replaces a scorecard's answers with the incoming ones.
        Scorecard incoming = *cards.load(second->id);
        incoming.answers = incoming.answers.mid(0, 2);
        incoming.answers[0].rating = 4;
        incoming.answers[1].notAsked = true;
        incoming.updatedAt = incoming.updatedAt.addSecs(60);
        QCOMPARE(*cards.merge(incoming), MergeOutcome::Updated);
        QCOMPARE(summaryOf(second->id), std::pair(2, 2));
        check("merged");

        // Erasing the candidate takes their scorecards and answers with it; another
        // candidate's stay as they were.
        const auto other = cards.create(addCandidate(*m_library, u"Sam"_s), u"Grace"_s, kit, 1);
        QVERIFY(other.ok());
        QVERIFY(cards.setRating(other->id, 1, 2).ok());
        QVERIFY(CandidateRepository(m_library->database()).erase(ada).ok());
        QCOMPARE(cards.summaries()->size(), 1);
        QCOMPARE(summaryOf(other->id), std::pair(1, 3));
        check("erased");
    }

    void upgradeCountsProgress()
    {
        // Scorecards rated before schema 9 get their counts from the upgrade.
        int progressVersion = 0;
        for (const Migration &migration : builtinMigrations()) {
            if (migration.name.contains(u"scorecard_progress"_s))
                progressVersion = migration.version;
        }
        QVERIFY(progressVersion > 1);
        const QString path = m_dir.filePath(u"before-progress.sqlite"_s);
        qint64 rated = 0;
        qint64 untouched = 0;
        {
            // Rated with the current schema (older ones have no built-in questions to
            // rate), then taken back to the schema before as it would have been.
            auto library = Library::open(path, Library::OpenMode::CreateNew);
            QVERIFY2(library.ok(), qPrintable(library.error()));
            ScorecardRepository cards((*library)->database());
            const qint64 ada = addCandidate(**library, u"Ada"_s);
            const auto first = cards.create(ada, u"Grace"_s, addKit(**library), 1);
            QVERIFY2(first.ok(), qPrintable(first.error()));
            const auto second = cards.create(ada, u"Linus"_s, std::nullopt, 1);
            QVERIFY2(second.ok(), qPrintable(second.error()));
            rated = first->id;
            untouched = second->id;
            QVERIFY(cards.setRating(rated, 3, 4).ok());
            QVERIFY(cards.setRating(rated, 2, std::nullopt, true).ok());
            QSqlQuery query((*library)->database());
            for (const QString &statement :
                 { u"DROP TRIGGER scorecard_progress_answer_insert"_s,
                   u"DROP TRIGGER scorecard_progress_answer_delete"_s,
                   u"DROP TRIGGER scorecard_progress_answer_update"_s,
                   u"ALTER TABLE scorecards DROP COLUMN question_count"_s,
                   u"ALTER TABLE scorecards DROP COLUMN answered_count"_s,
                   u"CREATE INDEX scorecard_answers_progress ON scorecard_answers "
                   "(scorecard_id, rating, not_asked)"_s,
                   u"DROP INDEX scorecards_by_update"_s, // schema 10 (candidates_by_name,
                   // also schema 10, is dropped by schema 12)
                   u"DROP INDEX scorecards_by_interviewer"_s, // schema 11
                   u"DROP INDEX candidates_listed"_s, // schema 12
                   u"PRAGMA user_version = %1"_s.arg(progressVersion - 1) }) {
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
            }
        }
        auto upgraded = Library::open(path, Library::OpenMode::OpenExisting);
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.error()));
        QCOMPARE((*upgraded)->schemaVersion(), latestSchemaVersion());
        ScorecardRepository cards((*upgraded)->database());
        const auto listed = cards.summaries();
        QCOMPARE(listed->size(), 2);
        const auto bank = QuestionRepository((*upgraded)->database()).list();
        for (const ScorecardSummary &card : *listed) {
            if (card.id == rated) {
                QCOMPARE(card.questions, 3);
                QCOMPARE(card.answered, 2);
            } else {
                QCOMPARE(card.id, untouched);
                QCOMPARE(card.questions, int(bank->size()));
                QCOMPARE(card.answered, 0);
            }
        }
        // And the triggers keep them from then on.
        QVERIFY(cards.setRating(untouched, bank->first().id, 3).ok());
        QCOMPARE(cards.summaries()->first().answered, 1);
    }

    void notesAreSearchable()
    {
        ScorecardRepository cards(m_library->database());
        const qint64 ada = addCandidate(*m_library, u"Ada"_s);
        const qint64 kit = addKit(*m_library);
        const auto first = cards.create(ada, u"Grace"_s, kit, 1);
        const auto second = cards.create(ada, u"Linus"_s, kit, 1);
        QVERIFY(cards.setNote(first->id, 3, u"Explained Kubernetes operators well."_s).ok());
        QVERIFY(cards.setKeyTakeaways(second->id, u"Knows GraphQL federation."_s).ok());
        const auto found = [&](const QString &text) {
            ScorecardFilter filter;
            filter.text = text;
            // Kept in locals: a range-for over value() of a temporary would dangle.
            const auto listed = cards.list(filter);
            const auto summaries = cards.summaries(filter);
            QList<qint64> ids;
            for (const Scorecard &card : listed.value())
                ids.append(card.id);
            QList<qint64> summaryIds;
            for (const ScorecardSummary &card : summaries.value())
                summaryIds.append(card.id);
            if (ids != summaryIds)
                qWarning("list and summaries disagree for %s", qPrintable(text));
            return ids;
        };
        // Word prefixes, any case, accents ignored; FTS5 syntax typed is plain text.
        QCOMPARE(found(u"kubern"_s), QList<qint64> { first->id });
        QCOMPARE(found(u"GRAPHQL"_s), QList<qint64> { second->id });
        QCOMPARE(found(u"opérators"_s), QList<qint64> { first->id });
        QCOMPARE(found(u"\"kubernetes AND"_s), QList<qint64> {});
        QCOMPARE(found(u"nothing-like-this"_s), QList<qint64> {});

        // The Scorecards page reads a search a page at a time, newest change first.
        const auto third = cards.create(ada, u"Ken"_s, kit, 1);
        QVERIFY(cards.setNote(third->id, 3, u"Asked about GraphQL schemas."_s).ok());
        ScorecardFilter both;
        both.text = u"graphql"_s;
        const auto firstPage = cards.summariesPage(both, {}, nullptr, 1);
        QVERIFY(firstPage.ok());
        QCOMPARE(firstPage->size(), 1);
        QCOMPARE(firstPage->first().id, third->id);
        const auto secondPage = cards.summariesPage(both, {}, &firstPage->first(), 1);
        QVERIFY(secondPage.ok());
        QCOMPARE(secondPage->size(), 1);
        QCOMPARE(secondPage->first().id, second->id);
        QVERIFY(cards.summariesPage(both, {}, &secondPage->first(), 1)->isEmpty());

        // A changed note is found by its new words only.
        QVERIFY(cards.setNote(first->id, 3, u"Talked about Terraform."_s).ok());
        QCOMPARE(found(u"kubernetes"_s), QList<qint64> {});
        QCOMPARE(found(u"terraform"_s), QList<qint64> { first->id });

        // Erasing the candidate takes their notes out of the index.
        QVERIFY(CandidateRepository(m_library->database()).erase(ada).ok());
        QCOMPARE(found(u"terraform"_s), QList<qint64> {});
        QCOMPARE(found(u"graphql"_s), QList<qint64> {});
    }

    // The Scorecards page reads its list a page at a time, hiding what independent scoring
    // hides: the pages, one after another, are the whole list visibleScorecards() leaves.
    void pagesListWhatTheViewerMaySee()
    {
        ScorecardRepository cards(m_library->database());
        const qint64 kit = addKit(*m_library);
        const qint64 ada = addCandidate(*m_library, u"Ada"_s);
        const qint64 bob = addCandidate(*m_library, u"Bob"_s);
        const qint64 cy = addCandidate(*m_library, u"Cy"_s);
        const qint64 dee = addCandidate(*m_library, u"Dee"_s);
        const auto card = [&](qint64 candidate, const QString &interviewer, bool submitted,
                              qint64 posting = 1) {
            const auto created = cards.create(candidate, interviewer, kit, posting);
            QVERIFY2(created.ok(), qPrintable(created.error()));
            if (submitted)
                QVERIFY(cards.submit(created->id, interviewer).ok());
        };
        card(ada, u"Grace"_s, false);
        card(ada, u"Linus"_s, true);
        card(ada, u"Ann"_s, true);
        card(bob, u"Grace"_s, true);
        card(bob, u"Linus"_s, false);
        card(bob, u"Ann"_s, false);
        card(cy, u"Linus"_s, true);
        card(cy, u"Ann"_s, true);
        card(dee, u"Linus"_s, true);
        card(dee, u"Grace"_s, false, 2);
        // Ties in the last change: a page must end and the next begin by id among them.
        QSqlQuery tie(m_library->database());
        QVERIFY(tie.exec(u"UPDATE scorecards SET updated_at = (SELECT min(updated_at) FROM "
                         "scorecards) WHERE id % 3 <> 0"_s));

        const auto ids = [](const QList<ScorecardSummary> &lines) {
            QList<qint64> result;
            for (const ScorecardSummary &line : lines)
                result.append(line.id);
            return result;
        };
        const auto paged = [&](const ScorecardFilter &filter, const ScorecardViewer &viewer) {
            QList<qint64> result;
            std::optional<ScorecardSummary> after;
            // Bounded: a page start that does not move on would read the same page for ever.
            for (int pages = 0; pages < 100; ++pages) {
                const auto page = cards.summariesPage(filter, viewer, after ? &*after : nullptr, 2);
                if (!page.ok()) {
                    qWarning("%s", qPrintable(page.error()));
                    return QList<qint64> { -1 };
                }
                result += ids(*page);
                if (page->size() < 2)
                    return result;
                after = page->last();
            }
            return QList<qint64> { -2 };
        };
        auto all = cards.summaries();
        QCOMPARE(all->size(), 10);
        for (const QString &viewer : { u"Grace"_s, u"Linus"_s, u"Ann"_s, u"Nobody"_s }) {
            for (const bool independent : { true, false }) {
                const QList<ScorecardSummary> visible =
                    visibleScorecards(*all, viewer, independent);
                QCOMPARE(paged({}, { viewer, independent }), ids(visible));
                QCOMPARE(cards.hiddenCount({}, { viewer, independent }).value(),
                         int(all->size() - visible.size()));
            }
        }
        // Grace's draft for Dee is under another posting, and still hides Linus's scorecard
        // for Dee in this posting's list, as Dee's debrief does.
        ScorecardFilter posting;
        posting.postingId = 1;
        QList<qint64> expected;
        for (const ScorecardSummary &line : *all) {
            const bool inPosting = line.candidateId != dee || line.interviewer != u"Grace"_s;
            const bool hidden = line.interviewer != u"Grace"_s
                && (line.candidateId == ada || line.candidateId == dee);
            if (inPosting && !hidden)
                expected.append(line.id);
        }
        QCOMPARE(expected.size(), 6);
        QCOMPARE(paged(posting, { u"Grace"_s, true }), expected);
        for (const ScorecardSummary &line : *all) {
            QCOMPARE(cards.lists(posting, { u"Grace"_s, true }, line.id).value(),
                     expected.contains(line.id));
        }
        QCOMPARE(cards.lists({}, { u"Grace"_s, false }, all->first().id).value(), true);
        QCOMPARE(cards.lists({}, { u"Grace"_s, true }, 1000000).value(), false);
        // The posting's own list alone would show it.
        QCOMPARE(visibleScorecards(*cards.summaries(posting), u"Grace"_s).size(), 7);
        QCOMPARE(cards.hiddenCount(posting, { u"Grace"_s, true }).value(), 3);

        // Times another tool wrote in other forms: the pages follow the stored text, in the
        // list's order, whatever Qt reads from it.
        {
            QSqlQuery other(m_library->database());
            const QStringList forms { u"2026-03-14 09:26:53"_s, u"2026-03-14T09:26:53Z"_s,
                                      u"2026-03-14T11:26:53+02:00"_s, u"not a time"_s };
            for (qsizetype i = 0; i < all->size(); ++i) {
                other.prepare(u"UPDATE scorecards SET updated_at = ? WHERE id = ?"_s);
                other.addBindValue(forms.at(i % forms.size()));
                other.addBindValue(all->at(i).id);
                QVERIFY(other.exec());
            }
            const auto reordered = cards.summaries();
            QCOMPARE(paged({}, { u"Nobody"_s, true }), ids(*reordered));
        }

        // A line changed or erased since it was listed still marks where the next page
        // starts: nothing is listed twice or left out.
        const ScorecardViewer nobody { u"Nobody"_s, true };
        all = cards.summaries();
        const auto first = cards.summariesPage({}, nobody, nullptr, 4);
        QSqlQuery change(m_library->database());
        QVERIFY(change.exec(u"UPDATE scorecards SET updated_at = '2099-01-01T00:00:00.000Z' "
                            "WHERE id = %1"_s.arg(first->last().id)));
        QCOMPARE(ids(*cards.summariesPage({}, nobody, &first->last(), 100)), ids(all->mid(4)));
        QSqlQuery erase(m_library->database());
        QVERIFY(erase.exec(u"DELETE FROM scorecards WHERE id = %1"_s.arg(all->at(5).id)));
        QCOMPARE(ids(*cards.summariesPage({}, nobody, &all->at(5), 100)), ids(all->mid(6)));

        QSqlQuery rename(m_library->database());
        QVERIFY(rename.exec(u"ALTER TABLE scorecards RENAME TO scorecards_gone"_s));
        const auto page = cards.summariesPage({}, { u"Grace"_s, true }, nullptr, 5);
        QVERIFY(!page.ok());
        QVERIFY2(page.error().startsWith(u"Cannot access scorecards: "_s),
                 qPrintable(page.error()));
        const auto listed = cards.lists({}, { u"Grace"_s, true }, all->first().id);
        QVERIFY(!listed.ok());
        QVERIFY2(listed.error().startsWith(u"Cannot access scorecards: "_s),
                 qPrintable(listed.error()));
        const auto hidden = cards.hiddenCount({}, { u"Grace"_s, true });
        QVERIFY(!hidden.ok());
        QVERIFY2(hidden.error().startsWith(u"Cannot access scorecards: "_s),
                 qPrintable(hidden.error()));
        // With independent scoring off nothing is hidden, and nothing is read to say so.
        QCOMPARE(cards.hiddenCount({}, { u"Grace"_s, false }).value(), 0);
    }

    void retentionListsOldCandidates()
    {
        CandidateRepository candidates(m_library->database());
        Candidate old;
        old.name = u"Old"_s;
        old.createdAt = QDateTime::currentDateTimeUtc().addMonths(-13);
        QVERIFY(candidates.insert(old).ok());
        addCandidate(*m_library, u"New"_s);
        CandidateFilter filter;
        filter.addedBefore = QDateTime::currentDateTimeUtc().addMonths(-12);
        const auto due = candidates.page(filter, {}, 0, 10);
        QVERIFY(due.ok());
        QCOMPARE(due->size(), 1);
        QCOMPARE(due->first().name, u"Old"_s);
        QCOMPARE(candidates.count(filter).value(), 1);
        QCOMPARE(candidates.count({}).value(), 2);
    }

    void candidatesReadBack()
    {
        // Every field read back through page(), load(), find() and names(), by posting or all.
        CandidateRepository candidates(m_library->database());
        Candidate zoe;
        zoe.name = u"zoë Ångström"_s;
        zoe.contact = u"zoe@example.org"_s;
        zoe.stage = u"Onsite"_s;
        zoe.notes = u"Prefers mornings.\nSpeaks Swedish."_s;
        zoe.postingId = 1;
        zoe.createdAt = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 89), Qt::UTC);
        const auto zoeId = candidates.insert(zoe);
        QVERIFY(zoeId.ok());
        Candidate adam;
        adam.name = u"Adam"_s;
        const auto adamId = candidates.insert(adam); // no posting
        QVERIFY(adamId.ok());
        const qint64 bea = addCandidate(*m_library, u"Bea"_s);

        const auto loaded = candidates.load(*zoeId);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->name, zoe.name);
        QCOMPARE(loaded->contact, zoe.contact);
        QCOMPARE(loaded->stage, zoe.stage);
        QCOMPARE(loaded->notes, zoe.notes);
        QCOMPARE(loaded->postingId, std::optional<qint64>(1));
        QCOMPARE(loaded->createdAt, zoe.createdAt);
        QCOMPARE(candidates.load(*adamId)->postingId, std::nullopt);
        QVERIFY2(candidates.load(999).error().contains(u"no candidate with id 999"_s),
                 qPrintable(candidates.load(999).error()));

        // By name, case aside; then by id.
        const auto all = candidates.page({}, {}, 0, 10);
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).id, *adamId);
        QCOMPARE(all->at(1).id, bea);
        QCOMPARE(all->at(2).id, *zoeId);
        // Lists leave the notes out; load() reads them.
        QCOMPARE(all->at(2).name, zoe.name);
        QCOMPARE(all->at(2).contact, zoe.contact);
        QCOMPARE(all->at(2).createdAt, zoe.createdAt);
        QCOMPARE(all->at(2).notes, QString());
        CandidateFilter posting1;
        posting1.postingId = 1;
        const auto ofPosting = candidates.page(posting1, {}, 0, 10);
        QCOMPARE(ofPosting->size(), 2);
        QCOMPARE(candidates.count(posting1).value(), 2);
        // A page: from an offset, so many; in another order, either way (alike: by name, then
        // by id).
        QCOMPARE(candidates.page({}, {}, 1, 1)->size(), 1);
        QCOMPARE(candidates.page({}, {}, 1, 1)->first().id, bea);
        QCOMPARE(candidates.page({}, {}, 3, 10)->size(), 0);
        const auto ids = [&candidates](CandidateOrder order) {
            QList<qint64> listed;
            for (const Candidate &each : candidates.page({}, order, 0, 10).value())
                listed.append(each.id);
            return listed;
        };
        QCOMPARE(ids({ CandidateOrder::Name, true }), (QList<qint64> { *zoeId, bea, *adamId }));
        // Zoë is the only one with a stage, a contact and a date not today.
        QCOMPARE(ids({ CandidateOrder::Stage, true }), (QList<qint64> { *zoeId, *adamId, bea }));
        QCOMPARE(ids({ CandidateOrder::Contact, false }), (QList<qint64> { *adamId, bea, *zoeId }));
        QCOMPARE(ids({ CandidateOrder::Added, false }), (QList<qint64> { *zoeId, *adamId, bea }));
        const auto names = candidates.names(1);
        QVERIFY(names.ok());
        QCOMPARE(names->size(), 2);
        QCOMPARE(names->at(0).id, bea);
        QCOMPARE(names->at(0).name, u"Bea"_s);
        QCOMPARE(names->at(1).name, zoe.name);
        QCOMPARE(candidates.names()->size(), 3);
        // The first by name alone; of a posting, or of all.
        QCOMPARE(candidates.names(1, 1)->size(), 1);
        QCOMPARE(candidates.names(1, 1)->first().id, bea);
        QCOMPARE(candidates.names(std::nullopt, 2)->size(), 2);
        QCOMPARE(candidates.names(std::nullopt, 2)->first().id, *adamId);
        // One candidate as names() lists them; none for another posting's or a missing id.
        for (const Named &each : *names) {
            const auto one = candidates.name(each.id, 1);
            QVERIFY2(one.ok(), qPrintable(one.error()));
            QVERIFY(one->has_value());
            QCOMPARE((*one)->id, each.id);
            QCOMPARE((*one)->name, each.name);
        }
        QCOMPARE(candidates.name(*adamId)->value().name, u"Adam"_s);
        QVERIFY(!candidates.name(*adamId, 1)->has_value());
        QVERIFY(!candidates.name(999)->has_value());

        QCOMPARE(candidates.find(1, zoe.name)->value().id, *zoeId);
        QCOMPARE(candidates.find(std::nullopt, u"Adam"_s)->value().id, *adamId);
        QVERIFY(!candidates.find(std::nullopt, zoe.name)->has_value());

        QSqlQuery rename(m_library->database());
        QVERIFY(rename.exec(u"ALTER TABLE candidates RENAME TO candidates_gone"_s));
        for (const QString &error :
             { candidates.page({}, {}, 0, 10).error(), candidates.count({}).error(),
               candidates.names().error(), candidates.names(1, 1).error(),
               candidates.name(*zoeId).error(), candidates.load(*zoeId).error() }) {
            QVERIFY2(error.startsWith(u"Cannot access candidates: "_s), qPrintable(error));
            QVERIFY2(error.contains(u"no such table: candidates"_s), qPrintable(error));
        }
        // A scorecard's list line joins its candidate's name.
        const QString lineError = ScorecardRepository(m_library->database()).summary(1).error();
        QVERIFY2(lineError.startsWith(u"Cannot access scorecards: "_s), qPrintable(lineError));
        QVERIFY2(lineError.contains(u"no such table: candidates"_s), qPrintable(lineError));
    }

    void jsonRoundTripAndIdempotentMerge()
    {
        ScorecardRepository cards(m_library->database());
        const auto card =
            cards.create(addCandidate(*m_library, u"Ada"_s), u"Grace"_s, addKit(*m_library), 1);
        QVERIFY(cards.setRating(card->id, 3, 4).ok());
        QVERIFY(cards.setNote(card->id, 1, u"Talked about sharding"_s).ok());
        QVERIFY(cards.setRedFlag(card->id, 5, true, u"No tests"_s).ok());
        QVERIFY(cards.setRecommendation(card->id, Recommendation::StrongYes).ok());
        QVERIFY(cards.submit(card->id, u"Grace"_s).ok());
        const Scorecard original = *cards.load(card->id);
        QHash<qint64, QString> texts;
        const auto questions = QuestionRepository(m_library->database()).list();
        for (const InterviewQuestion &question : *questions)
            texts.insert(question.id, question.text);
        const QJsonObject json = scorecardToJson(original, texts);
        QCOMPARE(json.value(u"uuid"_s).toString(), original.uuid);
        QCOMPARE(json.value(u"status"_s).toString(), u"submitted"_s);
        QCOMPARE(json.value(u"recommendation"_s).toString(), u"strong_yes"_s);
        QCOMPARE(json.value(u"answers"_s).toArray().first().toObject().value(u"rating"_s).toInt(),
                 4);

        // A colleague's library: first import creates, the second changes nothing.
        auto other = freshLibrary();
        QCOMPARE(*importScorecardJson(other->database(), json), MergeOutcome::Created);
        QCOMPARE(*importScorecardJson(other->database(), json), MergeOutcome::Unchanged);
        ScorecardRepository otherCards(other->database());
        const auto imported = otherCards.list();
        QCOMPARE(imported->size(), 1);
        QCOMPARE(imported->first().uuid, original.uuid);
        // The same answers; their order follows each library's kit.
        const auto sorted = [](QList<ScorecardAnswer> answers) {
            std::sort(answers.begin(), answers.end(),
                      [](const auto &a, const auto &b) { return a.questionId < b.questionId; });
            return answers;
        };
        QCOMPARE(sorted(imported->first().answers), sorted(original.answers));
        QCOMPARE(imported->first().redFlags, original.redFlags);
        QCOMPARE(imported->first().candidateName, u"Ada"_s);
        QCOMPARE(imported->first().status, ScorecardStatus::Submitted);
        QCOMPARE(CandidateRepository(other->database()).count({}).value(), 1);

        // A newer version replaces it; an older one is refused, not applied silently.
        QJsonObject newer = json;
        newer.insert(u"key_takeaways"_s, u"Hire."_s);
        newer.insert(u"updated_at"_s,
                     original.updatedAt.addSecs(60).toUTC().toString(Qt::ISODateWithMs));
        QCOMPARE(*importScorecardJson(other->database(), newer), MergeOutcome::Updated);
        QCOMPARE(otherCards.list()->first().keyTakeaways, u"Hire."_s);
        QCOMPARE(*importScorecardJson(other->database(), json), MergeOutcome::KeptLocalNewer);
        QCOMPARE(otherCards.list()->first().keyTakeaways, u"Hire."_s);
    }

    void badJsonIsRefusedWithoutChanges_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no uuid") << u"uuid"_s << QJsonValue(u""_s) << u"uuid is missing"_s;
        QTest::newRow("no candidate") << u"candidate"_s << QJsonValue(u""_s) << u"candidate"_s;
        QTest::newRow("bad status") << u"status"_s << QJsonValue(u"final"_s) << u"status"_s;
        QTest::newRow("bad recommendation")
            << u"recommendation"_s << QJsonValue(u"maybe"_s) << u"recommendation"_s;
        QTest::newRow("bad date") << u"updated_at"_s << QJsonValue(u"yesterday"_s)
                                  << u"updated_at"_s;
        QTest::newRow("unknown question")
            << u"answers"_s
            << QJsonValue(QJsonArray {
                   QJsonObject { { u"question_id"_s, 99 }, { u"question"_s, u"Why?"_s } } })
            << u"answers[0] asks a question"_s;
        QTest::newRow("bad rating")
            << u"answers"_s
            << QJsonValue(
                   QJsonArray { QJsonObject { { u"question_id"_s, 1 }, { u"rating"_s, 7 } } })
            << u"answers[0].rating must be 1 to 4"_s;
    }

    void badJsonIsRefusedWithoutChanges()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject json { { u"uuid"_s, u"7b7e55f2-1f42-4a53-9a55-3d0f6a3e2b11"_s },
                           { u"candidate"_s, u"Ada"_s },
                           { u"interviewer"_s, u"Grace"_s },
                           { u"status"_s, u"draft"_s },
                           { u"updated_at"_s, u"2026-11-01T10:00:00.000Z"_s },
                           { u"red_flags"_s,
                             QJsonArray { QJsonObject { { u"name"_s, u"New flag"_s } } } },
                           { u"answers"_s, QJsonArray {} } };
        json.insert(key, value);
        const int flagsBefore = int(GuideRepository(m_library->database()).redFlags()->size());
        const auto outcome = importScorecardJson(m_library->database(), json);
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error().contains(expected), qPrintable(outcome.error()));
        QCOMPARE(ScorecardRepository(m_library->database()).list()->size(), 0);
        QCOMPARE(CandidateRepository(m_library->database()).count({}).value(), 0);
        QCOMPARE(int(GuideRepository(m_library->database()).redFlags()->size()), flagsBefore);
    }
};

QTEST_GUILESS_MAIN(TestScorecards)
#include "tst_scorecards.moc"
