#include "gui/MainWindow.h"

#include "ui_MainWindow.h"

#include "gui/AppSettings.h"
#include "gui/ChangedElsewhereBar.h"
#include "gui/InterviewsTab.h"
#include "gui/LazyPage.h"
#include "gui/LibraryBackupActions.h"
#include "gui/MessageBoxes.h"
#include "gui/PostingCommands.h"
#include "gui/PostingDocument.h"
#include "gui/PostingsTab.h"
#include "gui/SalariesTab.h"
#include "gui/TabWidgetSizing.h"
#include "storage/BackgroundCheckpoints.h"
#include "storage/LibraryBackups.h"
#include "storage/LibraryWatcher.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QLabel>
#include <QUndoGroup>
#include <QUndoStack>

#include <tuple>
#include <utility>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

// Tab keys in tab order, as selectTab() and the command line's --tab spell them.
const QStringList tabKeys { u"postings"_s, u"salaries"_s, u"interviews"_s };

// Edit > Undo and Redo of a tab's undo group, on the standard keys.
std::pair<QAction *, QAction *> makeUndoActions(MainWindow *window, QUndoGroup *group,
                                                const QString &undoName, const QString &redoName)
{
    QAction *undo = group->createUndoAction(window, MainWindow::tr("&Undo"));
    undo->setObjectName(undoName);
    undo->setShortcuts(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(u"edit-undo"_s));
    QAction *redo = group->createRedoAction(window, MainWindow::tr("&Redo"));
    redo->setObjectName(redoName);
    redo->setShortcuts(QKeySequence::Redo);
    redo->setIcon(QIcon::fromTheme(u"edit-redo"_s));
    return { undo, redo };
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    sizePagesBeforeTheyShow(m_ui->tabWidget);

    m_libraryLabel = new QLabel(this);
    m_libraryLabel->setObjectName(u"libraryLabel"_s);
    m_libraryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ui->statusBar->addWidget(m_libraryLabel, 1);
    m_saveStatusLabel = new QLabel(this);
    m_saveStatusLabel->setObjectName(u"saveStatusLabel"_s);
    m_ui->statusBar->addPermanentWidget(m_saveStatusLabel);

    setupActions();
    setupChangesElsewhere();
    setupBackups();
    updateRecentMenu();
    setLibrary(nullptr);

    const AppSettings settings;
    restoreGeometry(settings.geometry());
    restoreState(settings.windowState());
}

MainWindow::~MainWindow()
{
    m_watcher->setDatabase(QSqlDatabase());
    // The tabs keep a plain pointer to the library, and write what was typed and not yet
    // saved as they go (a posting's edits, interview notes, live mode): they are destroyed
    // first, while the library is still open. (Telling them to let go of it instead had each
    // read its lists again, empty.)
    delete m_ui->tabWidget;
    m_postingsTab = nullptr;
    m_salariesTab = nullptr;
    m_interviewsTab = nullptr;
}

void MainWindow::setupActions()
{
    m_ui->newLibraryAction->setShortcuts(QKeySequence::New);
    m_ui->openLibraryAction->setShortcuts(QKeySequence::Open);
    m_ui->quitAction->setShortcuts(QKeySequence::Quit);

    connect(m_ui->newLibraryAction, &QAction::triggered, this, &MainWindow::newLibrary);
    connect(m_ui->openLibraryAction, &QAction::triggered, this, &MainWindow::openLibraryWithDialog);
    connect(m_ui->clearRecentAction, &QAction::triggered, this, &MainWindow::clearRecentLibraries);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);

    // View: one checkable action per tab, on Ctrl+1/2/3 (no standard key exists for these).
    m_viewActionGroup = new QActionGroup(this);
    const QList<QAction *> viewActions { m_ui->showPostingsAction, m_ui->showSalariesAction,
                                         m_ui->showInterviewsAction };
    for (int index = 0; index < viewActions.size(); ++index) {
        QAction *action = viewActions.at(index);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        m_viewActionGroup->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, index] { m_ui->tabWidget->setCurrentIndex(index); });
    }
    connect(m_ui->tabWidget, &QTabWidget::currentChanged, this, &MainWindow::updateViewActions);
    connect(m_ui->tabWidget, &QTabWidget::currentChanged, this, &MainWindow::giveLibraryToTab);
    updateViewActions(m_ui->tabWidget->currentIndex());

    // Undo and the posting actions belong to the Postings tab; elsewhere they would act on
    // a posting nobody sees.
    connect(m_ui->tabWidget, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_postingsTab)
            m_postingsTab->setActive(index == 0);
        updateEditActions(index);
    });
    // Menus show the Postings tab's actions even before it was first shown.
    for (QMenu *menu : { m_ui->editMenu, m_ui->viewMenu, m_ui->postingMenu })
        connect(menu, &QMenu::aboutToShow, this, &MainWindow::postingsTab);

    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->aboutQtAction, &QAction::triggered, this,
            [this] { MessageBoxes::aboutQt(this); });
}

