#pragma once

// All checks of a posting in one run: gender-coded wording, readability, pay-transparency law,
// completeness and, given a spell checker, spelling; and their JSON shape (PRODUCT.md,
// `hirekit check --json`, which has no spelling). Positions of words and sentences are in
// the posting's prose; `prose` tells where in the posting's fields they were typed.

#include "analysis/Completeness.h"
#include "analysis/GenderCoding.h"
#include "analysis/PayTransparency.h"
#include "analysis/PostingProse.h"
#include "analysis/Readability.h"
#include "core/Posting.h"

#include <QDate>
#include <QJsonObject>

namespace hirekit {

struct PostingChecks
{
    GenderCoding genderCoding;
    Readability readability;
    QList<PayTransparencyFinding> payTransparency;
    QList<CompletenessFinding> completeness;
    QList<TextWord> misspelled; // empty when no spell checker was given
    bool spellingChecked = false;
    PostingProse prose;
};

class SpellChecker;

// `spelling` may be nullptr (no dictionary): then nothing is spelled.
PostingChecks runPostingChecks(const Posting &posting, const QDate &today = QDate::currentDate(),
                               const SpellChecker *spelling = nullptr);

// Plain text or Markdown from a file: the title is its first heading (or first line), the
// rest its description; there are no locations, so no pay-transparency rule can apply.
PostingChecks runTextChecks(const QString &text, const QDate &today = QDate::currentDate());

QJsonObject checksToJson(const PostingChecks &checks);

} // namespace hirekit
