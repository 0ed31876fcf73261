// The hostile corpus (tests/data/hostile, listed in cases.tsv) through the real binary: every
// damaged library, bad salary CSV and bad posting or scorecard JSON must be refused with a
// non-zero exit and one clear message on stderr that names the file and the place, without a
// crash or a hang, leaving the file and the library it was imported into byte for byte as
// they were. Cases too big for git are made here, in a temporary folder.
//
// With HIREKIT_HOSTILE_REPORT=FILE each case's message is written to FILE as a TSV line, for
// docs/RELIABILITY.md.

#include "HirekitProcess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString CorpusDir = QStringLiteral(HIREKIT_TEST_DATA "/hostile");
// Far above what any case takes (the slowest, under AddressSanitizer, a few seconds).
constexpr int CaseTimeoutMs = 60000;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray sha256(const QString &path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                                  QDir::Name);
}

// The cases cases.tsv lists without a file: too big for git, so made here.
QByteArray generated(const QString &name)
{
    const QByteArray megabyte(1024 * 1024, 'x');
    const QByteArray scorecardStart = R"({"uuid": "6f1d3c2a-8b4e-4f0a-9c61-2d7e5a9b0c11",
  "candidate": "Ada Lovelace", "interviewer": "Grace Hopper",
  "updated_at": "2026-03-01T11:00:00.000Z", )";
    if (name == u"csv/80mb-single-line.csv")
        return QByteArray(80 * 1024 * 1024, 'A');
    if (name == u"csv/80mb-single-line-after-header.csv")
        return "area,role\r\nAustin," + QByteArray(80 * 1024 * 1024, 'B');
    if (name == u"csv/3mb-unterminated-quote.csv")
        return "area,role\r\nAustin,\"Backend Developer\r\n"
            + QByteArray("x,y\r\n").repeated(600000);
    if (name == u"csv/10000-columns-bls.csv") {
        QByteArrayList columns;
        for (int i = 1; i <= 10000; ++i)
            columns.append("A_PCT" + QByteArray::number(i));
        return columns.join(',') + "\r\n";
    }
    if (name == u"csv/70000-commas.csv")
        return "area,role\r\n" + QByteArray(70000, ',') + "\r\n";
    if (name == u"csv/huge-value-in-level.csv")
        return "area,role,level\r\nAustin,Backend Developer," + megabyte + "\r\n";
    if (name.endsWith(u"/deep-nesting.json"))
        return QByteArray(100000, '[');
    if (name == u"posting-json/huge-string-in-level.json")
        return R"({"title": "Backend Developer", "level": ")" + megabyte + "\"}\n";
    if (name == u"posting-json/20mb-string.json")
        return R"({"title": ")" + megabyte.repeated(20) + "\"}\n";
    if (name == u"scorecard-json/huge-string-in-status.json")
        return scorecardStart + R"("status": ")" + megabyte + "\"}\n";
    if (name == u"scorecard-json/huge-string-in-recommendation.json")
        return scorecardStart + R"("recommendation": ")" + megabyte + "\"}\n";
    if (name == u"scorecard-json/20mb-string.json")
        return scorecardStart + R"("key_takeaways": ")" + megabyte.repeated(20) + "\"}\n";
    qFatal("cases.tsv lists %s, which is neither in the corpus nor made here", qPrintable(name));
}

