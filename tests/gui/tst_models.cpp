// The GUI's item models, filled from a freshly seeded library: structure checked by
// QAbstractItemModelTester, values and sorting by hand.
#include "core/MoneyFormat.h"
#include "gui/models/PostingListModel.h"
#include "gui/models/QuestionListModel.h"
#include "gui/models/SalaryPageModel.h"
#include "gui/models/SalarySortProxyModel.h"
#include "gui/models/SalaryTableModel.h"
#include "storage/Library.h"
#include "storage/PostingRepository.h"
#include "storage/QuestionRepository.h"
#include "storage/SalaryRepository.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hirekit;

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void moneyFormat();
    void postingListModel();
    void postingTemplates();
    void salaryTableModel();
    void salaryColumnsWithoutData();
    void salarySortIsNumeric();
    void salaryPageModel();
    void salaryPageModelEvictsPages();
    void questionListModel();

private:
    // The row of `model` whose column `column` displays `text`, or -1.
    static int findRow(const QAbstractItemModel &model, int column, const QString &text);
    static SalaryRow row(const QString &area, std::optional<double> median, bool national = false);

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
};

void TestModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    auto opened = Library::open(m_dir.filePath(u"lib.sqlite"_s));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_library = std::move(opened).value();
}

void TestModels::cleanupTestCase()
{
    m_library.reset();
}

int TestModels::findRow(const QAbstractItemModel &model, int column, const QString &text)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

SalaryRow TestModels::row(const QString &area, std::optional<double> median, bool national)
{
    SalaryRow result;
    result.area = area;
    result.role = u"Software Developers"_s;
    result.isNational = national;
    result.median = median;
    return result;
}

void TestModels::moneyFormat()
{
    QCOMPARE(MoneyFormat::amount(170000, u"USD"_s), u"$170,000"_s);
    QCOMPARE(MoneyFormat::range(95000, 140000, u"USD"_s, PayPeriod::Year),
             u"$95,000 – $140,000 per year"_s);
    QCOMPARE(MoneyFormat::range(std::nullopt, std::nullopt, u"USD"_s, PayPeriod::Year),
             u"Not stated"_s);
}

void TestModels::postingListModel()
{
    const auto postings = PostingRepository(m_library->database()).list();
    QVERIFY2(postings.ok(), qPrintable(postings.error()));

    PostingListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems(postings.value());
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.headerData(PostingListModel::TitleColumn, Qt::Horizontal).toString(),
             u"Title"_s);
    QCOMPARE(model.headerData(PostingListModel::UpdatedColumn, Qt::Horizontal).toString(),
             u"Last change"_s);
    QVERIFY(model.rowCount() >= 1);

    // The seeded example posting.
    const int row = findRow(model, PostingListModel::TitleColumn, u"Backend Developer"_s);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, PostingListModel::LevelColumn).data().toString(), u"Mid"_s);
    QCOMPARE(model.index(row, PostingListModel::LocationsColumn).data().toString(),
             u"Austin (Hybrid)"_s);
    QCOMPARE(model.index(row, PostingListModel::LocationsColumn).data(Qt::ToolTipRole).toString(),
             u"Austin, TX, US (Hybrid)"_s);
    QCOMPARE(model.index(row, PostingListModel::StatusColumn).data().toString(), u"Draft"_s);
    QCOMPARE(model.index(row, PostingListModel::LevelColumn).data(PostingListModel::SortRole),
             QVariant(int(Level::Mid)));
    QVERIFY(model.index(row, 0).data(PostingListModel::IdRole).toLongLong() > 0);
    QVERIFY(model.index(row, PostingListModel::UpdatedColumn)
                .data(PostingListModel::SortRole)
                .toDateTime()
                .isValid());

    model.setItems({});
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::postingTemplates()
{
    const auto templates = PostingRepository(m_library->database()).templates();
    QVERIFY2(templates.ok(), qPrintable(templates.error()));
    PostingListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems(templates.value());
    QVERIFY(findRow(model, PostingListModel::TitleColumn, u"Backend Developer"_s) >= 0);
}

