// Hirekit: one binary for the desktop window and the headless command line.

#include "AppSetup.h"
#include "GuiStartup.h"
#include "StartupMarks.h"
#include "cli/CommandLine.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

int runHeadless(QCoreApplication &app, const QStringList &arguments)
{
    hirekit::setApplicationIdentity();
    hirekit::installTranslations(app, hirekit::cli::optionValue(arguments, u"lang"_s));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return hirekit::cli::run(QCoreApplication::arguments(), out, err);
}

// The offscreen platform warns when XDG_RUNTIME_DIR is unset (containers, CI, cron), which
// says nothing to someone exporting a file; every other message goes through as usual.
QtMessageHandler s_defaultHandler = nullptr;
void quietPlatformMessages(QtMsgType type, const QMessageLogContext &context,
                           const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR"_s))
        return;
    if (s_defaultHandler)
        s_defaultHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

int main(int argc, char *argv[])
{
    hirekit::markStartup("main");
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // Subcommands, --help and --version never need a display: no QApplication for them.
    if (hirekit::cli::isHeadless(arguments)) {
        if (hirekit::cli::needsFonts(arguments)) {
            // Exports lay out text, which needs a GUI application for fonts; the offscreen
            // platform gives it without a display, whatever QT_QPA_PLATFORM says.
            qputenv("QT_QPA_PLATFORM", "offscreen");
            s_defaultHandler = qInstallMessageHandler(quietPlatformMessages);
            QGuiApplication app(argc, argv);
            return runHeadless(app, arguments);
        }
        QCoreApplication app(argc, argv);
        return runHeadless(app, arguments);
    }

    // A screenshot is rendered offscreen unless the caller chose a platform.
    if (arguments.contains(u"--screenshot"_s) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    hirekit::markStartup("application");
    hirekit::setApplicationIdentity();
    return hirekit::runGui(app);
}
