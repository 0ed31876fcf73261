#include "render/DocumentBlocks.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

QList<TextSpan> spansOf(const QTextBlock &block)
{
    QList<TextSpan> spans;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const QTextCharFormat format = fragment.charFormat();
        TextSpan span;
        span.text = fragment.text();
        span.bold = format.fontWeight() >= QFont::DemiBold;
        span.italic = format.fontItalic();
        span.strike = format.fontStrikeOut();
        span.code = format.fontFixedPitch()
            || format.fontFamilies().toStringList().contains(u"monospace"_s);
        if (format.isAnchor())
            span.href = format.anchorHref();
        // Qt splits runs on differences no export writes (size, colour): join them again.
        if (!spans.isEmpty() && spans.last().sameFormat(span))
            spans.last().text += span.text;
        else
            spans.append(span);
    }
    return spans;
}

DocumentBlock readBlock(const QTextBlock &block)
{
    DocumentBlock result;
    const QTextBlockFormat format = block.blockFormat();
    result.role = blockRole(format);
    result.quoteLevel = format.intProperty(QTextFormat::BlockQuoteLevel);
    if (format.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth)) {
        result.kind = DocumentBlock::Kind::Rule;
        return result;
    }
    if (format.hasProperty(QTextFormat::BlockCodeFence)) {
        result.kind = DocumentBlock::Kind::Code;
        result.codeLanguage = format.stringProperty(QTextFormat::BlockCodeLanguage);
        result.spans = { TextSpan { block.text(), false, false, false, true, {} } };
        return result;
    }
    result.spans = spansOf(block);
    if (format.headingLevel() > 0) {
        result.kind = DocumentBlock::Kind::Heading;
        result.headingLevel = format.headingLevel();
    } else if (QTextList *list = block.textList()) {
        result.kind = DocumentBlock::Kind::ListItem;
        result.list = list;
        result.depth = qMax(1, list->format().indent());
        const QTextListFormat::Style style = list->format().style();
        result.ordered = style == QTextListFormat::ListDecimal
            || style == QTextListFormat::ListLowerAlpha || style == QTextListFormat::ListUpperAlpha
            || style == QTextListFormat::ListLowerRoman || style == QTextListFormat::ListUpperRoman;
        result.number = list->itemNumber(block) + 1;
        if (format.marker() == QTextBlockFormat::MarkerType::Checked)
            result.checked = true;
        else if (format.marker() == QTextBlockFormat::MarkerType::Unchecked)
            result.checked = false;
    } else {
        result.depth = format.indent();
    }
    return result;
}

DocumentBlock readTable(QTextTable *table)
{
    DocumentBlock result;
    result.kind = DocumentBlock::Kind::Table;
    for (int row = 0; row < table->rows(); ++row) {
        QList<QList<TextSpan>> cells;
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            QList<TextSpan> spans;
            for (auto it = cell.begin(); !it.atEnd(); ++it) {
                const QTextBlock block = it.currentBlock();
                if (!block.isValid())
                    continue;
                if (!spans.isEmpty())
                    spans.append(
                        TextSpan { QString(QChar::LineSeparator), false, false, false, false, {} });
                spans.append(spansOf(block));
            }
            cells.append(spans);
        }
        result.rows.append(cells);
    }
    return result;
}

} // namespace

QString DocumentBlock::plainText() const
{
    QString text;
    for (const TextSpan &span : spans)
        text += span.text;
    return text;
}

QList<DocumentBlock> readBlocks(const QTextDocument &document)
{
    QList<DocumentBlock> blocks;
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) {
            if (auto *table = qobject_cast<QTextTable *>(frame))
                blocks.append(readTable(table));
            continue;
        }
        const QTextBlock block = it.currentBlock();
        // Empty paragraphs (left between a table and what follows) carry nothing to write.
        const DocumentBlock read = readBlock(block);
        if (read.kind == DocumentBlock::Kind::Paragraph && read.plainText().trimmed().isEmpty())
            continue;
        blocks.append(read);
    }
    return blocks;
}

} // namespace hirekit
