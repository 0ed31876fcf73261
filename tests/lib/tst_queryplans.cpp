// Every statement the window runs to list, filter, search and open things (the calls of
// tests/support/GuiQueries.h) is traced as SQLite runs it, with its bound values, and its
// query plan read back with EXPLAIN QUERY PLAN: none may read a whole table that an index
// or the full-text index should serve (issue 8). The library is a small version of the
// performance runner's big one, made by the same generator.
#include "GuiQueries.h"
#include "SqliteHandle.h"
#include "storage/Library.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hirekit;
using namespace hirekit::testsupport;

namespace {

int traceStatement(unsigned kind, void *context, void *statement, void *)
{
    if (kind == SQLITE_TRACE_STMT) {
        char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
        if (sql) {
            static_cast<QStringList *>(context)->append(QString::fromUtf8(sql));
            sqlite3_free(sql);
        }
    }
    return 0;
}

// The plan lines that read a whole table (or a whole index) instead of searching it; when
// the rows should come in order from an index, a sort of them all; and when they should come
// from an index alone, a read of the table.
QStringList fullScans(const QSqlDatabase &db, const QString &sql, const GuiQuery &query)
{
    QStringList scans;
    QSqlQuery plan(db);
    if (!plan.exec(u"EXPLAIN QUERY PLAN "_s + sql))
        return { u"cannot explain: "_s + plan.lastError().text() };
    while (plan.next()) {
        const QString detail = plan.value(3).toString();
        if (query.orderFromIndex && detail.startsWith(u"USE TEMP B-TREE FOR"_s))
            scans.append(detail);
        if (query.fromIndexAlone
            && (detail.startsWith(u"SCAN "_s) || detail.startsWith(u"SEARCH "_s))
            && !detail.contains(u" USING COVERING INDEX "_s))
            scans.append(detail + u" (not from an index alone)"_s);
        if (!detail.startsWith(u"SCAN "_s))
            continue;
        const QString table = detail.section(u' ', 1, 1);
        // A full-text MATCH is answered by the FTS5 index ("VIRTUAL TABLE INDEX n:M...").
        if (detail.contains(u"VIRTUAL TABLE INDEX"_s) && detail.contains(u":M"_s))
            continue;
        // A subquery's own rows (a list of ids made a moment ago) or a constant row.
        if (table == u"CONSTANT"_s || table.startsWith(u"(subquery"_s))
            continue;
        if (!query.mayScan.contains(table))
            scans.append(detail);
    }
    return scans;
}

} // namespace

class TestQueryPlans : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"library.sqlite"_s);
        QProcess generator;
        generator.start(QStringLiteral(HIREKIT_GENERATOR),
                        { m_path, u"--postings"_s, u"60"_s, u"--salary-rows"_s, u"20000"_s,
                          u"--candidates"_s, u"150"_s });
        QVERIFY(generator.waitForFinished(120000));
        QVERIFY2(generator.exitCode() == 0, generator.readAllStandardError().constData());
        auto library = Library::open(m_path, Library::OpenMode::OpenExisting);
        QVERIFY2(library.ok(), qPrintable(library.error()));
        m_library = std::move(library).value();
        // What the planner knows on a real library after SQLite's own upkeep.
        QSqlQuery(m_library->database()).exec(u"PRAGMA optimize"_s);
    }

    void cleanupTestCase()
    {
        m_queries.clear(); // they hold the connection
        m_library.reset();
    }

    void noFullScans_data()
    {
        QTest::addColumn<int>("index");
        const auto targets = findTargets(m_library->database());
        QVERIFY2(targets.ok(), qPrintable(targets.error()));
        m_queries = guiQueries(m_library->database(), *targets);
        for (int i = 0; i < m_queries.size(); ++i)
            QTest::newRow(qPrintable(m_queries.at(i).name)) << i;
    }

    void noFullScans()
    {
        QFETCH(int, index);
        const GuiQuery &query = m_queries.at(index);
        sqlite3 *handle = sqliteHandle(m_library->database());
        QVERIFY(handle);
        QStringList statements;
        sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, traceStatement, &statements);
        const Status status = query.run();
        sqlite3_trace_v2(handle, 0, nullptr, nullptr);
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QVERIFY(!statements.isEmpty());
        for (const QString &sql : std::as_const(statements)) {
            if (!sql.trimmed().startsWith(u"SELECT"_s, Qt::CaseInsensitive))
                continue;
            // FTS5 reading its own small tables ('main'.'posting_search_config', ...).
            if (sql.contains(u"FROM 'main'.'"_s))
                continue;
            const QStringList scans = fullScans(m_library->database(), sql, query);
            QVERIFY2(scans.isEmpty(),
                     qPrintable(scans.join(u"; "_s) + u"\n    in: "_s + sql.left(400)));
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Library> m_library;
    QList<GuiQuery> m_queries;
};

QTEST_GUILESS_MAIN(TestQueryPlans)
#include "tst_queryplans.moc"
