#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

namespace hirekit {

// Loads the hiring guide's content (":/seed/*.json", transcribed from the Backend
// Developer guide) into a freshly migrated library: the posting template and an example
// posting, context variations, industries, the salary dataset, compensation factors,
// the question bank, sourcing strategies and red flags. The caller holds the transaction.
Status seedBuiltinContent(QSqlDatabase db);

} // namespace hirekit
