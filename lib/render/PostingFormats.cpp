#include "render/PostingFormats.h"

#include "render/DocumentBlocks.h"

#include <QTextDocument>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

QList<DocumentBlock> renderedBlocks(const Posting &posting, const RenderOptions &options)
{
    QTextDocument document;
    renderPosting(document, posting, options);
    return readBlocks(document);
}

int longestRun(const QString &text, QChar c)
{
    int longest = 0;
    int current = 0;
    for (const QChar each : text) {
        current = each == c ? current + 1 : 0;
        longest = std::max(longest, current);
    }
    return longest;
}

// Splits "  text " into leading blanks, the text, trailing blanks: Markdown delimiters must
// hug the text they mark.
struct Trimmed
{
    QString leading;
    QString core;
    QString trailing;
};

Trimmed splitBlanks(const QString &text)
{
    qsizetype begin = 0;
    while (begin < text.size() && text.at(begin).isSpace())
        ++begin;
    qsizetype end = text.size();
    while (end > begin && text.at(end - 1).isSpace())
        --end;
    return { text.left(begin), text.mid(begin, end - begin), text.mid(end) };
}

// ---------------------------------------------------------------------------------------
// Markdown

class MarkdownWriter
{
public:
    QString write(const QList<DocumentBlock> &blocks)
    {
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            const DocumentBlock &block = blocks.at(i);
            const DocumentBlock *previous = i > 0 ? &blocks.at(i - 1) : nullptr;
            switch (block.kind) {
            case DocumentBlock::Kind::Heading:
                add(QString(std::clamp(block.headingLevel, 1, 6), u'#') + u' '
                        + inlineText(block.spans, true),
                    block, previous);
                break;
            case DocumentBlock::Kind::Paragraph:
                add(indented(inlineText(block.spans, false), listIndent(block.depth)), block,
                    previous);
                break;
            case DocumentBlock::Kind::ListItem:
                listItem(block, previous);
                break;
            case DocumentBlock::Kind::Code: {
                qsizetype end = i;
                QStringList lines;
                while (end < blocks.size() && blocks.at(end).kind == DocumentBlock::Kind::Code) {
                    lines.append(blocks.at(end).plainText());
                    ++end;
                }
                const QString code = lines.join(u'\n');
                const QString fence(std::max(3, longestRun(code, u'`') + 1), u'`');
                add(fence + block.codeLanguage + u'\n' + code + u'\n' + fence, block, previous);
                i = end - 1;
                break;
            }
            case DocumentBlock::Kind::Rule:
                add(u"---"_s, block, previous);
                break;
            case DocumentBlock::Kind::Table:
                add(table(block), block, previous);
                break;
            }
        }
        return m_out + u'\n';
    }

    // Text escaped so that no character reads as Markdown or HTML.
    static QString escape(const QString &text, bool &atLineStart)
    {
        static const QString always = u"\\`*_[]<>|~"_s;
        static const QString lineStart = u"#+-="_s;
        QString out;
        out.reserve(text.size() + 8);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == QChar::LineSeparator || c == u'\n') {
                // A hard line break.
                out += u"\\\n"_s;
                atLineStart = true;
                continue;
            }
            if (atLineStart) {
                if (c == u' ' || c == u'\t')
                    continue; // indentation could start a code block
                atLineStart = false;
                if (lineStart.contains(c)) {
                    out += u'\\';
                    out += c;
                    continue;
                }
                if (c.isDigit()) {
                    // "1. " or "1) " would start an ordered list.
                    qsizetype end = i;
                    while (end < text.size() && text.at(end).isDigit())
                        ++end;
                    out += text.mid(i, end - i);
                    if (end < text.size() && (text.at(end) == u'.' || text.at(end) == u')')) {
                        out += u'\\';
                        out += text.at(end);
                        ++end;
                    }
                    i = end - 1;
                    continue;
                }
            }
            // '&' only matters where it could start an entity ("&amp;", "&#65;").
            const bool entity = c == u'&' && i + 1 < text.size()
                && (text.at(i + 1).isLetterOrNumber() || text.at(i + 1) == u'#');
            if (always.contains(c) || entity)
                out += u'\\';
            out += c;
        }
        return out;
    }

