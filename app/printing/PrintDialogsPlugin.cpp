#include "PrintDialogsPlugin.h"

#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace hirekit {

namespace {

void prepare(QPrinter &printer, const PrintJob &job)
{
    printer.setDocName(job.documentName);
    printer.setCreator(job.creator);
    printer.setPageSize(job.pageSize);
}

// The answer given in place of the dialog, applied to `printer`: accepted or not.
bool apply(const PrintAnswer &answer, QPrinter &printer)
{
    if (answer.accepted && !answer.pdfFile.isEmpty()) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(answer.pdfFile);
    }
    return answer.accepted;
}

} // namespace

PrintOutcome PrintDialogsPlugin::print(QWidget *parent, const PrintJob &job,
                                       const std::optional<PrintAnswer> &answer) const
{
    QPrinter printer(QPrinter::HighResolution);
    prepare(printer, job);
    bool accepted = false;
    if (answer) {
        accepted = apply(*answer, printer);
    } else {
        QPrintDialog dialog(&printer, parent);
        accepted = dialog.exec() == QDialog::Accepted;
    }
    if (!accepted)
        return PrintOutcome::Cancelled;
    job.paint(&printer);
    return printer.printerState() == QPrinter::Error ? PrintOutcome::Failed : PrintOutcome::Printed;
}

void PrintDialogsPlugin::preview(QWidget *parent, const PrintJob &job,
                                 const std::optional<PrintAnswer> &answer) const
{
    QPrinter printer(QPrinter::HighResolution);
    prepare(printer, job);
    if (answer) {
        // What the preview would have drawn, so a test sees the same pages.
        if (apply(*answer, printer))
            job.paint(&printer);
        return;
    }
    QPrintPreviewDialog dialog(&printer, parent);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&job](QPrinter *target) { job.paint(target); });
    dialog.exec();
}

} // namespace hirekit
