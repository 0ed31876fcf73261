// The Salaries tab offscreen: filtering (debounced, national rows kept), sorting, editing
// with validation and undo, datasets, import in the background with a column mapping and
// with Cancel (nothing changes), CSV export, the chart and its PNG export, the city
// comparison and the compensation calculator down to "Use in Posting".

#include "EventWatch.h"
#include "core/MoneyFormat.h"
#include "gui/CompensationWidget.h"
#include "gui/FigureDelegate.h"
#include "gui/FileDialogs.h"
#include "gui/MainWindow.h"
#include "gui/MessageBoxes.h"
#include "gui/Plugins.h"
#include "gui/PostingDocument.h"
#include "gui/PostingsTab.h"
#include "gui/SalariesTab.h"
#include "gui/SalaryBrowser.h"
#include "gui/SalaryChartWidget.h"
#include "gui/SalaryCompareWidget.h"
#include "gui/SalaryDatasetDialog.h"
#include "gui/SalaryEditing.h"
#include "gui/SalaryImportDialog.h"
#include "gui/SalaryImportJob.h"
#include "gui/SalaryRowDialog.h"
#include "gui/SalarySortJob.h"
#include "gui/models/SalaryPageModel.h"
#include "gui/models/SalaryTableModel.h"
#include "io/SalaryImport.h"
#include "storage/Library.h"
#include "storage/PostingRepository.h"
#include "storage/SalaryRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>
#include <QValueAxis>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace hirekit;

namespace {

const QString seattle = u"Seattle-Tacoma-Bellevue, WA"_s;
const QString sanFrancisco = u"San Francisco-Oakland-Hayward, CA"_s;
const QString austin = u"Austin-Round Rock, TX"_s;

// A generic CSV of three metro areas × two roles with percentiles, and national rows.
QByteArray sampleCsv()
{
    QByteArray csv = "area,national,role,soc_code,p10,p25,median,p75,p90,top_coded\n";
    int serial = 0;
    for (const QString &area : { seattle, sanFrancisco, austin }) {
        for (const QString &role : { u"Software Developers"_s, u"Data Scientists"_s }) {
            const int base = 90000 + serial * 10000;
            csv += QStringLiteral("\"%1\",,%2,15-0000,%3,%4,%5,%6,%7,%8\n")
                       .arg(area, role)
                       .arg(base)
                       .arg(base + 20000)
                       .arg(base + 40000)
                       .arg(base + 60000)
                       .arg(serial == 2 ? 239200 : base + 80000)
                       .arg(serial == 2 ? u"p90"_s : QString())
                       .toUtf8();
            ++serial;
        }
    }
    csv += "United States,true,Software Developers,15-1252,70000,90000,120000,150000,190000,\n";
    csv += "United States,true,Data Scientists,15-2051,60000,80000,100000,130000,170000,\n";
    return csv;
}

// Runs `interact` on the next modal dialog as soon as it is shown.
void onNextDialog(const std::function<void(QWidget *)> &interact)
{
    QTimer::singleShot(0, qApp, [interact] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog) {
            onNextDialog(interact); // not shown yet
            return;
        }
        interact(dialog);
    });
}

} // namespace

class TestSalariesTab : public QObject
{
    Q_OBJECT

private:
    // A row with a min-max band in dollars a year.
    static SalaryRow bandRow(const QString &area, const QString &role, double min, double max)
    {
        SalaryRow row;
        row.area = area;
        row.role = role;
        row.currency = u"USD"_s;
        row.min = min;
        row.max = max;
        return row;
    }
    // A second, empty dataset beside the sample, for what one dataset's edits do to another.
    Result<qint64> otherDataset()
    {
        SalaryDataset dataset;
        dataset.name = u"Other"_s;
        return SalaryRepository(m_library->database()).insertDataset(dataset);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<SalariesTab> m_tab;
    qint64 m_sampleId = 0;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(content);
        return path;
    }

    SalaryBrowser *browser() const { return m_tab->browser(); }
    QAbstractItemModel *table() const { return browser()->tableView()->model(); }
    QAbstractItemModel *national() const { return browser()->nationalTableView()->model(); }

    void selectDataset(qint64 id)
    {
        auto *box = m_tab->findChild<QComboBox *>(u"datasetComboBox"_s);
        box->setCurrentIndex(box->findData(id));
    }

    QStringList column(int column) const
    {
        QStringList values;
        for (int row = 0; row < table()->rowCount(); ++row)
            values.append(table()->index(row, column).data().toString());
        return values;
    }

    int datasetCount() const
    {
        const auto datasets = SalaryRepository(m_library->database()).datasets();
        return datasets ? int(datasets->size()) : -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_tab.reset();
        m_library.reset();
        QFile::remove(m_dir.filePath(u"lib.sqlite"_s));
        auto library = Library::open(m_dir.filePath(u"lib.sqlite"_s), Library::OpenMode::CreateNew);
        QVERIFY2(library.ok(), qPrintable(library.error()));
        m_library = std::move(library).value();
        SalaryImportOptions options;
        options.dataset = u"Sample"_s;
        options.year = 2022;
        const auto report =
            importSalaryCsv(m_library->database(), write(u"sample.csv"_s, sampleCsv()), options);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        m_sampleId = report->datasetId;
        m_tab = std::make_unique<SalariesTab>();
        m_tab->resize(1200, 800);
        m_tab->setLibrary(m_library.get());
        m_tab->show();
        selectDataset(m_sampleId);
        MessageBoxes::clearLastShown();
    }

    void cleanup()
    {
        m_tab.reset();
        m_library.reset();
    }

    void browsesAndFilters()
    {
        QCOMPARE(browser()->currentDataset()->name, u"Sample"_s);
        QCOMPARE(table()->rowCount(), 6);
        QCOMPARE(national()->rowCount(), 2);
        QVERIFY(browser()->tableView()->isColumnHidden(SalaryTableModel::MinColumn));
        QVERIFY(!browser()->tableView()->isColumnHidden(SalaryTableModel::MedianColumn));
        QCOMPARE(m_tab->findChild<QLabel *>(u"countLabel"_s)->text(), u"6 rows"_s);
        QVERIFY(m_tab->findChild<QLabel *>(u"sourceLabel"_s)->text().contains(u"2022"_s));

        // Typing refreshes after a pause, not per keystroke.
        auto *area = m_tab->findChild<QLineEdit *>(u"areaLineEdit"_s);
        QSignalSpy refreshed(browser(), &SalaryBrowser::rowsChanged);
        QTest::keyClicks(area, u"sea"_s);
        QCOMPARE(refreshed.count(), 0);
        QTRY_COMPARE(refreshed.count(), 1);
        QCOMPARE(column(SalaryTableModel::AreaColumn), (QStringList { seattle, seattle }));
        QCOMPARE(m_tab->findChild<QLabel *>(u"countLabel"_s)->text(), u"2 of 6 rows"_s);
        // The national rows stay whatever the area says.
        QCOMPARE(national()->rowCount(), 2);

        auto *role = m_tab->findChild<QLineEdit *>(u"roleLineEdit"_s);
        role->setText(u"data"_s);
        browser()->applyFiltersNow();
        QCOMPARE(column(SalaryTableModel::RoleColumn), QStringList { u"Data Scientists"_s });
        QCOMPARE(national()->rowCount(), 1);
        QCOMPARE(national()->index(0, SalaryTableModel::MedianColumn).data().toString(),
                 u"$100,000"_s);
        // Top-coded figures read "+".
        area->setText(u"francisco"_s);
        role->setText(u"software"_s);
        browser()->applyFiltersNow();
        QCOMPARE(table()->rowCount(), 1);
        QCOMPARE(table()->index(0, SalaryTableModel::P90Column).data().toString(), u"$239,200+"_s);

        // A level no row has leaves the table empty.
        area->clear();
        role->clear();
        auto *level = m_tab->findChild<QComboBox *>(u"levelComboBox"_s);
        level->setCurrentIndex(level->findData(int(Level::Senior)));
        QCOMPARE(table()->rowCount(), 0);
        level->setCurrentIndex(0);
        QCOMPARE(table()->rowCount(), 6);

        // Area completion offers the dataset's areas.
        QCompleter *completer = area->completer();
        completer->setCompletionPrefix(u"tacoma"_s);
        QCOMPARE(completer->currentCompletion(), seattle);
    }

