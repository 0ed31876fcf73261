#pragma once

#include <QApplication>

namespace hirekit {

// Parses the window's options (--db, --lang, --screenshot, --tab), opens the library and
// runs the window, or renders it to a PNG and exits. Returns the exit code.
int runGui(QApplication &app);

} // namespace hirekit
