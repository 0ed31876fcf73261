// SalaryRepository's paging queries for big datasets (summary, count, pages, ids), the
// pager built on them, the plans SQLite makes for them (an index, never a full scan), row
// and dataset edits, the figure fields kept on the dataset, the counts by area, role and level
// that summary() reads (kept by every write, and made by the upgrade to them), and a second
// connection that writes from another thread.

#include "io/SalaryImport.h"
#include "storage/Library.h"
#include "storage/LibraryConnection.h"
#include "storage/Migrations.h"
#include "storage/SalaryRepository.h"
#include "storage/SalaryRowPager.h"
#include "storage/SalaryRowSql.h"

#include <QSqlError>
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

// What summary() must say of a dataset, counted from its rows with plain GROUP BY queries on
// `db` (the way summary() itself counted before the counts were kept).
Result<SalaryDatasetSummary> countedSummary(const QSqlDatabase &db, qint64 datasetId)
{
    SalaryDatasetSummary counted;
    counted.datasetId = datasetId;
    QString error;
    const auto counts = [&](const QString &sql) {
        QList<SalaryValueCount> result;
        QSqlQuery query(db);
        query.prepare(sql);
        query.addBindValue(datasetId);
        if (!query.exec())
            error = query.lastError().text();
        while (query.next())
            result.append({ query.value(0).toString(), query.value(1).toLongLong() });
        return result;
    };
    counted.areas = counts(u"SELECT area, count(*) FROM salary_rows WHERE dataset_id = ? "
                           "GROUP BY area ORDER BY area"_s);
    counted.roles = counts(u"SELECT role, count(*) FROM salary_rows WHERE dataset_id = ? "
                           "GROUP BY role ORDER BY role"_s);
    // NULL sorts first: the rows without a level, under "".
    counted.levels = counts(u"SELECT coalesce(level, ''), count(*) FROM salary_rows "
                            "WHERE dataset_id = ? GROUP BY level ORDER BY level"_s);
    for (const SalaryValueCount &area :
         counts(u"SELECT area, count(*) FROM salary_rows WHERE dataset_id = ? "
                "AND is_national = 1 GROUP BY area ORDER BY area"_s))
        counted.nationalAreas.append(area.value);
    counted.nationalRoles = counts(u"SELECT role, count(*) FROM salary_rows WHERE dataset_id = ? "
                                   "AND is_national = 1 GROUP BY role ORDER BY role"_s);
    counted.nationalLevels =
        counts(u"SELECT coalesce(level, ''), count(*) FROM salary_rows WHERE dataset_id = ? "
               "AND is_national = 1 GROUP BY level ORDER BY level"_s);
    const QList<SalaryValueCount> total =
        counts(u"SELECT '', count(*) FROM salary_rows WHERE dataset_id = ?"_s);
    counted.rowCount = total.isEmpty() ? 0 : total.first().rows;
    if (!error.isEmpty())
        return Error { error };
    return counted;
}

QString describe(const QList<SalaryValueCount> &counts)
{
    QStringList parts;
    for (const SalaryValueCount &count : counts)
        parts.append(u"%1=%2"_s.arg(count.value).arg(count.rows));
    return u'[' + parts.join(u", "_s) + u']';
}

// Where two summaries differ (empty when they do not), for a failure message.
QString differences(const SalaryDatasetSummary &kept, const SalaryDatasetSummary &counted)
{
    QStringList found;
    if (kept.rowCount != counted.rowCount)
        found.append(u"rowCount %1, counted %2"_s.arg(kept.rowCount).arg(counted.rowCount));
    const auto compare = [&](const char *name, const QList<SalaryValueCount> &a,
                             const QList<SalaryValueCount> &b) {
        if (a != b) {
            found.append(u"%1 %2, counted %3"_s.arg(QLatin1String(name), describe(a), describe(b)));
        }
    };
    compare("areas", kept.areas, counted.areas);
    compare("roles", kept.roles, counted.roles);
    compare("levels", kept.levels, counted.levels);
    compare("nationalRoles", kept.nationalRoles, counted.nationalRoles);
    compare("nationalLevels", kept.nationalLevels, counted.nationalLevels);
    if (kept.nationalAreas != counted.nationalAreas) {
        found.append(u"nationalAreas [%1], counted [%2]"_s.arg(
            kept.nationalAreas.join(u", "_s), counted.nationalAreas.join(u", "_s)));
    }
    return found.join(u"; "_s);
}

