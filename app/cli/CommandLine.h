#pragma once

#include <QStringList>
#include <QTextStream>

namespace hirekit::cli {

// Exit codes of the headless commands.
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1, // the command ran and failed (bad library, missing data, ...)
    ExitUsage = 2, // the command line itself is wrong
};

// Whether `arguments` (argv, program name first) name a headless subcommand, so that
// main() can start without a GUI application or display.
bool isSubcommand(const QStringList &arguments);

// Whether `arguments` can be served without a GUI: a subcommand, --help or --version.
bool isHeadless(const QStringList &arguments);

// Whether the subcommand in `arguments` lays out text (an export to PDF or HTML) and so needs
// fonts: a QGuiApplication on the offscreen platform, never a display.
bool needsFonts(const QStringList &arguments);

// The options every invocation understands: --db and --lang (each takes a value).
QString optionValue(const QStringList &arguments, const QString &name);

// The whole --help text, and the list of commands with a line on each.
QString usage();
QString commandOverview();

// Runs the headless subcommand in `arguments`, printing results to `out` and errors to
// `err`. Returns the process exit code. Changes nothing when it fails.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace hirekit::cli
