// Importing the real BLS OEWS files in ../shared/data/oews: row counts, values checked by
// hand against the files, and every "*" and "#" handled. Label: conformance.

#include "io/SalaryImport.h"
#include "storage/Library.h"
#include "storage/SalaryRepository.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace hirekit;

class TestOewsImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    QString m_oews;

    SalaryRow row(const QString &dataset, const QString &area, const QString &soc)
    {
        SalaryFilter filter;
        filter.dataset = dataset;
        filter.area = area;
        const auto rows = SalaryRepository(m_library->database()).rows(filter);
        if (rows) {
            for (const SalaryRow &candidate : *rows) {
                if (candidate.socCode == soc)
                    return candidate;
            }
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_oews = QStringLiteral(HIREKIT_SHARED_DIR) + u"/data/oews/"_s;
        if (!QFile::exists(m_oews + u"msa_may2022_soc15.csv"_s)) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL(qPrintable(u"The OEWS files are missing: "_s + m_oews));
            QSKIP("The OEWS files (../shared/data/oews) are not here.");
        }
        auto library = Library::open(m_dir.filePath(u"lib.sqlite"_s));
        QVERIFY2(library.ok(), qPrintable(library.error()));
        m_library = std::move(library).value();
    }

    void metroFile2022()
    {
        SalaryImportOptions options;
        options.dataset = u"OEWS May 2022 metro"_s;
        qint64 lastDone = -1;
        const auto report =
            importSalaryCsv(m_library->database(), m_oews + u"msa_may2022_soc15.csv"_s, options,
                            [&](qint64 done, qint64 total) {
                                lastDone = done;
                                return done <= total;
                            });
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->format, SalaryCsvFormat::Bls);
        QCOMPARE(report->imported, 4877);
        QCOMPARE(report->skipped.size(), 0);
        QVERIFY2(report->warnings.isEmpty(), qPrintable(report->warnings.join(u'\n')));
        QCOMPARE(lastDone, QFile(m_oews + u"msa_may2022_soc15.csv"_s).size());

        const auto datasets = SalaryRepository(m_library->database()).datasets();
        const auto dataset = std::find_if(datasets->cbegin(), datasets->cend(), [](const auto &d) {
            return d.name == u"OEWS May 2022 metro"_s;
        });
        QVERIFY(dataset != datasets->cend());
        QCOMPARE(dataset->year, std::optional<int>(2022)); // from the file name
        QVERIFY(dataset->source.contains(u"Bureau of Labor Statistics"_s));
        QCOMPARE(dataset->rowCount, 4877);

        // 42660,"Seattle-Tacoma-Bellevue, WA",…,15-1252,Software Developers,…,
        // 84890,123800,151930,181930,220150
        const SalaryRow seattle = row(u"OEWS May 2022 metro"_s, u"Seattle"_s, u"15-1252"_s);
        QCOMPARE(seattle.area, u"Seattle-Tacoma-Bellevue, WA"_s);
        QCOMPARE(seattle.areaCode, u"42660"_s);
        QCOMPARE(seattle.role, u"Software Developers"_s);
        QCOMPARE(seattle.period, PayPeriod::Year);
        QCOMPARE(seattle.p10, std::optional<double>(84890));
        QCOMPARE(seattle.p25, std::optional<double>(123800));
        QCOMPARE(seattle.median, std::optional<double>(151930));
        QCOMPARE(seattle.p75, std::optional<double>(181930));
        QCOMPARE(seattle.p90, std::optional<double>(220150));
        QVERIFY(seattle.topCoded.isEmpty());
        QVERIFY(!seattle.level);

        // 11460,"Ann Arbor, MI",…,15-1241,…,66110,93910,113810,154270,#
        const SalaryRow annArbor = row(u"OEWS May 2022 metro"_s, u"Ann Arbor"_s, u"15-1241"_s);
        QCOMPARE(annArbor.p75, std::optional<double>(154270));
        QCOMPARE(annArbor.topCoded, QStringList { u"p90"_s });
        QCOMPARE(annArbor.p90, std::optional<double>(239200)); // the May 2022 ceiling
    }

    void everyMarkerOf2022IsHandled()
    {
        SalaryFilter filter;
        filter.dataset = u"OEWS May 2022 metro"_s;
        const auto rows = SalaryRepository(m_library->database()).rows(filter);
        QVERIFY(rows.ok());
        int topCoded = 0;
        int allMissing = 0;
        for (const SalaryRow &r : *rows) {
            topCoded += int(r.topCoded.size());
            for (const QString &field : r.topCoded) {
                const std::optional<double> value = field == u"p90"_s ? r.p90
                    : field == u"p75"_s                               ? r.p75
                                                                      : r.median;
                QCOMPARE(value, std::optional<double>(239200));
            }
            if (!r.p10 && !r.p25 && !r.median && !r.p75 && !r.p90)
                ++allMissing;
        }
        QCOMPARE(topCoded, 60); // 48 × A_PCT90, 11 × A_PCT75, 1 × A_MEDIAN
        QCOMPARE(allMissing, 30); // the rows whose annual wages are all "*"
    }

    void nationalFile2012()
    {
        SalaryImportOptions options;
        options.dataset = u"OES May 2012 national"_s;
        const auto report =
            importSalaryCsv(m_library->database(), m_oews + u"national_may2012.csv"_s, options);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->imported, 1394);
        QCOMPARE(report->skipped.size(), 0);

        // "15-1132","Software Developers, Applications",…,"55,190","70,850","90,060",
        // "113,280","138,880"
        const SalaryRow developers =
            row(u"OES May 2012 national"_s, u"United States"_s, u"15-1132"_s);
        QVERIFY(developers.isNational);
        QCOMPARE(developers.role, u"Software Developers, Applications"_s);
        QCOMPARE(developers.p10, std::optional<double>(55190));
        QCOMPARE(developers.median, std::optional<double>(90060));
        QCOMPARE(developers.p90, std::optional<double>(138880));

        // Chief Executives: A_PCT75 and A_PCT90 are "#": at or above $187,199 in 2012.
        const SalaryRow chiefs = row(u"OES May 2012 national"_s, u"United States"_s, u"11-1011"_s);
        QCOMPARE(chiefs.median, std::optional<double>(168140));
        QCOMPARE(chiefs.topCoded, (QStringList { u"p75"_s, u"p90"_s }));
        QCOMPARE(chiefs.p90, std::optional<double>(187199));

        // Actors are paid by the hour (HOURLY = TRUE, annual "*"): 8.92 … "#" ($90 ceiling).
        const SalaryRow actors = row(u"OES May 2012 national"_s, u"United States"_s, u"27-2011"_s);
        QCOMPARE(actors.period, PayPeriod::Hour);
        QCOMPARE(actors.p10, std::optional<double>(8.92));
        QCOMPARE(actors.median, std::optional<double>(20.26));
        QCOMPARE(actors.topCoded, QStringList { u"p90"_s });
        QCOMPARE(actors.p90, std::optional<double>(90));
    }

    void unknownYearKeepsCeilingEmpty()
    {
        const QString copy = m_dir.filePath(u"oews-metro.csv"_s);
        QVERIFY(QFile::copy(m_oews + u"msa_may2022_soc15.csv"_s, copy));
        const auto report = importSalaryCsv(m_library->database(), copy, {});
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->dataset, u"oews-metro"_s);
        QCOMPARE(report->warnings.size(), 1);
        QVERIFY(report->warnings.first().contains(u"survey year is unknown"_s));
        const SalaryRow annArbor = row(u"oews-metro"_s, u"Ann Arbor"_s, u"15-1241"_s);
        QCOMPARE(annArbor.topCoded, QStringList { u"p90"_s });
        QVERIFY(!annArbor.p90);
    }
};

QTEST_GUILESS_MAIN(TestOewsImport)
#include "tst_oewsimport.moc"
