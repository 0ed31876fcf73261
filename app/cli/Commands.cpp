#include "cli/Commands.h"

#include "cli/CommandLine.h"
#include "cli/CommandSupport.h"
#include "cli/TextTable.h"
#include "core/MoneyFormat.h"
#include "io/PostingJson.h"
#include "io/QuestionJson.h"
#include "io/SalaryJson.h"
#include "storage/GuideRepository.h"
#include "storage/Library.h"
#include "storage/PostingRepository.h"
#include "storage/QuestionRepository.h"
#include "storage/SalaryRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <memory>

using namespace Qt::StringLiterals;

namespace hirekit::cli {

namespace {

// The translation context of this file's messages.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::cli)
};

} // namespace

int listPostings(Invocation &invocation)
{
    const auto library = openLibrary(invocation, Library::OpenMode::OpenOrCreate);
    if (!library)
        return ExitFailure;
    PostingRepository repository(library->database());
    const auto postings = repository.list();
    if (!postings)
        return fail(invocation, postings.error());

    if (wantsJson(invocation)) {
        QJsonArray array;
        for (const PostingSummary &summary : *postings) {
            const auto posting = repository.load(summary.id);
            if (!posting)
                return fail(invocation, posting.error());
            array.append(postingToJson(*posting));
        }
        printJson(invocation, array);
        return ExitOk;
    }

    TextTable table({ CliText::tr("ID"), CliText::tr("TITLE"), CliText::tr("LEVEL"),
                      CliText::tr("STATUS"), CliText::tr("UPDATED"), CliText::tr("LOCATIONS") },
                    { true });
    for (const PostingSummary &summary : *postings) {
        QStringList places;
        for (const PostingLocation &place : summary.locations)
            places.append(place.displayText());
        table.addRow(
            { QString::number(summary.id), summary.title,
              summary.level ? displayName(*summary.level) : QString(), displayName(summary.status),
              QLocale::c().toString(summary.updatedAt.toLocalTime().date(), u"yyyy-MM-dd"_s),
              places.join(u"; "_s) });
    }
    table.print(invocation.out);
    return ExitOk;
}

int listQuestions(Invocation &invocation)
{
    const auto library = openLibrary(invocation, Library::OpenMode::OpenOrCreate);
    if (!library)
        return ExitFailure;
    const auto questions = QuestionRepository(library->database()).list();
    if (!questions)
        return fail(invocation, questions.error());

    if (wantsJson(invocation)) {
        QJsonArray array;
        for (const InterviewQuestion &question : *questions)
            array.append(questionToJson(question));
        printJson(invocation, array);
        return ExitOk;
    }
    TextTable table({ CliText::tr("ID"), CliText::tr("CATEGORY"), CliText::tr("TOPIC"),
                      CliText::tr("QUESTION") },
                    { true });
    for (const InterviewQuestion &question : *questions) {
        table.addRow({ QString::number(question.id), toKey(question.category), question.topic,
                       question.text });
    }
    table.print(invocation.out);
    return ExitOk;
}

int checkDatabase(Invocation &invocation)
{
    const auto library = openLibrary(invocation, Library::OpenMode::OpenExisting);
    if (!library)
        return ExitFailure;
    const auto problems = library->check();
    if (!problems)
        return fail(invocation, problems.error());
    if (!problems->isEmpty()) {
        for (const QString &problem : *problems)
            invocation.err << u"hirekit: "_s << problem << '\n';
        return fail(
            invocation,
            problems->size() == 1
                ? CliText::tr("%1 has 1 problem.").arg(library->path())
                : CliText::tr("%1 has %2 problems.").arg(library->path()).arg(problems->size()));
    }
    invocation.out << CliText::tr("%1: ok (library version %2)")
                          .arg(library->path())
                          .arg(library->schemaVersion())
                   << '\n';
    return ExitOk;
}

int backupDatabase(Invocation &invocation)
{
    const QString target = invocation.parser.value(u"out"_s);
    if (target.isEmpty()) {
        invocation.err << CliText::tr("hirekit: db backup needs --out FILE.") << '\n';
        return ExitUsage;
    }
    const auto library = openLibrary(invocation, Library::OpenMode::OpenExisting);
    if (!library)
        return ExitFailure;
    if (auto written = library->backupTo(target); !written)
        return fail(invocation, written.error());
    invocation.out << CliText::tr("Wrote %1").arg(target) << '\n';
    return ExitOk;
}

} // namespace hirekit::cli
