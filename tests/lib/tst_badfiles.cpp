// Files that are not healthy Hirekit libraries are refused with a clear message and left
// byte-for-byte untouched, with nothing added beside them.

#include "storage/Library.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace hirekit;

namespace {

using Maker = std::function<QString(const QDir &)>;

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// Runs SQL on a plain connection, outside Hirekit.
void runRaw(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

QString makeLibrary(const QDir &dir)
{
    const QString path = dir.filePath(u"library.sqlite"_s);
    auto library = Library::open(path, Library::OpenMode::CreateNew);
    if (!library)
        qFatal("cannot create a library: %s", qPrintable(library.error()));
    return path;
}

QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

Q_DECLARE_METATYPE(Maker)

class TestBadFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void refused_data()
    {
        QTest::addColumn<Maker>("make");
        QTest::addColumn<QString>("expected");

        QTest::newRow("random bytes") << Maker([](const QDir &dir) {
            QByteArray bytes(8192, Qt::Uninitialized);
            QRandomGenerator generator(42);
            for (char &byte : bytes)
                byte = char(generator.bounded(256));
            const QString path = dir.filePath(u"random.sqlite"_s);
            writeFile(path, bytes);
            return path;
        }) << u"not an SQLite database"_s;

        QTest::newRow("text file") << Maker([](const QDir &dir) {
            const QString path = dir.filePath(u"notes.txt"_s);
            writeFile(path, "Backend Developer\nSalary: 85,000 - 140,000\n");
            return path;
        }) << u"text file"_s;

        QTest::newRow("png image") << Maker([](const QDir &dir) {
            const QString path = dir.filePath(u"picture.png"_s);
            QImage image(16, 16, QImage::Format_RGB32);
            image.fill(Qt::darkCyan);
            image.save(path, "PNG");
            return path;
        }) << u"PNG image"_s;

        QTest::newRow("empty file") << Maker([](const QDir &dir) {
            const QString path = dir.filePath(u"empty.sqlite"_s);
            writeFile(path, QByteArray());
            return path;
        }) << u"empty file"_s;

        QTest::newRow("other application's database") << Maker([](const QDir &dir) {
            const QString path = dir.filePath(u"other.sqlite"_s);
            runRaw(path,
                   { u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"_s,
                     u"INSERT INTO notes (body) VALUES ('hello')"_s });
            return path;
        }) << u"another program"_s;

        QTest::newRow("newer schema version") << Maker([](const QDir &dir) {
            const QString path = makeLibrary(dir);
            runRaw(path, { u"PRAGMA user_version = 99"_s });
            return path;
        }) << u"newer Hirekit"_s;

        QTest::newRow("truncated library") << Maker([](const QDir &dir) {
            const QString path = makeLibrary(dir);
            QFile file(path);
            file.resize(file.size() / 2 + 100);
            return path;
        }) << u"cut short"_s;

        QTest::newRow("damaged pages") << Maker([](const QDir &dir) {
            const QString path = makeLibrary(dir);
            QFile file(path);
            if (!file.open(QIODevice::ReadWrite))
                return path;
            // Keep the header page intact, scramble every page after it.
            const qint64 size = file.size();
            file.seek(4096);
            QRandomGenerator generator(7);
            QByteArray junk(size - 4096, Qt::Uninitialized);
            for (char &byte : junk)
                byte = char(generator.bounded(256));
            file.write(junk);
            return path;
        }) << u"damaged"_s;

        QTest::newRow("directory") << Maker([](const QDir &dir) {
            dir.mkpath(u"folder.sqlite"_s);
            return dir.filePath(u"folder.sqlite"_s);
        }) << u"is a folder"_s;
    }

    void refused()
    {
        QFETCH(Maker, make);
        QFETCH(QString, expected);
        for (const auto mode :
             { Library::OpenMode::OpenExisting, Library::OpenMode::OpenOrCreate }) {
            QTemporaryDir temp;
            const QDir dir(temp.path());
            const QString path = make(dir);
            const QByteArray before = fingerprint(path);
            const QStringList filesBefore = dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

            const auto library = Library::open(path, mode);
            QVERIFY(!library.ok());
            QVERIFY2(library.error().contains(expected), qPrintable(library.error()));
            QVERIFY2(library.error().contains(QFileInfo(path).fileName()),
                     qPrintable(library.error()));
            QCOMPARE(fingerprint(path), before);
            QCOMPARE(dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot), filesBefore);
        }
    }

