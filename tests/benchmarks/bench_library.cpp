// The window's queries on a big library (issue 8): each call of tests/support/GuiQueries.h
// (listing, filtering, searching postings and scorecard notes, opening one item) timed in a
// warm process over --runs runs. Prints median, p90 and max in milliseconds and the target.
// Targets: searches under 20 ms, every other query under 50 ms.
//
//   bench_library LIBRARY [--runs N]
#include "BenchSummary.h"
#include "GuiQueries.h"
#include "storage/Library.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace hirekit;
using namespace hirekit::testsupport;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_library LIBRARY [--runs N]\n");
        return 2;
    }
    const int runsAt = int(args.indexOf(u"--runs"_s));
    const int runs = runsAt > 0 && runsAt + 1 < args.size() ? args.at(runsAt + 1).toInt() : 20;
    auto library = Library::open(args.at(1), Library::OpenMode::OpenExisting);
    if (!library) {
        std::fprintf(stderr, "bench_library: %s\n", qPrintable(library.error()));
        return 1;
    }
    const auto targets = findTargets((*library)->database());
    if (!targets) {
        std::fprintf(stderr, "bench_library: %s\n", qPrintable(targets.error()));
        return 1;
    }
    std::printf("%-46s %5s %9s %9s %9s %7s\n", "query (ms)", "runs", "median", "p90", "max",
                "target");
    for (const GuiQuery &query : guiQueries((*library)->database(), *targets)) {
        QList<double> times;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            if (const Status status = query.run(); !status) {
                std::fprintf(stderr, "bench_library: %s: %s\n", qPrintable(query.name),
                             qPrintable(status.error()));
                return 1;
            }
            times.append(double(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(times.begin(), times.end());
        const double target = query.name.contains(u"search"_s) ? 20 : 50;
        const double p90 = bench::percentile(times, 0.9);
        bench::Figure figure = bench::figureOf(u"query: "_s + query.name, times);
        figure.target = u"< %1 ms"_s.arg(target);
        figure.met = figure.median < target;
        std::printf("%-46s %5d %9.2f %9.2f %9.2f %4.0f %s\n", qPrintable(query.name), runs,
                    figure.median, p90, figure.slowest, target, *figure.met ? "ok" : "OVER");
        bench::addToSummary(figure);
    }
    std::fflush(stdout);
    return 0;
}
