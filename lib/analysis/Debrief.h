#pragma once

#include "core/Interview.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <optional>

namespace hirekit {

// One question across the interviewers who asked it.
struct DebriefQuestion
{
    qint64 questionId = 0;
    QList<std::optional<int>>
        ratings; // one per scorecard in Debrief::scorecards, nullopt if unrated
    std::optional<double> average; // of the ratings given
    int spread = 0; // highest minus lowest rating given
    bool disagreement = false; // a spread of two points or more (e.g. No and Strong Yes)
};

// All submitted scorecards for one candidate side by side (structured-interview debrief).
struct Debrief
{
    QList<Scorecard> scorecards; // submitted ones, by interviewer
    QList<DebriefQuestion> questions; // in the order first seen
    QMap<QString, int> redFlags; // flag name -> how many interviewers raised it
    QMap<Recommendation, int> recommendations;
    int hiddenDrafts = 0; // scorecards left out because they are not submitted
};

// Builds the debrief from a candidate's scorecards. Drafts never appear.
Debrief buildDebrief(const QList<Scorecard> &scorecards);

// Independent scoring: while `viewer` has a draft scorecard for a candidate, other
// interviewers' scorecards for that candidate stay hidden, so that nobody anchors on a
// colleague's ratings. Returns the scorecards `viewer` may see (with `independentScoring` off:
// all of them), in their order; each candidate counts on their own. The Debrief page uses
// it on a candidate's scorecards; the Scorecards page's list, read a page at a time, asks
// the same in SQL (ScorecardRepository::summariesPage). Works on whole scorecards and on list
// lines (ScorecardSummary).
template<typename Card>
QList<Card> visibleScorecards(const QList<Card> &scorecards, const QString &viewer,
                              bool independentScoring = true)
{
    if (!independentScoring)
        return scorecards;
    QSet<qint64> candidatesWithViewerDraft;
    for (const Card &card : scorecards) {
        if (card.interviewer == viewer && card.status == ScorecardStatus::Draft)
            candidatesWithViewerDraft.insert(card.candidateId);
    }
    if (candidatesWithViewerDraft.isEmpty())
        return scorecards;
    QList<Card> visible;
    visible.reserve(scorecards.size());
    for (const Card &card : scorecards) {
        if (card.interviewer == viewer || !candidatesWithViewerDraft.contains(card.candidateId))
            visible.append(card);
    }
    return visible;
}

} // namespace hirekit
