// The floor for Hirekit's start-up (issue 8): a bare Qt Widgets window with three empty
// tabs, a menu bar and a status bar, built with the same flags, shown and grabbed to a PNG
// exactly as `hirekit --screenshot` does (offscreen, the window's painted backing store, not a
// second paint). The runner times both as whole processes, and splits the times by the same
// start-up marks (app/StartupMarks.h).
//
//   bare_window OUT.png
#include "StartupMarks.h"

#include <QApplication>
#include <QImage>
#include <QMainWindow>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    hirekit::markStartup("main");
    QApplication app(argc, argv);
    hirekit::markStartup("application");
    if (argc != 2)
        return 2;
    QMainWindow window;
    auto *tabs = new QTabWidget(&window);
    for (const QString &name : { u"Postings"_s, u"Salaries"_s, u"Interviews"_s })
        tabs->addTab(new QWidget(tabs), name);
    window.setCentralWidget(tabs);
    for (const QString &menu : { u"&File"_s, u"&Edit"_s, u"&View"_s, u"&Help"_s })
        window.menuBar()->addMenu(menu);
    window.statusBar()->showMessage(u"Ready"_s);
    hirekit::markStartup("window");
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    hirekit::markStartup("painted");
    const bool offscreen = QGuiApplication::platformName() == u"offscreen"_s;
    const QImage image = offscreen && window.screen()
        ? window.screen()->grabWindow(window.winId()).toImage()
        : window.grab().toImage();
    if (!image.save(QString::fromLocal8Bit(argv[1]), "PNG"))
        return 1;
    hirekit::markStartup("saved");
    return 0;
}
