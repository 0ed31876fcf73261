// The CSV reader on its own edge cases: BOMs, Latin-1, chunk boundaries, and errors that
// name the line and column. The csv-spectrum suite runs in tst_csvspectrum.

#include "io/CsvReader.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hirekit;

namespace {

struct Parsed
{
    QList<QStringList> records;
    QString error;
    bool latin1 = false;
};

Parsed parse(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    Parsed parsed;
    QStringList fields;
    while (reader.readRecord(fields))
        parsed.records.append(fields);
    parsed.error = reader.errorString();
    parsed.latin1 = reader.latin1Fallback();
    return parsed;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void records_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<QStringList>>("expected");
        QTest::newRow("simple") << QByteArray("a,b\n1,2\n")
                                << QList<QStringList> { { u"a"_s, u"b"_s }, { u"1"_s, u"2"_s } };
        QTest::newRow("no final newline")
            << QByteArray("a,b\n1,2")
            << QList<QStringList> { { u"a"_s, u"b"_s }, { u"1"_s, u"2"_s } };
        QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n")
                              << QList<QStringList> { { u"a"_s, u"b"_s }, { u"1"_s, u"2"_s } };
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                           "area,role\nX,Y\n")
                             << QList<QStringList> { { u"area"_s, u"role"_s }, { u"X"_s, u"Y"_s } };
        QTest::newRow("empty fields")
            << QByteArray(",,\n") << QList<QStringList> { { QString(), QString(), QString() } };
        QTest::newRow("quoted comma and quote")
            << QByteArray("\"a,b\",\"say \"\"hi\"\"\"\n")
            << QList<QStringList> { { u"a,b"_s, u"say \"hi\""_s } };
        QTest::newRow("newline in quotes")
            << QByteArray("\"line 1\r\nline 2\",x\n")
            << QList<QStringList> { { u"line 1\r\nline 2"_s, u"x"_s } };
        QTest::newRow("utf8") << QByteArray("Zürich,東京,🙂\n")
                              << QList<QStringList> { { u"Zürich"_s, u"東京"_s, u"🙂"_s } };
        QTest::newRow("blank line is one empty field")
            << QByteArray("a\n\nb\n")
            << QList<QStringList> { { u"a"_s }, { QString() }, { u"b"_s } };
        QTest::newRow("empty input") << QByteArray() << QList<QStringList> {};
    }

    void records()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<QStringList>, expected);
        const Parsed parsed = parse(input);
        QCOMPARE(parsed.error, QString());
        QCOMPARE(parsed.records, expected);
        QVERIFY(!parsed.latin1);
    }

    void latin1IsReadWithWarning()
    {
        const Parsed parsed = parse(QByteArray("city\nZ\xFCrich\nM\xE1laga\n"));
        QCOMPARE(parsed.error, QString());
        QCOMPARE(parsed.records.at(1).first(), u"Zürich"_s);
        QCOMPARE(parsed.records.at(2).first(), u"Málaga"_s);
        QVERIFY(parsed.latin1);
    }

    void fieldsAcrossChunkBoundaries()
    {
        // Fields and quote pairs straddling the reader's 64 KiB chunks.
        const QByteArray big(70000, 'x');
        QByteArray input = "\"" + big + "\"\"" + big + "\"," + big + "\r\n";
        input += QByteArray(65535 - 1, 'y') + ",\"q\"\"\"\r\nz\n";
        const Parsed parsed = parse(input);
        QCOMPARE(parsed.error, QString());
        QCOMPARE(parsed.records.size(), 3);
        QCOMPARE(parsed.records.at(0).at(0).size(), 2 * 70000 + 1);
        QCOMPARE(parsed.records.at(0).at(1).size(), 70000);
        QCOMPARE(parsed.records.at(1).at(1), u"q\""_s);
        QCOMPARE(parsed.records.at(2), QStringList { u"z"_s });
    }

    void errorsNameLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unterminated quote")
            << QByteArray("a,b\n1,2\n3,\"never closed\n4,5\n")
            << u"line 3, column 2: a quoted field is never closed"_s;
        QTest::newRow("text after closing quote")
            << QByteArray("a,b\n\"x\"y,2\n") << u"line 2, column 1: unexpected text after"_s;
        QTest::newRow("quote inside unquoted field")
            << QByteArray("a,b\n1,37\"N\n") << u"line 2, column 2: a quote inside an unquoted"_s;
        QTest::newRow("line count includes quoted newlines")
            << QByteArray("a\n\"1\n2\"\n\"x\"!\n") << u"line 4, column 1"_s;
    }

    void errorsNameLineAndColumn()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        const Parsed parsed = parse(input);
        QVERIFY2(parsed.error.startsWith(expected), qPrintable(parsed.error));
    }

    void writerRoundTrips()
    {
        const QList<QStringList> records { { u"plain"_s, u"with,comma"_s, u"with \"quote\""_s },
                                           { u"multi\nline"_s, QString(), u" padded "_s },
                                           { u"Zürich 東京"_s, u"="_s, u"x"_s } };
        QByteArray bytes;
        for (const QStringList &record : records)
            bytes += csvRecord(record);
        QVERIFY(bytes.startsWith("plain,\"with,comma\",\"with \"\"quote\"\"\"\r\n"));
        QCOMPARE(parse(bytes).records, records);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
