#pragma once

#include "storage/Library.h"

#include <QMainWindow>

#include <QSet>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;

namespace hirekit {

class ChangedElsewhereBar;
class InterviewsTab;
class LibraryBackupActions;
class BackgroundCheckpoints;
class LibraryWatcher;
class PostingsTab;
class SalariesTab;

namespace Ui {
class MainWindow;
}

// The application window: three tabs (Postings, Salaries, Interviews) over one open
// library, the menus and their actions. It wires things together and owns the library;
// the work happens in the tabs and in lib/.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Takes over `library` (nullptr closes the current one) and refreshes every tab.
    void setLibrary(std::unique_ptr<Library> library);
    Library *library() const;

    // "postings", "salaries" or "interviews"; false for any other key.
    bool selectTab(const QString &key);

    // Opens the library at `path`, shows it and remembers it as the last and most recent
    // library. On failure shows the error and keeps the current library.
    bool openLibrary(const QString &path, Library::OpenMode mode);

    // The tabs, each built on first use: when first shown (the tab in view when the window
    // shows or is given a library, or selected later), or asked for here. The Postings tab
    // is also built when a menu with its actions (Edit, View, Posting) first opens.
    PostingsTab *postingsTab();
    SalariesTab *salariesTab();
    InterviewsTab *interviewsTab();

    void setVisible(bool visible) override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setupActions();
    // The Postings tab's actions in the Edit, View and Posting menus, and its signals.
    void setupPostingActions();
    // Edit > Undo for the Salaries tab, and its "Use in Posting" through the posting editor.
    void setupSalaryActions();
    // Shows the Edit menu's actions of the tab at `tabIndex`: Undo and Redo, the Salaries
    // tab's on it and the postings' elsewhere (one pair visible at a time, so Ctrl+Z is never
    // ambiguous); Find, the postings' on the Postings tab and the notes' on Interviews.
    void updateEditActions(int tabIndex);
    void showSaveStatus(const QString &text, bool error);
    // Writes the open posting's pending edits. When that fails, asks `question` (go on
    // and lose them?); false when the user would rather not.
    bool confirmPendingEdits(const QString &question);
    void newLibrary();
    void openLibraryWithDialog();
    void openRecentLibrary(const QString &path);
    void clearRecentLibraries();
    void updateRecentMenu();
    void updateViewActions(int tabIndex);
    // Builds the tab at `tabIndex` if need be and has it read the library, if it has not
    // yet (or again, if the library changed elsewhere while it was hidden).
    void giveLibraryToTab(int tabIndex);
    void reloadTab(int tabIndex);
    void setTabLibrary(int tabIndex, Library *library);
    // Takes the library away from every tab built so far.
    void detachTabs();
    // Noticing what another Hirekit window (or the command line) changed in the library.
    void setupChangesElsewhere();
    void followChangesElsewhere();
    // A worker thread of this window committed (an import, an erasure): what it changed is
    // read again at once, like a change from elsewhere, without saying another window made it.
    void followOwnBackgroundWrite();
    // Reads the library again in the tab in view and the Postings tab, the others when shown.
    void readChangedLibrary();
    // File > Back Up Library…, Restore from Backup…, and the day's automatic backup.
    void setupBackups();
    // Closes the library, replaces it with `backupPath` and opens it again.
    void restoreLibrary(const QString &backupPath);
    void showAbout();
    QString dialogDirectory() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Library> m_library;
    // Declared after the library, so destroyed before it.
    std::unique_ptr<BackgroundCheckpoints> m_checkpoints;
    PostingsTab *m_postingsTab = nullptr;
    QAction *m_postingsUndo = nullptr;
    QAction *m_postingsRedo = nullptr;
    SalariesTab *m_salariesTab = nullptr;
    QAction *m_salariesUndo = nullptr;
    QAction *m_salariesRedo = nullptr;
    InterviewsTab *m_interviewsTab = nullptr;
    QSet<int> m_tabsWithLibrary; // the tabs that have been given m_library
    QSet<int> m_staleTabs; // of those, the ones to read it again when next shown
    QLabel *m_libraryLabel = nullptr;
    QLabel *m_saveStatusLabel = nullptr;
    QActionGroup *m_viewActionGroup = nullptr;
    LibraryWatcher *m_watcher = nullptr;
    ChangedElsewhereBar *m_changedElsewhereBar = nullptr;
    LibraryBackupActions *m_backupActions = nullptr;
};

} // namespace hirekit
