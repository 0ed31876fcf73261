#pragma once

// The prose a reader sees in a posting, and where each of its characters was typed.
//
// The wording checks (gender coding, readability, spelling) read Markdown as prose: markers,
// links and emphasis dropped, headings and list items ending as sentences. Their findings
// carry positions in that prose; the editor needs them in the field the person typed (the
// title, a section's body, ...). So the prose is built with an origin for every character:
// the field it came from and its offset there, or none for what the conversion added (the
// full stop after a heading, the space joining two lines of a paragraph).

#include "core/Posting.h"

#include <QList>
#include <QString>

namespace hirekit {

// The fields of a posting whose text the wording checks read.
enum class TextSource
{
    None,
    Title,
    CompanyDescription,
    SectionHeading,
    SectionBody,
    BenefitsSummary,
    HowToApply,
};

// A range of text inside one field of a posting.
struct TextPlace
{
    TextSource source = TextSource::None;
    int section = -1; // for SectionHeading and SectionBody
    qsizetype position = 0;
    qsizetype length = 0;

    bool isValid() const { return source != TextSource::None; }
    bool operator==(const TextPlace &other) const = default;
};

// Text with, for each character, the offset it came from in the source (-1: added).
struct TrackedText
{
    QString text;
    QList<qsizetype> origins;

    void append(QChar c, qsizetype origin = -1);
    void append(const TrackedText &other);
    // `source` with origins start, start + 1, ...
    void appendSource(QStringView source, qsizetype start);
    TrackedText mid(qsizetype position, qsizetype length = -1) const;
};

// Markdown as the prose a reader sees, keeping origins (see markdownToProse).
TrackedText trackedMarkdownToProse(const TrackedText &markdown);

// The prose of a posting and the fields its characters came from.
class PostingProse
{
public:
    PostingProse() = default;
    explicit PostingProse(const Posting &posting);

    const QString &text() const { return m_prose.text; }

    // Where a range of the prose was typed: the first field it touches, from the first to
    // the last typed character of the range inside that field. Invalid when the range holds
    // only added characters.
    TextPlace place(qsizetype position, qsizetype length) const;
    // Every field the range touches, one place each, in prose order (a sentence may run from
    // the company description into a section's heading).
    QList<TextPlace> places(qsizetype position, qsizetype length) const;

private:
    struct Segment
    {
        TextSource source;
        int section;
        qsizetype start; // in the concatenated sources
        qsizetype length;
    };
    TextPlace placeOfOrigin(qsizetype origin) const;

    TrackedText m_prose;
    QList<Segment> m_segments;
};

// Markdown as the prose a reader sees: markers, links and emphasis dropped; headings and list
// items end as sentences, so a bullet list does not read as one endless sentence.
QString markdownToProse(const QString &markdown);

// One line's inline Markdown (images, links, emphasis, code marks) as plain text, trimmed.
QString stripInlineMarkdown(const QString &line);

// The prose of a posting that the wording checks read: title, company description,
// sections, benefits and how to apply, in that order.
QString postingProse(const Posting &posting);

} // namespace hirekit
