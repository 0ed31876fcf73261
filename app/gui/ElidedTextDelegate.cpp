#include "gui/ElidedTextDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace hirekit {

namespace {

QStyle *styleOf(const QStyleOptionViewItem &cell)
{
    return cell.widget ? cell.widget->style() : QApplication::style();
}

} // namespace

ElidedTextDelegate::ElidedTextDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void ElidedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem cell(option);
    initStyleOption(&cell, index);
    if (!isOneLineOfText(cell)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    drawWithoutText(painter, cell);
    const QRect room = textRect(cell);
    // Laid out and placed as the style places a cell's one line: the line's height, whole
    // pixels, aligned in the room. Text that fits is laid out once.
    QTextOption layoutOption;
    layoutOption.setWrapMode(QTextOption::NoWrap);
    layoutOption.setTextDirection(cell.direction);
    layoutOption.setAlignment(QStyle::visualAlignment(cell.direction, cell.displayAlignment));
    QTextLayout layout(cell.text, cell.font);
    layout.setTextOption(layoutOption);
    QTextLine line;
    const auto layOut = [&] {
        layout.beginLayout();
        line = layout.createLine();
        line.setLineWidth(room.width());
        layout.endLayout();
    };
    layOut();
    if (line.naturalTextWidth() > room.width()) {
        layout.setText(cell.fontMetrics.elidedText(cell.text, cell.textElideMode, room.width()));
        layOut();
    }
    const QRect placed =
        QStyle::alignedRect(cell.direction, cell.displayAlignment & Qt::AlignVertical_Mask,
                            QSize(room.width(), int(line.height())), room);
    painter->save();
    painter->setClipRect(cell.rect);
    setTextPen(painter, cell);
    layout.draw(painter, QPointF(room.x(), placed.y()));
    painter->restore();
}

bool ElidedTextDelegate::isOneLineOfText(const QStyleOptionViewItem &cell)
{
    using Feature = QStyleOptionViewItem::ViewItemFeature;
    const auto others = Feature::HasDecoration | Feature::HasCheckIndicator | Feature::WrapText;
    return (cell.features & Feature::HasDisplay) && !(cell.features & others)
        && cell.textElideMode != Qt::ElideNone
        && !(cell.state & (QStyle::State_Editing | QStyle::State_HasFocus))
        && !cell.text.contains(u'\n') && !cell.text.contains(QChar::LineSeparator);
}

void ElidedTextDelegate::drawWithoutText(QPainter *painter, const QStyleOptionViewItem &cell)
{
    QStyleOptionViewItem empty(cell);
    empty.text.clear();
    styleOf(cell)->drawControl(QStyle::CE_ItemViewItem, &empty, painter, cell.widget);
}

QRect ElidedTextDelegate::textRect(const QStyleOptionViewItem &cell)
{
    // The margin QCommonStyle keeps on each side of a cell's text.
    const int margin =
        styleOf(cell)->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, cell.widget) + 1;
    return cell.rect.adjusted(margin, 0, -margin, 0);
}

void ElidedTextDelegate::setTextPen(QPainter *painter, const QStyleOptionViewItem &cell)
{
    const QPalette::ColorGroup group = !(cell.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (cell.state & QStyle::State_Active)                                ? QPalette::Normal
                                                                             : QPalette::Inactive;
    const QPalette::ColorRole role =
        cell.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
    painter->setFont(cell.font);
    painter->setPen(cell.palette.color(group, role));
}

} // namespace hirekit
