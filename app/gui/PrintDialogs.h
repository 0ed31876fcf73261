#pragma once

#include <QString>

#include <functional>

class QPrinter;
class QWidget;

namespace hirekit {

// The only door to QPrintDialog and QPrintPreviewDialog in the GUI. A test queues the
// answer of the next one with setNextAnswer(); that dialog is then not shown. Accepted with
// a PDF file name, the printer writes that PDF, so a test can check what would be printed.
class PrintDialogs
{
public:
    // Asks where and how to print. True when the user chose to print.
    static bool print(QWidget *parent, QPrinter &printer);
    // Shows the pages `paint` draws on the printer, with the preview's own Print button.
    static void preview(QWidget *parent, QPrinter &printer,
                        const std::function<void(QPrinter *)> &paint);

    // Test hook: the next dialog is not shown; it is accepted (printing to `pdfFile` when
    // given) or cancelled.
    static void setNextAnswer(bool accepted, const QString &pdfFile = QString());
};

} // namespace hirekit