private:
    QString inlineText(const QList<TextSpan> &spans, bool heading) const
    {
        QString out;
        bool atLineStart = true;
        for (const TextSpan &span : spans) {
            const Trimmed parts = splitBlanks(span.text);
            if (parts.core.isEmpty()) {
                out += escape(span.text, atLineStart);
                continue;
            }
            QString core;
            if (span.code) {
                QString code = parts.core;
                code.replace(QChar::LineSeparator, u' ');
                const QString ticks(longestRun(code, u'`') + 1, u'`');
                const bool pad = code.startsWith(u'`') || code.endsWith(u'`');
                core =
                    ticks + (pad ? u" "_s : QString()) + code + (pad ? u" "_s : QString()) + ticks;
                atLineStart = false;
            } else {
                core = escape(parts.core, atLineStart);
            }
            QString open;
            if (span.bold && !heading)
                open += u"**"_s;
            if (span.italic)
                open += u"*"_s;
            if (span.strike)
                open += u"~~"_s;
            QString close = open;
            std::reverse(close.begin(), close.end());
            core = open + core + close;
            if (!span.href.isEmpty()) {
                QString target = QString::fromUtf8(QUrl(span.href).toEncoded());
                target.replace(u'(', u"%28"_s).replace(u')', u"%29"_s);
                core = u'[' + core + u"]("_s + target + u')';
            }
            out += escape(parts.leading, atLineStart) + core + escape(parts.trailing, atLineStart);
        }
        // Trailing blanks would read as a hard line break.
        while (out.endsWith(u' '))
            out.chop(1);
        return out;
    }

    QString listIndent(int depth) const
    {
        int width = 0;
        for (int level = 0; level < depth && level < m_markerWidths.size(); ++level)
            width += m_markerWidths.at(level);
        return QString(width, u' ');
    }

    static QString indented(const QString &text, const QString &indent)
    {
        if (indent.isEmpty())
            return text;
        QString out = indent + text;
        out.replace(u"\n"_s, u"\n"_s + indent);
        return out;
    }

    void listItem(const DocumentBlock &block, const DocumentBlock *previous)
    {
        // A list right after another at the same depth: a blank line between them, and for
        // two bullet lists another bullet character, or Markdown would read one list.
        const bool newList = previous && previous->kind == DocumentBlock::Kind::ListItem
            && previous->depth == block.depth && previous->list != block.list;
        m_bullets.resize(block.depth, u'-');
        if (newList && !block.ordered && !previous->ordered)
            m_bullets[block.depth - 1] = m_bullets.at(block.depth - 1) == u'-' ? u'*' : u'-';
        QString marker = block.ordered ? u"%1. "_s.arg(block.number)
                                       : QString(m_bullets.at(block.depth - 1)) + u' ';
        m_markerWidths.resize(block.depth);
        const QString indent = listIndent(block.depth - 1);
        m_markerWidths[block.depth - 1] = int(marker.size());
        if (block.checked)
            marker += *block.checked ? u"[x] "_s : u"[ ] "_s;
        const QString continuation(indent.size() + m_markerWidths.at(block.depth - 1), u' ');
        QString text = inlineText(block.spans, false);
        text.replace(u"\n"_s, u"\n"_s + continuation);
        add(indent + marker + text, block, previous, newList);
    }

    QString table(const DocumentBlock &block) const
    {
        QStringList lines;
        for (qsizetype row = 0; row < block.rows.size(); ++row) {
            QStringList cells;
            for (const QList<TextSpan> &cell : block.rows.at(row)) {
                QString text = inlineText(cell, row == 0);
                text.replace(u"\\\n"_s, u" "_s);
                cells.append(text);
            }
            lines.append(u"| "_s + cells.join(u" | "_s) + u" |"_s);
            if (row == 0)
                lines.append(u"|"_s + QStringList(cells.size(), u" --- "_s).join(u'|') + u"|"_s);
        }
        return lines.join(u'\n');
    }

    void add(QString text, const DocumentBlock &block, const DocumentBlock *previous,
             bool loose = false)
    {
        if (block.quoteLevel > 0) {
            const QString prefix = QString(block.quoteLevel, u'>') + u' ';
            text = prefix + text;
            text.replace(u"\n"_s, u"\n"_s + prefix);
        }
        if (previous) {
            const bool tight = !loose && block.kind == DocumentBlock::Kind::ListItem
                && previous->kind == DocumentBlock::Kind::ListItem;
            if (tight)
                m_out += u'\n';
            else if (block.quoteLevel > 0 && previous->quoteLevel > 0)
                m_out +=
                    u'\n' + QString(std::min(block.quoteLevel, previous->quoteLevel), u'>') + u'\n';
            else
                m_out += u"\n\n"_s;
        }
        m_out += text;
    }

    QString m_out;
    QList<int> m_markerWidths; // width of the list marker at each open depth
    QList<QChar> m_bullets; // the bullet character at each depth
};

