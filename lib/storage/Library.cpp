#include "storage/Library.h"

#include "content/BuiltinContent.h"
#include "storage/FileProbe.h"
#include "storage/LibraryBackups.h"
#include "storage/LibraryConnection.h"
#include "storage/Migrations.h"
#include "storage/SqlRows.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include <sqlite3.h>

#include <atomic>
#include <filesystem>
#include <system_error>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

// The translation context of this file's messages.
struct LibraryText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::Library)
};

constexpr int BusyTimeoutMs = 2000;
std::atomic<int> s_connectionCounter { 0 };

// SQLite result codes that mean another program holds the file.
bool isLockError(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == u"5"_s || code == u"6"_s || code.startsWith(u"5 "_s);
}

// Creates `path` empty and readable by its owner only (it holds candidate data).
Status createPrivateFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return Error { LibraryText::tr("Cannot create %1: %2").arg(path, file.errorString()) };
    }
    return {};
}

Error newerVersionError(const QString &path, int version)
{
    return Error { LibraryText::tr(
                       "%1 was written by a newer Hirekit (library version %2; this Hirekit reads "
                       "up to version %3). Update Hirekit to open it.")
                       .arg(path)
                       .arg(version)
                       .arg(latestSchemaVersion()) };
}

Error foreignDatabaseError(const QString &path)
{
    return Error { LibraryText::tr(
                       "%1 is an SQLite database of another program, not a Hirekit library.")
                       .arg(path) };
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s })
        QFile::remove(path + suffix);
}

} // namespace

Library::Library(const QString &path)
    : m_path(path)
    , m_connectionName(u"hirekit-library-%1"_s.arg(++s_connectionCounter))
{ }

Library::~Library()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Library::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/hirekit.sqlite"_s;
}

Result<std::unique_ptr<Library>> Library::open(const QString &path, OpenMode mode)
{
    Options options;
    options.mode = mode;
    return open(path, options);
}

Result<std::unique_ptr<Library>> Library::open(const QString &path, const Options &options)
{
    if (path.isEmpty())
        return Error { LibraryText::tr("No library file was given.") };
    const QFileInfo info(path);
    const QString absolutePath = info.absoluteFilePath();
    const bool exists = info.exists() || info.isSymLink();

    if (!exists && options.mode == OpenMode::OpenExisting) {
        if (!info.absoluteDir().exists()) {
            return Error { LibraryText::tr("Cannot open %1: the folder %2 does not exist.")
                               .arg(absolutePath, info.absolutePath()) };
        }
        return Error {
            LibraryText::tr("Cannot open %1: there is no such file.").arg(absolutePath)
        };
    }
    if (exists && options.mode == OpenMode::CreateNew) {
        return Error { LibraryText::tr("Cannot create %1: a file of that name already exists.")
                           .arg(absolutePath) };
    }

    // A write-ahead log left by a program that stopped mid-write (a crash, a kill, power
    // loss) holds committed transactions that are not in the main file yet; the main file may
    // even be shorter than its header says while a checkpoint was cut off. SQLite replays
    // the log when the file is opened for writing, so such a file is checked after that.
    // The same holds for a rollback journal left by an upgrade of a library not yet in WAL
    // mode (see openReadWrite()): SQLite rolls it back when the file is opened for writing.
    const bool hotWal = QFileInfo(absolutePath + u"-wal"_s).size() > 0
        || QFileInfo(absolutePath + u"-journal"_s).size() > 0;
    if (exists) {
        // Refuse from the header alone whatever can be refused without opening SQLite.
        const auto header = probeSqliteFile(absolutePath, !hotWal);
        if (!header)
            return Error { header.error() };
        if (header->applicationId != ApplicationId) {
            return foreignDatabaseError(absolutePath);
        }
        if (header->userVersion > latestSchemaVersion()) {
            return newerVersionError(absolutePath, header->userVersion);
        }
    } else {
        if (!QDir().mkpath(info.absolutePath()))
            return Error {
                LibraryText::tr("Cannot create the folder %1.").arg(info.absolutePath())
            };
        if (auto created = createPrivateFile(absolutePath); !created)
            return Error { created.error() };
    }

    std::unique_ptr<Library> library(new Library(absolutePath));
    library->m_created = !exists;
    const bool checkFirst = options.checkBeforeOpening;
    Status status = exists && !hotWal ? library->verifyReadOnly(checkFirst) : Status();
    if (status)
        status = library->openReadWrite();
    // A file opened unchecked is still checked before an upgrade writes to it.
    const int target = options.targetVersion > 0 ? options.targetVersion : latestSchemaVersion();
    const bool upgrading = exists && library->m_schemaVersion < target;
    if (status && (hotWal || (upgrading && !checkFirst)))
        status = library->identify(library->m_db, true);
    if (status)
        status = library->migrate(options);
    if (!status) {
        library.reset();
        if (!exists)
            removeDatabaseFiles(absolutePath);
        return Error { status.error() };
    }
    return library;
}

