// All posting checks (analysis/PostingChecks) on a posting of about 2,000 words, in a warm
// process: what one pause in typing costs. Target (issue 6): under 10 ms per run. Prints
// median and p99 over --runs. Not a CTest test: timings are not pass/fail on shared machines.
//
//   bench_checks [--runs N]

#include "analysis/PostingChecks.h"

#include <QCoreApplication>
#include <QElapsedTimer>

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
    QString body;
    while (readabilityWords(body).size() < 2000)
        body += paragraph;
    posting.sections.append({ u"About the role"_s, body });

    runPostingChecks(posting); // warm: word lists and rules are read once
    QList<double> times;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        const PostingChecks checks = runPostingChecks(posting);
        times.append(timer.nsecsElapsed() / 1e6);
        if (checks.readability.words == 0)
            return 1;
    }
    std::sort(times.begin(), times.end());
    std::printf("all checks, %lld words, %d runs\n",
                static_cast<long long>(readabilityWords(postingProse(posting)).size()), runs);
    std::printf("  median %.2f ms   p99 %.2f ms   (target: under 10 ms)\n",
                times.at(times.size() / 2),
                times.at(std::min(times.size() - 1, times.size() * 99 / 100)));
    return 0;
}
