#include "gui/LibraryBackupActions.h"

#include "gui/AppSettings.h"
#include "gui/FileDialogs.h"
#include "gui/MessageBoxes.h"
#include "gui/RestoreBackupDialog.h"
#include "storage/Library.h"
#include "storage/LibraryBackups.h"
#include "storage/LibraryConnection.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace hirekit {

LibraryBackupActions::LibraryBackupActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_backUp(new QAction(tr("&Back Up Library…"), this))
    , m_restore(new QAction(tr("Res&tore from Backup…"), this))
{
    m_backUp->setObjectName(u"backUpLibraryAction"_s);
    m_backUp->setStatusTip(tr("Write a copy of the library to a file of your choice"));
    m_restore->setObjectName(u"restoreBackupAction"_s);
    m_restore->setStatusTip(
        tr("Replace the library with one of its automatic backups or a file you choose"));
    connect(m_backUp, &QAction::triggered, this, &LibraryBackupActions::backUpWithDialog);
    connect(m_restore, &QAction::triggered, this, &LibraryBackupActions::chooseBackupToRestore);
    setLibrary(nullptr);
}

LibraryBackupActions::~LibraryBackupActions()
{
    waitForBackgroundWork();
}

void LibraryBackupActions::setLibrary(Library *library)
{
    m_library = library;
    m_backUp->setEnabled(library);
    m_restore->setEnabled(library);
    if (!library)
        return;
    m_dailyPending = true;
    QTimer::singleShot(DailyBackupDelayMs, this, &LibraryBackupActions::startDailyBackup);
}

void LibraryBackupActions::waitForBackgroundWork()
{
    if (m_dailyThread)
        m_dailyThread->wait();
}

void LibraryBackupActions::startDailyBackup()
{
    if (!m_library || !m_dailyPending)
        return;
    if (m_dailyThread) {
        // One at a time: the previous library's backup is still being written.
        QTimer::singleShot(200, this, &LibraryBackupActions::startDailyBackup);
        return;
    }
    m_dailyPending = false;
    struct Outcome
    {
        QString path;
        QString error;
    };
    auto outcome = std::make_shared<Outcome>();
    QThread *thread =
        QThread::create([path = m_library->path(), keep = AppSettings().backupsToKeep(), outcome] {
            const auto connection = LibraryConnection::open(path);
            if (!connection) {
                outcome->error = connection.error();
                return;
            }
            const auto taken = LibraryBackups(path).takeDaily((*connection)->database(), keep);
            if (!taken)
                outcome->error = taken.error();
            else if (taken->has_value())
                outcome->path = (*taken)->path;
        });
    connect(thread, &QThread::finished, this, [this, thread, outcome] {
        thread->deleteLater();
        if (!outcome->error.isEmpty()) {
            qWarning("hirekit: the automatic backup failed: %s", qPrintable(outcome->error));
            emit message(tr("The automatic backup failed: %1").arg(outcome->error));
        }
        emit dailyBackupFinished(outcome->path, outcome->error);
    });
    m_dailyThread = thread;
    thread->start(QThread::LowPriority);
}

void LibraryBackupActions::backUpWithDialog()
{
    if (!m_library)
        return;
    const QFileInfo library(m_library->path());
    QString target = FileDialogs::getSaveFileName(
        m_window, tr("Back Up Library"),
        QDir(library.absolutePath())
            .filePath(
                tr("%1 backup %2.sqlite")
                    .arg(library.completeBaseName(), QDate::currentDate().toString(Qt::ISODate))),
        tr("Hirekit libraries (*.sqlite *.hirekit *.db);;All files (*)"));
    if (target.isEmpty())
        return;
    if (QFileInfo(target).suffix().isEmpty())
        target += u".sqlite"_s;

    // On a worker thread with its own connection, so a big library does not freeze the
    // window; the progress dialog appears only when it takes longer than half a second.
    auto error = std::make_shared<QString>();
    std::unique_ptr<QThread> thread(
        QThread::create([path = library.absoluteFilePath(), target, error] {
            const auto connection = LibraryConnection::open(path);
            if (!connection)
                *error = connection.error();
            else if (auto written = LibraryBackups::writeCopy((*connection)->database(), target);
                     !written)
                *error = written.error();
        }));
    QProgressDialog progress(tr("Backing up %1…").arg(library.fileName()), QString(), 0, 0,
                             m_window);
    progress.setWindowTitle(tr("Back Up Library"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setCancelButton(nullptr);
    QEventLoop loop;
    connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    progress.reset();

    if (!error->isEmpty()) {
        MessageBoxes::critical(m_window, tr("Backup Failed"), *error);
        return;
    }
    emit message(tr("Backed up to %1").arg(QDir::toNativeSeparators(target)));
}

void LibraryBackupActions::chooseBackupToRestore()
{
    if (!m_library)
        return;
    RestoreBackupDialog dialog(m_library->path(), m_window);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedPath().isEmpty())
        emit restoreChosen(dialog.selectedPath());
}

} // namespace hirekit