PostingsTab *MainWindow::postingsTab()
{
    if (!m_postingsTab) {
        m_postingsTab = makeLazyPage<PostingsTab>(m_ui->postingsPage, u"postingsTab"_s);
        m_postingsTab->setActive(m_ui->tabWidget->currentWidget() == m_ui->postingsPage);
        setupPostingActions();
    }
    return m_postingsTab;
}

void MainWindow::setupPostingActions()
{
    PostingsTab *postings = m_postingsTab;
    std::tie(m_postingsUndo, m_postingsRedo) =
        makeUndoActions(this, postings->undoGroup(), u"undoAction"_s, u"redoAction"_s);
    // First in the Edit menu, with the Salaries tab's pair if that was built first.
    m_ui->editMenu->addAction(m_postingsUndo);
    m_ui->editMenu->addAction(m_postingsRedo);
    m_ui->editMenu->addSeparator();
    m_ui->editMenu->addAction(postings->findAction());
    m_ui->viewMenu->addSeparator();
    m_ui->viewMenu->addAction(postings->checksPanelAction());

    const QList<QAction *> actions = postings->postingActions();
    for (QAction *action : actions) {
        if (action)
            m_ui->postingMenu->addAction(action);
        else
            m_ui->postingMenu->addSeparator();
    }
    connect(postings, &PostingsTab::saveStatusChanged, this, &MainWindow::showSaveStatus);
    connect(postings, &PostingsTab::postingChangedElsewhere, m_changedElsewhereBar,
            &ChangedElsewhereBar::showFor);
    connect(m_changedElsewhereBar, &ChangedElsewhereBar::reloadRequested, postings,
            &PostingsTab::reloadPosting);
    connect(m_changedElsewhereBar, &ChangedElsewhereBar::keepMineRequested, postings,
            &PostingsTab::keepMyEdits);
    updateEditActions(m_ui->tabWidget->currentIndex());
}

SalariesTab *MainWindow::salariesTab()
{
    if (!m_salariesTab) {
        m_salariesTab = makeLazyPage<SalariesTab>(m_ui->salariesPage, u"salariesTab"_s);
        setupSalaryActions();
        connect(m_salariesTab, &SalariesTab::libraryWrittenInBackground, this,
                &MainWindow::followOwnBackgroundWrite);
    }
    return m_salariesTab;
}

InterviewsTab *MainWindow::interviewsTab()
{
    if (!m_interviewsTab) {
        m_interviewsTab = makeLazyPage<InterviewsTab>(m_ui->interviewsPage, u"interviewsTab"_s);
        connect(m_interviewsTab, &InterviewsTab::libraryWrittenInBackground, this,
                &MainWindow::followOwnBackgroundWrite);
        m_ui->editMenu->addAction(m_interviewsTab->findAction());
        updateEditActions(m_ui->tabWidget->currentIndex());
    }
    return m_interviewsTab;
}