// The command line each kind of case runs; FILE is the case, LIBRARY the target library.
QStringList command(const QString &how, const QString &file, const QString &library)
{
    if (how == u"open")
        return { u"--db"_s, file, u"db"_s, u"check"_s };
    if (how.startsWith(u"csv-"))
        return { u"--db"_s, library, u"salaries"_s, u"import"_s, file, u"--format"_s, how.mid(4) };
    if (how == u"posting")
        return { u"--db"_s, library, u"postings"_s, u"import"_s, file };
    if (how == u"scorecard")
        return { u"--db"_s, library, u"scorecards"_s, u"import"_s, file };
    qFatal("cases.tsv names the unknown command %s", qPrintable(how));
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_library;
    QByteArray m_libraryHash;
    QFile m_report;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_library = m_home.filePath(u"library.sqlite"_s);
        // A library with the built-in content, as a user has it, that every import targets.
        const HirekitRun created =
            runHirekit(m_home.path(), { u"--db"_s, m_library, u"postings"_s, u"list"_s });
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        m_libraryHash = sha256(m_library);
        if (qEnvironmentVariableIsSet("HIREKIT_HOSTILE_REPORT")) {
            m_report.setFileName(qEnvironmentVariable("HIREKIT_HOSTILE_REPORT"));
            QVERIFY(m_report.open(QIODevice::WriteOnly | QIODevice::Truncate));
        }
    }

    void hostile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("what");
        const QByteArray list = readAll(CorpusDir + u"/cases.tsv"_s);
        QVERIFY2(!list.isEmpty(), "cases.tsv is missing");
        int count = 0;
        for (const QByteArray &line : list.split('\n')) {
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const QStringList fields = QString::fromUtf8(line).split(u'\t');
            QCOMPARE(fields.size(), 4);
            QTest::newRow(qPrintable(fields.at(0)))
                << fields.at(0) << fields.at(1) << fields.at(2) << fields.at(3);
            ++count;
        }
        QVERIFY2(count >= 40, "the corpus has fewer than 40 cases");
    }

    void hostile()
    {
        QFETCH(QString, name);
        QFETCH(QString, how);
        QFETCH(QString, expected);
        QFETCH(QString, what);

        // Each case runs on a copy, alone in its folder: what the run leaves beside it shows.
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString source = CorpusDir + u'/' + name;
        const QByteArray original = QFileInfo::exists(source) ? readAll(source) : generated(name);
        const QString file = work.filePath(QFileInfo(name).fileName());
        {
            QFile copy(file);
            QVERIFY(copy.open(QIODevice::WriteOnly));
            QCOMPARE(copy.write(original), qint64(original.size()));
        }
        const QStringList before = entries(work.path());

        QElapsedTimer timer;
        timer.start();
        const HirekitRun run =
            runHirekit(m_home.path(), command(how, file, m_library), true, CaseTimeoutMs);
        const qint64 elapsed = timer.elapsed();

        QVERIFY2(run.exitCode != -1, "hirekit hung (killed after the case's time limit)");
        QVERIFY2(run.exitCode != -2, qPrintable(u"hirekit crashed: "_s + run.err.left(4000)));
        QVERIFY2(run.exitCode == 1,
                 qPrintable(u"exit code %1, stdout: %2, stderr: %3"_s.arg(run.exitCode)
                                .arg(run.out.left(500), run.err.left(500))));
        // AddressSanitizer exits with 1 too; its report must not be what the user saw.
        QVERIFY2(!run.err.contains(u"Sanitizer"_s) && !run.err.contains(u"runtime error"_s),
                 qPrintable(run.err.left(4000)));
        // One clear message: starts like every hirekit error, names the file and the place,
        // and stays readable however big the input.
        QVERIFY2(run.err.startsWith(u"hirekit: "_s), qPrintable(run.err.left(500)));
        QVERIFY2(run.err.contains(QFileInfo(name).fileName()), qPrintable(run.err.left(500)));
        QVERIFY2(run.err.contains(expected),
                 qPrintable(u"expected \"%1\" in: %2"_s.arg(expected, run.err.left(500))));
        QVERIFY2(run.err.size() < 1000, qPrintable(u"%1 characters"_s.arg(run.err.size())));

        // Nothing changed: the file, the folder it is in, the library.
        QVERIFY2(readAll(file) == original, "the input file was changed");
        QCOMPARE(entries(work.path()), before);
        QCOMPARE(sha256(m_library), m_libraryHash);
        QCOMPARE(entries(m_home.path()).filter(u"library.sqlite"_s),
                 QStringList { u"library.sqlite"_s });

        if (m_report.isOpen()) {
            const QString message = run.err.trimmed().replace(u'\n', u' ').replace(u'\t', u' ');
            m_report.write(u"%1\t%2\t%3\t%4\n"_s.arg(name, what, message).arg(elapsed).toUtf8());
            m_report.flush();
        }
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