    void nationalFileIsTheTable()
    {
        // A national wage file has nothing but national rows: no reference table then.
        SalaryImportOptions options;
        options.dataset = u"National"_s;
        const auto report =
            importSalaryCsv(m_library->database(),
                            write(u"national.csv"_s,
                                  "area,national,role,median\n"
                                  "United States,true,Actuaries,120000\n"
                                  "United States,true,Cooks,35000\n"
                                  "United States,true,Software Developers,130000\n"),
                            options);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        browser()->reload(report->datasetId);
        QCOMPARE(table()->rowCount(), 3);
        QVERIFY(browser()->nationalTableView()->isHidden());
        m_tab->findChild<QLineEdit *>(u"roleLineEdit"_s)->setText(u"cook"_s);
        browser()->applyFiltersNow();
        QCOMPARE(column(SalaryTableModel::RoleColumn), QStringList { u"Cooks"_s });
        QCOMPARE(m_tab->findChild<QLabel *>(u"countLabel"_s)->text(), u"1 of 3 rows"_s);
    }

    void columnsFitTheFirstPageInBothTables()
    {
        // The national rows are bold: each column is as wide as the wider of the two tables
        // needs, in both, so they line up and neither cuts its text short.
        QTableView *table = browser()->tableView();
        QTableView *national = browser()->nationalTableView();
        QCOMPARE(national->model()->rowCount(), 2);
        // What each table alone needs, measured by a view of its own on the same rows.
        const auto needed = [](QTableView *view) {
            QTableView probe;
            probe.setModel(view->model());
            probe.resizeColumnsToContents();
            QList<int> widths;
            for (int column = 0; column < SalaryTableModel::ColumnCount; ++column)
                widths.append(probe.columnWidth(column));
            return widths;
        };
        const QList<int> tableNeeds = needed(table);
        const QList<int> nationalNeeds = needed(national);
        for (int column = 0; column < SalaryTableModel::ColumnCount; ++column) {
            if (column == SalaryTableModel::AreaColumn || table->isColumnHidden(column))
                continue;
            const QByteArray where = "column " + QByteArray::number(column);
            QCOMPARE(national->columnWidth(column), table->columnWidth(column));
            QVERIFY2(table->columnWidth(column) >= tableNeeds.at(column), where);
            QVERIFY2(national->columnWidth(column) >= nationalNeeds.at(column), where);
        }

        // Widths come from the first page of rows at most: a million rows are not read and
        // measured to size the columns. A long role past the first page does not widen its
        // column; the same role on the first row does.
        const QString longRole = u"Chief Executives and Legislators of Very Large Organizations"_s;
        const auto importRoles = [this, &longRole](const QString &name, int longRow) {
            QByteArray csv = "area,national,role,median\n";
            for (int row = 0; row < SalaryPageModel::PageSize + 50; ++row) {
                csv += u"City %1,false,%2,50000\n"_s.arg(row, 3, 10, QLatin1Char('0'))
                           .arg(row == longRow ? longRole : u"Cooks"_s)
                           .toUtf8();
            }
            SalaryImportOptions options;
            options.dataset = name;
            return importSalaryCsv(m_library->database(), write(name + u".csv"_s, csv), options);
        };
        const int roleWidth = table->fontMetrics().horizontalAdvance(longRole);
        const auto past = importRoles(u"Past"_s, SalaryPageModel::PageSize + 49);
        QVERIFY2(past.ok(), qPrintable(past.error()));
        browser()->reload(past->datasetId);
        QCOMPARE(table->model()->rowCount(), SalaryPageModel::PageSize + 50);
        QVERIFY2(table->columnWidth(SalaryTableModel::RoleColumn) < roleWidth,
                 qPrintable(QString::number(table->columnWidth(SalaryTableModel::RoleColumn))));
        const auto first = importRoles(u"First"_s, 0);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        browser()->reload(first->datasetId);
        QVERIFY2(table->columnWidth(SalaryTableModel::RoleColumn) >= roleWidth,
                 qPrintable(QString::number(table->columnWidth(SalaryTableModel::RoleColumn))));
    }

    void figuresLineUpBesideTheCeilingMark()
    {
        // Both salary tables draw figures so; the national Staff row's max is at its
        // source's ceiling in the built-in dataset.
        QVERIFY(qobject_cast<FigureDelegate *>(browser()->tableView()->itemDelegate()));
        QVERIFY(qobject_cast<FigureDelegate *>(browser()->nationalTableView()->itemDelegate()));

        // "$300,000" and "$300,000+" in one column: the digits land on the same pixels, and
        // only the marked cell draws anything beside them.
        const QString mark = MoneyFormat::ceilingMark();
        QStandardItemModel model(2, 1);
        const QStringList texts { u"$300,000"_s, u"$300,000"_s + mark };
        for (int row = 0; row < texts.size(); ++row) {
            model.setData(model.index(row, 0), texts.at(row));
            model.setData(model.index(row, 0), int(Qt::AlignRight | Qt::AlignVCenter),
                          Qt::TextAlignmentRole);
        }
        QTableView view;
        view.setItemDelegate(new FigureDelegate(&view));
        view.setModel(&model);
        view.setShowGrid(false);
        view.setFocusPolicy(Qt::NoFocus);
        view.setSelectionMode(QAbstractItemView::NoSelection);
        view.resizeColumnsToContents();
        view.resize(400, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage plain = view.viewport()->grab(view.visualRect(model.index(0, 0))).toImage();
        const QImage marked = view.viewport()->grab(view.visualRect(model.index(1, 0))).toImage();
        QCOMPARE(plain.size(), marked.size());
        const int margin =
            view.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &view) + 1;
        const int hang = view.fontMetrics().horizontalAdvance(mark);
        const int digitsEnd = plain.width() - margin - hang;
        QVERIFY(hang > 0 && digitsEnd > plain.width() / 2);
        // The column is as wide as the digits and the hang need, for both cells alike.
        QVERIFY(view.fontMetrics().horizontalAdvance(texts.at(1)) <= plain.width() - 2 * margin);
        const QRgb background = plain.pixel(0, plain.height() / 2);
        const auto inkBetween = [background](const QImage &image, int from, int to) {
            for (int y = 0; y < image.height(); ++y) {
                for (int x = from; x < to; ++x) {
                    if (image.pixel(x, y) != background)
                        return true;
                }
            }
            return false;
        };
        QVERIFY(inkBetween(plain, 0, digitsEnd)); // the digits are drawn
        for (int y = 0; y < plain.height(); ++y) {
            for (int x = 0; x < digitsEnd; ++x)
                QCOMPARE(marked.pixel(x, y), plain.pixel(x, y));
        }
        QVERIFY(!inkBetween(plain, digitsEnd, plain.width()));
        QVERIFY(inkBetween(marked, digitsEnd, plain.width()));

        // Cells not aligned right are drawn as any other: a left-aligned "+" stays in its text.
        model.setData(model.index(1, 0), int(Qt::AlignLeft | Qt::AlignVCenter),
                      Qt::TextAlignmentRole);
        QStyleOptionViewItem option;
        option.initFrom(&view);
        QStyledItemDelegate plainDelegate;
        QCOMPARE(view.itemDelegate()->sizeHint(option, model.index(1, 0)),
                 plainDelegate.sizeHint(option, model.index(1, 0)));
    }

