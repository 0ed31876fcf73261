#include "cli/Commands.h"

#include "cli/CommandLine.h"
#include "cli/CommandSupport.h"
#include "cli/TextTable.h"
#include "io/JsonFile.h"
#include "io/ScorecardJson.h"
#include "render/PostingPdf.h"
#include "render/ScorecardRenderer.h"
#include "storage/CandidateRepository.h"
#include "storage/KitRepository.h"
#include "storage/PostingRepository.h"
#include "storage/QuestionRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace hirekit::cli {

namespace {

// The translation context of this file's messages.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::cli)
};

// Reads the integer option or positional `text`; prints why it is not one and returns
// nullopt otherwise.
std::optional<qint64> number(Invocation &invocation, const QString &what, const QString &text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok) {
        invocation.err << CliText::tr("hirekit: %1 must be a number, not \"%2\".").arg(what, text)
                       << '\n';
        return std::nullopt;
    }
    return value;
}

// The scorecard id given as the third word ("scorecards rate ID").
std::optional<qint64> scorecardId(Invocation &invocation)
{
    const QStringList positional = invocation.parser.positionalArguments();
    if (positional.size() < 3) {
        invocation.err << CliText::tr("hirekit: give the scorecard's ID.") << '\n';
        return std::nullopt;
    }
    return number(invocation, u"ID"_s, positional.at(2));
}

QHash<qint64, QString> questionTexts(const Library &library)
{
    QHash<qint64, QString> texts;
    if (const auto questions = QuestionRepository(library.database()).list(); questions) {
        for (const InterviewQuestion &question : *questions)
            texts.insert(question.id, question.text);
    }
    return texts;
}

ScorecardContext scorecardContext(const Library &library, const Scorecard &card)
{
    ScorecardContext context;
    if (const auto questions = QuestionRepository(library.database()).list(); questions) {
        for (const InterviewQuestion &question : *questions)
            context.questions.insert(question.id, question);
    }
    if (card.postingId) {
        if (const auto posting = PostingRepository(library.database()).load(*card.postingId))
            context.postingTitle = posting->title;
    }
    return context;
}

int exportScorecardPdf(Invocation &invocation, const Library &library, const Scorecard &card,
                       const QString &target)
{
    QTextDocument document;
    renderScorecard(document, card, scorecardContext(library, card));
    if (auto written = exportDocumentPdf(document, target); !written)
        return fail(invocation, written.error());
    return ExitOk;
}

} // namespace

int listScorecards(Invocation &invocation)
{
    ScorecardFilter filter;
    if (invocation.parser.isSet(u"posting"_s)) {
        filter.postingId =
            number(invocation, u"--posting"_s, invocation.parser.value(u"posting"_s));
        if (!filter.postingId)
            return ExitUsage;
    }
    filter.candidate = invocation.parser.value(u"candidate"_s);
    filter.text = invocation.parser.value(u"search"_s);
    const auto library = openLibrary(invocation, Library::OpenMode::OpenOrCreate);
    if (!library)
        return ExitFailure;
    const auto cards = ScorecardRepository(library->database()).list(filter);
    if (!cards)
        return fail(invocation, cards.error());
    if (wantsJson(invocation)) {
        const QHash<qint64, QString> texts = questionTexts(*library);
        QJsonArray array;
        for (const Scorecard &card : *cards)
            array.append(scorecardToJson(card, texts));
        printJson(invocation, array);
        return ExitOk;
    }
    TextTable table({ CliText::tr("ID"), CliText::tr("CANDIDATE"), CliText::tr("INTERVIEWER"),
                      CliText::tr("STATUS"), CliText::tr("RATED"), CliText::tr("RECOMMENDATION") },
                    { true });
    for (const Scorecard &card : *cards) {
        const auto rated =
            std::count_if(card.answers.cbegin(), card.answers.cend(),
                          [](const ScorecardAnswer &a) { return a.rating || a.notAsked; });
        table.addRow({ QString::number(card.id), card.candidateName, card.interviewer,
                       toKey(card.status), u"%1/%2"_s.arg(rated).arg(card.answers.size()),
                       card.recommendation ? toKey(*card.recommendation) : QString() });
    }
    table.print(invocation.out);
    return ExitOk;
}

int newScorecard(Invocation &invocation)
{
    const QString candidateName = invocation.parser.value(u"candidate"_s).trimmed();
    const QString interviewer = invocation.parser.value(u"interviewer"_s).trimmed();
    if (!invocation.parser.isSet(u"posting"_s) || candidateName.isEmpty()
        || interviewer.isEmpty()) {
        invocation.err << CliText::tr(
            "hirekit: scorecards new needs --posting ID, --candidate NAME "
            "and --interviewer NAME.")
                       << '\n';
        return ExitUsage;
    }
    const auto postingId =
        number(invocation, u"--posting"_s, invocation.parser.value(u"posting"_s));
    if (!postingId)
        return ExitUsage;
    std::optional<qint64> kitId;
    if (invocation.parser.isSet(u"kit"_s)) {
        kitId = number(invocation, u"--kit"_s, invocation.parser.value(u"kit"_s));
        if (!kitId)
            return ExitUsage;
    }

    const auto library = openLibrary(invocation, Library::OpenMode::OpenOrCreate);
    if (!library)
        return ExitFailure;
    QSqlDatabase db = library->database();
    if (const auto posting = PostingRepository(db).load(*postingId); !posting) {
        return fail(invocation, posting.error());
    } else if (posting->isTemplate) {
        return fail(invocation,
                    CliText::tr("%1 is a template, not a posting; candidates apply "
                                "to postings (see postings list).")
                        .arg(*postingId));
    }
    if (!kitId) {
        // The posting's first kit, if it has one; else the whole question bank.
        const auto kits = KitRepository(db).list(*postingId);
        if (!kits)
            return fail(invocation, kits.error());
        if (!kits->isEmpty())
            kitId = kits->first().id;
    }
    // The candidate (when new) and the scorecard are added together or not at all.
    Transaction transaction(db);
    CandidateRepository candidates(db);
    const auto found = candidates.find(*postingId, candidateName);
    if (!found)
        return fail(invocation, found.error());
    qint64 candidateId = 0;
    if (*found) {
        candidateId = (*found)->id;
    } else {
        Candidate candidate;
        candidate.postingId = *postingId;
        candidate.name = candidateName;
        const auto added = candidates.insert(candidate);
        if (!added)
            return fail(invocation, added.error());
        candidateId = *added;
    }
    const auto card = ScorecardRepository(db).create(candidateId, interviewer, kitId, *postingId);
    if (!card)
        return fail(invocation, card.error());
    if (!transaction.commit())
        return fail(invocation, transaction.errorString());
    invocation.out << card->id << '\n';
    return ExitOk;
}

