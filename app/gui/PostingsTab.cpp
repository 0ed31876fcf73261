#include "gui/PostingsTab.h"

#include "ui_PostingsTab.h"

#include "core/Posting.h"
#include "gui/AppSettings.h"
#include "gui/EditingHelpers.h"
#include "gui/ElidedTextDelegate.h"
#include "gui/InputDialogs.h"
#include "gui/MessageBoxes.h"
#include "gui/PostingActions.h"
#include "gui/PostingChecksPanel.h"
#include "gui/PostingDocument.h"
#include "gui/PostingEditor.h"
#include "gui/PostingHistory.h"
#include "gui/PostingListCommands.h"
#include "gui/PostingOutput.h"
#include "gui/RevisionHistoryDialog.h"
#include "gui/SectionsEditor.h"
#include "gui/models/PostingListModel.h"
#include "render/PostingRenderer.h"
#include "storage/Library.h"
#include "storage/PostingRepository.h"

#include <QApplication>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace hirekit {

PostingsTab::PostingsTab(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PostingsTab>())
    , m_postingsModel(new PostingListModel(this))
    , m_postingsProxy(new QSortFilterProxyModel(this))
    , m_templatesModel(new PostingListModel(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_listStack(new QUndoStack(this))
    , m_searchTimer(new QTimer(this))
    , m_restOfListTimer(new QTimer(this))
    , m_previewTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    enableClearButtonWhenFilled(m_ui->searchLineEdit);

    m_postingsProxy->setSourceModel(m_postingsModel);
    m_postingsProxy->setSortRole(PostingListModel::SortRole);
    m_postingsProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->postingsTableView->setItemDelegate(new ElidedTextDelegate(m_ui->postingsTableView));
    m_ui->postingsTableView->setModel(m_postingsProxy);
    // Most recently changed first, as the repository lists them.
    m_ui->postingsTableView->sortByColumn(PostingListModel::UpdatedColumn, Qt::DescendingOrder);
    // The title is what people look for: it keeps a readable width, the rest scrolls.
    // Widths are measured once, from the first screenful of rows (sizeColumns()); then they
    // are the user's to drag. Sizing to contents at every reload measured a hundred rows per
    // column at start-up, at each search keystroke and again when the view was laid out.
    QHeaderView *header = m_ui->postingsTableView->horizontalHeader();
    header->setResizeContentsPrecision(ColumnSizingRows);
    header->setStretchLastSection(true);
    // The rest of a long list is read in parts once the first rows have been painted; if a
    // part fails, the parts go on from there when the list is scrolled to its end.
    m_ui->postingsTableView->viewport()->installEventFilter(this);
    m_ui->previewTextBrowser->viewport()->installEventFilter(this);
    QScrollBar *scrollBar = m_ui->postingsTableView->verticalScrollBar();
    connect(scrollBar, &QScrollBar::valueChanged, this, [this, scrollBar](int value) {
        if (m_restOfListFailed && value == scrollBar->maximum())
            m_restOfListTimer->start();
    });
    m_ui->templatesListView->setItemDelegate(new ElidedTextDelegate(m_ui->templatesListView));
    m_ui->templatesListView->setModel(m_templatesModel);
    m_ui->templatesListView->setModelColumn(PostingListModel::TitleColumn);

    m_ui->statusFilterComboBox->addItem(tr("All statuses"), -1);
    for (const PostingStatus status : { PostingStatus::Draft, PostingStatus::Approved,
                                        PostingStatus::Published, PostingStatus::Closed })
        m_ui->statusFilterComboBox->addItem(displayName(status), int(status));

    m_ui->postingsSplitter->setStretchFactor(0, 0);
    m_ui->postingsSplitter->setStretchFactor(1, 3);
    m_ui->postingsSplitter->setStretchFactor(2, 2);
    m_ui->postingsSplitter->setSizes({ 360, 540, 380 });
    // The checks under the preview, a little smaller: the preview is what is being written.
    m_ui->previewSplitter->setStretchFactor(0, 3);
    m_ui->previewSplitter->setStretchFactor(1, 2);
    m_ui->previewSplitter->setSizes({ 440, 300 });
    // The preview keeps its scroll bar, so it wraps at one width whatever the posting's length:
    // it does not reflow when typing takes a posting past a screenful, and at start-up it is
    // laid out once instead of again, narrower, when the bar appears (8 million instructions
    // less before the first frame on the big library, docs/PERFORMANCE.md).
    m_ui->previewTextBrowser->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_ui->checksPanel->setRunner(m_ui->postingEditor->checkRunner());
    connect(m_ui->checksPanel, &PostingChecksPanel::placeActivated, m_ui->postingEditor,
            &PostingEditor::showPlace);
    connect(m_ui->checksPanel, &PostingChecksPanel::fieldActivated, m_ui->postingEditor,
            &PostingEditor::focusCheckField);

    m_undoGroup->addStack(m_listStack);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(PreviewDelayMs);
    m_restOfListTimer->setSingleShot(true);
    m_restOfListTimer->setInterval(0);
    connect(m_restOfListTimer, &QTimer::timeout, this, [this] { readRestOfList(RestOfListRows); });

    setupActions();
    m_ui->emptyLabel->setText(
        tr("Pick a posting or a template on the left, or start one with New Posting (%1).")
            .arg(m_actions->newPosting->shortcut().toString(QKeySequence::NativeText)));

    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_searchTimer,
            qOverload<>(&QTimer::start));
    // A part read meanwhile would be of what the search is becoming, counted from rows that
    // were not: the search reads its list afresh.
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_restOfListTimer, &QTimer::stop);
    connect(m_searchTimer, &QTimer::timeout, this, &PostingsTab::refreshPostings);
    connect(m_ui->statusFilterComboBox, &QComboBox::currentIndexChanged, this,
            &PostingsTab::refreshPostings);
    connect(m_previewTimer, &QTimer::timeout, this, &PostingsTab::renderPreview);
    connect(m_ui->postingsTableView->selectionModel(), &QItemSelectionModel::currentRowChanged,
            this, &PostingsTab::postingChanged);
    connect(m_ui->templatesListView->selectionModel(), &QItemSelectionModel::currentRowChanged,
            this, &PostingsTab::templateChanged);
    connect(qApp, &QApplication::focusChanged, this, &PostingsTab::focusChanged);
    updateActions();
}

