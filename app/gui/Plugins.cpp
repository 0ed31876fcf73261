#include "gui/Plugins.h"

#include "gui/PrintingPlugin.h"
#include "gui/SalaryChartPlot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPluginLoader>

#include <dlfcn.h>

#include <system_error>
#include <thread>

using namespace Qt::StringLiterals;

namespace hirekit::Plugins {

namespace {

struct PluginsText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::Plugins)
};

QStringList &overriddenPath()
{
    static QStringList folders;
    return folders;
}

// One plugin: its file's name, and what loading it gave.
struct Slot
{
    explicit Slot(const char *name)
        : fileName(name)
    { }

    const char *fileName;
    QObject *instance = nullptr;
    QString error;
    bool tried = false;
};

Slot &chartsSlot()
{
    static Slot slot("libhirekit_charts.so");
    return slot;
}

Slot &printingSlot()
{
    static Slot slot("libhirekit_printing.so");
    return slot;
}

// The plugin's file in the first folder that has it, or an empty string.
QString findFile(const Slot &slot)
{
    const QStringList folders = searchPath();
    for (const QString &folder : folders) {
        const QFileInfo candidate(QDir(folder), QString::fromLatin1(slot.fileName));
        if (candidate.exists())
            return candidate.absoluteFilePath();
    }
    return {};
}

template<typename Interface> Result<Interface *> load(Slot &slot)
{
    if (!slot.tried) {
        slot.tried = true;
        const QString fileName = QString::fromLatin1(slot.fileName);
        const QString file = findFile(slot);
        if (file.isEmpty()) {
            slot.error = PluginsText::tr("The plugin %1 is in none of %2.")
                             .arg(fileName, searchPath().join(u", "_s));
        } else {
            // Never unloaded: what it made lives as long as its windows.
            QPluginLoader loader(file);
            slot.instance = loader.instance();
            if (!qobject_cast<Interface *>(slot.instance)) {
                const QString reason = slot.instance
                    ? PluginsText::tr("it is not the plugin Hirekit looks for")
                    : loader.errorString();
                slot.instance = nullptr;
                slot.error = PluginsText::tr("Cannot load the plugin %1: %2")
                                 .arg(QDir::toNativeSeparators(file), reason);
            }
        }
    }
    if (auto *plugin = qobject_cast<Interface *>(slot.instance))
        return plugin;
    return Error { slot.error };
}

} // namespace

QStringList searchPath()
{
    if (!overriddenPath().isEmpty())
        return overriddenPath();
    QStringList folders;
    // Tests and benchmarks run from their own folders of the build tree: ctest and the
    // benchmark scripts name the folder the plugins are built in.
    const QString named = qEnvironmentVariable("HIREKIT_PLUGIN_PATH");
    if (!named.isEmpty())
        folders.append(named);
    const QString binary = QCoreApplication::applicationDirPath();
    folders << binary << QDir(binary).filePath(u"../lib/hirekit"_s);
    return folders;
}

void setSearchPath(const QStringList &folders)
{
    overriddenPath() = folders;
    // A plugin already loaded stays in memory (what it made uses it); the next call looks
    // for it again.
    for (Slot *slot : { &chartsSlot(), &printingSlot() }) {
        slot->instance = nullptr;
        slot->error.clear();
        slot->tried = false;
    }
}

Result<SalaryChartPlugin *> salaryCharts()
{
    return load<SalaryChartPlugin>(chartsSlot());
}

Result<PrintingPlugin *> printing()
{
    return load<PrintingPlugin>(printingSlot());
}

void loadSalaryChartsInBackground()
{
    // Joined as the application ends (or, should a program end without its application
    // object, when static objects go), so that no library is still starting as Qt shuts down.
    static struct Loading
    {
        std::thread thread;
        ~Loading()
        {
            if (thread.joinable())
                thread.join();
        }
    } loading;
    if (loading.thread.joinable() || chartsSlot().tried)
        return;
    const QString file = findFile(chartsSlot());
    if (file.isEmpty())
        return; // salaryCharts() says why, when asked
    // Only the dynamic loader's work (mapping Qt Charts and its OpenGL libraries and
    // relocating them, which they ask to be done at once): QPluginLoader then finds the
    // library loaded, and checks it as it would have. Never unloaded, like the plugin itself;
    // the loader's own lock keeps a load on the GUI thread waiting for it.
    try {
        loading.thread = std::thread(
            [path = QFile::encodeName(file)] { dlopen(path.constData(), RTLD_LAZY | RTLD_LOCAL); });
    } catch (const std::system_error &) {
        return; // no thread: the plugin loads when a chart shows, as without this
    }
    qAddPostRoutine([] {
        if (loading.thread.joinable())
            loading.thread.join();
    });
}

} // namespace hirekit::Plugins
