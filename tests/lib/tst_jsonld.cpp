// schema.org JobPosting JSON-LD: on-site, hybrid, remote and multi-location postings against
// the expected files in tests/data/jsonld, every JobPosting property name against schema.org's
// property list (../shared/data/schemaorg-jobposting; label: conformance), and typed text that
// would end a <script> or a JSON string.

#include "io/PostingExport.h"
#include "io/PostingJsonLd.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include "io/CsvReader.h"

using namespace Qt::StringLiterals;
using namespace hirekit;

namespace {

RenderOptions options()
{
    RenderOptions options;
    options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    return options;
}

Posting basePosting()
{
    Posting posting;
    posting.id = 7;
    posting.title = u"Backend Developer"_s;
    posting.companyName = u"Northwind"_s;
    posting.createdAt = QDateTime(QDate(2027, 1, 15), QTime(10, 30), Qt::UTC);
    posting.sections = { { u"Overview"_s, u"Build APIs."_s } };
    return posting;
}

Posting onsitePosting()
{
    Posting posting = basePosting();
    posting.companyDescription = u"Logistics software."_s;
    posting.validThrough = QDate(2027, 3, 31);
    posting.locations = { { u"Austin"_s, u"TX"_s, u"US"_s, Workplace::Onsite } };
    posting.salary.min = 130000;
    posting.salary.max = 180000;
    return posting;
}

Posting hybridPosting()
{
    Posting posting = basePosting();
    posting.employmentType = EmploymentType::PartTime;
    posting.locations = { { u"Lisbon"_s, QString(), u"PT"_s, Workplace::Hybrid } };
    posting.salary.min = 2500;
    posting.salary.currency = u"EUR"_s;
    posting.salary.period = PayPeriod::Month;
    return posting;
}

Posting remotePosting()
{
    Posting posting = basePosting();
    posting.employmentType = EmploymentType::Contract;
    posting.locations = { { QString(), u"TX"_s, u"US"_s, Workplace::Remote },
                          { QString(), QString(), u"CA"_s, Workplace::Remote },
                          { QString(), QString(), QString(), Workplace::Remote } };
    posting.salary.min = 60;
    posting.salary.max = 60;
    posting.salary.period = PayPeriod::Hour;
    return posting;
}

Posting multiPosting()
{
    Posting posting = basePosting();
    posting.employmentType = EmploymentType::Intern;
    posting.locations = { { u"Austin"_s, u"TX"_s, u"US"_s, Workplace::Onsite },
                          { u"New York"_s, u"NY"_s, u"US"_s, Workplace::Hybrid },
                          { QString(), QString(), u"US"_s, Workplace::Remote } };
    return posting;
}

QJsonObject expectedFile(const QString &name)
{
    QFile file(QStringLiteral(HIREKIT_TEST_DATA) + u"/jsonld/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray pretty(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

// The object the HTML export's <script type="application/ld+json"> holds.
QJsonObject scriptIn(const QByteArray &html, QByteArray *text = nullptr)
{
    const QByteArray open = "<script type=\"application/ld+json\">";
    const qsizetype start = html.indexOf(open);
    if (start < 0)
        return {};
    const qsizetype end = html.indexOf("</script>", start);
    const QByteArray json = html.mid(start + open.size(), end - start - open.size());
    if (text)
        *text = json;
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestJsonLd : public QObject
{
    Q_OBJECT

private slots:
    void expectedFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Posting>("posting");
        QTest::newRow("onsite") << u"onsite.json"_s << onsitePosting();
        QTest::newRow("hybrid") << u"hybrid.json"_s << hybridPosting();
        QTest::newRow("remote") << u"remote.json"_s << remotePosting();
        QTest::newRow("multi") << u"multi-location.json"_s << multiPosting();
    }

    void expectedFiles()
    {
        QFETCH(QString, file);
        QFETCH(Posting, posting);
        const QJsonObject expected = expectedFile(file);
        QVERIFY2(!expected.isEmpty(), qPrintable(file));
        const QJsonObject actual = postingToJsonLd(posting, options());
        QVERIFY2(actual == expected, pretty(actual).constData());
    }

    void exportWritesJsonLd()
    {
        ExportOptions exportOptions;
        exportOptions.locale = options().locale;
        const auto bytes = exportToBytes(onsitePosting(), ExportFormat::JsonLd, exportOptions);
        QVERIFY(bytes.ok());
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(*bytes, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(object, expectedFile(u"onsite.json"_s));
        QCOMPARE(suggestedFileName(onsitePosting(), ExportFormat::JsonLd),
                 u"7-backend-developer.jsonld"_s);
    }

    void htmlExportEmbedsJsonLd()
    {
        ExportOptions exportOptions;
        exportOptions.locale = options().locale;
        const auto html = exportToBytes(onsitePosting(), ExportFormat::Html, exportOptions);
        QVERIFY(html.ok());
        QCOMPARE(scriptIn(*html), expectedFile(u"onsite.json"_s));
        // In the head, once.
        QVERIFY(html->indexOf("application/ld+json") < html->indexOf("</head>"));
        QCOMPARE(html->count("application/ld+json"), 1);
    }

    void typedTextStaysInsideTheScript()
    {
        Posting posting = basePosting();
        posting.title = u"Dev </script><script>alert(\"x\")</script> <!-- \\ \"q\""_s;
        posting.companyName = u"A \"quoted\" </SCRIPT> co"_s;
        posting.companyDescription = u"Line one\nline two </script>"_s;

        const QJsonObject jsonLd = postingToJsonLd(posting, options());
        QCOMPARE(jsonLd.value(u"title"_s).toString(), posting.title);
        QCOMPARE(jsonLd.value(u"hiringOrganization"_s).toObject().value(u"name"_s).toString(),
                 posting.companyName);

        const QByteArray script = jsonLdForScript(jsonLd);
        QVERIFY(!script.contains("</"));
        QVERIFY(!script.contains("<!--"));
        QJsonParseError error;
        QCOMPARE(QJsonDocument::fromJson(script, &error).object(), jsonLd);
        QCOMPARE(error.error, QJsonParseError::NoError);

        const auto html = exportToBytes(posting, ExportFormat::Html, { options().locale });
        QVERIFY(html.ok());
        QByteArray text;
        QCOMPARE(scriptIn(*html, &text), jsonLd);
        QVERIFY(!text.contains("</"));
        // The file's only script element is ours, and it ends where we end it: no typed text
        // closes it, and "<script" inside it is harmless with "<!--" escaped.
        QCOMPARE(html->count("<script type="), 1);
        QCOMPARE(html->count("</script>"), 1);
        QVERIFY(html->indexOf("</script>") < html->indexOf("</head>"));
    }

    void emptyPostingLeavesOutWhatIsNotSet()
    {
        Posting posting;
        const QJsonObject jsonLd = postingToJsonLd(posting, options());
        QCOMPARE(jsonLd.value(u"@type"_s).toString(), u"JobPosting"_s);
        QCOMPARE(jsonLd.value(u"employmentType"_s).toString(), u"FULL_TIME"_s);
        for (const QString &key :
             { u"datePosted"_s, u"validThrough"_s, u"hiringOrganization"_s, u"jobLocation"_s,
               u"jobLocationType"_s, u"baseSalary"_s, u"applicantLocationRequirements"_s })
            QVERIFY2(!jsonLd.contains(key), qPrintable(key));
    }

    void employmentTypes_data()
    {
        QTest::addColumn<EmploymentType>("type");
        QTest::addColumn<QString>("expected");
        QTest::newRow("full") << EmploymentType::FullTime << u"FULL_TIME"_s;
        QTest::newRow("part") << EmploymentType::PartTime << u"PART_TIME"_s;
        QTest::newRow("contract") << EmploymentType::Contract << u"CONTRACTOR"_s;
        QTest::newRow("temporary") << EmploymentType::Temporary << u"TEMPORARY"_s;
        QTest::newRow("intern") << EmploymentType::Intern << u"INTERN"_s;
    }

    void employmentTypes()
    {
        QFETCH(EmploymentType, type);
        QFETCH(QString, expected);
        Posting posting = basePosting();
        posting.employmentType = type;
        QCOMPARE(postingToJsonLd(posting, options()).value(u"employmentType"_s).toString(),
                 expected);
    }

    // Every property on the JobPosting is one schema.org lists for JobPosting, except
    // "description", which JobPosting inherits from Thing (the list holds only the properties
    // whose domain includes JobPosting itself).
    void conformance()
    {
        const QString path = QStringLiteral(HIREKIT_SHARED_DIR)
            + u"/data/schemaorg-jobposting/JobPosting_properties_schemaorg_v30.csv"_s;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL(qPrintable(u"The schema.org property list is missing: "_s + path));
            QSKIP("The schema.org property list (../shared/data) is not here.");
        }
        CsvReader reader(&file);
        QStringList fields;
        QVERIFY(reader.readRecord(fields));
        const qsizetype label = fields.indexOf(u"label"_s);
        const qsizetype domain = fields.indexOf(u"domainIncludes"_s);
        QVERIFY(label >= 0 && domain >= 0);
        QSet<QString> properties;
        while (reader.readRecord(fields)) {
            if (fields.value(domain).contains(u"https://schema.org/JobPosting"_s))
                properties.insert(fields.value(label));
        }
        QCOMPARE(reader.errorString(), QString());
        QVERIFY(properties.size() >= 38);

        const QSet<QString> inherited { u"@context"_s, u"@type"_s, u"description"_s };
        QSet<QString> emitted;
        for (const Posting &posting :
             { onsitePosting(), hybridPosting(), remotePosting(), multiPosting() }) {
            const QJsonObject jsonLd = postingToJsonLd(posting, options());
            for (const QString &key : jsonLd.keys())
                emitted.insert(key);
        }
        QCOMPARE(emitted.size(), 12);
        for (const QString &key : emitted) {
            QVERIFY2(inherited.contains(key) || properties.contains(key), qPrintable(key));
        }
    }
};

QTEST_MAIN(TestJsonLd)
#include "tst_jsonld.moc"
