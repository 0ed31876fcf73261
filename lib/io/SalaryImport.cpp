#include "io/SalaryImport.h"

#include "io/CsvReader.h"
#include "storage/SalaryRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

// The translation context of this file's messages.
struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::SalaryImport)
};

constexpr int BatchSize = 2000;

// The percentile fields in the order of the row shape, with their BLS column suffixes.
struct PercentileColumn
{
    const char16_t *field;
    const char16_t *blsSuffix;
};
constexpr PercentileColumn percentileColumns[] = { { u"p10", u"PCT10" },
                                                   { u"p25", u"PCT25" },
                                                   { u"median", u"MEDIAN" },
                                                   { u"p75", u"PCT75" },
                                                   { u"p90", u"PCT90" } };

std::optional<double> *figureField(SalaryRow &row, QStringView field)
{
    if (field == u"min")
        return &row.min;
    if (field == u"max")
        return &row.max;
    if (field == u"p10")
        return &row.p10;
    if (field == u"p25")
        return &row.p25;
    if (field == u"median")
        return &row.median;
    if (field == u"p75")
        return &row.p75;
    if (field == u"p90")
        return &row.p90;
    return nullptr;
}

// "93,280", "$93,280", " 41.74 " → number; nullopt for anything else.
std::optional<double> parseNumber(QString text)
{
    text.remove(u',');
    text.remove(u'$');
    text = text.trimmed();
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

// Checks what a row's figures promise: non-negative, min ≤ max, percentiles in order.
QString implausibility(const SalaryRow &row)
{
    const std::optional<double> figures[] = { row.min,    row.max, row.p10, row.p25,
                                              row.median, row.p75, row.p90 };
    for (const auto &figure : figures) {
        if (figure && *figure < 0)
            return ImportText::tr("a figure is negative");
    }
    if (row.min && row.max && *row.min > *row.max)
        return ImportText::tr("min is greater than max");
    std::optional<double> previous;
    for (const auto &figure : { row.p10, row.p25, row.median, row.p75, row.p90 }) {
        if (!figure)
            continue;
        if (previous && *figure < *previous)
            return ImportText::tr("the percentiles are not in increasing order");
        previous = figure;
    }
    return {};
}

// Reads one CSV row of a known layout into a SalaryRow.
class RowReader
{
public:
    virtual ~RowReader() = default;
    // Fills `row` from `fields`; returns a reason to skip the line, or an empty string.
    virtual QString read(const QStringList &fields, SalaryRow &row) = 0;
};

class BlsRowReader : public RowReader
{
public:
    BlsRowReader(const QHash<QString, qsizetype> &columns, std::optional<int> year)
        : m_columns(columns)
        , m_ceiling(year ? blsWageCeiling(*year) : std::nullopt)
    { }

    QString read(const QStringList &fields, SalaryRow &row) override
    {
        row.role = value(fields, u"OCC_TITLE"_s);
        row.socCode = value(fields, u"OCC_CODE"_s);
        if (m_columns.contains(u"AREA_TITLE"_s)) {
            row.area = value(fields, u"AREA_TITLE"_s);
            row.areaCode = value(fields, u"AREA"_s);
        } else {
            row.area = ImportText::tr("United States");
            row.isNational = true;
        }
        if (row.role.isEmpty())
            return ImportText::tr("OCC_TITLE is empty");

        // BLS gives annual wages for most occupations and hourly ones only for those not
        // paid year-round (HOURLY = TRUE); then the annual cells are "*".
        const bool hourlyOnly =
            value(fields, u"HOURLY"_s).compare(u"TRUE"_s, Qt::CaseInsensitive) == 0;
        row.period = hourlyOnly ? PayPeriod::Hour : PayPeriod::Year;
        const QString prefix = hourlyOnly ? u"H_"_s : u"A_"_s;
        for (const PercentileColumn &column : percentileColumns) {
            const QString field = QString::fromUtf16(column.field);
            const QString cell = value(fields, prefix + QString::fromUtf16(column.blsSuffix));
            std::optional<double> *target = figureField(row, field);
            if (cell.isEmpty() || cell.startsWith(u'*'))
                continue; // not available
            if (cell == u"#"_s) {
                row.topCoded.append(field);
                if (m_ceiling)
                    *target = hourlyOnly ? m_ceiling->first : m_ceiling->second;
                continue;
            }
            *target = parseNumber(cell);
            if (!*target) {
                return ImportText::tr("%1 is not a number: \"%2\"")
                    .arg(prefix + QString::fromUtf16(column.blsSuffix), cell);
            }
        }
        return implausibility(row);
    }

private:
    QString value(const QStringList &fields, const QString &column) const
    {
        const auto it = m_columns.constFind(column);
        return it == m_columns.cend() ? QString() : fields.value(*it).trimmed();
    }

    QHash<QString, qsizetype> m_columns;
    std::optional<std::pair<double, double>> m_ceiling;
};

class GenericRowReader : public RowReader
{
public:
    explicit GenericRowReader(const QHash<QString, qsizetype> &columns)
        : m_columns(columns)
    { }

    QString read(const QStringList &fields, SalaryRow &row) override
    {
        row.area = value(fields, u"area"_s);
        row.role = value(fields, u"role"_s);
        if (row.area.isEmpty())
            return ImportText::tr("area is empty");
        if (row.role.isEmpty())
            return ImportText::tr("role is empty");
        row.areaCode = value(fields, u"area_code"_s);
        const QString national = value(fields, u"national"_s).toLower();
        row.isNational = national == u"true"_s || national == u"1"_s || national == u"yes"_s;
        row.socCode = value(fields, u"soc_code"_s);
        const QString level = value(fields, u"level"_s).toLower();
        if (!level.isEmpty()) {
            row.level = levelFromKey(level);
            if (!row.level)
                return ImportText::tr("level \"%1\" is not entry, mid, senior or staff").arg(level);
        }
        const QString currency = value(fields, u"currency"_s);
        if (!currency.isEmpty())
            row.currency = currency.toUpper();
        const QString period = value(fields, u"period"_s).toLower();
        if (!period.isEmpty()) {
            const auto parsed = payPeriodFromKey(period);
            if (!parsed || *parsed == PayPeriod::Month)
                return ImportText::tr("period \"%1\" is not year or hour").arg(period);
            row.period = *parsed;
        }
        for (const QString &field :
             { u"min"_s, u"max"_s, u"p10"_s, u"p25"_s, u"median"_s, u"p75"_s, u"p90"_s }) {
            const QString cell = value(fields, field);
            if (cell.isEmpty())
                continue;
            std::optional<double> *target = figureField(row, field);
            *target = parseNumber(cell);
            if (!*target)
                return ImportText::tr("%1 is not a number: \"%2\"").arg(field, cell);
        }
        for (const QString &field : value(fields, u"top_coded"_s).split(u';', Qt::SkipEmptyParts)) {
            if (!figureField(row, field.trimmed()))
                return ImportText::tr("top_coded names an unknown field \"%1\"").arg(field);
            row.topCoded.append(field.trimmed());
        }
        return implausibility(row);
    }

private:
    QString value(const QStringList &fields, const QString &column) const
    {
        const auto it = m_columns.constFind(column);
        return it == m_columns.cend() ? QString() : fields.value(*it).trimmed();
    }

    QHash<QString, qsizetype> m_columns;
};

const QStringList &genericColumns()
{
    static const QStringList columns { u"dataset"_s,  u"area"_s,     u"area_code"_s, u"national"_s,
                                       u"role"_s,     u"soc_code"_s, u"level"_s,     u"currency"_s,
                                       u"period"_s,   u"min"_s,      u"max"_s,       u"p10"_s,
                                       u"p25"_s,      u"median"_s,   u"p75"_s,       u"p90"_s,
                                       u"top_coded"_s };
    return columns;
}

std::optional<int> yearFromFileName(const QString &path)
{
    static const QRegularExpression year(u"(?:^|[^0-9])((?:19|20)[0-9]{2})(?:[^0-9]|$)"_s);
    const auto match = year.match(QFileInfo(path).completeBaseName());
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt();
}

} // namespace

