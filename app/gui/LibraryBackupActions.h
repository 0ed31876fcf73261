#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QThread;
class QWidget;

namespace hirekit {

class Library;

// File > Back Up Library… and File > Restore from Backup…, and the day's automatic backup
// of the open library. Backups are written on a worker thread through their own connection
// (VACUUM INTO reads while the window goes on), so neither start-up nor the menu waits on
// the disk; Back Up shows progress when it takes a moment. Replacing the open library with
// a backup is the window's part (restoreChosen()), since it must close the library first.
class LibraryBackupActions : public QObject
{
    Q_OBJECT

public:
    // The day's backup starts this long after a library is shown: out of start-up's way,
    // and not at all for a window that only renders a screenshot and quits.
    static constexpr int DailyBackupDelayMs = 1500;

    explicit LibraryBackupActions(QWidget *window);
    ~LibraryBackupActions() override;

    QAction *backUpAction() const { return m_backUp; }
    QAction *restoreAction() const { return m_restore; }

    // The open library (nullptr for none). Its day's backup is taken on a worker thread
    // DailyBackupDelayMs later, so after the window shows.
    void setLibrary(Library *library);
    // Blocks until a backup running in the background has finished (before a restore).
    void waitForBackgroundWork();

    void backUpWithDialog();
    void chooseBackupToRestore();

signals:
    void restoreChosen(const QString &backupPath);
    // For the status bar.
    void message(const QString &text);
    // The day's backup finished: `path` of the new backup, empty when none was due or it
    // failed (`error`).
    void dailyBackupFinished(const QString &path, const QString &error);

private:
    void startDailyBackup();

    QWidget *m_window;
    QAction *m_backUp;
    QAction *m_restore;
    Library *m_library = nullptr;
    QPointer<QThread> m_dailyThread;
    bool m_dailyPending = false;
};

} // namespace hirekit
