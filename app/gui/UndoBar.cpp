#include "gui/UndoBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace hirekit {

UndoBar::UndoBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_undoButton(new QPushButton(tr("&Undo"), this))
{
    setObjectName(u"undoBarFrame"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette colors = palette();
    colors.setColor(QPalette::Window, colors.color(QPalette::AlternateBase));
    setPalette(colors);
    m_label->setObjectName(u"undoBarLabel"_s);
    m_label->setWordWrap(true);
    m_undoButton->setObjectName(u"undoBarPushButton"_s);
    auto *close = new QToolButton(this);
    close->setObjectName(u"undoBarCloseToolButton"_s);
    close->setText(u"✕"_s);
    close->setToolTip(tr("Close"));
    close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_undoButton);
    layout->addWidget(close);

    connect(m_undoButton, &QPushButton::clicked, this, [this] {
        hide();
        emit undoRequested();
    });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void UndoBar::showMessage(const QString &text)
{
    m_label->setText(text);
    show();
}

} // namespace hirekit
