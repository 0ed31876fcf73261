#include "cli/Commands.h"

#include "cli/CommandLine.h"
#include "cli/CommandSupport.h"
#include "cli/TextTable.h"
#include "core/MoneyFormat.h"
#include "io/SalaryImport.h"
#include "io/SalaryJson.h"
#include "storage/SalaryRepository.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace hirekit::cli {

namespace {

// The translation context of this file's messages.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::cli)
};

// Reads --dataset, --city, --role and --level; on a bad level prints why and returns nullopt.
std::optional<SalaryFilter> salaryFilter(Invocation &invocation)
{
    SalaryFilter filter;
    filter.dataset = invocation.parser.value(u"dataset"_s);
    filter.area = invocation.parser.value(u"city"_s);
    filter.role = invocation.parser.value(u"role"_s);
    if (invocation.parser.isSet(u"level"_s)) {
        filter.level = levelFromKey(invocation.parser.value(u"level"_s));
        if (!filter.level) {
            invocation.err << CliText::tr("hirekit: --level must be entry, mid, senior or staff, "
                                          "not \"%1\".")
                                  .arg(invocation.parser.value(u"level"_s))
                           << '\n';
            return std::nullopt;
        }
    }
    return filter;
}

// Fails with the list of dataset names when `name` is not one of them.
bool datasetExists(Invocation &invocation, SalaryRepository &repository, const QString &name)
{
    const auto datasets = repository.datasets();
    if (!datasets) {
        fail(invocation, datasets.error());
        return false;
    }
    QStringList names;
    for (const SalaryDataset &dataset : *datasets)
        names.append(dataset.name);
    if (names.contains(name))
        return true;
    fail(invocation,
         CliText::tr("There is no salary dataset named \"%1\". Datasets: %2.")
             .arg(name, names.join(u", "_s)));
    return false;
}

} // namespace

int listSalaries(Invocation &invocation)
{
    const auto filter = salaryFilter(invocation);
    if (!filter)
        return ExitUsage;

    const auto library = openLibrary(invocation, Library::OpenMode::OpenOrCreate);
    if (!library)
        return ExitFailure;
    SalaryRepository repository(library->database());
    if (!filter->dataset.isEmpty() && !datasetExists(invocation, repository, filter->dataset))
        return ExitFailure;
    const auto rows = repository.rows(*filter);
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

int importSalaries(Invocation &invocation)
{
    const QStringList positional = invocation.parser.positionalArguments();
    if (positional.size() != 3) {
        invocation.err << CliText::tr("hirekit: salaries import needs one FILE.csv.") << '\n';
        return ExitUsage;
    }
    SalaryImportOptions options;
    options.dataset = invocation.parser.value(u"dataset"_s);
    const auto format = salaryCsvFormatFromKey(invocation.parser.value(u"format"_s).isEmpty()
                                                   ? u"auto"_s
                                                   : invocation.parser.value(u"format"_s));
    if (!format) {
        invocation.err << CliText::tr("hirekit: --format must be auto, bls or generic.") << '\n';
        return ExitUsage;
    }
    options.format = *format;
    if (invocation.parser.isSet(u"year"_s)) {
        bool ok = false;
        options.year = invocation.parser.value(u"year"_s).toInt(&ok);
        if (!ok) {
            invocation.err << CliText::tr("hirekit: --year must be a year such as 2022.") << '\n';
            return ExitUsage;
        }
    }

    const auto library = openLibrary(invocation, Library::OpenMode::OpenOrCreate);
    if (!library)
        return ExitFailure;
    const auto report = importSalaryCsv(library->database(), positional.at(2), options);
    if (!report)
        return fail(invocation, report.error());
    for (const QString &warning : report->warnings)
        invocation.err << CliText::tr("hirekit: warning: %1").arg(warning) << '\n';
    invocation.out << CliText::tr("Imported %1 rows into the dataset \"%2\" (%3 format); skipped "
                                  "%4.")
                          .arg(report->imported)
                          .arg(report->dataset, toKey(report->format))
                          .arg(report->skipped.size())
                   << '\n';
    for (const SkippedLine &skipped : report->skipped) {
        invocation.out << CliText::tr("  skipped line %1: %2").arg(skipped.line).arg(skipped.reason)
                       << '\n';
    }
    return ExitOk;
}

int exportSalaries(Invocation &invocation)
{
    const QString target = invocation.parser.value(u"out"_s);
    if (target.isEmpty() || !invocation.parser.isSet(u"dataset"_s)) {
        invocation.err << CliText::tr("hirekit: salaries export needs --dataset NAME and --out "
                                      "FILE.csv.")
                       << '\n';
        return ExitUsage;
    }
    const auto filter = salaryFilter(invocation);
    if (!filter)
        return ExitUsage;
    const auto library = openLibrary(invocation, Library::OpenMode::OpenExisting);
    if (!library)
        return ExitFailure;
    SalaryRepository repository(library->database());
    if (!datasetExists(invocation, repository, filter->dataset))
        return ExitFailure;
    // Rows are read and written one at a time: a dataset of a million rows is exported
    // without holding it. --city and --role match the dataset's areas and roles as
    // `salaries list` does (case-insensitive, anywhere in the name).
    const auto datasetId = repository.findDataset(filter->dataset);
    if (!datasetId || !*datasetId)
        return fail(invocation, datasetId.error());
    const auto summary = repository.summary(**datasetId);
    if (!summary)
        return fail(invocation, summary.error());
    SalaryRowQuery query;
    query.datasetId = **datasetId;
    if (!filter->area.isEmpty()) {
        QStringList areas;
        for (const SalaryValueCount &area : summary->areas)
            areas.append(area.value);
        query.areas = matchingValues(areas, filter->area);
    }
    if (!filter->role.isEmpty())
        query.roles = matchingValues(summary->roleNames(), filter->role);
    query.level = filter->level;
    const auto written = exportSalaryCsv(library->database(), query, target);
    if (!written)
        return fail(invocation, written.error());
    invocation.out << CliText::tr("Wrote %1 rows to %2").arg(*written).arg(target) << '\n';
    return ExitOk;
}

} // namespace hirekit::cli