void TestModels::salaryTableModel()
{
    const auto rows = SalaryRepository(m_library->database()).rows({});
    QVERIFY2(rows.ok(), qPrintable(rows.error()));

    SalaryTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems(rows.value());
    QVERIFY(model.rowCount() > 10);
    QCOMPARE(model.columnCount(), int(SalaryTableModel::ColumnCount));
    QCOMPARE(model.headerData(SalaryTableModel::MedianColumn, Qt::Horizontal).toString(),
             u"Median"_s);

    int senior = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, SalaryTableModel::AreaColumn).data().toString()
                == u"San Francisco Bay Area"_s
            && model.index(r, SalaryTableModel::LevelColumn).data().toString() == u"Senior"_s) {
            senior = r;
        }
    }
    QVERIFY(senior >= 0);
    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model.index(senior, column).data(role);
    };
    QCOMPARE(cell(SalaryTableModel::MinColumn).toString(), u"$170,000"_s);
    QCOMPARE(cell(SalaryTableModel::MaxColumn).toString(), u"$280,000"_s);
    QCOMPARE(cell(SalaryTableModel::MinColumn, SalaryTableModel::SortRole).toDouble(), 170000.0);
    QCOMPARE(cell(SalaryTableModel::MaxColumn, SalaryTableModel::SortRole).toDouble(), 280000.0);
    QCOMPARE(cell(SalaryTableModel::MedianColumn).toString(), u"—"_s);
    QVERIFY(!cell(SalaryTableModel::MedianColumn, SalaryTableModel::SortRole).isValid());
    QCOMPARE(cell(SalaryTableModel::PeriodColumn).toString(), u"Annual"_s);
    QCOMPARE(Qt::Alignment(cell(SalaryTableModel::MinColumn, Qt::TextAlignmentRole).toInt()),
             Qt::AlignRight | Qt::AlignVCenter);
    QVERIFY(!cell(SalaryTableModel::AreaColumn, SalaryTableModel::IsNationalRole).toBool());

    // The national staff band is open-ended at the top: the guide says "$300,000+".
    int staff = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex area = model.index(r, SalaryTableModel::AreaColumn);
        if (area.data(SalaryTableModel::IsNationalRole).toBool()
            && model.index(r, SalaryTableModel::LevelColumn).data().toString() == u"Staff"_s) {
            staff = r;
        }
    }
    QVERIFY(staff >= 0);
    QCOMPARE(model.index(staff, SalaryTableModel::MaxColumn).data().toString(), u"$300,000+"_s);
    QVERIFY(
        model.index(staff, SalaryTableModel::AreaColumn).data(Qt::FontRole).value<QFont>().bold());
}

void TestModels::salaryColumnsWithoutData()
{
    const auto rows = SalaryRepository(m_library->database()).rows({});
    QVERIFY2(rows.ok(), qPrintable(rows.error()));
    SalaryTableModel model;
    model.setItems(rows.value());
    // The guide has bands only, no percentiles.
    QVERIFY(!model.isColumnEmpty(SalaryTableModel::MinColumn));
    QVERIFY(!model.isColumnEmpty(SalaryTableModel::MaxColumn));
    for (int column :
         { SalaryTableModel::P10Column, SalaryTableModel::P25Column, SalaryTableModel::MedianColumn,
           SalaryTableModel::P75Column, SalaryTableModel::P90Column }) {
        QVERIFY(model.isColumnEmpty(column));
    }
    QVERIFY(!model.isColumnEmpty(SalaryTableModel::AreaColumn));

    model.setItems({});
    QVERIFY(!model.isColumnEmpty(SalaryTableModel::MedianColumn));
}

void TestModels::salarySortIsNumeric()
{
    SalaryTableModel model;
    SalarySortProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // As strings "120000" < "85000" < "9000"; as numbers the other way round.
    model.setItems({ row(u"Boston"_s, 120000), row(u"Austin"_s, 9000),
                     row(u"Chicago"_s, std::nullopt), row(u"Denver"_s, 85000),
                     row(u"United States"_s, 100000, true) });

    const auto areas = [&proxy] {
        QStringList result;
        for (int r = 0; r < proxy.rowCount(); ++r)
            result.append(proxy.index(r, SalaryTableModel::AreaColumn).data().toString());
        return result;
    };

    proxy.sort(SalaryTableModel::MedianColumn, Qt::AscendingOrder);
    QCOMPARE(
        areas(),
        (QStringList { u"United States"_s, u"Austin"_s, u"Denver"_s, u"Boston"_s, u"Chicago"_s }));
    // National stays on top and the missing median stays at the bottom either way.
    proxy.sort(SalaryTableModel::MedianColumn, Qt::DescendingOrder);
    QCOMPARE(
        areas(),
        (QStringList { u"United States"_s, u"Boston"_s, u"Denver"_s, u"Austin"_s, u"Chicago"_s }));
    proxy.sort(SalaryTableModel::AreaColumn, Qt::DescendingOrder);
    QCOMPARE(areas().first(), u"United States"_s);
    QCOMPARE(areas().at(1), u"Denver"_s);
}

