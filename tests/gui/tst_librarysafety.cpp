// The window and its library's safety: another Hirekit (here a second connection) writing
// the same library shows up after the watcher's poll, a posting edited in both places is
// never overwritten without the user choosing, File > Back Up Library writes a copy, the
// day's backup is taken after the window opens, and File > Restore from Backup previews a
// backup and replaces the library with it.

#include "gui/AppSettings.h"
#include "gui/CandidatesWidget.h"
#include "gui/ChangedElsewhereBar.h"
#include "gui/FileDialogs.h"
#include "gui/InterviewsTab.h"
#include "gui/LibraryBackupActions.h"
#include "gui/MainWindow.h"
#include "gui/MessageBoxes.h"
#include "gui/PostingCommands.h"
#include "gui/PostingDocument.h"
#include "gui/PostingsTab.h"
#include "gui/RestoreBackupDialog.h"
#include "gui/SalariesTab.h"
#include "gui/models/CandidateListModel.h"
#include "storage/CandidateRepository.h"
#include "storage/Library.h"
#include "storage/LibraryBackups.h"
#include "storage/LibraryWatcher.h"
#include "storage/PostingRepository.h"
#include "storage/SalaryRepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace hirekit;

namespace {

QStringList postingTitles(MainWindow &window)
{
    QStringList titles;
    auto *view = window.findChild<QTableView *>(u"postingsTableView"_s);
    for (int row = 0; row < view->model()->rowCount(); ++row)
        titles.append(view->model()->index(row, 0).data().toString());
    return titles;
}

// What the last message box said, or nothing.
QString lastMessage()
{
    const auto shown = MessageBoxes::lastShown();
    return shown ? shown->text : QString();
}

qint64 addPosting(Library &library, const QString &title)
{
    Posting posting;
    posting.title = title;
    const auto id = PostingRepository(library.database()).insert(posting);
    return id ? *id : 0;
}

} // namespace

class TestLibrarySafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        AppSettings().clear();
        MessageBoxes::clearLastShown();
    }

    void showsWhatAnotherInstanceWrote()
    {
        const QString path = newLibrary(u"shared.sqlite"_s);
        MainWindow window;
        window.setLibrary(open(path));
        window.show();
        QVERIFY(!postingTitles(window).contains(u"Lighthouse Keeper"_s));
        auto *watcher = window.findChild<LibraryWatcher *>();
        QVERIFY(watcher);
        // The window's own writes are not news.
        QVERIFY(!watcher->poll());

        auto other = open(path);
        QVERIFY(addPosting(*other, u"Lighthouse Keeper"_s) > 0);
        // On the timer (every two seconds), or at once when the window is activated.
        QTRY_VERIFY_WITH_TIMEOUT(postingTitles(window).contains(u"Lighthouse Keeper"_s), 5000);
        QVERIFY(window.statusBar()->currentMessage().contains(u"another Hirekit window"_s));

        // Another process: the command line adds a posting.
        const QString json = m_dir.filePath(u"harbour.json"_s);
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"title": "Harbour Master"})");
        file.close();
        QProcess cli;
        cli.start(QStringLiteral(HIREKIT_BINARY),
                  { u"--db"_s, path, u"postings"_s, u"import"_s, json });
        QVERIFY(cli.waitForFinished(30000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QTRY_VERIFY_WITH_TIMEOUT(postingTitles(window).contains(u"Harbour Master"_s), 5000);
    }

    // A worker thread of this window that writes through its own connection (erasing a
    // candidate here; an import likewise) is not another window: the watcher's change is
    // read at once, and the status bar does not say another window made it.
    void ownBackgroundWritesAreNotAnotherWindows()
    {
        const QString path = newLibrary(u"own.sqlite"_s);
        MainWindow window;
        window.setLibrary(open(path));
        window.show();
        {
            auto other = open(path);
            Candidate candidate;
            candidate.name = u"Jamie Rivera"_s;
            QVERIFY(CandidateRepository(other->database()).insert(candidate).ok());
        }
        auto *watcher = window.findChild<LibraryWatcher *>();
        QVERIFY(watcher->poll());
        window.statusBar()->clearMessage();
        // The window's saves leave the log's checkpoints to a worker (BackgroundCheckpoints).
        QSqlQuery pragma(window.library()->database());
        QVERIFY(pragma.exec(u"PRAGMA wal_autocheckpoint"_s) && pragma.next());
        QCOMPARE(pragma.value(0).toInt(), 0);
        pragma.finish();
        QVERIFY(window.selectTab(u"interviews"_s));
        window.interviewsTab()->showPage(InterviewsTab::CandidatesPage);
        CandidatesWidget *candidates = window.interviewsTab()->candidates();
        QCOMPARE(candidates->model()->rowCount(), 1);

        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        candidates->findChild<QPushButton *>(u"eraseCandidateButton"_s)->click();
        QTRY_VERIFY(!candidates->isErasing());
        QCOMPARE(candidates->model()->rowCount(), 0);
        QVERIFY(!watcher->poll()); // already followed
        QVERIFY2(!window.statusBar()->currentMessage().contains(u"another Hirekit window"_s),
                 qPrintable(window.statusBar()->currentMessage()));
    }

    void hiddenTabsReadChangesWhenShown()
    {
        // The tab in view reads a change made elsewhere at once, and so does the Postings
        // tab (it must know before it autosaves); a hidden tab reads it when next shown.
        const QString path = newLibrary(u"hidden.sqlite"_s);
        MainWindow window;
        window.setLibrary(open(path));
        window.show();
        QVERIFY(window.selectTab(u"interviews"_s));
        window.interviewsTab()->showPage(InterviewsTab::CandidatesPage);
        CandidatesWidget *candidates = window.interviewsTab()->candidates();
        QCOMPARE(candidates->model()->rowCount(), 0);
        QVERIFY(window.selectTab(u"salaries"_s));

        auto other = open(path);
        QVERIFY(addPosting(*other, u"Lighthouse Keeper"_s) > 0);
        Candidate candidate;
        candidate.name = u"Jamie Rivera"_s;
        QVERIFY(CandidateRepository(other->database()).insert(candidate).ok());
        QVERIFY(window.findChild<LibraryWatcher *>()->poll());
        QVERIFY(postingTitles(window).contains(u"Lighthouse Keeper"_s));
        QCOMPARE(candidates->model()->rowCount(), 0);
        QVERIFY(window.selectTab(u"interviews"_s));
        QCOMPARE(candidates->model()->rowCount(), 1);
        QCOMPARE(candidates->model()->index(0, 0).data().toString(), u"Jamie Rivera"_s);

        // The same for the Salaries tab, hidden now: a dataset made elsewhere is listed when
        // the tab is next shown, not before.
        auto *datasets = window.salariesTab()->findChild<QComboBox *>(u"datasetComboBox"_s);
        const int before = datasets->count();
        SalaryDataset dataset;
        dataset.name = u"Made elsewhere"_s;
        QVERIFY(SalaryRepository(other->database()).insertDataset(dataset).ok());
        QVERIFY(window.findChild<LibraryWatcher *>()->poll());
        QCOMPARE(datasets->count(), before);
        QVERIFY(window.selectTab(u"salaries"_s));
        QCOMPARE(datasets->count(), before + 1);
        QVERIFY(datasets->findText(u"Made elsewhere"_s) >= 0);
    }

    void openPostingFollowsWhenUnchangedHere()
    {
        const QString path = newLibrary(u"follow.sqlite"_s);
        MainWindow window;
        window.setLibrary(open(path));
        auto *tab = window.findChild<PostingsTab *>();
        auto other = open(path);
        const qint64 id = addPosting(*other, u"Keeper"_s);
        window.findChild<LibraryWatcher *>()->poll();
        QVERIFY(tab->openPosting(id));

        auto posting = PostingRepository(other->database()).load(id);
        posting->title = u"Senior Keeper"_s;
        QVERIFY(PostingRepository(other->database()).update(*posting).ok());
        QVERIFY(window.findChild<LibraryWatcher *>()->poll());
        QCOMPARE(tab->currentDocument()->posting().title, u"Senior Keeper"_s);
        QVERIFY(window.findChild<ChangedElsewhereBar *>()->isHidden());
    }

    void editsHereAreNotOverwrittenSilently()
    {
        const QString path = newLibrary(u"conflict.sqlite"_s);
        MainWindow window;
        window.setLibrary(open(path));
        window.show();
        auto *tab = window.findChild<PostingsTab *>();
        auto other = open(path);
        const qint64 id = addPosting(*other, u"Keeper"_s);
        window.findChild<LibraryWatcher *>()->poll();
        QVERIFY(tab->openPosting(id));
        PostingDocument *document = tab->currentDocument();
        document->setAutosaveDelay(60000);
        document->undoStack()->push(
            new SetFieldCommand(document, PostingField::Title, u"Keeper (mine)"_s, false));

        auto theirs = PostingRepository(other->database()).load(id);
        theirs->title = u"Keeper (theirs)"_s;
        QVERIFY(PostingRepository(other->database()).update(*theirs).ok());
        QVERIFY(window.findChild<LibraryWatcher *>()->poll());
        auto *bar = window.findChild<ChangedElsewhereBar *>();
        QVERIFY(bar->isVisible());
        // A save now writes nothing over their version.
        QVERIFY(!document->save());
        QCOMPARE(PostingRepository(other->database()).load(id)->title, u"Keeper (theirs)"_s);
        QVERIFY(document->isModified());

        // Keep My Edits writes them.
        bar->findChild<QPushButton *>(u"changedElsewhereKeepPushButton"_s)->click();
        QVERIFY(bar->isHidden());
        QCOMPARE(PostingRepository(other->database()).load(id)->title, u"Keeper (mine)"_s);

        // And the other way round: Show Saved Version drops the edits here.
        document = tab->currentDocument();
        document->setAutosaveDelay(60000);
        document->undoStack()->push(
            new SetFieldCommand(document, PostingField::Title, u"Keeper (draft)"_s, false));
        theirs = PostingRepository(other->database()).load(id);
        theirs->title = u"Keeper (final)"_s;
        QVERIFY(PostingRepository(other->database()).update(*theirs).ok());
        QVERIFY(window.findChild<LibraryWatcher *>()->poll());
        QVERIFY(bar->isVisible());
        bar->findChild<QPushButton *>(u"changedElsewhereReloadPushButton"_s)->click();
        QCOMPARE(tab->currentDocument()->posting().title, u"Keeper (final)"_s);
        QVERIFY(!tab->currentDocument()->isModified());
        QCOMPARE(PostingRepository(other->database()).load(id)->title, u"Keeper (final)"_s);
    }

    void backUpLibraryWritesACopy()
    {
        const QString path = newLibrary(u"backup.sqlite"_s);
        MainWindow window;
        window.setLibrary(open(path));
        const QString target = m_dir.filePath(u"copy of backup.sqlite"_s);
        FileDialogs::setNextFileName(target);
        MessageBoxes::setNextAnswer(QMessageBox::Ok); // recorded, not shown, if it fails
        window.findChild<QAction *>(u"backUpLibraryAction"_s)->trigger();
        QVERIFY2(!MessageBoxes::lastShown(), qPrintable(lastMessage()));
        const auto summary = LibraryBackups::summarize(target);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QVERIFY(summary->templates >= 1);
        QVERIFY(window.statusBar()->currentMessage().contains(u"Backed up"_s));

        // Over the library itself: refused with a message, nothing written.
        FileDialogs::setNextFileName(path);
        MessageBoxes::setNextAnswer(QMessageBox::Ok);
        window.findChild<QAction *>(u"backUpLibraryAction"_s)->trigger();
        QVERIFY(MessageBoxes::lastShown());
        QCOMPARE(MessageBoxes::lastShown()->icon, QMessageBox::Critical);
    }

    void dailyBackupAfterOpening()
    {
        const QString path = newLibrary(u"daily.sqlite"_s);
        MainWindow window;
        auto *actions = window.findChild<LibraryBackupActions *>();
        QSignalSpy finished(actions, &LibraryBackupActions::dailyBackupFinished);
        window.setLibrary(open(path));
        // Not during setLibrary: after the event loop takes over (the window is shown by then).
        QCOMPARE(finished.size(), 0);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(1).toString(), QString());
        const QList<BackupInfo> backups = LibraryBackups(path).list();
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.first().kind, BackupInfo::Kind::Daily);
        QCOMPARE(finished.first().at(0).toString(), backups.first().path);

        // Once a day: opening it again takes none.
        window.setLibrary(open(path));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(1).at(0).toString(), QString());
        QCOMPARE(LibraryBackups(path).list().size(), 1);
    }

    void restoreDialogPreviewsBackups()
    {
        const QString path = newLibrary(u"preview.sqlite"_s);
        {
            auto library = open(path);
            QVERIFY(LibraryBackups(path)
                        .take(library->database(), BackupInfo::Kind::BeforeUpgrade, 7, 6)
                        .ok());
            QTest::qWait(1100); // the next one a second later, so the order is known
            addPosting(*library, u"Lighthouse Keeper"_s);
            QVERIFY(
                LibraryBackups(path).take(library->database(), BackupInfo::Kind::Daily, 7).ok());
        }
        RestoreBackupDialog dialog(path);
        QListWidget *list = dialog.backupList();
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().contains(u"daily"_s));
        QVERIFY(list->item(1)->text().contains(u"upgrade"_s));
        QCOMPARE(list->currentRow(), 0);
        QVERIFY2(dialog.previewLabel()->text().contains(u"Postings"_s),
                 qPrintable(dialog.previewLabel()->text()));
        auto *restore = dialog.findChild<QPushButton *>(u"restorePushButton"_s);
        QVERIFY(restore->isEnabled());

        const QString screenshot = qEnvironmentVariable("HIREKIT_RESTORE_SCREENSHOT");
        if (!screenshot.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(screenshot));
        }

        // The keep setting is saved as it changes.
        dialog.findChild<QSpinBox *>(u"keepBackupsSpinBox"_s)->setValue(12);
        QCOMPARE(AppSettings().backupsToKeep(), 12);

        // A file that is not a library says why, and cannot be restored.
        const QString text = m_dir.filePath(u"notes.txt"_s);
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a library\n");
        file.close();
        dialog.addChosenFile(text);
        QCOMPARE(list->count(), 3);
        QVERIFY(dialog.previewLabel()->text().contains(u"cannot be restored"_s));
        QVERIFY(!restore->isEnabled());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!MessageBoxes::lastShown());
    }

    void restoreReplacesTheLibrary()
    {
        const QString path = newLibrary(u"restore.sqlite"_s);
        MainWindow window;
        window.setLibrary(open(path));
        window.show();
        QVERIFY(LibraryBackups(path)
                    .take(window.library()->database(), BackupInfo::Kind::Daily, 7)
                    .ok());
        addPosting(*window.library(), u"Written after the backup"_s);
        window.findChild<PostingsTab *>()->reload();
        QVERIFY(postingTitles(window).contains(u"Written after the backup"_s));

        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<RestoreBackupDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->backupList()->count(), 1);
            MessageBoxes::setNextAnswer(QMessageBox::Yes);
            dialog->accept();
            answered = true;
        });
        window.findChild<QAction *>(u"restoreBackupAction"_s)->trigger();
        QVERIFY(answered);
        QVERIFY2(!MessageBoxes::lastShown()
                     || MessageBoxes::lastShown()->icon != QMessageBox::Critical,
                 qPrintable(lastMessage()));
        QVERIFY(window.library());
        QCOMPARE(window.library()->path(), QFileInfo(path).absoluteFilePath());
        QVERIFY(!postingTitles(window).contains(u"Written after the backup"_s));
        const QList<BackupInfo> backups = LibraryBackups(path).list();
        QCOMPARE(backups.size(), 2);
        QCOMPARE(backups.first().kind, BackupInfo::Kind::BeforeRestore);
    }

private:
    QString newLibrary(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        auto library = Library::open(path, Library::OpenMode::CreateNew);
        return library ? path : QString();
    }
    static std::unique_ptr<Library> open(const QString &path)
    {
        auto library = Library::open(path, Library::OpenMode::OpenExisting);
        if (!library)
            qFatal("%s", qPrintable(library.error()));
        return std::move(library).value();
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestLibrarySafety)
#include "tst_librarysafety.moc"
