// Gender-coded wording (analysis/GenderCoding): verdicts worked out by hand, the tokenising,
// the neutral alternatives, and the two places where Hirekit differs from gender-decoder on
// purpose (a word matching two stems counts once; accented letters belong to words).

#include "analysis/GenderCoding.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace hirekit;

class TestGenderCoding : public QObject
{
    Q_OBJECT

private slots:
    void wordLists()
    {
        const GenderWordLists &lists = genderWordLists();
        // The counts of the paper's lists as gender-decoder transcribed them.
        QCOMPARE(lists.masculine.size(), qsizetype(52));
        QCOMPARE(lists.feminine.size(), qsizetype(50));
        QVERIFY(lists.masculine.contains(u"compet"_s));
        QVERIFY(lists.feminine.contains(u"collab"_s));
        QVERIFY(lists.hyphenated.contains(u"co-operat"_s));
        QVERIFY(lists.exceptions.contains(u"sharepoint"_s));
    }

    void verdicts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QStringList>("masculine");
        QTest::addColumn<QStringList>("feminine");
        // Worked out by hand from the stem lists: score = feminine - masculine.
        QTest::newRow("empty text") << QString() << u"empty"_s << QStringList() << QStringList();
        QTest::newRow("no coded word")
            << u"We write software for bakeries."_s << u"empty"_s << QStringList() << QStringList();
        QTest::newRow("one each, neutral")
            << u"A competitive salary and a supportive team."_s << u"neutral"_s
            << QStringList { u"competitive"_s } << QStringList { u"supportive"_s };
        QTest::newRow("score -1") << u"You are analytical."_s << u"masculine-coded"_s
                                  << QStringList { u"analytical"_s } << QStringList();
        QTest::newRow("score -3") << u"Ambitious, driven and decisive."_s << u"masculine-coded"_s
                                  << QStringList { u"ambitious"_s, u"driven"_s, u"decisive"_s }
                                  << QStringList();
        QTest::newRow("score -4") << u"Lead a competitive, fearless and assertive team."_s
                                  << u"strongly masculine-coded"_s
                                  << QStringList { u"lead"_s, u"competitive"_s, u"fearless"_s,
                                                   u"assertive"_s }
                                  << QStringList();
        QTest::newRow("score +3") << u"We collaborate, share and trust each other."_s
                                  << u"feminine-coded"_s << QStringList()
                                  << QStringList { u"collaborate"_s, u"share"_s, u"trust"_s };
        QTest::newRow("score +4, repeats kept")
            << u"Trust, trust, trust: a warm team."_s << u"strongly feminine-coded"_s
            << QStringList() << QStringList { u"trust"_s, u"trust"_s, u"trust"_s, u"warm"_s };
        QTest::newRow("order and case")
            << u"Supportive people. Independent thinkers. Honest feedback."_s << u"feminine-coded"_s
            << QStringList { u"independent"_s } << QStringList { u"supportive"_s, u"honest"_s };
        QTest::newRow("exception is not coded")
            << u"Experience with SharePoint."_s << u"empty"_s << QStringList() << QStringList();
        QTest::newRow("hyphenated stem stays whole")
            << u"Self-confident and co-operative."_s << u"neutral"_s
            << QStringList { u"self-confident"_s } << QStringList { u"co-operative"_s };
        QTest::newRow("other hyphenated words split")
            << u"A people-leader with child-care leave."_s << u"neutral"_s
            << QStringList { u"leader"_s } << QStringList { u"child"_s };
    }

    void verdicts()
    {
        QFETCH(QString, text);
        QFETCH(QString, verdict);
        QFETCH(QStringList, masculine);
        QFETCH(QStringList, feminine);
        const GenderCoding coding = analyseGenderCoding(text);
        QCOMPARE(verdictLabel(coding.verdict), verdict);
        QCOMPARE(coding.masculineWords(), masculine);
        QCOMPARE(coding.feminineWords(), feminine);
    }

    void verdictThresholds()
    {
        QCOMPARE(verdictForCounts(0, 0), GenderVerdict::Empty);
        QCOMPARE(verdictForCounts(2, 2), GenderVerdict::Neutral);
        QCOMPARE(verdictForCounts(3, 0), GenderVerdict::FeminineCoded);
        QCOMPARE(verdictForCounts(4, 0), GenderVerdict::StronglyFeminineCoded);
        QCOMPARE(verdictForCounts(0, 3), GenderVerdict::MasculineCoded);
        QCOMPARE(verdictForCounts(1, 5), GenderVerdict::StronglyMasculineCoded);
    }

    // Deliberate difference 1: gender-decoder lists "dominant" twice (stems "domina" and
    // "dominant") and scores it -2; a reader sees one word.
    void wordMatchingTwoStemsCountsOnce()
    {
        const GenderCoding coding = analyseGenderCoding(u"A dominant player."_s);
        QCOMPARE(coding.masculineWords(), QStringList { u"dominant"_s });
        QCOMPARE(coding.verdict, GenderVerdict::MasculineCoded);
        const GenderCoding two = analyseGenderCoding(u"Interpersonal skills."_s);
        QCOMPARE(two.feminineWords(), QStringList { u"interpersonal"_s });
    }

    // Deliberate difference 2: gender-decoder turns "é" into a word break, so "décisive"
    // became "d" and "cisive"; here the accented word is one word (and not coded: the stem is
    // "decisive"). "naïve" stays whole.
    void accentedLettersArePartOfWords()
    {
        const QList<TextWord> words = codingWords(u"Naïve décisive Zoë"_s);
        QCOMPARE(words.size(), qsizetype(3));
        QCOMPARE(words.at(0).word, u"naïve"_s);
        QCOMPARE(words.at(1).word, u"décisive"_s);
        QCOMPARE(words.at(1).position, qsizetype(6));
        QCOMPARE(words.at(2).word, u"zoë"_s);
        QCOMPARE(analyseGenderCoding(u"décisive"_s).verdict, GenderVerdict::Empty);
        // A coded word among accented ones still counts.
        const GenderCoding coding = analyseGenderCoding(u"Équipe collaborative à Zürich"_s);
        QCOMPARE(coding.feminineWords(), QStringList { u"collaborative"_s });
    }

    // Smaller difference: "head-strong" is a stem, so the word stays whole and counts.
    void headStrongCounts()
    {
        QCOMPARE(analyseGenderCoding(u"Head-strong people."_s).masculineWords(),
                 QStringList { u"head-strong"_s });
    }

    void positionsPointIntoText()
    {
        const QString text = u"We are AMBITIOUS; and kind."_s;
        const GenderCoding coding = analyseGenderCoding(text);
        QCOMPARE(coding.masculine.size(), qsizetype(1));
        const TextWord &word = coding.masculine.first();
        QCOMPARE(text.mid(word.position, word.length), u"AMBITIOUS"_s);
        QCOMPARE(coding.feminine.first().word, u"kind"_s);
    }

    void alternatives()
    {
        QCOMPARE(neutralAlternative(u"competitive"_s), u"motivated"_s);
        QCOMPARE(neutralAlternative(u"Dominant"_s), u"leading"_s);
        QCOMPARE(neutralAlternative(u"aggressive"_s), u"proactive"_s);
        QCOMPARE(neutralAlternative(u"bakery"_s), QString());
    }
};

QTEST_GUILESS_MAIN(TestGenderCoding)
#include "tst_gendercoding.moc"
