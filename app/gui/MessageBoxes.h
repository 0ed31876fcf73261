#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

class QWidget;

namespace hirekit {

// The only door to QMessageBox in the GUI. A test queues the answer of the next box with
// setNextAnswer(); that box is then recorded instead of shown, so no test waits on a modal
// dialog. (KeePassXC's MessageBox does the same.)
class MessageBoxes
{
public:
    using StandardButton = QMessageBox::StandardButton;
    using StandardButtons = QMessageBox::StandardButtons;

    static StandardButton critical(QWidget *parent, const QString &title, const QString &text,
                                   StandardButtons buttons = QMessageBox::Ok);
    static StandardButton information(QWidget *parent, const QString &title, const QString &text,
                                      StandardButtons buttons = QMessageBox::Ok);
    static StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                   StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                                   StandardButton defaultButton = QMessageBox::NoButton);
    static void about(QWidget *parent, const QString &title, const QString &text);
    static void aboutQt(QWidget *parent);

    // Test hook: the next box is not shown and returns `answer`.
    static void setNextAnswer(StandardButton answer);

    // What the last box said, shown or not, for tests to check.
    struct Shown
    {
        QMessageBox::Icon icon = QMessageBox::NoIcon;
        QString title;
        QString text;
    };
    static std::optional<Shown> lastShown();
    static void clearLastShown();

private:
    static StandardButton show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                               const QString &text, StandardButtons buttons,
                               StandardButton defaultButton);
};

} // namespace hirekit
