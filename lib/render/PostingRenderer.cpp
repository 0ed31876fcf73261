#include "render/PostingRenderer.h"

#include "core/MoneyFormat.h"
#include "render/RenderStyle.h"

#include <QCoreApplication>
#include <QImage>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

// The translation context of this file's labels.
struct RendererText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::PostingRenderer)
};

constexpr auto BodyMarkdown = QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                              | QTextDocument::MarkdownNoHTML);

// A character from the private use area that `text` does not contain. Section bodies carry
// it in place of '&' through the Markdown parser, which would otherwise decode entities.
QChar unusedPrivateUseChar(const QString &text)
{
    for (char16_t c = 0xE000; c < 0xF8FF; ++c) {
        if (!text.contains(QChar(c)))
            return QChar(c);
    }
    return QChar(0xF8FF);
}

bool isSafeLink(const QString &href)
{
    const QString scheme = QUrl(href).scheme().toLower();
    return scheme == u"http"_s || scheme == u"https"_s || scheme == u"mailto"_s;
}

QString longDate(const QDate &date, const QLocale &requested)
{
    const QLocale locale = requested.language() == QLocale::C
        ? QLocale(QLocale::English, QLocale::UnitedStates)
        : requested;
    // A weekday adds nothing to a deadline: "March 31, 2027", "31. März 2027".
    static const QRegularExpression weekday(u"dddd[,،]?\\s*|[,،]?\\s*dddd"_s);
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(weekday);
    return locale.toString(date, format.trimmed());
}

// Lines of a plain-text field, each a paragraph; blank lines and stray indentation dropped.
QStringList paragraphsOf(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            lines.append(trimmed);
    }
    return lines;
}

// Writes the document block by block through one cursor.
class Builder
{
public:
    Builder(QTextDocument &document, const RenderOptions &options)
        : m_document(document)
        , m_cursor(&document)
        , m_style(options.basePointSize)
    { }

    void title(const QString &text)
    {
        startBlock(BlockRole::Title, m_style.titleBlock(), m_style.titleChar());
        m_cursor.insertText(text, m_style.titleChar());
    }

    void company(const QString &text)
    {
        startBlock(BlockRole::Company, m_style.companyBlock(), m_style.companyChar());
        m_cursor.insertText(text, m_style.companyChar());
    }

    void fact(const QString &label, const QString &value)
    {
        startBlock(BlockRole::Fact, m_style.factBlock(), m_style.bodyChar());
        m_cursor.insertText(label, m_style.factLabelChar());
        m_cursor.insertText(u" "_s, m_style.bodyChar());
        m_cursor.insertText(value, m_style.bodyChar());
    }

    void rule() { startBlock(BlockRole::Rule, m_style.ruleBlock(), m_style.bodyChar()); }

    void heading(const QString &text)
    {
        startBlock(BlockRole::SectionHeading, m_style.sectionHeadingBlock(),
                   m_style.sectionHeadingChar());
        m_cursor.insertText(text, m_style.sectionHeadingChar());
    }

    void paragraphs(const QString &text)
    {
        for (const QString &line : paragraphsOf(text)) {
            startBlock(BlockRole::Body, m_style.paragraphBlock(), m_style.bodyChar());
            m_cursor.insertText(line, m_style.bodyChar());
        }
    }

    void markdown(const QString &body)
    {
        if (body.trimmed().isEmpty())
            return;
        // md4c decodes entities even with HTML off ("&amp;" would read "&"), so '&' travels
        // through the parser as a character it does not know and is put back afterwards.
        // Tags need nothing: MarkdownNoHTML keeps them as text.
        const QChar ampersand = unusedPrivateUseChar(body);
        QString source = body;
        source.replace(u'&', ampersand);

        startBlock(BlockRole::Body, m_style.paragraphBlock(), m_style.bodyChar());
        const int start = m_cursor.block().position();
        // insertMarkdown() merges its first block into the current one, which would drop a
        // leading heading's, list's or code block's format; a throwaway first paragraph takes
        // that place and is removed again.
        m_cursor.insertMarkdown(u"\u2060\n\n"_s + source, BodyMarkdown);
        QTextCursor placeholder(&m_document);
        placeholder.setPosition(start);
        placeholder.movePosition(QTextCursor::NextBlock, QTextCursor::KeepAnchor);
        placeholder.removeSelectedText();

        restyleBody(start, ampersand);
        // A body that ends in a table leaves an empty block after it; the next block uses it.
        const QTextBlockFormat last = m_cursor.blockFormat();
        m_reuseBlock = m_cursor.block().length() <= 1 && !m_cursor.currentList()
            && !m_cursor.currentTable() && last.headingLevel() == 0
            && !last.hasProperty(QTextFormat::BlockCodeFence)
            && !last.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth);
    }

