#pragma once

#include <QStyledItemDelegate>

namespace hirekit {

// Draws a cell of one line of text as QStyledItemDelegate does, for less: the style draws the
// cell without its text (background, selection), then the text is laid out once and cut to
// the cell only when it does not fit. Qt's style lays a cell's text out at least three times
// to draw it (to place the cell's parts, to find where to cut it, to draw it) and shapes it
// again to cut it: about half a million instructions a cell of the question bank under
// callgrind. What this draws is what Qt's delegate draws with the styles that draw a cell's
// text as QCommonStyle does (Fusion, Windows) and no style sheet; with any other style, and
// for cells with an icon, a check box, wrapped or multi-line text, or keyboard focus (the
// style's focus frame covers the text), the cell is drawn by QStyledItemDelegate.
class ElidedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ElidedTextDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    // As QStyledItemDelegate measures it; while a MeasuringPass is open, a cell of one line
    // of text like one measured before in the pass (same text, font, alignment, view) gets
    // that size again.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Open while a column is fitted to its contents (resizeColumnToContents()): a status, a
    // level or a figure that comes back row after row is measured once, where the style
    // would lay its text out each time. A pass opened within another shares its sizes; the
    // GUI thread's only.
    class MeasuringPass
    {
    public:
        MeasuringPass();
        ~MeasuringPass();
        MeasuringPass(const MeasuringPass &) = delete;
        MeasuringPass &operator=(const MeasuringPass &) = delete;
    };

protected:
    // Draws `cell`, its style option filled in by initStyleOption(): what paint() does for a
    // cell, for a subclass to draw some cells its own way.
    virtual void paintCell(QPainter *painter, const QStyleOptionViewItem &cell) const;
    // The size of `cell`, its style option filled in by initStyleOption(): what sizeHint()
    // gives for a cell, for a subclass to add room of its own.
    virtual QSize cellSizeHint(const QStyleOptionViewItem &cell) const;
    // Whether `cell` holds one line of text and nothing else, drawn as this class draws it.
    static bool isOneLineOfText(const QStyleOptionViewItem &cell);
    // Draws `cell` as the style does, without its text.
    static void drawWithoutText(QPainter *painter, const QStyleOptionViewItem &cell);
    // The room the style leaves for a one-line cell's text, inside its margins.
    static QRect textRect(const QStyleOptionViewItem &cell);
    // Sets the painter's font and pen to those the style draws `cell`'s text with.
    static void setTextPen(QPainter *painter, const QStyleOptionViewItem &cell);
    // The style that draws `cell`.
    static QStyle *styleOf(const QStyleOptionViewItem &cell);
};

} // namespace hirekit
