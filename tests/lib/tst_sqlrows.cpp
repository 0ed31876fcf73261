// sql::forEachRow, the reader of long listings: values bound by type, columns read back as
// integers, real numbers, text (any script) and nulls, a listing stopped part-way, and errors that
// say what SQLite said. And the timestamps those listings carry, read as Qt reads them.
#include "storage/SqlRows.h"
#include "storage/SqlValues.h"

#include <QRandomGenerator>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hirekit;

class TestSqlRows : public QObject
{
    Q_OBJECT

private:
    QSqlDatabase m_db;

private slots:
    void initTestCase()
    {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"sqlrows"_s);
        m_db.setDatabaseName(u":memory:"_s);
        QVERIFY(m_db.open());
        QVERIFY(sql::sqliteHandle(m_db));
        QSqlQuery query(m_db);
        QVERIFY(query.exec(u"CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, "
                           "score INTEGER)"_s));
        QVERIFY(query.exec(u"INSERT INTO people VALUES (1, 'Ada', 90), (2, 'Zoë Ōkubo 李', NULL), "
                           "(3, NULL, 70), (4, '', 9000000000)"_s));
    }

    void cleanupTestCase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"sqlrows"_s);
    }

    void timestampsReadAsQtReadsThem_data()
    {
        QTest::addColumn<QString>("text");
        for (const QString &text :
             { u"2026-03-14T09:26:53.589Z"_s, u"2024-02-29T23:59:59.999Z"_s,
               u"1970-01-01T00:00:00.000Z"_s, u"9999-12-31T23:59:59.999Z"_s,
               // Other ISO 8601 forms: Qt's parser reads them.
               u"2026-03-14T09:26:53Z"_s, u"2026-03-14T09:26:53.589+02:00"_s,
               u"2026-03-14T09:26:53.589"_s, u"2026-03-14"_s, u"2026-03-14 09:26:53.589Z"_s,
               // The written form's length and separators, but no valid instant.
               u"2026-02-30T09:26:53.589Z"_s, u"2026-13-14T09:26:53.589Z"_s,
               u"2026-03-14T24:26:53.589Z"_s, u"2026-03-14T09:60:53.589Z"_s,
               u"2026-0x-14T09:26:53.589Z"_s, u"-026-03-14T09:26:53.589Z"_s,
               u"2026-03-14T09:26:53.58+Z"_s, u"２026-03-14T09:26:53.589Z"_s, QString(),
               u"not a time"_s })
            QTest::newRow(qPrintable(text.isEmpty() ? u"(empty)"_s : text)) << text;
    }

    void timestampsReadAsQtReadsThem()
    {
        QFETCH(QString, text);
        const QDateTime expected = QDateTime::fromString(text, Qt::ISODateWithMs);
        const QDateTime read = sql::toDateTime(text);
        QCOMPARE(read.isValid(), expected.isValid());
        if (!expected.isValid())
            return;
        QCOMPARE(read, expected);
        QCOMPARE(read.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
        QCOMPARE(read.timeSpec(), expected.timeSpec());
        QCOMPARE(read.offsetFromUtc(), expected.offsetFromUtc());
    }

    void timestampsWrittenComeBack()
    {
        // Instants from 1900 to 2100, written as the library writes them and read back.
        QRandomGenerator random(8);
        const qint64 from = QDateTime(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 to = QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        for (int i = 0; i < 2000; ++i) {
            const QDateTime instant = QDateTime::fromMSecsSinceEpoch(
                from + qint64(random.bounded(double(to - from))), Qt::UTC);
            const QString text = sql::fromDateTime(instant);
            QCOMPARE(text.size(), 24);
            QCOMPARE(sql::toDateTime(text), instant);
            QCOMPARE(sql::toDateTime(text), QDateTime::fromString(text, Qt::ISODateWithMs));
        }
        // Written in local time, stored in UTC: the same instant.
        const QDateTime local(QDate(2026, 7, 1), QTime(12, 30, 15, 250), Qt::LocalTime);
        QCOMPARE(sql::toDateTime(sql::fromDateTime(local)), local);
    }

    void readsEveryKindOfValue()
    {
        QList<qint64> ids;
        QStringList names;
        QList<bool> nullNames;
        QList<bool> nullScores;
        QList<qint64> scores;
        const auto read = sql::forEachRow(m_db, u"SELECT id, name, score FROM people ORDER BY id"_s,
                                          {}, [&](const sql::Row &row) {
                                              ids.append(row.integer(0));
                                              names.append(row.text(1));
                                              nullNames.append(row.isNull(1));
                                              nullScores.append(row.isNull(2));
                                              scores.append(row.integer(2));
                                          });
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(ids, (QList<qint64> { 1, 2, 3, 4 }));
        QCOMPARE(names, (QStringList { u"Ada"_s, u"Zoë Ōkubo 李"_s, QString(), QString() }));
        QCOMPARE(nullNames, (QList<bool> { false, false, true, false }));
        QCOMPARE(nullScores, (QList<bool> { false, true, false, false }));
        QCOMPARE(scores, (QList<qint64> { 90, 0, 70, 9000000000 }));
    }

    void readsRealNumbers()
    {
        QList<std::optional<double>> numbers;
        const auto read =
            sql::forEachRow(m_db, u"SELECT score / 8.0 FROM people ORDER BY id"_s, {},
                            [&](const sql::Row &row) { numbers.append(row.optionalReal(0)); });
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(numbers,
                 (QList<std::optional<double>> { 11.25, std::nullopt, 8.75, 1125000000.0 }));
        // An integer column reads as the same number.
        double score = 0;
        QVERIFY(sql::forEachRow(m_db, u"SELECT score FROM people WHERE id = 4"_s, {},
                                [&](const sql::Row &row) { score = row.real(0); }));
        QCOMPARE(score, 9000000000.0);
    }

    void stopsWhenTheVisitSaysSo()
    {
        QList<qint64> ids;
        const auto read = sql::forEachRowWhile(m_db, u"SELECT id FROM people ORDER BY id"_s, {},
                                               [&](const sql::Row &row) {
                                                   ids.append(row.integer(0));
                                                   return ids.size() < 2;
                                               });
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(ids, (QList<qint64> { 1, 2 }));
        // The statement was finalized: a table that a statement still reads cannot be dropped
        // ("database table is locked").
        QVERIFY(sql::execute(m_db, u"CREATE TABLE scratch AS SELECT id FROM people"_s, {}));
        ids.clear();
        QVERIFY(sql::forEachRowWhile(m_db, u"SELECT id FROM scratch ORDER BY id"_s, {},
                                     [&](const sql::Row &row) {
                                         ids.append(row.integer(0));
                                         return false;
                                     }));
        QCOMPARE(ids, QList<qint64> { 1 });
        const Status dropped = sql::execute(m_db, u"DROP TABLE scratch"_s, {});
        QVERIFY2(dropped.ok(), qPrintable(dropped.error()));
    }

    void bindsByType()
    {
        const auto idsWhere = [&](const QString &where, const QVariantList &values) {
            QList<qint64> ids;
            const auto read =
                sql::forEachRow(m_db, u"SELECT id FROM people WHERE "_s + where + u" ORDER BY id"_s,
                                values, [&](const sql::Row &row) { ids.append(row.integer(0)); });
            return read.ok() ? ids : QList<qint64> { -1 };
        };
        QCOMPARE(idsWhere(u"score > ?"_s, { 80 }), (QList<qint64> { 1, 4 }));
        QCOMPARE(idsWhere(u"score > ?"_s, { qint64(8000000000) }), (QList<qint64> { 4 }));
        QCOMPARE(idsWhere(u"name = ?"_s, { u"Zoë Ōkubo 李"_s }), (QList<qint64> { 2 }));
        // A null binds as NULL: "IS ?" finds the row without a name. A null string too, as Qt
        // Sql binds it; an empty one is text.
        QCOMPARE(idsWhere(u"id <> ? AND name IS ?"_s, { 1, QVariant() }), (QList<qint64> { 3 }));
        QCOMPARE(idsWhere(u"name IS ?"_s, { QString() }), (QList<qint64> { 3 }));
        QCOMPARE(idsWhere(u"name IS ?"_s, { u""_s }), (QList<qint64> { 4 }));
        QCOMPARE(idsWhere(u"name LIKE ? AND score < ?"_s, { u"A%"_s, 100 }), (QList<qint64> { 1 }));
    }

    void errorsSayWhatSqliteSaid()
    {
        int visited = 0;
        const auto misspelt = sql::forEachRow(m_db, u"SELECT nme FROM people"_s, {},
                                              [&](const sql::Row &) { ++visited; });
        QVERIFY(!misspelt.ok());
        QVERIFY2(misspelt.error().contains(u"no such column: nme"_s), qPrintable(misspelt.error()));
        const auto tooMany = sql::forEachRow(m_db, u"SELECT id FROM people WHERE id = ?"_s,
                                             { 1, 2 }, [&](const sql::Row &) { ++visited; });
        QVERIFY(!tooMany.ok());
        QVERIFY(!tooMany.error().isEmpty());
        // A failure part-way (a value that breaks a function) reports after the rows before it.
        const auto partWay = sql::forEachRow(
            m_db,
            u"SELECT json_extract(CASE id WHEN 3 THEN '{' ELSE '{}' END, '$') FROM people "
            "ORDER BY id"_s,
            {}, [&](const sql::Row &) { ++visited; });
        QVERIFY(!partWay.ok());
        QVERIFY2(partWay.error().contains(u"JSON"_s), qPrintable(partWay.error()));
        QCOMPARE(visited, 2);
    }
};

QTEST_GUILESS_MAIN(TestSqlRows)
#include "tst_sqlrows.moc"