PostingsTab::~PostingsTab()
{
    // Its children lose the focus as they go, after this object is no longer a PostingsTab.
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
    // Documents hold the library's connection; they go first, their edits written.
    flush();
    closeAllDocuments();
}

PostingDocument *PostingsTab::currentDocument() const
{
    return m_current;
}

PostingEditor *PostingsTab::editor() const
{
    return m_ui->postingEditor;
}

void PostingsTab::setupActions()
{
    m_actions = new PostingActions(this);
    // On the tab itself too, so the shortcuts work when the tab is used on its own.
    addActions({ m_actions->newPosting, m_actions->duplicate, m_actions->saveAsTemplate,
                 m_actions->saveVersion, m_actions->history, m_actions->exportPosting,
                 m_actions->printPreview, m_actions->print, m_actions->find,
                 m_actions->showChecks });
    // Delete only where it cannot mean "delete the character": the lists.
    m_ui->postingsTableView->addAction(m_actions->remove);
    m_ui->templatesListView->addAction(m_actions->remove);
    m_ui->postingsVerticalLayout->insertWidget(0, m_actions->createToolBar(this));

    connect(m_actions->newPosting, &QAction::triggered, this, &PostingsTab::newPosting);
    connect(m_actions->duplicate, &QAction::triggered, this, &PostingsTab::duplicatePosting);
    connect(m_actions->remove, &QAction::triggered, this, &PostingsTab::deletePosting);
    connect(m_actions->saveAsTemplate, &QAction::triggered, this, &PostingsTab::saveAsTemplate);
    connect(m_actions->saveVersion, &QAction::triggered, this, &PostingsTab::saveVersion);
    connect(m_actions->history, &QAction::triggered, this, &PostingsTab::showHistory);
    connect(m_actions->exportPosting, &QAction::triggered, this, &PostingsTab::exportPosting);
    connect(m_actions->print, &QAction::triggered, this, &PostingsTab::printPosting);
    connect(m_actions->printPreview, &QAction::triggered, this, &PostingsTab::printPreview);
    const bool checksVisible = AppSettings().postingChecksVisible();
    m_actions->showChecks->setChecked(checksVisible);
    m_ui->checksPanel->setVisible(checksVisible);
    connect(m_actions->showChecks, &QAction::toggled, this, [this](bool visible) {
        m_ui->checksPanel->setVisible(visible);
        AppSettings().setPostingChecksVisible(visible);
    });
    connect(m_actions->find, &QAction::triggered, this, [this] {
        m_ui->searchLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchLineEdit->selectAll();
    });
}