int rateScorecard(Invocation &invocation)
{
    const auto id = scorecardId(invocation);
    if (!id)
        return ExitUsage;
    if (!invocation.parser.isSet(u"question"_s) || !invocation.parser.isSet(u"rating"_s)) {
        invocation.err << CliText::tr("hirekit: scorecards rate needs --question QID and --rating "
                                      "N (1 to 4, or 0 for not asked).")
                       << '\n';
        return ExitUsage;
    }
    const auto question =
        number(invocation, u"--question"_s, invocation.parser.value(u"question"_s));
    const auto rating = number(invocation, u"--rating"_s, invocation.parser.value(u"rating"_s));
    if (!question || !rating)
        return ExitUsage;
    const auto library = openLibrary(invocation, Library::OpenMode::OpenExisting);
    if (!library)
        return ExitFailure;
    if (const auto known = QuestionRepository(library->database()).guide(*question); !known)
        return fail(invocation, known.error());
    const std::optional<QString> note = invocation.parser.isSet(u"note"_s)
        ? std::optional<QString>(invocation.parser.value(u"note"_s))
        : std::nullopt;
    const bool notAsked = *rating == 0;
    const auto saved =
        ScorecardRepository(library->database())
            .setAnswer(*id, *question, notAsked ? std::nullopt : std::optional<int>(int(*rating)),
                       notAsked, note);
    if (!saved)
        return fail(invocation, saved.error());
    return ExitOk;
}

int submitScorecard(Invocation &invocation)
{
    const auto id = scorecardId(invocation);
    if (!id)
        return ExitUsage;
    const auto library = openLibrary(invocation, Library::OpenMode::OpenExisting);
    if (!library)
        return ExitFailure;
    ScorecardRepository cards(library->database());
    const auto card = cards.load(*id);
    if (!card)
        return fail(invocation, card.error());
    if (auto submitted = cards.submit(*id, card->interviewer); !submitted)
        return fail(invocation, submitted.error());
    return ExitOk;
}

int exportScorecard(Invocation &invocation)
{
    const auto id = scorecardId(invocation);
    if (!id)
        return ExitUsage;
    const QString format = invocation.parser.value(u"format"_s);
    const QString target = invocation.parser.value(u"out"_s);
    if (target.isEmpty() || (format != u"json"_s && format != u"pdf"_s)) {
        invocation.err << CliText::tr("hirekit: scorecards export needs --format pdf|json and "
                                      "--out FILE.")
                       << '\n';
        return ExitUsage;
    }
    const auto library = openLibrary(invocation, Library::OpenMode::OpenExisting);
    if (!library)
        return ExitFailure;
    const auto card = ScorecardRepository(library->database()).load(*id);
    if (!card)
        return fail(invocation, card.error());
    if (format == u"pdf"_s)
        return exportScorecardPdf(invocation, *library, *card, target);

    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return fail(invocation, CliText::tr("Cannot write %1: %2").arg(target, file.errorString()));
    file.write(QJsonDocument(scorecardToJson(*card, questionTexts(*library))).toJson());
    if (!file.commit())
        return fail(invocation, CliText::tr("Cannot write %1: %2").arg(target, file.errorString()));
    return ExitOk;
}

int importScorecard(Invocation &invocation)
{
    const QStringList positional = invocation.parser.positionalArguments();
    if (positional.size() != 3) {
        invocation.err << CliText::tr("hirekit: scorecards import needs one FILE.json.") << '\n';
        return ExitUsage;
    }
    const QString path = positional.at(2);
    // The file is read and checked before the library is touched: a bad file changes nothing.
    const auto object = readJsonObjectFile(path, CliText::tr("a scorecard"));
    if (!object)
        return fail(invocation, object.error());
    const auto library = openLibrary(invocation, Library::OpenMode::OpenOrCreate);
    if (!library)
        return ExitFailure;
    const auto outcome = importScorecardJson(library->database(), *object);
    if (!outcome)
        return fail(invocation, CliText::tr("%1: %2").arg(path, outcome.error()));
    switch (*outcome) {
    case MergeOutcome::Created:
        invocation.out << CliText::tr("Added the scorecard.") << '\n';
        break;
    case MergeOutcome::Updated:
        invocation.out << CliText::tr("Updated the scorecard to the newer version.") << '\n';
        break;
    case MergeOutcome::Unchanged:
        invocation.out << CliText::tr("The scorecard is here already; nothing changed.") << '\n';
        break;
    case MergeOutcome::KeptLocalNewer:
        invocation.err << CliText::tr("hirekit: warning: the scorecard here is newer or differs; "
                                      "it was kept and the file was not applied.")
                       << '\n';
        break;
    }
    return ExitOk;
}

} // namespace hirekit::cli
