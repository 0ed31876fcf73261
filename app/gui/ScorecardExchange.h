#pragma once

#include "analysis/Debrief.h"
#include "core/Interview.h"
#include "render/ScorecardRenderer.h"

#include <QString>

#include <optional>

class QWidget;

namespace hirekit {

class Library;

// Scorecards out of and into the library from the GUI: PDF of a scorecard or a debrief
// (the renderer the command line uses), a scorecard as JSON, and importing a colleague's
// JSON file. Files are chosen through FileDialogs; outcomes and errors are said through
// MessageBoxes. Each function returns whether something was written or merged.
namespace scorecardExchange {

// The questions and the posting title a scorecard refers to.
ScorecardContext context(const Library &library, std::optional<qint64> postingId);

bool exportScorecardPdf(QWidget *parent, const Library &library, const Scorecard &scorecard);
bool exportScorecardJson(QWidget *parent, const Library &library, const Scorecard &scorecard);
bool exportDebriefPdf(QWidget *parent, const Library &library, const QString &candidate,
                      std::optional<qint64> postingId, const Debrief &debrief);
// Asks for a file and merges it; the outcome, in words, is shown and returned.
std::optional<MergeOutcome> importScorecardJson(QWidget *parent, Library &library);

// "New: the scorecard was added." and so on, for people.
QString describe(MergeOutcome outcome);

} // namespace scorecardExchange

} // namespace hirekit
