// The Postings tab's lists: the postings (searched, filtered; when a library opens, the
// newest first and the rest in parts once the list has been painted) and the templates. The
// rest of the tab is in PostingsTab.cpp.
#include "gui/PostingsTab.h"

#include "ui_PostingsTab.h"

#include "core/Posting.h"
#include "gui/ElidedTextDelegate.h"
#include "gui/PostingActions.h"
#include "gui/PostingDocument.h"
#include "gui/models/PostingListModel.h"
#include "storage/Library.h"
#include "storage/PostingRepository.h"

#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace hirekit {

void PostingsTab::refreshPostings()
{
    // Search what the posting says now, not what it said at the last autosave.
    flush();
    readPostings(0);
}

void PostingsTab::readPostings(int limit)
{
    // The message that the list was cut short is about the list being replaced (unless
    // another message has taken its place since).
    if (std::exchange(m_restOfListFailed, false) && errorText() == m_cutShortMessage)
        showError(QString());
    QList<PostingSummary> postings;
    m_listReadFailed = false;
    if (m_library) {
        auto listed = listPostings(limit);
        if (listed)
            postings = listed.value();
        else
            showError(listed.error());
        m_listReadFailed = !listed;
    }
    m_restOfListPending = limit > 0 && postings.size() == limit;
    m_restOfList.clear();
    m_restOfListTimer->stop();
    showPostings(postings);
}

Result<QList<PostingSummary>> PostingsTab::listPostings(int limit, int offset) const
{
    PostingQuery query;
    query.text = m_ui->searchLineEdit->text();
    const int status = m_ui->statusFilterComboBox->currentData().toInt();
    if (status >= 0)
        query.status = PostingStatus(status);
    query.limit = limit;
    query.offset = offset;
    return PostingRepository(m_library->database()).list(query);
}

void PostingsTab::showPostings(const QList<PostingSummary> &postings)
{
    {
        const QScopedValueRollback<bool> selecting(m_selecting, true);
        m_postingsModel->setItems(postings);
    }
    sizeColumns();
    const bool filtered = !m_ui->searchLineEdit->text().trimmed().isEmpty()
        || m_ui->statusFilterComboBox->currentIndex() > 0;
    m_ui->noMatchLabel->setText(
        !m_library ? QString()
            : filtered
            ? tr("No posting matches. Clear the search, or show all statuses.")
            : tr("No postings yet. Start one with New Posting, or from a template below."));
    // A list that could not be read is not an empty one: the error says why.
    m_ui->noMatchLabel->setVisible(m_library && postings.isEmpty() && !m_listReadFailed);
    if (m_current)
        selectInLists(m_current->id());
}

