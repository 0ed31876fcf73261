#pragma once

// Gender-coded wording in job postings, after Gaucher, Friesen & Kay (2011), "Evidence that
// gendered wording in job advertisements exists and sustains gender inequality", Journal of
// Personality and Social Psychology 101(1):109-128: the study behind the gender-decoder tool.
// The word stems live in resources/checks/gender-coded-words.json.
//
// Matching follows gender-decoder: the text is lowercased and split on whitespace and
// punctuation; a hyphenated word is split at its hyphens unless it starts with a hyphenated
// stem ("co-operative" stays whole); each word is matched as a prefix against every stem, and
// words starting with a known exception ("sharepoint") are not coded. Two deliberate
// differences, both tested in tst_gendercoding:
// - a word matching two stems of one list ("dominant" matches "domina" and "dominant") counts
//   once, not twice: it is one word a reader sees once;
// - letters outside ASCII are part of words ("naïve", "décisive" stay whole), where
//   gender-decoder turns them into word breaks.
// A smaller one: every stem with a hyphen keeps its word whole; gender-decoder's list of such
// stems misses "head-strong", so there that word splits and is never counted.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace hirekit {

// gender-decoder's verdicts, from score = feminine words - masculine words.
enum class GenderVerdict
{
    Empty, // no coded word at all
    Neutral, // as many feminine as masculine words
    FeminineCoded, // score 1..3
    StronglyFeminineCoded, // score above 3
    MasculineCoded, // score -1..-3
    StronglyMasculineCoded // score below -3
};

// gender-decoder's label: "empty", "neutral", "feminine-coded", "strongly feminine-coded", ...
QString verdictLabel(GenderVerdict verdict);
GenderVerdict verdictForCounts(int feminine, int masculine);

// A word of the text: lowercased, and where it stands in the original text (for highlights).
struct TextWord
{
    QString word;
    qsizetype position = 0;
    qsizetype length = 0;
};

struct GenderCoding
{
    GenderVerdict verdict = GenderVerdict::Empty;
    QList<TextWord> masculine; // in text order, repeats kept
    QList<TextWord> feminine;

    QStringList masculineWords() const;
    QStringList feminineWords() const;
};

// The study's stems, the hyphenated ones, the exceptions and the neutral alternatives,
// read once from the resource file.
struct GenderWordLists
{
    QStringList masculine;
    QStringList feminine;
    QStringList hyphenated; // stems with a hyphen, which keep their word whole
    QStringList exceptions; // words that start like a stem but are not coded
    QHash<QString, QString> alternatives; // stem -> neutral wording
};
const GenderWordLists &genderWordLists();

// The words of `text` as gender-decoder would see them (with the differences above).
QList<TextWord> codingWords(const QString &text);

GenderCoding analyseGenderCoding(const QString &text);

// A neutral alternative for a coded word ("competitive" -> "motivated"), or an empty string.
QString neutralAlternative(const QString &word);

} // namespace hirekit
