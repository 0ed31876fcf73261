// What a PDF export of the built-in Backend Developer template costs in a warm process,
// against Qt's own floor: a plain QTextDocument holding the same content (setMarkdown of the
// posting's Markdown export) printed to a QPdfWriter with QTextDocument::print(). Both write
// to memory, so the disk is not measured; "to file" adds Hirekit's QSaveFile write.
// Prints a table (or, with --tsv, one row per measurement for tests/benchmarks/run.sh).
// Target from issue 3: a median under 50 ms, and not slower than Qt itself.
//
//   bench_postings [--runs N] [--tsv]
#include "BenchSummary.h"
#include "render/PostingFormats.h"
#include "render/PostingPdf.h"
#include "storage/Library.h"
#include "storage/PostingRepository.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace hirekit;

namespace {

constexpr int WarmUpRuns = 3;

struct Stats
{
    int runs = 0;
    double median = 0;
    double p25 = 0;
    double p75 = 0;
    double min = 0;
    double max = 0;
};

Stats statsOf(QList<double> times)
{
    std::sort(times.begin(), times.end());
    return { int(times.size()),
             bench::percentile(times, 0.5),
             bench::percentile(times, 0.25),
             bench::percentile(times, 0.75),
             times.first(),
             times.last() };
}

// Runs each of `works` WarmUpRuns times untimed, then `runs` rounds of each once, timed in
// milliseconds. The works take turns, one of each per round, so a busy moment of a shared
// machine slows them all alike rather than whichever was running then.
QList<Stats> measure(int runs, const QList<std::function<void()>> &works)
{
    for (const auto &work : works) {
        for (int i = 0; i < WarmUpRuns; ++i)
            work();
    }
    QList<QList<double>> times(works.size());
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        for (qsizetype w = 0; w < works.size(); ++w) {
            timer.start();
            works.at(w)();
            times[w].append(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    QList<Stats> stats;
    for (const QList<double> &each : std::as_const(times))
        stats.append(statsOf(each));
    return stats;
}

int pageCount(const QByteArray &pdf)
{
    // Every page object says "/Type /Page" (the page tree says "/Type /Pages").
    return int(pdf.count("/Type /Page\n") + pdf.count("/Type /Page ") + pdf.count("/Type /Page/")
               + pdf.count("/Type /Page>"));
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList arguments = QCoreApplication::arguments();
    int runs = 50;
    if (const qsizetype at = arguments.indexOf(u"--runs"_s); at >= 0 && at + 1 < arguments.size())
        runs = std::max(1, arguments.at(at + 1).toInt());
    const bool tsv = arguments.contains(u"--tsv"_s);

    QTemporaryDir dir;
    auto library = Library::open(dir.filePath(u"bench.sqlite"_s));
    if (!library) {
        std::fprintf(stderr, "%s\n", qPrintable(library.error()));
        return 1;
    }
    PostingRepository repository(library.value()->database());
    Posting posting;
    const auto templates = repository.templates();
    for (const PostingSummary &summary : templates ? *templates : QList<PostingSummary>()) {
        const auto loaded = repository.load(summary.id);
        if (loaded && loaded->isBuiltin)
            posting = *loaded;
    }
    if (posting.title.isEmpty()) {
        std::fprintf(stderr, "The built-in template is missing.\n");
        return 1;
    }
    const PdfOptions options { PageChoice::A4, false,
                               QLocale(QLocale::English, QLocale::UnitedStates) };

    QByteArray hirekitPdf;
    const auto toMemory = [&] {
        hirekitPdf.clear();
        QBuffer buffer(&hirekitPdf);
        buffer.open(QIODevice::WriteOnly);
        if (!writePdf(posting, buffer, options))
            std::abort();
    };
    const QString file = dir.filePath(u"template.pdf"_s);
    const auto toFile = [&] {
        if (!exportPdf(posting, file, options))
            std::abort();
    };
    // Qt's floor: the same content as Markdown, laid out and printed by Qt alone.
    const QString markdown = postingToMarkdown(posting);
    QByteArray qtPdf;
    const auto qtFloor = [&] {
        qtPdf.clear();
        QBuffer buffer(&qtPdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QTextDocument document;
        document.setMarkdown(markdown);
        document.print(&writer);
    };
    const QList<Stats> measured = measure(runs, { toMemory, toFile, qtFloor });
    const Stats &hirekit = measured.at(0);
    const Stats &written = measured.at(1);
    const Stats &qt = measured.at(2);

    const double ratio = hirekit.median / qt.median;
    if (tsv) {
        const auto row = [](const char *name, const Stats &stats) {
            std::printf("%s\t%d\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\n", name, stats.runs, stats.median,
                        stats.p25, stats.p75, stats.min, stats.max);
        };
        row("template PDF in a warm process: Hirekit (memory)", hirekit);
        row("template PDF in a warm process: Hirekit (to file)", written);
        row("template PDF in a warm process: Qt floor (memory)", qt);
        return 0;
    }
    std::printf("Built-in template to PDF, A4, warm process, %d rounds after %d warm-up runs (the "
                "three take turns)\n",
                runs, WarmUpRuns);
    std::printf("%-34s %6s %10s %20s %20s\n", "", "pages", "median ms", "p25-p75 ms", "min-max ms");
    const auto line = [](const char *name, int pages, const Stats &stats) {
        std::printf("%-34s %6d %10.1f %9.1f - %-8.1f %9.1f - %-8.1f\n", name, pages, stats.median,
                    stats.p25, stats.p75, stats.min, stats.max);
    };
    line("Hirekit writePdf (memory)", pageCount(hirekitPdf), hirekit);
    line("Hirekit exportPdf (file)", pageCount(hirekitPdf), written);
    line("Qt setMarkdown + print (memory)", pageCount(qtPdf), qt);
    std::printf("Hirekit / Qt: %.2f (target: <= 1), Hirekit median %.1f ms (target: < 50 ms)\n",
                ratio, hirekit.median);
    const auto figure = [](const QString &name, const Stats &stats) {
        bench::Figure result;
        result.name = name;
        result.runs = stats.runs;
        result.median = stats.median;
        result.fastest = stats.min;
        result.slowest = stats.max;
        result.target = u"< 50 ms"_s;
        result.met = stats.median < 50;
        return result;
    };
    // Qt's floor writes to memory: only the export to memory is held against it.
    bench::Figure memoryFigure = figure(u"posting PDF export, to memory"_s, hirekit);
    memoryFigure.peer = u"Qt setMarkdown + print"_s;
    memoryFigure.peerMedian = qt.median;
    memoryFigure.target = u"ratio <= 1, < 50 ms"_s;
    memoryFigure.met = ratio <= 1 && hirekit.median < 50;
    bench::addToSummary(memoryFigure);
    bench::addToSummary(figure(u"posting PDF export, to a file"_s, written));
    return 0;
}