void MainWindow::setupSalaryActions()
{
    // The Salaries tab keeps one undo stack per dataset; Edit > Undo acts on them while the
    // tab is shown, and on the postings' stacks otherwise (one pair visible at a time, so
    // Ctrl+Z is never ambiguous).
    SalariesTab *salaries = m_salariesTab;
    std::tie(m_salariesUndo, m_salariesRedo) = makeUndoActions(
        this, salaries->undoGroup(), u"undoSalariesAction"_s, u"redoSalariesAction"_s);
    // Before the postings' pair when that is there, else first (it comes after).
    const QList<QAction *> edits = m_ui->editMenu->actions();
    m_ui->editMenu->insertActions(edits.isEmpty() ? nullptr : edits.first(),
                                  { m_salariesUndo, m_salariesRedo });
    // Made when the tab is first shown, after the tab change was signalled.
    updateEditActions(m_ui->tabWidget->currentIndex());

    // "Use in Posting" fills the posting in its editor, as one step of its undo stack.
    salaries->setPostingSalaryHandler(
        [this](qint64 postingId, const PayRange &range, const QString &note) {
            PostingsTab *postings = postingsTab();
            giveLibraryToTab(m_ui->tabWidget->indexOf(m_ui->postingsPage));
            if (!postings->openPosting(postingId) || !postings->currentDocument())
                return false;
            PostingDocument *document = postings->currentDocument();
            if (document->isReadOnly())
                return false;
            document->undoStack()->push(new SetSalaryCommand(document, range, note));
            m_ui->tabWidget->setCurrentWidget(m_ui->postingsPage);
            return true;
        });
}

void MainWindow::showSaveStatus(const QString &text, bool error)
{
    m_saveStatusLabel->setText(text);
    QPalette palette = m_saveStatusLabel->palette();
    palette.setColor(QPalette::WindowText,
                     error ? QColor(0xb0, 0x00, 0x20) : QPalette().color(QPalette::WindowText));
    m_saveStatusLabel->setPalette(palette);
}

void MainWindow::updateEditActions(int tabIndex)
{
    const QWidget *page = m_ui->tabWidget->widget(tabIndex);
    const bool onSalaries = page == m_ui->salariesPage;
    for (QAction *action : { m_salariesUndo, m_salariesRedo }) {
        if (action)
            action->setVisible(onSalaries);
    }
    for (QAction *action : { m_postingsUndo, m_postingsRedo }) {
        if (action)
            action->setVisible(!onSalaries);
    }
    if (m_postingsTab)
        m_postingsTab->findAction()->setVisible(page == m_ui->postingsPage);
    if (m_interviewsTab)
        m_interviewsTab->findAction()->setVisible(page == m_ui->interviewsPage);
}

