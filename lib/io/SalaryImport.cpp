#include "io/SalaryImport.h"

#include "core/MessageValue.h"
#include "core/SalaryValidation.h"
#include "io/CsvReader.h"
#include "storage/BulkWrite.h"
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

// The reason to skip a row whose figures cannot be true, or an empty string.
QString implausibility(const SalaryRow &row)
{
    const auto problem = salaryRowProblem(row);
    return problem ? problem->message : QString();
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
        // The view is trimmed, not the field: a trimmed copy would die with this expression
        // and leave the view dangling (the BLS fuzz target found it with a padded cell).
        return index >= 0 && index < fields.size() ? QByteArrayView(fields.at(index)).trimmed()
                                                   : QByteArrayView();
    }
    static QString text(const QList<QByteArray> &fields, CsvReader &reader, qsizetype index)
    {
        if (index < 0 || index >= fields.size())
            return QString();
        QString value = reader.decode(fields.at(index)).trimmed();
        // The apostrophe an export put before text that a spreadsheet would run as a formula.
        static const QString triggers = u"=+-@"_s;
        if (value.size() > 1 && value.at(0) == u'\'' && triggers.contains(value.at(1)))
            value.remove(0, 1);
        return value;
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
            // Data, not interface text: the same name whatever language the window speaks,
            // and the one the hiring guide's national rows use.
            row.area = u"United States"_s;
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
            std::optional<double> *target = salaryFigure(row, field);
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
                         messageValue(QString::fromUtf8(cell)));
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
                return ImportText::tr("level \"%1\" is not entry, mid, senior or staff")
                    .arg(messageValue(level));
        }
        const QString currency = value(u"currency"_s);
        if (!currency.isEmpty())
            row.currency = currency.toUpper();
        const QString period = value(u"period"_s).toLower();
        if (!period.isEmpty()) {
            const auto parsed = payPeriodFromKey(period);
            if (!parsed || *parsed == PayPeriod::Month)
                return ImportText::tr("period \"%1\" is not year or hour")
                    .arg(messageValue(period));
            row.period = *parsed;
        }
        for (const QString &field :
             { u"min"_s, u"max"_s, u"p10"_s, u"p25"_s, u"median"_s, u"p75"_s, u"p90"_s }) {
            const QString cell = value(field);
            if (cell.isEmpty())
                continue;
            std::optional<double> *target = salaryFigure(row, field);
            *target = parseNumber(cell.toUtf8());
            if (!*target)
                return ImportText::tr("%1 is not a number: \"%2\"").arg(field, messageValue(cell));
        }
        for (const QString &field : value(u"top_coded"_s).split(u';', Qt::SkipEmptyParts)) {
            if (!salaryFigure(row, field.trimmed()))
                return ImportText::tr("top_coded names an unknown field \"%1\"")
                    .arg(messageValue(field));
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

// A header's column names for a message: the first few, each cut short, and how many more.
QString headerNames(const QStringList &header)
{
    constexpr qsizetype Shown = 12;
    QStringList names;
    for (qsizetype i = 0; i < header.size() && i < Shown; ++i)
        names.append(messageValue(header.at(i).trimmed(), 40));
    QString text = names.join(u", "_s);
    if (header.size() > Shown)
        text += ImportText::tr(" and %n more", nullptr, int(header.size() - Shown));
    return text;
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
    const bool mapped = options.columnKeys.has_value() && options.format != SalaryCsvFormat::Bls;
    if (mapped) {
        // The user said what each column holds; the header names no longer matter.
        columns.clear();
        const QStringList &keys = *options.columnKeys;
        for (qsizetype i = 0; i < header.size() && i < keys.size(); ++i) {
            const QString key = keys.at(i).trimmed();
            if (key.isEmpty())
                continue;
            if (!genericColumns().contains(key)) {
                return Error { ImportText::tr("%1: column %2 (\"%3\") is mapped to \"%4\", "
                                              "which is not a salary-row key.")
                                   .arg(path)
                                   .arg(i + 1)
                                   .arg(header.at(i), key) };
            }
            if (columns.contains(key)) {
                return Error { ImportText::tr("%1: columns %2 and %3 are both mapped to \"%4\".")
                                   .arg(path)
                                   .arg(columns.value(key) + 1)
                                   .arg(i + 1)
                                   .arg(key) };
            }
            columns.insert(key, i);
        }
    }

    SalaryImportReport report;
    const bool looksBls = columns.contains(u"OCC_CODE"_s) && columns.contains(u"OCC_TITLE"_s)
        && (columns.contains(u"A_MEDIAN"_s) || columns.contains(u"H_MEDIAN"_s));
    report.format = options.format;
    if (report.format == SalaryCsvFormat::Auto)
        report.format = looksBls && !mapped ? SalaryCsvFormat::Bls : SalaryCsvFormat::Generic;

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
        if (mapped && (!columns.contains(u"area"_s) || !columns.contains(u"role"_s))) {
            return Error {
                ImportText::tr("%1: map one column to area and one to role.").arg(path)
            };
        }
        if (!columns.contains(u"area"_s) || !columns.contains(u"role"_s)) {
            return Error { ImportText::tr("%1, line 1: the header needs the columns area and role "
                                          "(found: %2).")
                               .arg(path, headerNames(header)) };
        }
        for (const QString &name : header) {
            if (!mapped && !genericColumns().contains(name.trimmed()))
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
    const BulkWrite bulk(db);
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

    // The rows go to the repository a batch at a time, as they are read; after each full
    // batch the progress is told (and may cancel).
    const QString cancelled = ImportText::tr("The import was cancelled; nothing was changed.");
    QList<QByteArray> fields;
    bool ended = false;
    bool handedFullBatch = false;
    const auto nextBatch = [&](QList<SalaryRow> &batch) -> Result<bool> {
        if (handedFullBatch && progress && !progress(reader.bytesRead(), total))
            return Error { cancelled };
        batch.clear();
        batch.reserve(BatchSize);
        while (!ended && batch.size() < BatchSize) {
            if (!reader.readRecord(fields)) {
                ended = true;
                break;
            }
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
        }
        handedFullBatch = batch.size() == BatchSize;
        report.imported += batch.size();
        if (!batch.isEmpty())
            return true;
        if (reader.hasError()) {
            return Error {
                ImportText::tr("%1: %2. Nothing was imported.").arg(path, reader.errorString())
            };
        }
        return false;
    };
    if (auto status = repository.insertRows(*datasetId, nextBatch); !status)
        return Error { status.error() };
    if (reader.latin1Fallback()) {
        report.warnings.append(ImportText::tr("The file is not UTF-8; it was read as Latin-1. "
                                              "Check accented names."));
    }
    if (report.imported == 0 && !report.skipped.isEmpty()) {
        // Every row was refused, most often all for one reason: say the first.
        return Error { ImportText::tr("%1 has no importable rows (%n skipped; line %2: %3); "
                                      "nothing was changed.",
                                      nullptr, int(report.skipped.size()))
                           .arg(path)
                           .arg(report.skipped.first().line)
                           .arg(report.skipped.first().reason) };
    }
    if (report.imported == 0) {
        return Error {
            ImportText::tr("%1 has no rows below its header; nothing was changed.").arg(path)
        };
    }
    if (progress && !progress(total, total))
        return Error { cancelled };
    if (!transaction.commit())
        return Error { transaction.errorString() };
    return report;
}

const QStringList &salaryCsvKeys()
{
    return genericColumns();
}

QStringList guessSalaryCsvKeys(const QStringList &header)
{
    // Spellings seen in spreadsheets people keep, normalised (lower case, letters and
    // digits only) before they are looked up.
    static const QHash<QString, QString> synonyms {
        { u"city"_s, u"area"_s },           { u"metro"_s, u"area"_s },
        { u"metroarea"_s, u"area"_s },      { u"location"_s, u"area"_s },
        { u"region"_s, u"area"_s },         { u"areatitle"_s, u"area"_s },
        { u"areaname"_s, u"area"_s },       { u"title"_s, u"role"_s },
        { u"jobtitle"_s, u"role"_s },       { u"job"_s, u"role"_s },
        { u"position"_s, u"role"_s },       { u"occupation"_s, u"role"_s },
        { u"occtitle"_s, u"role"_s },       { u"soc"_s, u"soc_code"_s },
        { u"occcode"_s, u"soc_code"_s },    { u"seniority"_s, u"level"_s },
        { u"grade"_s, u"level"_s },         { u"careerlevel"_s, u"level"_s },
        { u"minimum"_s, u"min"_s },         { u"salarymin"_s, u"min"_s },
        { u"minsalary"_s, u"min"_s },       { u"low"_s, u"min"_s },
        { u"maximum"_s, u"max"_s },         { u"salarymax"_s, u"max"_s },
        { u"maxsalary"_s, u"max"_s },       { u"high"_s, u"max"_s },
        { u"pct10"_s, u"p10"_s },           { u"percentile10"_s, u"p10"_s },
        { u"pct25"_s, u"p25"_s },           { u"percentile25"_s, u"p25"_s },
        { u"p50"_s, u"median"_s },          { u"pct50"_s, u"median"_s },
        { u"percentile50"_s, u"median"_s }, { u"pct75"_s, u"p75"_s },
        { u"percentile75"_s, u"p75"_s },    { u"pct90"_s, u"p90"_s },
        { u"percentile90"_s, u"p90"_s },    { u"payperiod"_s, u"period"_s },
        { u"per"_s, u"period"_s },          { u"areacode"_s, u"area_code"_s },
        { u"soccode"_s, u"soc_code"_s },    { u"topcoded"_s, u"top_coded"_s },
    };
    const auto normalised = [](const QString &text) {
        QString result;
        for (const QChar c : text.toLower()) {
            if (c.isLetterOrNumber())
                result.append(c);
        }
        return result;
    };
    QHash<QString, QString> byNormalisedKey;
    for (const QString &key : genericColumns())
        byNormalisedKey.insert(normalised(key), key);

    QStringList keys;
    for (const QString &name : header) {
        const QString plain = normalised(name);
        QString key = byNormalisedKey.value(plain);
        if (key.isEmpty())
            key = synonyms.value(plain);
        if (key.isEmpty() && plain.startsWith(u"salary"_s))
            key = byNormalisedKey.value(plain.mid(6), synonyms.value(plain.mid(6)));
        keys.append(keys.contains(key) ? QString() : key);
    }
    return keys;
}

Result<SalaryCsvPreview> previewSalaryCsv(const QString &path, int maxRows)
{
    QFile file(path);
    if (QFileInfo(path).isDir())
        return Error { ImportText::tr("%1 is a folder, not a CSV file.").arg(path) };
    if (!file.open(QIODevice::ReadOnly))
        return Error { ImportText::tr("Cannot read %1: %2").arg(path, file.errorString()) };
    CsvReader reader(&file);
    SalaryCsvPreview preview;
    if (!reader.readRecord(preview.header)) {
        if (reader.hasError())
            return Error { ImportText::tr("%1: %2").arg(path, reader.errorString()) };
        return Error {
            ImportText::tr("%1 is empty; a salary CSV starts with a header row.").arg(path)
        };
    }
    QStringList fields;
    while (preview.rows.size() < maxRows && reader.readRecord(fields)) {
        if (fields.size() == 1 && fields.first().isEmpty())
            continue;
        preview.rows.append(fields);
    }
    if (reader.hasError())
        return Error { ImportText::tr("%1: %2").arg(path, reader.errorString()) };
    QStringList trimmed;
    for (const QString &name : std::as_const(preview.header))
        trimmed.append(name.trimmed());
    const bool looksBls = trimmed.contains(u"OCC_CODE"_s) && trimmed.contains(u"OCC_TITLE"_s)
        && (trimmed.contains(u"A_MEDIAN"_s) || trimmed.contains(u"H_MEDIAN"_s));
    preview.detected = looksBls ? SalaryCsvFormat::Bls : SalaryCsvFormat::Generic;
    return preview;
}

namespace {

// Spreadsheets run a cell that starts with =, +, - or @ as a formula (CSV injection), so such
// text goes out with a leading apostrophe, which spreadsheets show as text and the importer
// takes off again (see unescapedText()).
QString spreadsheetSafe(const QString &text)
{
    static const QString triggers = u"=+-@\t\r"_s;
    return !text.isEmpty() && triggers.contains(text.at(0)) ? u'\'' + text : text;
}

QStringList csvFields(const SalaryRow &row)
{
    const auto number = [](const std::optional<double> &value) {
        return value ? QString::number(*value, 'g', 15) : QString();
    };
    return { spreadsheetSafe(row.dataset),
             spreadsheetSafe(row.area),
             spreadsheetSafe(row.areaCode),
             row.isNational ? u"true"_s : QString(),
             spreadsheetSafe(row.role),
             spreadsheetSafe(row.socCode),
             row.level ? toKey(*row.level) : QString(),
             spreadsheetSafe(row.currency),
             toKey(row.period),
             number(row.min),
             number(row.max),
             number(row.p10),
             number(row.p25),
             number(row.median),
             number(row.p75),
             number(row.p90),
             row.topCoded.join(u';') };
}

} // namespace

Result<qint64> exportSalaryCsv(QSqlDatabase db, const SalaryRowQuery &query, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { ImportText::tr("Cannot write %1: %2").arg(path, file.errorString()) };
    file.write(csvRecord(genericColumns()));
    qint64 written = 0;
    bool writeFailed = false;
    const Status read = SalaryRepository(db).forEachRow(query, [&](const SalaryRow &row) {
        if (file.write(csvRecord(csvFields(row))) < 0) {
            writeFailed = true;
            return false;
        }
        ++written;
        return true;
    });
    if (!read) {
        file.cancelWriting();
        return Error { read.error() };
    }
    if (writeFailed || !file.commit())
        return Error { ImportText::tr("Cannot write %1: %2").arg(path, file.errorString()) };
    return written;
}

Status exportSalaryCsv(const QList<SalaryRow> &rows, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { ImportText::tr("Cannot write %1: %2").arg(path, file.errorString()) };
    file.write(csvRecord(genericColumns()));
    for (const SalaryRow &row : rows)
        file.write(csvRecord(csvFields(row)));
    if (!file.commit())
        return Error { ImportText::tr("Cannot write %1: %2").arg(path, file.errorString()) };
    return {};
}

} // namespace hirekit
