#pragma once

#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace hirekit {

// One copy of a library: a file in the library's backup folder, or one the user chose.
struct BackupInfo
{
    enum class Kind
    {
        Daily, // the first open of a calendar day
        BeforeUpgrade, // before a migration to `version`
        BeforeRestore, // the library as it was before a backup replaced it
        Other, // a file chosen by the user
    };

    QString path;
    QDateTime created; // UTC; from the file name for automatic backups
    qint64 size = 0;
    Kind kind = Kind::Other;
    int version = 0; // the schema version upgraded to, for BeforeUpgrade
};

// What a library file holds, read without changing it: for the restore dialog's preview.
struct LibrarySummary
{
    int schemaVersion = 0;
    qint64 postings = 0; // not templates, not deleted
    qint64 templates = 0;
    qint64 candidates = 0;
    qint64 scorecards = 0;
    qint64 salaryDatasets = 0; // not in the trash
    qint64 salaryRows = 0;
    QDateTime newestChange; // invalid when the library records none
};

// The automatic, rolling backups of one library file, and restoring a library from a backup.
// Each library has a folder of its own under the application data folder,
// backups/<library base name>-<first 8 hex digits of the SHA-1 of its absolute path>/, so two
// libraries of the same name never share one and a library on a removable disk still gets
// its backups on this computer. Files are named <base>-<yyyyMMdd-HHmmss>Z-<kind>.sqlite
// (kind: daily, before-v<N>, before-restore), written whole by VACUUM INTO to a temporary
// name and renamed, readable by their owner only (0600). Only the last `keep` are kept.
class LibraryBackups
{
public:
    static constexpr int DefaultKeep = 7;
    static constexpr int MaxKeep = 100;

    // The backups of the library at `libraryPath`, in its folder (see folderFor()), or in
    // `folder` when given (tests).
    explicit LibraryBackups(const QString &libraryPath, const QString &folder = {});

    static QString folderFor(const QString &libraryPath);
    QString folder() const { return m_folder; }
    QString libraryPath() const { return m_libraryPath; }

    // The automatic backups in the folder, newest first.
    QList<BackupInfo> list() const;

    // Writes a backup of `db` (a connection to this library, on the calling thread), then
    // removes the oldest beyond `keep` (0: none is removed).
    Result<BackupInfo> take(QSqlDatabase db, BackupInfo::Kind kind, int keep, int version = 0);
    // Takes the day's backup when none was taken on `today` (local calendar day) yet; nullopt
    // when it was not due.
    Result<std::optional<BackupInfo>> takeDaily(QSqlDatabase db, int keep,
                                                QDate today = QDate::currentDate());
    // Removes the oldest automatic backups beyond `keep` (at least one is kept).
    Status prune(int keep);

    // Writes a consistent copy of the library open as `db` to `target` (File > Back Up
    // Library), replacing `target` only once the copy is complete; for a worker thread's
    // connection too.
    static Status writeCopy(QSqlDatabase db, const QString &target);

    // Opens `path` read-only (it must be a healthy Hirekit library of this or an older
    // version; anything else is refused with the reason) and counts what it holds.
    static Result<LibrarySummary> summarize(const QString &path);

    // Replaces the library with the backup `backupPath`. Every connection to the library in
    // this process must be closed, and no other program may have it open (refused when its
    // write-ahead log is still there). The backup is checked first; the library as it is
    // becomes a BeforeRestore backup; a checked copy of the backup then replaces the library
    // in one rename. When any step fails, the library is left as it was. Returns the
    // BeforeRestore backup (empty path when there was no library file).
    Result<BackupInfo> restore(const QString &backupPath, int keep);

private:
    QString newPath(BackupInfo::Kind kind, int version, const QDateTime &when) const;

    QString m_libraryPath;
    QString m_folder;
};

} // namespace hirekit
