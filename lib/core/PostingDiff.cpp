#include "core/PostingDiff.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace hirekit {

namespace {

// The translation context of this file's messages.
struct PostingDiffText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::PostingDiff)
};

} // namespace

QString summarizeChanges(const Posting &before, const Posting &after)
{
    QStringList fields;
    const auto compare = [&fields](bool changed, const QString &name) {
        if (changed)
            fields.append(name);
    };
    compare(before.title != after.title, PostingDiffText::tr("title"));
    compare(before.level != after.level, PostingDiffText::tr("level"));
    compare(before.status != after.status, PostingDiffText::tr("status"));
    compare(before.department != after.department || before.employmentType != after.employmentType,
            PostingDiffText::tr("job details"));
    compare(before.companyName != after.companyName
                || before.companyDescription != after.companyDescription,
            PostingDiffText::tr("company"));
    compare(before.locations != after.locations, PostingDiffText::tr("locations"));
    compare(!(before.salary == after.salary), PostingDiffText::tr("salary"));
    compare(before.benefitsSummary != after.benefitsSummary, PostingDiffText::tr("benefits"));
    compare(before.validThrough != after.validThrough, PostingDiffText::tr("valid-through date"));
    compare(before.howToApply != after.howToApply, PostingDiffText::tr("how to apply"));

    // Sections are matched by heading; a heading that appears in only one of the two is an
    // added or removed section, one in both with another body is an edited one.
    QHash<QString, QString> oldBodies;
    for (const PostingSection &section : before.sections)
        oldBodies.insert(section.heading, section.body);
    QSet<QString> newHeadings;
    int added = 0;
    int edited = 0;
    for (const PostingSection &section : after.sections) {
        newHeadings.insert(section.heading);
        const auto it = oldBodies.constFind(section.heading);
        if (it == oldBodies.cend())
            ++added;
        else if (*it != section.body)
            ++edited;
    }
    int removed = 0;
    for (const PostingSection &section : before.sections)
        removed += newHeadings.contains(section.heading) ? 0 : 1;
    QStringList headingsBefore;
    for (const PostingSection &section : before.sections)
        headingsBefore.append(section.heading);
    QStringList headingsAfter;
    for (const PostingSection &section : after.sections)
        headingsAfter.append(section.heading);
    const bool reordered = added == 0 && removed == 0 && headingsBefore != headingsAfter;

    QStringList parts;
    if (!fields.isEmpty()) {
        QString text = fields.join(QStringLiteral(", "));
        text[0] = text[0].toUpper();
        parts.append(PostingDiffText::tr("%1 changed").arg(text));
    }
    // Singular and plural spelled out: an English build has no plural translation for %n.
    if (edited > 0) {
        parts.append(edited == 1 ? PostingDiffText::tr("1 section edited")
                                 : PostingDiffText::tr("%1 sections edited").arg(edited));
    }
    if (added > 0) {
        parts.append(added == 1 ? PostingDiffText::tr("1 section added")
                                : PostingDiffText::tr("%1 sections added").arg(added));
    }
    if (removed > 0) {
        parts.append(removed == 1 ? PostingDiffText::tr("1 section removed")
                                  : PostingDiffText::tr("%1 sections removed").arg(removed));
    }
    if (reordered)
        parts.append(PostingDiffText::tr("sections reordered"));
    return parts.join(QStringLiteral("; "));
}

} // namespace hirekit
