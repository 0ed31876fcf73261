// The spelling dictionary the window shares loads on a background thread when the checks ask
// for it (about 30 ms, which the window no longer waits for). The first checks wait for it,
// then check the posting open by then, after the pause of any typing, spelling included.
// checker() waits for a load under way or loads on the spot; missing files are reported; the
// user's word list goes into a background load too.
#include "analysis/SpellChecker.h"
#include "gui/AppSettings.h"
#include "gui/PostingCheckRunner.h"
#include "gui/PostingDocument.h"
#include "gui/SpellingDictionary.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace hirekit;

class TestSpellingDictionary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void firstChecksWaitForTheBackgroundLoad();
    void loadsInTheBackgroundOnce();
    void checkerWaitsForALoadUnderWay();
    void checkerLoadsOnTheSpot();
    void missingFilesAreReported();
    void userWordsGoIntoABackgroundLoad();

private:
    static std::unique_ptr<SpellingDictionary> debianDictionary()
    {
        return std::make_unique<SpellingDictionary>(SpellChecker::defaultAffixPath(),
                                                    SpellChecker::defaultDictionaryPath());
    }
    QTemporaryDir m_dir;
};

void TestSpellingDictionary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestSpellingDictionary::init()
{
    AppSettings settings;
    settings.clear();
    settings.sync();
}

