#include "gui/MessageBoxes.h"

namespace hirekit {

namespace {

std::optional<MessageBoxes::StandardButton> nextAnswer;
std::optional<MessageBoxes::Shown> lastShownBox;

} // namespace

MessageBoxes::StandardButton MessageBoxes::critical(QWidget *parent, const QString &title,
                                                    const QString &text, StandardButtons buttons)
{
    return show(parent, QMessageBox::Critical, title, text, buttons, QMessageBox::NoButton);
}

MessageBoxes::StandardButton MessageBoxes::information(QWidget *parent, const QString &title,
                                                       const QString &text, StandardButtons buttons)
{
    return show(parent, QMessageBox::Information, title, text, buttons, QMessageBox::NoButton);
}

MessageBoxes::StandardButton MessageBoxes::question(QWidget *parent, const QString &title,
                                                    const QString &text, StandardButtons buttons,
                                                    StandardButton defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

void MessageBoxes::about(QWidget *parent, const QString &title, const QString &text)
{
    lastShownBox = Shown { QMessageBox::Information, title, text };
    if (nextAnswer) {
        nextAnswer.reset();
        return;
    }
    QMessageBox::about(parent, title, text);
}

void MessageBoxes::aboutQt(QWidget *parent)
{
    lastShownBox = Shown { QMessageBox::Information, QString(), QString() };
    if (nextAnswer) {
        nextAnswer.reset();
        return;
    }
    QMessageBox::aboutQt(parent);
}

void MessageBoxes::setNextAnswer(StandardButton answer)
{
    nextAnswer = answer;
}

std::optional<MessageBoxes::Shown> MessageBoxes::lastShown()
{
    return lastShownBox;
}

void MessageBoxes::clearLastShown()
{
    lastShownBox.reset();
}

MessageBoxes::StandardButton MessageBoxes::show(QWidget *parent, QMessageBox::Icon icon,
                                                const QString &title, const QString &text,
                                                StandardButtons buttons,
                                                StandardButton defaultButton)
{
    lastShownBox = Shown { icon, title, text };
    if (nextAnswer) {
        const StandardButton answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    return static_cast<StandardButton>(box.exec());
}

} // namespace hirekit
