#pragma once

// Printing lives in a plugin (app/printing): Qt Print Support cost every start about
// 0.4 ms to load, for a menu item few use. PrintDialogs loads it (Plugins.h) when asked to
// print; what to print is drawn by a function of the caller's, so the plugin knows no
// posting. The interface's id below changes with any change to this file.

#include <QPageSize>
#include <QString>
#include <QtPlugin>

#include <functional>
#include <optional>

class QPagedPaintDevice;
class QWidget;

namespace hirekit {

// What to print: the name the print queue shows, and the pages.
struct PrintJob
{
    QString documentName;
    QString creator;
    QPageSize pageSize;
    // Draws every page on the printer.
    std::function<void(QPagedPaintDevice *)> paint;
};

// An answer given in place of the dialog (tests): accepted, printing to `pdfFile` when it is
// not empty, or cancelled.
struct PrintAnswer
{
    bool accepted = false;
    QString pdfFile;
};

enum class PrintOutcome
{
    Printed,
    Cancelled,
    Failed
};

// The plugin's entry point.
class PrintingPlugin
{
public:
    virtual ~PrintingPlugin() = default;
    // Asks where and how to print (or takes `answer`), then prints.
    virtual PrintOutcome print(QWidget *parent, const PrintJob &job,
                               const std::optional<PrintAnswer> &answer) const = 0;
    // Shows the pages, with the preview's own Print button (or, with `answer`, prints what
    // the preview would show when accepted).
    virtual void preview(QWidget *parent, const PrintJob &job,
                         const std::optional<PrintAnswer> &answer) const = 0;
};

} // namespace hirekit

#define HIREKIT_PRINTING_PLUGIN_IID "org.hirekit.PrintingPlugin/1"
Q_DECLARE_INTERFACE(hirekit::PrintingPlugin, HIREKIT_PRINTING_PLUGIN_IID)
