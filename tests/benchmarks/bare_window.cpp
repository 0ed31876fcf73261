// The floor for Hirekit's start-up (issue 8): a bare Qt Widgets window with three empty
// tabs, a menu bar and a status bar, built with the same flags, shown and grabbed to a PNG
// exactly as `hirekit --screenshot` does (offscreen, the window's painted backing store, not a
// second paint). The runner times both as whole processes.
//
//   bare_window OUT.png
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
    QApplication app(argc, argv);
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
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    const bool offscreen = QGuiApplication::platformName() == u"offscreen"_s;
    const QImage image = offscreen && window.screen()
        ? window.screen()->grabWindow(window.winId()).toImage()
        : window.grab().toImage();
    return image.save(QString::fromLocal8Bit(argv[1]), "PNG") ? 0 : 1;
}
