#pragma once

// Is a posting complete enough for job boards and for a schema.org JobPosting (the fields
// Google's job-posting guidance asks for)? One finding per field, each saying what is missing.

#include "core/Posting.h"

#include <QDate>
#include <QList>
#include <QString>

namespace hirekit {

struct CompletenessFinding
{
    QString field; // title, description, date_posted, hiring_organization, location,
                   // valid_through, employment_type, salary
    QString property; // the schema.org JobPosting property it feeds
    bool ok = false;
    QString message;
};

struct CompletenessInput
{
    // Plain text or Markdown has no employment type or date of its own; a posting always has.
    bool structured = true;
};

// `today` decides whether the valid-through date has passed.
QList<CompletenessFinding> checkCompleteness(const Posting &posting, const QDate &today,
                                             CompletenessInput input = {});

} // namespace hirekit
