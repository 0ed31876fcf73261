#include "GuiStartup.h"

#include "AppSetup.h"
#include "StartupMarks.h"
#include "cli/CommandLine.h"
#include "gui/AppSettings.h"
#include "gui/LibraryHealthCheck.h"
#include "gui/MainWindow.h"
#include "gui/MessageBoxes.h"
#include "storage/Library.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QImage>
#include <QScreen>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

// The translation context of this file's messages.
struct GuiStartupText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::GuiStartup)
};

// The window as it was painted when shown. Offscreen, that is its backing store, which the
// platform hands out as it is: QWidget::grab() would paint the whole window a second time, as
// long again as the first paint. On a real screen other windows may cover ours, so there the
// window paints itself into the picture.
QImage paintedWindow(QWidget &window)
{
    if (QGuiApplication::platformName() == u"offscreen"_s) {
        if (QScreen *screen = window.screen())
            return screen->grabWindow(window.winId()).toImage();
    }
    return window.grab().toImage();
}

// Renders the window with `library` offscreen to `target`.
int takeScreenshot(MainWindow &window, const QString &tab, const QString &target)
{
    QTextStream err(stderr);
    if (!tab.isEmpty() && !window.selectTab(tab)) {
        err << GuiStartupText::tr(
                   "hirekit: unknown tab \"%1\"; use postings, salaries or interviews.")
                   .arg(tab)
            << '\n';
        return cli::ExitUsage;
    }
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    markStartup("painted");
    const QImage image = paintedWindow(window);
    if (!image.save(target, "PNG")) {
        err << GuiStartupText::tr("hirekit: cannot write the screenshot %1.").arg(target) << '\n';
        return cli::ExitFailure;
    }
    markStartup("saved");
    return cli::ExitOk;
}

} // namespace

int runGui(QApplication &app)
{
    QCommandLineParser parser;
    parser.addOption({ u"db"_s, GuiStartupText::tr("Use the library file PATH."), u"PATH"_s });
    parser.addOption(
        { u"lang"_s, GuiStartupText::tr("Use the language CODE (e.g. de)."), u"CODE"_s });
    parser.addOption({ u"screenshot"_s,
                       GuiStartupText::tr("Render the window to OUT.png and exit."),
                       u"OUT.png"_s });
    parser.addOption({ u"tab"_s,
                       GuiStartupText::tr("The tab to show: postings, salaries or interviews."),
                       u"NAME"_s });
    QTextStream err(stderr);
    if (!parser.parse(QCoreApplication::arguments())) {
        err << u"hirekit: "_s << parser.errorText() << '\n' << cli::usage();
        return cli::ExitUsage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << GuiStartupText::tr("hirekit: unknown command \"%1\".")
                   .arg(parser.positionalArguments().first())
            << '\n'
            << cli::usage();
        return cli::ExitUsage;
    }

    AppSettings settings;
    const QString language =
        parser.isSet(u"lang"_s) ? parser.value(u"lang"_s) : settings.language();
    if (!installTranslations(app, language))
        err << u"hirekit: no translation for \"%1\"; using English."_s.arg(language) << '\n';

    const bool screenshot = parser.isSet(u"screenshot"_s);
    // Nothing that grows with the library runs before the window shows: SQLite's
    // quick_check reads the whole file, so it runs in the background afterwards.
    Library::Options options;
    options.checkBeforeOpening = false;
    // An explicit --db is opened or created; so is the default library. The library of the
    // last session must still exist: if it is gone, the default one is used instead.
    std::unique_ptr<Library> library;
    QString notice;
    QString problem;
    QString path = parser.value(u"db"_s);
    if (path.isEmpty() && !screenshot && !settings.lastLibrary().isEmpty()) {
        options.mode = Library::OpenMode::OpenExisting;
        auto last = Library::open(settings.lastLibrary(), options);
        if (last)
            library = std::move(last).value();
        else
            notice = last.error();
    }
    if (!library) {
        if (path.isEmpty())
            path = Library::defaultPath();
        options.mode = Library::OpenMode::OpenOrCreate;
        auto opened = Library::open(path, options);
        if (opened)
            library = std::move(opened).value();
        else
            problem = opened.error();
    }

    markStartup("library");
    const QString openedPath = library ? library->path() : QString();
    MainWindow window;
    markStartup("window");
    // The tab asked for first: the window reads only the tab in view.
    if (parser.isSet(u"tab"_s))
        window.selectTab(parser.value(u"tab"_s));
    if (library)
        window.setLibrary(std::move(library));
    markStartup("read");
    if (screenshot) {
        if (!problem.isEmpty()) {
            err << u"hirekit: "_s << problem << '\n';
            return cli::ExitFailure;
        }
        return takeScreenshot(window, parser.value(u"tab"_s), parser.value(u"screenshot"_s));
    }
    if (parser.isSet(u"tab"_s))
        window.selectTab(parser.value(u"tab"_s));
    window.show();
    // After show(): reading the SVG loads Qt's SVG icon engine and its library (about a
    // millisecond), which the first frame can do without. A screenshot has no title bar.
    QTimer::singleShot(0, &window,
                       [] { QApplication::setWindowIcon(QIcon(u":/icons/hirekit.svg"_s)); });
    if (!notice.isEmpty())
        MessageBoxes::information(&window, GuiStartupText::tr("Last library not found"), notice);
    if (!problem.isEmpty())
        MessageBoxes::critical(&window, GuiStartupText::tr("Cannot open the library"), problem);
    LibraryHealthCheck healthCheck;
    QObject::connect(
        &healthCheck, &LibraryHealthCheck::finished, &window,
        [&window](const QString &checked, const QStringList &problems) {
            if (problems.isEmpty())
                return;
            MessageBoxes::critical(
                &window, GuiStartupText::tr("The library is damaged"),
                GuiStartupText::tr("SQLite's check of %1 found problems: %2\n\nSave nothing "
                                   "more to it. Restore it from a backup (File > Restore from "
                                   "Backup), or make a copy with File > Back Up Library and "
                                   "check it with \"hirekit db check\".")
                    .arg(checked, problems.mid(0, 3).join(u"; "_s)));
        });
    if (!openedPath.isEmpty())
        healthCheck.start(openedPath);
    return app.exec();
}

} // namespace hirekit
