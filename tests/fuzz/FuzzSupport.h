#pragma once

// What every fuzz target shares: the Qt application object some code needs, a quiet message
// handler, and one library to import into.

#include "storage/Library.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace hirekit::fuzz {

// Qt's warnings (a driver's complaint about an SQL error the importer then reports) would
// fill the fuzzer's log at every execution; only a fatal message matters here.
inline void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

// Creates the application object once, in LLVMFuzzerInitialize. `gui` for code that lays out
// text (fonts need a QGuiApplication), on the offscreen platform. Kept for the whole run on
// purpose, like the one of a real process.
inline void startApplication(bool gui)
{
    static int argc = 1;
    static char name[] = "hirekit-fuzz";
    static char *argv[] = { name, nullptr };
    qInstallMessageHandler(quietMessages);
    if (gui) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        static QGuiApplication *app = new QGuiApplication(argc, argv);
        Q_UNUSED(app)
    } else {
        static QCoreApplication *app = new QCoreApplication(argc, argv);
        Q_UNUSED(app)
    }
}

// A scratch folder for the run, in memory where the system has one, so imports cost no disk.
inline const QTemporaryDir &scratch()
{
    static const QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists()
                                       ? QStringLiteral("/dev/shm/hirekit-fuzz-XXXXXX")
                                       : QDir::tempPath() + QStringLiteral("/hirekit-fuzz-XXXXXX"));
    return dir;
}

// A new library with the built-in content (questions, red flags), made once per run. Targets
// write into it inside a Transaction they never commit, so every input meets the same library.
inline Library &library()
{
    static std::unique_ptr<Library> library = [] {
        auto opened = Library::open(scratch().filePath(QStringLiteral("fuzz.sqlite")),
                                    Library::OpenMode::CreateNew);
        if (!opened) {
            std::fprintf(stderr, "cannot create the fuzz library: %s\n",
                         qPrintable(opened.error()));
            std::abort();
        }
        return std::move(opened).value();
    }();
    return *library;
}

} // namespace hirekit::fuzz
