#include "gui/PostingHistory.h"

#include "gui/InputDialogs.h"
#include "gui/PostingCommands.h"
#include "gui/PostingDocument.h"
#include "gui/PostingOutput.h"
#include "storage/RevisionRepository.h"

#include <QDir>
#include <QLocale>
#include <QUndoStack>

namespace hirekit {

Result<QString> PostingHistory::saveVersion(QWidget *parent, QSqlDatabase db,
                                            PostingDocument &document)
{
    const auto note =
        InputDialogs::getText(parent, tr("Save Version"),
                              tr("A label for this version (optional), e.g. \"sent to HR\":"));
    if (!note)
        return QString();
    if (!document.save())
        return Error { document.errorString() };
    const auto revision = RevisionRepository(std::move(db))
                              .add(document.posting(), RevisionReason::Version, note->trimmed());
    if (!revision)
        return Error { revision.error() };
    return tr("Version saved (%1).").arg(revision->summary);
}

Result<QString> PostingHistory::exportDocument(QWidget *parent, QSqlDatabase db,
                                               PostingDocument &document)
{
    if (!document.save())
        return Error { document.errorString() };
    const Posting posting = document.posting();
    const auto exported = PostingOutput::exportWithDialog(parent, posting);
    if (!exported)
        return Error { exported.error() };
    if (!exported.value())
        return QString();
    const QString done = tr("Exported to %1").arg(QDir::toNativeSeparators(exported.value()->path));
    // Built-in templates never change, so they keep no history.
    if (posting.isBuiltin)
        return done;
    const auto kept = RevisionRepository(std::move(db))
                          .add(posting, RevisionReason::Export, toKey(exported.value()->format));
    if (!kept)
        return Error { tr("The file was written, but the export could not be kept in the "
                          "history: %1")
                           .arg(kept.error()) };
    return done;
}

Result<QString> PostingHistory::restore(QSqlDatabase db, PostingDocument &document,
                                        const Posting &posting, const PostingRevision &revision)
{
    const QString when = QLocale().toString(revision.createdAt.toLocalTime(), QLocale::ShortFormat);
    document.undoStack()->push(
        new ReplacePostingCommand(&document, posting, tr("Restore Version of %1").arg(when)));
    if (!document.save())
        return Error { document.errorString() };
    const auto kept =
        RevisionRepository(std::move(db))
            .add(document.posting(), RevisionReason::Restore, tr("version of %1").arg(when));
    if (!kept)
        return Error { kept.error() };
    return tr("Restored the version of %1.").arg(when);
}

} // namespace hirekit
