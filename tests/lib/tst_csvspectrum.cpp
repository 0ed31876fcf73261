// The CSV reader against the csv-spectrum conformance suite (../shared/data/csv-spectrum):
// every CSV there must read as its JSON says. location_coordinates is broken upstream (an
// unquoted field holds quotes); it is checked as an error case. Label: conformance.

#include "io/CsvReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hirekit;

class TestCsvSpectrum : public QObject
{
    Q_OBJECT

private:
    QDir m_suite;

    QList<QStringList> readAll(const QString &name, QString *error)
    {
        QFile file(m_suite.filePath(u"csvs/"_s + name + u".csv"_s));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        CsvReader reader(&file);
        QList<QStringList> records;
        QStringList fields;
        while (reader.readRecord(fields))
            records.append(fields);
        *error = reader.errorString();
        return records;
    }

private slots:
    void initTestCase()
    {
        m_suite = QDir(QStringLiteral(HIREKIT_SHARED_DIR) + u"/data/csv-spectrum"_s);
        if (!m_suite.exists()) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL(qPrintable(u"csv-spectrum is missing: "_s + m_suite.path()));
            QSKIP("csv-spectrum (../shared/data) is not here.");
        }
    }

    void conformance_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList files =
            QDir(m_suite.filePath(u"csvs"_s)).entryList({ u"*.csv"_s }, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 12);
        for (const QString &file : files) {
            const QString name = file.chopped(4);
            if (name != u"location_coordinates"_s)
                QTest::newRow(qPrintable(name)) << name;
        }
    }

    void conformance()
    {
        QFETCH(QString, name);
        QFile jsonFile(m_suite.filePath(u"json/"_s + name + u".json"_s));
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonArray expected = QJsonDocument::fromJson(jsonFile.readAll()).array();

        QString error;
        const QList<QStringList> records = readAll(name, &error);
        QCOMPARE(error, QString());
        QVERIFY(!records.isEmpty());
        const QStringList header = records.first();
        QCOMPARE(records.size() - 1, expected.size());
        for (qsizetype row = 0; row < expected.size(); ++row) {
            const QJsonObject object = expected.at(row).toObject();
            const QStringList &record = records.at(row + 1);
            QCOMPARE(record.size(), header.size());
            QCOMPARE(object.size(), header.size());
            for (qsizetype column = 0; column < header.size(); ++column)
                QCOMPARE(record.at(column), object.value(header.at(column)).toString());
        }
    }

    void brokenUpstreamCaseIsAClearError()
    {
        QString error;
        const QList<QStringList> records = readAll(u"location_coordinates"_s, &error);
        QCOMPARE(records.size(), 1); // the header
        QVERIFY2(error.startsWith(u"line 2, column 2: a quote inside an unquoted field"_s),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCsvSpectrum)
#include "tst_csvspectrum.moc"
