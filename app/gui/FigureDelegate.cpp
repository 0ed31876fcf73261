#include "gui/FigureDelegate.h"

#include "core/MoneyFormat.h"

#include <QPainter>

namespace hirekit {

namespace {

bool hangsMark(const QStyleOptionViewItem &option)
{
    return (option.displayAlignment & Qt::AlignRight) && !option.text.isEmpty();
}

} // namespace

FigureDelegate::FigureDelegate(QObject *parent)
    : ElidedTextDelegate(parent)
{ }

void FigureDelegate::paintCell(QPainter *painter, const QStyleOptionViewItem &cell) const
{
    if (!hangsMark(cell)) {
        ElidedTextDelegate::paintCell(painter, cell);
        return;
    }
    const QString mark = MoneyFormat::ceilingMark();
    const bool marked = cell.text.endsWith(mark);
    const QString digits = marked ? cell.text.chopped(mark.size()) : cell.text;
    const int hang = cell.fontMetrics.horizontalAdvance(mark);
    const QWidget *widget = cell.widget;
    QStyle *style = styleOf(cell);

    // The text's place as the style lays the cell out (left of a check box or icon, inside the
    // margin it keeps), found before the text is taken out to draw the rest of the cell.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = isOneLineOfText(cell)
        ? ElidedTextDelegate::textRect(cell)
        : style->subElementRect(QStyle::SE_ItemViewItemText, &cell, widget)
              .adjusted(margin, 0, -margin, 0);
    drawWithoutText(painter, cell);

    const QRect digitsRect = textRect.adjusted(0, 0, -hang, 0);
    const Qt::Alignment vertical = cell.displayAlignment & Qt::AlignVertical_Mask;
    painter->save();
    setTextPen(painter, cell);
    painter->drawText(digitsRect, int(Qt::AlignRight | vertical),
                      cell.fontMetrics.elidedText(digits, cell.textElideMode, digitsRect.width()));
    if (marked) {
        painter->drawText(QRect(digitsRect.right() + 1, textRect.top(), hang, textRect.height()),
                          int(Qt::AlignLeft | vertical), mark);
    }
    painter->restore();
}

QSize FigureDelegate::cellSizeHint(const QStyleOptionViewItem &cell) const
{
    QSize size = ElidedTextDelegate::cellSizeHint(cell);
    const QString mark = MoneyFormat::ceilingMark();
    if (hangsMark(cell) && !cell.text.endsWith(mark))
        size.rwidth() += cell.fontMetrics.horizontalAdvance(mark);
    return size;
}

} // namespace hirekit
