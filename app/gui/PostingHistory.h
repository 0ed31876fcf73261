#pragma once

#include "core/Posting.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class QWidget;

namespace hirekit {

class PostingDocument;

// The revisions the editor keeps of an open posting: a version saved on request, every
// export, every restore. Each writes the document's pending edits first, so a revision
// is what the library holds. Results are the status bar's text (empty when the user
// cancelled) or an error for the caller to show.
class PostingHistory
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::PostingHistory)

public:
    // Asks for an optional label and keeps a Version revision.
    static Result<QString> saveVersion(QWidget *parent, QSqlDatabase db, PostingDocument &document);
    // Asks for a file, exports and keeps an Export revision noting the format.
    static Result<QString> exportDocument(QWidget *parent, QSqlDatabase db,
                                          PostingDocument &document);
    // Puts `posting` back into the document as one undo step and keeps a Restore revision.
    static Result<QString> restore(QSqlDatabase db, PostingDocument &document,
                                   const Posting &posting, const PostingRevision &revision);
};

} // namespace hirekit
