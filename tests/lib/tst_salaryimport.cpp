// Importing and exporting generic salary CSV files: mapping by header, skipped rows with
// reasons, and failures (malformed files, cancel, duplicate names) that change nothing.

#include "io/SalaryImport.h"
#include "storage/Library.h"
#include "storage/SalaryRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace hirekit;

class TestSalaryImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(content);
        return path;
    }

    int rowCount()
    {
        const auto rows = SalaryRepository(m_library->database()).rows({});
        return rows ? int(rows->size()) : -1;
    }

    int datasetCount()
    {
        const auto datasets = SalaryRepository(m_library->database()).datasets();
        return datasets ? int(datasets->size()) : -1;
    }

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_library.reset();
        QFile::remove(m_dir.filePath(u"lib.sqlite"_s));
        auto library = Library::open(m_dir.filePath(u"lib.sqlite"_s), Library::OpenMode::CreateNew);
        QVERIFY2(library.ok(), qPrintable(library.error()));
        m_library = std::move(library).value();
    }

    void cleanup() { m_library.reset(); }

    void genericWithAllKeys()
    {
        const QString path =
            write(u"bands.csv"_s,
                  "\xEF\xBB\xBF"
                  "area,role,level,currency,period,min,max,median,top_coded,notes\r\n"
                  "Berlin,Backend Developer,senior,eur,year,\"70,000\",\"95,000\",,,x\r\n"
                  "Zürich,Backend Developer,mid,CHF,year,110000,140000,125000,max,\r\n"
                  "Lisbon,Support,,EUR,hour,12.50,18,,,\r\n");
        const auto report = importSalaryCsv(m_library->database(), path, {});
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->format, SalaryCsvFormat::Generic);
        QCOMPARE(report->dataset, u"bands"_s);
        QCOMPARE(report->imported, 3);
        QCOMPARE(report->warnings,
                 QStringList { u"Column \"notes\" is not a salary-row key and was ignored."_s });

        SalaryFilter filter;
        filter.dataset = u"bands"_s;
        const auto rows = SalaryRepository(m_library->database()).rows(filter);
        QCOMPARE(rows->size(), 3);
        QCOMPARE(rows->at(0).area, u"Berlin"_s);
        QCOMPARE(rows->at(0).level, std::optional<Level>(Level::Senior));
        QCOMPARE(rows->at(0).currency, u"EUR"_s);
        QCOMPARE(rows->at(0).min, std::optional<double>(70000));
        QCOMPARE(rows->at(1).area, u"Zürich"_s);
        QCOMPARE(rows->at(1).topCoded, QStringList { u"max"_s });
        QCOMPARE(rows->at(2).period, PayPeriod::Hour);
        QCOMPARE(rows->at(2).min, std::optional<double>(12.5));
    }

    // A regression case of the BLS fuzz target: cells padded with spaces were trimmed into a
    // copy that died before its figures were read (a heap-use-after-free under ASan; wrong or
    // random figures without it).
    void paddedBlsCellsAreReadWhole()
    {
        const QString path =
            write(u"padded-bls.csv"_s,
                  "AREA,AREA_TITLE,OCC_CODE,OCC_TITLE,TOT_EMP,H_MEDIAN,A_PCT10,A_PCT25,A_MEDIAN,"
                  "A_PCT75,A_PCT90,HOURLY\r\n"
                  "42660,\"Seattle-Tacoma-Bellevue, WA\",15-1252,Software Developers,  76540 ,  "
                  "76.51 ,  84890  ,  121420 , 159130   ,  186890 , 220150  ,  \r\n");
        SalaryImportOptions options;
        options.format = SalaryCsvFormat::Bls;
        const auto report = importSalaryCsv(m_library->database(), path, options);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->imported, 1);
        SalaryFilter filter;
        filter.dataset = report->dataset;
        const auto rows = SalaryRepository(m_library->database()).rows(filter);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().p10, std::optional<double>(84890));
        QCOMPARE(rows->first().p25, std::optional<double>(121420));
        QCOMPARE(rows->first().median, std::optional<double>(159130));
        QCOMPARE(rows->first().p75, std::optional<double>(186890));
        QCOMPARE(rows->first().p90, std::optional<double>(220150));
        QCOMPARE(rows->first().period, PayPeriod::Year);
    }

    void skippedRowsSayWhy_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("reason");
        QTest::newRow("min above max") << QByteArray("A,R,,,,9,5") << u"min is greater than max"_s;
        QTest::newRow("negative") << QByteArray("A,R,,,,-1,5") << u"negative"_s;
        QTest::newRow("not a number") << QByteArray("A,R,,,,lots,5") << u"min is not a number"_s;
        QTest::newRow("bad level") << QByteArray("A,R,guru,,,1,5") << u"level \"guru\""_s;
        QTest::newRow("bad period") << QByteArray("A,R,,,week,1,5") << u"period \"week\""_s;
        QTest::newRow("no area") << QByteArray(",R,,,,1,5") << u"area is empty"_s;
        QTest::newRow("no role") << QByteArray("A,,,,,1,5") << u"role is empty"_s;
    }

    void skippedRowsSayWhy()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, reason);
        const QString path = write(u"mixed.csv"_s,
                                   "area,role,level,currency,period,min,max\n"
                                   "Good,Role,,,,1,2\n"
                                       + line + "\n");
        const auto report = importSalaryCsv(m_library->database(), path, {});
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->imported, 1);
        QCOMPARE(report->skipped.size(), 1);
        QCOMPARE(report->skipped.first().line, 3);
        QVERIFY2(report->skipped.first().reason.contains(reason),
                 qPrintable(report->skipped.first().reason));
    }

    void percentilesMustBeInOrder()
    {
        const QString path =
            write(u"p.csv"_s, "area,role,p10,p25,median\nA,R,10,30,20\nB,R,10,20,30\n");
        const auto report = importSalaryCsv(m_library->database(), path, {});
        QVERIFY(report.ok());
        QCOMPARE(report->imported, 1);
        QVERIFY(report->skipped.first().reason.contains(u"increasing order"_s));
    }

    void failuresChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unterminated quote")
            << QByteArray("area,role,min\nA,R,1\nB,\"R,2\nC,R,3\n") << u"auto"_s
            << u"line 3, column 2: a quoted field is never closed"_s;
        QTest::newRow("missing columns") << QByteArray("city,title\nA,B\n") << u"auto"_s
                                         << u"line 1: the header needs the columns area and role"_s;
        QTest::newRow("empty file") << QByteArray() << u"auto"_s << u"is empty"_s;
        QTest::newRow("forced bls on generic")
            << QByteArray("area,role\nA,B\n") << u"bls"_s << u"is not a BLS OEWS file"_s;
        QTest::newRow("no good rows") << QByteArray("area,role,min,max\nA,B,9,1\n") << u"auto"_s
                                      << u"has no importable rows (1 skipped; line 2: min is "
                                         u"greater than max)"_s;
    }

    void failuresChangeNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, format);
        QFETCH(QString, expected);
        const int rowsBefore = rowCount();
        const int datasetsBefore = datasetCount();
        SalaryImportOptions options;
        options.format = *salaryCsvFormatFromKey(format);
        const auto report =
            importSalaryCsv(m_library->database(), write(u"bad.csv"_s, content), options);
        QVERIFY(!report.ok());
        QVERIFY2(report.error().contains(expected), qPrintable(report.error()));
        QCOMPARE(rowCount(), rowsBefore);
        QCOMPARE(datasetCount(), datasetsBefore);
    }

    void missingFileAndFolder()
    {
        const auto missing =
            importSalaryCsv(m_library->database(), m_dir.filePath(u"no.csv"_s), {});
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().contains(u"Cannot read"_s));
        const auto folder = importSalaryCsv(m_library->database(), m_dir.path(), {});
        QVERIFY(!folder.ok());
        QVERIFY(folder.error().contains(u"is a folder"_s));
    }

    void duplicateDatasetName()
    {
        const QString path = write(u"a.csv"_s, "area,role,min,max\nA,R,1,2\n");
        SalaryImportOptions options;
        options.dataset = u"Backend Developer Guide 2025"_s;
        const auto report = importSalaryCsv(m_library->database(), path, options);
        QVERIFY(!report.ok());
        QVERIFY(report.error().contains(u"exists already"_s));
    }

    void cancelChangesNothing()
    {
        QByteArray content = "area,role,min,max\n";
        for (int i = 0; i < 10000; ++i)
            content += "Area " + QByteArray::number(i) + ",Role,1,2\n";
        const QString path = write(u"big.csv"_s, content);
        const int before = rowCount();
        int calls = 0;
        const auto report = importSalaryCsv(m_library->database(), path, {},
                                            [&calls](qint64, qint64) { return ++calls < 3; });
        QVERIFY(!report.ok());
        QVERIFY(report.error().contains(u"cancelled"_s));
        QCOMPARE(rowCount(), before);
        QCOMPARE(datasetCount(), 1);
    }

    void latin1FileWarns()
    {
        const QString path = write(u"latin1.csv"_s, "area,role,min,max\nM\xE1laga,Dev,1,2\n");
        const auto report = importSalaryCsv(m_library->database(), path, {});
        QVERIFY(report.ok());
        QVERIFY(report->warnings.join(u' ').contains(u"Latin-1"_s));
        SalaryFilter filter;
        filter.area = u"Málaga"_s;
        QCOMPARE(SalaryRepository(m_library->database()).rows(filter)->size(), 1);
    }

    void exportReadsBack()
    {
        SalaryFilter filter;
        filter.dataset = u"Backend Developer Guide 2025"_s;
        const auto rows = SalaryRepository(m_library->database()).rows(filter);
        const QString path = m_dir.filePath(u"guide.csv"_s);
        QVERIFY(exportSalaryCsv(*rows, path).ok());
        SalaryImportOptions options;
        options.dataset = u"Round trip"_s;
        const auto report = importSalaryCsv(m_library->database(), path, options);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->imported, rows->size());
        filter.dataset = u"Round trip"_s;
        const auto back = SalaryRepository(m_library->database()).rows(filter);
        for (qsizetype i = 0; i < rows->size(); ++i) {
            SalaryRow expected = rows->at(i);
            SalaryRow actual = back->at(i);
            expected.id = actual.id = 0;
            expected.dataset = actual.dataset;
            QCOMPARE(actual.area, expected.area);
            QCOMPARE(actual.isNational, expected.isNational);
            QCOMPARE(actual.level, expected.level);
            QCOMPARE(actual.min, expected.min);
            QCOMPARE(actual.max, expected.max);
            QCOMPARE(actual.topCoded, expected.topCoded);
        }
    }

    void exportNeutralisesFormulas()
    {
        SalaryRow row;
        row.dataset = u"Sheet"_s;
        row.area = u"=HYPERLINK(\"http://evil.example\",\"Click\")"_s;
        row.role = u"+cmd|' /C calc'!A0"_s;
        row.socCode = u"@SUM(A1)"_s;
        row.min = 1;
        row.max = 2;
        const QString path = m_dir.filePath(u"formulas.csv"_s);
        QVERIFY(exportSalaryCsv({ row }, path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains("\"'=HYPERLINK("));
        QVERIFY(content.contains("'+cmd|"));
        QVERIFY(content.contains(",'@SUM(A1),"));
        for (const QByteArray &line : content.split('\n')) {
            for (const QByteArray &cell : line.split(','))
                QVERIFY2(!cell.startsWith('=') && !cell.startsWith('+') && !cell.startsWith('@'),
                         cell.constData());
        }
        SalaryImportOptions options;
        options.dataset = u"Back"_s;
        QVERIFY(importSalaryCsv(m_library->database(), path, options).ok());
        SalaryFilter filter;
        filter.dataset = u"Back"_s;
        const auto rows = SalaryRepository(m_library->database()).rows(filter);
        QCOMPARE(rows->first().area, row.area);
        QCOMPARE(rows->first().role, row.role);
        QCOMPARE(rows->first().socCode, row.socCode);
    }

    void deletedDatasetsWaitInTheTrash()
    {
        const QString path = write(u"trash.csv"_s, "area,role,min,max\nA,R,1,2\nB,R,3,4\n");
        SalaryImportOptions options;
        options.dataset = u"Trash me"_s;
        const auto report = importSalaryCsv(m_library->database(), path, options);
        QVERIFY(report.ok());
        SalaryRepository repository(m_library->database());
        const int rowsBefore = rowCount();

        QVERIFY(repository.setDatasetDeleted(report->datasetId, true).ok());
        QCOMPARE(datasetCount(), 1);
        QCOMPARE(rowCount(), rowsBefore - 2);
        QVERIFY(!*repository.findDataset(u"Trash me"_s));
        QVERIFY(!repository.setDatasetDeleted(report->datasetId, true).ok());

        QVERIFY(repository.setDatasetDeleted(report->datasetId, false).ok());
        QCOMPARE(datasetCount(), 2);
        QCOMPARE(rowCount(), rowsBefore);

        QVERIFY(repository.setDatasetDeleted(report->datasetId, true).ok());
        const auto emptied = repository.emptyTrash();
        QVERIFY(emptied.ok());
        QCOMPARE(*emptied, 1);
        QVERIFY(!repository.setDatasetDeleted(report->datasetId, false).ok());
        QSqlQuery left(m_library->database());
        QVERIFY(left.exec(
            u"SELECT count(*) FROM salary_rows WHERE dataset_id = %1"_s.arg(report->datasetId)));
        QVERIFY(left.next());
        QCOMPARE(left.value(0).toInt(), 0);

        // The built-in dataset stays.
        const auto builtin = repository.datasets()->first();
        QVERIFY(builtin.isBuiltin);
        QVERIFY(!repository.setDatasetDeleted(builtin.id, true).ok());
    }

    void exportToBadPathFails()
    {
        const auto written = exportSalaryCsv({}, m_dir.filePath(u"no/such/dir/x.csv"_s));
        QVERIFY(!written.ok());
        QVERIFY(written.error().contains(u"Cannot write"_s));
    }
};

QTEST_GUILESS_MAIN(TestSalaryImport)
#include "tst_salaryimport.moc"