    void sortsInTheLibrary()
    {
        QTableView *view = browser()->tableView();
        view->sortByColumn(SalaryTableModel::MedianColumn, Qt::DescendingOrder);
        QCOMPARE(browser()->pageModel()->sortKey(), SalarySortKey::Median);
        QStringList medians = column(SalaryTableModel::MedianColumn);
        QCOMPARE(medians.first(), u"$180,000"_s);
        QCOMPARE(medians.last(), u"$130,000"_s);
        view->sortByColumn(SalaryTableModel::AreaColumn, Qt::AscendingOrder);
        QCOMPARE(column(SalaryTableModel::AreaColumn).first(), austin);
        // A new dataset starts in area order again.
        view->sortByColumn(SalaryTableModel::RoleColumn, Qt::DescendingOrder);
        selectDataset(browser()->datasets().first().id);
        QCOMPARE(browser()->pageModel()->sortKey(), SalarySortKey::Area);
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(),
                 int(SalaryTableModel::AreaColumn));
    }

    void bigSortsAreReadInTheBackground()
    {
        // Over many rows, an order no index gives (a figure) is read on a worker thread: the
        // click returns at once, the table keeps its rows until the order is there, and then
        // shows the same order as a sort read at once.
        QTableView *view = browser()->tableView();
        view->sortByColumn(SalaryTableModel::MedianColumn, Qt::DescendingOrder);
        const QStringList atOnce = column(SalaryTableModel::MedianColumn);
        QVERIFY(!browser()->isSorting());
        view->sortByColumn(SalaryTableModel::AreaColumn, Qt::AscendingOrder);
        const QStringList byArea = column(SalaryTableModel::AreaColumn);

        browser()->setBackgroundSortFrom(1);
        QSignalSpy rowsChanged(browser(), &SalaryBrowser::rowsChanged);
        view->sortByColumn(SalaryTableModel::MedianColumn, Qt::DescendingOrder);
        QVERIFY(browser()->isSorting());
        QCOMPARE(column(SalaryTableModel::AreaColumn), byArea);
        QVERIFY(m_tab->findChild<QLabel *>(u"countLabel"_s)->text().startsWith(u"Sorting"_s));
        // With HIREKIT_SCREENSHOT_DIR set: the tab while it sorts, to look at.
        if (const QString dir = qEnvironmentVariable("HIREKIT_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(m_tab->grab().save(QDir(dir).filePath(u"salaries-sorting.png"_s)));
        QTRY_VERIFY(!browser()->isSorting());
        QCOMPARE(rowsChanged.count(), 1);
        QCOMPARE(column(SalaryTableModel::MedianColumn), atOnce);
        QVERIFY(!m_tab->findChild<QLabel *>(u"countLabel"_s)->text().startsWith(u"Sorting"_s));

        // A newer question wins: the answer to a sort overtaken by a filter is dropped.
        view->sortByColumn(SalaryTableModel::P25Column, Qt::AscendingOrder);
        QVERIFY(browser()->isSorting());
        view->sortByColumn(SalaryTableModel::AreaColumn, Qt::AscendingOrder);
        QVERIFY(!browser()->isSorting());
        QTest::qWait(200);
        QCOMPARE(column(SalaryTableModel::AreaColumn), byArea);
    }

    void sortJobReportsWhatWentWrong()
    {
        SalarySortJob job;
        QSignalSpy finished(&job, &SalarySortJob::finished);
        SalaryRowQuery query;
        query.datasetId = m_sampleId;
        query.sortKey = SalarySortKey::Median;
        const int run = job.start(m_dir.filePath(u"no-such-library.sqlite"_s), query);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).toInt(), run);
        QVERIFY(finished.first().at(1).value<QList<qint64>>().isEmpty());
        QVERIFY2(finished.first().at(2).toString().contains(u"no-such-library.sqlite"_s),
                 qPrintable(finished.first().at(2).toString()));
        const int next = job.start(m_library->path(), query);
        QVERIFY(next != run);
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(finished.last().at(0).toInt(), next);
        // Every row of the dataset, the national ones too (the query leaves none out).
        QCOMPARE(finished.last().at(1).value<QList<qint64>>().size(),
                 browser()->summary().rowCount);
        QVERIFY(finished.last().at(2).toString().isEmpty());
    }

    void pageModelPassesTheTester()
    {
        QAbstractItemModelTester tester(browser()->pageModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_tab->findChild<QLineEdit *>(u"areaLineEdit"_s)->setText(u"a"_s);
        browser()->applyFiltersNow();
        browser()->tableView()->sortByColumn(SalaryTableModel::P25Column, Qt::AscendingOrder);
        browser()->refresh();
    }

    void editsWithValidationAndUndo()
    {
        QUndoGroup *undo = m_tab->undoGroup();
        QVERIFY(undo->activeStack());
        QVERIFY(!undo->canUndo());

        // A row whose min is above its max is refused, and the dialog stays open.
        bool refused = false;
        onNextDialog([&refused](QWidget *widget) {
            auto *dialog = qobject_cast<SalaryRowDialog *>(widget);
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>(u"rowAreaLineEdit"_s)->setText(u"Boise City, ID"_s);
            dialog->findChild<QLineEdit *>(u"rowRoleLineEdit"_s)->setText(u"Actuaries"_s);
            dialog->findChild<QLineEdit *>(u"p10LineEdit"_s)->clear();
            dialog->findChild<QLineEdit *>(u"p25LineEdit"_s)->clear();
            dialog->findChild<QLineEdit *>(u"medianLineEdit"_s)->clear();
            dialog->findChild<QLineEdit *>(u"p75LineEdit"_s)->clear();
            dialog->findChild<QLineEdit *>(u"p90LineEdit"_s)->clear();
            dialog->findChild<QLineEdit *>(u"minLineEdit"_s)->setText(u"120,000"_s);
            dialog->findChild<QLineEdit *>(u"maxLineEdit"_s)->setText(u"$90,000"_s);
            dialog->accept();
            auto *error = dialog->findChild<QLabel *>(u"rowErrorLabel"_s);
            refused = dialog->isVisible() && error->text().contains(u"min is greater than max"_s);
            dialog->findChild<QLineEdit *>(u"maxLineEdit"_s)->setText(u"abc"_s);
            dialog->accept();
            refused = refused && error->text().contains(u"not a number"_s);
            dialog->findChild<QLineEdit *>(u"maxLineEdit"_s)->setText(u"150000"_s);
            dialog->accept();
        });
        m_tab->addRow();
        QVERIFY(refused);
        QCOMPARE(table()->rowCount(), 7);
        QVERIFY(column(SalaryTableModel::AreaColumn).contains(u"Boise City, ID"_s));
        QVERIFY(!browser()->tableView()->isColumnHidden(SalaryTableModel::MinColumn));
        QCOMPARE(undo->undoText(), u"Add Row Boise City, ID, Actuaries"_s);

        // Change it: the current row opens in the dialog.
        const int boise = int(column(SalaryTableModel::AreaColumn).indexOf(u"Boise City, ID"_s));
        browser()->tableView()->setCurrentIndex(table()->index(boise, 0));
        onNextDialog([](QWidget *widget) {
            auto *dialog = qobject_cast<SalaryRowDialog *>(widget);
            QCOMPARE(dialog->row().min, std::optional<double>(120000));
            dialog->findChild<QLineEdit *>(u"medianLineEdit"_s)->setText(u"130000"_s);
            dialog->accept();
        });
        m_tab->editRow();
        QCOMPARE(table()->index(boise, SalaryTableModel::MedianColumn).data().toString(),
                 u"$130,000"_s);

        // Delete two rows.
        browser()->tableView()->selectRow(0);
        browser()->tableView()->selectionModel()->select(
            table()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        m_tab->deleteRows();
        QCOMPARE(table()->rowCount(), 5);
        QCOMPARE(undo->undoText(), u"Delete 2 Rows"_s);

        // Undo all three, one step each; redo them again.
        undo->undo();
        QCOMPARE(table()->rowCount(), 7);
        undo->undo();
        QVERIFY(table()->index(boise, SalaryTableModel::MedianColumn).data().toString() == u"—"_s);
        undo->undo();
        QCOMPARE(table()->rowCount(), 6);
        QVERIFY(!undo->canUndo());
        undo->redo();
        undo->redo();
        undo->redo();
        QCOMPARE(table()->rowCount(), 5);
        QVERIFY(column(SalaryTableModel::MedianColumn).contains(u"$130,000"_s));
    }

    // Deleting a dataset's newest rows frees their ids, and a row added to another dataset
    // takes one. Undo puts the deleted rows back (the one whose id is taken with a new id), and
    // redo deletes them again, never the other dataset's row.
    void undoAfterAnotherDatasetTookAnId()
    {
        SalaryRepository repository(m_library->database());
        const auto other = otherDataset();
        QVERIFY(other.ok());
        SalaryRowQuery query;
        query.datasetId = m_sampleId;
        const auto rows = repository.rows(query, 0, 1000);
        QVERIFY(rows.ok() && rows->size() > 2);
        qint64 highest = 0;
        for (const SalaryRow &row : *rows)
            highest = std::max(highest, row.id);
        QList<SalaryRow> newest;
        for (const SalaryRow &row : *rows) {
            if (row.id >= highest - 1)
                newest.append(row);
        }
        QCOMPARE(newest.size(), 2);
        const qint64 before = repository.summary(m_sampleId)->rowCount;

        SalaryEditing editing;
        editing.setLibrary(m_library.get());
        QVERIFY(editing.deleteRows(m_sampleId, newest).ok());
        QVERIFY(editing.addRow(*other, bandRow(u"Chicago"_s, u"Bakers"_s, 40000, 50000)).ok());
        SalaryRowQuery ofOther;
        ofOther.datasetId = *other;
        const auto taken = repository.rows(ofOther, 0, 10);
        QCOMPARE(taken->size(), 1);
        QVERIFY(taken->first().id >= highest - 1); // an id the deleted rows had

        QSignalSpy failures(&editing, &SalaryEditing::failed);
        editing.stack(m_sampleId)->undo();
        QCOMPARE(failures.count(), 0);
        QCOMPARE(repository.summary(m_sampleId)->rowCount, before);
        editing.stack(m_sampleId)->redo();
        QCOMPARE(failures.count(), 0);
        QCOMPARE(repository.summary(m_sampleId)->rowCount, before - 2);
        QCOMPARE(repository.row(taken->first().id)->area, u"Chicago"_s);
        QCOMPARE(repository.summary(*other)->rowCount, 1);
    }

    // The other commands of the dataset follow a row put back under a new id: a row added,
    // then deleted, its id taken by another dataset's new row; undoing both, then redoing
    // both, leaves the dataset as each step left it and the other dataset's row alone.
    void commandsFollowARowPutBackUnderANewId()
    {
        SalaryRepository repository(m_library->database());
        const auto other = otherDataset();
        QVERIFY(other.ok());
        const qint64 before = repository.summary(m_sampleId)->rowCount;
        SalaryEditing editing;
        editing.setLibrary(m_library.get());
        QSignalSpy failures(&editing, &SalaryEditing::failed);
        QVERIFY(
            editing.addRow(m_sampleId, bandRow(u"Boise City, ID"_s, u"Actuaries"_s, 90000, 120000))
                .ok());
        SalaryRowQuery boise;
        boise.datasetId = m_sampleId;
        boise.areas = QStringList { u"Boise City, ID"_s };
        const auto added = repository.rows(boise, 0, 10);
        QCOMPARE(added->size(), 1);
        const qint64 id = added->first().id;
        QVERIFY(editing.deleteRows(m_sampleId, *added).ok());
        QVERIFY(editing.addRow(*other, bandRow(u"Chicago"_s, u"Bakers"_s, 90000, 120000)).ok());
        QCOMPARE(repository.row(id)->area, u"Chicago"_s); // the id is reused
        QUndoStack *stack = editing.stack(m_sampleId);
        const auto boiseRows = [&] { return repository.rows(boise, 0, 10)->size(); };

        stack->undo(); // the delete: the row is back, under a new id
        QCOMPARE(boiseRows(), 1);
        QCOMPARE(repository.summary(m_sampleId)->rowCount, before + 1);
        stack->undo(); // the add: the row goes
        QCOMPARE(boiseRows(), 0);
        QCOMPARE(repository.summary(m_sampleId)->rowCount, before);
        stack->redo(); // the add again
        QCOMPARE(boiseRows(), 1);
        stack->redo(); // the delete again
        QCOMPARE(boiseRows(), 0);
        QCOMPARE(repository.summary(m_sampleId)->rowCount, before);
        QCOMPARE(failures.count(), 0);
        QCOMPARE(repository.row(id)->area, u"Chicago"_s);
        QCOMPARE(repository.summary(*other)->rowCount, 1);
    }

    void datasetsAreCreatedRenamedAndDeleted()
    {
        const int before = datasetCount();
        onNextDialog([](QWidget *widget) {
            auto *dialog = qobject_cast<SalaryDatasetDialog *>(widget);
            // "Sample" is taken: refused, the dialog stays.
            dialog->findChild<QLineEdit *>(u"datasetNameLineEdit"_s)->setText(u"sample"_s);
            dialog->accept();
            QVERIFY(dialog->isVisible());
            dialog->findChild<QLineEdit *>(u"datasetNameLineEdit"_s)->setText(u"Our bands"_s);
            dialog->accept();
        });
        m_tab->newDataset();
        QCOMPARE(datasetCount(), before + 1);
        QCOMPARE(browser()->currentDataset()->name, u"Our bands"_s);
        QCOMPARE(table()->rowCount(), 0);
        const qint64 id = browser()->currentDataset()->id;

        onNextDialog([](QWidget *widget) {
            auto *dialog = qobject_cast<SalaryDatasetDialog *>(widget);
            dialog->findChild<QLineEdit *>(u"datasetNameLineEdit"_s)->setText(u"Bands 2025"_s);
            dialog->accept();
        });
        m_tab->editDataset();
        QCOMPARE(browser()->currentDataset()->name, u"Bands 2025"_s);
        m_tab->undoGroup()->undo();
        QCOMPARE(browser()->currentDataset()->name, u"Our bands"_s);
        QCOMPARE(browser()->currentDataset()->id, id);

        // Deleting needs no confirmation: the undo bar brings the dataset back, rows and all.
        m_tab->deleteDataset();
        QCOMPARE(datasetCount(), before);
        auto *bar = m_tab->findChild<QFrame *>(u"undoBarFrame"_s);
        QVERIFY(bar && bar->isVisibleTo(m_tab.get()));
        QVERIFY(bar->findChild<QLabel *>(u"undoBarLabel"_s)->text().contains(u"Our bands"_s));
        bar->findChild<QPushButton *>(u"undoBarPushButton"_s)->click();
        QCOMPARE(datasetCount(), before + 1);
        QCOMPARE(browser()->currentDataset()->id, id);
        QVERIFY(!bar->isVisibleTo(m_tab.get()));
        m_tab->deleteDataset();
        QCOMPARE(datasetCount(), before);
        // A new dataset may take the trashed one's name: the trash gives it up for good.
        SalaryDataset again;
        again.name = u"Our bands"_s;
        QVERIFY(SalaryRepository(m_library->database()).insertDataset(again).ok());
        QCOMPARE(datasetCount(), before + 1);

        // Creating a dataset is undone from the bar as well.
        onNextDialog([](QWidget *widget) {
            auto *dialog = qobject_cast<SalaryDatasetDialog *>(widget);
            dialog->findChild<QLineEdit *>(u"datasetNameLineEdit"_s)->setText(u"Scratch"_s);
            dialog->accept();
        });
        m_tab->newDataset();
        QCOMPARE(datasetCount(), before + 2);
        QVERIFY(bar->isVisibleTo(m_tab.get()));
        QVERIFY(bar->findChild<QLabel *>(u"undoBarLabel"_s)->text().contains(u"Created"_s));
        bar->findChild<QPushButton *>(u"undoBarPushButton"_s)->click();
        QCOMPARE(datasetCount(), before + 1);

        // The hiring guide's dataset cannot be deleted.
        selectDataset(browser()->datasets().first().id);
        QVERIFY(browser()->currentDataset()->isBuiltin);
        QVERIFY(!m_tab->findChild<QAction *>(u"deleteSalaryDatasetAction"_s)->isEnabled());
    }

    void importRunsInTheBackgroundAndCancels()
    {
        // Big enough that the import is still running at its first progress report.
        QByteArray big = "City,Job Title,Low,High\n";
        for (int i = 0; i < 200000; ++i)
            big += "Metro " + QByteArray::number(i % 500) + ",Role " + QByteArray::number(i % 97)
                + ',' + QByteArray::number(50000 + i % 1000) + ','
                + QByteArray::number(90000 + i % 1000) + '\n';
        const QString path = write(u"big.csv"_s, big);
        const int before = datasetCount();

        m_tab->importCsv();
        SalaryImportDialog *dialog = m_tab->importDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->setFile(path));
        // The mapping is guessed from the header.
        QCOMPARE(dialog->columnKey(0), u"area"_s);
        QCOMPARE(dialog->columnKey(1), u"role"_s);
        QCOMPARE(dialog->columnKey(2), u"min"_s);
        QCOMPARE(dialog->columnKey(3), u"max"_s);
        QVERIFY(dialog->startImport());
        QVERIFY(!m_tab->findChild<QAction *>(u"addSalaryRowAction"_s)->isEnabled());
        // Cancel at the first progress report, from the GUI thread, as the button does.
        QSignalSpy progress(dialog->job(), &SalaryImportJob::progressChanged);
        QSignalSpy finished(dialog->job(), &SalaryImportJob::finished);
        QTRY_VERIFY(progress.count() > 0 || finished.count() > 0);
        QVERIFY2(finished.isEmpty(), "the import ended before it could be cancelled");
        dialog->reject(); // Cancel while importing cancels, and keeps the dialog
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->resultText().contains(u"cancelled"_s), qPrintable(dialog->resultText()));
        QCOMPARE(datasetCount(), before);
        dialog->reject();
        QTRY_VERIFY(!m_tab->importDialog());

        // A small file with a mapping changed by hand goes all the way.
        const QString small = write(u"bands.csv"_s,
                                    "Where,What,Lowest,Highest,Notes\n"
                                    "Boise,Welder,40000,60000,x\n"
                                    "Boise,Baker,30000,20000,min above max\n"
                                    "Reno,Welder,45000,65000,y\n");
        m_tab->importCsv();
        dialog = m_tab->importDialog();
        QVERIFY(dialog->setFile(small));
        QCOMPARE(dialog->columnKey(0), QString()); // "Where" is no known name
        dialog->setColumnKey(0, u"area"_s);
        dialog->setColumnKey(1, u"role"_s);
        dialog->setColumnKey(2, u"min"_s);
        dialog->setColumnKey(3, u"max"_s);
        dialog->setDatasetName(u"Welders"_s);
        QSignalSpy imported(dialog, &SalaryImportDialog::imported);
        QVERIFY(dialog->startImport());
        QTRY_COMPARE(imported.count(), 1);
        QVERIFY(dialog->resultText().contains(u"Imported 2 rows"_s));
        QVERIFY(dialog->resultText().contains(u"line 3: min is greater than max"_s));
        QCOMPARE(datasetCount(), before + 1);
        // The tab shows the new dataset.
        QCOMPARE(browser()->currentDataset()->name, u"Welders"_s);
        QCOMPARE(table()->rowCount(), 2);
        dialog->reject();
    }

    void exportsCsv()
    {
        m_tab->findChild<QLineEdit *>(u"areaLineEdit"_s)->setText(u"seattle"_s);
        browser()->applyFiltersNow();
        const QString filtered = m_dir.filePath(u"filtered.csv"_s);
        FileDialogs::setNextFileName(filtered);
        m_tab->exportFilteredRows();
        QFile file(filtered);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        // Header, Seattle's two rows and the two national ones.
        QCOMPARE(lines.size(), 5);
        const auto count = [&lines](const QByteArray &text) {
            return std::count_if(lines.cbegin(), lines.cend(),
                                 [&text](const QByteArray &line) { return line.contains(text); });
        };
        QCOMPARE(count("United States"), 2);
        QCOMPARE(count("Seattle"), 2);

        const QString whole = m_dir.filePath(u"whole"_s);
        FileDialogs::setNextFileName(whole);
        m_tab->exportDataset();
        QFile dataset(whole + u".csv"_s);
        QVERIFY(dataset.open(QIODevice::ReadOnly));
        QCOMPARE(dataset.readAll().trimmed().split('\n').size(), 9);
    }

    void chartDrawsAndExportsPng()
    {
        m_tab->updateChart();
        SalaryChartWidget *chart = m_tab->chart();
        QVERIFY(chart->drawsBoxes());
        // Two national rows first, then the table's six.
        QCOMPARE(chart->rows().size(), 8);
        QVERIFY(chart->caption().contains(u"All 6 rows"_s));
        const QString png = m_dir.filePath(u"chart.png"_s);
        QVERIFY(chart->exportPng(png).ok());
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 400 && image.height() >= 250);

        // Through the button and the file dialog; a name without suffix gets ".png".
        FileDialogs::setNextFileName(m_dir.filePath(u"again"_s));
        chart->findChild<QToolButton *>(u"exportChartToolButton"_s)->click();
        QVERIFY(!QImage(m_dir.filePath(u"again.png"_s)).isNull());

        // The guide's bands of one level are floating bars; of all levels, boxes grouped by
        // level within each area.
        selectDataset(browser()->datasets().first().id);
        auto *level = m_tab->findChild<QComboBox *>(u"levelComboBox"_s);
        level->setCurrentIndex(level->findData(int(Level::Senior)));
        m_tab->updateChart();
        QVERIFY(!chart->drawsBoxes());
        QCOMPARE(chart->rows().size(), 1 + 8);
        level->setCurrentIndex(0);
        m_tab->updateChart();
        QVERIFY(chart->drawsBoxes());
        QVERIFY(chart->exportPng(m_dir.filePath(u"guide.png"_s)).ok());
    }

    // At the window's first showing the chart's view is given its size once, before the chart
    // is drawn (its page sits in a tab widget, which sizes pages before they show), so the
    // chart is laid out once and at its size; in a window already on screen it is drawn as
    // soon as its tab is chosen.
    void chartDrawnAtItsSize()
    {
        SalariesTab tab;
        tab.setLibrary(m_library.get());
        tab.resize(1200, 800);
        SalaryChartWidget *chart = tab.chart();
        // The view is the plugin's, made when the chart first shows: watched from its polish on,
        // before it is shown and sized.
        QVERIFY(!chart->findChild<QChartView *>());
        auto *area = chart->findChild<QWidget *>(u"chartAreaWidget"_s);
        QVERIFY(area);
        QChartView *view = nullptr;
        QList<QSize> viewSizes;
        qsizetype rowsAtFirstPaint = -1;
        QSizeF sizeAtFirstPaint;
        std::unique_ptr<EventWatch> resized;
        std::unique_ptr<EventWatch> firstPaint;
        EventWatch made(area, QEvent::ChildPolished, [&] {
            if (view || !(view = area->findChild<QChartView *>(u"salaryChartView"_s)))
                return;
            viewSizes.append(view->size());
            resized = std::make_unique<EventWatch>(view, QEvent::Resize,
                                                   [&] { viewSizes.append(view->size()); });
            firstPaint = std::make_unique<EventWatch>(view->viewport(), QEvent::Paint, [&] {
                if (rowsAtFirstPaint < 0) {
                    rowsAtFirstPaint = chart->rows().size();
                    sizeAtFirstPaint = view->chart()->size();
                }
            });
        });
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QVERIFY(view);
        QTRY_VERIFY(rowsAtFirstPaint >= 0);
        QVERIFY(rowsAtFirstPaint > 0);
        QCOMPARE(rowsAtFirstPaint, chart->rows().size());
        QCOMPARE(sizeAtFirstPaint, view->chart()->size());
        QCOMPARE(view->chart()->size().toSize(), view->size());
        // Made at its place: no size but its last.
        QCOMPARE(viewSizes, QList<QSize>(viewSizes.size(), view->size()));

        QTabWidget window;
        window.addTab(new QWidget, u"Other"_s);
        auto *chosen = new SalariesTab;
        window.addTab(chosen, u"Salaries"_s);
        chosen->setLibrary(m_library.get());
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(chosen->chart()->rows().isEmpty()); // a tab not in view draws nothing
        window.setCurrentWidget(chosen);
        QCOMPARE(chosen->chart()->rows().size(), rowsAtFirstPaint);
    }

    // What the plugin draws: a box per row (national rows grey, the others in the accent),
    // categories with short names, a money axis over the whiskers, the whole row on hover;
    // bands as floating bars on an axis from zero.
    void chartShowsItsRows()
    {
        SalaryRow national;
        national.area = u"United States"_s;
        national.isNational = true;
        national.p10 = 90000;
        national.p25 = 100000;
        national.median = 120000;
        national.p75 = 140000;
        national.p90 = 160000;
        SalaryRow city = national;
        city.area = u"Seattle-Tacoma-Bellevue, WA"_s;
        city.isNational = false;
        city.p90 = 190000;
        SalaryChartWidget chart;
        chart.setRows({ national, city }, { national.area, city.area }, u"Two rows"_s);
        chart.resize(800, 500);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        auto *view = chart.findChild<QChartView *>(u"salaryChartView"_s);
        QVERIFY(view);
        QCOMPARE(view->chart()->series().size(), 1);
        auto *boxes = qobject_cast<QBoxPlotSeries *>(view->chart()->series().first());
        QVERIFY(boxes);
        const QList<QBoxSet *> sets = boxes->boxSets();
        QCOMPARE(sets.size(), 2);
        QCOMPARE(sets.at(0)->label(), national.area);
        QCOMPARE(sets.at(0)->at(QBoxSet::LowerExtreme), 90000.0);
        QCOMPARE(sets.at(0)->at(QBoxSet::Median), 120000.0);
        QCOMPARE(sets.at(1)->at(QBoxSet::UpperExtreme), 190000.0);
        QCOMPARE(sets.at(0)->brush().color(), QColor(0xb0, 0xb0, 0xb0));
        QCOMPARE(sets.at(1)->brush().color(),
                 chart.palette().color(QPalette::Highlight).lighter(150));
        auto *categories =
            qobject_cast<QBarCategoryAxis *>(view->chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(categories);
        QCOMPARE(categories->categories(), QStringList({ u"United States"_s, u"Seattle, WA"_s }));
        auto *money = qobject_cast<QValueAxis *>(view->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(money);
        QCOMPARE(money->labelFormat(), u"$%'.0f"_s);
        QVERIFY(money->min() <= 90000 && money->min() > 0);
        QVERIFY(money->max() >= 190000);
        emit boxes->hovered(true, sets.at(1));
        QVERIFY2(view->toolTip().startsWith(city.area), qPrintable(view->toolTip()));
        QVERIFY(view->toolTip().contains(MoneyFormat::amount(190000, u"USD"_s)));
        emit boxes->hovered(false, sets.at(1));
        QVERIFY(view->toolTip().isEmpty());

        SalaryRow band;
        band.area = u"Austin"_s;
        band.min = 75000;
        band.max = 100000;
        chart.setRows({ band }, { band.area }, u"A band"_s);
        QCOMPARE(view->chart()->series().size(), 1);
        auto *bars = qobject_cast<QStackedBarSeries *>(view->chart()->series().first());
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 2);
        QCOMPARE(bars->barSets().at(0)->at(0), 75000.0); // invisible, up to the band
        QCOMPARE(bars->barSets().at(1)->at(0), 25000.0);
        QCOMPARE(bars->barSets().at(1)->label(), u"Range"_s);
        money = qobject_cast<QValueAxis *>(view->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(money);
        QCOMPARE(money->min(), 0.0);
        emit bars->hovered(true, 0, bars->barSets().at(1));
        QVERIFY(view->toolTip().contains(MoneyFormat::amount(100000, u"USD"_s)));
    }

    // Without the charts plugin, the chart's place and its export say why; nothing else of
    // the tab depends on it. A file of that name that is no plugin is named with the reason.
    void chartWithoutItsPlugin()
    {
        const auto restore = qScopeGuard([] { Plugins::setSearchPath({}); });
        QTemporaryDir empty;
        QVERIFY(empty.isValid());
        Plugins::setSearchPath({ empty.path() });
        const auto missing = Plugins::salaryCharts();
        QVERIFY(!missing);
        QVERIFY2(missing.error().contains(u"libhirekit_charts.so"_s), qPrintable(missing.error()));
        QVERIFY(missing.error().contains(empty.path()));

        SalaryChartWidget chart;
        SalaryRow row;
        row.area = u"Seattle"_s;
        row.currency = u"USD"_s;
        row.min = 100000;
        row.max = 150000;
        chart.setRows({ row }, { row.area }, u"One row"_s);
        chart.resize(600, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        auto *unavailable = chart.findChild<QLabel *>(u"chartUnavailableLabel"_s);
        QVERIFY(unavailable);
        QVERIFY(unavailable->isVisible());
        QCOMPARE(unavailable->text(), u"Charts are not available. "_s + missing.error());
        QVERIFY(!chart.findChild<QChartView *>());
        QCOMPARE(chart.rows().size(), 1);
        const QString png = m_dir.filePath(u"no-plugin.png"_s);
        const Status exported = chart.exportPng(png);
        QVERIFY(!exported);
        QCOMPARE(exported.error(), unavailable->text());
        QVERIFY(!QFile::exists(png));
        // Drawn again (another filter), it still says why, once.
        chart.setRows({ row, row }, { row.area, u"Tacoma"_s }, u"Two rows"_s);
        QCOMPARE(chart.findChildren<QLabel *>(u"chartUnavailableLabel"_s).size(), 1);

        QFile notAPlugin(empty.filePath(u"libhirekit_charts.so"_s));
        QVERIFY(notAPlugin.open(QIODevice::WriteOnly));
        notAPlugin.write("not a shared library\n");
        notAPlugin.close();
        Plugins::setSearchPath({ empty.path() });
        const auto broken = Plugins::salaryCharts();
        QVERIFY(!broken);
        QVERIFY2(broken.error().startsWith(u"Cannot load the plugin"_s),
                 qPrintable(broken.error()));
        QVERIFY(broken.error().contains(notAPlugin.fileName()));

        // A plugin, but not the charts': the printing plugin under the charts' name.
        QVERIFY(QFile::remove(notAPlugin.fileName()));
        Plugins::setSearchPath({});
        QString printing;
        for (const QString &folder : Plugins::searchPath()) {
            if (QFile::exists(QDir(folder).filePath(u"libhirekit_printing.so"_s)))
                printing = QDir(folder).filePath(u"libhirekit_printing.so"_s);
        }
        QVERIFY(!printing.isEmpty());
        QVERIFY(QFile::copy(printing, notAPlugin.fileName()));
        Plugins::setSearchPath({ empty.path() });
        const auto other = Plugins::salaryCharts();
        QVERIFY(!other);
        QVERIFY2(other.error().contains(u"it is not the plugin Hirekit looks for"_s),
                 qPrintable(other.error()));

        // The default places find it again; a new chart draws.
        Plugins::setSearchPath({});
        QVERIFY(Plugins::salaryCharts().ok());
        SalaryChartWidget drawn;
        drawn.setRows({ row }, { row.area }, u"One row"_s);
        drawn.resize(600, 400);
        drawn.show();
        QVERIFY(QTest::qWaitForWindowExposed(&drawn));
        QVERIFY(drawn.findChild<QChartView *>(u"salaryChartView"_s));
        QVERIFY(!drawn.findChild<QLabel *>(u"chartUnavailableLabel"_s));
        QVERIFY(drawn.exportPng(png).ok());
        QVERIFY(!QImage(png).isNull());
    }

    void comparePageBuiltWhenShown()
    {
        // Built when first shown, for the dataset in view, then following the dataset.
        QVERIFY(!m_tab->findChild<SalaryCompareWidget *>());
        auto *pages = m_tab->findChild<QTabWidget *>(u"detailsTabWidget"_s);
        QVERIFY(pages);
        pages->setCurrentIndex(1);
        QCOMPARE(pages->tabText(1), u"Compare Cities"_s);
        auto *compare = m_tab->findChild<SalaryCompareWidget *>(u"salaryCompareWidget"_s);
        QVERIFY(compare);
        QVERIFY(compare->isVisible());
        QCOMPARE(m_tab->compareWidget(), compare);
        auto *roles = compare->findChild<QComboBox *>(u"compareRoleComboBox"_s);
        QVERIFY(roles);
        QVERIFY(roles->findText(u"Software Developers"_s) >= 0);

        const qint64 other = browser()->datasets().first().id;
        QVERIFY(other != m_sampleId);
        selectDataset(other);
        QCOMPARE(roles->findText(u"Software Developers"_s), -1);
        QVERIFY(roles->count() > 1);
        QCOMPARE(m_tab->findChildren<SalaryCompareWidget *>().size(), 1);
    }

    void compensationPageBuiltWhenShown()
    {
        // Read once when the tab gets the library; the Compensation page is built when first
        // shown, with the guide's factors and the row chosen.
        SalariesTab tab;
        QSignalSpy read(tab.browser(), &SalaryBrowser::datasetChanged);
        tab.setLibrary(m_library.get());
        QCOMPARE(read.size(), 1);
        tab.resize(1200, 800);
        tab.show();
        QVERIFY(!tab.findChild<CompensationWidget *>());

        tab.browser()->tableView()->setCurrentIndex(
            tab.browser()->tableView()->model()->index(0, 0));
        auto *pages = tab.findChild<QTabWidget *>(u"detailsTabWidget"_s);
        pages->setCurrentIndex(2);
        QCOMPARE(pages->tabText(2), u"Compensation"_s);
        auto *compensation = tab.findChild<CompensationWidget *>(u"compensationWidget"_s);
        QVERIFY(compensation);
        QVERIFY(compensation->isVisible());
        QCOMPARE(tab.compensationWidget(), compensation);
        QVERIFY(compensation->adjustedRange().has_value());
        QVERIFY(!compensation->findChildren<QCheckBox *>().isEmpty());
        // Its postings box is filled as the page shows: the built-in example posting.
        auto *postings = compensation->findChild<QComboBox *>(u"postingComboBox"_s);
        QVERIFY(postings);
        QVERIFY(postings->count() >= 1);
        QCOMPARE(tab.findChildren<CompensationWidget *>().size(), 1);
    }

    void comparesCities()
    {
        SalaryCompareWidget *compare = m_tab->compareWidget();
        compare->compare(u"Software Developers"_s, std::nullopt, { seattle, u"francisco"_s });
        QCOMPARE(compare->areas(), (QStringList { seattle, sanFrancisco }));
        // Two cities and the national reference.
        QCOMPARE(compare->comparedRows().size(), 3);
        QCOMPARE(compare->comparedRows().at(0).area, seattle);
        QVERIFY(compare->comparedRows().at(2).isNational);
        auto *numbers = compare->findChild<QTableWidget *>(u"compareTableWidget"_s);
        QCOMPARE(numbers->columnCount(), 3);
        QCOMPARE(numbers->horizontalHeaderItem(0)->text(), u"Seattle"_s);
        QCOMPARE(numbers->horizontalHeaderItem(1)->text(), u"San Francisco"_s);
        // Software developers' medians: Seattle 130,000, San Francisco 150,000 (sampleCsv()).
        QCOMPARE(numbers->item(2, 0)->text(), u"$130,000"_s);
        QCOMPARE(numbers->item(2, 1)->text(), u"$150,000"_s);
        QCOMPARE(numbers->item(numbers->rowCount() - 1, 1)->text(), u"+15%"_s);
        QCOMPARE(numbers->item(4, 1)->text(), u"$239,200+"_s);
        QVERIFY(compare->chart()->drawsBoxes());
        QVERIFY(compare->chart()->exportPng(m_dir.filePath(u"compare.png"_s)).ok());

        // From the table's selection.
        browser()->tableView()->selectionModel()->clearSelection();
        m_tab->findChild<QLineEdit *>(u"roleLineEdit"_s)->setText(u"data"_s);
        browser()->applyFiltersNow();
        browser()->tableView()->selectAll();
        m_tab->compareSelected();
        QCOMPARE(compare->role(), u"Data Scientists"_s);
        QCOMPARE(compare->areas().size(), 3);
    }

    void compensationFillsAPosting()
    {
        // The Compensation page reads the postings when it is shown.
        m_tab->findChild<QTabWidget *>(u"detailsTabWidget"_s)->setCurrentIndex(2);
        CompensationWidget *compensation = m_tab->compensationWidget();
        m_tab->findChild<QLineEdit *>(u"areaLineEdit"_s)->setText(u"seattle"_s);
        m_tab->findChild<QLineEdit *>(u"roleLineEdit"_s)->setText(u"software"_s);
        browser()->applyFiltersNow();
        browser()->tableView()->setCurrentIndex(table()->index(0, 0));
        // p25–p75 of Seattle's software developers: 110,000 – 150,000.
        QCOMPARE(compensation->adjustedRange()->min, std::optional<double>(110000));
        // The guide's first factor: technology stack expertise, 15–25%.
        compensation->setFactor(0, true, 15, 25);
        const auto range = compensation->adjustedRange();
        QCOMPARE(range->min, std::optional<double>(126500));
        QCOMPARE(range->max, std::optional<double>(187500));
        QVERIFY(compensation->adjustedText().contains(u"$126,500"_s));
        compensation->setProposedSalary(u"$120,000"_s);
        QCOMPARE(compensation->position()->percent, 37.5);
        QVERIFY2(compensation->positionText().contains(u"P38"_s),
                 qPrintable(compensation->positionText()));
        QVERIFY(compensation->positionText().contains(u"0.92 against the median"_s));

        const auto postings = PostingRepository(m_library->database()).list();
        QVERIFY(postings.ok() && !postings->isEmpty());
        const qint64 postingId = postings->first().id;
        QVERIFY(compensation->selectPosting(postingId));
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        compensation->findChild<QPushButton *>(u"usePostingPushButton"_s)->click();
        const auto posting = PostingRepository(m_library->database()).load(postingId);
        QCOMPARE(posting->salary.min, std::optional<double>(126500));
        QCOMPARE(posting->salary.max, std::optional<double>(187500));

        // Another handler (the main window's, with undo) takes over when set.
        PayRange handed;
        m_tab->setPostingSalaryHandler([&handed](qint64, const PayRange &given, const QString &) {
            handed = given;
            return true;
        });
        compensation->setFactor(0, false, 15, 25);
        compensation->findChild<QPushButton *>(u"usePostingPushButton"_s)->click();
        QCOMPARE(handed.min, std::optional<double>(110000));
    }

    void mainWindowUndoAndUseInPosting()
    {
        MainWindow window;
        auto opened = Library::open(m_library->path(), Library::OpenMode::OpenExisting);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        window.setLibrary(std::move(opened).value());
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.selectTab(u"salaries"_s));
        auto *tab = window.findChild<SalariesTab *>();
        auto *box = tab->findChild<QComboBox *>(u"datasetComboBox"_s);
        box->setCurrentIndex(box->findData(m_sampleId));

        // Edit > Undo follows the tab: the salaries' pair is shown here, the postings' not.
        QAction *undo = window.findChild<QAction *>(u"undoSalariesAction"_s);
        QVERIFY(undo && undo->isVisible());
        QVERIFY(!window.findChild<QAction *>(u"undoAction"_s)->isVisible());
        SalaryRow row;
        row.area = u"Reno, NV"_s;
        row.role = u"Actuaries"_s;
        row.median = 100000;
        QVERIFY(tab->editing()->addRow(m_sampleId, row).ok());
        QCOMPARE(tab->browser()->rowCount(), 7);
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QCOMPARE(tab->browser()->rowCount(), 6);

        // Use in Posting goes through the posting editor, undoable there.
        tab->findChild<QLineEdit *>(u"areaLineEdit"_s)->setText(u"seattle"_s);
        tab->findChild<QLineEdit *>(u"roleLineEdit"_s)->setText(u"software"_s);
        tab->browser()->applyFiltersNow();
        tab->browser()->tableView()->setCurrentIndex(
            tab->browser()->tableView()->model()->index(0, 0));
        const auto postings = PostingRepository(window.library()->database()).list();
        QVERIFY(postings.ok() && !postings->isEmpty());
        const PostingSummary posting = postings->first();
        const auto before = PostingRepository(window.library()->database()).load(posting.id);
        // The Compensation page reads the postings when it is shown.
        tab->findChild<QTabWidget *>(u"detailsTabWidget"_s)->setCurrentIndex(2);
        QVERIFY(tab->compensationWidget()->selectPosting(posting.id));
        tab->compensationWidget()->findChild<QPushButton *>(u"usePostingPushButton"_s)->click();
        auto *tabs = window.findChild<QTabWidget *>(u"tabWidget"_s);
        QCOMPARE(tabs->currentIndex(), 0);
        auto *postingsTab = window.findChild<PostingsTab *>();
        QVERIFY(postingsTab->currentDocument());
        QCOMPARE(postingsTab->currentDocument()->id(), posting.id);
        QCOMPARE(postingsTab->currentDocument()->posting().salary.min,
                 std::optional<double>(110000));
        QAction *postingsUndo = window.findChild<QAction *>(u"undoAction"_s);
        QVERIFY(postingsUndo->isVisible() && !undo->isVisible());
        QCOMPARE(postingsUndo->text(), u"&Undo Fill Salary from Table"_s);
        postingsUndo->trigger();
        QCOMPARE(postingsTab->currentDocument()->posting().salary, before->salary);
        window.setLibrary(nullptr);
    }

    void trashOfEarlierDaysIsEmptiedInTheBackground()
    {
        // Given the library, the tab empties the trash on a worker thread, but only datasets
        // trashed before the library was opened and a day ago at least: one trashed just now
        // (here or in another window) may still come back whole through its undo bar.
        SalaryRepository salaries(m_library->database());
        const auto trash = [&](const QString &name, const QString &deletedAt) -> qint64 {
            SalaryDataset dataset;
            dataset.name = name;
            const auto id = salaries.insertDataset(dataset);
            SalaryRow row;
            row.area = u"Reno, NV"_s;
            row.role = name;
            row.median = 50000;
            if (!id || !salaries.insertRows(*id, { row }).ok()
                || !salaries.setDatasetDeleted(*id, true).ok())
                return 0;
            QSqlQuery query(m_library->database());
            query.prepare(u"UPDATE salary_datasets SET deleted_at = coalesce(?, deleted_at) "
                          "WHERE id = ?"_s);
            query.addBindValue(deletedAt.isEmpty() ? QVariant() : QVariant(deletedAt));
            query.addBindValue(*id);
            return query.exec() ? *id : 0;
        };
        const qint64 lastWeek = trash(u"Last week"_s, u"2026-01-05T10:00:00.000Z"_s);
        const qint64 justNow = trash(u"Just now"_s, QString());
        // Before this library was opened, by a window that may still be open.
        const qint64 anHourAgo =
            trash(u"An hour ago"_s,
                  QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODateWithMs));
        QVERIFY(lastWeek && justNow && anHourAgo);
        const auto rowsOf = [&](qint64 id) {
            QSqlQuery query(m_library->database());
            query.prepare(u"SELECT count(*) FROM salary_rows WHERE dataset_id = ?"_s);
            query.addBindValue(id);
            return query.exec() && query.next() ? query.value(0).toInt() : -1;
        };
        QCOMPARE(rowsOf(justNow), 1);

        m_tab->setLibrary(nullptr);
        m_tab->setLibrary(m_library.get());
        QTRY_COMPARE_WITH_TIMEOUT(rowsOf(lastWeek), 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!salaries.setDatasetDeleted(lastWeek, false).ok(), 10000);
        QCOMPARE(rowsOf(justNow), 1);
        QCOMPARE(rowsOf(anHourAgo), 1);
        QVERIFY(salaries.setDatasetDeleted(justNow, false).ok());
        QVERIFY(salaries.setDatasetDeleted(anHourAgo, false).ok());
        QCOMPARE(salaries.summary(justNow)->rowCount, 1);
    }

    void closingTheLibraryEmptiesTheTab()
    {
        m_tab->setLibrary(nullptr);
        QCOMPARE(table()->rowCount(), 0);
        QVERIFY(!browser()->currentDataset());
        QVERIFY(!m_tab->findChild<QAction *>(u"importSalaryCsvAction"_s)->isEnabled());
    }
};

QTEST_MAIN(TestSalariesTab)
#include "tst_salariestab.moc"
