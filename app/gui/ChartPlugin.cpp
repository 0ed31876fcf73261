#include "gui/ChartPlugin.h"

#include "gui/SalaryChartPlot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPluginLoader>

#include <dlfcn.h>

#include <thread>

using namespace Qt::StringLiterals;

namespace hirekit::ChartPlugin {

namespace {

struct ChartPluginText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::ChartPlugin)
};

constexpr auto FileName = "libhirekit_charts.so";

QStringList &overriddenPath()
{
    static QStringList folders;
    return folders;
}

struct Loaded
{
    SalaryChartPlugin *plugin = nullptr;
    QString error;
    bool tried = false;
};

Loaded &loaded()
{
    static Loaded state;
    return state;
}

} // namespace

QStringList searchPath()
{
    if (!overriddenPath().isEmpty())
        return overriddenPath();
    const QString binary = QCoreApplication::applicationDirPath();
    QStringList folders { binary, QDir(binary).filePath(u"../lib/hirekit"_s) };
#ifdef HIREKIT_BUILD_PLUGIN_DIR
    // Tests and benchmarks run from their own folders of the build tree.
    folders.append(QStringLiteral(HIREKIT_BUILD_PLUGIN_DIR));
#endif
    return folders;
}

void setSearchPath(const QStringList &folders)
{
    overriddenPath() = folders;
    // A plugin already loaded stays in memory (the charts it made use it); the next call
    // looks for it again.
    loaded() = {};
}

// The plugin's file in the first folder that has it, or an empty string.
QString findFile()
{
    const QStringList folders = searchPath();
    for (const QString &folder : folders) {
        const QFileInfo candidate(QDir(folder), QString::fromLatin1(FileName));
        if (candidate.exists())
            return candidate.absoluteFilePath();
    }
    return {};
}

void loadInBackground()
{
    static bool started = false;
    if (started || loaded().tried)
        return;
    started = true;
    const QString file = findFile();
    if (file.isEmpty())
        return; // salaryCharts() says why, when asked
    // Only the dynamic loader's work (mapping Qt Charts and its OpenGL libraries, binding
    // their symbols): QPluginLoader then finds the library loaded. Never unloaded, like the
    // plugin itself; the loader's own lock keeps a load on the GUI thread waiting for it.
    std::thread([path = QFile::encodeName(file)] { dlopen(path.constData(), RTLD_LAZY); }).detach();
}

Result<SalaryChartPlugin *> salaryCharts()
{
    Loaded &state = loaded();
    if (!state.tried) {
        state.tried = true;
        const QString fileName = QString::fromLatin1(FileName);
        const QString file = findFile();
        if (file.isEmpty()) {
            state.error = ChartPluginText::tr("Charts are not available: %1 is in none of %2.")
                              .arg(fileName, searchPath().join(u", "_s));
        } else {
            // Never unloaded: the charts it made live as long as their windows.
            QPluginLoader loader(file);
            QObject *instance = loader.instance();
            state.plugin = qobject_cast<SalaryChartPlugin *>(instance);
            if (!state.plugin) {
                const QString reason = instance
                    ? ChartPluginText::tr("it is not Hirekit's charts plugin")
                    : loader.errorString();
                state.error = ChartPluginText::tr("Charts are not available: cannot load %1: %2")
                                  .arg(QDir::toNativeSeparators(file), reason);
            }
        }
    }
    if (!state.plugin)
        return Error { state.error };
    return state.plugin;
}

} // namespace hirekit::ChartPlugin
