// Opening, creating and migrating library files.

#include "storage/Library.h"
#include "storage/Migrations.h"
#include "storage/PostingRepository.h"
#include "storage/SqlScript.h"

#include <QDir>
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

QVariant pragma(const Library &library, const QString &name)
{
    QSqlQuery query(library.database());
    if (!query.exec(u"PRAGMA "_s + name) || !query.next())
        return {};
    return query.value(0);
}

QStringList tableNames(const Library &library)
{
    QSqlQuery query(library.database());
    query.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"_s);
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

namespace fs = std::filesystem;
constexpr fs::perms ownerOnly = fs::perms::owner_read | fs::perms::owner_write;

fs::perms posixPermissions(const QString &path)
{
    return fs::status(path.toStdString()).permissions() & fs::perms::mask;
}

} // namespace

class TestLibrary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createsLibraryWithSettings()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"lib.sqlite"_s);
        auto library = Library::open(path);
        QVERIFY2(library.ok(), qPrintable(library.error()));
        QVERIFY((*library)->wasCreated());
        QCOMPARE((*library)->schemaVersion(), latestSchemaVersion());
        QCOMPARE(pragma(**library, u"journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(pragma(**library, u"foreign_keys"_s).toInt(), 1);
        QCOMPARE(pragma(**library, u"user_version"_s).toInt(), latestSchemaVersion());
        QCOMPARE(pragma(**library, u"application_id"_s).toInt(), Library::ApplicationId);
        QCOMPARE(posixPermissions(path), ownerOnly);
        QVERIFY((*library)->migrationBackupPath().isEmpty());
    }

    void everyTableIsStrict()
    {
        QTemporaryDir dir;
        auto library = Library::open(dir.filePath(u"lib.sqlite"_s));
        QVERIFY2(library.ok(), qPrintable(library.error()));
        QSqlQuery query((*library)->database());
        QVERIFY(
            query.exec(u"SELECT name, strict FROM pragma_table_list "
                       "WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'"_s));
        int tables = 0;
        while (query.next()) {
            ++tables;
            QVERIFY2(query.value(1).toInt() == 1, qPrintable(query.value(0).toString()));
        }
        QVERIFY(tables >= 10);
    }

    // The latest version is counted from the scripts' names; it is the last script's.
    void latestVersionIsTheLastScript()
    {
        const QList<Migration> &migrations = builtinMigrations();
        QVERIFY(!migrations.isEmpty());
        QCOMPARE(latestSchemaVersion(), migrations.size());
        QCOMPARE(latestSchemaVersion(), migrations.last().version);
    }

    void migratesUpFromEmptyFile()
    {
        // Each schema step applies on top of the previous one, from nothing.
        for (int version = 1; version <= latestSchemaVersion(); ++version) {
            QTemporaryDir dir;
            Library::Options options;
            options.targetVersion = version;
            options.seed = false;
            auto library = Library::open(dir.filePath(u"lib.sqlite"_s), options);
            QVERIFY2(library.ok(), qPrintable(library.error()));
            QCOMPARE((*library)->schemaVersion(), version);
            QCOMPARE(pragma(**library, u"user_version"_s).toInt(), version);
            QVERIFY(tableNames(**library).contains(u"postings"_s));
            QCOMPARE(tableNames(**library).contains(u"scorecards"_s), version >= 2);
            QCOMPARE(tableNames(**library).contains(u"posting_revisions"_s), version >= 3);
            QCOMPARE(tableNames(**library).contains(u"salary_value_counts"_s), version >= 8);
        }
    }

    void upgradeMakesBackupFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sqlite"_s);
        {
            // A version-1 library with one posting, as an old Hirekit would have left it.
            Library::Options options;
            options.targetVersion = 1;
            options.seed = false;
            auto library = Library::open(path, options);
            QVERIFY2(library.ok(), qPrintable(library.error()));
            QSqlQuery query((*library)->database());
            QVERIFY(query.exec(u"INSERT INTO postings (id, title, created_at, updated_at) "
                               "VALUES (7, 'Lighthouse Keeper', '2024-01-01', '2024-01-01')"_s));
            QVERIFY(
                query.exec(u"INSERT INTO posting_sections (posting_id, position, heading, body) "
                           "VALUES (7, 0, 'Duties', 'Polish the Fresnel lens')"_s));
        }

        auto upgraded = Library::open(path, Library::OpenMode::OpenExisting);
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.error()));
        QCOMPARE((*upgraded)->schemaVersion(), latestSchemaVersion());
        const QString backup = (*upgraded)->migrationBackupPath();
        QVERIFY(QFileInfo::exists(backup));
        QCOMPARE(posixPermissions(backup), ownerOnly);

        // The existing posting is in the search index the upgrade built.
        PostingQuery search;
        search.text = u"fresnel"_s;
        const auto found = PostingRepository((*upgraded)->database()).list(search);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().id, 7);
        upgraded = Error { u"closed"_s };

        // The backup is the complete version-1 library.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"backup"_s);
            db.setDatabaseName(backup);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
            QCOMPARE(query.value(0).toInt(), 1);
            QVERIFY(query.exec(u"SELECT title FROM postings"_s) && query.next());
            QCOMPARE(query.value(0).toString(), u"Lighthouse Keeper"_s);
        }
        QSqlDatabase::removeDatabase(u"backup"_s);
    }

    void seedingNeedsTheLatestSchema()
    {
        QTemporaryDir dir;
        Library::Options options;
        options.targetVersion = 1;
        auto library = Library::open(dir.filePath(u"lib.sqlite"_s), options);
        QVERIFY(library.ok());
        QSqlQuery query((*library)->database());
        QVERIFY(query.exec(u"SELECT count(*) FROM postings"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void opensWhatACrashLeftInTheLog()
    {
        // A copy of the files while a writer still has the library open is what a crash
        // leaves: recent commits only in the -wal file. Opening replays them.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"live.sqlite"_s);
        auto live = Library::open(path);
        QVERIFY(live.ok());
        Posting posting;
        posting.title = u"Written just before the crash"_s;
        QVERIFY(PostingRepository((*live)->database()).insert(posting).ok());
        QVERIFY(QFileInfo(path + u"-wal"_s).size() > 0);
        const QString crashed = dir.filePath(u"crashed.sqlite"_s);
        QVERIFY(QFile::copy(path, crashed));
        QVERIFY(QFile::copy(path + u"-wal"_s, crashed + u"-wal"_s));

        auto reopened = Library::open(crashed, Library::OpenMode::OpenExisting);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
        PostingQuery query;
        query.text = u"crash"_s;
        QCOMPARE(PostingRepository((*reopened)->database()).list(query)->size(), 1);
        QCOMPARE(*(*reopened)->check(), QStringList());
    }

    void createMakesMissingFolders()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a/b/c/lib.sqlite"_s);
        auto library = Library::open(path, Library::OpenMode::CreateNew);
        QVERIFY2(library.ok(), qPrintable(library.error()));
        QVERIFY(QFileInfo::exists(path));
    }

    void createRefusesExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"lib.sqlite"_s);
        QVERIFY(Library::open(path).ok());
        auto again = Library::open(path, Library::OpenMode::CreateNew);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains(u"already exists"_s), qPrintable(again.error()));
    }

    void reopensExistingLibraryWithoutChanges()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"lib.sqlite"_s);
        QVERIFY(Library::open(path).ok());
        auto reopened = Library::open(path, Library::OpenMode::OpenExisting);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
        QVERIFY(!(*reopened)->wasCreated());
        QVERIFY((*reopened)->migrationBackupPath().isEmpty());
        QDir folder(dir.path());
        QCOMPARE(folder.entryList({ u"*backup*"_s, u"*before*"_s }, QDir::Files), QStringList());
    }

    void changeStampFollowsEveryWrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"lib.sqlite"_s);
        auto opened = Library::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        Library &library = **opened;
        const Library::ChangeStamp start = library.changeStamp();
        QVERIFY(start.isValid());
        // Reading changes nothing.
        QVERIFY(PostingRepository(library.database()).list().ok());
        QCOMPARE(library.changeStamp(), start);

        // A write through this connection, a trigger's too.
        Posting posting;
        posting.title = u"Stamp"_s;
        QVERIFY(PostingRepository(library.database()).insert(posting).ok());
        const Library::ChangeStamp written = library.changeStamp();
        QVERIFY(written.isValid());
        QVERIFY(!(written == start));
        QCOMPARE(library.changeStamp(), written);

        // A commit by another connection (another window, the command line).
        auto other = Library::open(path, Library::OpenMode::OpenExisting);
        QVERIFY2(other.ok(), qPrintable(other.error()));
        QVERIFY(PostingRepository((*other)->database()).insert(posting).ok());
        const Library::ChangeStamp elsewhere = library.changeStamp();
        QVERIFY(!(elsewhere == written));
        QCOMPARE(elsewhere.ownChanges, written.ownChanges);

        // Unreadable stamps are invalid, so never taken for "unchanged".
        QVERIFY(!Library::ChangeStamp().isValid());
        library.database().close();
        QVERIFY(!library.changeStamp().isValid());
    }

    void checkReportsHealthyLibrary()
    {
        QTemporaryDir dir;
        auto library = Library::open(dir.filePath(u"lib.sqlite"_s));
        QVERIFY(library.ok());
        const auto problems = (*library)->check();
        QVERIFY2(problems.ok(), qPrintable(problems.error()));
        QCOMPARE(*problems, QStringList());
    }

    void backupWritesConsistentCopy()
    {
        QTemporaryDir dir;
        auto library = Library::open(dir.filePath(u"lib.sqlite"_s));
        QVERIFY(library.ok());
        const QString target = dir.filePath(u"copy.sqlite"_s);
        const auto written = (*library)->backupTo(target);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QVERIFY(!QFileInfo::exists(target + u".partial"_s));
        auto copy = Library::open(target, Library::OpenMode::OpenExisting);
        QVERIFY2(copy.ok(), qPrintable(copy.error()));
        QCOMPARE((*copy)->schemaVersion(), latestSchemaVersion());
    }

    void backupRefusesBadTargets()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"lib.sqlite"_s);
        auto library = Library::open(path);
        QVERIFY(library.ok());
        const auto self = (*library)->backupTo(path);
        QVERIFY(!self.ok());
        QVERIFY2(self.error().contains(u"library itself"_s), qPrintable(self.error()));
        const auto noFolder = (*library)->backupTo(dir.filePath(u"missing/copy.sqlite"_s));
        QVERIFY(!noFolder.ok());
        QVERIFY2(noFolder.error().contains(u"does not exist"_s), qPrintable(noFolder.error()));
        const auto folder = (*library)->backupTo(dir.path());
        QVERIFY(!folder.ok());
    }

    void splitsScripts()
    {
        const QString script = u"-- comment\nCREATE TABLE a (x INTEGER);\n"
                               "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                               "  UPDATE a SET x = 1;\n  DELETE FROM a WHERE x = 2;\nEND;\n"
                               "CREATE INDEX i ON a (x);"_s;
        const QStringList statements = splitSqlScript(script);
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements.at(1).startsWith(u"CREATE TRIGGER"_s));
        QVERIFY(statements.at(1).endsWith(u"END;"_s));
        QCOMPARE(statements.at(2), u"CREATE INDEX i ON a (x);"_s);
    }

    void migrationsAreNumberedInSequence()
    {
        const auto &migrations = builtinMigrations();
        QVERIFY(migrations.size() >= 2);
        for (qsizetype i = 0; i < migrations.size(); ++i)
            QCOMPARE(migrations.at(i).version, int(i + 1));
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
