// What the window does when a person moves around it on a big library (issue 8): each tab and
// each Interviews page shown, the first time (built and read) and again (read again), until
// the window has painted it. Everything here runs on the GUI thread, so each figure is how long
// the window does not answer. Prints a table; a frame at 60 Hz is 16.7 ms.
//
//   bench_pages LIBRARY [--runs N]
#include "BenchSummary.h"
#include "gui/InterviewsTab.h"
#include "gui/LibraryBackupActions.h"
#include "gui/LiveInterviewWidget.h"
#include "gui/MainWindow.h"
#include "gui/ScorecardsWidget.h"
#include "gui/models/ScorecardListModel.h"
#include "storage/Library.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace hirekit;

namespace {

// Milliseconds from `step` until the window has handled what it posted and painted.
double timed(QWidget &window, const std::function<void()> &step)
{
    QElapsedTimer timer;
    timer.start();
    step();
    QCoreApplication::processEvents();
    window.repaint();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_pages LIBRARY [--runs N]\n");
        return 2;
    }
    const int runsAt = int(args.indexOf(u"--runs"_s));
    const int runs = runsAt > 0 && runsAt + 1 < args.size() ? args.at(runsAt + 1).toInt() : 5;
    auto library = Library::open(args.at(1), Library::OpenMode::OpenExisting);
    if (!library) {
        std::fprintf(stderr, "bench_pages: %s\n", qPrintable(library.error()));
        return 1;
    }