private:
    void startBlock(BlockRole role, QTextBlockFormat format, const QTextCharFormat &charFormat)
    {
        format.setProperty(RoleProperty, int(role));
        if (m_reuseBlock) {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(charFormat);
            m_reuseBlock = false;
        } else {
            m_cursor.insertBlock(format, charFormat);
        }
    }

    // Gives the blocks from `start` to the cursor the posting's typography and puts back
    // what the parser must not see or do: '&', images (shown as their text, never loaded),
    // links other than web and mail addresses.
    void restyleBody(int start, QChar ampersand)
    {
        const int end = m_cursor.position();
        QTextBlock block = m_document.findBlock(start);
        QList<QTextBlock> blocks;
        for (; block.isValid() && block.position() <= end; block = block.next())
            blocks.append(block);
        for (const QTextBlock &each : std::as_const(blocks))
            fixFragments(each, ampersand);
        QList<QTextTable *> tables;
        for (const QTextBlock &each : std::as_const(blocks)) {
            restyleBlock(each);
            QTextTable *table = QTextCursor(each).currentTable();
            if (table && !tables.contains(table))
                tables.append(table);
        }
        for (QTextTable *table : std::as_const(tables))
            restyleTable(table);
    }

    void restyleTable(QTextTable *table)
    {
        table->setFormat(m_style.tableFormat());
        for (int row = 0; row < table->rows(); ++row) {
            for (int column = 0; column < table->columns(); ++column) {
                QTextTableCell cell = table->cellAt(row, column);
                // Inserting Markdown puts an empty paragraph before the first cell's text.
                while (cell.firstPosition() < cell.lastPosition()
                       && m_document.findBlock(cell.firstPosition()).length() == 1) {
                    QTextCursor(m_document.findBlock(cell.firstPosition())).deleteChar();
                    cell = table->cellAt(row, column);
                }
                QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
                cellFormat.setVerticalAlignment(QTextCharFormat::AlignTop);
                cell.setFormat(cellFormat);
                for (auto it = cell.begin(); !it.atEnd(); ++it) {
                    QTextBlock block = it.currentBlock();
                    if (!block.isValid())
                        continue;
                    QTextCursor cursor(block);
                    QTextBlockFormat format = block.blockFormat();
                    format.setTopMargin(0);
                    format.setBottomMargin(0);
                    cursor.setBlockFormat(format);
                    if (row == 0) {
                        // The header row, bold throughout (the parser marks only part of it).
                        QTextCharFormat bold;
                        bold.setFontWeight(QFont::Bold);
                        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
                        cursor.mergeCharFormat(bold);
                    }
                }
            }
        }
    }

    void fixFragments(const QTextBlock &block, QChar ampersand)
    {
        struct Edit
        {
            int position;
            int length;
            QString text;
            QTextCharFormat format;
        };
        QList<Edit> edits;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat format = fragment.charFormat();
            QString text = fragment.text();
            bool changed = false;
            if (format.isImageFormat()) {
                const QTextImageFormat image = format.toImageFormat();
                QString alt = image.stringProperty(QTextFormat::ImageAltText);
                if (alt.isEmpty())
                    alt = image.name();
                text = alt.simplified();
                format = QTextCharFormat();
                changed = true;
            }
            if (format.fontFixedPitch()) {
                // Inline code: the posting's monospace face and size, not the system's.
                format.merge(m_style.codeChar());
                changed = true;
            }
            if (text.contains(ampersand)) {
                text.replace(ampersand, u'&');
                changed = true;
            }
            if (format.isAnchor()) {
                QString href = format.anchorHref();
                href.replace(ampersand, u'&');
                if (isSafeLink(href)) {
                    format.setAnchorHref(href);
                    format.setForeground(m_style.linkColor());
                } else {
                    format.setAnchor(false);
                    format.clearProperty(QTextFormat::AnchorHref);
                    format.setFontUnderline(false);
                    format.clearForeground();
                }
                changed = true;
            }
            if (changed)
                edits.append({ fragment.position(), fragment.length(), text, format });
        }
        // Backwards, so that earlier positions stay valid while lengths change.
        for (auto it = edits.crbegin(); it != edits.crend(); ++it) {
            QTextCursor cursor(&m_document);
            cursor.setPosition(it->position);
            cursor.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
            cursor.insertText(it->text, it->format);
        }
    }

    static bool isCodeBlock(const QTextBlock &block)
    {
        if (block.blockFormat().hasProperty(QTextFormat::BlockCodeFence))
            return true;
        // Indented code blocks come without a fence: every fragment is monospace, and unlike
        // inline code spans none is marked fixed-pitch.
        bool any = false;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.fontFixedPitch()
                || !format.fontFamilies().toStringList().contains(u"monospace"_s))
                return false;
            any = true;
        }
        return any && !block.textList();
    }

    void restyleBlock(const QTextBlock &block)
    {
        QTextCursor cursor(block);
        QTextBlockFormat format = block.blockFormat();
        format.setProperty(RoleProperty, int(BlockRole::Body));
        QTextCharFormat charFormat;
        if (format.headingLevel() > 0) {
            // Section headings are level 2; a body's own headings sit below them.
            const int level = std::clamp(format.headingLevel(), 3, 6);
            format = m_style.bodyHeadingBlock(level);
            format.setProperty(RoleProperty, int(BlockRole::Body));
            charFormat = m_style.bodyHeadingChar(level);
        } else if (isCodeBlock(block)) {
            const QString language = format.stringProperty(QTextFormat::BlockCodeLanguage);
            const QTextBlockFormat previous = block.previous().blockFormat();
            const bool first = !(previous.hasProperty(QTextFormat::BlockCodeFence));
            const bool last = !isCodeBlock(block.next());
            format = m_style.codeBlock(first, last);
            format.setProperty(RoleProperty, int(BlockRole::Body));
            format.setProperty(QTextFormat::BlockCodeFence, u'`');
            if (!language.isEmpty())
                format.setProperty(QTextFormat::BlockCodeLanguage, language);
            charFormat = m_style.codeChar();
        } else if (const int quote = format.intProperty(QTextFormat::BlockQuoteLevel); quote > 0) {
            format = m_style.quoteBlock(quote);
            format.setProperty(RoleProperty, int(BlockRole::Body));
            charFormat = m_style.quoteChar();
        } else if (format.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth)) {
            format.setTopMargin(m_style.gap(0.5));
            format.setBottomMargin(m_style.gap(0.5));
        } else {
            const QTextBlockFormat style =
                block.textList() ? m_style.listItemBlock() : m_style.paragraphBlock();
            format.setTopMargin(style.topMargin());
            format.setBottomMargin(style.bottomMargin());
            format.setLineHeight(style.lineHeight(), style.lineHeightType());
        }
        cursor.setBlockFormat(format);
        if (QTextList *list = block.textList()) {
            QTextListFormat listFormat = list->format();
            if (listFormat.indent() > 0 && listFormat.style() == QTextListFormat::ListDisc
                && listFormat.indent() > 1)
                listFormat.setStyle(listFormat.indent() == 2 ? QTextListFormat::ListCircle
                                                             : QTextListFormat::ListSquare);
            list->setFormat(listFormat);
        }
        if (charFormat.propertyCount() > 0) {
            cursor.movePosition(QTextCursor::StartOfBlock);
            cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            QTextCharFormat cleared;
            cleared.setProperty(QTextFormat::FontSizeAdjustment, 0);
            cursor.mergeCharFormat(cleared);
            cursor.mergeCharFormat(charFormat);
            cursor.mergeBlockCharFormat(charFormat);
        }
    }

    QTextDocument &m_document;
    QTextCursor m_cursor;
    RenderStyle m_style;
    bool m_reuseBlock = true; // the first block of an empty document is there already
};

} // namespace