SalaryRow makeRow(const QString &area, const QString &role, std::optional<Level> level,
                  bool national = false)
{
    SalaryRow row;
    row.area = area;
    row.role = role;
    row.level = level;
    row.isNational = national;
    row.min = 50000;
    row.max = 90000;
    return row;
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

    // Empty when summary() of `datasetId` says what its rows say, counted (and the dataset's
    // listed row count agrees), else what differs.
    QString summaryMismatch(qint64 datasetId) const
    {
        const auto kept = repository().summary(datasetId);
        if (!kept)
            return u"summary() failed: "_s + kept.error();
        const auto counted = countedSummary(m_library->database(), datasetId);
        if (!counted)
            return u"counting failed: "_s + counted.error();
        QString found = differences(*kept, *counted);
        const auto datasets = repository().datasets();
        for (const SalaryDataset &dataset : datasets.value()) {
            if (dataset.id == datasetId && dataset.rowCount != counted->rowCount) {
                found +=
                    u"; row_count %1, counted %2"_s.arg(dataset.rowCount).arg(counted->rowCount);
            }
        }
        return found;
    }

    // The rows of salary_value_counts that say a value has no rows (none should be kept).
    int emptyCounts() const
    {
        QSqlQuery query(m_library->database());
        if (!query.exec(u"SELECT count(*) FROM salary_value_counts WHERE row_count <= 0"_s)
            || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    int countsOf(qint64 datasetId) const
    {
        QSqlQuery query(m_library->database());
        query.prepare(u"SELECT count(*) FROM salary_value_counts WHERE dataset_id = ?"_s);
        query.addBindValue(datasetId);
        if (!query.exec() || !query.next())
            return -1;
        return query.value(0).toInt();
    }

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

    // Pages past the middle of the index's order are read from its end, the order reversed:
    // the same rows as read from the start, in both directions, up to a last page cut short
    // and past the end.
    void pagerReadsDeepPagesFromTheEnd()
    {
        const auto ids = [](const QList<SalaryRow> &rows) {
            QList<qint64> result;
            for (const SalaryRow &row : rows)
                result.append(row.id);
            return result;
        };
        SalaryRowQuery query;
        query.datasetId = m_datasetId;
        for (const bool descending : { false, true }) {
            query.descending = descending;
            const auto all = repository().rows(query, 0, 100000);
            QVERIFY2(all.ok(), qPrintable(all.error()));
            const qint64 total = all->size();
            QVERIFY(total > 300);
            SalaryRowPager pager(m_library->database(), query, total);
            for (const qint64 offset : { qint64(0), total / 2 - 1, total / 2, total / 2 + 1,
                                         total - 50, total - 7, total - 1, total, total + 5 }) {
                const auto page = pager.rows(offset, 50);
                QVERIFY2(page.ok(), qPrintable(page.error()));
                QCOMPARE(ids(*page), ids(all->mid(offset, 50)));
            }
            // The reversed order is the index's too: no sort of the rows.
            SalaryRowQuery reversed = query;
            reversed.descending = !descending;
            const auto plan = repository().queryPlan(reversed, false);
            QVERIFY(plan.ok());
            QVERIFY2(!plan->join(u'\n').contains(u"TEMP B-TREE"_s), qPrintable(plan->join(u'\n')));
        }
        // A query error on the way back is the repository's error, as from the start.
        query.areas = QStringList(salaryStorage::MaxListValues + 1, u"x"_s);
        SalaryRowPager failing(m_library->database(), query, 1000);
        QVERIFY(!failing.rows(900, 50).ok());
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
        QCOMPARE(stored->min, row.min);
        QCOMPARE(stored->max, row.max);
        QCOMPARE(stored->median, std::nullopt);
        QCOMPARE(stored->topCoded, row.topCoded);
        QCOMPARE(stored->isNational, false);

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

    // Ids are reused once the highest are deleted: a row put back by undo whose id another
    // dataset's new row holds gets a new one, and deletes and updates of a dataset's rows never
    // touch the other dataset's row that holds the old id.
    void restoredRowsTakeNewIdsWhereTheirsAreTaken()
    {
        SalaryDataset dataset;
        dataset.name = u"Deleted from"_s;
        const auto from = repository().insertDataset(dataset);
        dataset.name = u"Added to"_s;
        const auto other = repository().insertDataset(dataset);
        QVERIFY(from.ok() && other.ok());
        const auto kept = repository().insertRow(*from, makeRow(u"Austin"_s, u"Actuary"_s, {}));
        const auto last = repository().insertRow(*from, makeRow(u"Boston"_s, u"Actuary"_s, {}));
        QVERIFY(kept.ok() && last.ok());
        const SalaryRow deleted = repository().row(*last).value();
        QVERIFY(repository().removeRows({ *last }, *from).ok());
        SalaryRow taking = makeRow(u"Chicago"_s, u"Baker"_s, {});
        const auto taker = repository().insertRow(*other, taking);
        QVERIFY(taker.ok());
        QCOMPARE(*taker, *last); // the id is reused

        QList<SalaryRow> back { deleted };
        QVERIFY(repository().restoreRows(*from, back).ok());
        QVERIFY(back.first().id != *last);
        QCOMPARE(repository().row(back.first().id)->area, u"Boston"_s);
        QCOMPARE(repository().row(*taker)->area, u"Chicago"_s);
        QCOMPARE(repository().summary(*from)->rowCount, 2);
        QCOMPARE(repository().summary(*other)->rowCount, 1);

        // The old id, asked of the first dataset, is not the other dataset's row.
        SalaryRow stale = deleted;
        stale.median = 70000;
        QVERIFY(!repository().updateRow(stale, *from).ok());
        QVERIFY(repository().removeRows({ *last }, *from).ok());
        QCOMPARE(repository().row(*taker)->area, u"Chicago"_s);
        QVERIFY(!repository().row(*taker)->median);
        QCOMPARE(repository().summary(*other)->rowCount, 1);
        QCOMPARE(repository().summary(*from)->rowCount, 2);

        // A row whose id is free keeps it, below the highest id (a new one would be above).
        const SalaryRow austin = repository().row(*kept).value();
        QVERIFY(repository().removeRows({ *kept }, *from).ok());
        QList<SalaryRow> same { austin };
        QVERIFY(repository().restoreRows(*from, same).ok());
        QCOMPARE(same.first().id, *kept);
        QCOMPARE(repository().row(*kept)->area, u"Austin"_s);
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

    void summaryFollowsEveryWrite()
    {
        SalaryDataset dataset;
        dataset.name = u"Kept counts"_s;
        const auto id = repository().insertDataset(dataset);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        const auto verify = [&](const QString &step, qint64 datasetId) {
            const QString mismatch = summaryMismatch(datasetId);
            if (!mismatch.isEmpty())
                return u"after %1: %2"_s.arg(step, mismatch);
            if (emptyCounts() != 0)
                return u"after %1: %2 counts of no rows are kept"_s.arg(step).arg(emptyCounts());
            return QString();
        };
#define VERIFY_SUMMARY(step, datasetId)                                                            \
    do {                                                                                           \
        const QString failure = verify(step, datasetId);                                           \
        QVERIFY2(failure.isEmpty(), qPrintable(failure));                                          \
    } while (false)

        VERIFY_SUMMARY(u"creating the dataset"_s, *id);
        QCOMPARE(repository().summary(*id)->rowCount, 0);

        // A bulk insert: local rows without a level, national rows with levels, and rows
        // that mix them (a national row without a level, a local one with a level, an area
        // with national and local rows, a name beyond ASCII).
        QList<SalaryRow> rows = sampleRows(3);
        rows.append(makeRow(nation, roles.at(0), std::nullopt, true));
        rows.append(makeRow(nation, roles.at(1), Level::Senior, false));
        rows.append(makeRow(u"Zürich"_s, roles.at(2), Level::Staff));
        rows.append(makeRow(u"Zagreb"_s, u"Actuaries"_s, std::nullopt));
        QVERIFY(repository().insertRows(*id, rows).ok());
        VERIFY_SUMMARY(u"insertRows"_s, *id);
        const auto summary = repository().summary(*id);
        QCOMPARE(summary->nationalAreas, QStringList { nation });
        QCOMPARE(summary->levels.first(), (SalaryValueCount { QString(), 9 * 3 + 2 }));
        QCOMPARE(summary->areas.last(), (SalaryValueCount { u"Zürich"_s, 1 }));

        // Batches handed over one by one, one of them empty.
        QList<QList<SalaryRow>> batches { sampleRows(1), {}, sampleRows(2) };
        const auto batched =
            repository().insertRows(*id, [&batches](QList<SalaryRow> &batch) -> Result<bool> {
                if (batches.isEmpty())
                    return false;
                batch = batches.takeFirst();
                return true;
            });
        QVERIFY2(batched.ok(), qPrintable(batched.error()));
        VERIFY_SUMMARY(u"insertRows in batches"_s, *id);

        // One row, in a new area and with a new role.
        const auto single =
            repository().insertRow(*id, makeRow(u"Boise, ID"_s, u"Cartographers"_s, Level::Mid));
        QVERIFY(single.ok());
        VERIFY_SUMMARY(u"insertRow"_s, *id);

        // Edits that move the row in every count; the last value of a kind goes when its
        // last row leaves it.
        SalaryRow row = repository().row(*single).value();
        row.area = u"Boise City, ID"_s;
        QVERIFY(repository().updateRow(row).ok());
        VERIFY_SUMMARY(u"changing the area"_s, *id);
        QVERIFY(!repository().summary(*id)->localAreas().contains(u"Boise, ID"_s));
        row.role = roles.at(0);
        QVERIFY(repository().updateRow(row).ok());
        VERIFY_SUMMARY(u"changing the role"_s, *id);
        QVERIFY(!repository().summary(*id)->roleNames().contains(u"Cartographers"_s));
        row.level.reset();
        QVERIFY(repository().updateRow(row).ok());
        VERIFY_SUMMARY(u"removing the level"_s, *id);
        row.level = Level::Staff;
        QVERIFY(repository().updateRow(row).ok());
        VERIFY_SUMMARY(u"setting a level"_s, *id);
        row.isNational = true;
        QVERIFY(repository().updateRow(row).ok());
        VERIFY_SUMMARY(u"making the row national"_s, *id);
        QVERIFY(repository().summary(*id)->nationalAreas.contains(u"Boise City, ID"_s));
        row.isNational = false;
        row.median = 70000;
        QVERIFY(repository().updateRow(row).ok());
        VERIFY_SUMMARY(u"making the row local again"_s, *id);
        // Nothing counted changes: the counts stay.
        row.median = 71000;
        QVERIFY(repository().updateRow(row).ok());
        VERIFY_SUMMARY(u"changing a figure"_s, *id);
        // A refused edit changes no count either.
        SalaryRow refused = row;
        refused.area = u"Nowhere"_s;
        refused.min = 100000; // above max
        QVERIFY(!repository().updateRow(refused).ok());
        VERIFY_SUMMARY(u"a refused updateRow"_s, *id);
        SalaryRow missing = row;
        missing.id = 99999999;
        QVERIFY(!repository().updateRow(missing).ok());
        VERIFY_SUMMARY(u"updateRow of no row"_s, *id);

        // Removing rows: national ones, the whole of one area, and rows of two datasets in
        // one call; then bringing them back with their ids, as undo does.
        SalaryRowQuery query;
        query.datasetId = *id;
        query.areas = QStringList { nation, u"Zürich"_s };
        QList<SalaryRow> removed = allPages(query, 100);
        QVERIFY(removed.size() > 12);
        const auto other = repository().insertRow(m_datasetId, makeRow(seattle, roles.at(0), {}));
        QVERIFY(other.ok());
        removed.append(repository().row(*other).value());
        QVERIFY(repository().removeRows(idsOf(removed)).ok());
        VERIFY_SUMMARY(u"removeRows"_s, *id);
        VERIFY_SUMMARY(u"removeRows, in the other dataset"_s, m_datasetId);
        QVERIFY(repository().summary(*id)->nationalAreas.isEmpty());
        QVERIFY(repository().summary(*id)->nationalRoles.isEmpty());
        QVERIFY(!repository().summary(*id)->localAreas().contains(u"Zürich"_s));
        for (const SalaryRow &back : std::as_const(removed)) {
            const qint64 target = back.id == *other ? m_datasetId : *id;
            const auto again = repository().insertRow(target, back);
            QVERIFY(again.ok());
            QCOMPARE(*again, back.id);
        }
        VERIFY_SUMMARY(u"re-inserting removed rows with their ids"_s, *id);
        VERIFY_SUMMARY(u"re-inserting, in the other dataset"_s, m_datasetId);
        // Again, all at once per dataset, as undoing a delete of many rows does.
        QVERIFY(repository().removeRows(idsOf(removed)).ok());
        QList<SalaryRow> backHere;
        for (const SalaryRow &back : std::as_const(removed)) {
            if (back.id != *other)
                backHere.append(back);
        }
        QVERIFY(repository().insertRows(*id, backHere).ok());
        QVERIFY(repository().insertRows(m_datasetId, { removed.last() }).ok());
        const auto again = repository().rowsWithIds(idsOf(removed));
        QVERIFY(again.ok());
        QCOMPARE(idsOf(*again), idsOf(removed));
        VERIFY_SUMMARY(u"re-inserting removed rows at once with their ids"_s, *id);
        VERIFY_SUMMARY(u"re-inserting at once, in the other dataset"_s, m_datasetId);
        QVERIFY(repository().removeRows({ *other }).ok());
        VERIFY_SUMMARY(u"removing the other dataset's row again"_s, m_datasetId);

        // A trashed dataset keeps its counts until the trash is emptied; then they go with
        // it, as a removed dataset's do.
        QVERIFY(repository().setDatasetDeleted(*id, true).ok());
        VERIFY_SUMMARY(u"moving the dataset to the trash"_s, *id);
        QVERIFY(repository().emptyTrash(u"Kept counts"_s).ok());
        QCOMPARE(countsOf(*id), 0);
        VERIFY_SUMMARY(u"emptying the trash"_s, *id);
        QCOMPARE(repository().summary(*id)->rowCount, 0);

        dataset.name = u"Removed with its counts"_s;
        const auto removedId = repository().insertDataset(dataset);
        QVERIFY(removedId.ok());
        QVERIFY(repository().insertRows(*removedId, sampleRows(2)).ok());
        QVERIFY(countsOf(*removedId) > 0);
        QVERIFY(repository().removeDataset(*removedId).ok());
        QCOMPARE(countsOf(*removedId), 0);
        QVERIFY(repository().summary(*removedId)->areas.isEmpty());
        VERIFY_SUMMARY(u"removeDataset, in the other dataset"_s, m_datasetId);
#undef VERIFY_SUMMARY
    }

    void emptyingTheTrashSparesWhatMayBeUndone()
    {
        // The window empties the trash of earlier sessions while it is used; a dataset trashed
        // since it opened the library (whose delete an undo may still take back) stays whole.
        const auto add = [&](const QString &name) {
            SalaryDataset dataset;
            dataset.name = name;
            const auto id = repository().insertDataset(dataset);
            return id && repository().insertRows(*id, sampleRows(3)).ok() ? *id : 0;
        };
        const qint64 earlier = add(u"Trashed last week"_s);
        const qint64 recent = add(u"Trashed just now"_s);
        QVERIFY(earlier && recent);
        const qint64 rows = repository().summary(recent)->rowCount;
        QVERIFY(rows > 0);
        QVERIFY(repository().setDatasetDeleted(earlier, true).ok());
        QTest::qWait(5);
        const QDateTime opened = QDateTime::currentDateTimeUtc();
        QTest::qWait(5);
        QVERIFY(repository().setDatasetDeleted(recent, true).ok());

        const auto emptied = repository().emptyTrashDeletedBefore(opened);
        QVERIFY2(emptied.ok(), qPrintable(emptied.error()));
        QCOMPARE(*emptied, 1);
        QVERIFY(!repository().setDatasetDeleted(earlier, false).ok()); // gone for good
        QVERIFY(repository().setDatasetDeleted(recent, false).ok()); // the undo
        QCOMPARE(repository().summary(recent)->rowCount, rows);
        SalaryFilter filter;
        filter.dataset = u"Trashed just now"_s;
        QCOMPARE(repository().rows(filter)->size(), rows);
    }

    void longListsAnswerAsShortOnes()
    {
        // An area filter of one letter lists hundreds of areas, bound by position: the same
        // rows as the areas that exist alone, however many others the list holds.
        SalaryRowQuery few;
        few.datasetId = m_datasetId;
        few.areas = QStringList { seattle, austin };
        SalaryRowQuery many = few;
        for (int i = 0; i < 5000; ++i)
            many.areas->append(u"Nowhere %1"_s.arg(i));
        many.areas->append(nation);
        many.excludedAreas = QStringList { nation };
        QCOMPARE(repository().countRows(many).value(), repository().countRows(few).value());
        QVERIFY(repository().countRows(few).value() > 0);
        const auto manyIds = repository().rowIds(many);
        QVERIFY2(manyIds.ok(), qPrintable(manyIds.error()));
        QCOMPARE(*manyIds, repository().rowIds(few).value());
        const auto page = repository().rows(many, 1, 3);
        QVERIFY2(page.ok(), qPrintable(page.error()));
        QCOMPARE(idsOf(*page), manyIds->mid(1, 3));
        for (const SalaryRow &row : *page) {
            QVERIFY(row.area == seattle || row.area == austin);
            const SalaryRow alone = repository().row(row.id).value();
            QCOMPARE(alone.role, row.role);
            QCOMPARE(alone.level, row.level);
            QCOMPARE(alone.median, row.median);
            QCOMPARE(alone.p90, row.p90);
        }
    }

    void readsSayWhyTheyFail()
    {
        // A database without the salary tables: each read says what it could not do.
        QSqlDatabase empty = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"no salary tables"_s);
        empty.setDatabaseName(u":memory:"_s);
        QVERIFY(empty.open());
        {
            const SalaryRepository broken(empty);
            SalaryRowQuery query;
            query.datasetId = m_datasetId;
            query.areas = QStringList { seattle };
            const auto expectError = [](const QString &error) {
                return error.startsWith(u"Cannot access salary data: "_s)
                    && error.contains(u"no such table"_s);
            };
            QVERIFY(expectError(broken.countRows(query).error()));
            QVERIFY(expectError(broken.rows(query, 0, 10).error()));
            QVERIFY(expectError(broken.rowIds(query).error()));
            QVERIFY(expectError(broken.rowsWithIds({ 1, 2 }).error()));
            QVERIFY(expectError(broken.row(1).error()));
            QVERIFY(expectError(broken.rows(SalaryFilter()).error()));
            QVERIFY(expectError(broken.queryPlan(query, true).error()));
            int visited = 0;
            const Status streamed = broken.forEachRow(query, [&visited](const SalaryRow &) {
                ++visited;
                return true;
            });
            QVERIFY2(expectError(streamed.error()), qPrintable(streamed.error()));
            QCOMPARE(visited, 0);
        }
        empty.close();
        empty = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"no salary tables"_s);
    }

    void failedWritesLeaveCountsAsTheyWere()
    {
        SalaryDataset dataset;
        dataset.name = u"Refused writes"_s;
        const auto id = repository().insertDataset(dataset);
        QVERIFY(id.ok());
        QVERIFY(repository().insertRows(*id, sampleRows(2)).ok());
        const auto before = repository().summary(*id);
        QVERIFY(before.ok());
        SalaryRowQuery all;
        all.datasetId = *id;
        const qint64 someRow = repository().rowIds(all).value().first();
        const auto sameAsBefore = [&] {
            const auto now = repository().summary(*id);
            return now ? differences(*now, *before) : now.error();
        };

        // A batch source that fails half-way: its error comes back as it was, and not one
        // row of the batches before it stays.
        int handedOver = 0;
        const auto failed =
            repository().insertRows(*id, [&handedOver](QList<SalaryRow> &batch) -> Result<bool> {
                if (++handedOver == 3)
                    return Error { u"The file went away."_s };
                batch = sampleRows(1);
                return true;
            });
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error(), u"The file went away."_s);
        QVERIFY2(sameAsBefore().isEmpty(), qPrintable(sameAsBefore()));
        QVERIFY(summaryMismatch(*id).isEmpty());

        // When the counts cannot be written, the rows are not written either: every write
        // is one transaction with its counts.
        QSqlQuery query(m_library->database());
        for (const char *event : { "INSERT", "UPDATE", "DELETE" }) {
            QVERIFY2(query.exec(
                         u"CREATE TEMP TRIGGER refuse_counts_%1 BEFORE %1 ON "
                         "main.salary_value_counts BEGIN "
                         "SELECT RAISE(ABORT, 'counts refused'); END"_s.arg(QLatin1String(event))),
                     qPrintable(query.lastError().text()));
        }
        const auto inserted = repository().insertRows(*id, sampleRows(1));
        QVERIFY(!inserted.ok());
        QVERIFY2(inserted.error().contains(u"counts refused"_s), qPrintable(inserted.error()));
        QVERIFY(!repository().insertRow(*id, makeRow(u"Anywhere"_s, u"Cooks"_s, {})).ok());
        SalaryRow moved = repository().row(someRow).value();
        const QString area = moved.area;
        moved.area = u"Somewhere else"_s;
        QVERIFY(!repository().updateRow(moved).ok());
        QCOMPARE(repository().row(someRow)->area, area);
        QVERIFY(!repository().removeRows({ someRow }).ok());
        QVERIFY(repository().row(someRow).ok());
        for (const char *event : { "INSERT", "UPDATE", "DELETE" }) {
            QVERIFY(query.exec(u"DROP TRIGGER temp.refuse_counts_%1"_s.arg(QLatin1String(event))));
        }
        QVERIFY2(sameAsBefore().isEmpty(), qPrintable(sameAsBefore()));
        QVERIFY2(summaryMismatch(*id).isEmpty(), qPrintable(summaryMismatch(*id)));
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

    void upgradeCountsExistingRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"seven.sqlite"_s);
        int countsVersion = 0;
        for (const Migration &migration : builtinMigrations()) {
            if (migration.name.contains(u"salary_value_counts"_s))
                countsVersion = migration.version;
        }
        QVERIFY(countsVersion > 1);
        {
            // A library of the schema before the counts, with rows written as that version
            // wrote them: local and national rows, levels and none, an area with both kinds
            // of row, a dataset of national rows only, an empty one and a trashed one.
            Library::Options options;
            options.targetVersion = countsVersion - 1;
            options.seed = false;
            auto library = Library::open(path, options);
            QVERIFY2(library.ok(), qPrintable(library.error()));
            QSqlQuery query((*library)->database());
            QVERIFY(query.exec(u"INSERT INTO career_levels (key, position, name, experience) "
                               "VALUES ('entry', 0, 'Entry', ''), ('mid', 1, 'Mid', ''), "
                               "('senior', 2, 'Senior', ''), ('staff', 3, 'Staff', '')"_s));
            QVERIFY(query.exec(
                u"INSERT INTO salary_datasets (id, name, imported_at, deleted_at) VALUES "
                "(1, 'Wages', '2024-01-01', NULL), (2, 'National only', '2024-01-01', NULL), "
                "(3, 'Empty', '2024-01-01', NULL), (4, 'Trashed', '2024-01-01', '2024-02-01')"_s));
            const QStringList values {
                u"(1, 'Austin', 0, 'Cooks', NULL)"_s,
                u"(1, 'Austin', 0, 'Cooks', NULL)"_s,
                u"(1, 'Austin', 0, 'Bakers', 'mid')"_s,
                u"(1, 'Boston', 0, 'Cooks', 'senior')"_s,
                u"(1, 'United States', 1, 'Cooks', 'entry')"_s,
                u"(1, 'United States', 1, 'Cooks', 'senior')"_s,
                u"(1, 'United States', 1, 'Bakers', NULL)"_s,
                u"(1, 'United States', 0, 'Bakers', 'mid')"_s,
                u"(1, 'Zürich', 0, 'Cooks', 'staff')"_s,
                u"(2, 'United States', 1, 'Cooks', 'mid')"_s,
                u"(2, 'United States', 1, 'Cooks', NULL)"_s,
                u"(4, 'Denver', 0, 'Cooks', NULL)"_s,
            };
            QVERIFY2(query.exec(u"INSERT INTO salary_rows (dataset_id, area, is_national, role, "
                                "level) VALUES "_s
                                + values.join(u", "_s)),
                     qPrintable(query.lastError().text()));
            QVERIFY(query.exec(u"UPDATE salary_datasets SET row_count = (SELECT count(*) FROM "
                               "salary_rows r WHERE r.dataset_id = salary_datasets.id)"_s));
        }
        auto upgraded = Library::open(path, Library::OpenMode::OpenExisting);
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.error()));
        QCOMPARE((*upgraded)->schemaVersion(), latestSchemaVersion());
        const SalaryRepository salaries((*upgraded)->database());
        for (const qint64 datasetId : { 1, 2, 3, 4 }) {
            const auto kept = salaries.summary(datasetId);
            QVERIFY2(kept.ok(), qPrintable(kept.error()));
            const auto counted = countedSummary((*upgraded)->database(), datasetId);
            QVERIFY2(counted.ok(), qPrintable(counted.error()));
            const QString found = differences(*kept, *counted);
            QVERIFY2(found.isEmpty(), qPrintable(u"dataset %1: %2"_s.arg(datasetId).arg(found)));
        }
        const auto wages = salaries.summary(1);
        QCOMPARE(wages->rowCount, 9);
        QCOMPARE(wages->areas,
                 (QList<SalaryValueCount> { { u"Austin"_s, 3 },
                                            { u"Boston"_s, 1 },
                                            { u"United States"_s, 4 },
                                            { u"Zürich"_s, 1 } }));
        QCOMPARE(wages->nationalAreas, QStringList { u"United States"_s });
        QCOMPARE(wages->levels,
                 (QList<SalaryValueCount> { { QString(), 3 },
                                            { u"entry"_s, 1 },
                                            { u"mid"_s, 2 },
                                            { u"senior"_s, 2 },
                                            { u"staff"_s, 1 } }));
        QCOMPARE(wages->nationalRoles,
                 (QList<SalaryValueCount> { { u"Bakers"_s, 1 }, { u"Cooks"_s, 2 } }));
        QCOMPARE(
            wages->nationalLevels,
            (QList<SalaryValueCount> { { QString(), 1 }, { u"entry"_s, 1 }, { u"senior"_s, 1 } }));
        QCOMPARE(salaries.summary(3)->rowCount, 0);
        QSqlQuery query((*upgraded)->database());
        QVERIFY(query.exec(u"SELECT count(*) FROM salary_value_counts WHERE row_count <= 0"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
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
