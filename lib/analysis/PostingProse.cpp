#include "analysis/PostingProse.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

// `text` with each match of the ^-anchored `pattern` at its start removed.
TrackedText withoutPrefix(const TrackedText &text, const QRegularExpression &pattern)
{
    const QRegularExpressionMatch match = pattern.match(text.text);
    if (!match.hasMatch() || match.capturedStart() != 0)
        return text;
    return text.mid(match.capturedEnd());
}

// Every match of `pattern` replaced by its first group, or removed when it has none.
TrackedText replaced(const TrackedText &text, const QRegularExpression &pattern)
{
    TrackedText result;
    qsizetype copied = 0;
    auto it = pattern.globalMatch(text.text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result.append(text.mid(copied, match.capturedStart() - copied));
        if (pattern.captureCount() > 0 && match.capturedStart(1) >= 0)
            result.append(text.mid(match.capturedStart(1), match.capturedLength(1)));
        copied = match.capturedEnd();
    }
    result.append(text.mid(copied));
    return result;
}

TrackedText trimmed(const TrackedText &text)
{
    qsizetype start = 0;
    qsizetype end = text.text.size();
    while (start < end && text.text.at(start).isSpace())
        ++start;
    while (end > start && text.text.at(end - 1).isSpace())
        --end;
    return text.mid(start, end - start);
}

TrackedText stripInline(const TrackedText &line)
{
    static const QRegularExpression image(u"!\\[([^\\]]*)\\]\\([^)]*\\)"_s);
    static const QRegularExpression link(u"\\[([^\\]]*)\\]\\([^)]*\\)"_s);
    static const QRegularExpression emphasis(u"(?:\\*\\*|__|\\*|`)"_s);
    return trimmed(replaced(replaced(replaced(line, image), link), emphasis));
}

bool endsSentence(const QString &line)
{
    return line.endsWith(u'.') || line.endsWith(u'!') || line.endsWith(u'?') || line.endsWith(u':')
        || line.endsWith(u';');
}

TrackedText added(QStringView text)
{
    TrackedText result;
    for (const QChar c : text)
        result.append(c);
    return result;
}

} // namespace

void TrackedText::append(QChar c, qsizetype origin)
{
    text.append(c);
    origins.append(origin);
}

void TrackedText::append(const TrackedText &other)
{
    text.append(other.text);
    origins.append(other.origins);
}

void TrackedText::appendSource(QStringView source, qsizetype start)
{
    text.append(source);
    origins.reserve(origins.size() + source.size());
    for (qsizetype i = 0; i < source.size(); ++i)
        origins.append(start + i);
}

TrackedText TrackedText::mid(qsizetype position, qsizetype length) const
{
    return { text.mid(position, length), origins.mid(position, length) };
}

TrackedText trackedMarkdownToProse(const TrackedText &markdown)
{
    static const QRegularExpression heading(u"^\\s{0,3}#{1,6}\\s+"_s);
    static const QRegularExpression bullet(u"^\\s*([-*+]|\\d+[.)])\\s+"_s);
    static const QRegularExpression quote(u"^\\s*>\\s?"_s);
    QList<TrackedText> paragraphs;
    TrackedText paragraph;
    const auto flush = [&] {
        if (!paragraph.text.isEmpty())
            paragraphs.append(paragraph);
        paragraph = {};
    };
    qsizetype lineStart = 0;
    while (lineStart <= markdown.text.size()) {
        qsizetype lineEnd = markdown.text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = markdown.text.size();
        TrackedText line = withoutPrefix(markdown.mid(lineStart, lineEnd - lineStart), quote);
        lineStart = lineEnd + 1;
        if (line.text.trimmed().isEmpty()) {
            flush();
            continue;
        }
        const bool isHeading = heading.match(line.text).hasMatch();
        const bool isItem = bullet.match(line.text).hasMatch();
        if (isHeading || isItem) {
            flush();
            TrackedText text = stripInline(withoutPrefix(line, isHeading ? heading : bullet));
            if (!text.text.isEmpty() && !endsSentence(text.text))
                text.append(u'.');
            paragraphs.append(text);
            continue;
        }
        const TrackedText text = stripInline(line);
        if (!paragraph.text.isEmpty())
            paragraph.append(u' ');
        paragraph.append(text);
    }
    flush();
    TrackedText prose;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        if (i > 0)
            prose.append(u'\n');
        prose.append(paragraphs.at(i));
    }
    return prose;
}

QString markdownToProse(const QString &markdown)
{
    TrackedText tracked;
    tracked.appendSource(markdown, 0);
    return trackedMarkdownToProse(tracked).text;
}

PostingProse::PostingProse(const Posting &posting)
{
    TrackedText markdown;
    qsizetype total = 0;
    const auto add = [&](TextSource source, int section, const QString &text,
                         QStringView prefix = {}) {
        // The title's heading marker is there even for an empty title, as it always was.
        if (text.trimmed().isEmpty() && source != TextSource::Title)
            return;
        m_segments.append({ source, section, total, text.size() });
        markdown.append(added(prefix));
        markdown.appendSource(text, total);
        markdown.append(added(u"\n\n"));
        total += text.size();
    };
    add(TextSource::Title, -1, posting.title, u"# ");
    add(TextSource::CompanyDescription, -1, posting.companyDescription);
    for (int i = 0; i < posting.sections.size(); ++i) {
        const PostingSection &section = posting.sections.at(i);
        add(TextSource::SectionHeading, i, section.heading, u"## ");
        add(TextSource::SectionBody, i, section.body);
    }
    add(TextSource::BenefitsSummary, -1, posting.benefitsSummary);
    add(TextSource::HowToApply, -1, posting.howToApply);
    m_prose = trackedMarkdownToProse(markdown);
}

TextPlace PostingProse::placeOfOrigin(qsizetype origin) const
{
    // Segments are in order of their start: the last one starting at or before `origin`.
    auto it = std::upper_bound(m_segments.cbegin(), m_segments.cend(), origin,
                               [](qsizetype value, const Segment &s) { return value < s.start; });
    if (it == m_segments.cbegin())
        return {};
    const Segment &segment = *(it - 1);
    return { segment.source, segment.section, origin - segment.start, 1 };
}

QList<TextPlace> PostingProse::places(qsizetype position, qsizetype length) const
{
    QList<TextPlace> result;
    const qsizetype end = std::min(position + length, m_prose.text.size());
    for (qsizetype i = std::max<qsizetype>(0, position); i < end; ++i) {
        const qsizetype origin = m_prose.origins.at(i);
        if (origin < 0)
            continue;
        const TextPlace at = placeOfOrigin(origin);
        if (!at.isValid())
            continue;
        TextPlace *last = result.isEmpty() ? nullptr : &result.last();
        if (last && last->source == at.source && last->section == at.section)
            last->length = std::max(last->length, at.position + 1 - last->position);
        else
            result.append(at);
    }
    return result;
}

TextPlace PostingProse::place(qsizetype position, qsizetype length) const
{
    const QList<TextPlace> all = places(position, length);
    return all.isEmpty() ? TextPlace() : all.first();
}

QString stripInlineMarkdown(const QString &line)
{
    TrackedText tracked;
    tracked.appendSource(line, 0);
    return stripInline(tracked).text;
}

QString postingProse(const Posting &posting)
{
    return PostingProse(posting).text();
}

} // namespace hirekit
