// ElidedTextDelegate draws what QStyledItemDelegate draws, pixel for pixel, for less work.
#include "gui/ElidedTextDelegate.h"

#include <QApplication>
#include <QListView>
#include <QProxyStyle>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hirekit;

namespace {

const QString longText = u"Design a URL shortening service like bit.ly. Walk me through your "
                         u"approach to handling millions of requests per day."_s;

// A table of short, long, right-aligned, coloured (text and background), bold and empty
// cells, text written right to left and Chinese.
void fill(QStandardItemModel &model)
{
    model.setRowCount(8);
    model.setColumnCount(3);
    for (int row = 0; row < model.rowCount(); ++row) {
        model.setData(model.index(row, 0), QString::number(row + 1));
        model.setData(model.index(row, 0), int(Qt::AlignRight | Qt::AlignVCenter),
                      Qt::TextAlignmentRole);
        model.setData(model.index(row, 1), row == 2 ? QString() : u"Technical"_s);
        model.setData(model.index(row, 2), row % 2 ? longText : longText.left(12 + 6 * row));
    }
    model.setData(model.index(3, 1), QColor(Qt::darkRed), Qt::ForegroundRole);
    model.setData(model.index(5, 1), QColor(Qt::yellow), Qt::BackgroundRole);
    QFont bold;
    bold.setBold(true);
    model.setData(model.index(4, 2), bold, Qt::FontRole);
    model.setData(model.index(5, 2), int(Qt::AlignHCenter | Qt::AlignTop), Qt::TextAlignmentRole);
    // Many narrow letters: cut first by their count, they still fit and stay whole.
    model.setData(model.index(2, 2), QString(70, u'i'));
    model.setData(model.index(6, 2), u"מהנדס תוכנה בכיר לצוות התשתיות, עבודה היברידית בתל אביב"_s);
    model.setData(model.index(7, 2), u"高级后端工程师，负责设计和维护服务器端逻辑、数据库和架构"_s);
}

// The view drawn with `delegate`, as it shows on screen.
QImage drawn(QAbstractItemDelegate *delegate, Qt::LayoutDirection direction, bool enabled,
             Qt::TextElideMode elide)
{
    QStandardItemModel model;
    fill(model);
    QTableView view;
    view.setLayoutDirection(direction);
    view.setItemDelegate(delegate);
    delegate->setParent(&view);
    view.setModel(&model);
    view.setWordWrap(false); // as Hirekit's lists; wrapped cells are Qt's to draw
    view.setTextElideMode(elide);
    view.setColumnWidth(2, 230);
    view.resize(480, 320);
    view.setAlternatingRowColors(true);
    // The current cell has the keyboard's focus (Qt draws it); another is selected too.
    view.setCurrentIndex(model.index(1, 2));
    view.selectionModel()->select(model.index(3, 2), QItemSelectionModel::Select);
    view.setEnabled(enabled);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return {};
    view.setFocus();
    return view.grab().toImage();
}

} // namespace

// Fusion, counting how many cells it measures.
class CountingStyle : public QProxyStyle
{
public:
    CountingStyle()
        : QProxyStyle(u"fusion"_s)
    { }

    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                           const QWidget *widget) const override
    {
        measured += type == CT_ItemViewItem;
        return QProxyStyle::sizeFromContents(type, option, size, widget);
    }

    mutable int measured = 0;
};

