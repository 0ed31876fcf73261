#include "storage/LibraryBackups.h"

#include "storage/FileProbe.h"
#include "storage/Library.h"
#include "storage/Migrations.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <system_error>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

// The translation context of this file's messages.
struct LibraryBackupsText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::LibraryBackups)
};

std::atomic<int> s_connectionCounter { 0 };

const QString stampFormat = u"yyyyMMdd-HHmmss"_s;

// <base>-<yyyyMMdd-HHmmss>Z-<kind>[-<n>].sqlite
const QRegularExpression &namePattern()
{
    static const QRegularExpression pattern(
        u"-(\\d{8}-\\d{6})Z-(daily|before-v(\\d+)|before-restore)(?:-\\d+)?\\.sqlite$"_s);
    return pattern;
}

QString kindKey(BackupInfo::Kind kind, int version)
{
    switch (kind) {
    case BackupInfo::Kind::Daily:
        return u"daily"_s;
    case BackupInfo::Kind::BeforeUpgrade:
        return u"before-v%1"_s.arg(version);
    case BackupInfo::Kind::BeforeRestore:
        return u"before-restore"_s;
    case BackupInfo::Kind::Other:
        break;
    }
    return u"copy"_s;
}

// A connection that reads a file exactly as it is on disk: read-only and immutable, so
// SQLite writes nothing beside it (no -wal, no -shm) and takes no locks.
class ReadOnlyConnection
{
public:
    explicit ReadOnlyConnection(const QString &path)
        : m_name(u"hirekit-backup-%1"_s.arg(++s_connectionCounter))
    {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        m_db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded)
                             + u"?mode=ro&immutable=1"_s);
        m_db.setConnectOptions(u"QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"_s);
        m_db.open();
    }
    ~ReadOnlyConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    ReadOnlyConnection(const ReadOnlyConnection &) = delete;
    ReadOnlyConnection &operator=(const ReadOnlyConnection &) = delete;

    QSqlDatabase database() const { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

// Writes a consistent copy of `db` to `target` through VACUUM INTO: first to a private
// temporary name beside it, renamed over `target` only once complete.
Status vacuumInto(QSqlDatabase db, const QString &target)
{
    const QString partial = target + u".partial"_s;
    QFile::remove(partial);
    {
        QFile file(partial);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            return Error { LibraryBackupsText::tr("Cannot write the backup %1: %2")
                               .arg(target, file.errorString()) };
        }
    }
    QSqlQuery query(db);
    query.prepare(u"VACUUM INTO ?"_s);
    query.addBindValue(partial);
    if (!query.exec()) {
        const QString error = query.lastError().text();
        QFile::remove(partial);
        return Error {
            LibraryBackupsText::tr("Cannot write the backup %1: %2").arg(target, error)
        };
    }
    std::error_code ec;
    std::filesystem::rename(partial.toStdString(), target.toStdString(), ec);
    if (ec) {
        QFile::remove(partial);
        return Error { LibraryBackupsText::tr("Cannot write the backup %1: %2")
                           .arg(target, QString::fromStdString(ec.message())) };
    }
    return {};
}

// COUNT(*) or MAX() of `sql`; nullopt when the statement fails (a table or column an older
// schema does not have).
std::optional<QVariant> scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return std::nullopt;
    return query.value(0);
}

qint64 countOf(const QSqlDatabase &db, const QString &sql, const QString &olderSchemaSql = {})
{
    if (auto value = scalar(db, sql))
        return value->toLongLong();
    if (!olderSchemaSql.isEmpty()) {
        if (auto value = scalar(db, olderSchemaSql))
            return value->toLongLong();
    }
    return 0;
}

Error refusedError(const QString &path, const QString &reason)
{
    return Error { LibraryBackupsText::tr("%1 cannot be restored: %2").arg(path, reason) };
}

} // namespace

LibraryBackups::LibraryBackups(const QString &libraryPath, const QString &folder)
    : m_libraryPath(QFileInfo(libraryPath).absoluteFilePath())
    , m_folder(folder.isEmpty() ? folderFor(libraryPath) : folder)
{ }

