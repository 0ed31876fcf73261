#pragma once

#include "core/Interview.h"
#include "core/Question.h"

#include <QHash>
#include <QString>

#include <optional>

namespace hirekit {

// What live mode shows, as rich text for its labels: kept apart from LiveInterviewWidget
// (which handles keys, clocks and saving) so the look can change without touching the
// behaviour. Everything a person typed is HTML-escaped here.
namespace liveText {

enum class Keys
{
    Rating, // reading the question, keys rate and move
    Notes, // typing notes or takeaways
    WrapUp, // the recommendation page
};

// The calm look of live mode: an off-white page, large dark type, amber only for warnings.
QString styleSheet();
// "text" on a pale background, for a rating or recommendation.
QString chip(const QString &text, const QColor &background);
// One rubric row: the rating's digit (the key to press) and its anchor, hanging indented.
QString rubricRow(int rating, const QString &anchor);
QString ratingState(const ScorecardAnswer &answer);
QString recommendationState(std::optional<Recommendation> recommendation);
QString followUps(const QStringList &prompts);
// A numbered mark per question (coloured by its rating, struck through when not asked)
// and one for the wrap-up; the current one stands out.
QString progress(const Scorecard &scorecard, int position);
// The wrap-up's table: each question's topic and rating.
QString summary(const Scorecard &scorecard, const QHash<qint64, InterviewQuestion> &questions);
QString keys(Keys mode);

} // namespace liveText

} // namespace hirekit
