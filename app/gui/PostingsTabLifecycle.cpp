// The Postings tab's actions on whole postings: new, from a template, duplicate, save as
// template, delete and bring back. Each is one command on the list's undo stack
// (PostingLifecycleCommand); the rest of the tab is in PostingsTab.cpp.
#include "gui/PostingsTab.h"

#include "ui_PostingsTab.h"

#include "core/Posting.h"
#include "gui/InputDialogs.h"
#include "gui/MessageBoxes.h"
#include "gui/PostingDocument.h"
#include "gui/PostingEditor.h"
#include "gui/PostingListCommands.h"
#include "gui/models/PostingListModel.h"
#include "storage/Library.h"
#include "storage/PostingRepository.h"

#include <QSortFilterProxyModel>
#include <QUndoGroup>
#include <QUndoStack>

#include <algorithm>

namespace hirekit {

void PostingsTab::newPosting()
{
    if (!m_library)
        return;
    Posting posting;
    posting.title = tr("New posting");
    created(PostingRepository(m_library->database()).insert(posting), tr("Cannot Create Posting"),
            tr("New Posting"));
}

void PostingsTab::newFromTemplate(qint64 templateId)
{
    if (!m_library)
        return;
    flush();
    PostingRepository repository(m_library->database());
    const auto source = repository.load(templateId);
    if (!source) {
        MessageBoxes::critical(this, tr("Cannot Create Posting"), source.error());
        return;
    }
    created(repository.copy(templateId, false, source->title), tr("Cannot Create Posting"),
            tr("New Posting from “%1”").arg(source->title));
}

void PostingsTab::duplicatePosting()
{
    if (!m_library || !m_current)
        return;
    flush();
    const Posting &posting = m_current->posting();
    created(PostingRepository(m_library->database())
                .copy(posting.id, posting.isTemplate, tr("%1 (copy)").arg(posting.title)),
            tr("Cannot Duplicate Posting"), tr("Duplicate “%1”").arg(posting.title));
}

void PostingsTab::saveAsTemplate()
{
    if (!m_library || !m_current)
        return;
    const QString title = m_current->posting().title;
    const auto name =
        InputDialogs::getText(this, tr("Save as Template"), tr("Name of the new template:"), title);
    if (!name)
        return;
    flush();
    const QString templateTitle = name->trimmed().isEmpty() ? title : name->trimmed();
    created(PostingRepository(m_library->database()).copy(m_current->id(), true, templateTitle),
            tr("Cannot Save Template"), tr("Save as Template “%1”").arg(templateTitle));
}

void PostingsTab::created(const Result<qint64> &id, const QString &failure, const QString &undoText)
{
    if (!id) {
        MessageBoxes::critical(this, failure, id.error());
        return;
    }
    m_listStack->push(new PostingLifecycleCommand(
        PostingLifecycleCommand::Kind::Created, id.value(), undoText,
        [this](qint64 postingId, bool deleted) { setPostingDeleted(postingId, deleted); }));
    m_undoGroup->setActiveStack(m_listStack);
    refreshTemplates();
    refreshPostings();
    openPosting(id.value());
    m_ui->postingEditor->focusTitle();
}

void PostingsTab::deletePosting()
{
    if (!m_current || m_current->isReadOnly())
        return;
    const qint64 id = m_current->id();
    const QString title = m_current->posting().title;
    m_listStack->push(new PostingLifecycleCommand(
        PostingLifecycleCommand::Kind::Deleted, id, tr("Delete “%1”").arg(title),
        [this](qint64 postingId, bool deleted) { setPostingDeleted(postingId, deleted); }));
    // Ctrl+Z right after a delete brings the posting back.
    if (m_active)
        m_undoGroup->setActiveStack(m_listStack);
    emit saveStatusChanged(tr("Deleted “%1”. Undo brings it back.").arg(title), false);
}

void PostingsTab::setPostingDeleted(qint64 id, bool deleted)
{
    if (!m_library)
        return;
    const int row = m_ui->postingsTableView->currentIndex().row();
    if (deleted)
        closeDocument(id);
    const Status status = PostingRepository(m_library->database()).setDeleted(id, deleted);
    if (!status) {
        MessageBoxes::critical(this,
                               deleted ? tr("Cannot Delete Posting") : tr("Cannot Restore Posting"),
                               status.error());
    }
    refreshTemplates();
    refreshPostings();
    if (!deleted) {
        openPosting(id);
        return;
    }
    // The posting below the deleted one takes its place, as in a mail client.
    const int rows = m_postingsProxy->rowCount();
    if (rows > 0) {
        openPosting(m_postingsProxy->index(std::clamp(row, 0, rows - 1), 0)
                        .data(PostingListModel::IdRole)
                        .toLongLong());
    }
    updateActions();
}

} // namespace hirekit
