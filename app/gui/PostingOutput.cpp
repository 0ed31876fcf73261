#include "gui/PostingOutput.h"

#include "gui/AppSettings.h"
#include "gui/FileDialogs.h"
#include "gui/PrintDialogs.h"
#include "render/PostingPdf.h"
#include "render/PostingRenderer.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

const QList<ExportFormat> dialogFormats { ExportFormat::Pdf,      ExportFormat::Html,
                                          ExportFormat::Markdown, ExportFormat::Text,
                                          ExportFormat::Json,     ExportFormat::JsonLd };

QString filterFor(ExportFormat format)
{
    return PostingOutput::tr("%1 (*.%2)").arg(PostingOutput::formatName(format), toKey(format));
}

std::optional<ExportFormat> formatOfFileName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"htm"_s)
        return ExportFormat::Html;
    if (suffix == u"markdown"_s)
        return ExportFormat::Markdown;
    return exportFormatFromKey(suffix);
}

// The posting's pages for a printer, laid out as the preview shows them.
PrintJob printJob(const Posting &posting)
{
    PrintJob job;
    job.documentName = posting.title;
    job.creator = QCoreApplication::applicationName();
    job.pageSize = pageSizeFor(PageChoice::FromLocale, QLocale());
    job.paint = [posting](QPagedPaintDevice *printer) {
        QTextDocument document;
        PostingOutput::render(document, posting);
        document.print(printer);
    };
    return job;
}

} // namespace

QString PostingOutput::formatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return tr("PDF document");
    case ExportFormat::Html:
        return tr("Web page (HTML)");
    case ExportFormat::Markdown:
        return tr("Markdown");
    case ExportFormat::Text:
        return tr("Plain text");
    case ExportFormat::Json:
        return tr("JSON");
    case ExportFormat::JsonLd:
        return tr("schema.org JSON-LD");
    }
    return {};
}

Result<std::optional<PostingOutput::Exported>>
PostingOutput::exportWithDialog(QWidget *parent, const Posting &posting)
{
    AppSettings settings;
    const ExportFormat lastFormat =
        exportFormatFromKey(settings.exportFormat()).value_or(ExportFormat::Pdf);
    QString directory = settings.exportDirectory();
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);

    QStringList filters;
    for (const ExportFormat format : dialogFormats)
        filters.append(filterFor(format));
    QString selectedFilter = filterFor(lastFormat);
    QString path = FileDialogs::getSaveFileName(
        parent, tr("Export Posting"),
        QDir(directory).filePath(suggestedFileName(posting, lastFormat)), filters.join(u";;"_s), {},
        &selectedFilter);
    if (path.isEmpty())
        return std::optional<Exported>();

    std::optional<ExportFormat> format = formatOfFileName(path);
    if (!format) {
        // No known extension: the filter picked in the dialog decides, and names the file.
        format = lastFormat;
        for (const ExportFormat candidate : dialogFormats) {
            if (selectedFilter == filterFor(candidate))
                format = candidate;
        }
        path += u'.' + toKey(*format);
    }
    if (Status written = exportPosting(posting, *format, path); !written)
        return Error { written.error() };
    settings.setExportDirectory(QFileInfo(path).absolutePath());
    settings.setExportFormat(toKey(*format));
    return std::optional<Exported>(Exported { path, *format });
}

void PostingOutput::render(QTextDocument &document, const Posting &posting)
{
    renderPosting(document, posting, RenderOptions {});
}

void PostingOutput::show(QTextBrowser *browser, const Posting &posting)
{
    if (!browser->isVisible()) {
        render(*browser->document(), posting);
        return;
    }
    auto *document = new QTextDocument(browser);
    render(*document, posting);
    // The browser deletes only the document it made itself; those made here go here.
    QTextDocument *shown = browser->document();
    const bool madeHere = shown->parent() == browser;
    browser->setDocument(document);
    if (madeHere)
        delete shown;
}

Result<bool> PostingOutput::print(QWidget *parent, const Posting &posting)
{
    const auto printed = PrintDialogs::print(parent, printJob(posting));
    if (!printed)
        return Error { printed.error() };
    if (*printed == PrintOutcome::Failed)
        return Error { tr("Printing \"%1\" failed.").arg(posting.title) };
    return *printed == PrintOutcome::Printed;
}

Status PostingOutput::printPreview(QWidget *parent, const Posting &posting)
{
    return PrintDialogs::preview(parent, printJob(posting));
}

} // namespace hirekit