QList<QAction *> PostingsTab::postingActions() const
{
    QList<QAction *> actions = m_actions->menuActions();
    actions.append(nullptr);
    actions.append(m_ui->postingEditor->sectionsEditor()->sectionActions());
    return actions;
}

QMenu *PostingsTab::newFromTemplateMenu() const
{
    return m_actions->newFromTemplate;
}

QAction *PostingsTab::findAction() const
{
    return m_actions->find;
}

QAction *PostingsTab::checksPanelAction() const
{
    return m_actions->showChecks;
}

void PostingsTab::setActive(bool active)
{
    m_active = active;
    // Shortcuts of a hidden tab would act on a posting the user cannot see.
    if (!active)
        m_undoGroup->setActiveStack(nullptr);
    else if (m_current)
        m_undoGroup->setActiveStack(m_current->undoStack());
    updateActions();
}

void PostingsTab::setLibrary(Library *library)
{
    if (!flush())
        qWarning("hirekit: edits not saved before closing the library: %s",
                 qPrintable(m_errorString));
    closeAllDocuments();
    // The list's undo steps name postings of the library that is going away.
    m_listStack->clear();
    m_library = library;
    m_ui->postingEditor->setLibrary(library);
    // The newest postings first, in the order the list is sorted in when a window opens.
    const bool newestFirst = m_postingsProxy->sortColumn() == PostingListModel::UpdatedColumn
        && m_postingsProxy->sortOrder() == Qt::DescendingOrder;
    readLists(newestFirst ? FirstListRows : 0);
}

void PostingsTab::reload()
{
    // Search what the postings say now, not what they said at the last autosave.
    flush();
    readLists(0);
}

void PostingsTab::readLists(int limit)
{
    showError(QString());
    refreshTemplates();
    readPostings(limit);
    // Open on something rather than an empty editor.
    if (!m_current) {
        if (m_postingsProxy->rowCount() > 0)
            openPosting(m_postingsProxy->index(0, 0).data(PostingListModel::IdRole).toLongLong());
        else if (m_templatesModel->rowCount() > 0)
            openPosting(m_templatesModel->idAt(0));
    }
    updateActions();
}

void PostingsTab::followChangesElsewhere()
{
    if (!m_library)
        return;
    const QList<PostingDocument *> documents = m_documents.values();
    for (PostingDocument *document : documents) {
        if (!document->isChangedElsewhere())
            continue;
        if (document->isModified()) {
            if (document == m_current)
                emit postingChangedElsewhere(document->id(), document->posting().title);
            continue;
        }
        const bool current = document == m_current;
        const qint64 id = document->id();
        closeDocument(id);
        if (current)
            openPosting(id);
    }
    reload();
}

void PostingsTab::reloadPosting(qint64 id)
{
    PostingDocument *document = m_documents.value(id);
    if (!document)
        return;
    const bool current = document == m_current;
    // Marked clean first, so closing it does not try to write the edits being dropped.
    document->undoStack()->setClean();
    closeDocument(id);
    if (current) {
        openPosting(id);
        emit saveStatusChanged(tr("Showing the posting as it was saved elsewhere"), false);
    }
}

bool PostingsTab::keepMyEdits(qint64 id)
{
    PostingDocument *document = m_documents.value(id);
    return document && document->saveOverChangesElsewhere();
}

void PostingsTab::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

