// Hirekit: one binary for the desktop window and the headless command line.

#include "AppSetup.h"
#include "GuiStartup.h"
#include "cli/CommandLine.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // Subcommands, --help and --version never need a display: no QApplication for them.
    if (hirekit::cli::isHeadless(arguments)) {
        QCoreApplication app(argc, argv);
        hirekit::setApplicationIdentity();
        hirekit::installTranslations(app, hirekit::cli::optionValue(arguments, u"lang"_s));
        QTextStream out(stdout);
        QTextStream err(stderr);
        return hirekit::cli::run(QCoreApplication::arguments(), out, err);
    }

    // A screenshot is rendered offscreen unless the caller chose a platform.
    if (arguments.contains(u"--screenshot"_s) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    hirekit::setApplicationIdentity();
    return hirekit::runGui(app);
}
