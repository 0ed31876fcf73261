// BackgroundCheckpoints: while it lives, the library's connection does not checkpoint in its
// commits, a worker thread does once the log holds the pages asked for, and destroyed it gives
// the checkpoints back to the connection.

#include "core/Interview.h"
#include "storage/BackgroundCheckpoints.h"
#include "storage/CandidateRepository.h"
#include "storage/Library.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hirekit;

namespace {

// About `pages` pages of the log in one commit: candidates with 3 KB of notes each.
bool writePages(Library &library, int pages)
{
    Transaction transaction(library.database());
    CandidateRepository candidates(library.database());
    for (int i = 0; i < pages; ++i) {
        Candidate candidate;
        candidate.name = u"Candidate %1"_s.arg(i);
        candidate.notes = QString(3000, QChar(u'a' + i % 26));
        if (!candidates.insert(candidate))
            return false;
    }
    return transaction.commit();
}

int autocheckpoint(Library &library)
{
    QSqlQuery query(library.database());
    if (!query.exec(u"PRAGMA wal_autocheckpoint"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

// The library file itself grows only when a checkpoint copies the log's pages into it.
qint64 fileSize(const Library &library)
{
    return QFileInfo(library.path()).size();
}

} // namespace

class TestBackgroundCheckpoints : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void commitsNoLongerCheckpoint()
    {
        auto library =
            Library::open(m_dir.filePath(u"quiet.sqlite"_s), Library::OpenMode::CreateNew);
        QVERIFY2(library.ok(), qPrintable(library.error()));
        QCOMPARE(autocheckpoint(**library), BackgroundCheckpoints::DefaultPages);
        const qint64 before = fileSize(**library);
        {
            // A threshold never reached: nothing checkpoints while it lives.
            BackgroundCheckpoints checkpoints(**library, 1000000);
            QVERIFY(checkpoints.isActive());
            QCOMPARE(autocheckpoint(**library), 0);
            QVERIFY(writePages(**library, 1200));
            QCOMPARE(fileSize(**library), before);
            QCOMPARE(checkpoints.checkpointsRun(), 0);
        }
        // Given back: the next commit past 1,000 pages checkpoints in the commit again.
        QCOMPARE(autocheckpoint(**library), BackgroundCheckpoints::DefaultPages);
        QVERIFY(writePages(**library, 10));
        QVERIFY(fileSize(**library) > before);
    }

    void workerCheckpointsPastThreshold()
    {
        auto library =
            Library::open(m_dir.filePath(u"worker.sqlite"_s), Library::OpenMode::CreateNew);
        QVERIFY2(library.ok(), qPrintable(library.error()));
        // A new library's log holds its whole creation: emptied first.
        QVERIFY(QSqlQuery((*library)->database()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        const qint64 before = fileSize(**library);
        BackgroundCheckpoints checkpoints(**library, 200);
        QVERIFY(writePages(**library, 5));
        QTest::qWait(100);
        QCOMPARE(checkpoints.checkpointsRun(), 0);
        QCOMPARE(fileSize(**library), before);
        QVERIFY(writePages(**library, 250));
        QTRY_COMPARE(checkpoints.checkpointsRun(), 1);
        QVERIFY(fileSize(**library) > before);
        // What the worker copied is there for the connection, and for a new one.
        auto other = Library::open(library.value()->path(), Library::OpenMode::OpenExisting);
        QVERIFY2(other.ok(), qPrintable(other.error()));
        QCOMPARE(CandidateRepository((*other)->database()).count({}).value(), 255);
        QVERIFY((*library)->check()->isEmpty());
    }

    // A worker that cannot open the library says so and checkpoints nothing; the window's
    // commits go on, and their log waits for the next checkpoint.
    void workerCannotOpenTheLibrary()
    {
        const QString path = m_dir.filePath(u"moved.sqlite"_s);
        auto library = Library::open(path, Library::OpenMode::CreateNew);
        QVERIFY2(library.ok(), qPrintable(library.error()));
        QVERIFY(QSqlQuery((*library)->database()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        BackgroundCheckpoints checkpoints(**library, 20);
        // The open connection keeps the file; its name is gone for a new one.
        QVERIFY(QFile::rename(path, path + u".away"_s));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"^Cannot open the library for its checkpoints"_s));
        QVERIFY(writePages(**library, 50));
        QTest::qWait(300);
        QCOMPARE(checkpoints.checkpointsRun(), 0);
        QVERIFY(writePages(**library, 5));
        QVERIFY(QFile::rename(path + u".away"_s, path));
        QCOMPARE(CandidateRepository((*library)->database()).count({}).value(), 55);
    }

    // Commits that come faster than the worker checkpoints keep the log from starting again;
    // they ask for another checkpoint each `pages` more, not at every commit.
    void sustainedWritesCheckpointByThreshold()
    {
        auto library =
            Library::open(m_dir.filePath(u"sustained.sqlite"_s), Library::OpenMode::CreateNew);
        QVERIFY2(library.ok(), qPrintable(library.error()));
        QVERIFY(QSqlQuery((*library)->database()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        constexpr int Threshold = 50;
        constexpr int Commits = 200;
        BackgroundCheckpoints checkpoints(**library, Threshold);
        for (int i = 0; i < Commits; ++i)
            QVERIFY(writePages(**library, 1));
        QTRY_VERIFY(checkpoints.checkpointsRun() >= 1);
        // Each commit writes five or six pages: about 22 checkpoints, where one asked for at
        // every commit past the first threshold would be up to 190.
        QVERIFY2(checkpoints.checkpointsRun() < Commits / 4,
                 qPrintable(QString::number(checkpoints.checkpointsRun())));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestBackgroundCheckpoints)
#include "tst_backgroundcheckpoints.moc"
