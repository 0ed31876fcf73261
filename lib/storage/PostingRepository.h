#pragma once

#include "core/Named.h"
#include "core/Posting.h"
#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace hirekit {

// Reads and writes postings and posting templates with their locations and sections, and
// keeps the full-text index that search uses. Deleting only marks a posting, so that the
// delete can be undone and its revisions survive.
class PostingRepository
{
public:
    explicit PostingRepository(QSqlDatabase db);

    // Postings (not templates, not deleted) matching `query`, most recently changed first.
    // The text matches words of the title and of all text, as prefixes ("kube" finds
    // "Kubernetes"), accents ignored.
    Result<QList<PostingSummary>> list(const PostingQuery &query = {}) const;
    // The same postings as list() without a query, by id and title alone: what a box to choose
    // one from needs, without reading every posting's places. With a `limit` above 0, the
    // first `limit` of them.
    Result<QList<Named>> titles(int limit = 0) const;
    // The posting `id` as titles() would list it; nullopt when titles() would not list it (no
    // such posting, a template, deleted).
    Result<std::optional<Named>> title(qint64 id) const;
    // Built-in and user templates, by title.
    Result<QList<PostingSummary>> templates() const;
    Result<Posting> load(qint64 id) const;
    // When the posting was last changed, as stored: an editor compares it with the time of
    // the version it holds to notice a change made elsewhere (another window, the command
    // line) before its autosave would overwrite that change.
    Result<QDateTime> updatedAt(qint64 id) const;

    // Inserts `posting` with its locations and sections in one transaction and returns
    // its new id. Timestamps that are not set are set to now.
    Result<qint64> insert(const Posting &posting);
    // Replaces the stored posting `posting.id` (header, locations, sections) in one
    // transaction and sets its last change to now. Returns the new last-change time.
    Result<QDateTime> update(const Posting &posting);
    // Marks the posting deleted (or, with false, brings it back).
    Status setDeleted(qint64 id, bool deleted);
    // Copies a posting or template into a new posting (asTemplate false) or a new user
    // template (asTemplate true) titled `title`, in draft status.
    Result<qint64> copy(qint64 id, bool asTemplate, const QString &title);

private:
    // The postings matching `where`, with their places, in `order`; with a `limit`, only the
    // first `limit` postings after skipping `offset` of them.
    Result<QList<PostingSummary>> summaries(const QString &where, const QVariantList &values,
                                            const QString &order, int limit = 0,
                                            int offset = 0) const;
    Status writeChildren(const Posting &posting, qint64 id);
    Status index(const Posting &posting, qint64 id);

    QSqlDatabase m_db;
};

} // namespace hirekit