namespace {

// PRAGMA quick_check: every line that is not "ok" is a problem.
bool runQuickCheck(QSqlQuery &query, QStringList &problems)
{
    if (!query.exec(u"PRAGMA quick_check"_s))
        return false;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != u"ok"_s)
            problems.append(line);
    }
    return true;
}

} // namespace

Error Library::sqlError(const QString &what, const QSqlError &error) const
{
    if (isLockError(error)) {
        return Error { LibraryText::tr(
                           "%1 is locked by another program. Close it there and try again.")
                           .arg(m_path) };
    }
    if (error.nativeErrorCode() == u"11"_s || error.nativeErrorCode() == u"26"_s) {
        return Error {
            LibraryText::tr("%1 is damaged and cannot be read (%2).").arg(m_path, error.text())
        };
    }
    return Error { LibraryText::tr("%1 failed for %2: %3").arg(what, m_path, error.text()) };
}

// Reads what identifies the file through a read-only connection, so nothing is written to
// a file that turns out to be damaged or foreign.
Status Library::verifyReadOnly(bool checkContent)
{
    const QString name = m_connectionName + u"-verify"_s;
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        // immutable=1: no locks, no -wal or -shm files beside a file that may be refused.
        // Without a hot write-ahead log the main file alone is the whole library.
        db.setDatabaseName(QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded)
                           + u"?mode=ro&immutable=1"_s);
        db.setConnectOptions(u"QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"_s);
        status = db.open() ? identify(db, checkContent)
                           : sqlError(LibraryText::tr("Opening"), db.lastError());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}

// Checks that `db` holds a Hirekit library this version can read, and (with `checkContent`)
// that SQLite's quick integrity check finds nothing wrong.
Status Library::identify(const QSqlDatabase &db, bool checkContent) const
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA application_id"_s) || !query.next())
        return sqlError(LibraryText::tr("Reading"), query.lastError());
    if (query.value(0).toInt() != ApplicationId)
        return foreignDatabaseError(m_path);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return sqlError(LibraryText::tr("Reading"), query.lastError());
    if (query.value(0).toInt() > latestSchemaVersion())
        return newerVersionError(m_path, query.value(0).toInt());
    if (!checkContent)
        return {};
    QStringList problems;
    if (!runQuickCheck(query, problems))
        return sqlError(LibraryText::tr("Checking"), query.lastError());
    if (!problems.isEmpty()) {
        return Error {
            LibraryText::tr("%1 is damaged: %2").arg(m_path, problems.mid(0, 3).join(u"; "_s))
        };
    }
    return {};
}

Result<QStringList> Library::quickCheck(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    QStringList problems;
    if (!runQuickCheck(query, problems))
        return Error { query.lastError().text() };
    return problems;
}

Status Library::openReadWrite()
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
    if (!m_db.open())
        return sqlError(LibraryText::tr("Opening"), m_db.lastError());

    QSqlQuery query(m_db);
    // A new file is marked as a Hirekit library before it switches to write-ahead logging,
    // so the mark is in the main file's header at once: a library whose first transactions
    // are still only in the log (after a crash) is never mistaken for another program's.
    if (m_created && !query.exec(u"PRAGMA application_id = %1"_s.arg(ApplicationId)))
        return sqlError(LibraryText::tr("Creating"), query.lastError());
    // WAL lets readers and the writer work at once; FULL makes each commit durable even
    // on power loss, which matters more here than write speed.
    for (const QString &pragma :
         { u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = FULL"_s }) {
        if (!query.exec(pragma))
            return sqlError(LibraryText::tr("Setting up"), query.lastError());
    }
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return sqlError(LibraryText::tr("Reading"), query.lastError());
    m_schemaVersion = query.value(0).toInt();
    query.finish(); // a statement still reading would keep the switch below from happening
    // The header may lag behind the write-ahead log; this is the authoritative version.
    if (m_schemaVersion > latestSchemaVersion()) {
        return newerVersionError(m_path, m_schemaVersion);
    }
    // An older library not yet in WAL mode (a copy made by VACUUM INTO or sqlite3) switches
    // only once its upgrade has committed (migrate()): the switch rewrites the file's header,
    // and an upgrade that fails must leave the file exactly as it was.
    if (m_created || m_schemaVersion >= latestSchemaVersion())
        return enableWal();
    return {};
}

