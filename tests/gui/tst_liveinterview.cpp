// Live mode driven by the keyboard alone, as an interviewer would during a call: every
// rating, note, move and the wrap-up with QTest::keyClick(s) sent to whatever has the focus,
// then a fresh look at the library file shows everything was saved. Also: typing is saved
// within a second without leaving the notes, the timers warn without a dialog, and a
// stopped interview continues where it stopped.
#include "gui/HighlightLabel.h"
#include "gui/InterviewText.h"
#include "gui/LiveInterviewWidget.h"
#include "gui/MessageBoxes.h"
#include "storage/CandidateRepository.h"
#include "storage/KitRepository.h"
#include "storage/Library.h"
#include "storage/QuestionRepository.h"
#include "storage/ScorecardRepository.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hirekit;

class TestLiveInterview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rateWholeKitWithKeysOnly();
    void typingIsSavedWithinASecond();
    void timersWarnWithoutDialogs();
    void continuesWhereItStopped();
    void submittedScorecardDoesNotStart();

private:
    // Sends a key to the widget that has the keyboard focus, as a real key press would go.
    static bool press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    static bool type(const QString &text);
    // The scorecard as another connection to the file reads it now.
    Scorecard fromDisk(qint64 id) const;
    std::unique_ptr<LiveInterviewWidget> startLive(qint64 id, bool resume = true);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Library> m_library;
    qint64 m_kitId = 0;
    qint64 m_candidateId = 0;
    qint64 m_cardId = 0;
    QList<qint64> m_questions;
};

void TestLiveInterview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"live.sqlite"_s);
    auto opened = Library::open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_library = std::move(opened).value();
    const auto bank = QuestionRepository(m_library->database()).list();
    QVERIFY(bank.ok());
    // System design, API design, a behavioral question and a culture one.
    m_questions = { bank->at(0).id, bank->at(2).id, bank->at(10).id, bank->at(15).id };
    InterviewKit kit;
    kit.name = u"Backend onsite"_s;
    kit.stage = u"System design"_s;
    kit.timeBudgetMinutes = 40;
    kit.questionIds = m_questions;
    auto added = KitRepository(m_library->database()).insert(kit);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    m_kitId = added.value();
    Candidate candidate;
    candidate.name = u"Jamie Rivera"_s;
    auto person = CandidateRepository(m_library->database()).insert(candidate);
    QVERIFY(person.ok());
    m_candidateId = person.value();
}

void TestLiveInterview::init()
{
    MessageBoxes::clearLastShown();
    auto card = ScorecardRepository(m_library->database())
                    .create(m_candidateId, u"Priya"_s, m_kitId, std::nullopt);
    QVERIFY2(card.ok(), qPrintable(card.error()));
    m_cardId = card->id;
}

void TestLiveInterview::cleanup()
{
    // Live mode never shows a dialog, not even through the wrapper.
    QVERIFY(!MessageBoxes::lastShown());
    QVERIFY(!QApplication::activeModalWidget());
}

bool TestLiveInterview::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus) {
        qWarning("nothing has the keyboard focus");
        return false;
    }
    QTest::keyClick(focus, Qt::Key(key), modifiers);
    return true;
}

bool TestLiveInterview::type(const QString &text)
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus)
        return false;
    QTest::keyClicks(focus, text);
    return true;
}

Scorecard TestLiveInterview::fromDisk(qint64 id) const
{
    auto other = Library::open(m_path, Library::OpenMode::OpenExisting);
    if (!other) {
        qWarning("%s", qPrintable(other.error()));
        return {};
    }
    auto card = ScorecardRepository(other.value()->database()).load(id);
    if (!card)
        qWarning("%s", qPrintable(card.error()));
    return card ? card.value() : Scorecard {};
}

std::unique_ptr<LiveInterviewWidget> TestLiveInterview::startLive(qint64 id, bool resume)
{
    auto live = std::make_unique<LiveInterviewWidget>();
    const Status started = live->start(m_library.get(), id, resume);
    if (!started) {
        qWarning("%s", qPrintable(started.error()));
        return nullptr;
    }
    live->resize(1100, 760);
    live->show();
    live->activateWindow();
    if (!QTest::qWaitForWindowActive(live.get()))
        qWarning("live mode did not become active");
    return live;
}

