// The compensation calculations: the band a row offers a posting, premiums for the hiring
// guide's compensation factors, and where a proposed salary sits in a row's range.

#include "analysis/Compensation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace hirekit;

Q_DECLARE_METATYPE(hirekit::SalaryRow)
Q_DECLARE_METATYPE(hirekit::PayBand)

namespace {

SalaryRow percentiles(std::optional<double> p10, std::optional<double> p25,
                      std::optional<double> median, std::optional<double> p75,
                      std::optional<double> p90)
{
    SalaryRow row;
    row.p10 = p10;
    row.p25 = p25;
    row.median = median;
    row.p75 = p75;
    row.p90 = p90;
    return row;
}

SalaryRow band(double min, double max)
{
    SalaryRow row;
    row.min = min;
    row.max = max;
    return row;
}

} // namespace

class TestCompensation : public QObject
{
    Q_OBJECT

private slots:
    void postingBand_data()
    {
        QTest::addColumn<SalaryRow>("row");
        QTest::addColumn<bool>("exists");
        QTest::addColumn<PayBand>("expected");
        QTest::newRow("band") << band(95000, 140000) << true << PayBand { 95000, 140000 };
        QTest::newRow("percentiles use p25-p75")
            << percentiles(100, 120, 150, 180, 210) << true << PayBand { 120, 180 };
        SalaryRow both = band(1, 2);
        both.p25 = 5;
        both.p75 = 6;
        QTest::newRow("band wins") << both << true << PayBand { 1, 2 };
        QTest::newRow("only a median") << percentiles({}, {}, 150, {}, {}) << false << PayBand {};
    }

    void postingBand()
    {
        QFETCH(SalaryRow, row);
        QFETCH(bool, exists);
        QFETCH(PayBand, expected);
        const auto result = hirekit::postingBand(row);
        QCOMPARE(result.has_value(), exists);
        if (exists)
            QCOMPARE(*result, expected);
    }

    void premiums_data()
    {
        QTest::addColumn<PayBand>("band");
        QTest::addColumn<QList<double>>("percents"); // low, high, low, high, ...
        QTest::addColumn<PayBand>("expected");
        QTest::newRow("none") << PayBand { 100000, 150000 } << QList<double>()
                              << PayBand { 100000, 150000 };
        // The guide: specialised knowledge of Go, Rust or Kubernetes, 15-25%.
        QTest::newRow("technology stack 15-25%")
            << PayBand { 100000, 150000 } << QList<double> { 15, 25 } << PayBand { 115000, 187500 };
        QTest::newRow("two premiums compound")
            << PayBand { 100000, 100000 } << QList<double> { 10, 10, 10, 10 }
            << PayBand { 121000, 121000 };
        QTest::newRow("a discount")
            << PayBand { 100000, 200000 } << QList<double> { -10, 0 } << PayBand { 90000, 200000 };
    }

    void premiums()
    {
        QFETCH(PayBand, band);
        QFETCH(QList<double>, percents);
        QFETCH(PayBand, expected);
        QList<Premium> premiums;
        for (qsizetype i = 0; i + 1 < percents.size(); i += 2)
            premiums.append({ percents.at(i), percents.at(i + 1) });
        const PayBand result = applyPremiums(band, premiums);
        QCOMPARE(result.low, expected.low);
        QVERIFY(qFuzzyCompare(result.high, expected.high));
    }

