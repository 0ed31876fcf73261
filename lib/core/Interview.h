#pragma once

#include "core/Enums.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace hirekit {

// How to run one question of the bank: what a 1, 2, 3 or 4 answer looks like, prompts to
// dig deeper, and the time it usually needs.
struct QuestionGuide
{
    qint64 questionId = 0;
    int suggestedMinutes = 5;
    std::array<QString, 4> rubric; // index 0 is the anchor for rating 1
    QStringList followUps;
};

// An ordered set of questions for a posting and an interview stage, with a time budget.
struct InterviewKit
{
    qint64 id = 0;
    std::optional<qint64> postingId;
    QString name;
    QString stage;
    int timeBudgetMinutes = 45;
    QList<qint64> questionIds;
    QDateTime createdAt;
};

// A person applying for a posting. Personal data: erasing a candidate removes them with
// every scorecard and note about them.
struct Candidate
{
    qint64 id = 0;
    std::optional<qint64> postingId;
    QString name;
    QString contact;
    QString stage;
    QString notes;
    QDateTime createdAt;
};

// The order of a list of candidates: by one of their fields, either way, those alike in it by
// name, then as added (by id), whichever the way. Names, stages and contacts ignore case.
struct CandidateOrder
{
    enum Key
    {
        Name,
        Stage,
        Contact,
        Added,
    };
    Key key = Name;
    bool descending = false;
    bool operator==(const CandidateOrder &) const = default;
};

struct ScorecardAnswer
{
    qint64 questionId = 0;
    std::optional<int> rating; // 1..4
    bool notAsked = false;
    QString note;
    int secondsSpent = 0;
    bool operator==(const ScorecardAnswer &) const = default;
};

struct ScorecardRedFlag
{
    qint64 redFlagId = 0;
    QString name;
    QString note;
    bool operator==(const ScorecardRedFlag &) const = default;
};

// One interviewer's scorecard for one candidate, following one kit.
struct Scorecard
{
    qint64 id = 0;
    QString uuid;
    std::optional<qint64> postingId;
    qint64 candidateId = 0;
    QString candidateName;
    QString interviewer;
    std::optional<qint64> kitId;
    ScorecardStatus status = ScorecardStatus::Draft;
    std::optional<Recommendation> recommendation;
    QString keyTakeaways;
    QList<ScorecardAnswer> answers; // in kit order
    QList<ScorecardRedFlag> redFlags; // the flags raised
    int livePosition = 0;
    int liveElapsedSeconds = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// One line of the scorecards list: who, which kit, where it stands; no answers or notes, so
// twenty thousand of them list in one quick query. Declared relocatable (end of this file): a
// member added must be one Qt may move in memory as it is too.
struct ScorecardSummary
{
    qint64 id = 0;
    qint64 candidateId = 0;
    QString candidateName;
    QString interviewer;
    std::optional<qint64> kitId;
    ScorecardStatus status = ScorecardStatus::Draft;
    std::optional<Recommendation> recommendation;
    QDateTime updatedAt;
    // The last change as the library holds it: where the next page of a list read a page at a
    // time starts (ScorecardRepository::summariesPage), whatever form another tool wrote.
    QString updatedAtText;
    int answered = 0; // rated or marked not asked
    int questions = 0;
};

// What happened to a scorecard: created, submitted, reopened (and by whom, and why).
struct ScorecardEvent
{
    QDateTime at;
    QString event;
    QString actor;
    QString note;
};

// Which scorecards to list.
struct ScorecardFilter
{
    std::optional<qint64> postingId;
    std::optional<qint64> candidateId;
    QString candidate; // part of the candidate's name
    QString text; // words in the notes or key takeaways (full-text, word prefixes)
};

// How merging a scorecard from another library went.
enum class MergeOutcome
{
    Created, // it was new here
    Updated, // it was here in an older version and was replaced
    Unchanged, // it was here already, the same
    KeptLocalNewer, // the version here is newer (or differs at the same time); nothing changed
};

} // namespace hirekit

// A list line is moved in memory as it is (all its members are): a QList of twenty thousand
// grows without constructing each line again.
Q_DECLARE_TYPEINFO(hirekit::ScorecardSummary, Q_RELOCATABLE_TYPE);
