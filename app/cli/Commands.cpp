#include "cli/Commands.h"

#include "cli/CommandLine.h"
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

std::unique_ptr<Library> openLibrary(Invocation &invocation, Library::OpenMode mode)
{
    QString path = invocation.parser.value(u"db"_s);
    if (path.isEmpty())
        path = Library::defaultPath();
    auto library = Library::open(path, mode);
    if (!library) {
        invocation.err << u"hirekit: "_s << library.error() << '\n';
        return nullptr;
    }
    return std::move(library).value();
}

int fail(Invocation &invocation, const QString &message)
{
    invocation.err << u"hirekit: "_s << message << '\n';
    return ExitFailure;
}

void printJson(Invocation &invocation, const QJsonArray &array)
{
    invocation.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

bool wantsJson(const Invocation &invocation)
{
    return invocation.parser.isSet(u"json"_s);
}

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

int listSalaries(Invocation &invocation)
{
    SalaryFilter filter;
    filter.dataset = invocation.parser.value(u"dataset"_s);
    filter.area = invocation.parser.value(u"city"_s);
    filter.role = invocation.parser.value(u"role"_s);
    if (invocation.parser.isSet(u"level"_s)) {
        filter.level = levelFromKey(invocation.parser.value(u"level"_s));
        if (!filter.level) {
            invocation.err << CliText::tr(
                                  "hirekit: --level must be entry, mid, senior or staff, not "
                                  "\"%1\".")
                                  .arg(invocation.parser.value(u"level"_s))
                           << '\n';
            return ExitUsage;
        }
    }

    const auto library = openLibrary(invocation, Library::OpenMode::OpenOrCreate);
    if (!library)
        return ExitFailure;
    SalaryRepository repository(library->database());
    if (!filter.dataset.isEmpty()) {
        const auto datasets = repository.datasets();
        if (!datasets)
            return fail(invocation, datasets.error());
        QStringList names;
        for (const SalaryDataset &dataset : *datasets)
            names.append(dataset.name);
        if (!names.contains(filter.dataset)) {
            return fail(invocation,
                        CliText::tr("There is no salary dataset named \"%1\". Datasets: %2.")
                            .arg(filter.dataset, names.join(u", "_s)));
        }
    }
    const auto rows = repository.rows(filter);
    if (!rows)
        return fail(invocation, rows.error());

    if (wantsJson(invocation)) {
        QJsonArray array;
        for (const SalaryRow &row : *rows)
            array.append(salaryRowToJson(row));
        printJson(invocation, array);
        return ExitOk;
    }

    // Figures read the same on every machine: C locale, with thousands separators.
    QLocale locale = QLocale::c();
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    TextTable table(
        { CliText::tr("DATASET"), CliText::tr("AREA"), CliText::tr("ROLE"), CliText::tr("LEVEL"),
          CliText::tr("PERIOD"), CliText::tr("MIN"), CliText::tr("MAX"), CliText::tr("P10"),
          CliText::tr("P25"), CliText::tr("MEDIAN"), CliText::tr("P75"), CliText::tr("P90") },
        { false, false, false, false, false, true, true, true, true, true, true, true });
    for (const SalaryRow &row : *rows) {
        const auto figure = [&](const std::optional<double> &value, const QString &field) {
            return MoneyFormat::figure(value, row.topCoded.contains(field), locale);
        };
        table.addRow({ row.dataset, row.area, row.role, row.level ? toKey(*row.level) : QString(),
                       toKey(row.period), figure(row.min, u"min"_s), figure(row.max, u"max"_s),
                       figure(row.p10, u"p10"_s), figure(row.p25, u"p25"_s),
                       figure(row.median, u"median"_s), figure(row.p75, u"p75"_s),
                       figure(row.p90, u"p90"_s) });
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
        return fail(invocation,
                    CliText::tr("%1 has %n problem(s).", nullptr, int(problems->size()))
                        .arg(library->path()));
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