bool PostingsTab::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && watched == m_ui->postingsTableView->viewport())
        queueRestOfList();
    if (event->type() == QEvent::Paint && watched == m_ui->previewTextBrowser->viewport()
        && m_restOfPreviewPending) {
        // Queued: this paint, and the window's first frame, show the beginning.
        m_restOfPreviewPending = false;
        QMetaObject::invokeMethod(this, &PostingsTab::renderPreview, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

void PostingsTab::queueRestOfList()
{
    // Queued, so the window is painted and shown before the rest is read; once, however many
    // paints come before it runs. A part that failed is read again when asked for (the list
    // scrolled to its end), not at every paint.
    if (m_restOfListPending && !m_restOfListFailed && !m_restOfListTimer->isActive())
        m_restOfListTimer->start();
}

void PostingsTab::readRestOfList(int rows)
{
    if (!m_restOfListPending || !m_library)
        return;
    // From the last row read on: the part starts with it again unless postings were added
    // or removed above it since (another instance wrote), and then the whole list is read and
    // shown anew, at once (rare; other changes elsewhere reach the list through the window's
    // LibraryWatcher). The parts are gathered and shown together, so the list is laid out and
    // painted once.
    const QList<PostingSummary> &shown = m_postingsModel->items();
    const PostingSummary *last = !m_restOfList.isEmpty() ? &m_restOfList.constLast()
        : !shown.isEmpty()                               ? &shown.constLast()
                                                         : nullptr;
    const int overlap = last ? 1 : 0;
    const int read = int(shown.size() + m_restOfList.size());
    auto listed = listPostings(rows > 0 ? rows + overlap : 0, read - overlap);
    const bool continues =
        listed && (!last || (!listed->isEmpty() && listed->constFirst().id == last->id));
    if (listed && !continues) {
        m_restOfList.clear();
        listed = listPostings(0);
    }
    if (!listed) {
        // What was read is shown; asked again, the list goes on from there. A part queued
        // meanwhile would ask again at once.
        m_restOfListTimer->stop();
        m_postingsModel->appendItems(std::exchange(m_restOfList, {}));
        m_restOfListFailed = true;
        m_cutShortMessage = tr("Only the newest %1 postings are listed (scroll to the end of "
                               "the list to try again); the rest could not be read: %2")
                                .arg(m_postingsModel->rowCount())
                                .arg(listed.error());
        showError(m_cutShortMessage);
        return;
    }
    if (std::exchange(m_restOfListFailed, false) && errorText() == m_cutShortMessage)
        showError(QString());
    if (!continues) {
        m_restOfListPending = false;
        showPostings(*listed);
        return;
    }
    m_restOfList.append(listed->mid(overlap));
    m_restOfListPending = rows > 0 && listed->size() == rows + overlap;
    if (m_restOfListPending) {
        queueRestOfList();
        return;
    }
    // The rows shown stay, with the selection and scroll position.
    m_postingsModel->appendItems(std::exchange(m_restOfList, {}));
}

void PostingsTab::refreshTemplates()
{
    QList<PostingSummary> templates;
    if (m_library) {
        auto listed = PostingRepository(m_library->database()).templates();
        if (listed)
            templates = listed.value();
        else
            showError(listed.error());
    }
    {
        const QScopedValueRollback<bool> selecting(m_selecting, true);
        m_templatesModel->setItems(templates);
    }
    m_actions->newFromTemplate->clear();
    for (const PostingSummary &summary : std::as_const(templates)) {
        QString text = summary.title;
        QAction *action = m_actions->newFromTemplate->addAction(text.replace(u'&', u"&&"_s));
        const qint64 id = summary.id;
        connect(action, &QAction::triggered, this, [this, id] { newFromTemplate(id); });
    }
    if (m_current)
        selectInLists(m_current->id());
}

void PostingsTab::selectInLists(qint64 id)
{
    // A posting further down than the first rows read (opened from elsewhere).
    if (m_restOfListPending && m_postingsModel->rowOf(id) < 0 && m_templatesModel->rowOf(id) < 0)
        readRestOfList();
    const QScopedValueRollback<bool> selecting(m_selecting, true);
    const int postingRow = m_postingsModel->rowOf(id);
    if (postingRow >= 0) {
        m_ui->templatesListView->selectionModel()->clear();
        m_ui->postingsTableView->setCurrentIndex(
            m_postingsProxy->mapFromSource(m_postingsModel->index(postingRow, 0)));
        m_ui->postingsTableView->scrollTo(m_ui->postingsTableView->currentIndex());
        return;
    }
    const int templateRow = m_templatesModel->rowOf(id);
    m_ui->postingsTableView->selectionModel()->clear();
    if (templateRow >= 0)
        m_ui->templatesListView->setCurrentIndex(m_templatesModel->index(templateRow, 0));
    else
        m_ui->templatesListView->selectionModel()->clear();
}

void PostingsTab::sizeColumns()
{
    // Once the list has rows (at start-up, or the first posting of a new library): an empty
    // list would size the columns to their headers alone.
    if (m_columnsSized || m_postingsModel->rowCount() == 0)
        return;
    m_columnsSized = true;
    QTableView *postings = m_ui->postingsTableView;
    {
        // Statuses, departments and dates come back row after row: each measured once.
        const ElidedTextDelegate::MeasuringPass pass;
        postings->resizeColumnsToContents();
    }
    // The title is what people look for: it keeps a readable width, the rest scrolls.
    postings->setColumnWidth(
        PostingListModel::TitleColumn,
        std::clamp(postings->columnWidth(PostingListModel::TitleColumn), 150, 260));
}

} // namespace hirekit
