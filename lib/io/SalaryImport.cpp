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

#include <array>
#include <charconv>

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
std::optional<double> parseNumber(QByteArrayView text)
{
    char digits[64] = {};
    std::size_t length = 0;
    for (const char c : text) {
        if (c == ',' || c == '$' || c == ' ')
            continue;
        if (length == sizeof digits)
            return std::nullopt;
        digits[length++] = c;
    }
    double value = 0;
    const auto [end, error] = std::from_chars(digits, digits + length, value);
    if (error != std::errc() || end != digits + length || length == 0)
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
    // Fills `row` from `fields`, decoding text with `reader`; returns a reason to skip the
    // line, or an empty string.
    virtual QString read(const QList<QByteArray> &fields, CsvReader &reader, SalaryRow &row) = 0;

protected:
    // A column's index in the header, or -1.
    static qsizetype column(const QHash<QString, qsizetype> &columns, const QString &name)
    {
        return columns.value(name, -1);
    }
    static QByteArrayView raw(const QList<QByteArray> &fields, qsizetype index)
    {
        return index >= 0 && index < fields.size() ? QByteArrayView(fields.at(index).trimmed())
                                                   : QByteArrayView();
    }
    static QString text(const QList<QByteArray> &fields, CsvReader &reader, qsizetype index)
    {
        return index >= 0 && index < fields.size() ? reader.decode(fields.at(index)).trimmed()
                                                   : QString();
    }
};

class BlsRowReader : public RowReader
{
public:
    BlsRowReader(const QHash<QString, qsizetype> &columns, std::optional<int> year)
        : m_ceiling(year ? blsWageCeiling(*year) : std::nullopt)
        , m_title(column(columns, u"OCC_TITLE"_s))
        , m_code(column(columns, u"OCC_CODE"_s))
        , m_area(column(columns, u"AREA_TITLE"_s))
        , m_areaCode(column(columns, u"AREA"_s))
        , m_hourlyFlag(column(columns, u"HOURLY"_s))
    {
        for (std::size_t i = 0; i < std::size(percentileColumns); ++i) {
            const QString suffix = QString::fromUtf16(percentileColumns[i].blsSuffix);
            m_annual[i] = column(columns, u"A_"_s + suffix);
            m_hourly[i] = column(columns, u"H_"_s + suffix);
        }
    }

    QString read(const QList<QByteArray> &fields, CsvReader &reader, SalaryRow &row) override
    {
        row.role = text(fields, reader, m_title);
        row.socCode = text(fields, reader, m_code);
        if (m_area >= 0) {
            row.area = text(fields, reader, m_area);
            row.areaCode = text(fields, reader, m_areaCode);
        } else {
            row.area = ImportText::tr("United States");
            row.isNational = true;
        }
        if (row.role.isEmpty())
            return ImportText::tr("OCC_TITLE is empty");

        // BLS gives annual wages for most occupations and hourly ones only for those not
        // paid year-round (HOURLY = TRUE); then the annual cells are "*".
        const bool hourlyOnly = raw(fields, m_hourlyFlag).compare("TRUE", Qt::CaseInsensitive) == 0;
        row.period = hourlyOnly ? PayPeriod::Hour : PayPeriod::Year;
        const auto &indexes = hourlyOnly ? m_hourly : m_annual;
        for (std::size_t i = 0; i < std::size(percentileColumns); ++i) {
            const QByteArrayView cell = raw(fields, indexes[i]);
            if (cell.isEmpty() || cell.startsWith('*'))
                continue; // not available
            const QString field = QString::fromUtf16(percentileColumns[i].field);
            std::optional<double> *target = figureField(row, field);
            if (cell == "#") {
                row.topCoded.append(field);
                if (m_ceiling)
                    *target = hourlyOnly ? m_ceiling->first : m_ceiling->second;
                continue;
            }
            *target = parseNumber(cell);
            if (!*target) {
                return ImportText::tr("%1 is not a number: \"%2\"")
                    .arg((hourlyOnly ? u"H_"_s : u"A_"_s)
                             + QString::fromUtf16(percentileColumns[i].blsSuffix),
                         QString::fromUtf8(cell));
            }
        }
        return implausibility(row);
    }

private:
    std::optional<std::pair<double, double>> m_ceiling;
    qsizetype m_title;
    qsizetype m_code;
    qsizetype m_area;
    qsizetype m_areaCode;
    qsizetype m_hourlyFlag;
    std::array<qsizetype, std::size(percentileColumns)> m_annual {};
    std::array<qsizetype, std::size(percentileColumns)> m_hourly {};
};

class GenericRowReader : public RowReader
{
public:
    explicit GenericRowReader(const QHash<QString, qsizetype> &columns)
        : m_columns(columns)
    { }

    QString read(const QList<QByteArray> &fields, CsvReader &reader, SalaryRow &row) override
    {
        const auto value = [&](const QString &name) {
            return text(fields, reader, column(m_columns, name));
        };
        row.area = value(u"area"_s);
        row.role = value(u"role"_s);
        if (row.area.isEmpty())
            return ImportText::tr("area is empty");
        if (row.role.isEmpty())
            return ImportText::tr("role is empty");
        row.areaCode = value(u"area_code"_s);
        const QString national = value(u"national"_s).toLower();
        row.isNational = national == u"true"_s || national == u"1"_s || national == u"yes"_s;
        row.socCode = value(u"soc_code"_s);
        const QString level = value(u"level"_s).toLower();
        if (!level.isEmpty()) {
            row.level = levelFromKey(level);
            if (!row.level)
                return ImportText::tr("level \"%1\" is not entry, mid, senior or staff").arg(level);
        }
        const QString currency = value(u"currency"_s);
        if (!currency.isEmpty())
            row.currency = currency.toUpper();
        const QString period = value(u"period"_s).toLower();
        if (!period.isEmpty()) {
            const auto parsed = payPeriodFromKey(period);
            if (!parsed || *parsed == PayPeriod::Month)
                return ImportText::tr("period \"%1\" is not year or hour").arg(period);
            row.period = *parsed;
        }
        for (const QString &field :
             { u"min"_s, u"max"_s, u"p10"_s, u"p25"_s, u"median"_s, u"p75"_s, u"p90"_s }) {
            const QString cell = value(field);
            if (cell.isEmpty())
                continue;
            std::optional<double> *target = figureField(row, field);
            *target = parseNumber(cell.toUtf8());
            if (!*target)
                return ImportText::tr("%1 is not a number: \"%2\"").arg(field, cell);
        }
        for (const QString &field : value(u"top_coded"_s).split(u';', Qt::SkipEmptyParts)) {
            if (!figureField(row, field.trimmed()))
                return ImportText::tr("top_coded names an unknown field \"%1\"").arg(field);
            row.topCoded.append(field.trimmed());
        }
        return implausibility(row);
    }

private:
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

    QList<QByteArray> fields;
    while (reader.readRecord(fields)) {
        if (fields.size() == 1 && fields.first().isEmpty())
            continue; // a blank line
        SalaryRow row;
        row.currency = u"USD"_s;
        const QString reason = rowReader->read(fields, reader, row);
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
