#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs the real hirekit binary for command-line tests, the way a script on a server would:
// no display (QT_QPA_PLATFORM names a platform that needs one, so anything that tried to open
// a window would abort), no XDG_RUNTIME_DIR, a C.UTF-8 locale, and settings and the default
// library under `home`. `extra` adds to that environment or overrides it.
struct HirekitRun
{
    int exitCode = -1; // -2 when it crashed, -1 when it hung
    QString out;
    QString err;
};

inline HirekitRun runHirekit(const QString &home, const QStringList &arguments,
                             bool headless = true, int timeoutMs = 120000,
                             const QProcessEnvironment &extra = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    if (headless)
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    else
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(extra);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(HIREKIT_BINARY), arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    HirekitRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