Status Library::enableWal()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA journal_mode = WAL"_s) || !query.next())
        return sqlError(LibraryText::tr("Setting up"), query.lastError());
    if (query.value(0).toString() != u"wal"_s)
        return Error {
            LibraryText::tr("%1 cannot be switched to write-ahead logging.").arg(m_path)
        };
    return {};
}

Status Library::migrate(const Options &options)
{
    const int target = options.targetVersion > 0 ? options.targetVersion : latestSchemaVersion();
    if (m_schemaVersion >= target)
        return enableWal();

    if (!m_created) {
        // Among the library's automatic backups; not pruned here (how many to keep is the
        // user's setting; the next daily backup prunes).
        auto copied = LibraryBackups(m_path).take(m_db, BackupInfo::Kind::BeforeUpgrade, 0, target);
        if (!copied) {
            return Error { LibraryText::tr("Cannot make a backup before upgrading %1: %2")
                               .arg(m_path, copied.error()) };
        }
        m_backupPath = copied->path;
    }

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Error {
            LibraryText::tr("Cannot write to %1: %2").arg(m_path, transaction.errorString())
        };
    if (auto migrated = applyMigrations(m_db, m_schemaVersion, target); !migrated)
        return Error { LibraryText::tr("Cannot upgrade %1: %2").arg(m_path, migrated.error()) };
    // The built-in content is written by today's repositories, so only a library at the
    // latest schema is seeded (older targets exist for upgrade tests).
    if (m_created && options.seed && target == latestSchemaVersion()) {
        if (auto seeded = seedBuiltinContent(m_db); !seeded)
            return Error {
                LibraryText::tr("Cannot fill the new library %1: %2").arg(m_path, seeded.error())
            };
    }
    if (!transaction.commit())
        return Error {
            LibraryText::tr("Cannot write to %1: %2").arg(m_path, transaction.errorString())
        };
    m_schemaVersion = target;
    return enableWal();
}

Library::ChangeStamp Library::changeStamp() const
{
    ChangeStamp stamp;
    sqlite3 *handle = sql::sqliteHandle(m_db);
    if (!handle)
        return stamp;
    stamp.dataVersion = sql::dataVersion(m_db);
    if (stamp.dataVersion >= 0)
        stamp.ownChanges = sqlite3_total_changes64(handle);
    return stamp;
}

Result<bool> Library::emptyWriteAheadLog() const
{
    return sql::emptyLog(m_db);
}

Result<QStringList> Library::check() const
{
    QStringList problems;
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA integrity_check"_s))
        return sqlError(LibraryText::tr("Checking"), query.lastError());
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != u"ok"_s)
            problems.append(line);
    }
    if (!query.exec(u"PRAGMA foreign_key_check"_s))
        return sqlError(LibraryText::tr("Checking"), query.lastError());
    while (query.next()) {
        problems.append(LibraryText::tr("Row %1 of table %2 refers to a missing row of %3.")
                            .arg(query.value(1).toString(), query.value(0).toString(),
                                 query.value(2).toString()));
    }
    return problems;
}

Status Library::backupTo(const QString &target) const
{
    const QFileInfo targetInfo(target);
    const QString absoluteTarget = targetInfo.absoluteFilePath();
    if (absoluteTarget == m_path)
        return Error {
            LibraryText::tr("The backup cannot overwrite the library itself (%1).").arg(m_path)
        };
    if (!targetInfo.absoluteDir().exists())
        return Error {
            LibraryText::tr("The folder %1 does not exist.").arg(targetInfo.absolutePath())
        };
    if (targetInfo.isDir())
        return Error { LibraryText::tr("%1 is a folder.").arg(absoluteTarget) };

    // VACUUM INTO writes a consistent copy, including what is still in the WAL. It goes to
    // a private temporary name first and replaces the target only when complete.
    const QString partial = absoluteTarget + u".partial"_s;
    QFile::remove(partial);
    if (auto created = createPrivateFile(partial); !created)
        return created;
    QSqlQuery query(m_db);
    query.prepare(u"VACUUM INTO ?"_s);
    query.addBindValue(partial);
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        QFile::remove(partial);
        return Error {
            LibraryText::tr("Cannot write the backup %1: %2").arg(absoluteTarget, error.text())
        };
    }
    std::error_code ec;
    std::filesystem::rename(partial.toStdString(), absoluteTarget.toStdString(), ec);
    if (ec) {
        QFile::remove(partial);
        return Error { LibraryText::tr("Cannot write the backup %1: %2")
                           .arg(absoluteTarget, QString::fromStdString(ec.message())) };
    }
    return {};
}

Result<std::unique_ptr<LibraryConnection>> Library::openConnection() const
{
    return LibraryConnection::open(m_path);
}

} // namespace hirekit
