#pragma once

#include "core/Question.h"

#include <QJsonObject>

namespace hirekit {

// The question's JSON shape (PRODUCT.md).
QJsonObject questionToJson(const InterviewQuestion &question);

} // namespace hirekit
