// All posting checks (analysis/PostingChecks) on a posting of about 2,000 words, in a warm
// process: what one pause in typing costs. Target (issue 6): under 10 ms per run. Prints
// median and p99 over --runs, without and with spelling (Hunspell, en_US), and the first
// spelling run, before the spell checker's word cache is warm. Not a CTest test: timings are
// not pass/fail on shared machines.
//
//   bench_checks [--runs N]

#include "BenchSummary.h"
#include "analysis/PostingChecks.h"
#include "analysis/SpellChecker.h"
#include "io/PostingJson.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace hirekit;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 200;
    const QStringList arguments = app.arguments();
    const qsizetype at = arguments.indexOf(u"--runs"_s);
    if (at > 0 && at + 1 < arguments.size())
        runs = std::max(1, arguments.at(at + 1).toInt());

    // Ordinary posting prose with coded words, bullets and long sentences, repeated to size.
    const QString paragraph =
        u"You will collaborate closely with a supportive team and take responsibility for "
        "competitive, reliable services that thousands of customers depend on every day. "
        "We value honest feedback, analytical thinking and the independence to decide.\n\n"
        "- Design and build APIs in Go and PostgreSQL\n- Review code kindly and thoroughly\n\n"_s;
    Posting posting;
    posting.title = u"Backend Developer"_s;
    posting.companyName = u"Northwind"_s;
    posting.locations.append({ u"Denver"_s, u"CO"_s, u"US"_s, Workplace::Hybrid });
    posting.salary.min = 100000;
    posting.salary.max = 130000;
    // The built-in template's sections first, so spelling meets many different words.
    QString body;
    QFile seed(u":/seed/posting-template.json"_s);
    if (seed.open(QIODevice::ReadOnly)) {
        if (auto builtin = postingFromJson(QJsonDocument::fromJson(seed.readAll()).object())) {
            for (const PostingSection &section : builtin->sections)
                body += section.body + u"\n\n"_s;
        }
    }
    while (readabilityWords(body).size() < 2000)
        body += paragraph;
    posting.sections.append({ u"About the role"_s, body });

    // `cold`: the spell checker forgets what it checked before each run (adding no words
    // empties its cache), as if every word of the posting were new.
    const auto measure = [&](const char *label, SpellChecker *spelling, bool cold = false) {
        runPostingChecks(posting, QDate::currentDate(), spelling); // warm: lists read once
        QList<double> times;
        QElapsedTimer timer;
        for (int i = 0; i < runs; ++i) {
            if (cold && spelling)
                spelling->addWords({});
            timer.start();
            const PostingChecks checks = runPostingChecks(posting, QDate::currentDate(), spelling);
            times.append(timer.nsecsElapsed() / 1e6);
            if (checks.readability.words == 0)
                return false;
        }
        std::sort(times.begin(), times.end());
        std::printf("  %-22s median %.2f ms   p99 %.2f ms   (target: under 10 ms)\n", label,
                    bench::percentile(times, 0.5), bench::percentile(times, 0.99));
        bench::Figure figure = bench::figureOf(
            u"all posting checks, a 2,000-word posting, "_s + QString::fromUtf8(label), times);
        figure.target = u"< 10 ms"_s;
        figure.met = figure.median < 10;
        bench::addToSummary(figure);
        return true;
    };

    std::printf("all checks, %lld words, %d runs\n",
                static_cast<long long>(readabilityWords(postingProse(posting)).size()), runs);
    if (!measure("without spelling", nullptr))
        return 1;
    QElapsedTimer load;
    load.start();
    auto spelling = SpellChecker::openDefault();
    if (!spelling) {
        std::fprintf(stderr, "%s\n", qPrintable(spelling.error()));
        return 1;
    }
    const double loadMs = load.nsecsElapsed() / 1e6;
    load.start();
    runPostingChecks(posting, QDate::currentDate(), spelling->get());
    std::printf("  %-22s %.2f ms (loading the dictionary: %.0f ms)\n", "first spelling run",
                load.nsecsElapsed() / 1e6, loadMs);
    if (!measure("with spelling", spelling->get()))
        return 1;
    if (!measure("spelling, cold cache", spelling->get(), true))
        return 1;
    return 0;
}
