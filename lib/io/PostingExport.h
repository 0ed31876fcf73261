#pragma once

#include "core/Posting.h"
#include "core/Result.h"
#include "render/PostingPdf.h"

#include <QByteArray>
#include <QLocale>
#include <QStringList>

#include <optional>

namespace hirekit {

// The files a posting can be exported to.
enum class ExportFormat
{
    Pdf,
    Html,
    Markdown,
    Text,
    Json,
    JsonLd,
};

// "pdf", "html", "md", "txt", "json", "jsonld": the key on the command line and the file extension.
QString toKey(ExportFormat format);
std::optional<ExportFormat> exportFormatFromKey(QStringView key);
QStringList exportFormatKeys();

struct ExportOptions
{
    // Dates in every format; the paper of a PDF when `page` is FromLocale.
    QLocale locale = QLocale();
    PageChoice page = PageChoice::FromLocale;
    bool pdfA = false;
};

// The exported file's bytes (UTF-8 for the text formats).
Result<QByteArray> exportToBytes(const Posting &posting, ExportFormat format,
                                 const ExportOptions &options = {});

// Writes the export to `path` through QSaveFile: on any failure nothing is left there, and
// the message names the file.
Status exportPosting(const Posting &posting, ExportFormat format, const QString &path,
                     const ExportOptions &options = {});

// Writes `data` to `path` through QSaveFile, replacing the file only once all is written.
Status writeFileAtomically(const QString &path, const QByteArray &data);

// "12-backend-developer.pdf": the id, the title as a slug (letters and digits of any script,
// lower case, dashes between words, at most 60 characters), the extension. Never a path
// separator, a leading dot or a control character.
QString suggestedFileName(const Posting &posting, ExportFormat format);

} // namespace hirekit
