#pragma once

#include "analysis/Debrief.h"
#include "core/Interview.h"
#include "core/Question.h"
#include "render/PostingRenderer.h"

#include <QHash>

class QTextDocument;

namespace hirekit {

// What a scorecard refers to by id, for writing it out for people.
struct ScorecardContext
{
    QHash<qint64, InterviewQuestion> questions;
    QString postingTitle;
};

// A scorecard for reading and printing: candidate, interviewer, status and recommendation;
// each question with its rating label and the interviewer's notes; red flags raised; key
// takeaways. Everything typed is inserted as text, never markup. Same typography as postings.
void renderScorecard(QTextDocument &document, const Scorecard &scorecard,
                     const ScorecardContext &context, const RenderOptions &options = {});

// The debrief: the submitted scorecards side by side (a question per row, an interviewer per
// column, the average and spread, disagreements marked), red flags and the recommendation
// tally.
void renderDebrief(QTextDocument &document, const QString &candidate, const Debrief &debrief,
                   const ScorecardContext &context, const RenderOptions &options = {});

} // namespace hirekit
