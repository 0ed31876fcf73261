#pragma once

#include "core/Result.h"

#include <QStringList>

namespace hirekit {

class SalaryChartPlugin;

// Finds and loads the salary charts plugin (app/charts) once, on first use: next to the
// binary, in ../lib/hirekit from it (installed), or in the build tree.
namespace ChartPlugin {

// The plugin, or why it cannot be loaded (the file looked for and the loader's reason).
Result<SalaryChartPlugin *> salaryCharts();

// Starts loading the plugin's libraries on a thread of its own, once: a chart about to be
// shown then finds them loaded. Does nothing once salaryCharts() has been called.
void loadInBackground();

// The folders looked in, in order.
QStringList searchPath();
// For tests: look in `folders` instead (an empty list restores the default); the next call
// looks again. A plugin once loaded stays in memory.
void setSearchPath(const QStringList &folders);

} // namespace ChartPlugin

} // namespace hirekit
