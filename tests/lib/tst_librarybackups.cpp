// Automatic backups of a library: where they go, how often, how many are kept, what the
// preview says about a backup, and restoring one without losing anything on the way.

#include "core/Interview.h"
#include "storage/CandidateRepository.h"
#include "storage/Library.h"
#include "storage/LibraryBackups.h"
#include "storage/Migrations.h"
#include "storage/PostingRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

using namespace Qt::StringLiterals;
using namespace hirekit;

namespace {

namespace fs = std::filesystem;

fs::perms posixPermissions(const QString &path)
{
    return fs::status(path.toStdString()).permissions() & fs::perms::mask;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

qint64 addCandidate(Library &library, const QString &name)
{
    Candidate candidate;
    candidate.name = name;
    const auto id = CandidateRepository(library.database()).insert(candidate);
    return id ? *id : 0;
}

QStringList candidateNames(const QString &path)
{
    auto library = Library::open(path, Library::OpenMode::OpenExisting);
    if (!library)
        return { library.error() };
    const auto candidates = CandidateRepository((*library)->database()).names();
    if (!candidates)
        return { candidates.error() };
    QStringList names;
    for (const Named &candidate : candidates.value())
        names.append(candidate.name);
    return names;
}

} // namespace

class TestLibraryBackups : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void folderIsPerLibrary()
    {
        QTemporaryDir one;
        QTemporaryDir two;
        const QString a = LibraryBackups::folderFor(one.filePath(u"team.sqlite"_s));
        const QString b = LibraryBackups::folderFor(two.filePath(u"team.sqlite"_s));
        QVERIFY(a != b);
        const QString root =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/backups/"_s;
        QVERIFY2(a.startsWith(root), qPrintable(a));
        QVERIFY(QFileInfo(a).fileName().startsWith(u"team-"_s));
        QCOMPARE(QFileInfo(a).fileName().size(), qsizetype(5 + 8));
        QCOMPARE(LibraryBackups::folderFor(one.filePath(u"team.sqlite"_s)), a);
    }