// ---------------------------------------------------------------------------------------
// Plain text

// Columns a terminal gives `text`: East Asian wide characters and emoji take two, combining
// marks none. Enough to underline a heading.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing
            || category == QChar::Other_Format)
            continue;
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF)
            || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
            || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
            || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
            || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

QString spansToText(const QList<TextSpan> &spans)
{
    QString text;
    for (const TextSpan &span : spans) {
        text += span.text;
        if (!span.href.isEmpty() && span.href != span.text.trimmed()
            && u"mailto:"_s + span.text.trimmed() != span.href)
            text += u" ("_s + span.href + u')';
    }
    text.replace(QChar::LineSeparator, u'\n');
    return text;
}

QString postingBlocksToText(const QList<DocumentBlock> &blocks)
{
    QString out;
    const auto isFactLike = [](const DocumentBlock &block) {
        return block.role == BlockRole::Fact || block.role == BlockRole::Company;
    };
    const DocumentBlock *previous = nullptr;
    for (const DocumentBlock &block : blocks) {
        QString text;
        switch (block.kind) {
        case DocumentBlock::Kind::Heading: {
            text = spansToText(block.spans);
            if (block.headingLevel <= 2) {
                const QChar underline = block.headingLevel == 1 ? u'=' : u'-';
                text += u'\n' + QString(std::max(3, displayWidth(text)), underline);
            }
            break;
        }
        case DocumentBlock::Kind::Paragraph:
            text = spansToText(block.spans);
            if (block.depth > 0) {
                const QString indent(2 * block.depth, u' ');
                text = indent + text;
                text.replace(u"\n"_s, u"\n"_s + indent);
            }
            break;
        case DocumentBlock::Kind::ListItem: {
            static const QStringList bullets { u"•"_s, u"◦"_s, u"▪"_s };
            QString marker = block.ordered ? u"%1."_s.arg(block.number)
                                           : bullets.at((block.depth - 1) % bullets.size());
            if (block.checked)
                marker += *block.checked ? u" [x]"_s : u" [ ]"_s;
            const QString indent(2 * (block.depth - 1), u' ');
            text = indent + marker + u' ' + spansToText(block.spans);
            text.replace(u"\n"_s, u"\n"_s + indent + QString(marker.size() + 1, u' '));
            break;
        }
        case DocumentBlock::Kind::Code:
            text = u"    "_s + block.plainText();
            break;
        case DocumentBlock::Kind::Rule:
            // The title block ends in a rule; the blank line after it says enough.
            if (block.role == BlockRole::Rule) {
                continue;
            }
            text = QString(24, u'-');
            break;
        case DocumentBlock::Kind::Table: {
            QStringList lines;
            for (qsizetype row = 0; row < block.rows.size(); ++row) {
                QStringList cells;
                for (const QList<TextSpan> &cell : block.rows.at(row))
                    cells.append(spansToText(cell).replace(u'\n', u' '));
                lines.append(cells.join(u" | "_s));
                if (row == 0)
                    lines.append(QString(displayWidth(lines.last()), u'-'));
            }
            text = lines.join(u'\n');
            break;
        }
        }
        if (block.quoteLevel > 0) {
            const QString prefix = QString(block.quoteLevel, u'>') + u' ';
            text = prefix + text;
            text.replace(u"\n"_s, u"\n"_s + prefix);
        }
        if (previous) {
            const bool tight = (block.kind == DocumentBlock::Kind::ListItem
                                && previous->kind == DocumentBlock::Kind::ListItem
                                && (previous->list == block.list || previous->depth != block.depth))
                || (block.kind == DocumentBlock::Kind::Code
                    && previous->kind == DocumentBlock::Kind::Code)
                || (block.role == BlockRole::Fact && isFactLike(*previous));
            out += tight ? u"\n"_s : u"\n\n"_s;
        }
        out += text;
        previous = &block;
    }
    return out + u'\n';
}

