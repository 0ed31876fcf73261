#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace hirekit {

// A slim bar in the window's own colours with a message and a few buttons, for news that
// needs a choice but should not block the window as a dialog would (an undo offer, a posting
// changed elsewhere). Hidden until showMessage(); a button hides it before it acts.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    // `name` prefixes the object names of the bar ("<name>Frame") and its label.
    explicit MessageBar(const QString &name, QWidget *parent = nullptr);

    void showMessage(const QString &text);

protected:
    // A button after the message that hides the bar and emits its clicked().
    QPushButton *addButton(const QString &text, const QString &objectName,
                           const QString &toolTip = QString());
    // A small ✕ at the end that only hides the bar.
    void addCloseButton(const QString &objectName);

private:
    QLabel *m_label;
};

} // namespace hirekit
