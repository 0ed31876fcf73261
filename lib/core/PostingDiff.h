#pragma once

#include "core/Posting.h"

#include <QString>

namespace hirekit {

// A short, readable summary of what changed between two states of a posting, for the
// revision history: "Title, salary changed; 2 sections edited, 1 added". Empty when the
// two are the same in everything a reader sees.
QString summarizeChanges(const Posting &before, const Posting &after);

} // namespace hirekit
