#pragma once

#include "core/Enums.h"

#include <QString>

namespace hirekit {

// An interview question from the question bank, with what an answer should show.
struct InterviewQuestion
{
    qint64 id = 0;
    QuestionCategory category = QuestionCategory::Technical;
    QString topic;
    QString text;
    QString evaluate;
    bool isBuiltin = false;
};

} // namespace hirekit