void TestLiveInterview::rateWholeKitWithKeysOnly()
{
    auto live = startLive(m_cardId);
    QVERIFY(live);
    auto *notes = live->findChild<QPlainTextEdit *>(u"liveNotesPlainTextEdit"_s);
    QVERIFY(notes);
    QCOMPARE(QApplication::focusWidget(), live.get());
    QCOMPARE(live->position(), 0);
    QCOMPARE(live->questionCount(), 4);

    // Question 1: Yes, a note typed after Tab, back with Escape, next.
    QVERIFY(press(Qt::Key_3));
    QVERIFY(press(Qt::Key_Tab));
    QVERIFY(live->inNotes());
    QCOMPARE(QApplication::focusWidget(), notes);
    QVERIFY(type(u"Sharded the key space; thought about 301 vs 302."_s));
    QVERIFY(press(Qt::Key_Escape));
    QVERIFY(!live->inNotes());
    QVERIFY(press(Qt::Key_N));
    QCOMPARE(live->position(), 1);

    // Question 2: first Strong No, then corrected to Strong Yes; Enter also opens the notes.
    // The anchor chosen shows in the rating's colour, the others without one.
    const auto highlighted = [&live] {
        QList<int> ratings;
        for (int rating = 1; rating <= 4; ++rating) {
            auto *label = live->findChild<HighlightLabel *>(u"rubric%1Label"_s.arg(rating));
            if (label && label->highlight().isValid()) {
                ratings.append(rating);
                // Painted in the rating's colour, left of the text, halfway down.
                const QColor painted = label->grab().toImage().pixelColor(2, label->height() / 2);
                if (label->highlight() != interviewText::ratingColor(rating)
                    || painted != interviewText::ratingColor(rating))
                    ratings.append(-1);
            }
        }
        return ratings;
    };
    QCOMPARE(highlighted(), QList<int>());
    QVERIFY(press(Qt::Key_1));
    QCOMPARE(highlighted(), QList<int> { 1 });
    QVERIFY(press(Qt::Key_4));
    QCOMPARE(highlighted(), QList<int> { 4 });
    QVERIFY(press(Qt::Key_Return));
    QVERIFY(live->inNotes());
    // Digits and N/P in the notes are text, not commands.
    QVERIFY(type(u"Versioning via headers; cursor pagination, 2 N+1 fixes. Pretty good"_s));
    QVERIFY(press(Qt::Key_Tab)); // Tab leaves the notes too
    QVERIFY(!live->inNotes());
    QCOMPARE(live->position(), 1);
    QVERIFY(press(Qt::Key_N));

    // Question 3: not asked.
    QVERIFY(press(Qt::Key_0));
    QCOMPARE(highlighted(), QList<int>()); // not asked: no anchor
    QVERIFY(press(Qt::Key_N));

    // Question 4: No, a note, then back to check question 3 and forward again.
    QVERIFY(press(Qt::Key_2));
    QVERIFY(press(Qt::Key_Tab));
    QVERIFY(type(u"Prefers working alone."_s));
    QVERIFY(press(Qt::Key_Escape));
    QVERIFY(press(Qt::Key_P));
    QCOMPARE(live->position(), 2);
    QVERIFY(press(Qt::Key_N));
    QVERIFY(press(Qt::Key_N));
    QVERIFY(live->onWrapUp());
    QVERIFY(press(Qt::Key_N)); // nothing after the wrap-up
    QVERIFY(live->onWrapUp());

    // Wrap-up: the recommendation and the key takeaways.
    QVERIFY(press(Qt::Key_4));
    QVERIFY(press(Qt::Key_Tab));
    QVERIFY(type(u"Strong system design; probe teamwork."_s));
    QVERIFY(press(Qt::Key_Escape));

    // A fresh connection to the file has every rating and note, with nothing flushed by hand.
    const Scorecard saved = fromDisk(m_cardId);
    QCOMPARE(saved.answers.size(), 4);
    QCOMPARE(saved.answers.at(0).questionId, m_questions.at(0));
    QCOMPARE(saved.answers.at(0).rating, std::optional<int>(3));
    QCOMPARE(saved.answers.at(0).note, u"Sharded the key space; thought about 301 vs 302."_s);
    QCOMPARE(saved.answers.at(1).rating, std::optional<int>(4));
    QCOMPARE(saved.answers.at(1).note,
             u"Versioning via headers; cursor pagination, 2 N+1 fixes. Pretty good"_s);
    QVERIFY(saved.answers.at(2).notAsked);
    QVERIFY(!saved.answers.at(2).rating);
    QCOMPARE(saved.answers.at(2).note, QString());
    QCOMPARE(saved.answers.at(3).rating, std::optional<int>(2));
    QCOMPARE(saved.answers.at(3).note, u"Prefers working alone."_s);
    QCOMPARE(saved.recommendation, std::optional<Recommendation>(Recommendation::StrongYes));
    QCOMPARE(saved.keyTakeaways, u"Strong system design; probe teamwork."_s);
    QCOMPARE(saved.livePosition, 4); // the wrap-up
    QCOMPARE(saved.status, ScorecardStatus::Draft);

    // Ctrl+W ends live mode.
    QSignalSpy finished(live.get(), &LiveInterviewWidget::finished);
    QVERIFY(press(Qt::Key_W, Qt::ControlModifier));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!live->isVisible());
}