    void dailyBackupOncePerDayAndPruned()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"daily.sqlite"_s);
        auto library = Library::open(path, Library::OpenMode::CreateNew);
        QVERIFY2(library.ok(), qPrintable(library.error()));
        LibraryBackups backups(path, dir.filePath(u"backups"_s));
        QVERIFY(backups.list().isEmpty());

        auto first = backups.takeDaily((*library)->database(), 3);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QVERIFY(first->has_value());
        const BackupInfo taken = **first;
        QVERIFY(QFileInfo::exists(taken.path));
        QCOMPARE(posixPermissions(taken.path), fs::perms::owner_read | fs::perms::owner_write);
        QCOMPARE(posixPermissions(backups.folder()), fs::perms::owner_all);
        QCOMPARE(taken.kind, BackupInfo::Kind::Daily);
        QVERIFY(taken.size > 0);
        QVERIFY(qAbs(taken.created.secsTo(QDateTime::currentDateTimeUtc())) < 5);

        // Not again on the same day.
        auto again = backups.takeDaily((*library)->database(), 3);
        QVERIFY(again.ok());
        QVERIFY(!again->has_value());
        QCOMPARE(backups.list().size(), 1);
        const QList<BackupInfo> listed = backups.list();
        QCOMPARE(listed.first().path, taken.path);
        QCOMPARE(listed.first().created, taken.created);
        QCOMPARE(listed.first().size, QFileInfo(taken.path).size());

        // Another day takes another; only the newest three stay, newest first.
        for (int day = 1; day <= 4; ++day) {
            auto next =
                backups.takeDaily((*library)->database(), 3, QDate::currentDate().addDays(day));
            QVERIFY2(next.ok() && next->has_value(), qPrintable(next.error()));
        }
        const QList<BackupInfo> kept = backups.list();
        QCOMPARE(kept.size(), 3);
        QVERIFY(!QFileInfo::exists(taken.path));
        for (qsizetype i = 1; i < kept.size(); ++i)
            QVERIFY(kept.at(i - 1).created >= kept.at(i).created);
        // Nothing half-written is left behind.
        QCOMPARE(QDir(backups.folder()).entryList({ u"*.partial"_s }, QDir::Files).size(), 0);
    }

    void upgradeBackupIsAnAutomaticBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sqlite"_s);
        {
            Library::Options options;
            options.targetVersion = 1;
            options.seed = false;
            QVERIFY(Library::open(path, options).ok());
        }
        auto upgraded = Library::open(path, Library::OpenMode::OpenExisting);
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.error()));
        const QList<BackupInfo> backups = LibraryBackups(path).list();
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.first().path, (*upgraded)->migrationBackupPath());
        QCOMPARE(backups.first().kind, BackupInfo::Kind::BeforeUpgrade);
        QCOMPARE(backups.first().version, latestSchemaVersion());
        const auto summary = LibraryBackups::summarize(backups.first().path);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->schemaVersion, 1);
    }

    void summarizesWhatABackupHolds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"summary.sqlite"_s);
        auto library = Library::open(path, Library::OpenMode::CreateNew);
        QVERIFY(library.ok());
        QVERIFY(addCandidate(**library, u"Ada"_s) > 0);
        QVERIFY(addCandidate(**library, u"Grace"_s) > 0);
        const QString copy = dir.filePath(u"copy.sqlite"_s);
        QVERIFY((*library)->backupTo(copy).ok());
        const auto summary = LibraryBackups::summarize(copy);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->schemaVersion, latestSchemaVersion());
        QCOMPARE(summary->candidates, 2);
        QCOMPARE(summary->scorecards, 0);
        QCOMPARE(summary->postings, PostingRepository((*library)->database()).list()->size());
        QVERIFY(summary->templates >= 1);
        QVERIFY(summary->salaryDatasets >= 1);
        QVERIFY(summary->salaryRows >= 9);
        QVERIFY(summary->newestChange.isValid());
        QVERIFY(qAbs(summary->newestChange.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        // Reading it wrote nothing beside it.
        QVERIFY(!QFileInfo::exists(copy + u"-wal"_s));
        QVERIFY(!QFileInfo::exists(copy + u"-shm"_s));
    }

    void refusesWhatIsNotALibrary_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << QByteArray("name,notes\nAda,fine\n") << u"text file"_s;
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("truncated") << QByteArray("SQLite format 3\0", 16) << u"SQLite"_s;
    }

    void refusesWhatIsNotALibrary()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const auto summary = LibraryBackups::summarize(path);
        QVERIFY(!summary.ok());
        QVERIFY2(summary.error().contains(path), qPrintable(summary.error()));
        QCOMPARE(fileHash(path), QCryptographicHash::hash(content, QCryptographicHash::Sha256));
    }

    void refusesAnotherProgramsDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"other.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"CREATE TABLE t (x)"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        const auto summary = LibraryBackups::summarize(path);
        QVERIFY(!summary.ok());
        QVERIFY2(summary.error().contains(u"another program"_s), qPrintable(summary.error()));
    }

    void restoresABackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"team.sqlite"_s);
        LibraryBackups backups(path, dir.filePath(u"backups"_s));
        QString backup;
        {
            auto library = Library::open(path, Library::OpenMode::CreateNew);
            QVERIFY(library.ok());
            addCandidate(**library, u"Before"_s);
            auto taken = backups.take((*library)->database(), BackupInfo::Kind::Daily, 7);
            QVERIFY2(taken.ok(), qPrintable(taken.error()));
            backup = taken->path;
            addCandidate(**library, u"After"_s);
        }
        QCOMPARE(candidateNames(path), (QStringList { u"After"_s, u"Before"_s }));

        auto restored = backups.restore(backup, 7);
        QVERIFY2(restored.ok(), qPrintable(restored.error()));
        QCOMPARE(candidateNames(path), QStringList { u"Before"_s });
        QCOMPARE(posixPermissions(path), fs::perms::owner_read | fs::perms::owner_write);
        // The library as it was is a backup of its own, so the restore can be undone.
        QCOMPARE(restored->kind, BackupInfo::Kind::BeforeRestore);
        QCOMPARE(LibraryBackups::summarize(restored->path)->candidates, 2);
        QCOMPARE(backups.list().size(), 2);
        QCOMPARE(backups.list().first().path, restored->path);
        QVERIFY(!QFileInfo::exists(dir.filePath(u".team.sqlite.restoring"_s)));

        auto undone = backups.restore(restored->path, 7);
        QVERIFY2(undone.ok(), qPrintable(undone.error()));
        QCOMPARE(candidateNames(path), (QStringList { u"After"_s, u"Before"_s }));
    }

    void refusedRestoreChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"team.sqlite"_s);
        QVERIFY(Library::open(path, Library::OpenMode::CreateNew).ok());
        LibraryBackups backups(path, dir.filePath(u"backups"_s));
        const QByteArray before = fileHash(path);

        // A damaged backup: a valid header over a schema page of garbage.
        const QString damaged = dir.filePath(u"damaged.sqlite"_s);
        QVERIFY(QFile::copy(path, damaged));
        {
            QFile file(damaged);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(100);
            file.write(QByteArray(3000, '\xA5'));
        }
        auto refused = backups.restore(damaged, 7);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"damaged"_s), qPrintable(refused.error()));
        QCOMPARE(fileHash(path), before);
        QVERIFY(backups.list().isEmpty());

        // The library open elsewhere: its log is there, and it is not replaced under it.
        const QString good = dir.filePath(u"good.sqlite"_s);
        {
            auto library = Library::open(path, Library::OpenMode::OpenExisting);
            QVERIFY((*library)->backupTo(good).ok());
            addCandidate(**library, u"Open"_s);
            auto busy = backups.restore(good, 7);
            QVERIFY(!busy.ok());
            QVERIFY2(busy.error().contains(u"still open"_s), qPrintable(busy.error()));
        }
        QCOMPARE(candidateNames(path), QStringList { u"Open"_s });
        {
            // Open and idle elsewhere (nothing written yet, the log is empty): still refused.
            auto idle = Library::open(path, Library::OpenMode::OpenExisting);
            QVERIFY(idle.ok());
            QVERIFY(!backups.restore(good, 7).ok());
        }
        QCOMPARE(candidateNames(path), QStringList { u"Open"_s });
        QVERIFY(!backups.restore(path, 7).ok()); // the library itself
    }
};

QTEST_GUILESS_MAIN(TestLibraryBackups)
#include "tst_librarybackups.moc"