// First: nothing in this process has asked the application's dictionary for anything yet.
void TestSpellingDictionary::firstChecksWaitForTheBackgroundLoad()
{
    SpellingDictionary *shared = SpellingDictionary::instance();
    QVERIFY(!shared->isLoaded());
    Posting posting;
    posting.title = u"Backend Developer"_s;
    posting.sections = { { u"Overview"_s, u"Thsi team ships software every week."_s } };
    Posting other = posting;
    other.sections = { { u"Overview"_s, u"Teh team shipz software."_s } };
    PostingDocument first(posting, QSqlDatabase());
    PostingDocument second(other, QSqlDatabase());
    PostingCheckRunner runner;
    runner.setDelay(0);
    QSignalSpy runs(&runner, &PostingCheckRunner::checked);
    QSignalSpy loaded(shared, &SpellingDictionary::loaded);
    runner.setDocument(&first);
    QCOMPARE(runs.count(), 1); // the last posting's findings go at once
    auto *pause = runner.findChild<QTimer *>();
    QVERIFY(pause && pause->isActive());

    // Seen right after the runner's own handling of each pause's end (connected after it): the
    // checks wait for the dictionary, which loads in the background. The first wait is cut
    // short by opening another posting, whose checks then wait for the same load; during that
    // wait the person types (the pause starts again, long this time).
    struct Seen
    {
        bool pending = false;
        bool hasResult = true;
        bool dictionaryLoaded = true;
    };
    QList<Seen> seen;
    connect(pause, &QTimer::timeout, this, [&] {
        seen.append({ runner.isPending(), runner.hasResult(), shared->isLoaded() });
        if (seen.size() == 1)
            runner.setDocument(&second);
        else if (seen.size() == 2)
            pause->start(60'000);
    });
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(seen.size(), 2);
    for (const Seen &pauseEnd : std::as_const(seen)) {
        QVERIFY(pauseEnd.pending);
        QVERIFY(!pauseEnd.hasResult);
        QVERIFY(!pauseEnd.dictionaryLoaded);
    }

    // Loaded while typing: no run in the middle of it; the checks wait for the pause's end.
    QVERIFY(shared->isLoaded());
    QCOMPARE(runs.count(), 2); // opened, opened
    QVERIFY(runner.isPending());
    QVERIFY(!runner.hasResult());
    pause->start(0);

    // The pause ends: one run, of the posting open now, with spelling.
    QTRY_COMPARE(runs.count(), 3);
    QCOMPARE(seen.size(), 3);
    QVERIFY(!runner.isPending());
    QVERIFY(runner.hasResult());
    QVERIFY(runner.checks().spellingChecked);
    QVERIFY(runner.spellingError().isEmpty());
    QCOMPARE(runner.checks().misspelled.size(), qsizetype(2));

    // Later postings are checked at once after the pause: the dictionary is there.
    runner.setDocument(&first);
    QTRY_VERIFY(runner.hasResult());
    QCOMPARE(runs.count(), 5); // opened, checked
    QCOMPARE(runner.checks().misspelled.size(), qsizetype(1));
    QCOMPARE(loaded.count(), 1);
}

void TestSpellingDictionary::loadsInTheBackgroundOnce()
{
    const auto dictionary = debianDictionary();
    QSignalSpy loaded(dictionary.get(), &SpellingDictionary::loaded);
    dictionary->loadInBackground();
    // Taken over only on this thread, from the event loop.
    QVERIFY(!dictionary->isLoaded());
    QVERIFY(loaded.wait());
    QVERIFY(dictionary->isLoaded());
    QVERIFY(dictionary->errorString().isEmpty());
    SpellChecker *checker = dictionary->checker();
    QVERIFY(checker);
    QVERIFY(checker->isCorrect(u"Kubernetes"_s));
    QVERIFY(!checker->isCorrect(u"Thsi"_s));

    // Asking again neither loads again nor signals again.
    dictionary->loadInBackground();
    QTest::qWait(100);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(dictionary->checker(), checker);
}

void TestSpellingDictionary::checkerWaitsForALoadUnderWay()
{
    const auto dictionary = debianDictionary();
    QSignalSpy loaded(dictionary.get(), &SpellingDictionary::loaded);
    dictionary->loadInBackground();
    SpellChecker *checker = dictionary->checker();
    QVERIFY(checker);
    QVERIFY(dictionary->isLoaded());
    QVERIFY(checker->isCorrect(u"PostgreSQL"_s));
    // The thread's end still reaches the event loop, once, and changes nothing.
    QCOMPARE(loaded.count(), 0);
    QVERIFY(loaded.wait());
    QCOMPARE(dictionary->checker(), checker);
    QTest::qWait(100);
    QCOMPARE(loaded.count(), 1);
}

void TestSpellingDictionary::checkerLoadsOnTheSpot()
{
    const auto dictionary = debianDictionary();
    QSignalSpy loaded(dictionary.get(), &SpellingDictionary::loaded);
    SpellChecker *checker = dictionary->checker();
    QVERIFY(checker);
    QVERIFY(dictionary->isLoaded());
    QVERIFY(checker->isCorrect(u"engineer"_s));
    dictionary->loadInBackground();
    QTest::qWait(100);
    QCOMPARE(loaded.count(), 0);
}

void TestSpellingDictionary::missingFilesAreReported()
{
    const QString affix = m_dir.filePath(u"none.aff"_s);
    const QString words = m_dir.filePath(u"none.dic"_s);
    SpellingDictionary inBackground(affix, words);
    QSignalSpy loaded(&inBackground, &SpellingDictionary::loaded);
    inBackground.loadInBackground();
    QVERIFY(loaded.wait());
    QVERIFY(inBackground.isLoaded());
    QCOMPARE(inBackground.checker(), nullptr);
    QVERIFY2(inBackground.errorString().contains(affix), qPrintable(inBackground.errorString()));

    SpellingDictionary onTheSpot(affix, words);
    QCOMPARE(onTheSpot.checker(), nullptr);
    QCOMPARE(onTheSpot.errorString(), inBackground.errorString());
}

void TestSpellingDictionary::userWordsGoIntoABackgroundLoad()
{
    AppSettings().setSpellingWords({ u"Zorblax"_s });
    const auto dictionary = debianDictionary();
    QSignalSpy loaded(dictionary.get(), &SpellingDictionary::loaded);
    dictionary->loadInBackground();
    QVERIFY(loaded.wait());
    QVERIFY(dictionary->checker()->isCorrect(u"Zorblax"_s));
    QVERIFY(!dictionary->checker()->isCorrect(u"Zorblux"_s));
}

QTEST_GUILESS_MAIN(TestSpellingDictionary)
#include "tst_spellingdictionary.moc"