bool MainWindow::confirmPendingEdits(const QString &question)
{
    // A Postings tab not built yet has nothing to write.
    if (!m_postingsTab || m_postingsTab->flush())
        return true;
    const auto answer =
        MessageBoxes::question(this, tr("Changes Not Saved"),
                               tr("Your last changes to the posting could not be saved:\n%1\n\n%2")
                                   .arg(m_postingsTab->errorString(), question),
                               QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void MainWindow::giveLibraryToTab(int tabIndex)
{
    // Each tab is built when first shown: a person who only writes postings never pays for
    // the other two tabs' widgets, nor for the charts, and one started on another tab never
    // pays for the posting editor.
    QWidget *page = m_ui->tabWidget->widget(tabIndex);
    if (page == m_ui->postingsPage)
        postingsTab();
    else if (page == m_ui->salariesPage)
        salariesTab();
    else if (page == m_ui->interviewsPage)
        interviewsTab();
    if (!m_library)
        return;
    if (!m_tabsWithLibrary.contains(tabIndex)) {
        m_tabsWithLibrary.insert(tabIndex);
        m_staleTabs.remove(tabIndex);
        setTabLibrary(tabIndex, m_library.get());
    } else if (m_staleTabs.remove(tabIndex)) {
        reloadTab(tabIndex);
    }
}

void MainWindow::reloadTab(int tabIndex)
{
    QWidget *page = m_ui->tabWidget->widget(tabIndex);
    if (page == m_ui->postingsPage && m_postingsTab)
        m_postingsTab->followChangesElsewhere();
    else if (page == m_ui->salariesPage && m_salariesTab)
        m_salariesTab->reload();
    else if (page == m_ui->interviewsPage && m_interviewsTab)
        m_interviewsTab->reload();
}

// Gives the built tab at `tabIndex` the library (or none).
void MainWindow::setTabLibrary(int tabIndex, Library *library)
{
    QWidget *page = m_ui->tabWidget->widget(tabIndex);
    if (page == m_ui->postingsPage && m_postingsTab)
        m_postingsTab->setLibrary(library);
    else if (page == m_ui->salariesPage && m_salariesTab)
        m_salariesTab->setLibrary(library);
    else if (page == m_ui->interviewsPage && m_interviewsTab)
        m_interviewsTab->setLibrary(library);
}

void MainWindow::detachTabs()
{
    // A tab built before the window had a library (the tab asked for at start-up) was never
    // given one: it has nothing to let go, and emptying it would read nothing for nothing.
    // In the tabs' order, as each writes what it has pending as it lets go.
    for (int index = 0; index < m_ui->tabWidget->count(); ++index) {
        if (m_tabsWithLibrary.contains(index))
            setTabLibrary(index, nullptr);
    }
    m_tabsWithLibrary.clear();
    m_staleTabs.clear();
}

void MainWindow::setLibrary(std::unique_ptr<Library> library)
{
    // Nothing may hold the old library's connection when it closes.
    m_watcher->setDatabase(QSqlDatabase());
    m_changedElsewhereBar->hide();
    // Detach the tabs first: they must never see a destroyed library.
    detachTabs();
    m_checkpoints.reset();
    m_library = std::move(library);
    // The window's saves do not wait for the write-ahead log's checkpoints.
    if (m_library)
        m_checkpoints = std::make_unique<BackgroundCheckpoints>(*m_library);
    m_watcher->setDatabase(m_library ? m_library->database() : QSqlDatabase());
    m_backupActions->setLibrary(m_library.get());
    // Only the tab in view reads the library now; the others when first shown. So start-up
    // and switching libraries cost one tab's lists, not three.
    // A window not shown yet builds its tab when it shows (setVisible()).
    if (m_library)
        giveLibraryToTab(m_ui->tabWidget->currentIndex());

    if (!m_library) {
        setWindowTitle(tr("Hirekit"));
        m_libraryLabel->setText(tr("No library open"));
        m_libraryLabel->setToolTip(QString());
        return;
    }

    const QString path = QDir::toNativeSeparators(m_library->path());
    setWindowTitle(tr("%1 — Hirekit").arg(QFileInfo(m_library->path()).fileName()));
    m_libraryLabel->setText(tr("Library: %1").arg(path));
    m_libraryLabel->setToolTip(path);
}

void MainWindow::setupChangesElsewhere()
{
    m_watcher = new LibraryWatcher(this);
    connect(m_watcher, &LibraryWatcher::changedElsewhere, this,
            &MainWindow::followChangesElsewhere);
    // Besides the timer: at once when the user comes back from the other window.
    connect(qApp, &QGuiApplication::applicationStateChanged, this,
            [this](Qt::ApplicationState state) {
                if (state == Qt::ApplicationActive)
                    m_watcher->poll();
            });

    m_changedElsewhereBar = new ChangedElsewhereBar(this);
    m_ui->centralVerticalLayout->insertWidget(0, m_changedElsewhereBar);
}

void MainWindow::followChangesElsewhere()
{
    if (!m_library)
        return;
    readChangedLibrary();
    m_ui->statusBar->showMessage(tr("Updated with changes made in another Hirekit window"), 5000);
}

void MainWindow::followOwnBackgroundWrite()
{
    // Should another window have written meanwhile too, its change is read all the same; only
    // the message is left out.
    if (m_library && m_watcher->takeChange())
        readChangedLibrary();
}

void MainWindow::readChangedLibrary()
{
    // The tab in view reads the library again now, the others when they are next shown.
    // The Postings tab always follows at once: it must know before it autosaves whether a
    // posting open in it was saved elsewhere.
    const int current = m_ui->tabWidget->currentIndex();
    for (const int index : std::as_const(m_tabsWithLibrary)) {
        if (index == current || m_ui->tabWidget->widget(index) == m_ui->postingsPage)
            reloadTab(index);
        else
            m_staleTabs.insert(index);
    }
}

void MainWindow::setupBackups()
{
    m_backupActions = new LibraryBackupActions(this);
    m_ui->fileMenu->insertActions(
        m_ui->quitAction, { m_backupActions->backUpAction(), m_backupActions->restoreAction() });
    m_ui->fileMenu->insertSeparator(m_ui->quitAction);
    connect(m_backupActions, &LibraryBackupActions::message, this,
            [this](const QString &text) { m_ui->statusBar->showMessage(text, 8000); });
    connect(m_backupActions, &LibraryBackupActions::restoreChosen, this,
            &MainWindow::restoreLibrary);
}

void MainWindow::restoreLibrary(const QString &backupPath)
{
    if (!m_library || !confirmPendingEdits(tr("Restore the backup anyway and lose them?")))
        return;
    const QString path = m_library->path();
    // The library must be closed, by this window and its background work, before its file
    // is replaced.
    m_backupActions->waitForBackgroundWork();
    setLibrary(nullptr);
    const auto restored = LibraryBackups(path).restore(backupPath, AppSettings().backupsToKeep());
    // Opened again either way: the backup, or (when the restore failed and changed nothing)
    // the library as it was.
    const bool reopened = openLibrary(path, Library::OpenMode::OpenExisting);
    if (!restored) {
        MessageBoxes::critical(this, tr("Cannot Restore the Backup"), restored.error());
        return;
    }
    if (reopened) {
        m_ui->statusBar->showMessage(
            tr("Restored the backup; the library as it was is kept as a backup"), 8000);
    }
}

Library *MainWindow::library() const
{
    return m_library.get();
}

bool MainWindow::selectTab(const QString &key)
{
    const qsizetype index = tabKeys.indexOf(key.trimmed().toLower());
    if (index < 0)
        return false;
    m_ui->tabWidget->setCurrentIndex(int(index));
    // Built now even when it was the tab in view already.
    giveLibraryToTab(int(index));
    return true;
}

void MainWindow::setVisible(bool visible)
{
    // The tab in view is built before the window first shows, with a library or without.
    if (visible)
        giveLibraryToTab(m_ui->tabWidget->currentIndex());
    QMainWindow::setVisible(visible);
}

void MainWindow::updateViewActions(int tabIndex)
{
    const QList<QAction *> actions = m_viewActionGroup->actions();
    if (tabIndex >= 0 && tabIndex < actions.size())
        actions.at(tabIndex)->setChecked(true);
}

void MainWindow::showAbout()
{
    const QString text =
        tr("<h3>Hirekit %1</h3>"
           "<p>An offline desktop hiring toolkit: job postings, salary tables and structured "
           "interviews, kept in one library file on your computer.</p>"
           "<p>Hirekit is free software, licensed under the GNU General Public License, "
           "version 3 or (at your option) any later version (GPL-3.0-or-later).</p>")
            .arg(QString::fromUtf8(HIREKIT_VERSION));
    MessageBoxes::about(this, tr("About Hirekit"), text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Autosave runs a second after the last change; what is still pending is written now.
    if (!confirmPendingEdits(tr("Close anyway and lose them?"))) {
        event->ignore();
        return;
    }
    AppSettings settings;
    settings.setGeometry(saveGeometry());
    settings.setWindowState(saveState());
    // A library given on the command line becomes "the last one" only when the user closes
    // the window, so a --screenshot run leaves the settings alone.
    if (m_library) {
        settings.setLastLibrary(m_library->path());
        settings.addRecentLibrary(m_library->path());
    }
    QMainWindow::closeEvent(event);
}

} // namespace hirekit
