#pragma once
// The performance runner's one table (issue 8). Each benchmark prints its own tables and also
// hands each figure to addToSummary(): one line in the file that HIREKIT_BENCH_SUMMARY names
// (nothing when it is unset). perf.sh adds its own figures (start-up, memory) the same way and
// prints every line of the file together at the end: the figure's median and spread, the
// peer's median from the same run and the ratio, the target and whether it is met.
//
// A line is tab-separated: figure, runs, median, fastest, slowest, unit, peer, peer median,
// ratio, target, verdict: "ok", "OVER", "NONE" for a target with no run measured, or "-"
// without a target. addToSummary() writes numbers with two decimals (perf.sh its own as it
// measures them); "-" stands for a number there is not.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace hirekit::bench {

struct Figure
{
    QString name;
    QString unit = QStringLiteral("ms");
    int runs = 0;
    double median = 0;
    // The spread: the fastest and the slowest run.
    double fastest = 0;
    double slowest = 0;
    // What the figure is compared with in the same run, if anything; the ratio is
    // median / peerMedian.
    QString peer;
    std::optional<double> peerMedian;
    // As people read it ("< 50 ms", "ratio <= 2"), and whether this run met it.
    QString target;
    std::optional<bool> met;
};

// The value a `fraction` of the way through `sorted` (at least one value, ascending),
// between two neighbours in proportion: 0.5 is the median (the mean of the middle two of an
// even count), 0.99 the 99th percentile. Every benchmark's tables and the runner's one table
// use it, so a median means the same everywhere.
inline double percentile(const QList<double> &sorted, double fraction)
{
    const double index = fraction * double(sorted.size() - 1);
    const auto low = qsizetype(index);
    const qsizetype high = std::min(low + 1, sorted.size() - 1);
    return sorted.at(low) + (sorted.at(high) - sorted.at(low)) * (index - double(low));
}

// The median of `samples` (in any order); 0 without any.
inline double median(QList<double> samples)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    return percentile(samples, 0.5);
}

// A figure's median, fastest and slowest from its samples (in any order).
inline Figure figureOf(const QString &name, QList<double> samples,
                       const QString &unit = QStringLiteral("ms"))
{
    Figure figure;
    figure.name = name;
    figure.unit = unit;
    figure.runs = int(samples.size());
    if (samples.isEmpty())
        return figure;
    std::sort(samples.begin(), samples.end());
    figure.median = percentile(samples, 0.5);
    figure.fastest = samples.first();
    figure.slowest = samples.last();
    return figure;
}

// Adds `figure` to the runner's table. When the file cannot be written, says so on stderr and
// returns false; the benchmark's own output is unaffected.
inline bool addToSummary(const Figure &figure)
{
    const QString path = qEnvironmentVariable("HIREKIT_BENCH_SUMMARY");
    if (path.isEmpty())
        return true;
    QFile file(path);
    const auto failed = [&file, &figure] {
        std::fprintf(stderr, "cannot add \"%s\" to the runner's table %s: %s\n",
                     qPrintable(figure.name), qPrintable(file.fileName()),
                     qPrintable(file.errorString()));
        return false;
    };
    if (!file.open(QIODevice::Append | QIODevice::Text))
        return failed();
    const auto number = [](std::optional<double> value) {
        return value ? QString::number(*value, 'f', 2) : QStringLiteral("-");
    };
    const auto text = [](const QString &value) {
        QString clean = value;
        clean.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
        return clean.isEmpty() ? QStringLiteral("-") : clean;
    };
    // Without a run there is nothing to show, and a target is not met.
    const bool measured = figure.runs > 0;
    const auto measuredNumber = [measured, &number](double value) {
        return measured ? number(value) : QStringLiteral("-");
    };
    std::optional<double> ratio;
    if (measured && figure.peerMedian && *figure.peerMedian > 0)
        ratio = figure.median / *figure.peerMedian;
    QString verdict = QStringLiteral("-");
    if (!measured && !figure.target.isEmpty())
        verdict = QStringLiteral("NONE");
    else if (figure.met)
        verdict = *figure.met ? QStringLiteral("ok") : QStringLiteral("OVER");
    const QStringList fields { text(figure.name),
                               QString::number(figure.runs),
                               measuredNumber(figure.median),
                               measuredNumber(figure.fastest),
                               measuredNumber(figure.slowest),
                               text(figure.unit),
                               text(figure.peer),
                               number(figure.peerMedian),
                               number(ratio),
                               text(figure.target),
                               verdict };
    const QByteArray line = fields.join(u'\t').toUtf8() + '\n';
    if (file.write(line) != line.size() || !file.flush())
        return failed();
    return true;
}

} // namespace hirekit::bench
