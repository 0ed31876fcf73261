// A Hirekit process that only writes: scorecard ratings with notes, posting edits and salary
// imports, chosen at random, as fast as it can, reporting each write on stdout the moment
// its transaction has committed. tst_crashsafety kills it with SIGKILL at random moments and
// then checks that every reported write is in the library.
//
// Usage: crash_writer LIBRARY SEED WORKDIR

#include "io/SalaryImport.h"
#include "storage/CandidateRepository.h"
#include "storage/Library.h"
#include "storage/PostingRepository.h"
#include "storage/ScorecardRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace hirekit;

namespace {

// One line, written with a single write(2) so that a kill never leaves half a line behind.
void report(const QByteArray &line)
{
    const QByteArray text = line + '\n';
    const ssize_t written = ::write(STDOUT_FILENO, text.constData(), size_t(text.size()));
    Q_UNUSED(written)
}

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "crash_writer: %s\n", qPrintable(message));
    std::exit(1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 4 && arguments.size() != 5)
        die(u"usage: crash_writer LIBRARY SEED WORKDIR [import-first]"_s);
    // Imports are one write in eighty; on a slow (sanitized) build a run may end before one
    // completes, so some runs start with one.
    bool importNext = arguments.size() == 5 && arguments.at(4) == u"import-first"_s;
    const quint32 seed = arguments.at(2).toUInt();
    QRandomGenerator random(seed);

    auto opened = Library::open(arguments.at(1), Library::OpenMode::OpenOrCreate);
    if (!opened)
        die(opened.error());
    std::unique_ptr<Library> library = std::move(opened).value();
    QSqlDatabase db = library->database();

    // The same candidate, scorecard and posting across runs, made by the first one.
    ScorecardRepository cards(db);
    auto existing = cards.list();
    if (!existing)
        die(existing.error());
    qint64 cardId = 0;
    if (existing->isEmpty()) {
        Candidate candidate;
        candidate.name = u"Crash Test"_s;
        const auto candidateId = CandidateRepository(db).insert(candidate);
        const auto card = cards.create(*candidateId, u"Writer"_s, std::nullopt, std::nullopt);
        if (!card)
            die(card.error());
        cardId = card->id;
    } else {
        cardId = existing->first().id;
    }
    PostingRepository postings(db);
    const auto list = postings.list();
    if (!list || list->isEmpty())
        die(u"no posting to edit"_s);
    const qint64 postingId = list->first().id;
    report("ready");

    // A small generic CSV for imports, written once per run.
    const QString csv = arguments.at(3) + u"/rows-%1.csv"_s.arg(seed);
    {
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly))
            die(file.errorString());
        file.write("area,role,min,max\n");
        for (int i = 0; i < 2000; ++i)
            file.write(QByteArray("Area ") + QByteArray::number(i) + ",Role,100,200\n");
    }

    for (quint64 sequence = quint64(seed) * 1000000;; ++sequence) {
        const int kind = importNext ? 79 : random.bounded(80);
        importNext = false;
        if (kind < 56) {
            const qint64 question = 1 + random.bounded(17);
            const int rating = 1 + random.bounded(4);
            const QString note = u"seq %1 rating %2"_s.arg(sequence).arg(rating);
            if (auto saved = cards.setAnswer(cardId, question, rating, false, note); !saved)
                die(saved.error());
            report("answer " + QByteArray::number(question) + ' ' + QByteArray::number(sequence)
                   + ' ' + QByteArray::number(rating));
        } else if (kind < 79) {
            auto posting = postings.load(postingId);
            if (!posting)
                die(posting.error());
            posting->title = u"Edit %1"_s.arg(sequence);
            posting->sections.first().body = u"Body of edit %1"_s.arg(sequence);
            if (auto saved = postings.update(*posting); !saved)
                die(saved.error());
            report("posting " + QByteArray::number(sequence));
        } else {
            SalaryImportOptions options;
            options.dataset = u"import-%1"_s.arg(sequence);
            const auto imported = importSalaryCsv(db, csv, options);
            if (!imported)
                die(imported.error());
            report("import " + options.dataset.toUtf8() + ' '
                   + QByteArray::number(imported->imported));
        }
    }
}
