#pragma once

#include "core/Interview.h"

#include <QColor>
#include <QString>

#include <optional>

namespace hirekit {

// The words and colours every Interviews view uses for ratings and scorecards, so the
// question list, the scorecard, live mode and the debrief say "Yes (3)" the same way.
namespace interviewText {

// "Strong Yes (4)", "Not asked", or "" for a question not rated yet.
QString answerRating(const ScorecardAnswer &answer);
// "Strong Yes (4)" for 1..4; "" for anything else.
QString rating(std::optional<int> value);
// A quiet background for a rating 1..4 (red to green, pale so black text stays readable);
// invalid for anything else.
QColor ratingColor(std::optional<int> value);
// A strong colour for a rating 1..4 (for small marks such as progress dots); grey otherwise.
QColor ratingAccentColor(std::optional<int> value);
// The amber used for gentle warnings (over time, disagreement).
QColor warningColor();
// "3 of 5 rated" counting "not asked" as done.
QString progress(const Scorecard &scorecard);
QString progress(const ScorecardSummary &scorecard);
// "12:05" for seconds, "1:02:05" past an hour.
QString clock(int seconds);

} // namespace interviewText

} // namespace hirekit
