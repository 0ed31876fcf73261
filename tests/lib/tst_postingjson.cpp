// The posting JSON shape: writing, reading back, defaults and errors that name the key.

#include "io/PostingJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hirekit;

namespace {

Posting samplePosting()
{
    Posting posting;
    posting.id = 7;
    posting.title = u"Backend Developer"_s;
    posting.level = Level::Senior;
    posting.department = u"Engineering"_s;
    posting.status = PostingStatus::Published;
    posting.companyName = u"Northwind"_s;
    posting.salary.min = 130000;
    posting.salary.max = 200000;
    posting.validThrough = QDate(2027, 3, 31);
    posting.locations = { { u"Austin"_s, u"TX"_s, u"US"_s, Workplace::Hybrid },
                          { QString(), QString(), u"US"_s, Workplace::Remote } };
    posting.sections = { { u"Overview"_s, u"Build **APIs**.\n\n- one\n- two"_s } };
    return posting;
}

} // namespace

class TestPostingJson : public QObject
{
    Q_OBJECT

private slots:
    void writesDocumentedShape()
    {
        const QJsonObject json = postingToJson(samplePosting());
        QCOMPARE(json.value(u"id"_s).toInteger(), 7);
        QCOMPARE(json.value(u"title"_s).toString(), u"Backend Developer"_s);
        QCOMPARE(json.value(u"level"_s).toString(), u"senior"_s);
        const QJsonObject location = json.value(u"locations"_s).toArray().at(0).toObject();
        QCOMPARE(location.value(u"city"_s).toString(), u"Austin"_s);
        QCOMPARE(location.value(u"region"_s).toString(), u"TX"_s);
        QCOMPARE(location.value(u"country"_s).toString(), u"US"_s);
        QCOMPARE(location.value(u"workplace"_s).toString(), u"hybrid"_s);
        const QJsonObject salary = json.value(u"salary"_s).toObject();
        QCOMPARE(salary.value(u"min"_s).toDouble(), 130000.0);
        QCOMPARE(salary.value(u"max"_s).toDouble(), 200000.0);
        QCOMPARE(salary.value(u"currency"_s).toString(), u"USD"_s);
        QCOMPARE(salary.value(u"period"_s).toString(), u"year"_s);
        const QJsonObject section = json.value(u"sections"_s).toArray().at(0).toObject();
        QCOMPARE(section.value(u"heading"_s).toString(), u"Overview"_s);
        QVERIFY(section.value(u"body"_s).toString().contains(u"**APIs**"_s));
    }

    void unstatedSalaryIsNull()
    {
        Posting posting = samplePosting();
        posting.salary.min.reset();
        posting.salary.max.reset();
        const QJsonObject salary = postingToJson(posting).value(u"salary"_s).toObject();
        QVERIFY(salary.value(u"min"_s).isNull());
        QVERIFY(salary.value(u"max"_s).isNull());
    }

    void roundTrips()
    {
        const Posting original = samplePosting();
        const auto read = postingFromJson(postingToJson(original));
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->title, original.title);
        QCOMPARE(read->level, original.level);
        QCOMPARE(read->status, original.status);
        QCOMPARE(read->salary, original.salary);
        QCOMPARE(read->validThrough, original.validThrough);
        QCOMPARE(read->locations, original.locations);
        QCOMPARE(read->sections, original.sections);
        QCOMPARE(read->id, 0); // import ignores ids
    }

    void fillsDefaultsAndIgnoresUnknownKeys()
    {
        const auto read = postingFromJson(QJsonObject { { u"title"_s, u"Data Engineer"_s },
                                                        { u"favourite_colour"_s, u"teal"_s } });
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->title, u"Data Engineer"_s);
        QVERIFY(!read->level);
        QCOMPARE(read->status, PostingStatus::Draft);
        QCOMPARE(read->salary.currency, u"USD"_s);
        QVERIFY(!read->salary.min);
        QVERIFY(read->sections.isEmpty());
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no title") << QByteArray(R"({"level": "mid"})") << u"title is missing"_s;
        QTest::newRow("title not text") << QByteArray(R"({"title": 5})") << u"title must be text"_s;
        QTest::newRow("unknown level") << QByteArray(R"({"title": "A", "level": "wizard"})")
                                       << u"level has the unknown value"_s;
        QTest::newRow("negative salary")
            << QByteArray(R"({"title": "A", "salary": {"min": -5}})") << u"salary.min must be"_s;
        QTest::newRow("min above max")
            << QByteArray(R"({"title": "A", "salary": {"min": 9, "max": 5}})")
            << u"salary.min is greater"_s;
        QTest::newRow("bad workplace")
            << QByteArray(R"({"title": "A", "locations": [{"workplace": "moon"}]})")
            << u"locations[0].workplace"_s;
        QTest::newRow("sections not list")
            << QByteArray(R"({"title": "A", "sections": "x"})") << u"sections must be a list"_s;
        QTest::newRow("bad date") << QByteArray(R"({"title": "A", "valid_through": "31/03/2027"})")
                                  << u"valid_through must be a date"_s;
    }

    void rejectsBadInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto read = postingFromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(expected), qPrintable(read.error()));
    }
};

QTEST_GUILESS_MAIN(TestPostingJson)
#include "tst_postingjson.moc"
