#include "io/PostingExport.h"

#include "io/PostingJson.h"
#include "io/PostingJsonLd.h"
#include "render/PostingFormats.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

// The translation context of this file's messages.
struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::PostingExport)
};

constexpr std::array<std::pair<ExportFormat, const char16_t *>, 6> formatKeys { {
    { ExportFormat::Pdf, u"pdf" },
    { ExportFormat::Html, u"html" },
    { ExportFormat::Markdown, u"md" },
    { ExportFormat::Text, u"txt" },
    { ExportFormat::Json, u"json" },
    { ExportFormat::JsonLd, u"jsonld" },
} };

constexpr qsizetype MaxSlugLength = 60;

QString slugOf(const QString &title)
{
    QString slug;
    bool dash = false;
    const auto append = [&](QChar c) {
        if (c.isMark())
            return;
        if (!c.isLetterOrNumber()) {
            dash = true;
            return;
        }
        if (dash && !slug.isEmpty())
            slug += u'-';
        dash = false;
        slug += c.toLower();
    };
    for (const QChar c : title.normalized(QString::NormalizationForm_C)) {
        if (slug.size() >= MaxSlugLength)
            break;
        // Latin letters lose their accents (é -> e); other scripts stay as they are, where a
        // mark can change the word (Japanese ジ is not シ).
        if (c.script() == QChar::Script_Latin) {
            for (const QChar part : QString(c).normalized(QString::NormalizationForm_KD))
                append(part);
        } else {
            append(c);
        }
    }
    slug.truncate(MaxSlugLength);
    if (!slug.isEmpty() && slug.back().isHighSurrogate())
        slug.chop(1);
    return slug;
}

// The HTML export with the posting's JSON-LD in a <script type="application/ld+json"> at the
// end of its <head>, for search engines. The head is written before any typed text, so its
// first </head> is the real one.
QByteArray htmlWithJsonLd(const Posting &posting, const RenderOptions &render)
{
    QByteArray html = postingToHtml(posting, render).toUtf8();
    const qsizetype head = html.indexOf("</head>");
    if (head < 0)
        return html;
    const QByteArray script = "<script type=\"application/ld+json\">"
        + jsonLdForScript(postingToJsonLd(posting, render)) + "</script>\n";
    return html.insert(head, script);
}

} // namespace

QString toKey(ExportFormat format)
{
    for (const auto &[value, key] : formatKeys) {
        if (value == format)
            return QString::fromUtf16(key);
    }
    return QString();
}

std::optional<ExportFormat> exportFormatFromKey(QStringView key)
{
    for (const auto &[value, name] : formatKeys) {
        if (key.compare(QStringView(name), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

QStringList exportFormatKeys()
{
    QStringList keys;
    for (const auto &entry : formatKeys)
        keys.append(QString::fromUtf16(entry.second));
    return keys;
}

Result<QByteArray> exportToBytes(const Posting &posting, ExportFormat format,
                                 const ExportOptions &options)
{
    RenderOptions render;
    render.locale = options.locale;
    switch (format) {
    case ExportFormat::Pdf: {
        QByteArray data;
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        if (Status written =
                writePdf(posting, buffer, { options.page, options.pdfA, options.locale });
            !written)
            return Error { written.error() };
        return data;
    }
    case ExportFormat::Html:
        return htmlWithJsonLd(posting, render);
    case ExportFormat::Markdown:
        return postingToMarkdown(posting, render).toUtf8();
    case ExportFormat::Text:
        return postingToPlainText(posting, render).toUtf8();
    case ExportFormat::Json:
        return QJsonDocument(postingToJson(posting)).toJson(QJsonDocument::Indented);
    case ExportFormat::JsonLd:
        return QJsonDocument(postingToJsonLd(posting, render)).toJson(QJsonDocument::Indented);
    }
    return Error { ExportText::tr("Unknown export format.") };
}

Status writeFileAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        return Error { ExportText::tr("Cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString()) };
    }
    return {};
}

Status exportPosting(const Posting &posting, ExportFormat format, const QString &path,
                     const ExportOptions &options)
{
    if (format == ExportFormat::Pdf)
        return exportPdf(posting, path, { options.page, options.pdfA, options.locale });
    const auto data = exportToBytes(posting, format, options);
    if (!data)
        return Error { data.error() };
    return writeFileAtomically(path, *data);
}

QString suggestedFileName(const Posting &posting, ExportFormat format)
{
    const QString slug = slugOf(posting.title);
    const QString stem =
        slug.isEmpty() ? u"posting-%1"_s.arg(posting.id) : u"%1-%2"_s.arg(posting.id).arg(slug);
    return stem + u'.' + toKey(format);
}

} // namespace hirekit
