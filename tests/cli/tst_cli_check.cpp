// hirekit check, run as a separate process without a display: a posting of the library and a
// Markdown file, as text and as JSON (PRODUCT.md's shape), and the errors: unknown posting,
// missing file, neither or both options.

#include "HirekitProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_db;
    qint64 m_postingId = 0;
    QString m_markdown;

    HirekitRun hirekit(const QStringList &arguments)
    {
        return runHirekit(m_home.path(), QStringList { u"--db"_s, m_db } + arguments);
    }

private slots:
    void initTestCase()
    {
        m_db = m_home.filePath(u"library.sqlite"_s);
        const HirekitRun list = hirekit({ u"postings"_s, u"list"_s, u"--json"_s });
        QCOMPARE(list.exitCode, 0);
        const QJsonArray postings = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QVERIFY(!postings.isEmpty());
        m_postingId = postings.first().toObject().value(u"id"_s).toInteger();

        m_markdown = m_home.filePath(u"posting.md"_s);
        QFile file(m_markdown);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# Data Engineer\n\nWe want a competitive, driven and ambitious engineer.\n\n"
                   "- Strong SQL\n- Python\n");
    }

    void postingAsJson()
    {
        const HirekitRun run =
            hirekit({ u"check"_s, u"--posting"_s, QString::number(m_postingId), u"--json"_s });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonObject gender = json.value(u"gender_coding"_s).toObject();
        QVERIFY(gender.contains(u"verdict"_s));
        QVERIFY(gender.value(u"masculine_words"_s).isArray());
        QVERIFY(gender.value(u"feminine_words"_s).isArray());
        const QJsonObject readability = json.value(u"readability"_s).toObject();
        QVERIFY(readability.value(u"words"_s).toInt() > 50);
        QVERIFY(readability.contains(u"flesch_reading_ease"_s));
        QVERIFY(readability.contains(u"longest_sentences"_s));
        QVERIFY(json.value(u"pay_transparency"_s).isArray());
        QCOMPARE(json.value(u"completeness"_s).toArray().size(), qsizetype(8));
    }

    void fileAsJson()
    {
        const HirekitRun run = hirekit({ u"check"_s, u"--file"_s, m_markdown, u"--json"_s });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonObject gender = json.value(u"gender_coding"_s).toObject();
        QCOMPARE(gender.value(u"verdict"_s).toString(), u"masculine-coded"_s);
        QCOMPARE(gender.value(u"masculine_words"_s).toArray(),
                 QJsonArray({ u"competitive"_s, u"driven"_s, u"ambitious"_s }));
        QCOMPARE(json.value(u"pay_transparency"_s).toArray().size(), qsizetype(0));
    }

    void fileAsText()
    {
        const HirekitRun run = hirekit({ u"check"_s, u"--file"_s, m_markdown });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Gender-coded wording: masculine-coded"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"competitive -> motivated"_s));
        QVERIFY(run.out.contains(u"Flesch reading ease"_s));
        QVERIFY(run.out.contains(u"Completeness"_s));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown posting")
            << QStringList { u"check"_s, u"--posting"_s, u"99999"_s } << 1 << u"99999"_s;
        QTest::newRow("missing file")
            << QStringList { u"check"_s, u"--file"_s, u"/nonexistent/posting.md"_s } << 1
            << u"Cannot read"_s;
        QTest::newRow("neither") << QStringList { u"check"_s } << 2 << u"--posting"_s;
        QTest::newRow("both") << QStringList { u"check"_s, u"--posting"_s, u"1"_s, u"--file"_s,
                                               u"x.md"_s }
                              << 2 << u"--file"_s;
        QTest::newRow("bad id") << QStringList { u"check"_s, u"--posting"_s, u"abc"_s } << 2
                                << u"abc"_s;
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const HirekitRun run = hirekit(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void listedInHelp()
    {
        const HirekitRun run = runHirekit(m_home.path(), { u"--help"_s });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"hirekit check (--posting ID | --file TEXT_OR_MD_FILE)"_s),
                 qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_cli_check.moc"
