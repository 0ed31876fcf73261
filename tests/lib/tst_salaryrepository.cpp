// SalaryRepository's paging queries for big datasets (summary, count, pages, ids), the
// pager built on them, the plans SQLite makes for them (an index, never a full scan), row
// and dataset edits, the figure fields kept on the dataset, and a second connection that
// writes from another thread.

#include "io/SalaryImport.h"
#include "storage/Library.h"
#include "storage/LibraryConnection.h"
#include "storage/Migrations.h"
#include "storage/SalaryRepository.h"
#include "storage/SalaryRowPager.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace hirekit;

namespace {

const QString seattle = u"Seattle-Tacoma-Bellevue, WA"_s;
const QString sanFrancisco = u"San Francisco-Oakland-Hayward, CA"_s;
const QString austin = u"Austin-Round Rock, TX"_s;
const QString nation = u"United States"_s;
const QStringList roles { u"Software Developers"_s, u"Data Scientists"_s, u"Web Developers"_s };

// Three metro areas × three roles × `repeats`, each with percentiles (some missing),
// plus national rows for every role at every level.
QList<SalaryRow> sampleRows(int repeats)
{
    QList<SalaryRow> rows;
    int serial = 0;
    for (int repeat = 0; repeat < repeats; ++repeat) {
        for (const QString &area : { seattle, sanFrancisco, austin }) {
            for (const QString &role : roles) {
                SalaryRow row;
                row.area = area;
                row.role = role;
                row.period = PayPeriod::Year;
                const double base = 60000 + (serial * 7919) % 90000;
                row.p10 = base;
                row.p25 = base + 10000;
                // Every seventh median is missing, as BLS "*" cells are.
                if (serial % 7 != 0)
                    row.median = base + 20000;
                row.p75 = base + 30000;
                row.p90 = base + 40000;
                rows.append(row);
                ++serial;
            }
        }
    }
    for (const QString &role : roles) {
        for (const Level level : { Level::Entry, Level::Mid, Level::Senior, Level::Staff }) {
            SalaryRow row;
            row.area = nation;
            row.isNational = true;
            row.role = role;
            row.level = level;
            row.min = 50000 + int(level) * 30000;
            row.max = row.min.value() + 40000;
            rows.append(row);
        }
    }
    return rows;
}

QList<qint64> idsOf(const QList<SalaryRow> &rows)
{
    QList<qint64> ids;
    for (const SalaryRow &row : rows)
        ids.append(row.id);
    return ids;
}

} // namespace

class TestSalaryRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_datasetId = 0;
    static constexpr int Repeats = 40; // 360 local rows + 12 national ones

    SalaryRepository repository() const { return SalaryRepository(m_library->database()); }

    // All rows of `query`, paged `pageSize` at a time.
    QList<SalaryRow> allPages(const SalaryRowQuery &query, int pageSize)
    {
        QList<SalaryRow> result;
        for (qint64 offset = 0;; offset += pageSize) {
            const auto page = repository().rows(query, offset, pageSize);
            if (!page) {
                qWarning("%s", qPrintable(page.error()));
                return {};
            }
            result += *page;
            if (page->size() < pageSize)
                return result;
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto library = Library::open(m_dir.filePath(u"lib.sqlite"_s));
        QVERIFY2(library.ok(), qPrintable(library.error()));
        m_library = std::move(library).value();
        SalaryDataset dataset;
        dataset.name = u"Sample"_s;
        dataset.source = u"Made up"_s;
        dataset.year = 2022;
        const auto id = repository().insertDataset(dataset);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        m_datasetId = *id;
        const auto inserted = repository().insertRows(m_datasetId, sampleRows(Repeats));
        QVERIFY2(inserted.ok(), qPrintable(inserted.error()));
    }

    void cleanupTestCase() { m_library.reset(); }

    void summaryCountsDistinctValues()
    {
        const auto summary = repository().summary(m_datasetId);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->rowCount, 9 * Repeats + 12);
        const QList<SalaryValueCount> areas { { austin, 3 * Repeats },
                                              { sanFrancisco, 3 * Repeats },
                                              { seattle, 3 * Repeats },
                                              { nation, 12 } };
        QCOMPARE(summary->areas, areas);
        QCOMPARE(summary->nationalAreas, QStringList { nation });
        QCOMPARE(summary->localAreas(), (QStringList { austin, sanFrancisco, seattle }));
        QCOMPARE(summary->roles.size(), 3);
        QCOMPARE(summary->roles.first(),
                 (SalaryValueCount { u"Data Scientists"_s, 3 * Repeats + 4 }));
        // Rows without a level count under "".
        QCOMPARE(summary->levels.first(), (SalaryValueCount { QString(), 9 * Repeats }));
        QCOMPARE(summary->levels.size(), 5);
        QCOMPARE(summary->figureFields,
                 (QStringList { u"min"_s, u"max"_s, u"p10"_s, u"p25"_s, u"median"_s, u"p75"_s,
                                u"p90"_s }));

        // The guide's dataset has bands only.
        const auto datasets = repository().datasets();
        QVERIFY(datasets.ok());
        const auto guide = repository().summary(datasets->first().id);
        QVERIFY(guide.ok());
        QCOMPARE(guide->figureFields, (QStringList { u"min"_s, u"max"_s }));
    }

    void knownCountsMatchCountedOnes_data()
    {
        QTest::addColumn<std::optional<QStringList>>("areas");
        QTest::addColumn<std::optional<QStringList>>("roles");
        QTest::addColumn<std::optional<Level>>("level");
        QTest::addColumn<bool>("known");
        QTest::addColumn<QStringList>("excluded");
        using Areas = std::optional<QStringList>;
        QTest::newRow("everything")
            << Areas() << Areas() << std::optional<Level>() << true << QStringList();
        QTest::newRow("one area") << Areas(QStringList { seattle }) << Areas()
                                  << std::optional<Level>() << true << QStringList();
        QTest::newRow("no area") << Areas(QStringList()) << Areas() << std::optional<Level>()
                                 << true << QStringList();
        QTest::newRow("two roles") << Areas() << Areas(QStringList { roles.at(0), roles.at(2) })
                                   << std::optional<Level>() << true << QStringList();
        QTest::newRow("a level") << Areas() << Areas() << std::optional<Level>(Level::Senior)
                                 << true << QStringList();
        QTest::newRow("area and role")
            << Areas(QStringList { seattle, austin }) << Areas(QStringList { roles.at(1) })
            << std::optional<Level>() << false << QStringList();
        QTest::newRow("role and level")
            << Areas() << Areas(QStringList { roles.at(1) }) << std::optional<Level>(Level::Mid)
            << false << QStringList();
        QTest::newRow("not national")
            << Areas() << Areas() << std::optional<Level>() << true << QStringList { nation };
        QTest::newRow("roles, not national")
            << Areas() << Areas(QStringList { roles.at(0), roles.at(1) }) << std::optional<Level>()
            << true << QStringList { nation };
        QTest::newRow("a level, not national")
            << Areas() << Areas() << std::optional<Level>(Level::Staff) << true
            << QStringList { nation };
        QTest::newRow("not another area")
            << Areas() << Areas() << std::optional<Level>() << false << QStringList { austin };
    }

    void knownCountsMatchCountedOnes()
    {
        QFETCH(std::optional<QStringList>, areas);
        QFETCH(std::optional<QStringList>, roles);
        QFETCH(std::optional<Level>, level);
        QFETCH(bool, known);
        QFETCH(QStringList, excluded);
        SalaryRowQuery query;
        query.datasetId = m_datasetId;
        query.excludedAreas = excluded;
        query.areas = areas;
        query.roles = roles;
        query.level = level;
        const auto summary = repository().summary(m_datasetId);
        QVERIFY(summary.ok());
        const auto counted = repository().countRows(query);
        QVERIFY2(counted.ok(), qPrintable(counted.error()));
        const std::optional<qint64> fromSummary = summary->knownRowCount(query);
        QCOMPARE(fromSummary.has_value(), known);
        if (fromSummary)
            QCOMPARE(*fromSummary, *counted);
        QCOMPARE(qint64(allPages(query, 50).size()), *counted);
    }

    void pagesFollowTheOrder_data()
    {
        QTest::addColumn<SalarySortKey>("key");
        QTest::addColumn<bool>("descending");
        QTest::newRow("area") << SalarySortKey::Area << false;
        QTest::newRow("area descending") << SalarySortKey::Area << true;
        QTest::newRow("role descending") << SalarySortKey::Role << true;
        QTest::newRow("median") << SalarySortKey::Median << false;
        QTest::newRow("median descending") << SalarySortKey::Median << true;
        QTest::newRow("level") << SalarySortKey::Level << false;
    }

    void pagesFollowTheOrder()
    {
        QFETCH(SalarySortKey, key);
        QFETCH(bool, descending);
        SalaryRowQuery query;
        query.datasetId = m_datasetId;
        query.sortKey = key;
        query.descending = descending;
        const QList<SalaryRow> paged = allPages(query, 37);
        QCOMPARE(paged.size(), 9 * Repeats + 12);

        // No row twice, and the same order as the id list and as forEachRow.
        QList<qint64> ids = idsOf(paged);
        const auto orderedIds = repository().rowIds(query);
        QVERIFY(orderedIds.ok());
        QCOMPARE(ids, *orderedIds);
        QList<qint64> visited;
        QVERIFY(repository()
                    .forEachRow(query,
                                [&visited](const SalaryRow &row) {
                                    visited.append(row.id);
                                    return true;
                                })
                    .ok());
        QCOMPARE(visited, ids);
        std::sort(ids.begin(), ids.end());
        QVERIFY(std::adjacent_find(ids.cbegin(), ids.cend()) == ids.cend());

        for (qsizetype i = 1; i < paged.size(); ++i) {
            const SalaryRow &a = paged.at(i - 1);
            const SalaryRow &b = paged.at(i);
            switch (key) {
            case SalarySortKey::Area:
                QVERIFY(descending ? a.area >= b.area : a.area <= b.area);
                break;
            case SalarySortKey::Role:
                QVERIFY(descending ? a.role >= b.role : a.role <= b.role);
                break;
            case SalarySortKey::Median:
                // Missing medians last in either direction.
                if (!a.median)
                    QVERIFY(!b.median);
                else if (b.median)
                    QVERIFY(descending ? *a.median >= *b.median : *a.median <= *b.median);
                break;
            case SalarySortKey::Level:
                if (!a.level)
                    QVERIFY(!b.level);
                else if (b.level)
                    QVERIFY(int(*a.level) <= int(*b.level));
                break;
            default:
                break;
            }
        }
    }

    void pagerUsesIdsForUnindexedOrders()
    {
        SalaryRowQuery query;
        query.datasetId = m_datasetId;
        query.areas = QStringList { seattle };
        SalaryRowPager byArea(m_library->database(), query);
        const auto count = byArea.count();
        QVERIFY(count.ok());
        QCOMPARE(*count, 3 * Repeats);
        const auto page = byArea.rows(100, 50);
        QVERIFY(page.ok());
        QCOMPARE(page->size(), 3 * Repeats - 100);
        QVERIFY(!byArea.holdsIds());

        query.sortKey = SalarySortKey::P90;
        query.descending = true;
        SalaryRowPager byP90(m_library->database(), query);
        const auto first = byP90.rows(0, 10);
        QVERIFY(first.ok());
        QVERIFY(byP90.holdsIds());
        QCOMPARE(*byP90.count(), 3 * Repeats);
        QCOMPARE(first->size(), 10);
        QVERIFY(*first->at(0).p90 >= *first->at(9).p90);
        const auto beyond = byP90.rows(3 * Repeats, 10);
        QVERIFY(beyond.ok());
        QVERIFY(beyond->isEmpty());
    }

    void filterQueriesUseAnIndex_data()
    {
        QTest::addColumn<std::optional<QStringList>>("areas");
        QTest::addColumn<std::optional<QStringList>>("roles");
        QTest::addColumn<std::optional<Level>>("level");
        QTest::addColumn<std::optional<bool>>("national");
        QTest::addColumn<SalarySortKey>("key");
        QTest::addColumn<QString>("index");
        QTest::addColumn<bool>("sorts");
        using List = std::optional<QStringList>;
        using NoLevel = std::optional<Level>;
        const QString areaRole = u"salary_rows_by_dataset_area_role"_s;
        QTest::newRow("dataset by area") << List() << List() << NoLevel() << std::optional<bool>()
                                         << SalarySortKey::Area << areaRole << false;
        QTest::newRow("areas by area")
            << List(QStringList { seattle, austin }) << List() << NoLevel() << std::optional<bool>()
            << SalarySortKey::Area << areaRole << false;
        QTest::newRow("areas and roles by area")
            << List(QStringList { seattle, austin })
            << List(QStringList { roles.at(0), roles.at(2) }) << NoLevel() << std::optional<bool>()
            << SalarySortKey::Area << areaRole + u" (dataset_id=? AND area=? AND role=?)"_s
            << false;
        // Roles without areas: SQLite sorts within each area ("right part of ORDER BY"),
        // which is why the browser always names the areas when it names roles.
        QTest::newRow("roles alone by area")
            << List() << List(QStringList { roles.at(0) }) << NoLevel() << std::optional<bool>()
            << SalarySortKey::Area << areaRole << true;
        // Sorting by role sorts (the pager fetches the ids once for that).
        QTest::newRow("roles by role")
            << List() << List(QStringList { roles.at(0) }) << NoLevel() << std::optional<bool>()
            << SalarySortKey::Role << areaRole << true;
        // SQLite may take the national index or the area one; both find few rows at once.
        QTest::newRow("national rows")
            << List(QStringList { nation }) << List() << NoLevel() << std::optional<bool>(true)
            << SalarySortKey::Area << u"INDEX salary_rows_"_s << false;
        QTest::newRow("level") << List() << List() << NoLevel(Level::Senior)
                               << std::optional<bool>() << SalarySortKey::Level
                               << u"salary_rows_by_dataset_level"_s << true;
        QTest::newRow("areas by median")
            << List(QStringList { seattle }) << List() << NoLevel() << std::optional<bool>()
            << SalarySortKey::Median << areaRole << true;
    }

    void filterQueriesUseAnIndex()
    {
        QFETCH(std::optional<QStringList>, areas);
        QFETCH(std::optional<QStringList>, roles);
        QFETCH(std::optional<Level>, level);
        QFETCH(std::optional<bool>, national);
        QFETCH(SalarySortKey, key);
        QFETCH(QString, index);
        QFETCH(bool, sorts);
        SalaryRowQuery query;
        query.datasetId = m_datasetId;
        query.areas = areas;
        query.roles = roles;
        query.level = level;
        query.national = national;
        query.sortKey = key;
        for (const bool count : { false, true }) {
            const auto plan = repository().queryPlan(query, count);
            QVERIFY2(plan.ok(), qPrintable(plan.error()));
            const QString text = plan->join(u'\n');
            // "SCAN r" is a full scan of salary_rows; "SEARCH r USING ... INDEX x" is not.
            QVERIFY2(!text.contains(u"SCAN r"_s), qPrintable(text));
            QVERIFY2(text.contains(u"SEARCH r USING"_s), qPrintable(text));
            // A count may read any index that narrows to the dataset (the smallest one).
            if (!count) {
                QVERIFY2(text.contains(index), qPrintable(text));
                QCOMPARE(text.contains(u"TEMP B-TREE"_s), sorts);
            }
        }
    }

    void rowEditsRoundTrip()
    {
        SalaryRow row;
        row.area = u"Boise City, ID"_s;
        row.role = u"Actuaries"_s;
        row.level = Level::Mid;
        row.currency = u"USD"_s;
        row.period = PayPeriod::Hour;
        row.min = 40;
        row.max = 55.5;
        row.topCoded = QStringList { u"max"_s };
        const auto id = repository().insertRow(m_datasetId, row);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        auto stored = repository().row(*id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->area, row.area);
        QCOMPARE(stored->dataset, u"Sample"_s);
        QCOMPARE(stored->level, row.level);
        QCOMPARE(stored->period, PayPeriod::Hour);
        QCOMPARE(stored->max, row.max);
        QCOMPARE(stored->topCoded, row.topCoded);

        stored->median = 47;
        stored->area = u"Boise, ID"_s;
        QVERIFY(repository().updateRow(*stored).ok());
        QCOMPARE(repository().row(*id)->median, std::optional<double>(47));
        QCOMPARE(repository().row(*id)->area, u"Boise, ID"_s);

        // Deleted and brought back (as undo does), it keeps its id.
        const SalaryRow before = *repository().row(*id);
        QVERIFY(repository().removeRows({ *id }).ok());
        QVERIFY(!repository().row(*id).ok());
        const auto again = repository().insertRow(m_datasetId, before);
        QVERIFY(again.ok());
        QCOMPARE(*again, *id);
        QCOMPARE(repository().row(*id)->median, std::optional<double>(47));

        // The database refuses what validation would: min above max.
        SalaryRow broken = before;
        broken.min = 90;
        QVERIFY(!repository().updateRow(broken).ok());
        SalaryRow missing = before;
        missing.id = 999999;
        QVERIFY(!repository().updateRow(missing).ok());
        QVERIFY(repository().removeRows({ *id }).ok());
    }

    void rowCountsFollowWrites()
    {
        SalaryDataset dataset;
        dataset.name = u"Counted"_s;
        const auto id = repository().insertDataset(dataset);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        const auto countOf = [&](qint64 datasetId) {
            for (const SalaryDataset &each : repository().datasets().value()) {
                if (each.id == datasetId)
                    return each.rowCount;
            }
            return -1;
        };
        const auto countedRows = [&](qint64 datasetId) {
            SalaryRowQuery query;
            query.datasetId = datasetId;
            return int(repository().countRows(query).value());
        };
        QCOMPARE(countOf(*id), 0);
        QVERIFY(repository().insertRows(*id, sampleRows(2)).ok());
        QCOMPARE(countOf(*id), countedRows(*id));
        QVERIFY(countOf(*id) > 0);
        const auto added = repository().insertRow(*id, sampleRows(1).first());
        QVERIFY(added.ok());
        QCOMPARE(countOf(*id), countedRows(*id));
        // One removal over two datasets takes from each its own rows.
        const auto sampleBefore = countOf(m_datasetId);
        const auto extra = repository().insertRow(m_datasetId, sampleRows(1).first());
        QVERIFY(extra.ok());
        QCOMPARE(countOf(m_datasetId), sampleBefore + 1);
        QVERIFY(repository().removeRows({ *added, *extra, 99999999 }).ok());
        QCOMPARE(countOf(*id), countedRows(*id));
        QCOMPARE(countOf(m_datasetId), sampleBefore);
        QCOMPARE(countOf(m_datasetId), countedRows(m_datasetId));
        QVERIFY(repository().removeDataset(*id).ok());
    }

    void figureFieldsGrowWithEdits()
    {
        SalaryDataset dataset;
        dataset.name = u"Bands"_s;
        const auto id = repository().insertDataset(dataset);
        QVERIFY(id.ok());
        QVERIFY(repository().summary(*id)->figureFields.isEmpty());
        SalaryRow row;
        row.area = u"Remote"_s;
        row.role = u"Backend Developer"_s;
        row.min = 1;
        const auto rowId = repository().insertRow(*id, row);
        QVERIFY(rowId.ok());
        QCOMPARE(repository().summary(*id)->figureFields, QStringList { u"min"_s });
        row.id = *rowId;
        row.p90 = 5;
        QVERIFY(repository().updateRow(row).ok());
        QCOMPARE(repository().summary(*id)->figureFields, (QStringList { u"min"_s, u"p90"_s }));
        QVERIFY(repository().removeDataset(*id).ok());
    }

    void datasetsAreRenamedNotDuplicated()
    {
        SalaryDataset dataset;
        dataset.name = u"Draft"_s;
        const auto id = repository().insertDataset(dataset);
        QVERIFY(id.ok());
        QVERIFY(!repository().insertDataset(dataset).ok());
        dataset.id = *id;
        dataset.name = u"Sample"_s;
        const auto clash = repository().updateDataset(dataset);
        QVERIFY(!clash.ok());
        QVERIFY2(clash.error().contains(u"Sample"_s), qPrintable(clash.error()));
        dataset.name = u"Final"_s;
        dataset.source = u"Our own survey"_s;
        dataset.year = 2024;
        QVERIFY(repository().updateDataset(dataset).ok());
        const auto stored = repository().dataset(*id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->name, u"Final"_s);
        QCOMPARE(stored->source, u"Our own survey"_s);
        QCOMPARE(stored->year, std::optional<int>(2024));
        QVERIFY(repository().removeDataset(*id).ok());
        QVERIFY(!repository().dataset(*id).ok());
    }

    void exportStreamsTheQueryAndReadsBack()
    {
        SalaryRowQuery query;
        query.datasetId = m_datasetId;
        query.areas = QStringList { seattle };
        query.sortKey = SalarySortKey::Median;
        const QString path = m_dir.filePath(u"seattle.csv"_s);
        const auto written = exportSalaryCsv(m_library->database(), query, path);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QCOMPARE(*written, 3 * Repeats);
        SalaryImportOptions options;
        options.dataset = u"Seattle again"_s;
        const auto report = importSalaryCsv(m_library->database(), path, options);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->imported, 3 * Repeats);
        QVERIFY(report->skipped.isEmpty());
        QVERIFY(repository().removeDataset(report->datasetId).ok());
    }

    void secondConnectionWritesFromAnotherThread()
    {
        const QString path = m_library->path();
        QString error;
        qint64 datasetId = 0;
        // Holds its transaction open until the main thread has looked.
        QAtomicInt written = 0;
        QAtomicInt looked = 0;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            auto connection = LibraryConnection::open(path);
            if (!connection) {
                error = connection.error();
                written = 1;
                return;
            }
            SalaryRepository writer((*connection)->database());
            QSqlQuery begin((*connection)->database());
            begin.exec(u"BEGIN"_s);
            SalaryDataset dataset;
            dataset.name = u"From a thread"_s;
            const auto id = writer.insertDataset(dataset);
            if (id)
                datasetId = *id;
            else
                error = id.error();
            if (id)
                (void)writer.insertRows(*id, sampleRows(2));
            written = 1;
            while (looked.loadAcquire() == 0)
                QThread::msleep(5);
            begin.exec(u"COMMIT"_s);
        }));
        thread->start();
        QTRY_COMPARE(written.loadAcquire(), 1);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Not committed yet: the main connection does not see the dataset, and reads on.
        const auto before = repository().findDataset(u"From a thread"_s);
        QVERIFY(before.ok());
        QVERIFY(!before->has_value());
        looked = 1;
        QVERIFY(thread->wait(10000));
        const auto after = repository().findDataset(u"From a thread"_s);
        QVERIFY(after.ok());
        QCOMPARE(after->value_or(0), datasetId);
        QCOMPARE(repository().summary(datasetId)->rowCount, 2 * 9 + 12);
        QVERIFY(repository().removeDataset(datasetId).ok());
        QVERIFY(!LibraryConnection::open(m_dir.filePath(u"missing.sqlite"_s)).ok());
    }

    void upgradeRemembersFigureFields()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sqlite"_s);
        {
            // The schema just before the step that added the salary indexes.
            Library::Options options;
            for (const Migration &migration : builtinMigrations()) {
                if (migration.name.contains(u"salary_indexes"_s))
                    options.targetVersion = migration.version - 1;
            }
            QVERIFY(options.targetVersion > 0);
            options.seed = false;
            auto library = Library::open(path, options);
            QVERIFY2(library.ok(), qPrintable(library.error()));
            QSqlQuery query((*library)->database());
            QVERIFY(query.exec(u"INSERT INTO salary_datasets (id, name, imported_at) "
                               "VALUES (1, 'Old', '2024-01-01')"_s));
            QVERIFY(query.exec(u"INSERT INTO salary_rows (dataset_id, area, role, p25, p75) "
                               "VALUES (1, 'Here', 'Cook', 10, 20)"_s));
        }
        auto upgraded = Library::open(path, Library::OpenMode::OpenExisting);
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.error()));
        const auto summary = SalaryRepository((*upgraded)->database()).summary(1);
        QVERIFY(summary.ok());
        QCOMPARE(summary->figureFields, (QStringList { u"p25"_s, u"p75"_s }));
    }

    void matchingValuesIgnoresCase()
    {
        const QStringList areas { austin, sanFrancisco, seattle };
        QCOMPARE(matchingValues(areas, u"  "_s), areas);
        QCOMPARE(matchingValues(areas, u"sEaT"_s), QStringList { seattle });
        QCOMPARE(matchingValues(areas, u", "_s), areas);
        QCOMPARE(matchingValues(areas, u"Francisco-Oak"_s), QStringList { sanFrancisco });
        QVERIFY(matchingValues(areas, u"Portland"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSalaryRepository)
#include "tst_salaryrepository.moc"
