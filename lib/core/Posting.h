#pragma once

#include "core/Enums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace hirekit {

struct PostingLocation
{
    QString city;
    QString region;
    QString country;
    Workplace workplace = Workplace::Onsite;

    // "Austin, TX, US (Hybrid)", or "Remote" alone for a remote place with no city.
    QString displayText() const;
    bool operator==(const PostingLocation &) const = default;
};

struct PostingSection
{
    QString heading;
    QString body; // Markdown
    bool operator==(const PostingSection &) const = default;
};

// A stated pay range. Either end may be missing ("not stated").
struct PayRange
{
    std::optional<double> min;
    std::optional<double> max;
    QString currency = QStringLiteral("USD");
    PayPeriod period = PayPeriod::Year;
    bool operator==(const PayRange &) const = default;
};

// A job posting or a posting template, with its structured header and ordered sections.
struct Posting
{
    qint64 id = 0;
    bool isTemplate = false;
    bool isBuiltin = false;
    QString title;
    std::optional<Level> level;
    QString department;
    EmploymentType employmentType = EmploymentType::FullTime;
    PostingStatus status = PostingStatus::Draft;
    QString companyName;
    QString companyDescription;
    QString howToApply;
    QString benefitsSummary;
    PayRange salary;
    QDate validThrough;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Keys of the hiring guide's context variation and industry applied, empty for none.
    QString contextVariation;
    QString industry;
    QList<PostingLocation> locations;
    QList<PostingSection> sections;
};

// Why a revision of a posting was kept.
enum class RevisionReason
{
    Version,
    Export,
    Restore
};

// A kept state of a posting: what it was, when and why, and what changed since the last one.
struct PostingRevision
{
    qint64 id = 0;
    qint64 postingId = 0;
    QDateTime createdAt;
    RevisionReason reason = RevisionReason::Version;
    QString note;
    QString summary;
};

// What the postings list shows: text to search for (titles and all text) and a status.
struct PostingQuery
{
    QString text;
    std::optional<PostingStatus> status;
    // At most this many postings, the most recently changed; 0 lists them all.
    int limit = 0;
    // Skipping the first this many in that order (a list read in parts).
    int offset = 0;
};

// One line of the postings list: what the list shows, without the sections.
struct PostingSummary
{
    qint64 id = 0;
    QString title;
    std::optional<Level> level;
    PostingStatus status = PostingStatus::Draft;
    QList<PostingLocation> locations;
    QDateTime updatedAt;
};

} // namespace hirekit
