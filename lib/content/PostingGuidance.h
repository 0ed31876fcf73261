#pragma once

#include "core/HiringGuide.h"
#include "core/Posting.h"

#include <QList>
#include <QString>

namespace hirekit {

// Text that applying a context variation or an industry adds to one section of a posting.
struct SectionAddition
{
    QString section; // heading of the section it goes into
    QString text; // Markdown, appended as its own paragraph or group
};

// The built-in wording a context variation adds (":/seed/context-variations.json"),
// written from the hiring guide's advice for that context. Empty for an unknown key.
QList<SectionAddition> contextVariationAdditions(const QString &key);

// What an industry adds: its key requirements as a group under Requirements, its unique
// aspects as a paragraph in About the Role.
QList<SectionAddition> industryAdditions(const IndustryConsideration &industry);

// `posting` with the emphasis of the context variation `key` (empty: none). Text added by
// any other variation is taken out first, so applying another replaces it; text the user
// has since edited is theirs and stays.
Posting withContextVariation(const Posting &posting, const QString &key,
                             const QList<ContextVariation> &variations);

// The same for an industry consideration.
Posting withIndustry(const Posting &posting, const QString &key,
                     const QList<IndustryConsideration> &industries);

} // namespace hirekit
