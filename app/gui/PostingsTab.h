#pragma once

#include "core/Result.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QEvent;
class QMenu;
class QModelIndex;
class QSortFilterProxyModel;
class QTimer;
class QUndoGroup;
class QUndoStack;

namespace hirekit {

class Library;
class PostingDocument;
class PostingActions;
class PostingEditor;
class PostingListModel;
struct Posting;
struct PostingSummary;

namespace Ui {
class PostingsTab;
}

// The Postings tab: the postings (searchable, filtered by status) and the templates on the
// left, the editor of the chosen one in the middle, its live preview on the right. It
// opens each posting as a PostingDocument with its own undo stack, all of them in one
// QUndoGroup with the list's own stack (new, duplicate, delete), so the Edit menu undoes
// whatever the user is working on. Pending edits are written before anything else reads
// the library: switching postings, searching, exporting, closing.
class PostingsTab : public QWidget
{
    Q_OBJECT

public:
    // The preview redraws this long after the last change, so typing never waits for it.
    static constexpr int PreviewDelayMs = 200;
    // How much of a posting's text the preview lays out before the tab has first shown
    // (renderPreview): about what a maximised window on a 1080-line screen shows of it.
    static constexpr int PreviewBeginning = 1500;
    // When a library is opened the list reads its most recently changed postings, more than
    // a screenful, and the rest once the list has been painted: nothing that grows with the
    // library is read before the window shows.
    static constexpr int FirstListRows = 100;
    // The rest is read in parts of this many, one part per tick of a timer, so the window
    // answers between them (a part is about 1.3 ms on the big library; the whole rest in
    // one read and one event took up to 17 ms, more than a frame).
    static constexpr int RestOfListRows = 250;

    explicit PostingsTab(QWidget *parent = nullptr);
    ~PostingsTab() override;

    // Shows `library`'s postings and templates; nullptr empties the tab. Pending edits go
    // to the previous library first. The tab does not own the library, and must get
    // nullptr before the library goes away.
    void setLibrary(Library *library);
    // Reads the postings and templates again, keeping the search, filter and selection.
    void reload();
    // Another connection changed the library: reads the lists again, and open postings
    // without pending edits too. One with pending edits that was changed elsewhere stays as
    // it is, unsaved, and postingChangedElsewhere() lets the user choose.
    void followChangesElsewhere();
    // Drops the pending edits of the open posting `id` and shows it as stored.
    void reloadPosting(qint64 id);
    // Writes the pending edits of the open posting `id` over its version changed elsewhere.
    bool keepMyEdits(qint64 id);

    // Writes the open posting's pending edits now. False when that failed; errorString()
    // says why and the edits stay pending.
    bool flush();
    QString errorString() const { return m_errorString; }

    // Opens the posting or template `id` in the editor and selects it in its list.
    bool openPosting(qint64 id);
    PostingDocument *currentDocument() const;
    PostingEditor *editor() const;
    // Shows the open posting in the preview now; edits reach it after a pause in typing.
    void renderPreview();

    // The undo stacks of the open postings and of the list; the Edit menu follows it.
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    QUndoStack *listUndoStack() const { return m_listStack; }
    // The Posting menu in order; nullptr stands for a separator.
    QList<QAction *> postingActions() const;
    QMenu *newFromTemplateMenu() const;
    QAction *findAction() const;
    // View > Posting Checks (F7): shows or hides the checks panel, remembered in AppSettings.
    QAction *checksPanelAction() const;
    // The tab's shortcuts work only while it is the shown tab.
    void setActive(bool active);
    // False from opening a library with FirstListRows postings or more until the rest of the
    // list has been read.
    bool listComplete() const { return !m_restOfListPending; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // For the status bar: "Saved 14:03:12", or why the last save failed (`error`).
    void saveStatusChanged(const QString &text, bool error);
    // The open posting was changed elsewhere while it has edits not saved here.
    void postingChangedElsewhere(qint64 id, const QString &title);

private:
    void setupActions();
    void showError(const QString &message);
    // What the tab's message line says now.
    QString errorText() const;
    void refreshPostings();
    // Reads the list (the first `limit` postings, or all with 0) with the search and filter.
    void readPostings(int limit);
    // The first `limit` postings after `offset` (0: all) with the search and filter.
    Result<QList<PostingSummary>> listPostings(int limit, int offset = 0) const;
    void showPostings(const QList<PostingSummary> &postings);
    // Reads the next `rows` of the list after those read (0: all the rest) and queues the
    // part after them; the last part shows them all.
    void readRestOfList(int rows = 0);
    void queueRestOfList();
    // Reads the templates and the postings (the first `limit`, or all with 0) and opens the
    // first when none is open.
    void readLists(int limit);
    void sizeColumns();
    void refreshTemplates();
    void selectInLists(qint64 id);
    void postingChanged(const QModelIndex &current);
    void templateChanged(const QModelIndex &current);
    bool openDocument(qint64 id);
    void closeDocument(qint64 id);
    void closeAllDocuments();
    void documentSaved(PostingDocument *document);
    void documentSaveFailed(const QString &message);
    void updateActions();
    void focusChanged(QWidget *old, QWidget *now);

    void newPosting();
    void newFromTemplate(qint64 templateId);
    void duplicatePosting();
    void deletePosting();
    void saveAsTemplate();
    // After a posting was made: shows `failure` and the error, or makes it undoable and opens it.
    void created(const Result<qint64> &id, const QString &failure, const QString &undoText);
    void setPostingDeleted(qint64 id, bool deleted);

    // Shows a failed result in a box and a successful one in the status bar.
    void report(const QString &failure, const Result<QString> &result);
    void saveVersion();
    void showHistory();
    void exportPosting();
    void printPosting();
    void printPreview();

    std::unique_ptr<Ui::PostingsTab> m_ui;
    Library *m_library = nullptr;
    PostingListModel *m_postingsModel = nullptr;
    QSortFilterProxyModel *m_postingsProxy = nullptr;
    PostingListModel *m_templatesModel = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QUndoStack *m_listStack = nullptr;
    QHash<qint64, PostingDocument *> m_documents;
    QPointer<PostingDocument> m_current;
    QTimer *m_searchTimer = nullptr;
    bool m_restOfListPending = false;
    // The rest could not be read after the first paint: it is asked for again when the list
    // is scrolled to its end (or at a search or reload), not at every paint.
    bool m_restOfListFailed = false;
    // Reads the next part: a timer, not a queued call, so the event loop's other timers
    // (the cursor's blink, an autosave) still run between the parts.
    QTimer *m_restOfListTimer = nullptr;
    QList<PostingSummary> m_restOfList; // parts read, not yet shown
    QString m_cutShortMessage; // what the tab said when the rest could not be read
    bool m_listReadFailed = false; // the last reading of the list failed
    QTimer *m_previewTimer = nullptr;
    PostingActions *m_actions = nullptr;
    QString m_errorString;
    qint64 m_previewedId = 0;
    // The preview shows the posting's beginning only, until it first paints.
    bool m_restOfPreviewPending = false;
    bool m_active = true;
    // Set while the lists are refilled or reselected, so that does not open postings.
    bool m_selecting = false;
    bool m_columnsSized = false;
};

} // namespace hirekit
