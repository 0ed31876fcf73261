#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace hirekit {

class LibraryConnection;

// One open Hirekit library file: an SQLite database in WAL mode with foreign keys on,
// migrated to the current schema. Opening refuses anything that is not a healthy
// Hirekit library of this or an older version, and leaves such a file untouched.
// Repositories take database() to do their work; nothing else runs SQL.
class Library
{
public:
    enum class OpenMode
    {
        OpenExisting, // the file must exist
        OpenOrCreate, // create (with its folders) and seed the file when missing
        CreateNew, // the file must not exist yet
    };

    struct Options
    {
        OpenMode mode = OpenMode::OpenOrCreate;
        // Schema version to migrate to; tests use older versions to exercise upgrades.
        int targetVersion = 0; // 0: the latest
        bool seed = true; // load the built-in content into a new library
        // Run SQLite's quick_check before opening. It reads the whole file (about a third
        // of a second for 300 MB), so the window opens without it and runs it in the
        // background once it shows (quickCheck on a LibraryConnection). A library that needs
        // an upgrade is always checked first: nothing is migrated without it.
        bool checkBeforeOpening = true;
    };

    static constexpr qint32 ApplicationId = 0x48524B54; // "HRKT"

    static Result<std::unique_ptr<Library>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Library>> open(const QString &path,
                                                 OpenMode mode = OpenMode::OpenOrCreate);

    // hirekit.sqlite under QStandardPaths::AppDataLocation.
    static QString defaultPath();

    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    QString path() const { return m_path; }
    QSqlDatabase database() const { return m_db; }
    int schemaVersion() const { return m_schemaVersion; }
    bool wasCreated() const { return m_created; }
    // When this process opened the library (UTC).
    QDateTime openedAt() const { return m_openedAt; }
    // The copy made before this open migrated an older library; empty when none was needed.
    QString migrationBackupPath() const { return m_backupPath; }

    // Whether anything in the library has changed, as a value: the rows this connection has
    // written (sqlite3_total_changes64) and SQLite's data version, which commits by other
    // connections change. Views compare two to skip reading again what they already show.
    struct ChangeStamp
    {
        qint64 ownChanges = -1;
        qint64 dataVersion = -1;
        // Invalid when it could not be read: never to be taken as "unchanged".
        bool isValid() const { return ownChanges >= 0 && dataVersion >= 0; }
        friend bool operator==(const ChangeStamp &, const ChangeStamp &) = default;
    };
    ChangeStamp changeStamp() const;

    // Full integrity and foreign-key check. Returns the problems found; empty means healthy.
    Result<QStringList> check() const;

    // SQLite's quick_check on `db`: the problems found, empty when the file is healthy.
    static Result<QStringList> quickCheck(const QSqlDatabase &db);

    // Writes the write-ahead log (the "-wal" file beside the library) into the library and
    // empties it, so what was overwritten or erased is no longer in it. Does not wait: false
    // while another connection (another window, a background task, another program) reads or
    // writes; then it can be asked again later.
    Result<bool> emptyWriteAheadLog() const;

    // Writes a consistent copy of the library to `target` (replacing it atomically).
    Status backupTo(const QString &target) const;

    // Another connection to this file with the same settings, for a worker thread (see
    // LibraryConnection): call it on that thread.
    Result<std::unique_ptr<LibraryConnection>> openConnection() const;

private:
    explicit Library(const QString &path);
    Status verifyReadOnly(bool checkContent);
    Status identify(const QSqlDatabase &db, bool checkContent) const;
    Status openReadWrite();
    Status enableWal();
    Status migrate(const Options &options);
    Error sqlError(const QString &what, const class QSqlError &error) const;

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
    bool m_created = false;
    QString m_backupPath;
    QDateTime m_openedAt = QDateTime::currentDateTimeUtc();
};

} // namespace hirekit
