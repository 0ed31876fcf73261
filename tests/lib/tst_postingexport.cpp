// Exporting a posting to files: format keys, safe file names, and writes that leave either the
// whole file or nothing.

#include "io/PostingExport.h"
#include "io/PostingJson.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hirekit;

namespace {

Posting samplePosting()
{
    Posting posting;
    posting.id = 12;
    posting.title = u"Backend Developer"_s;
    posting.companyName = u"Northwind"_s;
    posting.sections = { { u"Overview"_s, u"Build **APIs**."_s } };
    return posting;
}

} // namespace

class TestPostingExport : public QObject
{
    Q_OBJECT

private slots:
    void formatKeys()
    {
        QCOMPARE(exportFormatKeys(),
                 QStringList({ u"pdf"_s, u"html"_s, u"md"_s, u"txt"_s, u"json"_s, u"jsonld"_s }));
        for (const QString &key : exportFormatKeys())
            QCOMPARE(toKey(*exportFormatFromKey(key)), key);
        QCOMPARE(exportFormatFromKey(u"PDF"), std::optional(ExportFormat::Pdf));
        QVERIFY(!exportFormatFromKey(u"docx"));
        QVERIFY(!exportFormatFromKey(u""));
    }

    void fileNames_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"Backend Developer"_s << int(ExportFormat::Pdf)
                               << u"12-backend-developer.pdf"_s;
        QTest::newRow("accents") << u"Développeur·se Zürich"_s << int(ExportFormat::Markdown)
                                 << u"12-developpeur-se-zurich.md"_s;
        QTest::newRow("path") << u"../../etc/passwd"_s << int(ExportFormat::Text)
                              << u"12-etc-passwd.txt"_s;
        QTest::newRow("separators") << u"a/b\\c:d*e?f\"g<h>i|j"_s << int(ExportFormat::Html)
                                    << u"12-a-b-c-d-e-f-g-h-i-j.html"_s;
        QTest::newRow("empty") << QString() << int(ExportFormat::Json) << u"posting-12.json"_s;
        QTest::newRow("only symbols")
            << u"*** !!! ***"_s << int(ExportFormat::Pdf) << u"posting-12.pdf"_s;
        QTest::newRow("japanese") << u"東京 エンジニア"_s << int(ExportFormat::Pdf)
                                  << u"12-東京-エンジニア.pdf"_s;
        QTest::newRow("control") << u"a\nb\tc\u0000d"_s << int(ExportFormat::Pdf)
                                 << u"12-a-b-c-d.pdf"_s;
        QTest::newRow("dots") << u".hidden."_s << int(ExportFormat::Pdf) << u"12-hidden.pdf"_s;
    }

    void fileNames()
    {
        QFETCH(QString, title);
        QFETCH(int, format);
        QFETCH(QString, expected);
        Posting posting = samplePosting();
        posting.title = title;
        QCOMPARE(suggestedFileName(posting, ExportFormat(format)), expected);
    }

    void longTitlesAreShortened()
    {
        Posting posting = samplePosting();
        posting.title = QString(300, u'x');
        const QString name = suggestedFileName(posting, ExportFormat::Pdf);
        QCOMPARE(name, u"12-"_s + QString(60, u'x') + u".pdf"_s);
    }

    void exportsEveryFormat_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("pdf") << int(ExportFormat::Pdf) << QByteArray("%PDF-");
        QTest::newRow("html") << int(ExportFormat::Html) << QByteArray("<!DOCTYPE html>");
        QTest::newRow("md") << int(ExportFormat::Markdown) << QByteArray("# Backend Developer\n");
        QTest::newRow("txt") << int(ExportFormat::Text) << QByteArray("Backend Developer\n===");
        QTest::newRow("json") << int(ExportFormat::Json) << QByteArray("{");
    }

    void exportsEveryFormat()
    {
        QFETCH(int, format);
        QFETCH(QByteArray, start);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out."_s + toKey(ExportFormat(format)));
        const Status written = exportPosting(samplePosting(), ExportFormat(format), path);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY2(data.startsWith(start), data.left(40).constData());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList({ QFileInfo(path).fileName() }));
    }

    void jsonExportReadsBack()
    {
        const auto data = exportToBytes(samplePosting(), ExportFormat::Json);
        QVERIFY(data.ok());
        const auto read = postingFromJson(QJsonDocument::fromJson(*data).object());
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->title, samplePosting().title);
        QCOMPARE(read->sections, samplePosting().sections);
    }

    void failedWritesLeaveNothing_data()
    {
        QTest::addColumn<int>("format");
        for (const QString &key : exportFormatKeys())
            QTest::newRow(qPrintable(key)) << int(*exportFormatFromKey(key));
    }

    void failedWritesLeaveNothing()
    {
        QFETCH(int, format);
        QTemporaryDir dir;
        const QString missingFolder = dir.filePath(u"no/such/folder/out.x"_s);
        Status written = exportPosting(samplePosting(), ExportFormat(format), missingFolder);
        QVERIFY(!written.ok());
        QVERIFY2(written.error().contains(QDir::toNativeSeparators(missingFolder)),
                 qPrintable(written.error()));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"no"_s)));

        // A folder where the file should go.
        const QString folder = dir.filePath(u"taken"_s);
        QVERIFY(QDir().mkpath(folder));
        written = exportPosting(samplePosting(), ExportFormat(format), folder);
        QVERIFY(!written.ok());
        QVERIFY2(written.error().contains(QDir::toNativeSeparators(folder)),
                 qPrintable(written.error()));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList({ u"taken"_s }));
        QVERIFY(QDir(folder).isEmpty());
    }

    void replacesWholeFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"posting.md"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(100000, 'x'));
        }
        QVERIFY(exportPosting(samplePosting(), ExportFormat::Markdown, path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY(data.startsWith("# Backend Developer"));
        QVERIFY(!data.contains("xxx"));
    }
};

QTEST_MAIN(TestPostingExport)
#include "tst_postingexport.moc"
