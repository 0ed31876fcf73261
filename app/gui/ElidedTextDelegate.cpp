#include "gui/ElidedTextDelegate.h"

#include <QApplication>
#include <QHash>
#include <QPainter>
#include <QTextLayout>

#include <optional>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

// The styles known to draw an item's text as QCommonStyle does: the selection behind the whole
// cell or the text's own rectangle, the palette's text colours, the text laid out in the cell
// inside PM_FocusFrameHMargin + 1 on each side. Others (Windows Vista's own selection colours,
// style sheets' item rules) are left to Qt's delegate.
bool drawsTextAsQtDoes(const QStyle *style, const QWidget *widget)
{
    if (!style || !qApp->styleSheet().isEmpty() || (widget && !widget->styleSheet().isEmpty()))
        return false;
    const QString name = style->name();
    return name.compare(u"fusion"_s, Qt::CaseInsensitive) == 0
        || name.compare(u"windows"_s, Qt::CaseInsensitive) == 0;
}

// How many passes are open: one opened within another shares its sizes.
int openPasses = 0;

// What a cell's size depends on, for a cell of one line of text and nothing else (no icon, no
// check box, no wrapping).
struct SizeKey
{
    QString text;
    QFont font;
    int alignment = 0;
    int features = 0;
    const QWidget *widget = nullptr;
    // A view may have delegates of its own for some columns or rows, which measure otherwise.
    const ElidedTextDelegate *delegate = nullptr;

    bool operator==(const SizeKey &other) const
    {
        return text == other.text && font == other.font && alignment == other.alignment
            && features == other.features && widget == other.widget && delegate == other.delegate;
    }
};

size_t qHash(const SizeKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.text, key.font, key.alignment, key.features, key.widget,
                      key.delegate);
}

std::optional<SizeKey> sizeKey(const QStyleOptionViewItem &cell, const ElidedTextDelegate *delegate)
{
    using Feature = QStyleOptionViewItem::ViewItemFeature;
    const auto others = Feature::HasDecoration | Feature::HasCheckIndicator | Feature::WrapText;
    if (cell.features & others)
        return std::nullopt;
    return SizeKey { cell.text,          cell.font,   int(cell.displayAlignment),
                     int(cell.features), cell.widget, delegate };
}

// The sizes measured in the open MeasuringPass, by cell.
std::optional<QHash<SizeKey, QSize>> &passSizes()
{
    static std::optional<QHash<SizeKey, QSize>> sizes;
    return sizes;
}

} // namespace

ElidedTextDelegate::MeasuringPass::MeasuringPass()
{
    if (openPasses++ == 0)
        passSizes().emplace();
}

ElidedTextDelegate::MeasuringPass::~MeasuringPass()
{
    if (--openPasses == 0)
        passSizes().reset();
}

ElidedTextDelegate::ElidedTextDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void ElidedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem cell(option);
    initStyleOption(&cell, index);
    paintCell(painter, cell);
}

QSize ElidedTextDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    // As QStyledItemDelegate::sizeHint() does, with the measuring in cellSizeHint().
    if (const QVariant size = index.data(Qt::SizeHintRole); size.isValid())
        return size.toSize();
    QStyleOptionViewItem cell(option);
    initStyleOption(&cell, index);
    auto &sizes = passSizes();
    const std::optional<SizeKey> key = sizes ? sizeKey(cell, this) : std::nullopt;
    if (!key)
        return cellSizeHint(cell);
    if (const auto known = sizes->constFind(*key); known != sizes->cend())
        return *known;
    const QSize size = cellSizeHint(cell);
    sizes->insert(*key, size);
    return size;
}

QSize ElidedTextDelegate::cellSizeHint(const QStyleOptionViewItem &cell) const
{
    return styleOf(cell)->sizeFromContents(QStyle::CT_ItemViewItem, &cell, QSize(), cell.widget);
}

void ElidedTextDelegate::paintCell(QPainter *painter, const QStyleOptionViewItem &cell) const
{
    if (!isOneLineOfText(cell)) {
        // As QStyledItemDelegate::paint() draws it, with the option filled in already.
        styleOf(cell)->drawControl(QStyle::CE_ItemViewItem, &cell, painter, cell.widget);
        return;
    }
    drawWithoutText(painter, cell);
    const QRect room = textRect(cell);
    // Laid out and placed as the style places a cell's one line: the line's height, whole
    // pixels, aligned in the room. Text that fits is laid out once.
    QTextOption layoutOption;
    layoutOption.setWrapMode(QTextOption::ManualWrap);
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
    // Text much wider than its cell (a question, a long title) is cut first and laid out
    // once, where laying it out whole would shape it a third time. elidedText() gives back a
    // text that fits as it is, so both ways draw the same.
    const bool farTooWide =
        cell.text.size() * qint64(cell.fontMetrics.averageCharWidth()) > 2 * qint64(room.width());
    if (farTooWide)
        layout.setText(cell.fontMetrics.elidedText(cell.text, cell.textElideMode, room.width()));
    layOut();
    if (!farTooWide && line.naturalTextWidth() > room.width()) {
        layout.setText(cell.fontMetrics.elidedText(cell.text, cell.textElideMode, room.width()));
        layOut();
    }
    const QRect placed =
        QStyle::alignedRect(cell.direction, cell.displayAlignment & Qt::AlignVertical_Mask,
                            QSize(room.width(), int(line.height())), room);
    painter->save();
    painter->setClipRect(cell.rect, Qt::IntersectClip);
    setTextPen(painter, cell);
    layout.draw(painter, QPointF(room.x(), placed.y()));
    painter->restore();
}

bool ElidedTextDelegate::isOneLineOfText(const QStyleOptionViewItem &cell)
{
    using Feature = QStyleOptionViewItem::ViewItemFeature;
    const auto others = Feature::HasDecoration | Feature::HasCheckIndicator | Feature::WrapText;
    // A selection drawn behind the text alone is sized by the text the style is given.
    const bool selectedBehindText =
        (cell.state & QStyle::State_Selected) && !cell.showDecorationSelected;
    return (cell.features & Feature::HasDisplay) && !(cell.features & others)
        && cell.textElideMode != Qt::ElideNone && !selectedBehindText
        && !(cell.state & (QStyle::State_Editing | QStyle::State_HasFocus))
        && !cell.text.contains(u'\n') && !cell.text.contains(u'\r')
        && !cell.text.contains(QChar::LineSeparator)
        && !cell.text.contains(QChar::ParagraphSeparator)
        && drawsTextAsQtDoes(styleOf(cell), cell.widget);
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

QStyle *ElidedTextDelegate::styleOf(const QStyleOptionViewItem &cell)
{
    return cell.widget ? cell.widget->style() : QApplication::style();
}

} // namespace hirekit