QString LibraryBackups::folderFor(const QString &libraryPath)
{
    const QFileInfo info(libraryPath);
    const QString canonical = info.canonicalFilePath();
    const QString absolute = canonical.isEmpty() ? info.absoluteFilePath() : canonical;
    const QByteArray hash =
        QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/backups/"_s
        + info.completeBaseName() + u'-' + QString::fromLatin1(hash);
}

QList<BackupInfo> LibraryBackups::list() const
{
    QList<BackupInfo> backups;
    const QFileInfoList files =
        QDir(m_folder).entryInfoList({ u"*.sqlite"_s }, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        const auto match = namePattern().match(file.fileName());
        if (!match.hasMatch())
            continue;
        BackupInfo info;
        info.path = file.absoluteFilePath();
        info.size = file.size();
        info.created = QDateTime::fromString(match.captured(1), stampFormat);
        info.created.setTimeSpec(Qt::UTC);
        const QString kind = match.captured(2);
        if (kind == u"daily"_s) {
            info.kind = BackupInfo::Kind::Daily;
        } else if (kind == u"before-restore"_s) {
            info.kind = BackupInfo::Kind::BeforeRestore;
        } else {
            info.kind = BackupInfo::Kind::BeforeUpgrade;
            info.version = match.captured(3).toInt();
        }
        backups.append(info);
    }
    std::stable_sort(backups.begin(), backups.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.created > b.created;
    });
    return backups;
}

QString LibraryBackups::newPath(BackupInfo::Kind kind, int version, const QDateTime &when) const
{
    const QString base = m_folder + u'/' + QFileInfo(m_libraryPath).completeBaseName() + u'-'
        + when.toUTC().toString(stampFormat) + u"Z-"_s + kindKey(kind, version);
    QString path = base + u".sqlite"_s;
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = base + u"-%1.sqlite"_s.arg(n);
    return path;
}

