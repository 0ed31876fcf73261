#include "render/PostingPdf.h"

#include "render/PostingRenderer.h"
#include "render/RenderStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextBoundaryFinder>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

// The translation context of this file's messages.
struct PdfText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::PostingPdf)
};

constexpr qreal MarginMm = 20;
constexpr qreal BasePointSize = 10.5;
constexpr qreal FooterPointSize = 8;

// Emoji that only a colour font has (Noto Color Emoji): Qt's PDF writer embeds such a font
// without its pictures, so they would print as nothing. A cluster is one when it asks for
// emoji presentation (U+FE0F) or is a pictograph the body font lacks; ✓ and ★ stay text.
bool isColorEmoji(const QString &cluster, const QRawFont &body)
{
    const QList<uint> codePoints = cluster.toUcs4();
    if (codePoints.isEmpty())
        return false;
    if (cluster.contains(QChar(0xFE0F)))
        return true;
    const uint first = codePoints.first();
    return first >= 0x1F000 && first <= 0x1FAFF && !body.supportsCharacter(first);
}

bool mayHoldEmoji(const QString &text)
{
    for (const QChar c : text) {
        if (c.isHighSurrogate() || c.unicode() == 0xFE0F)
            return true;
    }
    return false;
}

// The grapheme clusters of `text` with their offsets.
QList<std::pair<qsizetype, QString>> clustersOf(const QString &text)
{
    QList<std::pair<qsizetype, QString>> clusters;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() != -1) {
        clusters.append({ start, text.mid(start, finder.position() - start) });
        start = finder.position();
    }
    return clusters;
}

QImage emojiPicture(const QString &cluster, bool opaque)
{
    constexpr int Size = 96; // pixels: about 600 dpi at body text size
    QImage image(Size, Size, QImage::Format_ARGB32_Premultiplied);
    // PDF/A-1 allows no transparency: the picture gets the page's white.
    image.fill(opaque ? QColor(Qt::white) : QColor(Qt::transparent));
    QPainter painter(&image);
    QFont font(u"Noto Color Emoji"_s);
    font.setPixelSize(Size * 5 / 6);
    painter.setFont(font);
    painter.drawText(image.rect(), Qt::AlignCenter, cluster);
    return image;
}

// Puts a picture in place of every colour emoji of `document`.
void replaceColorEmoji(QTextDocument &document, bool opaque)
{
    static const bool haveEmojiFont = QFontDatabase::hasFamily(u"Noto Color Emoji"_s);
    if (!haveEmojiFont)
        return;
    struct Found
    {
        int position;
        int length;
        QString cluster;
        qreal pointSize;
        QTextCharFormat format;
    };
    QList<Found> found;
    std::optional<QRawFont> body;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QString text = fragment.text();
            if (!mayHoldEmoji(text))
                continue;
            if (!body)
                body = QRawFont::fromFont(document.defaultFont());
            const QTextCharFormat format = fragment.charFormat();
            const qreal pointSize = format.fontPointSize() > 0
                ? format.fontPointSize()
                : document.defaultFont().pointSizeF();
            for (const auto &[offset, cluster] : clustersOf(text)) {
                if (isColorEmoji(cluster, *body))
                    found.append({ fragment.position() + int(offset), int(cluster.size()), cluster,
                                   pointSize, format });
            }
        }
    }
    QHash<QString, QString> names;
    for (auto it = found.crbegin(); it != found.crend(); ++it) {
        QString name = names.value(it->cluster);
        if (name.isEmpty()) {
            name = u"hirekit-emoji:%1"_s.arg(names.size());
            document.addResource(QTextDocument::ImageResource, QUrl(name),
                                 emojiPicture(it->cluster, opaque));
            names.insert(it->cluster, name);
        }
        QTextImageFormat image;
        image.merge(it->format);
        image.setObjectType(QTextFormat::ImageObject);
        image.setName(name);
        const qreal side = it->pointSize * 96.0 / 72.0 * 1.15; // in the layout's 96-dpi pixels
        image.setWidth(side);
        image.setHeight(side);
        image.setVerticalAlignment(QTextCharFormat::AlignMiddle);
        QTextCursor cursor(&document);
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        cursor.insertImage(image);
    }
}

// `text` without its colour emoji, for the footer, which is drawn as plain text.
QString withoutColorEmoji(const QString &text, const QFont &font)
{
    if (!mayHoldEmoji(text))
        return text;
    const QRawFont body = QRawFont::fromFont(font);
    QString result;
    for (const auto &[offset, cluster] : clustersOf(text)) {
        if (!isColorEmoji(cluster, body))
            result += cluster;
    }
    return result.simplified();
}