void TestModels::salaryPageModel()
{
    // 1,000 rows served a page at a time; the model asks only for the pages it shows.
    QList<SalaryRow> all;
    for (int i = 0; i < 1000; ++i) {
        SalaryRow row = this->row(u"Area %1"_s.arg(i, 4, 10, QLatin1Char('0')), 50000 + i);
        row.id = i + 1;
        all.append(row);
    }
    QList<std::pair<qint64, int>> requests;
    const auto source = [&](qint64 offset, int limit) -> Result<QList<SalaryRow>> {
        requests.append({ offset, limit });
        return all.mid(offset, limit);
    };

    SalaryPageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setSource(all.size(), source);
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.columnCount(), int(SalaryTableModel::ColumnCount));
    QCOMPARE(model.headerData(SalaryTableModel::MedianColumn, Qt::Horizontal).toString(),
             u"Median"_s);
    QCOMPARE(model.index(700, SalaryTableModel::AreaColumn).data().toString(), u"Area 0700"_s);
    QCOMPARE(model.index(700, SalaryTableModel::MedianColumn).data().toString(), u"$50,700"_s);
    QCOMPARE(model.index(700, SalaryTableModel::MedianColumn).data(SalaryTableModel::SortRole),
             QVariant(50700.0));

    // Without the tester reading everything: one page read, from the start of the page
    // that holds row 700.
    SalaryPageModel counted;
    counted.setSource(all.size(), source);
    requests.clear();
    QCOMPARE(counted.index(700, SalaryTableModel::AreaColumn).data().toString(), u"Area 0700"_s);
    QCOMPARE(counted.index(701, SalaryTableModel::AreaColumn).data().toString(), u"Area 0701"_s);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().first,
             qint64(700 / SalaryPageModel::PageSize) * SalaryPageModel::PageSize);
    QCOMPARE(model.rowAt(999)->id, 1000);
    QVERIFY(!model.rowAt(1000));
    QCOMPARE(model.rowsAt(998, 5).size(), 2);

    // Sorting records the order and asks the owner to fetch in it.
    QSignalSpy sorted(&model, &SalaryPageModel::sortChanged);
    model.sort(SalaryTableModel::MedianColumn, Qt::DescendingOrder);
    QCOMPARE(sorted.count(), 1);
    QCOMPARE(model.sortKey(), SalarySortKey::Median);
    QVERIFY(model.sortDescending());
    QCOMPARE(model.sortColumn(), int(SalaryTableModel::MedianColumn));
    model.sort(SalaryTableModel::MedianColumn, Qt::DescendingOrder);
    QCOMPARE(sorted.count(), 1);

    // A page that cannot be read shows empty cells and says why, once.
    QSignalSpy failed(&model, &SalaryPageModel::fetchFailed);
    model.setSource(
        10, [](qint64, int) -> Result<QList<SalaryRow>> { return Error { u"disk on fire"_s }; });
    QVERIFY(!model.index(3, 0).data().isValid());
    QVERIFY(!model.index(4, 0).data().isValid());
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().toString(), u"disk on fire"_s);
    QCOMPARE(model.pagesRead(), 1);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::salaryPageModelEvictsPages()
{
    int reads = 0;
    SalaryPageModel model;
    model.setSource(1000000, [&reads](qint64 offset, int limit) -> Result<QList<SalaryRow>> {
        ++reads;
        QList<SalaryRow> page;
        for (int i = 0; i < limit; ++i) {
            SalaryRow row;
            row.id = offset + i + 1;
            page.append(row);
        }
        return page;
    });
    // A walk through 100 pages keeps at most MaxCachedPages of them.
    for (int page = 0; page < 100; ++page)
        QCOMPARE(model.rowAt(page * SalaryPageModel::PageSize)->id,
                 page * SalaryPageModel::PageSize + 1);
    QCOMPARE(reads, 100);
    // The most recent pages are still there; the first ones were dropped.
    QVERIFY(model.rowAt(99 * SalaryPageModel::PageSize));
    QCOMPARE(reads, 100);
    QVERIFY(model.rowAt(0));
    QCOMPARE(reads, 101);
}

void TestModels::questionListModel()
{
    const auto questions = QuestionRepository(m_library->database()).list();
    QVERIFY2(questions.ok(), qPrintable(questions.error()));

    QuestionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems(questions.value());
    QCOMPARE(model.rowCount(), 17);
    QCOMPARE(model.headerData(QuestionListModel::QuestionColumn, Qt::Horizontal).toString(),
             u"Question"_s);
    QCOMPARE(model.index(0, QuestionListModel::NumberColumn).data().toInt(), 1);
    QCOMPARE(model.index(0, QuestionListModel::CategoryColumn).data().toString(), u"Technical"_s);
    QCOMPARE(model.index(0, QuestionListModel::TopicColumn).data().toString(), u"System Design"_s);
    QVERIFY(model.index(0, QuestionListModel::QuestionColumn)
                .data()
                .toString()
                .startsWith(u"Design a URL shortening service"_s));
    QVERIFY(model.index(0, QuestionListModel::QuestionColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"scalability considerations"_s));
    QCOMPARE(model.index(16, QuestionListModel::CategoryColumn)
                 .data(QuestionListModel::CategoryKeyRole)
                 .toString(),
             u"culture"_s);
    QCOMPARE(model.index(16, QuestionListModel::NumberColumn).data(QuestionListModel::SortRole),
             QVariant(17));
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
