#pragma once

#include "core/Posting.h"
#include "core/Result.h"

#include <QLocale>
#include <QPageSize>

class QIODevice;
class QTextDocument;

namespace hirekit {

// The paper a PDF is laid out on.
enum class PageChoice
{
    FromLocale, // US Letter where it is the custom (US, Canada, Mexico, the Philippines, ...)
    A4,
    Letter,
};

struct PdfOptions
{
    PageChoice page = PageChoice::FromLocale;
    // PDF/A-1b, for archiving: XMP metadata, an sRGB output intent, fonts embedded.
    bool pdfA = false;
    // Picks the paper for FromLocale and writes dates.
    QLocale locale = QLocale();
};

// A4 or Letter, as `page` and `locale` say.
QPageSize pageSizeFor(PageChoice page, const QLocale &locale);

// The posting as laid out by renderPosting() on pages with 20 mm margins and "Page N of M"
// in the footer; fonts embedded, text extractable in reading order, title and creator set.
// A heading at the foot of a page moves to the next page with its text.
// Writes to `device`, which must be open for writing.
Status writePdf(const Posting &posting, QIODevice &device, const PdfOptions &options = {});

// writePdf() to the file `path` through QSaveFile: the file appears whole or not at all.
Status exportPdf(const Posting &posting, const QString &path, const PdfOptions &options = {});

// The same page layout for any rendered document (scorecards, debriefs): its first block is
// the title in the footer and the PDF's metadata. The document is laid out anew for the page.
Status writeDocumentPdf(QTextDocument &document, QIODevice &device, const PdfOptions &options = {});
Status exportDocumentPdf(QTextDocument &document, const QString &path,
                         const PdfOptions &options = {});

} // namespace hirekit
