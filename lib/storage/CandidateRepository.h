#pragma once

#include "core/Interview.h"
#include "core/Named.h"
#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>

namespace hirekit {

// What erasing a candidate removed, so the GUI and the command line can say so.
struct ErasureReport
{
    QString name;
    int scorecards = 0;
    int answers = 0;
    // Another connection was reading or writing the library (another window, a background
    // task such as a backup, another program), so its write-ahead log (the "-wal" file beside
    // it) still holds the pages as they were before: Library::emptyWriteAheadLog() empties it
    // once that connection is done.
    bool logKept = false;
};

// Which candidates a list holds: a posting's, or those of all postings; with `addedBefore`,
// only those added before that moment (the ones a retention period says to erase).
struct CandidateFilter
{
    std::optional<qint64> postingId; // nullopt: all postings
    std::optional<QDateTime> addedBefore;
};

// Reads and writes candidates, and erases them completely on request.
class CandidateRepository
{
public:
    explicit CandidateRepository(QSqlDatabase db);

    // Up to `limit` of the candidates `filter` lets through, from the `offset`th on in
    // `order`: a page of a list that may hold ten thousand. Without their notes (empty): with
    // a page of notes each, reading ten thousand candidates' notes took longer than the rest
    // of the list. load() reads a candidate whole.
    Result<QList<Candidate>> page(const CandidateFilter &filter, CandidateOrder order, int offset,
                                  int limit) const;
    // How many candidates `filter` lets through.
    Result<int> count(const CandidateFilter &filter) const;
    // The same candidates by id and name alone: what a box to choose one from needs. With a
    // `limit` above 0, the first `limit` of them.
    Result<QList<Named>> names(std::optional<qint64> postingId = std::nullopt, int limit = 0) const;
    // The candidate `id` as names(postingId) would list them; nullopt when it would not.
    Result<std::optional<Named>> name(qint64 id,
                                      std::optional<qint64> postingId = std::nullopt) const;
    Result<Candidate> load(qint64 id) const;
    // The candidate of that name for the posting, if there is one.
    Result<std::optional<Candidate>> find(std::optional<qint64> postingId,
                                          const QString &name) const;
    Result<qint64> insert(const Candidate &candidate);
    // Writes every field, the notes too: give it a candidate read whole (load(), find()),
    // not one of page()'s, whose notes are empty.
    Status update(const Candidate &candidate);

    // Removes the candidate with all their scorecards, answers, red flags and history, in
    // one transaction, and says what went.
    Result<ErasureReport> erase(qint64 id);

private:
    // Candidates of "SELECT `what` FROM candidates" + `rest`, `values` bound; `what` is the
    // columns of a Candidate in its order.
    Result<QList<Candidate>> select(const QString &what, const QString &rest,
                                    const QVariantList &values) const;

    QSqlDatabase m_db;
};

} // namespace hirekit
