#pragma once

#include "core/Result.h"
#include "gui/PrintingPlugin.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace hirekit {

// The only door to printing in the GUI: QPrintDialog and QPrintPreviewDialog, in the printing
// plugin (PrintingPlugin.h), loaded on first use. A test queues the answer of the next dialog
// with setNextAnswer(); that dialog is then not shown. Accepted with a PDF file name, the
// printer writes that PDF, so a test can check what would be printed.
class PrintDialogs
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::PrintDialogs)

public:
    // Asks where and how to print, then prints `job`. An error when printing is not
    // available (the plugin cannot be loaded).
    static Result<PrintOutcome> print(QWidget *parent, const PrintJob &job);
    // Shows the pages of `job`, with the preview's own Print button.
    static Status preview(QWidget *parent, const PrintJob &job);

    // Test hook: the next dialog is not shown; it is accepted (printing to `pdfFile` when
    // given) or cancelled.
    static void setNextAnswer(bool accepted, const QString &pdfFile = QString());
};

} // namespace hirekit
