// PDF export of the built-in template and of postings in many scripts, checked with poppler's
// tools: text in reading order (pdftotext), fonts embedded (pdffonts), paper and page count
// (pdfinfo), PDF/A metadata, and no file at all when the path cannot be written.

#include "render/PostingPdf.h"
#include "storage/Library.h"
#include "storage/PostingRepository.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace hirekit;

namespace {

struct Tool
{
    int exitCode = -1;
    QString out;
};

Tool runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()) };
}

// pdftotext's text of `path` (pages `first` to `last`, all when 0), whitespace collapsed
// and bidi controls dropped, so that phrases can be searched across line breaks.
QString pdfText(const QString &path, int first = 0, int last = 0)
{
    QStringList arguments { u"-enc"_s, u"UTF-8"_s };
    if (first > 0)
        arguments << u"-f"_s << QString::number(first) << u"-l"_s << QString::number(last);
    arguments << path << u"-"_s;
    QString text = runTool(u"pdftotext"_s, arguments).out;
    static const QRegularExpression bidiControls(u"[\u200e\u200f\u202a-\u202e\u2066-\u2069]"_s);
    text.remove(bidiControls);
    text.replace(u'\f', u'\n'); // pages end in a form feed
    return text;
}

QString collapsed(QString text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return text.replace(space, u" "_s);
}

QString pdfInfo(const QString &path, const QString &field)
{
    const QString info = runTool(u"pdfinfo"_s, { path }).out;
    const QRegularExpression line(u"^"_s + QRegularExpression::escape(field) + u":\\s*(.*)$"_s,
                                  QRegularExpression::MultilineOption);
    return line.match(info).captured(1).trimmed();
}

} // namespace

class TestPdfExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Posting m_template;

    QString exportTo(const Posting &posting, const QString &name, const PdfOptions &options = {})
    {
        const QString path = m_dir.filePath(name);
        const Status written = exportPdf(posting, path, options);
        if (!written.ok())
            qWarning("%s", qPrintable(written.error()));
        return written.ok() ? path : QString();
    }

