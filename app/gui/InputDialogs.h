#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace hirekit {

// The only door to QInputDialog in the GUI. A test queues the next answer with
// setNextText() (nullopt stands for Cancel), and the dialog is not shown.
class InputDialogs
{
public:
    // The text entered, or nullopt when the user cancelled.
    static std::optional<QString> getText(QWidget *parent, const QString &title,
                                          const QString &label, const QString &text = {});

    // Test hook: the next dialog is not shown and answers `text`.
    static void setNextText(const std::optional<QString> &text);
};

} // namespace hirekit