void TestLiveInterview::typingIsSavedWithinASecond()
{
    auto live = startLive(m_cardId);
    QVERIFY(live);
    QVERIFY(press(Qt::Key_Tab));
    QVERIFY(type(u"Candidate asked good questions"_s));
    // Still in the notes, nothing pressed since: the last keystroke is on disk within a
    // second, so killing the program now would lose nothing.
    QVERIFY(live->inNotes());
    QTRY_COMPARE_WITH_TIMEOUT(fromDisk(m_cardId).answers.at(0).note,
                              u"Candidate asked good questions"_s, 1000);
    // Steady typing cannot postpone saving: each keystroke 100 ms apart for two seconds.
    for (int i = 0; i < 20; ++i) {
        QVERIFY(type(u"."_s));
        QTest::qWait(100);
    }
    const QString onDisk = fromDisk(m_cardId).answers.at(0).note;
    QVERIFY2(onDisk.size() >= QStringLiteral("Candidate asked good questions").size() + 10,
             qPrintable(onDisk));
}

void TestLiveInterview::timersWarnWithoutDialogs()
{
    auto live = startLive(m_cardId);
    QVERIFY(live);
    auto *questionTimer = live->findChild<QLabel *>(u"questionTimerLabel"_s);
    auto *totalTimer = live->findChild<QLabel *>(u"totalTimerLabel"_s);
    QVERIFY(questionTimer && totalTimer);
    QVERIFY(!live->isQuestionOverTime());
    QVERIFY(!questionTimer->property("warning").toBool());

    // System design suggests 15 minutes.
    live->advanceClock(15 * 60 + 20);
    QVERIFY(live->isQuestionOverTime());
    QVERIFY(questionTimer->property("warning").toBool());
    QVERIFY(questionTimer->text().contains(u"over"_s));
    QVERIFY(!live->isOverBudget());
    QVERIFY(!totalTimer->property("warning").toBool());

    // The next question starts its own clock; the interview's goes on past the 40 minutes.
    QVERIFY(press(Qt::Key_N));
    QVERIFY(!live->isQuestionOverTime());
    live->advanceClock(25 * 60);
    QVERIFY(live->isOverBudget());
    QVERIFY(totalTimer->property("warning").toBool());
    QVERIFY(live->isActiveWindow());

    // Time is saved with the position.
    live->flush();
    const Scorecard saved = fromDisk(m_cardId);
    QVERIFY(saved.liveElapsedSeconds >= 40 * 60);
    QVERIFY(saved.answers.at(0).secondsSpent >= 15 * 60);
    QVERIFY(saved.answers.at(1).secondsSpent >= 25 * 60);
}

void TestLiveInterview::continuesWhereItStopped()
{
    {
        auto live = startLive(m_cardId);
        QVERIFY(live);
        QVERIFY(press(Qt::Key_4));
        QVERIFY(press(Qt::Key_N));
        QVERIFY(press(Qt::Key_N));
        live->advanceClock(600);
        // The window is destroyed without closing, as when the program is killed; what the
        // repository has is what counts.
        live->flush();
    }
    Scorecard saved = fromDisk(m_cardId);
    QCOMPARE(saved.livePosition, 2);
    QVERIFY(saved.liveElapsedSeconds >= 600);

    auto resumed = startLive(m_cardId, true);
    QVERIFY(resumed);
    QCOMPARE(resumed->position(), 2);
    QVERIFY(resumed->totalSeconds() >= 600);
    QVERIFY(press(Qt::Key_P));
    QVERIFY(press(Qt::Key_P));
    QCOMPARE(resumed->position(), 0);
    resumed->close();

    // Starting over goes to the first question but keeps the time already spent.
    auto restarted = startLive(m_cardId, false);
    QVERIFY(restarted);
    QCOMPARE(restarted->position(), 0);
    QVERIFY(restarted->totalSeconds() >= 600);
    QCOMPARE(restarted->scorecard().answers.at(0).rating, std::optional<int>(4));
}

void TestLiveInterview::submittedScorecardDoesNotStart()
{
    ScorecardRepository cards(m_library->database());
    QVERIFY(cards.submit(m_cardId, u"Priya"_s).ok());
    LiveInterviewWidget live;
    const Status started = live.start(m_library.get(), m_cardId);
    QVERIFY(!started.ok());
    QVERIFY(started.error().contains(u"read-only"_s));
}

QTEST_MAIN(TestLiveInterview)
#include "tst_liveinterview.moc"
