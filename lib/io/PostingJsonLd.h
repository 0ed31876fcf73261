#pragma once

// A posting as schema.org JSON-LD (a JobPosting) for job search engines, following Google's
// job-posting structured-data guidance.

#include "core/Posting.h"
#include "render/PostingRenderer.h"

#include <QByteArray>
#include <QJsonObject>

namespace hirekit {

// The JobPosting: title, description (the posting as plain text, as the text export writes
// it), datePosted (the creation date), validThrough, employmentType (FULL_TIME, PART_TIME,
// CONTRACTOR, TEMPORARY, INTERN), hiringOrganization, jobLocation (a Place per on-site or hybrid
// location, an array when several), jobLocationType TELECOMMUTE with
// applicantLocationRequirements (a State per remote region, else a Country) for remote
// locations, and baseSalary as a MonetaryAmount when a pay range is stated. Fields left empty
// are left out.
QJsonObject postingToJsonLd(const Posting &posting, const RenderOptions &options = {});

// The JSON-LD as the text of an HTML <script type="application/ld+json"> element: compact, with
// "</" written "<\/" and "<!--" written "<\u0021--", so no typed text can end the script.
QByteArray jsonLdForScript(const QJsonObject &jsonLd);

} // namespace hirekit
