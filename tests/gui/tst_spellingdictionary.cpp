// The spelling dictionary the window shares loads on a background thread when the checks ask
// for it (about 30 ms, which the window no longer waits for): the checks of the first posting
// wait for it and then include spelling; checker() waits for a load under way or loads on the
// spot; missing files are reported; the user's word list goes into a background load too.
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
    PostingDocument document(posting, QSqlDatabase());
    PostingCheckRunner runner;
    runner.setDelay(0);
    QSignalSpy runs(&runner, &PostingCheckRunner::checked);
    QSignalSpy loaded(shared, &SpellingDictionary::loaded);
    runner.setDocument(&document);
    QCOMPARE(runs.count(), 1); // the last posting's findings go at once
    auto *pause = runner.findChild<QTimer *>();
    QVERIFY(pause && pause->isActive());

    // The pause ended: the checks wait for the dictionary, which loads in the background.
    QTRY_VERIFY(!pause->isActive());
    QVERIFY(runner.isPending());
    QVERIFY(!runner.hasResult());
    QVERIFY(!shared->isLoaded());
    QCOMPARE(runs.count(), 1);

    // Loaded: one run, with spelling.
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(shared->isLoaded());
    QCOMPARE(runs.count(), 2);
    QVERIFY(!runner.isPending());
    QVERIFY(runner.hasResult());
    QVERIFY(runner.checks().spellingChecked);
    QVERIFY(runner.spellingError().isEmpty());
    QCOMPARE(runner.checks().misspelled.size(), qsizetype(1));

    // Later postings are checked at once after the pause: the dictionary is there.
    PostingDocument second(posting, QSqlDatabase());
    runner.setDocument(&second);
    QTRY_VERIFY(runner.hasResult());
    QCOMPARE(runs.count(), 4);
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
