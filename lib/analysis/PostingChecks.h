#pragma once

// All checks of a posting in one run: gender-coded wording, readability, pay-transparency law
// and completeness; and their JSON shape (PRODUCT.md, `hirekit check --json`).

#include "analysis/Completeness.h"
#include "analysis/GenderCoding.h"
#include "analysis/PayTransparency.h"
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
};

// Markdown as the prose a reader sees: markers, links and emphasis dropped; headings and list
// items end as sentences, so a bullet list does not read as one endless sentence.
QString markdownToProse(const QString &markdown);

// The prose of a posting that the wording checks read: title, sections, benefits, company.
QString postingProse(const Posting &posting);

PostingChecks runPostingChecks(const Posting &posting, const QDate &today = QDate::currentDate());

// Plain text or Markdown from a file: the title is its first heading (or first line), the
// rest its description; there are no locations, so no pay-transparency rule can apply.
PostingChecks runTextChecks(const QString &text, const QDate &today = QDate::currentDate());

QJsonObject checksToJson(const PostingChecks &checks);

} // namespace hirekit
