#pragma once

#include "core/Result.h"

#include <QStringList>

namespace hirekit {

class PrintingPlugin;
class SalaryChartPlugin;

// Hirekit's plugins, each loaded once, on first use, so that no start pays for the libraries
// they bring: salary charts (app/charts: Qt Charts and its OpenGL libraries) and printing
// (app/printing: Qt Print Support). Looked for in the folder HIREKIT_PLUGIN_PATH names (tests
// and benchmarks of the build tree), next to the binary, and in ../lib/hirekit from it
// (installed).
namespace Plugins {

// The plugin, or why it cannot be loaded (the file looked for and the loader's reason).
Result<SalaryChartPlugin *> salaryCharts();
Result<PrintingPlugin *> printing();

// Starts loading the charts plugin's libraries on a thread of its own, once: a chart about
// to be shown then finds them loaded. Does nothing once salaryCharts() has been called.
void loadSalaryChartsInBackground();

// The folders looked in, in order.
QStringList searchPath();
// For tests: look in `folders` instead (an empty list restores the default); the next call
// of each looks again. A plugin once loaded stays in memory.
void setSearchPath(const QStringList &folders);

} // namespace Plugins

} // namespace hirekit
