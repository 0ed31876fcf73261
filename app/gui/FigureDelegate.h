#pragma once

#include "gui/ElidedTextDelegate.h"

namespace hirekit {

// Draws right-aligned figures with their digits in line. A figure at its source's ceiling
// ends in a mark ("$300,000+", MoneyFormat::ceilingMark()); the mark hangs in a margin that
// every right-aligned cell of the view keeps, so "$300,000+" and "$200,000" end their digits
// at the same place, as a column of accounts sets a footnote sign outside its digits. Other
// cells are drawn as ElidedTextDelegate draws them.
class FigureDelegate : public ElidedTextDelegate
{
    Q_OBJECT

public:
    explicit FigureDelegate(QObject *parent = nullptr);

protected:
    QSize cellSizeHint(const QStyleOptionViewItem &cell) const override;
    void paintCell(QPainter *painter, const QStyleOptionViewItem &cell) const override;
};

} // namespace hirekit