// ---------------------------------------------------------------------------------------
// HTML

QString htmlEscaped(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QChar::LineSeparator, u"<br>"_s);
    return out;
}

QString htmlInline(const QList<TextSpan> &spans, bool heading)
{
    QString out;
    for (const TextSpan &span : spans) {
        QString text = htmlEscaped(span.text);
        if (span.code)
            text = u"<code>"_s + text + u"</code>"_s;
        if (span.strike)
            text = u"<s>"_s + text + u"</s>"_s;
        if (span.italic)
            text = u"<em>"_s + text + u"</em>"_s;
        if (span.bold && !heading)
            text = u"<strong>"_s + text + u"</strong>"_s;
        const QString scheme = QUrl(span.href).scheme().toLower();
        if (scheme == u"http"_s || scheme == u"https"_s || scheme == u"mailto"_s)
            text = u"<a href=\""_s + span.href.toHtmlEscaped() + u"\">"_s + text + u"</a>"_s;
        out += text;
    }
    return out;
}

const char16_t *const HtmlStyle = uR"(
:root { color-scheme: light; }
body { margin: 0; background: #fff; color: #1f2328;
  font: 16px/1.55 "Noto Sans", "DejaVu Sans", system-ui, -apple-system, "Segoe UI", Roboto,
    "Helvetica Neue", Arial, "Noto Sans CJK SC", "Noto Sans Arabic", sans-serif; }
