#pragma once

#include "gui/PrintingPlugin.h"

#include <QObject>

namespace hirekit {

// The plugin that prints with Qt Print Support: QPrinter, QPrintDialog and
// QPrintPreviewDialog (loaded by gui/Plugins on demand).
class PrintDialogsPlugin : public QObject, public PrintingPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID HIREKIT_PRINTING_PLUGIN_IID)
    Q_INTERFACES(hirekit::PrintingPlugin)

public:
    PrintOutcome print(QWidget *parent, const PrintJob &job,
                       const std::optional<PrintAnswer> &answer) const override;
    void preview(QWidget *parent, const PrintJob &job,
                 const std::optional<PrintAnswer> &answer) const override;
};

} // namespace hirekit
