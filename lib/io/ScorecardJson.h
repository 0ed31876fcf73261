#pragma once

#include "core/Interview.h"
#include "core/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>

namespace hirekit {

// The scorecard's JSON shape (PRODUCT.md): id, uuid, posting_id, candidate, interviewer,
// status, answers [{question_id, rating, note}], recommendation; plus not_asked and the
// question's text in each answer (so another library can match its questions), red flags,
// key takeaways and timestamps. `questionTexts` maps question ids to their text.
QJsonObject scorecardToJson(const Scorecard &scorecard,
                            const QHash<qint64, QString> &questionTexts = {});

// Reads a scorecard file from another library and merges it into this one: the candidate is
// found (or added) by name for the posting, questions by id and text (else by text), red
// flags by name (unknown ones are added as custom flags). Then ScorecardRepository::merge
// decides: new, newer, same, or kept because the local one is newer. All in one transaction.
Result<MergeOutcome> importScorecardJson(QSqlDatabase db, const QJsonObject &object);

} // namespace hirekit