Result<BackupInfo> LibraryBackups::take(QSqlDatabase db, BackupInfo::Kind kind, int keep,
                                        int version)
{
    if (!QDir().mkpath(m_folder))
        return Error { LibraryBackupsText::tr("Cannot create the folder %1.").arg(m_folder) };
    // Backups hold candidate data: the folder is its owner's alone, as the files are.
    QFile::setPermissions(m_folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    BackupInfo info;
    info.kind = kind;
    info.version = version;
    // Whole seconds: the file name holds no more, and list() reads the time from it.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    info.created = now.addMSecs(-now.time().msec());
    info.path = newPath(kind, version, info.created);
    if (auto written = vacuumInto(db, info.path); !written)
        return Error { written.error() };
    info.size = QFileInfo(info.path).size();
    if (keep > 0) {
        if (auto pruned = prune(keep); !pruned)
            return Error { pruned.error() };
    }
    return info;
}

Result<std::optional<BackupInfo>> LibraryBackups::takeDaily(QSqlDatabase db, int keep, QDate today)
{
    const QList<BackupInfo> backups = list();
    for (const BackupInfo &backup : backups) {
        if (backup.kind == BackupInfo::Kind::Daily && backup.created.toLocalTime().date() == today)
            return std::optional<BackupInfo>();
    }
    auto taken = take(db, BackupInfo::Kind::Daily, keep);
    if (!taken)
        return Error { taken.error() };
    return std::optional<BackupInfo>(std::move(taken).value());
}

Status LibraryBackups::prune(int keep)
{
    const QList<BackupInfo> backups = list();
    QStringList failed;
    for (qsizetype index = std::max(keep, 1); index < backups.size(); ++index) {
        if (!QFile::remove(backups.at(index).path))
            failed.append(backups.at(index).path);
    }
    if (!failed.isEmpty()) {
        return Error {
            LibraryBackupsText::tr("Cannot remove old backups: %1").arg(failed.join(u", "_s))
        };
    }
    return {};
}

Status LibraryBackups::writeCopy(QSqlDatabase db, const QString &target)
{
    const QFileInfo info(target);
    const QString absolute = info.absoluteFilePath();
    if (absolute == QFileInfo(db.databaseName()).absoluteFilePath()) {
        return Error { LibraryBackupsText::tr(
                           "The backup cannot overwrite the library itself (%1).")
                           .arg(absolute) };
    }
    if (!info.absoluteDir().exists()) {
        return Error {
            LibraryBackupsText::tr("The folder %1 does not exist.").arg(info.absolutePath())
        };
    }
    if (info.isDir())
        return Error { LibraryBackupsText::tr("%1 is a folder.").arg(absolute) };
    return vacuumInto(db, absolute);
}

Result<LibrarySummary> LibraryBackups::summarize(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo::exists(absolute))
        return Error { LibraryBackupsText::tr("%1 does not exist.").arg(absolute) };
    // A log beside the file holds transactions the file alone does not show.
    if (QFileInfo(absolute + u"-wal"_s).size() > 0) {
        return Error { LibraryBackupsText::tr(
                           "%1 is open in Hirekit or another program, or was not closed "
                           "properly. Open it in Hirekit once and close it, then try again.")
                           .arg(absolute) };
    }
    const auto header = probeSqliteFile(absolute);
    if (!header)
        return Error { header.error() };
    if (header->applicationId != Library::ApplicationId) {
        return Error { LibraryBackupsText::tr(
                           "%1 is an SQLite database of another program, not a Hirekit library.")
                           .arg(absolute) };
    }
    if (header->userVersion > latestSchemaVersion()) {
        return Error { LibraryBackupsText::tr("%1 was written by a newer Hirekit (library "
                                              "version %2; this Hirekit reads up to version %3).")
                           .arg(absolute)
                           .arg(header->userVersion)
                           .arg(latestSchemaVersion()) };
    }

    ReadOnlyConnection connection(absolute);
    const QSqlDatabase db = connection.database();
    if (!db.isOpen()) {
        return Error {
            LibraryBackupsText::tr("Cannot read %1: %2").arg(absolute, db.lastError().text())
        };
    }
    QSqlQuery check(db);
    if (!check.exec(u"PRAGMA quick_check"_s)) {
        return Error { LibraryBackupsText::tr("%1 is damaged and cannot be read (%2).")
                           .arg(absolute, check.lastError().text()) };
    }
    QStringList problems;
    while (check.next()) {
        if (check.value(0).toString() != u"ok"_s)
            problems.append(check.value(0).toString());
    }
    if (!problems.isEmpty()) {
        return Error { LibraryBackupsText::tr("%1 is damaged: %2")
                           .arg(absolute, problems.mid(0, 3).join(u"; "_s)) };
    }

    LibrarySummary summary;
    summary.schemaVersion = header->userVersion;
    // Older schemas lack deleted_at (postings before version 3, datasets before 6).
    summary.postings =
        countOf(db, u"SELECT COUNT(*) FROM postings WHERE is_template = 0 AND deleted_at IS NULL"_s,
                u"SELECT COUNT(*) FROM postings WHERE is_template = 0"_s);
    summary.templates =
        countOf(db, u"SELECT COUNT(*) FROM postings WHERE is_template = 1 AND deleted_at IS NULL"_s,
                u"SELECT COUNT(*) FROM postings WHERE is_template = 1"_s);
    summary.candidates = countOf(db, u"SELECT COUNT(*) FROM candidates"_s);
    summary.scorecards = countOf(db, u"SELECT COUNT(*) FROM scorecards"_s);
    summary.salaryDatasets =
        countOf(db, u"SELECT COUNT(*) FROM salary_datasets WHERE deleted_at IS NULL"_s,
                u"SELECT COUNT(*) FROM salary_datasets"_s);
    summary.salaryRows = countOf(db,
                                 u"SELECT COUNT(*) FROM salary_rows WHERE dataset_id IN "
                                 "(SELECT id FROM salary_datasets WHERE deleted_at IS NULL)"_s,
                                 u"SELECT COUNT(*) FROM salary_rows"_s);
    for (const QString &sql :
         { u"SELECT MAX(updated_at) FROM postings"_s, u"SELECT MAX(updated_at) FROM scorecards"_s,
           u"SELECT MAX(created_at) FROM candidates"_s,
           u"SELECT MAX(imported_at) FROM salary_datasets"_s,
           u"SELECT MAX(created_at) FROM posting_revisions"_s }) {
        const auto value = scalar(db, sql);
        if (!value || value->isNull())
            continue;
        QDateTime when = QDateTime::fromString(value->toString(), Qt::ISODateWithMs);
        if (!when.isValid())
            when = QDateTime::fromString(value->toString(), Qt::ISODate);
        if (when.isValid() && (!summary.newestChange.isValid() || when > summary.newestChange))
            summary.newestChange = when;
    }
    return summary;
}

