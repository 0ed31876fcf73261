// LibraryWatcher: another connection's commit is noticed, the watched connection's own is not.

#include "core/Interview.h"
#include "storage/CandidateRepository.h"
#include "storage/Library.h"
#include "storage/LibraryWatcher.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hirekit;

namespace {

void addCandidate(Library &library, const QString &name)
{
    Candidate candidate;
    candidate.name = name;
    QVERIFY(CandidateRepository(library.database()).insert(candidate).ok());
}

} // namespace

class TestLibraryWatcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void noticesOtherConnectionsOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"watched.sqlite"_s);
        auto mine = Library::open(path, Library::OpenMode::CreateNew);
        QVERIFY(mine.ok());
        auto theirs = Library::open(path, Library::OpenMode::OpenExisting);
        QVERIFY(theirs.ok());

        LibraryWatcher watcher;
        QSignalSpy changed(&watcher, &LibraryWatcher::changedElsewhere);
        watcher.setDatabase((*mine)->database());
        QVERIFY(!watcher.poll());
        addCandidate(**mine, u"Mine"_s);
        QVERIFY(!watcher.poll());
        QCOMPARE(changed.size(), 0);

        addCandidate(**theirs, u"Theirs"_s);
        QVERIFY(watcher.poll());
        QCOMPARE(changed.size(), 1);
        QVERIFY(!watcher.poll()); // once per change

        // Taken without telling (a change the caller knows the writer of): it is seen, and no
        // signal goes out for it, then or at the next look.
        addCandidate(**theirs, u"Known"_s);
        QVERIFY(watcher.takeChange());
        QVERIFY(!watcher.takeChange());
        QVERIFY(!watcher.poll());
        QCOMPARE(changed.size(), 1);

        // On its own timer too.
        watcher.setInterval(20);
        addCandidate(**theirs, u"Theirs again"_s);
        QVERIFY(changed.wait(2000));
        QCOMPARE(changed.size(), 2);

        // Stopped: nothing more is asked of a connection that is going away.
        watcher.setDatabase(QSqlDatabase());
        addCandidate(**theirs, u"Unseen"_s);
        QVERIFY(!watcher.poll());
    }
};

QTEST_GUILESS_MAIN(TestLibraryWatcher)
#include "tst_librarywatcher.moc"
