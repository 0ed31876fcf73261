// The main window's library files (the File menu): a new library, another one opened, the
// recent ones. The rest of the window is in MainWindow.cpp.

#include "gui/MainWindow.h"

#include "ui_MainWindow.h"

#include "gui/AppSettings.h"
#include "gui/FileDialogs.h"
#include "gui/MessageBoxes.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

QString libraryFileFilter()
{
    return MainWindow::tr("Hirekit libraries (*.sqlite *.hirekit *.db);;All files (*)");
}

} // namespace

bool MainWindow::openLibrary(const QString &path, Library::OpenMode mode)
{
    if (m_library && !confirmPendingEdits(tr("Open the other library anyway and lose them?")))
        return false;
    auto opened = Library::open(path, mode);
    if (!opened) {
        // The error names the file and says what is wrong with it; nothing to add.
        MessageBoxes::critical(this, tr("Cannot Open Library"), opened.error());
        return false;
    }
    setLibrary(std::move(opened).value());
    AppSettings settings;
    settings.setLastLibrary(m_library->path());
    settings.addRecentLibrary(m_library->path());
    updateRecentMenu();
    return true;
}

void MainWindow::newLibrary()
{
    QString path = FileDialogs::getSaveFileName(
        this, tr("New Library"), QDir(dialogDirectory()).filePath(tr("hiring.sqlite")),
        libraryFileFilter(),
        // A new library never replaces a file; Library::open says so if one is chosen.
        QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".sqlite"_s;
    openLibrary(path, Library::OpenMode::CreateNew);
}

void MainWindow::openLibraryWithDialog()
{
    const QString path = FileDialogs::getOpenFileName(this, tr("Open Library"), dialogDirectory(),
                                                      libraryFileFilter());
    if (!path.isEmpty())
        openLibrary(path, Library::OpenMode::OpenExisting);
}

void MainWindow::openRecentLibrary(const QString &path)
{
    if (openLibrary(path, Library::OpenMode::OpenExisting))
        return;
    // A recent entry that cannot be opened (moved, deleted, damaged) only gets in the way.
    AppSettings settings;
    settings.removeRecentLibrary(path);
    updateRecentMenu();
}

void MainWindow::clearRecentLibraries()
{
    AppSettings settings;
    settings.clearRecentLibraries();
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    const QStringList paths = AppSettings().recentLibraries();
    QMenu *menu = m_ui->recentMenu;
    // Not QMenu::clear(): this runs from a recent action's own triggered() signal, so the
    // old actions are deleted later. The clear action belongs to the window and is reused.
    const QList<QAction *> old = menu->actions();
    for (QAction *action : old) {
        menu->removeAction(action);
        if (action != m_ui->clearRecentAction)
            action->deleteLater();
    }

    for (int index = 0; index < paths.size(); ++index) {
        const QString &path = paths.at(index);
        // "&1 name.sqlite": a mnemonic per entry, the full path as a tip.
        QAction *action = menu->addAction(
            tr("&%1 %2").arg(index + 1).arg(QFileInfo(path).fileName().replace(u'&', u"&&"_s)));
        action->setData(path);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openRecentLibrary(path); });
    }
    if (!paths.isEmpty())
        menu->addSeparator();
    menu->addAction(m_ui->clearRecentAction);
    m_ui->clearRecentAction->setEnabled(!paths.isEmpty());
    menu->setEnabled(!paths.isEmpty());
}

QString MainWindow::dialogDirectory() const
{
    if (m_library)
        return QFileInfo(m_library->path()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace hirekit