// Qt's PDF writer maps each glyph back to the first character the font gives it, and Noto
// CJK shares glyphs between ideographs and the Kangxi radicals or compatibility ideographs
// that look the same: "日" would copy out of the PDF as "⽇" (U+2F47), and searching for it
// would fail. The ToUnicode maps are written uncompressed with four hex digits for each
// character, so such a character is replaced by its unified ideograph in place, which keeps
// every byte offset of the file.
void fixToUnicodeMaps(QByteArray &pdf)
{
    const auto unify = [&pdf](qsizetype at) {
        bool ok = false;
        const uint code = QByteArray::fromRawData(pdf.constData() + at, 4).toUInt(&ok, 16);
        const bool lookalike =
            (code >= 0x2E80 && code <= 0x2FDF) || (code >= 0xF900 && code <= 0xFAFF);
        if (!ok || !lookalike)
            return;
        const QString unified =
            QString(QChar(char16_t(code))).normalized(QString::NormalizationForm_KC);
        if (unified.size() != 1 || unified.at(0).unicode() == code)
            return;
        const QByteArray hex =
            QByteArray::number(unified.at(0).unicode(), 16).toUpper().rightJustified(4, '0');
        pdf.replace(at, 4, hex);
    };
    qsizetype position = 0;
    while (true) {
        const qsizetype begin = pdf.indexOf("beginbf", position);
        if (begin < 0)
            return;
        const bool range = pdf.mid(begin + 7, 5) == "range";
        const qsizetype end = pdf.indexOf(range ? "endbfrange" : "endbfchar", begin);
        if (end < 0)
            return;
        // Entries are "<src> <dst>" (bfchar), "<lo> <hi> [<dst> ...]" or "<lo> <hi> <dst>"
        // (bfrange); only a single-character range may have its start changed.
        int token = 0;
        bool inArray = false;
        QByteArray low;
        QByteArray high;
        for (qsizetype i = begin + 7; i < end; ++i) {
            const char c = pdf.at(i);
            if (c == '[') {
                inArray = true;
            } else if (c == ']') {
                inArray = false;
                token = 0;
            } else if (c == '<') {
                const qsizetype close = pdf.indexOf('>', i);
                if (close < 0 || close > end)
                    break;
                const qsizetype length = close - i - 1;
                if (inArray) {
                    if (length == 4)
                        unify(i + 1);
                } else if (range) {
                    if (token == 0)
                        low = pdf.mid(i + 1, length);
                    else if (token == 1)
                        high = pdf.mid(i + 1, length);
                    else if (length == 4 && low == high)
                        unify(i + 1);
                    token = (token + 1) % 3;
                } else {
                    if (token == 1 && length == 4)
                        unify(i + 1);
                    token = (token + 1) % 2;
                }
                i = close;
            }
        }
        position = end;
    }
}

// Where the first line of `block` starts and ends, in document coordinates.
QRectF firstLineRect(const QAbstractTextDocumentLayout *layout, const QTextBlock &block)
{
    const QRectF bounds = layout->blockBoundingRect(block);
    const QTextLayout *textLayout = block.layout();
    if (!textLayout || textLayout->lineCount() == 0)
        return bounds;
    const QRectF line = textLayout->lineAt(0).rect();
    return line.translated(bounds.topLeft());
}

// Moves every heading that would end a page, its text on the next, to the next page.
void keepHeadingsWithText(QTextDocument &document, qreal pageHeight)
{
    const QAbstractTextDocumentLayout *layout = document.documentLayout();
    // Each move can push later headings; a few passes settle any posting.
    for (int pass = 0; pass < 4; ++pass) {
        bool moved = false;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            const QTextBlockFormat format = block.blockFormat();
            if (format.headingLevel() < 2
                || format.pageBreakPolicy() != QTextFormat::PageBreak_Auto)
                continue;
            const QTextBlock next = block.next();
            if (!next.isValid())
                continue;
            const QRectF heading = firstLineRect(layout, block);
            const QRectF text = firstLineRect(layout, next);
            const int headingPage = int(heading.top() / pageHeight);
            const int textPage = int((text.bottom() - 1) / pageHeight);
            if (textPage > headingPage) {
                QTextBlockFormat breakBefore = format;
                breakBefore.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(block).setBlockFormat(breakBefore);
                moved = true;
            }
        }
        if (!moved)
            break;
        // Lay out everything again: an edit after layout is otherwise laid out lazily, on a
        // timer that a command-line export never runs, and would be drawn half-done.
        document.markContentsDirty(0, document.characterCount());
    }
}