QString toKey(SalaryCsvFormat format)
{
    switch (format) {
    case SalaryCsvFormat::Auto:
        return u"auto"_s;
    case SalaryCsvFormat::Bls:
        return u"bls"_s;
    case SalaryCsvFormat::Generic:
        return u"generic"_s;
    }
    return {};
}

std::optional<SalaryCsvFormat> salaryCsvFormatFromKey(QStringView key)
{
    for (const auto format :
         { SalaryCsvFormat::Auto, SalaryCsvFormat::Bls, SalaryCsvFormat::Generic }) {
        if (key == toKey(format))
            return format;
    }
    return std::nullopt;
}

std::optional<std::pair<double, double>> blsWageCeiling(int year)
{
    // From the footnotes of the OEWS (formerly OES) wage tables of the U.S. Bureau of Labor
    // Statistics: "#" marks a wage "equal to or greater than" these. The real files in
    // shared/data agree: no stated wage reaches them.
    switch (year) {
    case 2012:
        return std::pair { 90.0, 187199.0 };
    case 2022:
        return std::pair { 115.0, 239200.0 };
    default:
        return std::nullopt;
    }
}

Result<SalaryImportReport> importSalaryCsv(QSqlDatabase db, const QString &path,
                                           const SalaryImportOptions &options,
                                           const ImportProgress &progress)
{
    QFile file(path);
    if (QFileInfo(path).isDir())
        return Error { ImportText::tr("%1 is a folder, not a CSV file.").arg(path) };
    if (!file.open(QIODevice::ReadOnly))
        return Error { ImportText::tr("Cannot read %1: %2").arg(path, file.errorString()) };
    const qint64 total = file.size();

    CsvReader reader(&file);
    QStringList header;
    if (!reader.readRecord(header)) {
        if (reader.hasError())
            return Error { ImportText::tr("%1: %2").arg(path, reader.errorString()) };
        return Error {
            ImportText::tr("%1 is empty; a salary CSV starts with a header row.").arg(path)
        };
    }
    QHash<QString, qsizetype> columns;
    for (qsizetype i = 0; i < header.size(); ++i)
        columns.insert(header.at(i).trimmed(), i);

    SalaryImportReport report;
    const bool looksBls = columns.contains(u"OCC_CODE"_s) && columns.contains(u"OCC_TITLE"_s)
        && (columns.contains(u"A_MEDIAN"_s) || columns.contains(u"H_MEDIAN"_s));
    report.format = options.format;
    if (report.format == SalaryCsvFormat::Auto)
        report.format = looksBls ? SalaryCsvFormat::Bls : SalaryCsvFormat::Generic;

    std::unique_ptr<RowReader> rowReader;
    const std::optional<int> year = options.year ? options.year : yearFromFileName(path);
    if (report.format == SalaryCsvFormat::Bls) {
        if (!looksBls) {
            return Error { ImportText::tr("%1 is not a BLS OEWS file: its header lacks OCC_CODE, "
                                          "OCC_TITLE and A_MEDIAN or H_MEDIAN.")
                               .arg(path) };
        }
        rowReader = std::make_unique<BlsRowReader>(columns, year);
        if (!year || !blsWageCeiling(*year)) {
            report.warnings.append(ImportText::tr("The survey year is unknown, so wages at the BLS "
                                                  "ceiling (\"#\") are kept without a figure."));
        }
    } else {
        if (!columns.contains(u"area"_s) || !columns.contains(u"role"_s)) {
            return Error { ImportText::tr("%1, line 1: the header needs the columns area and role "
                                          "(found: %2).")
                               .arg(path, header.join(u", "_s)) };
        }
        for (const QString &name : header) {
            if (!genericColumns().contains(name.trimmed()))
                report.warnings.append(ImportText::tr("Column \"%1\" is not a salary-row key and "
                                                      "was ignored.")
                                           .arg(name));
        }
        rowReader = std::make_unique<GenericRowReader>(columns);
    }

    SalaryDataset dataset;
    dataset.name = options.dataset.isEmpty() ? QFileInfo(path).completeBaseName() : options.dataset;
    dataset.year = year;
    dataset.source = options.source;
    if (dataset.source.isEmpty()) {
        dataset.source = report.format == SalaryCsvFormat::Bls
            ? ImportText::tr("U.S. Bureau of Labor Statistics, Occupational Employment and Wage "
                             "Statistics (OEWS)")
            : QFileInfo(path).fileName();
    }
    report.dataset = dataset.name;

    SalaryRepository repository(db);
    Transaction transaction(db);
    if (!transaction.isActive())
        return Error { transaction.errorString() };
    const auto existing = repository.findDataset(dataset.name);
    if (!existing)
        return Error { existing.error() };
    if (*existing) {
        return Error { ImportText::tr(
                           "A salary dataset named \"%1\" exists already; choose another "
                           "name.")
                           .arg(dataset.name) };
    }
    const auto datasetId = repository.insertDataset(dataset);
    if (!datasetId)
        return Error { datasetId.error() };
    report.datasetId = *datasetId;

    QList<SalaryRow> batch;
    batch.reserve(BatchSize);
    const auto flush = [&]() -> Status {
        if (batch.isEmpty())
            return {};
        Status status = repository.insertRows(*datasetId, batch);
        report.imported += batch.size();
        batch.clear();
        return status;
    };

    QStringList fields;
    while (reader.readRecord(fields)) {
        if (fields.size() == 1 && fields.first().isEmpty())
            continue; // a blank line
        SalaryRow row;
        row.currency = u"USD"_s;
        const QString reason = rowReader->read(fields, row);
        if (!reason.isEmpty()) {
            report.skipped.append({ reader.recordLine(), reason });
            continue;
        }
        batch.append(row);
        if (batch.size() == BatchSize) {
            if (auto status = flush(); !status)
                return Error { status.error() };
            if (progress && !progress(reader.bytesRead(), total))
                return Error { ImportText::tr("The import was cancelled; nothing was changed.") };
        }
    }
    if (reader.hasError())
        return Error {
            ImportText::tr("%1: %2. Nothing was imported.").arg(path, reader.errorString())
        };
    if (auto status = flush(); !status)
        return Error { status.error() };
    if (reader.latin1Fallback()) {
        report.warnings.append(ImportText::tr("The file is not UTF-8; it was read as Latin-1. "
                                              "Check accented names."));
    }
    if (report.imported == 0) {
        return Error { ImportText::tr(
                           "%1 has no importable rows (%n skipped); nothing was changed.", nullptr,
                           int(report.skipped.size()))
                           .arg(path) };
    }
    if (progress && !progress(total, total))
        return Error { ImportText::tr("The import was cancelled; nothing was changed.") };
    if (!transaction.commit())
        return Error { transaction.errorString() };
    return report;
}

Status exportSalaryCsv(const QList<SalaryRow> &rows, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { ImportText::tr("Cannot write %1: %2").arg(path, file.errorString()) };
    QStringList header = genericColumns();
    file.write(csvRecord(header));
    const auto number = [](const std::optional<double> &value) {
        return value ? QString::number(*value, 'g', 15) : QString();
    };
    for (const SalaryRow &row : rows) {
        file.write(csvRecord(
            { row.dataset, row.area, row.areaCode, row.isNational ? u"true"_s : QString(), row.role,
              row.socCode, row.level ? toKey(*row.level) : QString(), row.currency,
              toKey(row.period), number(row.min), number(row.max), number(row.p10), number(row.p25),
              number(row.median), number(row.p75), number(row.p90), row.topCoded.join(u';') }));
    }
    if (!file.commit())
        return Error { ImportText::tr("Cannot write %1: %2").arg(path, file.errorString()) };
    return {};
}

} // namespace hirekit