    MainWindow window;
    window.setLibrary(std::move(library).value());
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QCoreApplication::processEvents();
    // The first start of a day backs the library up on a worker thread (`VACUUM INTO`, 326 MB
    // for the big library) a moment after it opens; the pages are timed once that is done, or
    // found done already, so that they are not timed against it.
    if (auto *backups = window.findChild<LibraryBackupActions *>()) {
        QSignalSpy backedUp(backups, &LibraryBackupActions::dailyBackupFinished);
        if (!backedUp.wait(120'000)) {
            std::fprintf(stderr, "bench_pages: the day's backup did not end in 2 minutes\n");
            return 1;
        }
    }

    struct Step
    {
        const char *name;
        std::function<void()> run;
    };
    const auto page = [&window](InterviewsTab::Page shown) {
        return [&window, shown] { window.interviewsTab()->showPage(shown); };
    };
    const QList<Step> steps {
        { "Salaries tab", [&window] { window.selectTab(u"salaries"_s); } },
        { "Interviews tab (question bank)", [&window] { window.selectTab(u"interviews"_s); } },
        { "  Kits page", page(InterviewsTab::KitsPage) },
        { "  Candidates page (10,000)", page(InterviewsTab::CandidatesPage) },
        { "  Scorecards page (20,000; a page)", page(InterviewsTab::ScorecardsPage) },
        { "  Debrief page", page(InterviewsTab::DebriefPage) },
        { "  Question bank page", page(InterviewsTab::QuestionBankPage) },
        { "Postings tab", [&window] { window.selectTab(u"postings"_s); } },
    };

    // "again": shown again with nothing changed since (a page need not read again); "after a
    // write": shown again after one row of the library changed, so it reads what it lists.
    std::printf("%-34s %9s %9s %13s %6s\n", "shown (ms, until painted)", "first", "again",
                "after a write", "runs");
    const auto write = [&window] {
        QSqlQuery touch(window.library()->database());
        touch.exec(u"UPDATE candidates SET notes = notes WHERE id = (SELECT min(id) FROM "
                   "candidates)"_s);
    };
    QList<QList<double>> again(steps.size());
    QList<QList<double>> written(steps.size());
    QList<double> first;
    for (const Step &step : steps)
        first.append(timed(window, step.run));
    for (int run = 0; run < runs; ++run) {
        for (qsizetype i = 0; i < steps.size(); ++i)
            again[i].append(timed(window, steps.at(i).run));
    }
    for (int run = 0; run < runs; ++run) {
        for (qsizetype i = 0; i < steps.size(); ++i) {
            write();
            written[i].append(timed(window, steps.at(i).run));
        }
    }
    for (qsizetype i = 0; i < steps.size(); ++i) {
        std::printf("%-34s %9.1f %9.1f %13.1f %6d\n", steps.at(i).name, first.at(i),
                    bench::median(again.at(i)), bench::median(written.at(i)), runs);
        const QString name = QString::fromUtf8(steps.at(i).name).trimmed();
        bench::addToSummary(bench::figureOf(u"shown the first time: "_s + name, { first.at(i) }));
        bench::addToSummary(bench::figureOf(u"shown after a write: "_s + name, written.at(i)));
    }

    // Rating a draft scorecard with every posting's scorecards in the list (its first page
    // read): each click is saved and the list shows the new progress.
    window.selectTab(u"interviews"_s);
    ScorecardsWidget *scorecards = window.interviewsTab()->scorecards();
    window.interviewsTab()->showPage(InterviewsTab::ScorecardsPage);
    QCoreApplication::processEvents();
    const ScorecardListModel *model = scorecards->model();
    qint64 draft = 0;
    for (int row = 0; row < model->rowCount() && !draft; ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ScorecardListModel::StatusKeyRole).toString() == u"draft"_s)
            draft = index.data(ScorecardListModel::IdRole).toLongLong();
    }
    auto *rate2 = scorecards->findChild<QPushButton *>(u"rate2Button"_s);
    auto *rate3 = scorecards->findChild<QPushButton *>(u"rate3Button"_s);
    if (!draft || !rate2 || !rate3 || !scorecards->selectScorecard(draft)) {
        std::fprintf(stderr, "bench_pages: no draft scorecard to rate\n");
        return 1;
    }
    QList<double> clicks;
    for (int run = 0; run < std::max(runs, 5) * 2; ++run)
        clicks.append(timed(window, [&] { (run % 2 ? rate3 : rate2)->click(); }));
    std::printf("%-34s %9.1f %9.1f %13s %6lld\n", "  rating a scorecard (a click)", clicks.first(),
                bench::median(clicks), "", static_cast<long long>(clicks.size()));
    bench::addToSummary(bench::figureOf(u"rating a scorecard (a click), until painted"_s, clicks));

    // The same scorecard in live interview mode, its own window: a rating key (2 and 3 in
    // turn) saved, shown in the rubric and the progress, and painted.
    LiveInterviewWidget *live = scorecards->openLive(draft, false);
    if (!live) {
        std::fprintf(stderr, "bench_pages: live interview mode did not start\n");
        return 1;
    }
    live->resize(1280, 800);
    QCoreApplication::processEvents();
    QList<double> keys;
    for (int run = 0; run < std::max(runs, 5) * 2; ++run) {
        const Qt::Key key = run % 2 ? Qt::Key_3 : Qt::Key_2;
        keys.append(timed(*live, [&] { QTest::keyClick(live, key); }));
    }
    live->close();
    QCoreApplication::processEvents();
    std::printf("%-34s %9.1f %9.1f %13s %6lld\n", "  live interview: a rating key", keys.first(),
                bench::median(keys), "", static_cast<long long>(keys.size()));
    bench::addToSummary(bench::figureOf(u"live interview: a rating key, until painted"_s, keys));
    // What every figure above includes: painting the whole window once.
    QList<double> repaints;
    for (int run = 0; run < std::max(runs, 5) * 2; ++run)
        repaints.append(timed(window, [] {}));
    std::printf("%-34s %9.1f %9.1f %13s %6lld\n", "(painting the window, nothing done)",
                repaints.first(), bench::median(repaints), "",
                static_cast<long long>(repaints.size()));
    bench::addToSummary(bench::figureOf(u"painting the window, nothing done"_s, repaints));
    return 0;
}