private slots:
    void initTestCase()
    {
        for (const QString &tool :
             { u"pdftotext"_s, u"pdffonts"_s, u"pdfinfo"_s, u"pdfimages"_s }) {
            if (QStandardPaths::findExecutable(tool).isEmpty())
                QFAIL(qPrintable(
                    u"%1 is missing: install poppler-utils (./build.sh deps)."_s.arg(tool)));
        }
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        auto library = Library::open(m_dir.filePath(u"library.sqlite"_s));
        QVERIFY2(library.ok(), qPrintable(library.error()));
        PostingRepository repository(library.value()->database());
        const auto templates = repository.templates();
        QVERIFY2(templates.ok(), qPrintable(templates.error()));
        for (const PostingSummary &summary : *templates) {
            const auto posting = repository.load(summary.id);
            QVERIFY2(posting.ok(), qPrintable(posting.error()));
            if (posting->isBuiltin)
                m_template = *posting;
        }
        QCOMPARE(m_template.title, u"Backend Developer"_s);
        QCOMPARE(m_template.sections.size(), 6);
    }

    void templateReadsInOrder()
    {
        const QString path = exportTo(m_template, u"order.pdf"_s, { PageChoice::A4, false, {} });
        QVERIFY(!path.isEmpty());
        const QString text = collapsed(pdfText(path));
        // Headings, facts and body text in the order the posting has them.
        const QStringList order {
            u"Backend Developer"_s,
            u"Salary: $85,000 – $140,000 per year"_s,
            u"Employment: Full-time"_s,
            u"Level: Mid"_s,
            u"Department: Engineering"_s,
            u"Overview"_s,
            u"A Backend Developer is responsible for building and maintaining the server-side "
            "logic, databases, and architecture that power web applications and digital "
            "platforms."_s,
            u"Key Highlights:"_s,
            u"Design and implement scalable server-side applications and APIs"_s,
            u"Why This Role Matters"_s,
            u"About the Role"_s,
            u"Key Responsibilities"_s,
            u"System Architecture & Development"_s,
            u"Database Management & Optimization"_s,
            u"Requirements"_s,
            u"Must-Have Qualifications"_s,
            u"What We Offer"_s,
            u"Innovation time for personal projects and experimentation"_s,
            u"Benefits"_s,
            u"Performance-based bonuses and equity"_s,
        };
        qsizetype at = 0;
        for (const QString &phrase : order) {
            const qsizetype found = text.indexOf(phrase, at);
            QVERIFY2(found >= 0,
                     qPrintable(
                         u"\"%1\" missing or out of order in:\n%2"_s.arg(phrase, text.left(3000))));
            at = found + phrase.size();
        }
        // Ligatures would come out as one character ("ﬁ") and break search.
        QVERIFY(!text.contains(QChar(0xFB01)) && !text.contains(QChar(0xFB00)));
    }

    void pageNumbersInFooter()
    {
        const QString path = exportTo(m_template, u"pages.pdf"_s, { PageChoice::A4, false, {} });
        const int pages = pdfInfo(path, u"Pages"_s).toInt();
        QVERIFY2(pages >= 3 && pages <= 4, qPrintable(QString::number(pages)));
        for (int page = 1; page <= pages; ++page) {
            const QString text = pdfText(path, page, page);
            QVERIFY2(text.contains(u"Page %1 of %2"_s.arg(page).arg(pages)), qPrintable(text));
        }
    }

    // No page ends with a heading whose text is on the next page.
    void headingsStayWithTheirText()
    {
        const QString path = exportTo(m_template, u"keep.pdf"_s, { PageChoice::Letter, false, {} });
        const int pages = pdfInfo(path, u"Pages"_s).toInt();
        QStringList headings;
        for (const PostingSection &section : std::as_const(m_template.sections)) {
            headings.append(section.heading);
            static const QRegularExpression subHeading(u"^### (.*)$"_s,
                                                       QRegularExpression::MultilineOption);
            for (const auto &match : subHeading.globalMatch(section.body))
                headings.append(match.captured(1));
        }
        headings.append(u"Benefits"_s);
        // Each heading is in the text once: a line moved to the next page is not also left,
        // clipped out of sight, on the page before.
        const QStringList allLines = pdfText(path).split(u'\n');
        for (const QString &heading : std::as_const(headings))
            QVERIFY2(allLines.count(heading) == 1, qPrintable(heading));
        for (int page = 1; page < pages; ++page) {
            QStringList lines = pdfText(path, page, page).split(u'\n', Qt::SkipEmptyParts);
            // The footer: the title and "Page N of M".
            while (!lines.isEmpty()
                   && (lines.last().startsWith(u"Page "_s) || lines.last() == m_template.title
                       || lines.last().trimmed().isEmpty()))
                lines.removeLast();
            QVERIFY(!lines.isEmpty());
            QVERIFY2(
                !headings.contains(lines.last().trimmed()),
                qPrintable(u"page %1 ends with the heading \"%2\""_s.arg(page).arg(lines.last())));
        }
    }

    void fontsAreEmbedded()
    {
        const QString path = exportTo(m_template, u"fonts.pdf"_s);
        const QStringList lines =
            runTool(u"pdffonts"_s, { path }).out.split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines) {
            // name, type (one or two words), encoding, emb, sub, uni, object, generation
            const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
            QVERIFY2(columns.size() >= 7, qPrintable(line));
            QCOMPARE(columns.at(columns.size() - 5), u"yes"_s);
        }
    }

    void paperSize_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("expected");
        const int fromLocale = int(PageChoice::FromLocale);
        QTest::newRow("A4") << int(PageChoice::A4)
                            << QLocale(QLocale::English, QLocale::UnitedStates) << u"A4"_s;
        QTest::newRow("Letter") << int(PageChoice::Letter)
                                << QLocale(QLocale::German, QLocale::Germany) << u"letter"_s;
        QTest::newRow("en_US") << fromLocale << QLocale(QLocale::English, QLocale::UnitedStates)
                               << u"letter"_s;
        QTest::newRow("en_CA") << fromLocale << QLocale(QLocale::English, QLocale::Canada)
                               << u"letter"_s;
        QTest::newRow("es_MX") << fromLocale << QLocale(QLocale::Spanish, QLocale::Mexico)
                               << u"letter"_s;
        QTest::newRow("fil_PH") << fromLocale << QLocale(QLocale::Filipino, QLocale::Philippines)
                                << u"letter"_s;
        QTest::newRow("en_GB") << fromLocale << QLocale(QLocale::English, QLocale::UnitedKingdom)
                               << u"A4"_s;
        QTest::newRow("de_DE") << fromLocale << QLocale(QLocale::German, QLocale::Germany)
                               << u"A4"_s;
        QTest::newRow("ja_JP") << fromLocale << QLocale(QLocale::Japanese, QLocale::Japan)
                               << u"A4"_s;
        QTest::newRow("C") << fromLocale << QLocale::c() << u"A4"_s;
    }

    void paperSize()
    {
        QFETCH(int, page);
        QFETCH(QLocale, locale);
        QFETCH(QString, expected);
        const QString path =
            exportTo(m_template, u"paper.pdf"_s, { PageChoice(page), false, locale });
        QVERIFY(!path.isEmpty());
        const QString size = pdfInfo(path, u"Page size"_s);
        QVERIFY2(size.endsWith(u"("_s + expected + u")"_s), qPrintable(size));
        const int pages = pdfInfo(path, u"Pages"_s).toInt();
        QVERIFY2(pages >= 3 && pages <= 4, qPrintable(QString::number(pages)));
    }

    void metadata()
    {
        const QString path = exportTo(m_template, u"meta.pdf"_s);
        QCOMPARE(pdfInfo(path, u"Title"_s), u"Backend Developer"_s);
        QCOMPARE(pdfInfo(path, u"Creator"_s), u"Hirekit "_s + QStringLiteral(HIREKIT_VERSION));
    }

    void pdfA()
    {
        const QString path = exportTo(m_template, u"archive.pdf"_s, { PageChoice::A4, true, {} });
        QVERIFY(!path.isEmpty());
        QCOMPARE(pdfInfo(path, u"PDF version"_s), u"1.4"_s);
        QCOMPARE(pdfInfo(path, u"Title"_s), u"Backend Developer"_s);
        const QString xmp = runTool(u"pdfinfo"_s, { u"-meta"_s, path }).out;
        static const QRegularExpression part(u"pdfaid:part(>|=\")1"_s);
        static const QRegularExpression conformance(u"pdfaid:conformance(>|=\")B"_s);
        QVERIFY2(xmp.contains(part), qPrintable(xmp));
        QVERIFY2(xmp.contains(conformance), qPrintable(xmp));
        QVERIFY(xmp.contains(u"Backend Developer"_s));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("/OutputIntents"));
    }

    void unwritablePathLeavesNothing()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(u"no/such/folder/out.pdf"_s);
        Status written = exportPdf(m_template, missing);
        QVERIFY(!written.ok());
        QVERIFY2(written.error().contains(QDir::toNativeSeparators(missing)),
                 qPrintable(written.error()));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"no"_s)));

        const QString folder = dir.filePath(u"folder.pdf"_s);
        QVERIFY(QDir().mkdir(folder));
        written = exportPdf(m_template, folder);
        QVERIFY(!written.ok());
        QVERIFY2(written.error().contains(QDir::toNativeSeparators(folder)),
                 qPrintable(written.error()));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList({ u"folder.pdf"_s }));
        QVERIFY(QDir(folder).isEmpty());
    }

    void typedMarkupIsText()
    {
        Posting posting = m_template;
        posting.title = u"<script>alert(1)</script> <b>Lead</b> &amp; Co"_s;
        posting.sections = { { u"<i>About</i>"_s, u"Body with <b>tags</b> &amp; **bold**."_s } };
        const QString path = exportTo(posting, u"markup.pdf"_s);
        const QString text = collapsed(pdfText(path));
        for (const QString &literal : { u"<script>alert(1)</script> <b>Lead</b> &amp; Co"_s,
                                        u"<i>About</i>"_s, u"Body with <b>tags</b> &amp; bold."_s })
            QVERIFY2(text.contains(literal), qPrintable(literal + u" in "_s + text));
        QCOMPARE(pdfInfo(path, u"Title"_s), posting.title);
    }

    void anyScript()
    {
        Posting posting;
        posting.title = u"Développeuse Backend 🚀"_s;
        posting.companyName = u"株式会社テスト"_s;
        posting.companyDescription = u"日本語の説明文です。中文说明。한국어 설명."_s;
        posting.sections = { { u"العربية"_s, u"نحن نبحث عن مطور خلفية."_s },
                             { u"Emoji"_s, u"Team 😀 and 👩‍💻 and 🇩🇪"_s } };
        const QString path = exportTo(posting, u"scripts.pdf"_s);
        QVERIFY(!path.isEmpty());
        const QString text = pdfText(path).normalized(QString::NormalizationForm_KC);
        // Ideographs copy out as themselves, not as the look-alike Kangxi radicals.
        for (const QString &expected : { u"Développeuse Backend"_s, u"株式会社テスト"_s,
                                         u"日本語の説明文です。中文说明。"_s, u"한국어 설명"_s })
            QVERIFY2(text.contains(expected), qPrintable(expected + u" in "_s + text));
        QVERIFY2(!pdfText(path).contains(QChar(0x2F47)), "日 came out as a Kangxi radical");
        // Arabic comes out as Arabic words (pdftotext orders right-to-left text its own way).
        // The letters of a bold heading, joined on the page, come out with spaces between some
        // of them (pdftotext takes them for words of their own): the heading is found with the
        // spaces taken out.
        const auto found = [](const QString &in, const QString &word) {
            QString reversed = word;
            std::reverse(reversed.begin(), reversed.end());
            return in.contains(word) || in.contains(reversed);
        };
        for (const QString &word : { u"نبحث"_s, u"مطور"_s, u"خلفية"_s })
            QVERIFY2(found(text, word), qPrintable(word));
        QString letters = text;
        letters.remove(QRegularExpression(u"\\s"_s));
        QVERIFY(found(letters, u"العربية"_s));

        const QString fonts = runTool(u"pdffonts"_s, { path }).out;
        QVERIFY2(fonts.contains(u"CJK"_s), qPrintable(fonts));
        // Colour emoji are pictures: the colour font itself would print nothing.
        QVERIFY2(!fonts.contains(u"ColorEmoji"_s), qPrintable(fonts));
        const QStringList images =
            runTool(u"pdfimages"_s, { u"-list"_s, path }).out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(images.size() - 2 >= 4, qPrintable(images.join(u'\n')));
    }

    void writesToDevice()
    {
        QByteArray data;
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const Status written = writePdf(m_template, buffer);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QVERIFY(data.startsWith("%PDF-1."));
        QVERIFY(data.trimmed().endsWith("%%EOF"));
    }
};

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