void drawFooter(QPainter &painter, const QRectF &area, const QString &title, int page, int pages)
{
    const RenderStyle style(BasePointSize);
    QFont font = style.baseFont();
    font.setPointSizeF(FooterPointSize);
    painter.save();
    painter.setFont(font);
    painter.setPen(QPen(style.ruleColor(), 0));
    painter.drawLine(area.topLeft(), area.topRight());
    painter.setPen(style.mutedColor());
    const QString number = PdfText::tr("Page %1 of %2").arg(page).arg(pages);
    const QFontMetricsF metrics(font, painter.device());
    const qreal numberWidth = metrics.horizontalAdvance(number);
    const QRectF text = area.adjusted(0, area.height() * 0.35, 0, 0);
    const QRectF titleArea = text.adjusted(0, 0, -numberWidth - metrics.averageCharWidth() * 4, 0);
    painter.drawText(titleArea, Qt::AlignLeft | Qt::AlignTop,
                     metrics.elidedText(title, Qt::ElideRight, titleArea.width()));
    painter.drawText(text, Qt::AlignRight | Qt::AlignTop, number);
    painter.restore();
}

} // namespace

QPageSize pageSizeFor(PageChoice page, const QLocale &locale)
{
    switch (page) {
    case PageChoice::A4:
        return QPageSize(QPageSize::A4);
    case PageChoice::Letter:
        return QPageSize(QPageSize::Letter);
    case PageChoice::FromLocale:
        break;
    }
    // Where US Letter is the paper in the shops.
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::CostaRica:
    case QLocale::Guatemala:
    case QLocale::Panama:
    case QLocale::DominicanRepublic:
    case QLocale::PuertoRico:
    case QLocale::ElSalvador:
    case QLocale::Nicaragua:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

namespace {

Status paintPdf(QTextDocument &document, QIODevice &device, const PdfOptions &options)
{
    const QString title = document.begin().text();
    replaceColorEmoji(document, options.pdfA);

    QPdfWriter writer(&device);
    if (options.pdfA)
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setPageLayout(
        QPageLayout(pageSizeFor(options.page, options.locale), QPageLayout::Portrait,
                    QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm), QPageLayout::Millimeter));
    writer.setTitle(title);
    writer.setCreator(u"Hirekit %1"_s.arg(QStringLiteral(HIREKIT_VERSION)));

    QPainter painter;
    if (!painter.begin(&writer))
        return Error { PdfText::tr("Cannot start writing the PDF.") };

    // Laid out at the writer's resolution, so that what is measured is what is printed.
    document.setDocumentMargin(0);
    document.documentLayout()->setPaintDevice(&writer);
    const qreal width = writer.width();
    const qreal footerHeight = writer.logicalDpiY() * 0.5; // half an inch below the text
    const qreal pageHeight = writer.height() - footerHeight;
    document.setPageSize(QSizeF(width, pageHeight));
    keepHeadingsWithText(document, pageHeight);

    const int pages = document.pageCount();
    const QString footerTitle = withoutColorEmoji(title, document.defaultFont());
    QAbstractTextDocumentLayout::PaintContext context;
    const RenderStyle style(BasePointSize);
    context.palette.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
    context.palette.setColor(QPalette::Dark, style.ruleColor()); // the rule under the title
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        const QRectF clip(0, page * pageHeight, width, pageHeight);
        painter.save();
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        // A line that starts exactly where the next page begins belongs to that page; drawn
        // here too, it would be clipped out of sight but its text would still be in the page.
        context.clip = clip.adjusted(0, 0, 0, -1);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        drawFooter(painter, QRectF(0, pageHeight + footerHeight * 0.3, width, footerHeight * 0.7),
                   footerTitle, page + 1, pages);
    }
    if (!painter.end())
        return Error { PdfText::tr("Cannot finish the PDF.") };
    return {};
}

} // namespace

Status writePdf(const Posting &posting, QIODevice &device, const PdfOptions &options)
{
    QTextDocument document;
    RenderOptions renderOptions;
    renderOptions.locale = options.locale;
    renderOptions.basePointSize = BasePointSize;
    renderPosting(document, posting, renderOptions);
    return writeDocumentPdf(document, device, options);
}

Status writeDocumentPdf(QTextDocument &document, QIODevice &device, const PdfOptions &options)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    if (Status painted = paintPdf(document, buffer, options); !painted)
        return painted;
    buffer.close();
    fixToUnicodeMaps(pdf);
    if (device.write(pdf) != pdf.size())
        return Error { device.errorString() };
    return {};
}

Status exportPdf(const Posting &posting, const QString &path, const PdfOptions &options)
{
    QTextDocument document;
    RenderOptions renderOptions;
    renderOptions.locale = options.locale;
    renderOptions.basePointSize = BasePointSize;
    renderPosting(document, posting, renderOptions);
    return exportDocumentPdf(document, path, options);
}

Status exportDocumentPdf(QTextDocument &document, const QString &path, const PdfOptions &options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error { PdfText::tr("Cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString()) };
    }
    if (Status written = writeDocumentPdf(document, file, options); !written) {
        file.cancelWriting();
        return Error {
            PdfText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), written.error())
        };
    }
    if (!file.commit()) {
        return Error { PdfText::tr("Cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString()) };
    }
    return {};
}

} // namespace hirekit
