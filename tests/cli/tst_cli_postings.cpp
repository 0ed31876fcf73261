// postings export and postings import, run as a separate process without a display: every
// format, --all, the JSON round trip, and bad input that must change nothing.

#include "HirekitProcess.h"
#include "storage/Library.h"
#include "storage/PostingRepository.h"
#include "storage/RevisionRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hirekit;

namespace {

using Run = HirekitRun;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(data);
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                                  QDir::Name);
}

} // namespace

class TestCliPostings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_db;
    qint64 m_postingId = 0;
    qint64 m_templateId = 0;

    // Runs hirekit on the test library with no display (see HirekitProcess.h).
    Run hirekit(const QStringList &arguments)
    {
        return runHirekit(m_home.path(), QStringList { u"--db"_s, m_db } + arguments);
    }

    QJsonArray listedPostings()
    {
        const Run run = hirekit({ u"postings"_s, u"list"_s, u"--json"_s });
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

    qsizetype revisionCount(qint64 postingId)
    {
        auto library = Library::open(m_db, Library::OpenMode::OpenExisting);
        if (!library)
            return -1;
        const auto revisions = RevisionRepository(library.value()->database()).list(postingId);
        return revisions ? revisions->size() : -1;
    }

    // A file's content as a JSON object, without what differs between equal postings.
    static QJsonObject comparable(const QByteArray &json)
    {
        QJsonObject object = QJsonDocument::fromJson(json).object();
        object.remove(u"id"_s);
        object.remove(u"updated_at"_s);
        object.remove(u"created_at"_s);
        return object;
    }

private slots:
    void initTestCase()
    {
        m_db = m_home.filePath(u"library.sqlite"_s);
        QCOMPARE(hirekit({ u"postings"_s, u"list"_s }).exitCode, 0);
        const QJsonArray postings = listedPostings();
        QCOMPARE(postings.size(), 1);
        m_postingId = postings.first().toObject().value(u"id"_s).toInteger();
        auto library = Library::open(m_db, Library::OpenMode::OpenExisting);
        QVERIFY2(library.ok(), qPrintable(library.error()));
        const auto templates = PostingRepository(library.value()->database()).templates();
        QVERIFY(templates.ok() && !templates->isEmpty());
        m_templateId = templates->first().id;
    }

    void exportEveryFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("pdf") << u"pdf"_s << QByteArray("%PDF-1.");
        QTest::newRow("html") << u"html"_s << QByteArray("<!DOCTYPE html>\n<html lang=\"en\">");
        QTest::newRow("md") << u"md"_s << QByteArray("# Backend Developer\n\n**Northwind");
        QTest::newRow("txt") << u"txt"_s << QByteArray("Backend Developer\n=================\n");
        QTest::newRow("json") << u"json"_s << QByteArray("{");
        QTest::newRow("jsonld") << u"jsonld"_s << QByteArray("{");
    }

    void exportEveryFormat()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, start);
        const qsizetype revisions = revisionCount(m_postingId);
        const QString out = m_home.filePath(u"posting."_s + format);
        const Run run = hirekit({ u"postings"_s, u"export"_s, QString::number(m_postingId),
                                  u"--format"_s, format, u"--out"_s, out });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(run.out, u"Wrote %1\n"_s.arg(QDir::toNativeSeparators(out)));
        const QByteArray data = readAll(out);
        QVERIFY2(data.startsWith(start), data.left(60).constData());
        // Every export is kept in the posting's history.
        QCOMPARE(revisionCount(m_postingId), revisions + 1);
    }

    void exportJsonLd()
    {
        const QString out = m_home.filePath(u"posting-ld.json"_s);
        const Run run = hirekit({ u"postings"_s, u"export"_s, QString::number(m_postingId),
                                  u"--format"_s, u"jsonld"_s, u"--out"_s, out });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QJsonParseError error;
        const QJsonObject jsonLd = QJsonDocument::fromJson(readAll(out), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(jsonLd.value(u"@context"_s).toString(), u"https://schema.org"_s);
        QCOMPARE(jsonLd.value(u"@type"_s).toString(), u"JobPosting"_s);
        QCOMPARE(jsonLd.value(u"title"_s).toString(), u"Backend Developer"_s);
        QVERIFY(jsonLd.value(u"datePosted"_s).isString());
        QVERIFY(!jsonLd.value(u"description"_s).toString().isEmpty());

        // The HTML export carries the same JSON-LD for search engines.
        const QString html = m_home.filePath(u"posting-ld.html"_s);
        QCOMPARE(hirekit({ u"postings"_s, u"export"_s, QString::number(m_postingId), u"--format"_s,
                           u"html"_s, u"--out"_s, html })
                     .exitCode,
                 0);
        QVERIFY(readAll(html).contains("<script type=\"application/ld+json\">{"));
    }

    void exportPdfOptions()
    {
        const QString out = m_home.filePath(u"letter.pdf"_s);
        const Run run =
            hirekit({ u"postings"_s, u"export"_s, QString::number(m_templateId), u"--format"_s,
                      u"pdf"_s, u"--out"_s, out, u"--page"_s, u"letter"_s, u"--pdfa"_s });
        QCOMPARE(run.exitCode, 0);
        const QByteArray data = readAll(out);
        QVERIFY(data.startsWith("%PDF-1.4"));
        QVERIFY(data.contains("/MediaBox [0 0 612.000000 792.000000]"));
        QVERIFY(data.contains("pdfaid:part"));
        // The built-in template never changes, so it keeps no history.
        QCOMPARE(revisionCount(m_templateId), 0);
    }

    void importRoundTrip()
    {
        const QString first = m_home.filePath(u"first.json"_s);
        QCOMPARE(hirekit({ u"postings"_s, u"export"_s, QString::number(m_postingId), u"--format"_s,
                           u"json"_s, u"--out"_s, first })
                     .exitCode,
                 0);
        const Run imported = hirekit({ u"postings"_s, u"import"_s, first });
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.err.isEmpty(), qPrintable(imported.err));
        static const QRegularExpression idAlone(u"^[0-9]+\n$"_s);
        QVERIFY2(idAlone.match(imported.out).hasMatch(), qPrintable(imported.out));
        const QString newId = imported.out.trimmed();
        QVERIFY(newId != QString::number(m_postingId));

        const QString second = m_home.filePath(u"second.json"_s);
        QCOMPARE(hirekit({ u"postings"_s, u"export"_s, newId, u"--format"_s, u"json"_s, u"--out"_s,
                           second })
                     .exitCode,
                 0);
        QCOMPARE(comparable(readAll(second)), comparable(readAll(first)));
        QCOMPARE(QJsonDocument::fromJson(readAll(second)).object().value(u"id"_s).toInteger(),
                 newId.toLongLong());
    }

    void importIgnoresIdAndUnknownKeys()
    {
        const QString path = m_home.filePath(u"extra.json"_s);
        writeFile(path, R"({"id": 999, "title": "Staff Engineer", "frobnicate": [1, 2],
                           "sections": [{"heading": "Role", "body": "**Lead.**", "color": "red"}]})");
        const Run run = hirekit({ u"postings"_s, u"import"_s, path });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.trimmed() != u"999"_s);
        const QString md = m_home.filePath(u"extra.md"_s);
        QCOMPARE(hirekit({ u"postings"_s, u"export"_s, run.out.trimmed(), u"--format"_s, u"md"_s,
                           u"--out"_s, md })
                     .exitCode,
                 0);
        QVERIFY(readAll(md).startsWith("# Staff Engineer\n"));
        QVERIFY(readAll(md).contains("## Role\n\n**Lead.**"));
    }

    void exportAll()
    {
        const QJsonArray postings = listedPostings();
        QVERIFY(postings.size() >= 2);
        const QString folder = m_home.filePath(u"all/new/folder"_s);
        const Run run = hirekit({ u"postings"_s, u"export"_s, u"--all"_s, u"--format"_s, u"txt"_s,
                                  u"--out-dir"_s, folder });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QStringList files = entries(folder);
        QCOMPARE(files.size(), postings.size());
        static const QRegularExpression name(u"^[0-9]+-[a-z0-9-]+\\.txt$"_s);
        QStringList ids;
        for (const QString &file : files) {
            QVERIFY2(name.match(file).hasMatch(), qPrintable(file));
            ids.append(file.section(u'-', 0, 0));
            QVERIFY(run.out.contains(QDir::toNativeSeparators(QDir(folder).filePath(file))));
        }
        for (const QJsonValue &posting : postings)
            QVERIFY(ids.contains(QString::number(posting.toObject().value(u"id"_s).toInteger())));
        // Templates are not postings.
        QVERIFY(!ids.contains(QString::number(m_templateId)));

        // Into an existing folder, PDF.
        const Run pdfs = hirekit({ u"postings"_s, u"export"_s, u"--all"_s, u"--format"_s, u"pdf"_s,
                                   u"--out-dir"_s, folder });
        QCOMPARE(pdfs.exitCode, 0);
        QCOMPARE(entries(folder).size(), 2 * postings.size());
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");

        const QString out = m_home.filePath(u"bad/out.pdf"_s);
        const QString id = QString::number(m_postingId);
        const auto exportCommand = [](const QStringList &rest) {
            return QStringList { u"postings"_s, u"export"_s } + rest;
        };
        QTest::newRow("unknown id")
            << exportCommand({ u"9999"_s, u"--format"_s, u"pdf"_s, u"--out"_s, out }) << 1
            << u"no posting with id 9999"_s;
        QTest::newRow("id not a number")
            << exportCommand({ u"abc"_s, u"--format"_s, u"pdf"_s, u"--out"_s, out }) << 2
            << u"\"abc\" is not a posting id"_s;
        QTest::newRow("no format")
            << exportCommand({ id, u"--out"_s, out }) << 2 << u"needs --format"_s;
        QTest::newRow("unknown format")
            << exportCommand({ id, u"--format"_s, u"docx"_s, u"--out"_s, out }) << 2
            << u"--format must be pdf|html|md|txt|json|jsonld, not \"docx\""_s;
        QTest::newRow("no out") << exportCommand({ id, u"--format"_s, u"pdf"_s }) << 2
                                << u"needs --out FILE"_s;
        QTest::newRow("no id") << exportCommand({ u"--format"_s, u"pdf"_s, u"--out"_s, out }) << 2
                               << u"needs a posting ID"_s;
        QTest::newRow("id and all") << exportCommand(
            { id, u"--all"_s, u"--format"_s, u"pdf"_s, u"--out-dir"_s, m_home.filePath(u"bad"_s) })
                                    << 2 << u"not both"_s;
        QTest::newRow("all without out-dir")
            << exportCommand({ u"--all"_s, u"--format"_s, u"pdf"_s }) << 2
            << u"needs --out-dir DIR"_s;
        QTest::newRow("bad page") << exportCommand(
            { id, u"--format"_s, u"pdf"_s, u"--out"_s, out, u"--page"_s, u"a3"_s })
                                  << 2 << u"--page must be auto, a4 or letter"_s;
        QTest::newRow("missing folder")
            << exportCommand({ id, u"--format"_s, u"pdf"_s, u"--out"_s,
                               m_home.filePath(u"bad/no/such/out.pdf"_s) })
            << 1 << QDir::toNativeSeparators(m_home.filePath(u"bad/no/such/out.pdf"_s));
        QTest::newRow("out is a folder")
            << exportCommand(
                   { id, u"--format"_s, u"html"_s, u"--out"_s, m_home.filePath(u"bad"_s) })
            << 1 << QDir::toNativeSeparators(m_home.filePath(u"bad"_s));
        QTest::newRow("out-dir is a file")
            << exportCommand({ u"--all"_s, u"--format"_s, u"md"_s, u"--out-dir"_s,
                               m_home.filePath(u"bad/file.txt"_s) })
            << 1 << u"is not a folder"_s;
        QTest::newRow("library missing") << QStringList { u"--db"_s,
                                                          m_home.filePath(u"bad/none.sqlite"_s),
                                                          u"postings"_s,
                                                          u"export"_s,
                                                          id,
                                                          u"--format"_s,
                                                          u"md"_s,
                                                          u"--out"_s,
                                                          out }
                                         << 1 << u"there is no such file"_s;

        const auto importCommand = [this](const QString &file) {
            return QStringList { u"postings"_s, u"import"_s, m_home.filePath(u"bad/"_s + file) };
        };
        QTest::newRow("malformed json")
            << importCommand(u"malformed.json"_s) << 1 << u"is not valid JSON"_s;
        QTest::newRow("malformed json position")
            << importCommand(u"malformed.json"_s) << 1 << u"line 3, column"_s;
        QTest::newRow("missing title")
            << importCommand(u"untitled.json"_s) << 1 << u"title is missing"_s;
        QTest::newRow("array") << importCommand(u"array.json"_s) << 1 << u"holds a JSON list"_s;
        QTest::newRow("wrong type")
            << importCommand(u"wrongtype.json"_s) << 1 << u"title must be text"_s;
        QTest::newRow("bad section")
            << importCommand(u"badsection.json"_s) << 1 << u"sections[1] must be an object"_s;
        QTest::newRow("empty file")
            << importCommand(u"empty.json"_s) << 1 << u"is not valid JSON"_s;
        QTest::newRow("no such file") << importCommand(u"nothing.json"_s) << 1 << u"Cannot read"_s;
        QTest::newRow("import without file")
            << QStringList { u"postings"_s, u"import"_s } << 2 << u"needs a FILE.json"_s;
    }

    // Bad input: a clear message naming what and where, the right exit code, and nothing
    // written or changed: no file, no posting, no revision.
    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);

        const QString bad = m_home.filePath(u"bad"_s);
        QDir(bad).removeRecursively();
        QVERIFY(QDir().mkpath(bad));
        writeFile(bad + u"/malformed.json"_s, "{\n  \"title\": \"x\",\n  \"level\": mid\n}\n");
        writeFile(bad + u"/untitled.json"_s, R"({"level": "mid", "sections": []})");
        writeFile(bad + u"/array.json"_s, R"([{"title": "A"}, {"title": "B"}])");
        writeFile(bad + u"/wrongtype.json"_s, R"({"title": 5})");
        writeFile(bad + u"/badsection.json"_s,
                  R"({"title": "T", "sections": [{"heading": "ok"}, "not an object"]})");
        writeFile(bad + u"/empty.json"_s, "");
        writeFile(bad + u"/file.txt"_s, "a file, not a folder\n");
        const QStringList before = entries(bad);
        const QJsonArray postingsBefore = listedPostings();
        const qsizetype revisionsBefore = revisionCount(m_postingId);

        const Run run = hirekit(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.startsWith(u"hirekit: "_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));

        QCOMPARE(entries(bad), before);
        QCOMPARE(entries(m_home.filePath(u"bad/file.txt"_s)), QStringList());
        QCOMPARE(listedPostings(), postingsBefore);
        QCOMPARE(revisionCount(m_postingId), revisionsBefore);
    }

    void helpListsTheCommands()
    {
        const Run help = hirekit({ u"--help"_s });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"postings export"_s));
        QVERIFY(help.out.contains(u"postings import"_s));
        const Run sub = hirekit({ u"postings"_s, u"export"_s, u"--help"_s });
        QCOMPARE(sub.exitCode, 0);
        for (const QString &option :
             { u"--format"_s, u"--out"_s, u"--all"_s, u"--out-dir"_s, u"--page"_s, u"--pdfa"_s })
            QVERIFY2(sub.out.contains(option), qPrintable(option));
    }
};

QTEST_GUILESS_MAIN(TestCliPostings)
#include "tst_cli_postings.moc"
