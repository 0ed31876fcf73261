#pragma once

#include "core/Posting.h"
#include "core/Result.h"

#include <QJsonObject>

namespace hirekit {

// The posting's JSON shape (PRODUCT.md): id, title, level, locations, salary, sections,
// plus the other header fields under self-explaining keys.
QJsonObject postingToJson(const Posting &posting);
QJsonObject postingSummaryToJson(const PostingSummary &summary);

// Reads a posting from JSON. `id` and unknown keys are ignored; missing keys take their
// defaults. A key of the wrong type or with an unknown value is an error naming the key.
Result<Posting> postingFromJson(const QJsonObject &object);

} // namespace hirekit