QString PostingsTab::errorText() const
{
    return m_ui->errorLabel->text();
}

void PostingsTab::postingChanged(const QModelIndex &current)
{
    if (m_selecting || !current.isValid())
        return;
    openPosting(current.data(PostingListModel::IdRole).toLongLong());
}

void PostingsTab::templateChanged(const QModelIndex &current)
{
    if (m_selecting || !current.isValid())
        return;
    openPosting(current.data(PostingListModel::IdRole).toLongLong());
}

bool PostingsTab::openPosting(qint64 id)
{
    const bool opened = openDocument(id);
    if (opened)
        selectInLists(id);
    return opened;
}

bool PostingsTab::openDocument(qint64 id)
{
    if (!m_library)
        return false;
    if (m_current && m_current->id() == id)
        return true;
    // The posting being left is written before the next one is shown.
    if (!flush())
        showError(tr("Your last changes could not be saved: %1").arg(m_errorString));

    PostingDocument *document = m_documents.value(id);
    if (!document) {
        auto posting = PostingRepository(m_library->database()).load(id);
        if (!posting) {
            showError(posting.error());
            return false;
        }
        document = new PostingDocument(posting.value(), m_library->database(), this);
        connect(document, &PostingDocument::changed, m_previewTimer, qOverload<>(&QTimer::start));
        connect(document, &PostingDocument::saved, this,
                [this, document] { documentSaved(document); });
        connect(document, &PostingDocument::saveFailed, this, &PostingsTab::documentSaveFailed);
        connect(document, &PostingDocument::changedElsewhere, this, [this, document] {
            if (document == m_current)
                emit postingChangedElsewhere(document->id(), document->posting().title);
        });
        connect(document, &PostingDocument::modifiedChanged, this, [this, document](bool modified) {
            if (modified && document == m_current)
                emit saveStatusChanged(tr("Editing…"), false);
        });
        m_undoGroup->addStack(document->undoStack());
        m_documents.insert(id, document);
    }
    // A posting left without undo history has nothing to keep in memory: it is reloaded if
    // it is opened again. One with history stays open, so its undo survives the switch.
    if (m_current && m_current->undoStack()->count() == 0 && !m_current->isModified())
        closeDocument(m_current->id());
    m_current = document;
    // What the status bar said was about the posting left behind.
    emit saveStatusChanged(QString(), false);
    m_ui->postingEditor->setDocument(document);
    m_ui->editorStackedWidget->setCurrentWidget(m_ui->postingEditor);
    m_previewTimer->stop();
    renderPreview();
    // While the user works in the lists, Undo stays with the list (an undone delete).
    if (m_active && m_undoGroup->activeStack() != m_listStack)
        m_undoGroup->setActiveStack(document->undoStack());
    updateActions();
    return true;
}

void PostingsTab::closeDocument(qint64 id)
{
    PostingDocument *document = m_documents.take(id);
    if (!document)
        return;
    document->save();
    if (document == m_current) {
        m_current = nullptr;
        m_ui->postingEditor->setDocument(nullptr);
        m_ui->editorStackedWidget->setCurrentWidget(m_ui->emptyPage);
        renderPreview();
    }
    m_undoGroup->removeStack(document->undoStack());
    delete document;
}

void PostingsTab::closeAllDocuments()
{
    const QList<qint64> ids = m_documents.keys();
    for (const qint64 id : ids)
        closeDocument(id);
}

bool PostingsTab::flush()
{
    m_errorString.clear();
    for (PostingDocument *document : std::as_const(m_documents)) {
        if (!document->save())
            m_errorString = document->errorString();
    }
    return m_errorString.isEmpty();
}

