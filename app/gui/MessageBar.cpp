#include "gui/MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace hirekit {

MessageBar::MessageBar(const QString &name, QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(name + u"Frame"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette colors = palette();
    colors.setColor(QPalette::Window, colors.color(QPalette::AlternateBase));
    setPalette(colors);
    m_label->setObjectName(name + u"Label"_s);
    m_label->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    hide();
}

void MessageBar::showMessage(const QString &text)
{
    m_label->setText(text);
    show();
}

QPushButton *MessageBar::addButton(const QString &text, const QString &objectName,
                                   const QString &toolTip)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setToolTip(toolTip);
    layout()->addWidget(button);
    // Hidden first: what the button does may show the bar again with other news.
    connect(button, &QPushButton::clicked, this, &QWidget::hide, Qt::DirectConnection);
    return button;
}

void MessageBar::addCloseButton(const QString &objectName)
{
    auto *close = new QToolButton(this);
    close->setObjectName(objectName);
    // "×", which every interface font has: the heavier "✕" is missing from many (Noto Sans
    // among them), and the first bar shown made Qt look through every installed font for it.
    close->setText(u"×"_s);
    close->setToolTip(tr("Close"));
    close->setAccessibleName(tr("Close"));
    close->setAutoRaise(true);
    layout()->addWidget(close);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
}

} // namespace hirekit