    // The window opens a library without reading it all (checkBeforeOpening off) and runs
    // quick_check in the background; that check still finds a damaged page.
    void uncheckedOpenLeavesDamageToTheQuickCheck()
    {
        QTemporaryDir temp;
        const QString path = makeLibrary(QDir(temp.path()));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 pageSize = 4096;
            QVERIFY(file.size() > 8 * pageSize);
            file.seek(file.size() - pageSize);
            file.write(QByteArray(pageSize, '\xa5'));
        }
        const QByteArray before = fingerprint(path);
        QVERIFY(!Library::open(path, Library::OpenMode::OpenExisting).ok());

        Library::Options options;
        options.mode = Library::OpenMode::OpenExisting;
        options.checkBeforeOpening = false;
        auto library = Library::open(path, options);
        QVERIFY2(library.ok(), qPrintable(library.error()));
        const auto problems = Library::quickCheck((*library)->database());
        QVERIFY2(problems.ok(), qPrintable(problems.error()));
        QVERIFY(!problems->isEmpty());
        library->reset();
        QCOMPARE(fingerprint(path), before);

        // An upgrade is never run on an unchecked file: the check comes first.
        runRaw(path, { u"PRAGMA user_version = 6"_s });
        const QByteArray older = fingerprint(path);
        const auto upgraded = Library::open(path, options);
        QVERIFY(!upgraded.ok());
        QVERIFY2(upgraded.error().contains(u"damaged"_s), qPrintable(upgraded.error()));
        QCOMPARE(fingerprint(path), older);
    }

    void missingFolderIsRefusedForOpen()
    {
        QTemporaryDir temp;
        const QString path = temp.filePath(u"nowhere/library.sqlite"_s);
        const auto library = Library::open(path, Library::OpenMode::OpenExisting);
        QVERIFY(!library.ok());
        QVERIFY2(library.error().contains(u"does not exist"_s), qPrintable(library.error()));
        QVERIFY(!QFileInfo::exists(temp.filePath(u"nowhere"_s)));
    }

    void missingFileIsRefusedForOpen()
    {
        QTemporaryDir temp;
        const auto library =
            Library::open(temp.filePath(u"library.sqlite"_s), Library::OpenMode::OpenExisting);
        QVERIFY(!library.ok());
        QVERIFY2(library.error().contains(u"no such file"_s), qPrintable(library.error()));
        QCOMPARE(QDir(temp.path()).entryList(QDir::Files), QStringList());
    }

    void lockedLibraryIsRefused()
    {
        QTemporaryDir temp;
        const QString path = makeLibrary(QDir(temp.path()));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
            QVERIFY(query.exec(u"BEGIN EXCLUSIVE"_s));
            QVERIFY(query.exec(u"INSERT INTO red_flags (position, name) VALUES (99, 'held')"_s));

            const auto library = Library::open(path, Library::OpenMode::OpenExisting);
            QVERIFY(!library.ok());
            QVERIFY2(library.error().contains(u"locked"_s), qPrintable(library.error()));
            QVERIFY(query.exec(u"ROLLBACK"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"holder"_s);
        QVERIFY(Library::open(path, Library::OpenMode::OpenExisting).ok());
    }
};

QTEST_GUILESS_MAIN(TestBadFiles)
#include "tst_badfiles.moc"
