#pragma once

#include <QLoggingCategory>

#include <chrono>

namespace hirekit {

// Marks on the way to the first frame, for the performance runner (issue 8). With the logging
// category hirekit.startup on (QT_LOGGING_RULES="hirekit.startup.debug=true"), each mark
// prints its step and the wall clock in microseconds; the runner, which times the whole
// process from outside, splits that time into phases with them. Off, as it is by default, a
// mark costs one check. Header only: the runner's bare window (tests/benchmarks/bare_window)
// marks the same steps without linking Hirekit.
inline const QLoggingCategory &startupCategory()
{
    static const QLoggingCategory category("hirekit.startup", QtInfoMsg);
    return category;
}

inline void markStartup(const char *step)
{
    if (!startupCategory().isDebugEnabled())
        return;
    const auto now = std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::system_clock::now().time_since_epoch());
    qCDebug(startupCategory, "%s %lld", step, static_cast<long long>(now.count()));
}

} // namespace hirekit
