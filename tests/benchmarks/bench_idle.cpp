// The window left alone after start-up on a big library (issue 8): what it does by itself in
// the first seconds (the rest of a list read after the first paint, the first checks of the
// open posting, the charts, the background checks and backups handing over) must never keep
// the GUI thread from answering for more than a frame. A 1 ms timer stands in for the
// person: the longest gaps between its ticks are the longest times the window did not
// answer, and the longest events handled say what it was doing (an event handled in a nested
// event loop counts in the one that opened it). One tab per run, in a fresh process, since
// the first-time costs are per process.
//
//   bench_idle LIBRARY --tab postings|salaries|interviews [--seconds S]
#include "BenchSummary.h"
#include "gui/MainWindow.h"
#include "storage/Library.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace hirekit;

namespace {

struct Gap
{
    double ms = 0;
    double at = 0; // ms after the window was first exposed, where the gap began
    QString what; // for an event: its receiver and type
};

// Times every event the event loop hands out (not those sent from inside another).
class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        // Events of other threads' event loops are not the window's (notify() sees them too).
        if (!clock.isValid() || depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        // Taken first: the receiver may be gone afterwards (a single-shot timer's).
        const char *className = receiver->metaObject()->className();
        const QString name = receiver->objectName();
        const int type = int(event->type());
        const qint64 start = clock.nsecsElapsed();
        ++depth;
        const bool done = QApplication::notify(receiver, event);
        --depth;
        const double ms = double(clock.nsecsElapsed() - start) / 1e6;
        if (ms >= 1) {
            events.append({ ms, double(start) / 1e6,
                            u"%1 %2 (%3)"_s.arg(QString::fromLatin1(className), name).arg(type) });
        }
        return done;
    }

    QElapsedTimer clock;
    QList<Gap> events;

private:
    int depth = 0;
};

void printLongest(QList<Gap> gaps, bool withWhat)
{
    std::sort(gaps.begin(), gaps.end(), [](const Gap &a, const Gap &b) { return a.ms > b.ms; });
    for (qsizetype i = 0; i < std::min<qsizetype>(gaps.size(), 3); ++i) {
        std::printf("  %.1f @%.0f", gaps.at(i).ms, gaps.at(i).at);
        if (withWhat)
            std::printf(" %s;", qPrintable(gaps.at(i).what));
    }
    std::printf("\n");
}

QString option(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype at = args.indexOf(name);
    return at > 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimingApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = QCoreApplication::arguments();
    const QString tab = option(args, u"--tab"_s, QString());
    const double seconds = option(args, u"--seconds"_s, u"3"_s).toDouble();
    if (args.size() < 2 || tab.isEmpty() || seconds <= 0) {
        std::fprintf(stderr,
                     "usage: bench_idle LIBRARY --tab postings|salaries|interviews "
                     "[--seconds S]\n");
        return 2;
    }
    auto library = Library::open(args.at(1), Library::OpenMode::OpenExisting);
    if (!library) {
        std::fprintf(stderr, "bench_idle: %s\n", qPrintable(library.error()));
        return 1;
    }

    // As hirekit starts: the tab first, then the library, then shown.
    MainWindow window;
    if (!window.selectTab(tab)) {
        std::fprintf(stderr, "bench_idle: no tab \"%s\"\n", qPrintable(tab));
        return 2;
    }
    window.setLibrary(std::move(library).value());
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;

    QElapsedTimer &clock = app.clock;
    clock.start();
    QList<Gap> gaps;
    qint64 last = 0;
    int ticks = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        gaps.append({ double(now - last) / 1e6, double(last) / 1e6, QString() });
        last = now;
        ++ticks;
    });
    tick.start();
    // exit(), not quit(): in Qt 6 quit() first closes every window, and that close (the
    // window saving its state and its documents, 10 to 28 ms) would count as the window not
    // answering. A precise timer: a coarse one, as singleShot() picks for two seconds or
    // more, may fire up to 5% early.
    QTimer::singleShot(int(seconds * 1000), Qt::PreciseTimer, &app,
                       [] { QCoreApplication::exit(0); });
    app.exec();

    std::printf("%s, %d ticks of 1 ms in %.2f s (a frame: 16.7 ms)\n", qPrintable(tab), ticks,
                double(clock.nsecsElapsed()) / 1e9);
    std::printf("  longest gaps (ms @ ms after the window was exposed):");
    printLongest(gaps, false);
    std::printf("  longest events (ms @ ms, receiver (event type)):");
    printLongest(app.events, true);
    double longest = 0;
    for (const Gap &event : std::as_const(app.events))
        longest = std::max(longest, event.ms);
    bench::Figure figure = bench::figureOf(
        u"longest GUI-thread event, %1 s after start-up, %2 tab"_s.arg(seconds).arg(tab),
        { longest });
    figure.target = u"longest event < 16.7 ms (a frame)"_s;
    figure.met = longest < 16.7;
    bench::addToSummary(figure);
    return 0;
}
