// The posting renderer and its text formats: Markdown, plain text and HTML of a fixed posting
// against expected files in tests/data/renderer (HIREKIT_UPDATE_EXPECTED=1 rewrites them),
// typed markup that must stay text in every format, and text in any script.

#include "render/DocumentBlocks.h"
#include "render/PostingFormats.h"
#include "render/PostingRenderer.h"
#include "render/RenderStyle.h"

#include <QFile>
#include <QGlyphRun>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextLayout>
#include <QTextList>

using namespace Qt::StringLiterals;
using namespace hirekit;

namespace {

const QLocale UsEnglish(QLocale::English, QLocale::UnitedStates);

RenderOptions options()
{
    RenderOptions options;
    options.locale = UsEnglish;
    return options;
}

// A posting that uses every part of the layout and every Markdown feature a body may have.
Posting samplePosting()
{
    Posting posting;
    posting.id = 42;
    posting.title = u"Senior Backend Developer"_s;
    posting.level = Level::Senior;
    posting.department = u"Platform Engineering"_s;
    posting.employmentType = EmploymentType::FullTime;
    posting.companyName = u"Northwind Software"_s;
    posting.companyDescription = u"Northwind builds logistics software for mid-sized retailers.\n\n"
                                 "We are 80 people in Austin and Lisbon."_s;
    posting.howToApply = u"Send your CV to jobs@northwind.example."_s;
    posting.benefitsSummary = u"Equity, health insurance, 401(k) matching, flexible PTO"_s;
    posting.salary.min = 130000;
    posting.salary.max = 180000;
    posting.validThrough = QDate(2027, 3, 31);
    posting.locations = { { u"Austin"_s, u"TX"_s, u"US"_s, Workplace::Hybrid },
                          { QString(), QString(), QString(), Workplace::Remote } };
    posting.sections = {
        { u"Overview"_s,
          u"You will build **APIs** that *thousands* of stores rely on, in `Go` and C++.\n\n"
          "**Key Highlights:**\n\n"
          "- Design services\n"
          "- Own the data model\n"
          "    - schemas\n"
          "    - migrations\n"
          "- Mentor others"_s },
        { u"Requirements"_s,
          u"### Must-Have\n\n"
          "1. Five years of backend work\n"
          "2. SQL: joins, indexes, ~~ORMs only~~ query plans\n\n"
          "### Nice to Have\n\n"
          "- Kubernetes\n\n"
          "> We value curiosity over credentials.\n\n"
          "| Level | Range |\n"
          "|---|---|\n"
          "| Senior | $130k-$180k |\n\n"
          "```sql\n"
          "SELECT * FROM orders WHERE total > 100;\n"
          "```\n\n"
          "Read more on [our blog](https://northwind.example/blog?tag=eng&lang=en)."_s },
        { u"Process"_s, u"- [x] Phone screen\n- [ ] Take-home\n\n---\n\nThat is all."_s },
    };
    return posting;
}

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

// Compares `actual` with the expected file, or writes it when HIREKIT_UPDATE_EXPECTED is set.
bool matchesExpected(const QString &actual, const QString &name)
{
    const QString path = QStringLiteral(HIREKIT_TEST_DATA) + u"/renderer/"_s + name;
    if (qEnvironmentVariableIsSet("HIREKIT_UPDATE_EXPECTED")) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        file.write(actual.toUtf8());
        return true;
    }
    const QString expected = readFile(path);
    if (expected == actual)
        return true;
    const QStringList expectedLines = expected.split(u'\n');
    const QStringList actualLines = actual.split(u'\n');
    for (qsizetype i = 0; i < std::max(expectedLines.size(), actualLines.size()); ++i) {
        if (expectedLines.value(i) != actualLines.value(i)) {
            qWarning("%s differs at line %lld:\n  expected: %s\n  actual:   %s", qPrintable(path),
                     static_cast<long long>(i + 1), qPrintable(expectedLines.value(i)),
                     qPrintable(actualLines.value(i)));
            break;
        }
    }
    return false;
}

