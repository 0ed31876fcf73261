#include "gui/HighlightLabel.h"

#include <QPainter>

namespace hirekit {

namespace {

// The corners of the box, as the live interview's style sheet rounds its other boxes (the
// timers).
constexpr qreal CornerRadius = 6;

} // namespace

HighlightLabel::HighlightLabel(QWidget *parent)
    : QLabel(parent)
{ }

void HighlightLabel::setHighlight(const QColor &color)
{
    if (color == m_highlight)
        return;
    m_highlight = color;
    update();
}

void HighlightLabel::paintEvent(QPaintEvent *event)
{
    if (m_highlight.isValid()) {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_highlight);
        painter.drawRoundedRect(QRectF(rect()), CornerRadius, CornerRadius);
    }
    QLabel::paintEvent(event);
}

} // namespace hirekit