article { max-width: 46rem; margin: 0 auto; padding: 2.5rem 1.5rem 4rem; }
header { border-bottom: 1px solid #c8cdd3; padding-bottom: 1rem; margin-bottom: 1.5rem; }
h1 { font-size: 2.1rem; line-height: 1.15; margin: 0 0 .3rem; }
.company { font-size: 1.3rem; font-weight: 700; color: #1f4e79; margin: 0 0 .8rem; }
.fact { margin: .15rem 0; }
.fact strong { color: #4b5563; }
h2 { font-size: 1.4rem; color: #1f4e79; margin: 2rem 0 .5rem; }
h3 { font-size: 1.12rem; margin: 1.4rem 0 .4rem; }
h4, h5, h6 { font-size: 1rem; margin: 1.1rem 0 .3rem; }
h5, h6 { font-style: italic; }
p { margin: 0 0 .8rem; }
ul, ol { margin: 0 0 .8rem; padding-inline-start: 1.6rem; }
li { margin: .2rem 0; }
li > p { margin: .2rem 0; }
code { font-family: "DejaVu Sans Mono", "Noto Sans Mono", ui-monospace, monospace;
  font-size: .9em; background: #f3f4f6; padding: .1em .3em; border-radius: 3px; }
pre { background: #f3f4f6; padding: .75rem 1rem; overflow-x: auto; border-radius: 4px; }
pre code { background: none; padding: 0; }
blockquote { margin: 0 0 .8rem; padding: 0 1rem; border-inline-start: 3px solid #c8cdd3;
  color: #4b5563; }
table { border-collapse: collapse; margin: 0 0 1rem; }
th, td { border: 1px solid #c8cdd3; padding: .3rem .6rem; text-align: start; vertical-align: top; }
a { color: #0b5cad; }
@media print {
  body { font-size: 11pt; }
  article { max-width: none; padding: 0; }
  a { color: inherit; }
}
)";

class HtmlWriter
{
public:
    QString write(const QList<DocumentBlock> &blocks, const QString &title, const QString &language)
    {
        m_out += u"<!DOCTYPE html>\n<html lang=\""_s + language.toHtmlEscaped() + u"\">\n"_s;
        m_out += u"<head>\n<meta charset=\"utf-8\">\n"_s
                 u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"_s
                 u"<meta name=\"generator\" content=\"Hirekit\">\n"_s;
        m_out += u"<title dir=\"auto\">"_s + htmlEscaped(title) + u"</title>\n"_s;
        m_out += u"<style>"_s + QString::fromUtf16(HtmlStyle) + u"</style>\n</head>\n"_s;
        m_out += u"<body>\n<article>\n<header>\n"_s;
        m_inHeader = true;

        for (qsizetype i = 0; i < blocks.size(); ++i) {
            const DocumentBlock &block = blocks.at(i);
            const bool titleBlock = block.role == BlockRole::Title
                || block.role == BlockRole::Company || block.role == BlockRole::Fact;
            if (m_inHeader && !titleBlock) {
                m_out += u"</header>\n"_s;
                m_inHeader = false;
                if (block.role == BlockRole::Rule)
                    continue; // the header's border is the rule
            }
            if (block.kind != DocumentBlock::Kind::ListItem
                && !(block.kind == DocumentBlock::Kind::Paragraph && block.depth > 0))
                closeLists(0);
            setQuote(block.quoteLevel > 0);

            switch (block.kind) {
            case DocumentBlock::Kind::Heading: {
                const QString tag = u"h%1"_s.arg(std::clamp(block.headingLevel, 1, 6));
                m_out += u'<' + tag + u" dir=\"auto\">"_s + htmlInline(block.spans, true) + u"</"_s
                    + tag + u">\n"_s;
                break;
            }
            case DocumentBlock::Kind::Paragraph: {
                if (block.depth > 0 && !m_lists.isEmpty())
                    closeLists(block.depth);
                QString attributes = u" dir=\"auto\""_s;
                if (block.role == BlockRole::Company)
                    attributes = u" class=\"company\""_s + attributes;
                else if (block.role == BlockRole::Fact)
                    attributes = u" class=\"fact\""_s + attributes;
                const bool heading = block.role == BlockRole::Company;
                m_out +=
                    u"<p"_s + attributes + u'>' + htmlInline(block.spans, heading) + u"</p>\n"_s;
                break;
            }
            case DocumentBlock::Kind::ListItem:
                listItem(block);
                break;
            case DocumentBlock::Kind::Code: {
                qsizetype end = i;
                QStringList lines;
                while (end < blocks.size() && blocks.at(end).kind == DocumentBlock::Kind::Code) {
                    lines.append(blocks.at(end).plainText().toHtmlEscaped());
                    ++end;
                }
                const QString codeClass = block.codeLanguage.isEmpty()
                    ? QString()
                    : u" class=\"language-"_s + block.codeLanguage.toHtmlEscaped() + u'"';
                m_out +=
                    u"<pre><code"_s + codeClass + u'>' + lines.join(u'\n') + u"</code></pre>\n"_s;
                i = end - 1;
                break;
            }
            case DocumentBlock::Kind::Rule:
                m_out += u"<hr>\n"_s;
                break;
            case DocumentBlock::Kind::Table:
                table(block);
                break;
            }
        }
        closeLists(0);
        setQuote(false);
        if (m_inHeader)
            m_out += u"</header>\n"_s;
        m_out += u"</article>\n</body>\n</html>\n"_s;
        return m_out;
    }

private:
    struct OpenList
    {
        const void *list;
        int depth;
        bool ordered;
    };

    void listItem(const DocumentBlock &block)
    {
        // Close deeper lists, and a different list at this depth.
        while (!m_lists.isEmpty()
               && (m_lists.last().depth > block.depth
                   || (m_lists.last().depth == block.depth && m_lists.last().list != block.list)))
            closeList();
        if (!m_lists.isEmpty() && m_lists.last().depth == block.depth) {
            m_out += u"</li>\n"_s;
        } else {
            if (block.ordered && block.number != 1)
                m_out += u"<ol start=\"%1\">\n"_s.arg(block.number);
            else
                m_out += block.ordered ? u"<ol>\n"_s : u"<ul>\n"_s;
            m_lists.append({ block.list, block.depth, block.ordered });
        }
        QString box;
        if (block.checked)
            box = *block.checked ? u"☑ "_s : u"☐ "_s;
        m_out += u"<li dir=\"auto\">"_s + box + htmlInline(block.spans, false);
    }

    void closeList()
    {
        m_out += m_lists.last().ordered ? u"</li>\n</ol>\n"_s : u"</li>\n</ul>\n"_s;
        m_lists.removeLast();
    }

    // Closes the lists deeper than `depth`; a paragraph of depth N stays in the open item of
    // the list at depth N.
    void closeLists(int depth)
    {
        while (!m_lists.isEmpty() && m_lists.last().depth > depth)
            closeList();
        if (depth > 0 && !m_lists.isEmpty())
            m_out += u'\n';
    }

    void setQuote(bool quoted)
    {
        if (quoted == m_inQuote)
            return;
        m_out += quoted ? u"<blockquote dir=\"auto\">\n"_s : u"</blockquote>\n"_s;
        m_inQuote = quoted;
    }

    void table(const DocumentBlock &block)
    {
        m_out += u"<table>\n"_s;
        for (qsizetype row = 0; row < block.rows.size(); ++row) {
            const QString cell = row == 0 ? u"th"_s : u"td"_s;
            if (row == 0)
                m_out += u"<thead>\n"_s;
            else if (row == 1)
                m_out += u"<tbody>\n"_s;
            m_out += u"<tr>"_s;
            for (const QList<TextSpan> &spans : block.rows.at(row))
                m_out += u'<' + cell + u" dir=\"auto\">"_s + htmlInline(spans, row == 0) + u"</"_s
                    + cell + u'>';
            m_out += u"</tr>\n"_s;
            if (row == 0)
                m_out += u"</thead>\n"_s;
        }
        if (block.rows.size() > 1)
            m_out += u"</tbody>\n"_s;
        m_out += u"</table>\n"_s;
    }

    QString m_out;
    QList<OpenList> m_lists;
    bool m_inHeader = false;
    bool m_inQuote = false;
};

QString languageTag(const QLocale &locale)
{
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return u"en"_s;
    return locale.bcp47Name();
}

} // namespace

QString postingToMarkdown(const Posting &posting, const RenderOptions &options)
{
    return MarkdownWriter().write(renderedBlocks(posting, options));
}

QString postingToPlainText(const Posting &posting, const RenderOptions &options)
{
    return postingBlocksToText(renderedBlocks(posting, options));
}

QString postingToHtml(const Posting &posting, const RenderOptions &options)
{
    QTextDocument document;
    renderPosting(document, posting, options);
    const QString title = document.metaInformation(QTextDocument::DocumentTitle);
    return HtmlWriter().write(readBlocks(document), title, languageTag(options.locale));
}

} // namespace hirekit