// What a reader sees of `markdown` when a full renderer that does read HTML and entities
// (GitHub's dialect, HTML allowed) shows it.
QString readMarkdown(const QString &markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    return document.toPlainText();
}

// What a browser would show of the text of `html`, roughly: tags dropped, entities decoded.
QString readHtml(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

QString renderedText(const Posting &posting)
{
    QTextDocument document;
    renderPosting(document, posting, options());
    return document.toPlainText();
}

// The glyphs `font` shapes `text` into, on one line.
QList<quint32> glyphsOf(const QString &text, const QFont &font)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    QList<quint32> glyphs;
    for (const QGlyphRun &run : layout.glyphRuns())
        glyphs.append(run.glyphIndexes());
    return glyphs;
}

// `font`'s family, size and weight with Qt's defaults for the rest: every script shaped, and
// the font's ligatures.
QFont shapedAsByDefault(const QFont &font)
{
    QFont shaped(font.family());
    shaped.setStyleHint(font.styleHint());
    shaped.setPointSizeF(font.pointSizeF());
    shaped.setWeight(font.weight());
    return shaped;
}

} // namespace

class TestRenderer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Money is written in the default locale.
        QLocale::setDefault(UsEnglish);
    }

    // Arabic letters join and accents typed as combining marks sit on their letters, in the
    // preview and in PDFs; only the optional ligatures are left out, so "fi" copies out of a
    // PDF as two letters.
    void shapesEveryScript()
    {
        const QFont font = RenderStyle(10.5).baseFont();
        const auto unshaped = [](QFont set) {
            set.setStyleStrategy(QFont::PreferNoShaping);
            return set;
        };
        const QString arabic = u"مطور الواجهة الخلفية في دبي"_s;
        const QString combining = u"Zoe\u0308 Nguye\u0302\u0303n"_s;
        // Joined: not the glyphs of the letters set one by one.
        QVERIFY(glyphsOf(arabic, font) != glyphsOf(arabic, unshaped(font)));
        // Accents placed as Qt places them by default, not beside their letters.
        QCOMPARE(glyphsOf(combining, font), glyphsOf(combining, shapedAsByDefault(font)));
        QVERIFY(glyphsOf(combining, font) != glyphsOf(combining, unshaped(font)));
        QCOMPARE(glyphsOf(u"office fit"_s, font).size(), 10);
        // The font has the ligatures, so the count above could come out short.
        QVERIFY(glyphsOf(u"office fit"_s, shapedAsByDefault(font)).size() < 10);

        // All text of a rendered posting is set so, whatever formats its blocks and code
        // have of their own.
        Posting posting;
        posting.title = arabic;
        posting.sections = { { u"Overview"_s,
                               arabic + u"\n\n"_s + combining + u"\n\nAn `office` file"_s } };
        QTextDocument document;
        renderPosting(document, posting, options());
        int arabicChecked = 0;
        bool codeChecked = false;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                const QFont used = fragment.charFormat().font().resolve(document.defaultFont());
                QVERIFY2(used.letterSpacingType() == QFont::PercentageSpacing
                             && used.letterSpacing() == 100,
                         qPrintable(fragment.text()));
                QVERIFY(!(used.styleStrategy() & QFont::PreferNoShaping));
                if (fragment.text() == arabic) {
                    QVERIFY(glyphsOf(arabic, used) != glyphsOf(arabic, unshaped(used)));
                    ++arabicChecked;
                }
                codeChecked = codeChecked || fragment.text() == u"office"_s;
            }
        }
        QCOMPARE(arabicChecked, 2);
        QVERIFY(codeChecked);
    }

    void markdownMatchesExpected()
    {
        QVERIFY(matchesExpected(postingToMarkdown(samplePosting(), options()), u"posting.md"_s));
    }

    void plainTextMatchesExpected()
    {
        QVERIFY(matchesExpected(postingToPlainText(samplePosting(), options()), u"posting.txt"_s));
    }

    void htmlMatchesExpected()
    {
        QVERIFY(matchesExpected(postingToHtml(samplePosting(), options()), u"posting.html"_s));
    }

    void documentLayout()
    {
        QTextDocument document;
        renderPosting(document, samplePosting(), options());
        const QList<DocumentBlock> blocks = readBlocks(document);
        QVERIFY(blocks.size() > 20);
        QCOMPARE(blocks.first().role, BlockRole::Title);
        QCOMPARE(blocks.first().headingLevel, 1);
        QCOMPARE(blocks.first().plainText(), u"Senior Backend Developer"_s);
        QCOMPARE(blocks.at(1).role, BlockRole::Company);

        QStringList sectionHeadings;
        QStringList bodyHeadings;
        for (const DocumentBlock &block : blocks) {
            if (block.role == BlockRole::SectionHeading)
                sectionHeadings.append(block.plainText());
            else if (block.kind == DocumentBlock::Kind::Heading && block.role == BlockRole::Body)
                bodyHeadings.append(u"%1 %2"_s.arg(block.headingLevel).arg(block.plainText()));
        }
        QCOMPARE(sectionHeadings,
                 QStringList({ u"About Northwind Software"_s, u"Overview"_s, u"Requirements"_s,
                               u"Process"_s, u"Benefits"_s, u"How to apply"_s }));
        // A body's own headings sit below the section headings (level 2).
        QCOMPARE(bodyHeadings, QStringList({ u"3 Must-Have"_s, u"3 Nice to Have"_s }));

        const QString text = document.toPlainText();
        QVERIFY(text.contains(u"Salary: $130,000 – $180,000 per year"_s));
        QVERIFY(text.contains(u"Locations: Austin, TX, US (Hybrid); Remote"_s));
        QVERIFY(text.contains(u"Apply by: March 31, 2027"_s));
        QVERIFY(text.contains(u"Employment: Full-time"_s));
    }

    void beginningOfAPosting()
    {
        // Whole sections, in order, until the budget is reached; the parts after the
        // sections go with the rest.
        const Posting posting = samplePosting();
        const qsizetype description = posting.companyDescription.size();
        const qsizetype overview =
            posting.sections.at(0).heading.size() + posting.sections.at(0).body.size();
        const Posting first = beginningOf(posting, description + 1);
        QCOMPARE(first.sections, posting.sections.mid(0, 1));
        QCOMPARE(first.title, posting.title);
        QCOMPARE(first.companyDescription, posting.companyDescription);
        QCOMPARE(first.salary.max, posting.salary.max);
        QCOMPARE(first.locations.size(), posting.locations.size());
        QVERIFY(first.benefitsSummary.isEmpty() && first.howToApply.isEmpty());
        QVERIFY(!first.validThrough.isValid());
        QCOMPARE(beginningOf(posting, description + overview + 1).sections,
                 posting.sections.mid(0, 2));
        // The description alone fills the budget: no section.
        QVERIFY(beginningOf(posting, description).sections.isEmpty());

        // All of it fits: the posting as it is.
        QTextDocument whole;
        renderPosting(whole, posting, options());
        QTextDocument all;
        renderPosting(all, beginningOf(posting, 100000), options());
        QCOMPARE(all.toPlainText(), whole.toPlainText());
        // The beginning is the start of the whole: the same blocks, fewer of them.
        QTextDocument start;
        renderPosting(start, first, options());
        QVERIFY(start.blockCount() < whole.blockCount());
        QVERIFY(whole.toPlainText().startsWith(start.toPlainText().chopped(1)));
    }

    void emptyPosting()
    {
        const Posting empty;
        QVERIFY(postingToMarkdown(empty, options()).startsWith(u"# Untitled posting\n"_s));
        QVERIFY(postingToPlainText(empty, options()).startsWith(u"Untitled posting\n"_s));
        QVERIFY(
            postingToHtml(empty, options()).contains(u"<h1 dir=\"auto\">Untitled posting</h1>"_s));
    }

    void typedMarkupStaysText_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("script") << u"<script>alert('x')</script>"_s;
        QTest::newRow("bold tag") << u"<b>bold</b>"_s;
        QTest::newRow("entity") << u"Tom &amp; Jerry"_s;
        QTest::newRow("numeric entity") << u"&#60;img src=x&#62;"_s;
        QTest::newRow("markdown") << u"**not bold** _not em_ [not](a link) `not code`"_s;
        QTest::newRow("list start") << u"- not a list"_s;
        QTest::newRow("ordered start") << u"1. not a list"_s;
        QTest::newRow("heading start") << u"# not a heading"_s;
        QTest::newRow("quote start") << u"> not a quote"_s;
        QTest::newRow("table pipe") << u"a | b"_s;
        QTest::newRow("backslash") << u"C:\\path\\* and \\<"_s;
        QTest::newRow("comment") << u"<!-- hidden? -->"_s;
    }

    // Whatever a person types into a field comes out as those characters in every format.
    void typedMarkupStaysText()
    {
        QFETCH(QString, typed);
        Posting posting;
        posting.title = typed;
        posting.companyName = typed + u" Inc"_s;
        posting.department = typed;
        posting.companyDescription = typed;
        posting.benefitsSummary = typed;
        posting.howToApply = typed;
        posting.locations = { { typed, QString(), QString(), Workplace::Onsite } };
        posting.sections = { { typed, u"Body."_s } };

        // Title, company, "About <company>", location, department, description, section
        // heading, benefits, how to apply.
        constexpr int Expected = 9;
        QCOMPARE(renderedText(posting).count(typed), Expected);
        QCOMPARE(postingToPlainText(posting, options()).count(typed), Expected);
        const QString markdown = postingToMarkdown(posting, options());
        QCOMPARE(readMarkdown(markdown).count(typed), Expected);
        const QString html = postingToHtml(posting, options());
        QCOMPARE(readHtml(html).count(typed), Expected);
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(!html.contains(u"<b>"_s));
        QVERIFY(!html.contains(u"<img"_s));
        QVERIFY(!html.contains(u"<!--"_s));
    }

    // Section bodies keep their Markdown, but HTML and entities in them are text.
    void bodyMarkdownKeepsFormattingNotHtml()
    {
        Posting posting;
        posting.title = u"T"_s;
        posting.sections = { { u"S"_s,
                               u"**strong** and <b>tag</b> &amp; &lt;x&gt; &#65; AT&T\n\n"
                               "- item <script>alert(1)</script>\n\n"
                               "### Sub &amp; heading\n\n"
                               "Code `a &amp; <b>` stays.\n\n"
                               "```\nif (a < b && c) {}\n```\n\n"
                               "<div>block html</div>\n\n"
                               "[web](https://example.com/?a=1&b=2) [bad](javascript:alert(1)) "
                               "![secret](/etc/passwd)"_s } };

        QTextDocument document;
        renderPosting(document, posting, options());
        const QString text = document.toPlainText();
        for (const QString &literal :
             { u"<b>tag</b> &amp; &lt;x&gt; &#65; AT&T"_s, u"item <script>alert(1)</script>"_s,
               u"Sub &amp; heading"_s, u"Code a &amp; <b> stays."_s, u"if (a < b && c) {}"_s,
               u"<div>block html</div>"_s })
            QVERIFY2(text.contains(literal), qPrintable(literal));
        QVERIFY(!text.contains(QChar(QChar::ObjectReplacementCharacter)));

        bool boldFound = false;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                QVERIFY2(!fragment.charFormat().isImageFormat(), "images are never loaded");
                if (fragment.text() == u"strong"_s)
                    boldFound = fragment.charFormat().fontWeight() >= QFont::Bold;
                if (fragment.charFormat().isAnchor())
                    QCOMPARE(fragment.charFormat().anchorHref(), u"https://example.com/?a=1&b=2"_s);
            }
        }
        QVERIFY(boldFound);

        const QString html = postingToHtml(posting, options());
        QVERIFY(html.contains(u"<strong>strong</strong> and &lt;b&gt;tag&lt;/b&gt; &amp;amp; "
                              "&amp;lt;x&amp;gt; &amp;#65; AT&amp;T"_s));
        QVERIFY(
            html.contains(u"<li dir=\"auto\">item &lt;script&gt;alert(1)&lt;/script&gt;</li>"_s));
        QVERIFY(html.contains(u"<code>a &amp;amp; &lt;b&gt;</code>"_s));
        QVERIFY(html.contains(u"<a href=\"https://example.com/?a=1&amp;b=2\">web</a>"_s));
        QVERIFY(!html.contains(u"javascript:"_s));
        QVERIFY(!html.contains(u"/etc/passwd\""_s));
        QVERIFY(!html.contains(u"<img"_s));

        const QString markdown = postingToMarkdown(posting, options());
        const QString read = readMarkdown(markdown);
        for (const QString &literal :
             { u"<b>tag</b> &amp; &lt;x&gt; &#65; AT&T"_s, u"item <script>alert(1)</script>"_s,
               u"a &amp; <b>"_s, u"if (a < b && c) {}"_s })
            QVERIFY2(read.contains(literal), qPrintable(literal + u"\n---\n"_s + markdown));
        QVERIFY(markdown.contains(u"**strong**"_s));
        QVERIFY(markdown.contains(u"### Sub \\&amp; heading"_s));
        QVERIFY(!markdown.contains(u"javascript:"_s));
    }

    void anyScript_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("accents") << u"Développeuse·eur à Zürich, façade naïve"_s;
        QTest::newRow("japanese") << u"バックエンドエンジニア（東京）"_s;
        QTest::newRow("chinese") << u"后端开发工程师"_s;
        QTest::newRow("korean") << u"백엔드 개발자"_s;
        QTest::newRow("arabic") << u"مطور الواجهة الخلفية في دبي"_s;
        QTest::newRow("hebrew") << u"מפתח צד שרת"_s;
        QTest::newRow("emoji") << u"Backend 🚀 team 👩‍💻 🇩🇪"_s;
    }

    void anyScript()
    {
        QFETCH(QString, text);
        Posting posting;
        posting.title = text;
        posting.companyDescription = text;
        posting.sections = { { text, u"**"_s + text + u"**\n\n- "_s + text } };

        QCOMPARE(renderedText(posting).count(text), 5);
        QCOMPARE(postingToPlainText(posting, options()).count(text), 5);
        QCOMPARE(readMarkdown(postingToMarkdown(posting, options())).count(text), 5);
        const QString html = postingToHtml(posting, options());
        QVERIFY(html.startsWith(u"<!DOCTYPE html>\n<html lang=\"en\">"_s));
        QVERIFY(html.contains(u"<meta charset=\"utf-8\">"_s));
        QVERIFY(html.contains(u"<h1 dir=\"auto\">"_s + text + u"</h1>"_s));
        QVERIFY(html.contains(u"<p dir=\"auto\">"_s + text + u"</p>"_s));
        QVERIFY(html.contains(u"<li dir=\"auto\">"_s + text + u"</li>"_s));
    }

    // Headings in plain text are underlined as wide as they show in a terminal.
    void plainTextUnderlines()
    {
        Posting posting;
        posting.title = u"東京"_s;
        posting.sections = { { u"Café"_s, u"x"_s } };
        const QString text = postingToPlainText(posting, options());
        QVERIFY2(text.startsWith(u"東京\n====\n"_s), qPrintable(text));
        QVERIFY2(text.contains(u"\nCafé\n----\n"_s), qPrintable(text));
    }

    void htmlIsSelfContained()
    {
        const QString html = postingToHtml(samplePosting(), options());
        static const QRegularExpression external(
            uR"((<link|<script|<img|<iframe|@import|url\(|src=))"_s);
        QVERIFY(!html.contains(external));
        QVERIFY(html.contains(u"<style>"_s));
        QVERIFY(html.endsWith(u"</html>\n"_s));
        // German labels would be wrong for lang="de" without a translation, so the page
        // language follows the locale asked for.
        RenderOptions german = options();
        german.locale = QLocale(QLocale::German, QLocale::Germany);
        QVERIFY(postingToHtml(samplePosting(), german).contains(u"<html lang=\"de\">"_s));
        QVERIFY(postingToHtml(samplePosting(), german).contains(u"31. März 2027"_s));
    }
};

QTEST_MAIN(TestRenderer)
#include "tst_renderer.moc"
