// One of two Hirekit processes writing the same library at once. It makes COUNT
// transactions, each through the repositories inside one outer transaction, alternating:
//  - a new candidate with a scorecard, one question rated and a note on it;
//  - an edit of the shared posting (read, then written: the read-then-write that a deferred
//    transaction cannot upgrade while the other process writes) kept as a revision.
// Every transaction leaves one row named "<TAG>-<n>" (the candidate, or the revision's note),
// so tst_twoinstances can check that all of them arrived. It pauses a millisecond after each
// commit, so the two writers interleave. At the end it prints
// "done COUNT BUSY_RETRIES MILLISECONDS".
//
// Usage: instance_writer LIBRARY TAG COUNT

#include "storage/CandidateRepository.h"
#include "storage/Library.h"
#include "storage/PostingRepository.h"
#include "storage/RevisionRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace hirekit;

namespace {

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "instance_writer: %s\n", qPrintable(message));
    std::exit(1);
}

Status writeScorecard(QSqlDatabase db, const QString &name, int n)
{
    Candidate candidate;
    candidate.name = name;
    const auto candidateId = CandidateRepository(db).insert(candidate);
    if (!candidateId)
        return Error { candidateId.error() };
    ScorecardRepository cards(db);
    const auto card = cards.create(*candidateId, u"Writer"_s, std::nullopt, std::nullopt);
    if (!card)
        return Error { card.error() };
    const qint64 question = card->answers.at(n % card->answers.size()).questionId;
    return cards.setAnswer(card->id, question, 1 + n % 4, false, name);
}

Status editPosting(QSqlDatabase db, qint64 postingId, const QString &name)
{
    PostingRepository postings(db);
    auto posting = postings.load(postingId);
    if (!posting)
        return Error { posting.error() };
    posting->title = u"Edited by "_s + name;
    if (auto updated = postings.update(*posting); !updated)
        return Error { updated.error() };
    if (auto kept = RevisionRepository(db).add(*posting, RevisionReason::Version, name); !kept)
        return Error { kept.error() };
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 4)
        die(u"usage: instance_writer LIBRARY TAG COUNT"_s);
    const QString tag = arguments.at(2);
    const int count = arguments.at(3).toInt();

    auto opened = Library::open(arguments.at(1), Library::OpenMode::OpenExisting);
    if (!opened)
        die(opened.error());
    std::unique_ptr<Library> library = std::move(opened).value();
    QSqlDatabase db = library->database();
    const auto list = PostingRepository(db).list();
    if (!list || list->isEmpty())
        die(u"no posting to edit"_s);
    const qint64 postingId = list->first().id;

    QElapsedTimer clock;
    clock.start();
    for (int n = 0; n < count; ++n) {
        const QString name = u"%1-%2"_s.arg(tag).arg(n);
        Transaction transaction(db);
        if (!transaction.isActive())
            die(u"%1: cannot start: %2"_s.arg(name, transaction.errorString()));
        const Status written =
            n % 2 == 0 ? writeScorecard(db, name, n) : editPosting(db, postingId, name);
        if (!written)
            die(u"%1: %2"_s.arg(name, written.error()));
        if (!transaction.commit())
            die(u"%1: cannot commit: %2"_s.arg(name, transaction.errorString()));
        // A breath between transactions, as any real writer takes: without it, a writer in a
        // tight loop takes the lock again before the other one's busy handler (which sleeps
        // 1, 2, 5, 10, ... ms between tries) wakes up, and the two run mostly one after the
        // other instead of interleaved.
        QThread::usleep(1000);
    }
    std::printf("done %d %d %lld\n", count, Transaction::busyRetries(), clock.elapsed());
    return 0;
}