class TestElidedTextDelegate : public QObject
{
    Q_OBJECT

private slots:
    void drawsAsQtDoes_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<Qt::TextElideMode>("elide");
        QTest::newRow("left to right") << Qt::LeftToRight << true << Qt::ElideRight;
        QTest::newRow("right to left") << Qt::RightToLeft << true << Qt::ElideRight;
        QTest::newRow("disabled") << Qt::LeftToRight << false << Qt::ElideRight;
        QTest::newRow("cut in the middle") << Qt::LeftToRight << true << Qt::ElideMiddle;
        QTest::newRow("not cut") << Qt::LeftToRight << true << Qt::ElideNone;
    }

    void drawsAsQtDoes()
    {
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(bool, enabled);
        QFETCH(Qt::TextElideMode, elide);
        // The row of narrow letters is cut first by its count and still fits its cell.
        const QFontMetrics metrics { QFont() };
        const int room =
            230 - 2 * (QApplication::style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
        QVERIFY(70 * metrics.averageCharWidth() > 2 * room);
        QVERIFY(metrics.horizontalAdvance(QString(70, u'i')) <= room);
        const QImage qt = drawn(new QStyledItemDelegate, direction, enabled, elide);
        const QImage ours = drawn(new ElidedTextDelegate, direction, enabled, elide);
        QVERIFY(!qt.isNull());
        QCOMPARE(ours.size(), qt.size());
        int differing = 0;
        for (int y = 0; y < qt.height(); ++y) {
            for (int x = 0; x < qt.width(); ++x)
                differing += ours.pixel(x, y) != qt.pixel(x, y);
        }
        QCOMPARE(differing, 0);
    }

    void drawsListsAndStyleSheetsAsQtDoes()
    {
        // A list (its selection behind the whole line, as Fusion has it), and a table under
        // a style sheet with item rules, which is left to Qt.
        QStandardItemModel model;
        fill(model);
        for (const bool list : { true, false }) {
            QImage images[2];
            for (int which = 0; which < 2; ++which) {
                std::unique_ptr<QAbstractItemView> view;
                if (list) {
                    auto *listView = new QListView;
                    listView->setModelColumn(2);
                    view.reset(listView);
                } else {
                    view = std::make_unique<QTableView>();
                    view->setStyleSheet(u"QTableView::item { padding: 3px; color: navy; }"_s);
                }
                view->setItemDelegate(which ? new ElidedTextDelegate(view.get())
                                            : new QStyledItemDelegate(view.get()));
                view->setModel(&model);
                view->setTextElideMode(Qt::ElideRight);
                view->resize(260, 260);
                view->selectionModel()->select(model.index(3, 2), QItemSelectionModel::Select);
                view->show();
                QVERIFY(QTest::qWaitForWindowExposed(view.get()));
                images[which] = view->grab().toImage();
            }
            QCOMPARE(images[1], images[0]);
        }
    }

    void leavesOtherCellsToQt()
    {
        // A cell with an icon or a check box, text on two lines or text wrapped is Qt's to
        // draw; the delegate draws it as Qt does too.
        QStandardItemModel model(4, 1);
        QPixmap square(12, 12);
        square.fill(Qt::darkGreen);
        model.setData(model.index(0, 0), u"With an icon"_s);
        model.setData(model.index(0, 0), QIcon(square), Qt::DecorationRole);
        model.setData(model.index(1, 0), u"Checked"_s);
        model.setData(model.index(1, 0), Qt::Checked, Qt::CheckStateRole);
        model.setData(model.index(2, 0), u"Two\nlines"_s);
        model.setData(model.index(3, 0), longText);
        QImage images[2];
        for (int which = 0; which < 2; ++which) {
            QTableView view;
            view.setItemDelegate(which ? new ElidedTextDelegate(&view)
                                       : new QStyledItemDelegate(&view));
            view.setModel(&model);
            view.setColumnWidth(0, 200);
            view.resizeRowsToContents();
            view.resize(300, 200);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            images[which] = view.grab().toImage();
        }
        QCOMPARE(images[1], images[0]);
    }

    void measuresEachCellOnceAPass()
    {
        // Every cell measures as Qt's delegate measures it, in a pass or not; in a pass, a
        // cell like one measured before (text, font, alignment, view) is not measured again.
        QStandardItemModel model(6, 2);
        for (int row = 0; row < model.rowCount(); ++row) {
            model.setData(model.index(row, 0), row % 2 ? u"Technical"_s : u"Behavioral"_s);
            model.setData(model.index(row, 1), u"$130,000"_s);
        }
        QFont bold;
        bold.setBold(true);
        model.setData(model.index(2, 0), bold, Qt::FontRole); // "Behavioral", in bold
        model.setData(model.index(4, 1), int(Qt::AlignRight | Qt::AlignVCenter),
                      Qt::TextAlignmentRole);
        model.setData(model.index(5, 1), QSize(90, 40), Qt::SizeHintRole);
        model.setData(model.index(3, 1), QIcon(QPixmap(12, 12)), Qt::DecorationRole);
        CountingStyle style; // outlives the view
        QTableView view;
        view.setStyle(&style);
        auto *ours = new ElidedTextDelegate(&view);
        view.setItemDelegate(ours);
        view.setModel(&model);
        QStyledItemDelegate qt;
        const auto sizes = [&](QAbstractItemDelegate &delegate) {
            QList<QSize> all;
            QStyleOptionViewItem option;
            option.initFrom(&view);
            option.widget = &view;
            for (int row = 0; row < model.rowCount(); ++row) {
                for (int column = 0; column < model.columnCount(); ++column)
                    all.append(delegate.sizeHint(option, model.index(row, column)));
            }
            return all;
        };
        style.measured = 0;
        const QList<QSize> expected = sizes(qt);
        QCOMPARE(style.measured, 11); // all but the one with its own size
        QVERIFY(expected.at(0) != expected.at(4)); // bold is wider
        style.measured = 0;
        QCOMPARE(sizes(*ours), expected);
        QCOMPARE(style.measured, 11);
        {
            const ElidedTextDelegate::MeasuringPass pass;
            style.measured = 0;
            QCOMPARE(sizes(*ours), expected);
            // Behavioral, Technical, bold Behavioral, $130,000, right-aligned $130,000 and
            // the cell with an icon (never kept).
            QCOMPARE(style.measured, 6);
            {
                const ElidedTextDelegate::MeasuringPass within;
                style.measured = 0;
                QCOMPARE(sizes(*ours), expected);
                QCOMPARE(style.measured, 1); // the icon's cell
            }
            style.measured = 0;
            QCOMPARE(sizes(*ours), expected);
            QCOMPARE(style.measured, 1);
        }
        style.measured = 0;
        QCOMPARE(sizes(*ours), expected);
        QCOMPARE(style.measured, 11); // the pass is over
    }
};

QTEST_MAIN(TestElidedTextDelegate)
#include "tst_elidedtextdelegate.moc"