Posting beginningOf(const Posting &posting, qsizetype characters)
{
    Posting beginning = posting;
    qsizetype shown = posting.companyDescription.size();
    qsizetype sections = 0;
    while (sections < posting.sections.size() && shown < characters) {
        const PostingSection &section = posting.sections.at(sections++);
        shown += section.heading.size() + section.body.size();
    }
    if (sections < posting.sections.size()) {
        beginning.sections.resize(sections);
        beginning.benefitsSummary.clear();
        beginning.howToApply.clear();
        beginning.validThrough = QDate();
    }
    return beginning;
}

BlockRole blockRole(const QTextBlockFormat &format)
{
    return BlockRole(format.intProperty(RoleProperty));
}

void renderPosting(QTextDocument &document, const Posting &posting, const RenderOptions &options)
{
    document.clear();
    const RenderStyle style(options.basePointSize);
    document.setDefaultFont(style.baseFont());
    document.setIndentWidth(style.indentWidth());
    document.setMetaInformation(QTextDocument::DocumentTitle, posting.title);
    // Nothing a posting says is fetched: an image in a body is shown as its text, and should
    // one slip through, it resolves to nothing instead of a file on disk.
    document.setResourceProvider([](const QUrl &) { return QVariant(QImage()); });

    Builder builder(document, options);
    builder.title(posting.title.trimmed().isEmpty() ? RendererText::tr("Untitled posting")
                                                    : posting.title.trimmed());
    if (!posting.companyName.trimmed().isEmpty())
        builder.company(posting.companyName.trimmed());

    if (!posting.locations.isEmpty()) {
        QStringList places;
        for (const PostingLocation &place : posting.locations)
            places.append(place.displayText());
        builder.fact(posting.locations.size() == 1 ? RendererText::tr("Location:")
                                                   : RendererText::tr("Locations:"),
                     places.join(u"; "_s));
    }
    if (posting.salary.min || posting.salary.max) {
        builder.fact(RendererText::tr("Salary:"),
                     MoneyFormat::range(posting.salary.min, posting.salary.max,
                                        posting.salary.currency, posting.salary.period));
    }
    builder.fact(RendererText::tr("Employment:"), displayName(posting.employmentType));
    if (posting.level)
        builder.fact(RendererText::tr("Level:"), displayName(*posting.level));
    if (!posting.department.trimmed().isEmpty())
        builder.fact(RendererText::tr("Department:"), posting.department.trimmed());
    builder.rule();

    if (!posting.companyDescription.trimmed().isEmpty()) {
        builder.heading(posting.companyName.trimmed().isEmpty()
                            ? RendererText::tr("About the company")
                            : RendererText::tr("About %1").arg(posting.companyName.trimmed()));
        builder.paragraphs(posting.companyDescription);
    }

    for (const PostingSection &section : posting.sections) {
        if (!section.heading.trimmed().isEmpty())
            builder.heading(section.heading.trimmed());
        builder.markdown(section.body);
    }

    if (!posting.benefitsSummary.trimmed().isEmpty()) {
        builder.heading(RendererText::tr("Benefits"));
        builder.paragraphs(posting.benefitsSummary);
    }

    if (posting.validThrough.isValid() || !posting.howToApply.trimmed().isEmpty()) {
        builder.heading(RendererText::tr("How to apply"));
        if (posting.validThrough.isValid())
            builder.fact(RendererText::tr("Apply by:"),
                         longDate(posting.validThrough, options.locale));
        builder.paragraphs(posting.howToApply);
    }
}

} // namespace hirekit
