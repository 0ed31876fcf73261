// Spelling with Hunspell (analysis/SpellChecker): misspellings found and placed, suggestions,
// the project's technical words and the user's own words accepted, a missing dictionary as
// an error value, and the built-in template and example posting free of findings.

#include "analysis/PostingChecks.h"
#include "analysis/SpellChecker.h"
#include "io/PostingJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hirekit;

namespace {

QStringList wordsOf(const QList<TextWord> &words)
{
    QStringList result;
    for (const TextWord &word : words)
        result.append(word.word);
    return result;
}

Posting seedPosting(const QString &file)
{
    QFile json(u":/seed/"_s + file);
    if (!json.open(QIODevice::ReadOnly))
        return {};
    auto posting = postingFromJson(QJsonDocument::fromJson(json.readAll()).object());
    return posting ? posting.value() : Posting {};
}

} // namespace

class TestSpellChecker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto opened = SpellChecker::openDefault();
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        m_checker = opened.value();
    }

    void misspellingsFoundAndPlaced()
    {
        const QString text = u"We recieve many aplications for this teh role."_s;
        const QList<TextWord> wrong = m_checker->misspelledWords(text);
        QCOMPARE(wordsOf(wrong), QStringList({ u"recieve"_s, u"aplications"_s, u"teh"_s }));
        for (const TextWord &word : wrong)
            QCOMPARE(text.mid(word.position, word.length), word.word);
        QCOMPARE(wrong.at(0).position, qsizetype(3));
    }

    void correctEnglishPasses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain")
            << u"You will design, build and run the services our customers use."_s;
        QTest::newRow("possessive") << u"The team's work and our customers' trust."_s;
        QTest::newRow("curly apostrophe") << u"You’ll own what we ship; it’s yours."_s;
        QTest::newRow("contraction") << u"We don't expect you to know everything."_s;
        QTest::newRow("hyphenated") << u"A well-known, fast-growing company."_s;
        QTest::newRow("capitalised") << u"Design systems. Review code."_s;
        QTest::newRow("acronyms skipped") << u"Experience with AWS, GCP and SRE practices."_s;
        QTest::newRow("digits skipped") << u"A 401k plan, S3 buckets and 24x7 support."_s;
        QTest::newRow("runs of letters skipped")
            << u"Token abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz here."_s;
        QTest::newRow("addresses skipped")
            << u"Apply at https://careers.northwnd.example/jobs or jobs@northwnd.example."_s;
    }

    void correctEnglishPasses()
    {
        QFETCH(QString, text);
        QCOMPARE(wordsOf(m_checker->misspelledWords(text)), QStringList());
    }

    void onlyTheWrongPartOfAHyphenatedWord()
    {
        const QString text = u"A well-knwon team."_s;
        const QList<TextWord> wrong = m_checker->misspelledWords(text);
        QCOMPARE(wordsOf(wrong), QStringList({ u"knwon"_s }));
        QCOMPARE(wrong.first().position, text.indexOf(u"knwon"_s));
    }

    void suggestionsContainTheRightWord_data()
    {
        QTest::addColumn<QString>("wrong");
        QTest::addColumn<QString>("right");
        QTest::newRow("recieve") << u"recieve"_s << u"receive"_s;
        QTest::newRow("enviroment") << u"enviroment"_s << u"environment"_s;
        QTest::newRow("responsability") << u"responsability"_s << u"responsibility"_s;
        QTest::newRow("Colaborate") << u"Colaborate"_s << u"Collaborate"_s;
    }

    void suggestionsContainTheRightWord()
    {
        QFETCH(QString, wrong);
        QFETCH(QString, right);
        QVERIFY(!m_checker->isCorrect(wrong));
        const QStringList suggestions = m_checker->suggestions(wrong);
        QVERIFY2(suggestions.contains(right), qPrintable(suggestions.join(u", "_s)));
        QVERIFY(suggestions.size() <= 6);
    }

    void technicalWordsAccepted()
    {
        QVERIFY(technicalWords().contains(u"Kubernetes"_s));
        QVERIFY(technicalWords().contains(u"CI/CD"_s));
        const QString text = u"Kubernetes, PostgreSQL, GraphQL, gRPC, Redis, Kafka, TypeScript, "
                             "DevOps, CI/CD, microservices, APIs, backend and frontend."_s;
        QCOMPARE(wordsOf(m_checker->misspelledWords(text)), QStringList());
        // Proper names keep their capital: the lowercase spelling is still a mistake.
        QVERIFY(!m_checker->isCorrect(u"kubernetes"_s));
        QVERIFY(m_checker->isCorrect(u"Backend"_s));
    }

    void userWordsAccepted()
    {
        auto opened = SpellChecker::openDefault();
        QVERIFY(opened.ok());
        SpellChecker &checker = *opened.value();
        const QString text = u"Our Zorblax platform runs on Quuxbase."_s;
        QCOMPARE(wordsOf(checker.misspelledWords(text)),
                 QStringList({ u"Zorblax"_s, u"Quuxbase"_s }));
        checker.addWords({ u"Zorblax"_s });
        QCOMPARE(wordsOf(checker.misspelledWords(text)), QStringList({ u"Quuxbase"_s }));
        // Given for one text only: a posting's company name.
        QCOMPARE(wordsOf(checker.misspelledWords(text, { u"Quuxbase Inc."_s })), QStringList());
        // Another checker has its own words.
        QVERIFY(!m_checker->isCorrect(u"Zorblax"_s));
    }

    void missingDictionaryIsAnError()
    {
        QTemporaryDir dir;
        const QString aff = dir.filePath(u"xx_XX.aff"_s);
        const QString dic = dir.filePath(u"xx_XX.dic"_s);
        auto missing = SpellChecker::open(aff, dic);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().contains(aff), qPrintable(missing.error()));

        QFile::copy(SpellChecker::defaultAffixPath(), aff);
        auto noDic = SpellChecker::open(aff, dic);
        QVERIFY(!noDic.ok());
        QVERIFY2(noDic.error().contains(dic), qPrintable(noDic.error()));
    }

    void checksSpellWhenGivenAChecker()
    {
        Posting posting;
        posting.title = u"Backend Develper"_s;
        posting.companyName = u"Zentrix"_s;
        posting.sections.append({ u"About us"_s, u"Zentrix builds **realy** good tools."_s });
        const PostingChecks without = runPostingChecks(posting, QDate(2026, 6, 1));
        QVERIFY(!without.spellingChecked);
        QVERIFY(without.misspelled.isEmpty());

        const PostingChecks checks = runPostingChecks(posting, QDate(2026, 6, 1), m_checker.get());
        QVERIFY(checks.spellingChecked);
        QCOMPARE(wordsOf(checks.misspelled), QStringList({ u"Develper"_s, u"realy"_s }));
        // Each finding is placed in the field where it was typed.
        const TextWord &realy = checks.misspelled.at(1);
        const TextPlace place = checks.prose.place(realy.position, realy.length);
        QCOMPARE(place.source, TextSource::SectionBody);
        QCOMPARE(place.section, 0);
        QCOMPARE(posting.sections.at(0).body.mid(place.position, place.length), u"realy"_s);
        const TextPlace title =
            checks.prose.place(checks.misspelled.at(0).position, checks.misspelled.at(0).length);
        QCOMPARE(title, (TextPlace { TextSource::Title, -1, 8, 8 }));
    }

    void builtinPostingsHaveNoFindings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("template") << u"posting-template.json"_s;
        QTest::newRow("example") << u"example-posting.json"_s;
    }

    void builtinPostingsHaveNoFindings()
    {
        QFETCH(QString, file);
        const Posting posting = seedPosting(file);
        QVERIFY(!posting.sections.isEmpty());
        const PostingChecks checks = runPostingChecks(posting, QDate(2026, 6, 1), m_checker.get());
        QVERIFY(checks.readability.words > 300);
        const QStringList misspelled = wordsOf(checks.misspelled);
        QVERIFY2(misspelled.isEmpty(), qPrintable(misspelled.join(u", "_s)));
    }

private:
    std::shared_ptr<SpellChecker> m_checker;
};

QTEST_GUILESS_MAIN(TestSpellChecker)
#include "tst_spellchecker.moc"