Result<BackupInfo> LibraryBackups::restore(const QString &backupPath, int keep)
{
    const QString source = QFileInfo(backupPath).absoluteFilePath();
    if (source == m_libraryPath) {
        return refusedError(source, LibraryBackupsText::tr("it is the library itself."));
    }
    // Refuses what is not a healthy Hirekit library, with the reason.
    if (auto summary = summarize(source); !summary)
        return Error { summary.error() };
    // A log beside the library, even an empty one, means a connection to it is open (SQLite
    // removes it when the last one closes): replacing the file under that connection would
    // lose what it writes, or mix its log into the backup. (A program killed while it had the
    // library open leaves one too; opening and closing the library once clears it.)
    if (QFileInfo::exists(m_libraryPath + u"-wal"_s)) {
        return Error { LibraryBackupsText::tr(
                           "%1 is still open in another Hirekit window or program. Close it "
                           "there and try again.")
                           .arg(m_libraryPath) };
    }

    // A checked copy of the backup beside the library, so the final step is one rename on
    // one file system.
    const QFileInfo libraryInfo(m_libraryPath);
    const QString staged =
        libraryInfo.absolutePath() + u"/."_s + libraryInfo.fileName() + u".restoring"_s;
    {
        ReadOnlyConnection connection(source);
        if (!connection.database().isOpen()) {
            return Error { LibraryBackupsText::tr("Cannot read %1: %2")
                               .arg(source, connection.database().lastError().text()) };
        }
        if (auto copied = vacuumInto(connection.database(), staged); !copied)
            return Error { copied.error() };
    }
    if (auto checked = summarize(staged); !checked) {
        QFile::remove(staged);
        return Error { checked.error() };
    }

    BackupInfo before;
    if (libraryInfo.exists()) {
        ReadOnlyConnection connection(m_libraryPath);
        if (!connection.database().isOpen()) {
            QFile::remove(staged);
            return Error { LibraryBackupsText::tr("Cannot read %1: %2")
                               .arg(m_libraryPath, connection.database().lastError().text()) };
        }
        // Not pruned yet: the library is not replaced until the next step succeeds.
        auto taken = take(connection.database(), BackupInfo::Kind::BeforeRestore, 0);
        if (!taken) {
            QFile::remove(staged);
            return Error { LibraryBackupsText::tr("Cannot back up %1 before restoring: %2")
                               .arg(m_libraryPath, taken.error()) };
        }
        before = std::move(taken).value();
    }

    std::error_code ec;
    std::filesystem::rename(staged.toStdString(), m_libraryPath.toStdString(), ec);
    if (ec) {
        QFile::remove(staged);
        return Error { LibraryBackupsText::tr("Cannot replace %1: %2")
                           .arg(m_libraryPath, QString::fromStdString(ec.message())) };
    }
    // The shared-memory index of the replaced file means nothing for the new one.
    QFile::remove(m_libraryPath + u"-shm"_s);
    // A backup too many is no reason to call the restore failed.
    if (keep > 0)
        static_cast<void>(prune(keep));
    return before;
}

} // namespace hirekit
