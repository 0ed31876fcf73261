// The command line, run as a separate process: output, JSON shapes and exit codes.

#include "HirekitProcess.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

using namespace Qt::StringLiterals;

namespace {

using Run = HirekitRun;

QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_db;

    // Runs hirekit with no display (see HirekitProcess.h); `headless` false lets it pick the
    // offscreen platform itself, as --screenshot does.
    Run hirekit(const QStringList &arguments, bool headless = true)
    {
        return runHirekit(m_home.path(), arguments, headless);
    }

    QJsonArray jsonArray(const Run &run)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isArray())
            qWarning("not a JSON array: %s", qPrintable(run.out.left(200)));
        return document.array();
    }

private slots:
    void initTestCase()
    {
        m_db = m_home.filePath(u"library.sqlite"_s);
        // The first command creates and seeds the library.
        const Run run = hirekit({ u"--db"_s, m_db, u"postings"_s, u"list"_s });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFile::exists(m_db));
    }

    void version()
    {
        const Run run = hirekit({ u"--version"_s });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(u"hirekit "_s), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral(HIREKIT_VERSION)));
    }

    void help()
    {
        const Run run = hirekit({ u"--help"_s });
        QCOMPARE(run.exitCode, 0);
        for (const QString &command :
             { u"postings list"_s, u"salaries list"_s, u"questions list"_s, u"db check"_s,
               u"db backup"_s, u"--screenshot"_s, u"--db"_s, u"--lang"_s })
            QVERIFY2(run.out.contains(command), qPrintable(command));
        const Run sub = hirekit({ u"salaries"_s, u"list"_s, u"--help"_s });
        QCOMPARE(sub.exitCode, 0);
        QVERIFY(sub.out.contains(u"--city"_s));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown subcommand")
            << QStringList { u"postings"_s, u"fly"_s } << u"unknown command \"postings fly\""_s;
        QTest::newRow("group alone") << QStringList { u"db"_s } << u"needs a subcommand"_s;
        QTest::newRow("unknown option")
            << QStringList { u"questions"_s, u"list"_s, u"--nope"_s } << u"nope"_s;
        QTest::newRow("bad level")
            << QStringList { u"salaries"_s, u"list"_s, u"--level"_s, u"guru"_s }
            << u"--level must be entry, mid, senior or staff"_s;
        QTest::newRow("backup without out")
            << QStringList { u"db"_s, u"backup"_s } << u"needs --out FILE"_s;
        QTest::newRow("extra argument")
            << QStringList { u"db"_s, u"check"_s, u"now"_s } << u"unexpected argument \"now\""_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Run run = hirekit(QStringList { u"--db"_s, m_db } + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void postingsList()
    {
        const Run text = hirekit({ u"--db"_s, m_db, u"postings"_s, u"list"_s });
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.startsWith(u"ID"_s));
        QVERIFY(text.out.contains(u"Backend Developer"_s));
        QVERIFY(text.out.contains(u"Austin, TX, US (Hybrid)"_s));

        const Run json = hirekit({ u"--db"_s, m_db, u"postings"_s, u"list"_s, u"--json"_s });
        QCOMPARE(json.exitCode, 0);
        const QJsonArray postings = jsonArray(json);
        QCOMPARE(postings.size(), 1);
        const QJsonObject posting = postings.first().toObject();
        for (const QString &key :
             { u"id"_s, u"title"_s, u"level"_s, u"locations"_s, u"salary"_s, u"sections"_s })
            QVERIFY2(posting.contains(key), qPrintable(key));
        QCOMPARE(posting.value(u"level"_s).toString(), u"mid"_s);
        QCOMPARE(posting.value(u"salary"_s).toObject().value(u"min"_s).toDouble(), 95000.0);
        QCOMPARE(posting.value(u"locations"_s).toArray().first().toObject().value(u"workplace"_s),
                 QJsonValue(u"hybrid"_s));
        QCOMPARE(posting.value(u"sections"_s).toArray().size(), 6);
    }

    void salariesList()
    {
        const Run json = hirekit({ u"--db"_s, m_db, u"salaries"_s, u"list"_s, u"--city"_s,
                                   u"San Francisco"_s, u"--level"_s, u"senior"_s, u"--json"_s });
        QCOMPARE(json.exitCode, 0);
        const QJsonArray rows = jsonArray(json);
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        for (const QString &key : { u"dataset"_s, u"area"_s, u"role"_s, u"soc_code"_s, u"level"_s,
                                    u"currency"_s, u"period"_s, u"min"_s, u"max"_s, u"p10"_s,
                                    u"p25"_s, u"median"_s, u"p75"_s, u"p90"_s, u"top_coded"_s })
            QVERIFY2(row.contains(key), qPrintable(key));
        QCOMPARE(row.value(u"area"_s).toString(), u"San Francisco Bay Area"_s);
        QCOMPARE(row.value(u"min"_s).toDouble(), 170000.0);
        QCOMPARE(row.value(u"max"_s).toDouble(), 280000.0);
        QCOMPARE(row.value(u"currency"_s).toString(), u"USD"_s);
        QCOMPARE(row.value(u"period"_s).toString(), u"year"_s);
        QVERIFY(row.value(u"median"_s).isNull());

        const Run text =
            hirekit({ u"--db"_s, m_db, u"salaries"_s, u"list"_s, u"--level"_s, u"staff"_s });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(u"300,000+"_s), qPrintable(text.out));
        QVERIFY(text.out.contains(u"180,000"_s));

        const Run all = hirekit({ u"--db"_s, m_db, u"salaries"_s, u"list"_s, u"--dataset"_s,
                                  u"Backend Developer Guide 2025"_s, u"--json"_s });
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(jsonArray(all).size(), 28);

        const Run none = hirekit(
            { u"--db"_s, m_db, u"salaries"_s, u"list"_s, u"--city"_s, u"Atlantis"_s, u"--json"_s });
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(jsonArray(none).size(), 0);
    }

    void unknownDataset()
    {
        const Run run =
            hirekit({ u"--db"_s, m_db, u"salaries"_s, u"list"_s, u"--dataset"_s, u"Nope"_s });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"no salary dataset named \"Nope\""_s), qPrintable(run.err));
        QVERIFY(run.err.contains(u"Backend Developer Guide 2025"_s));
    }

    void questionsList()
    {
        const Run json = hirekit({ u"--db"_s, m_db, u"questions"_s, u"list"_s, u"--json"_s });
        QCOMPARE(json.exitCode, 0);
        const QJsonArray questions = jsonArray(json);
        QCOMPARE(questions.size(), 17);
        const QJsonObject first = questions.first().toObject();
        QCOMPARE(first.value(u"category"_s).toString(), u"technical"_s);
        QCOMPARE(first.value(u"topic"_s).toString(), u"System Design"_s);
        QVERIFY(first.value(u"id"_s).isDouble());
        QVERIFY(first.value(u"text"_s).toString().startsWith(u"Design a URL shortening"_s));
        QVERIFY(first.value(u"evaluate"_s).toString().startsWith(u"System architecture"_s));
        QCOMPARE(questions.last().toObject().value(u"category"_s).toString(), u"culture"_s);

        const Run text = hirekit({ u"--db"_s, m_db, u"questions"_s, u"list"_s });
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out.count(u'\n'), 18);
    }

    void dbCheckAndBackup()
    {
        const Run check = hirekit({ u"--db"_s, m_db, u"db"_s, u"check"_s });
        QCOMPARE(check.exitCode, 0);
        QVERIFY2(check.out.contains(u"ok"_s), qPrintable(check.out));

        const QString copy = m_home.filePath(u"copy.sqlite"_s);
        const Run backup = hirekit({ u"--db"_s, m_db, u"db"_s, u"backup"_s, u"--out"_s, copy });
        QCOMPARE(backup.exitCode, 0);
        const Run checkCopy = hirekit({ u"--db"_s, copy, u"db"_s, u"check"_s });
        QCOMPARE(checkCopy.exitCode, 0);
        const Run listCopy = hirekit({ u"--db"_s, copy, u"questions"_s, u"list"_s, u"--json"_s });
        QCOMPARE(jsonArray(listCopy).size(), 17);

        const Run badTarget = hirekit({ u"--db"_s, m_db, u"db"_s, u"backup"_s, u"--out"_s,
                                        m_home.filePath(u"no/such/folder/x.sqlite"_s) });
        QCOMPARE(badTarget.exitCode, 1);
        QVERIFY2(badTarget.err.contains(u"does not exist"_s), qPrintable(badTarget.err));
    }

    void badFilesFailWithoutChange_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << QByteArray("name,salary\nAda,100\n") << u"text file"_s;
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << u"PNG"_s;
        QTest::newRow("empty") << QByteArray() << u"empty file"_s;
    }

    void badFilesFailWithoutChange()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = m_home.filePath(u"bad.sqlite"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(content);
        }
        const QByteArray before = fingerprint(path);
        for (const QStringList &command :
             { QStringList { u"db"_s, u"check"_s }, QStringList { u"postings"_s, u"list"_s },
               QStringList { u"salaries"_s, u"list"_s, u"--json"_s } }) {
            const Run run = hirekit(QStringList { u"--db"_s, path } + command);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(expected), qPrintable(run.err));
            QVERIFY(run.out.isEmpty());
            QCOMPARE(fingerprint(path), before);
        }
        QVERIFY(!QFile::exists(path + u"-wal"_s));
    }

    void germanMessages()
    {
        const Run help = hirekit({ u"--lang"_s, u"de"_s, u"--help"_s });
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith(u"Aufruf: hirekit"_s), qPrintable(help.out));
        const Run missing = hirekit({ u"--lang"_s, u"de"_s, u"--db"_s,
                                      m_home.filePath(u"gone/lib.sqlite"_s), u"db"_s, u"check"_s });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(u"existiert nicht"_s), qPrintable(missing.err));
    }

    void salariesImportAndExport()
    {
        const QString db = m_home.filePath(u"salaries.sqlite"_s);
        const QString csv = m_home.filePath(u"bands.csv"_s);
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("area,role,level,min,max\nBerlin,Backend Developer,senior,70000,95000\n"
                       "Hamburg,Backend Developer,mid,90000,60000\n");
        }
        const Run imported = hirekit(
            { u"--db"_s, db, u"salaries"_s, u"import"_s, csv, u"--dataset"_s, u"Germany 2026"_s });
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains(u"Imported 1 rows into the dataset \"Germany 2026\""_s),
                 qPrintable(imported.out));
        QVERIFY(imported.out.contains(u"skipped line 3: min is greater than max"_s));

        const QString out = m_home.filePath(u"germany.csv"_s);
        const Run exported = hirekit({ u"--db"_s, db, u"salaries"_s, u"export"_s, u"--dataset"_s,
                                       u"Germany 2026"_s, u"--out"_s, out });
        QCOMPARE(exported.exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.startsWith("dataset,area,"));
        QVERIFY(content.contains(
            "Germany 2026,Berlin,,,Backend Developer,,senior,USD,year,70000,95000"));

        const Run unknown = hirekit({ u"--db"_s, db, u"salaries"_s, u"export"_s, u"--dataset"_s,
                                      u"Mars"_s, u"--out"_s, m_home.filePath(u"mars.csv"_s) });
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(!QFile::exists(m_home.filePath(u"mars.csv"_s)));
    }

    void salariesImportFailuresChangeNothing()
    {
        const QString db = m_home.filePath(u"unchanged.sqlite"_s);
        const QString csv = m_home.filePath(u"broken.csv"_s);
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("area,role,min\nA,R,1\nB,\"R,2\n");
        }
        const Run before = hirekit({ u"--db"_s, db, u"salaries"_s, u"list"_s, u"--json"_s });
        const Run broken = hirekit({ u"--db"_s, db, u"salaries"_s, u"import"_s, csv });
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.contains(u"line 3, column 2"_s), qPrintable(broken.err));
        const Run after = hirekit({ u"--db"_s, db, u"salaries"_s, u"list"_s, u"--json"_s });
        QCOMPARE(after.out, before.out);

        const Run noFile = hirekit({ u"--db"_s, db, u"salaries"_s, u"import"_s });
        QCOMPARE(noFile.exitCode, 2);
        const Run badFormat =
            hirekit({ u"--db"_s, db, u"salaries"_s, u"import"_s, csv, u"--format"_s, u"xlsx"_s });
        QCOMPARE(badFormat.exitCode, 2);
        QVERIFY(badFormat.err.contains(u"--format must be auto, bls or generic"_s));
    }

    void missingFolderForCheck()
    {
        const Run run =
            hirekit({ u"--db"_s, m_home.filePath(u"gone/lib.sqlite"_s), u"db"_s, u"check"_s });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"does not exist"_s), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_home.filePath(u"gone"_s)));
    }

    void defaultLibraryIsCreatedUnderAppData()
    {
        const Run run = hirekit({ u"questions"_s, u"list"_s, u"--json"_s });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(jsonArray(run).size(), 17);
        const QString expected = m_home.filePath(u"data/Hirekit/Hirekit/hirekit.sqlite"_s);
        QVERIFY2(QFile::exists(expected), qPrintable(expected));
        namespace fs = std::filesystem;
        QCOMPARE(fs::status(expected.toStdString()).permissions() & fs::perms::mask,
                 fs::perms::owner_read | fs::perms::owner_write);
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("tab");
        QTest::newRow("postings") << u"postings"_s;
        QTest::newRow("salaries") << u"salaries"_s;
        QTest::newRow("interviews") << u"interviews"_s;
    }

    void screenshots()
    {
        QFETCH(QString, tab);
        const QString png = m_home.filePath(tab + u".png"_s);
        const Run run =
            hirekit({ u"--db"_s, m_db, u"--screenshot"_s, png, u"--tab"_s, tab }, false);
        QCOMPARE(run.exitCode, 0);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);
        // The window as painted, not an empty buffer: text and frames make many colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 100, qPrintable(QString::number(colours.size())));
        // The start-up marks are off unless asked for.
        QVERIFY2(!run.err.contains(u"hirekit.startup"_s), qPrintable(run.err));
    }

    void startupMarks()
    {
        // What the performance runner reads: each step once, in order, in microseconds of
        // the wall clock.
        QProcessEnvironment marksOn;
        marksOn.insert(u"QT_LOGGING_RULES"_s, u"hirekit.startup.debug=true"_s);
        marksOn.insert(u"QT_MESSAGE_PATTERN"_s, u"%{category}: %{message}"_s);
        marksOn.insert(u"QT_FORCE_STDERR_LOGGING"_s, u"1"_s);
        const qint64 before = QDateTime::currentMSecsSinceEpoch() * 1000;
        const Run run =
            runHirekit(m_home.path(),
                       { u"--db"_s, m_db, u"--screenshot"_s, m_home.filePath(u"marked.png"_s),
                         u"--tab"_s, u"interviews"_s },
                       false, 120000, marksOn);
        const qint64 after = (QDateTime::currentMSecsSinceEpoch() + 1) * 1000;
        QCOMPARE(run.exitCode, 0);
        QStringList steps;
        qint64 last = before;
        for (const QString &line : run.err.split(u'\n')) {
            if (!line.startsWith(u"hirekit.startup: "_s))
                continue;
            const QStringList fields = line.split(u' ');
            QCOMPARE(fields.size(), 3);
            steps.append(fields.at(1));
            const qint64 micros = fields.at(2).toLongLong();
            QVERIFY2(micros >= last && micros <= after, qPrintable(line));
            last = micros;
        }
        QCOMPARE(steps,
                 QStringList({ u"main"_s, u"application"_s, u"library"_s, u"window"_s, u"read"_s,
                               u"painted"_s, u"saved"_s }));
    }

    void tabValueIsNotACommand()
    {
        // "salaries" after --tab is the tab, not the salaries command.
        const QString png = m_home.filePath(u"tab-first.png"_s);
        const Run run =
            hirekit({ u"--db"_s, m_db, u"--tab"_s, u"salaries"_s, u"--screenshot"_s, png }, false);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFile::exists(png));
    }

    void screenshotErrors()
    {
        const Run badTab = hirekit({ u"--db"_s, m_db, u"--screenshot"_s,
                                     m_home.filePath(u"x.png"_s), u"--tab"_s, u"payroll"_s },
                                   false);
        QCOMPARE(badTab.exitCode, 2);
        QVERIFY(badTab.err.contains(u"unknown tab"_s));

        const QString text = m_home.filePath(u"notes.txt"_s);
        {
            QFile file(text);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("hello\n");
        }
        const Run badDb =
            hirekit({ u"--db"_s, text, u"--screenshot"_s, m_home.filePath(u"y.png"_s) }, false);
        QCOMPARE(badDb.exitCode, 1);
        QVERIFY(badDb.err.contains(u"not a Hirekit library"_s));
        QVERIFY(!QFile::exists(m_home.filePath(u"y.png"_s)));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
