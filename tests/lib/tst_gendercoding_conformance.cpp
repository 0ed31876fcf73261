// Gender-coded wording against gender-decoder itself (../shared/data/gender-coded-words):
// the word lists we ship must be the ones it uses, and its 28 test cases (tokenising,
// counting, verdicts) must come out the same. None of the 28 touches the deliberate
// differences (tst_gendercoding). Label: conformance.

#include "analysis/GenderCoding.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hirekit;

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

QStringList distinct(QStringList list)
{
    list.sort();
    list.removeDuplicates();
    return list;
}

} // namespace

class TestGenderCodingConformance : public QObject
{
    Q_OBJECT

private:
    QDir m_dir;

    QJsonObject read(const QString &name)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

private slots:
    void initTestCase()
    {
        m_dir = QDir(QStringLiteral(HIREKIT_SHARED_DIR) + u"/data/gender-coded-words"_s);
        if (!m_dir.exists(u"gender-decoder-test-cases.json"_s)) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL(qPrintable(u"gender-decoder data is missing: "_s + m_dir.path()));
            QSKIP("gender-coded-words (../shared/data) is not here.");
        }
    }

    void wordListsMatchGenderDecoder()
    {
        const QJsonObject lists = read(u"gender-decoder-wordlists.json"_s);
        QCOMPARE(genderWordLists().masculine, strings(lists.value(u"masculine_coded_words"_s)));
        QCOMPARE(genderWordLists().feminine, strings(lists.value(u"feminine_coded_words"_s)));
        // Ours are every stem with a hyphen; gender-decoder's list misses "head-strong", so
        // there "head-strong" splits and is never coded (a third, documented difference).
        QStringList ours = distinct(genderWordLists().hyphenated);
        QVERIFY(ours.removeOne(u"head-strong"_s));
        QCOMPARE(ours, distinct(strings(lists.value(u"hyphenated_coded_words"_s))));
        QCOMPARE(genderWordLists().exceptions, strings(lists.value(u"non_coded_exceptions"_s)));
    }

    void cases_data()
    {
        QTest::addColumn<QJsonObject>("testCase");
        const QJsonArray cases =
            read(u"gender-decoder-test-cases.json"_s).value(u"cases"_s).toArray();
        QCOMPARE(cases.size(), qsizetype(28));
        int i = 0;
        for (const QJsonValue &value : cases) {
            const QJsonObject object = value.toObject();
            QTest::addRow("%d %s", ++i, qPrintable(object.value(u"kind"_s).toString())) << object;
        }
    }

    void cases()
    {
        QFETCH(QJsonObject, testCase);
        const QString kind = testCase.value(u"kind"_s).toString();
        const QString input = testCase.value(u"input"_s).toString();
        const GenderCoding coding = analyseGenderCoding(input);
        if (kind == u"clean_up_word_list"_s) {
            QStringList words;
            for (const TextWord &word : codingWords(input))
                words.append(word.word);
            QCOMPARE(words, strings(testCase.value(u"expected_word_list"_s)));
        } else if (kind == u"coding"_s) {
            if (testCase.contains(u"expected_masculine_coded_words"_s))
                QCOMPARE(coding.masculineWords().join(u','),
                         testCase.value(u"expected_masculine_coded_words"_s).toString());
            if (testCase.contains(u"expected_feminine_coded_words"_s))
                QCOMPARE(coding.feminineWords().join(u','),
                         testCase.value(u"expected_feminine_coded_words"_s).toString());
            if (testCase.contains(u"expected_masculine_word_count"_s))
                QCOMPARE(int(coding.masculine.size()),
                         testCase.value(u"expected_masculine_word_count"_s).toInt());
            if (testCase.contains(u"expected_feminine_word_count"_s))
                QCOMPARE(int(coding.feminine.size()),
                         testCase.value(u"expected_feminine_word_count"_s).toInt());
            if (testCase.contains(u"expected_coding"_s))
                QCOMPARE(verdictLabel(coding.verdict),
                         testCase.value(u"expected_coding"_s).toString());
        } else if (kind == u"list_words"_s) {
            // gender-decoder shows "leader (3 times)": the repeats are all in our list.
            QStringList display;
            QStringList order;
            for (const QString &word : coding.masculineWords()) {
                if (!order.contains(word))
                    order.append(word);
            }
            for (const QString &word : order) {
                const auto n = coding.masculineWords().count(word);
                display.append(n > 1 ? u"%1 (%2 times)"_s.arg(word).arg(n) : word);
            }
            QCOMPARE(display, strings(testCase.value(u"expected_masculine_display"_s)));
        } else if (kind == u"process_ad_distinct_words"_s) {
            const QStringList masculine = distinct(coding.masculineWords());
            const QStringList feminine = distinct(coding.feminineWords());
            QCOMPARE(masculine, strings(testCase.value(u"expected_distinct_masculine"_s)));
            QCOMPARE(feminine, strings(testCase.value(u"expected_distinct_feminine"_s)));
            QCOMPARE(int(masculine.size() + feminine.size()),
                     testCase.value(u"expected_distinct_count"_s).toInt());
            QCOMPARE(int(coding.masculine.size() + coding.feminine.size()),
                     testCase.value(u"expected_total_count"_s).toInt());
        } else {
            QFAIL(qPrintable(u"unknown case kind "_s + kind));
        }
    }
};

QTEST_GUILESS_MAIN(TestGenderCodingConformance)
#include "tst_gendercoding_conformance.moc"
