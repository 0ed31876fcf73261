// The debrief across interviewers, and independent scoring.

#include "analysis/Debrief.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace hirekit;

namespace {

Scorecard card(const QString &interviewer, ScorecardStatus status,
               QList<std::optional<int>> ratings,
               std::optional<Recommendation> recommendation = std::nullopt, QStringList flags = {})
{
    Scorecard result;
    result.interviewer = interviewer;
    result.status = status;
    result.recommendation = recommendation;
    for (qsizetype i = 0; i < ratings.size(); ++i) {
        ScorecardAnswer answer;
        answer.questionId = i + 1;
        answer.rating = ratings.at(i);
        result.answers.append(answer);
    }
    for (const QString &flag : flags)
        result.redFlags.append({ 0, flag, QString() });
    return result;
}

} // namespace

class TestDebrief : public QObject
{
    Q_OBJECT

private slots:
    void averagesSpreadAndDisagreement()
    {
        const Debrief debrief = buildDebrief(
            { card(u"Linus"_s, ScorecardStatus::Submitted, { 4, 2, std::nullopt },
                   Recommendation::Yes, { u"Poor Communication"_s }),
              card(u"Grace"_s, ScorecardStatus::Submitted, { 3, 4, 1 }, Recommendation::StrongYes,
                   { u"Poor Communication"_s, u"Security Blindness"_s }),
              card(u"Ada"_s, ScorecardStatus::Draft, { 1, 1, 1 }, Recommendation::No) });
        QCOMPARE(debrief.scorecards.size(), 2);
        QCOMPARE(debrief.hiddenDrafts, 1);
        QCOMPARE(debrief.scorecards.first().interviewer, u"Grace"_s); // by name
        QCOMPARE(debrief.questions.size(), 3);

        const DebriefQuestion &first = debrief.questions.at(0);
        QCOMPARE(first.ratings, (QList<std::optional<int>> { 3, 4 }));
        QCOMPARE(first.average, std::optional<double>(3.5));
        QCOMPARE(first.spread, 1);
        QVERIFY(!first.disagreement);

        const DebriefQuestion &second = debrief.questions.at(1);
        QCOMPARE(second.spread, 2);
        QVERIFY(second.disagreement);

        const DebriefQuestion &third = debrief.questions.at(2);
        QCOMPARE(third.ratings, (QList<std::optional<int>> { 1, std::nullopt }));
        QCOMPARE(third.average, std::optional<double>(1.0));
        QCOMPARE(third.spread, 0);

        QCOMPARE(debrief.redFlags.value(u"Poor Communication"_s), 2);
        QCOMPARE(debrief.redFlags.value(u"Security Blindness"_s), 1);
        QCOMPARE(debrief.recommendations.value(Recommendation::Yes), 1);
        QCOMPARE(debrief.recommendations.value(Recommendation::StrongYes), 1);
        QCOMPARE(debrief.recommendations.value(Recommendation::No), 0);
    }

    void notAskedIsNotARating()
    {
        Scorecard skipped = card(u"Grace"_s, ScorecardStatus::Submitted, { std::nullopt });
        skipped.answers[0].notAsked = true;
        const Debrief debrief = buildDebrief({ skipped });
        QVERIFY(!debrief.questions.first().average);
    }

    void independentScoring()
    {
        const QList<Scorecard> cards { card(u"Grace"_s, ScorecardStatus::Draft, { 3 }),
                                       card(u"Linus"_s, ScorecardStatus::Submitted, { 1 }),
                                       card(u"Ada"_s, ScorecardStatus::Submitted, { 4 }) };
        const QList<Scorecard> forGrace = visibleScorecards(cards, u"Grace"_s);
        QCOMPARE(forGrace.size(), 1);
        QCOMPARE(forGrace.first().interviewer, u"Grace"_s);
        QCOMPARE(visibleScorecards(cards, u"Linus"_s).size(), 3);
        QCOMPARE(visibleScorecards(cards, u"Hiring Manager"_s).size(), 3);
        QCOMPARE(visibleScorecards(cards, u"Grace"_s, false).size(), 3);
    }

    // Every posting's scorecards in one list: each candidate counts on their own, and the
    // list keeps its order.
    void independentScoringPerCandidate()
    {
        qint64 nextId = 0;
        const auto forCandidate = [&nextId](qint64 candidate, const QString &interviewer,
                                            ScorecardStatus status) {
            ScorecardSummary line;
            line.id = ++nextId;
            line.candidateId = candidate;
            line.interviewer = interviewer;
            line.status = status;
            return line;
        };
        const QList<ScorecardSummary> lines {
            forCandidate(1, u"Linus"_s, ScorecardStatus::Submitted),
            forCandidate(2, u"Ada"_s, ScorecardStatus::Submitted),
            forCandidate(1, u"Grace"_s, ScorecardStatus::Draft),
            forCandidate(3, u"Grace"_s, ScorecardStatus::Submitted),
            forCandidate(2, u"Linus"_s, ScorecardStatus::Draft),
            forCandidate(3, u"Ada"_s, ScorecardStatus::Submitted),
        };
        const auto ids = [](const QList<ScorecardSummary> &shown) {
            QList<qint64> result;
            for (const ScorecardSummary &line : shown)
                result.append(line.id);
            return result;
        };
        // Grace still scores candidate 1: Linus's card for 1 is hidden; 2 and 3 stay whole.
        QCOMPARE(ids(visibleScorecards(lines, u"Grace"_s)), (QList<qint64> { 2, 3, 4, 5, 6 }));
        // Linus still scores candidate 2: Ada's card for 2 is hidden.
        QCOMPARE(ids(visibleScorecards(lines, u"Linus"_s)), (QList<qint64> { 1, 3, 4, 5, 6 }));
        QCOMPARE(visibleScorecards(lines, u"Ada"_s).size(), lines.size());
        QCOMPARE(visibleScorecards(lines, u"Grace"_s, false).size(), lines.size());
    }
};

QTEST_GUILESS_MAIN(TestDebrief)
#include "tst_debrief.moc"
