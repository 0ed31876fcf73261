#pragma once

#include "core/Posting.h"
#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>

namespace hirekit {

// Reads and writes postings and posting templates, with their locations and sections.
class PostingRepository
{
public:
    explicit PostingRepository(QSqlDatabase db);

    // Postings (not templates), most recently changed first.
    Result<QList<PostingSummary>> list() const;
    // Built-in and user templates, by title.
    Result<QList<PostingSummary>> templates() const;
    Result<Posting> load(qint64 id) const;

    // Inserts `posting` with its locations and sections in one transaction and returns
    // its new id. Timestamps that are not set are set to now.
    Result<qint64> insert(const Posting &posting);

private:
    Result<QList<PostingSummary>> summaries(bool templates) const;
    Status loadLocations(qint64 id, QList<PostingLocation> &locations) const;

    QSqlDatabase m_db;
};

} // namespace hirekit