    void position_data()
    {
        QTest::addColumn<SalaryRow>("row");
        QTest::addColumn<double>("salary");
        QTest::addColumn<bool>("exists");
        QTest::addColumn<bool>("percentileBasis");
        QTest::addColumn<double>("percent");
        QTest::addColumn<bool>("below");
        QTest::addColumn<bool>("above");
        QTest::addColumn<double>("compaRatio"); // 0: none
        QTest::addColumn<bool>("toMedian");

        // Seattle software developers, BLS May 2022 (annual): 100,000 / 128,370 / 161,520 /
        // 200,610 / 239,200 (top-coded p90 stored as the ceiling).
        const SalaryRow seattle = percentiles(100000, 128370, 161520, 200610, 239200);
        QTest::newRow("at the median")
            << seattle << 161520.0 << true << true << 50.0 << false << false << 1.0 << true;
        QTest::newRow("at p25") << seattle << 128370.0 << true << true << 25.0 << false << false
                                << 128370.0 / 161520.0 << true;
        // Halfway from the median to p75: 50 + 0.5 × 25.
        QTest::newRow("between median and p75")
            << seattle << (161520.0 + 200610.0) / 2 << true << true << 62.5 << false << false
            << (161520.0 + 200610.0) / 2 / 161520.0 << true;
        QTest::newRow("below p10") << seattle << 90000.0 << true << true << 10.0 << true << false
                                   << 90000.0 / 161520.0 << true;
        QTest::newRow("above p90") << seattle << 250000.0 << true << true << 90.0 << false << true
                                   << 250000.0 / 161520.0 << true;
        QTest::newRow("exactly p90") << seattle << 239200.0 << true << true << 90.0 << false
                                     << false << 239200.0 / 161520.0 << true;
        // Missing percentiles are skipped: p25 to p75 straight.
        QTest::newRow("gaps") << percentiles({}, 100, {}, 200, {}) << 150.0 << true << true << 50.0
                              << false << false << 0.0 << true;
        QTest::newRow("flat stretch") << percentiles(100, 100, 100, 200, 300) << 100.0 << true
                                      << true << 10.0 << false << false << 1.0 << true;

        // The guide's bands: range penetration and compa-ratio against the midpoint.
        QTest::newRow("band middle") << band(95000, 140000) << 117500.0 << true << false << 50.0
                                     << false << false << 1.0 << false;
        QTest::newRow("band bottom") << band(95000, 140000) << 95000.0 << true << false << 0.0
                                     << false << false << 95000.0 / 117500.0 << false;
        QTest::newRow("band over max") << band(100, 200) << 250.0 << true << false << 150.0 << false
                                       << true << 250.0 / 150.0 << false;
        QTest::newRow("band under min") << band(100, 200) << 50.0 << true << false << -50.0 << true
                                        << false << 50.0 / 150.0 << false;
        QTest::newRow("zero-width band")
            << band(100, 100) << 100.0 << true << false << 50.0 << false << false << 1.0 << false;

        QTest::newRow("one percentile only") << percentiles({}, {}, 150, {}, {}) << 150.0 << false
                                             << false << 0.0 << false << false << 0.0 << false;
        QTest::newRow("negative salary")
            << band(1, 2) << -1.0 << false << false << 0.0 << false << false << 0.0 << false;
    }

    void position()
    {
        QFETCH(SalaryRow, row);
        QFETCH(double, salary);
        QFETCH(bool, exists);
        QFETCH(bool, percentileBasis);
        QFETCH(double, percent);
        QFETCH(bool, below);
        QFETCH(bool, above);
        QFETCH(double, compaRatio);
        QFETCH(bool, toMedian);
        const auto position = positionInRange(salary, row);
        QCOMPARE(position.has_value(), exists);
        if (!exists)
            return;
        QCOMPARE(position->basis == RangePosition::Basis::Percentiles, percentileBasis);
        QVERIFY2(qAbs(position->percent - percent) < 1e-9,
                 qPrintable(QString::number(position->percent)));
        QCOMPARE(position->belowRange, below);
        QCOMPARE(position->aboveRange, above);
        if (compaRatio == 0) {
            QVERIFY(!position->compaRatio);
        } else {
            QVERIFY(position->compaRatio);
            QVERIFY(qFuzzyCompare(*position->compaRatio, compaRatio));
            QCOMPARE(position->compaToMedian, toMedian);
        }
    }
};

QTEST_GUILESS_MAIN(TestCompensation)
#include "tst_compensation.moc"
