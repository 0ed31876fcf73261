#include "gui/InputDialogs.h"

#include <QInputDialog>

namespace hirekit {

namespace {

bool answerQueued = false;
std::optional<QString> nextText;

} // namespace

std::optional<QString> InputDialogs::getText(QWidget *parent, const QString &title,
                                             const QString &label, const QString &text)
{
    if (answerQueued) {
        answerQueued = false;
        return std::exchange(nextText, std::nullopt);
    }
    bool ok = false;
    const QString entered =
        QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, &ok);
    if (!ok)
        return std::nullopt;
    return entered;
}

void InputDialogs::setNextText(const std::optional<QString> &text)
{
    answerQueued = true;
    nextText = text;
}

} // namespace hirekit