void PostingsTab::renderPreview()
{
    QTextBrowser *preview = m_ui->previewTextBrowser;
    // Typing in the last section must not throw the preview back to the top; a posting
    // just opened starts at its top.
    const bool samePosting = m_current && m_previewedId == m_current->id();
    const int position = samePosting ? preview->verticalScrollBar()->value() : 0;
    // Before the tab has shown, only the posting's beginning is laid out: the preview shows
    // that much unscrolled, and laying out the rest (a layout of 93 blocks of the longest
    // built-in posting, for the 12 lines in view) would only delay the window's first frame.
    // The rest follows right after the preview first paints (eventFilter).
    // A posting scrolled already is rendered whole, so the place is kept.
    m_restOfPreviewPending = m_current && !isVisible() && position == 0;
    if (m_current) {
        PostingOutput::show(preview,
                            m_restOfPreviewPending
                                ? beginningOf(m_current->posting(), PreviewBeginning)
                                : m_current->posting());
    } else {
        preview->clear();
    }
    m_previewedId = m_current ? m_current->id() : 0;
    // The browser's cursor ended up after the inserted text, and the browser scrolls to it.
    preview->moveCursor(QTextCursor::Start);
    preview->verticalScrollBar()->setValue(position);
}

void PostingsTab::documentSaved(PostingDocument *document)
{
    const PostingSummary summary = PostingListModel::summaryOf(document->posting());
    if (!m_postingsModel->updateItem(summary))
        m_templatesModel->updateItem(summary);
    if (document == m_current) {
        emit saveStatusChanged(
            tr("Saved %1")
                .arg(QLocale().toString(document->lastSaved().toLocalTime().time(), u"HH:mm:ss"_s)),
            false);
    }
}

void PostingsTab::documentSaveFailed(const QString &message)
{
    // Not a dialog: this happens while the user types. The edits stay pending and the
    // next change, switch or close tries again.
    emit saveStatusChanged(tr("Not saved: %1").arg(message), true);
}

void PostingsTab::updateActions()
{
    const bool library = m_library && m_active;
    m_actions->setEnabledFor(library, library && m_current,
                             library && m_current && !m_current->isReadOnly());
}

void PostingsTab::focusChanged(QWidget *old, QWidget *now)
{
    Q_UNUSED(old);
    if (!now || !m_active)
        return;
    // The Edit menu follows where the user works: the posting in the editor, or the list.
    if (m_ui->postingEditor->isAncestorOf(now) && m_current)
        m_undoGroup->setActiveStack(m_current->undoStack());
    else if (m_ui->listsWidget->isAncestorOf(now))
        m_undoGroup->setActiveStack(m_listStack);
}

void PostingsTab::report(const QString &failure, const Result<QString> &result)
{
    if (!result)
        MessageBoxes::critical(this, failure, result.error());
    else if (!result->isEmpty())
        emit saveStatusChanged(*result, false);
}

void PostingsTab::saveVersion()
{
    if (m_library && m_current && !m_current->isReadOnly())
        report(tr("Cannot Save Version"),
               PostingHistory::saveVersion(this, m_library->database(), *m_current));
}

void PostingsTab::showHistory()
{
    if (!m_library || !m_current || m_current->isReadOnly())
        return;
    flush();
    auto *dialog =
        new RevisionHistoryDialog(m_library, m_current->id(), m_current->posting().title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RevisionHistoryDialog::restoreRequested, this,
            [this](const Posting &posting, const PostingRevision &revision) {
                if (!m_library || !m_current || m_current->id() != posting.id)
                    return;
                m_undoGroup->setActiveStack(m_current->undoStack());
                report(
                    tr("Cannot Restore Version"),
                    PostingHistory::restore(m_library->database(), *m_current, posting, revision));
            });
    // open(), not exec(): window-modal without a nested event loop.
    dialog->open();
}

void PostingsTab::exportPosting()
{
    if (m_library && m_current)
        report(tr("Cannot Export Posting"),
               PostingHistory::exportDocument(this, m_library->database(), *m_current));
}

void PostingsTab::printPosting()
{
    if (!m_current)
        return;
    const auto printed = PostingOutput::print(this, m_current->posting());
    if (!printed)
        MessageBoxes::critical(this, tr("Cannot Print Posting"), printed.error());
}

void PostingsTab::printPreview()
{
    if (!m_current)
        return;
    if (const Status shown = PostingOutput::printPreview(this, m_current->posting()); !shown)
        MessageBoxes::critical(this, tr("Cannot Show Print Preview"), shown.error());
}

} // namespace hirekit
