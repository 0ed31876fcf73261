#include "gui/PrintDialogs.h"

#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <optional>

namespace hirekit {

namespace {

struct QueuedAnswer
{
    bool accepted = false;
    QString pdfFile;
};

std::optional<QueuedAnswer> nextAnswer;

// The queued answer, applied to `printer`; nullopt when the dialog is to be shown.
std::optional<bool> takeQueuedAnswer(QPrinter &printer)
{
    if (!nextAnswer)
        return std::nullopt;
    const QueuedAnswer answer = *nextAnswer;
    nextAnswer.reset();
    if (answer.accepted && !answer.pdfFile.isEmpty()) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(answer.pdfFile);
    }
    return answer.accepted;
}

} // namespace

bool PrintDialogs::print(QWidget *parent, QPrinter &printer)
{
    if (const auto queued = takeQueuedAnswer(printer))
        return *queued;
    QPrintDialog dialog(&printer, parent);
    return dialog.exec() == QDialog::Accepted;
}

void PrintDialogs::preview(QWidget *parent, QPrinter &printer,
                           const std::function<void(QPrinter *)> &paint)
{
    if (const auto queued = takeQueuedAnswer(printer)) {
        // What the preview would have drawn, so a test sees the same pages.
        if (*queued)
            paint(&printer);
        return;
    }
    QPrintPreviewDialog dialog(&printer, parent);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&paint](QPrinter *target) { paint(target); });
    dialog.exec();
}

void PrintDialogs::setNextAnswer(bool accepted, const QString &pdfFile)
{
    nextAnswer = QueuedAnswer { accepted, pdfFile };
}

} // namespace hirekit
