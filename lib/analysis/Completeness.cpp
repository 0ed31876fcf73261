#include "analysis/Completeness.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

struct CompletenessText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::Completeness)
};

CompletenessFinding finding(const QString &field, const QString &property, bool ok,
                            const QString &message)
{
    return { field, property, ok, message };
}

} // namespace

QList<CompletenessFinding> checkCompleteness(const Posting &posting, const QDate &today,
                                             CompletenessInput input)
{
    QList<CompletenessFinding> findings;
    const bool hasTitle = !posting.title.trimmed().isEmpty();
    findings.append(finding(u"title"_s, u"title"_s, hasTitle,
                            hasTitle ? CompletenessText::tr("Title: %1").arg(posting.title)
                                     : CompletenessText::tr("The posting has no title.")));

    int filled = 0;
    for (const PostingSection &section : posting.sections) {
        if (!section.body.trimmed().isEmpty())
            ++filled;
    }
    findings.append(finding(
        u"description"_s, u"description"_s, filled > 0,
        filled > 0 ? (filled == 1
                          ? CompletenessText::tr("Description: 1 section with text.")
                          : CompletenessText::tr("Description: %1 sections with text.").arg(filled))
                   : CompletenessText::tr("The description is empty: no section has text.")));

    // A posting is dated by when it was created; text from a file has no date of its own.
    const bool hasDate = input.structured && posting.createdAt.isValid();
    findings.append(finding(
        u"date_posted"_s, u"datePosted"_s, hasDate,
        hasDate
            ? CompletenessText::tr("Date posted: %1 (status %2).")
                  .arg(posting.createdAt.date().toString(Qt::ISODate), displayName(posting.status))
            : CompletenessText::tr("No date posted: job boards need one.")));

    const bool hasCompany = !posting.companyName.trimmed().isEmpty();
    findings.append(finding(
        u"hiring_organization"_s, u"hiringOrganization"_s, hasCompany,
        hasCompany ? CompletenessText::tr("Hiring organisation: %1.").arg(posting.companyName)
                   : CompletenessText::tr("No company name: hiringOrganization is required.")));

    QStringList problems;
    for (const PostingLocation &location : posting.locations) {
        if (location.workplace == Workplace::Remote) {
            if (location.country.trimmed().isEmpty())
                problems.append(CompletenessText::tr(
                    "a remote location names no country, so applicants do not know where they "
                    "may live (applicantLocationRequirements)"));
        } else if (location.city.trimmed().isEmpty() || location.country.trimmed().isEmpty()) {
            problems.append(CompletenessText::tr("\"%1\" needs a city and a country")
                                .arg(location.displayText()));
        }
    }
    const bool hasLocation = !posting.locations.isEmpty() && problems.isEmpty();
    findings.append(finding(
        u"location"_s, u"jobLocation"_s, hasLocation,
        posting.locations.isEmpty()
            ? CompletenessText::tr("No location: give a place of work, or remote with the "
                                   "countries applicants may live in.")
            : hasLocation ? CompletenessText::tr("Location stated for every place.")
                          : CompletenessText::tr("Location: %1.").arg(problems.join(u"; "_s))));

    const bool hasValid = posting.validThrough.isValid();
    const bool expired = hasValid && today.isValid() && posting.validThrough < today;
    findings.append(finding(
        u"valid_through"_s, u"validThrough"_s, hasValid && !expired,
        !hasValid     ? CompletenessText::tr("No valid-through date: say when the posting expires.")
            : expired ? CompletenessText::tr("The valid-through date %1 has passed.")
                            .arg(posting.validThrough.toString(Qt::ISODate))
                      : CompletenessText::tr("Valid through %1.")
                            .arg(posting.validThrough.toString(Qt::ISODate))));

    findings.append(finding(
        u"employment_type"_s, u"employmentType"_s, input.structured,
        input.structured
            ? CompletenessText::tr("Employment type: %1.").arg(displayName(posting.employmentType))
            : CompletenessText::tr("No employment type (full-time, part-time, contract...).")));

    const PayRange &pay = posting.salary;
    const bool hasSalary = (pay.min || pay.max) && !pay.currency.trimmed().isEmpty();
    findings.append(finding(
        u"salary"_s, u"baseSalary"_s, hasSalary,
        hasSalary ? CompletenessText::tr("Salary stated (%1 per %2).")
                        .arg(pay.currency, displayName(pay.period))
                  : CompletenessText::tr("No salary: job boards rank postings with pay higher, "
                                         "and several laws require it.")));
    return findings;
}

} // namespace hirekit
