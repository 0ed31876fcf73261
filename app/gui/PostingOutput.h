#pragma once

#include "core/Posting.h"
#include "core/Result.h"
#include "io/PostingExport.h"

#include <QCoreApplication>

#include <optional>

class QTextBrowser;
class QTextDocument;
class QWidget;

namespace hirekit {

// Export, print and print preview of a posting from the window. Files and printers are
// chosen through the dialog wrappers (FileDialogs, PrintDialogs), the work is lib/'s
// (exportPosting, renderPosting), and errors come back as values for the caller to show.
class PostingOutput
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::PostingOutput)

public:
    struct Exported
    {
        QString path;
        ExportFormat format = ExportFormat::Pdf;
    };

    // Asks for a file name (the extension picks the format; without one, the chosen filter
    // does) and exports. nullopt when the user cancelled.
    static Result<std::optional<Exported>> exportWithDialog(QWidget *parent,
                                                            const Posting &posting);
    // Asks for a printer and prints. False when cancelled; an error when printing failed.
    static Result<bool> print(QWidget *parent, const Posting &posting);
    // Shows the pages as they would print; an error when printing is not available.
    static Status printPreview(QWidget *parent, const Posting &posting);

    // The posting laid out as the preview, the PDF and the printer show it.
    static void render(QTextDocument &document, const Posting &posting);
    // Shows `posting` in `browser`, rendered as render() does. In a browser on screen the
    // posting goes into a new document that is then shown: rendered into the shown one,
    // every block inserted had the browser lay out and scroll again (8 to 18 ms a posting,
    // not 2). A hidden browser lays out nothing until shown, so it is rendered in place.
    static void show(QTextBrowser *browser, const Posting &posting);
    // "PDF", "HTML", ... as people call the formats.
    static QString formatName(ExportFormat format);
};

} // namespace hirekit
