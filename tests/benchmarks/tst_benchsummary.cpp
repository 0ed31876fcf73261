// The performance runner's one table (BenchSummary.h): the figures the benchmarks hand over,
// as perf.sh reads them back.
#include "BenchSummary.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hirekit::bench;

class TestBenchSummary : public QObject
{
    Q_OBJECT

private:
    // The lines of `path`, each split into its fields.
    static QList<QStringList> linesOf(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return {};
        QList<QStringList> lines;
        const QStringList all = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : all)
            lines.append(line.split(u'\t'));
        return lines;
    }

private slots:
    void initTestCase() { qunsetenv("HIREKIT_BENCH_SUMMARY"); }
    void cleanup() { qunsetenv("HIREKIT_BENCH_SUMMARY"); }

    void medianAndSpread()
    {
        const Figure odd = figureOf(u"odd"_s, { 5, 1, 3 });
        QCOMPARE(odd.runs, 3);
        QCOMPARE(odd.median, 3.0);
        QCOMPARE(odd.fastest, 1.0);
        QCOMPARE(odd.slowest, 5.0);
        QCOMPARE(odd.unit, u"ms"_s);
        // An even count: the mean of the middle two.
        const Figure even = figureOf(u"even"_s, { 4, 1, 2, 8 }, u"s"_s);
        QCOMPARE(even.median, 3.0);
        QCOMPARE(even.fastest, 1.0);
        QCOMPARE(even.slowest, 8.0);
        QCOMPARE(even.unit, u"s"_s);
        const Figure none = figureOf(u"none"_s, {});
        QCOMPARE(none.runs, 0);
        QCOMPARE(none.median, 0.0);
    }

    void percentilesBetweenNeighbours()
    {
        const QList<double> sorted { 1, 2, 4, 8, 16 };
        QCOMPARE(percentile(sorted, 0), 1.0);
        QCOMPARE(percentile(sorted, 0.5), 4.0);
        QCOMPARE(percentile(sorted, 1), 16.0);
        // A quarter of the way between the 4th and the 5th value.
        QCOMPARE(percentile(sorted, 0.8125), 10.0);
        QCOMPARE(percentile({ 7 }, 0.99), 7.0);
        // The median of samples in any order, as figureOf() has it.
        QCOMPARE(median({ 8, 1, 4, 2 }), 3.0);
        QCOMPARE(median({ 5, 1, 3 }), figureOf(u"odd"_s, { 5, 1, 3 }).median);
        QCOMPARE(median({}), 0.0);
    }

    void nothingWrittenWithoutTheVariable()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"summary.tsv"_s);
        qputenv("HIREKIT_BENCH_SUMMARY", path.toLocal8Bit());
        QVERIFY(addToSummary(figureOf(u"asked"_s, { 1 })));
        QVERIFY(QFile::remove(path));
        // The variable is read at each call: once unset, nothing is written.
        qunsetenv("HIREKIT_BENCH_SUMMARY");
        QVERIFY(addToSummary(figureOf(u"unasked"_s, { 1 })));
        QVERIFY(!QFile::exists(path));
    }

    void figureWithoutRuns()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"summary.tsv"_s);
        qputenv("HIREKIT_BENCH_SUMMARY", path.toLocal8Bit());
        // Nothing measured: no numbers, and a target is not met ("NONE"), whatever `met` says.
        Figure targeted = figureOf(u"nothing measured"_s, {});
        targeted.target = u"p99 < 5 ms"_s;
        targeted.met = true;
        targeted.peer = u"a peer"_s;
        targeted.peerMedian = 2;
        QVERIFY(addToSummary(targeted));
        QVERIFY(addToSummary(figureOf(u"nothing, no target"_s, {})));
        const QList<QStringList> lines = linesOf(path);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0),
                 QStringList({ u"nothing measured"_s, u"0"_s, u"-"_s, u"-"_s, u"-"_s, u"ms"_s,
                               u"a peer"_s, u"2.00"_s, u"-"_s, u"p99 < 5 ms"_s, u"NONE"_s }));
        QCOMPARE(lines.at(1).at(10), u"-"_s);
    }

    void oneLinePerFigure()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"summary.tsv"_s);
        qputenv("HIREKIT_BENCH_SUMMARY", path.toLocal8Bit());

        Figure compared = figureOf(u"export\twith a tab"_s, { 30, 10, 20 });
        compared.peer = u"Qt"_s;
        compared.peerMedian = 40;
        compared.target = u"ratio <= 1"_s;
        compared.met = true;
        QVERIFY(addToSummary(compared));
        Figure over = figureOf(u"start-up"_s, { 180 });
        over.target = u"ratio <= 1.5"_s;
        over.met = false;
        QVERIFY(addToSummary(over));
        QVERIFY(addToSummary(figureOf(u"no target,\r\nno peer"_s, { 0.126 }, u"MB"_s)));

        const QList<QStringList> lines = linesOf(path);
        QCOMPARE(lines.size(), 3);
        for (const QStringList &fields : lines)
            QCOMPARE(fields.size(), 11);
        QCOMPARE(
            lines.at(0),
            QStringList({ u"export with a tab"_s, u"3"_s, u"20.00"_s, u"10.00"_s, u"30.00"_s,
                          u"ms"_s, u"Qt"_s, u"40.00"_s, u"0.50"_s, u"ratio <= 1"_s, u"ok"_s }));
        QCOMPARE(lines.at(1).at(10), u"OVER"_s);
        QCOMPARE(lines.at(1).at(8), u"-"_s); // no peer, no ratio
        QCOMPARE(lines.at(2),
                 QStringList({ u"no target,  no peer"_s, u"1"_s, u"0.13"_s, u"0.13"_s, u"0.13"_s,
                               u"MB"_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s }));
    }

    void unwritableFileIsReported()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        qputenv("HIREKIT_BENCH_SUMMARY",
                dir.filePath(u"missing-folder/summary.tsv"_s).toLocal8Bit());
        QVERIFY(!addToSummary(figureOf(u"lost"_s, { 1 })));
        QVERIFY(!QFile::exists(dir.filePath(u"missing-folder/summary.tsv"_s)));
    }
};

QTEST_GUILESS_MAIN(TestBenchSummary)
#include "tst_benchsummary.moc"
