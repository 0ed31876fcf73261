#pragma once

// Readability of a posting: Flesch reading ease and Flesch-Kincaid grade with the counts they
// are made of, and the longest sentences (the first thing to shorten).
//
// Counting follows textstat (the Python library whose cases calibrate this): words are the
// whitespace-separated tokens once punctuation other than apostrophes is removed; sentences
// are runs ending in . ! or ?, and runs of two words or fewer do not count as sentences.
// Syllables come from a heuristic written here: textstat uses CMUdict, and no Debian package
// gives English syllables (or hyphenation) to C++ without shipping a dictionary of its own.
// Against textstat's English cases (tests/lib/tst_readability, label conformance) the
// heuristic stays within 1.6 points of reading ease, 0.23 of a grade and 0.02 syllables per
// word (the test allows 2.0, 0.3 and 0.025); word and sentence counts match exactly.

#include <QList>
#include <QString>

namespace hirekit {

struct Sentence
{
    QString text; // trimmed
    qsizetype position = 0; // of its first character in the analysed text
    int words = 0;
};

// Sentences longer than this are marked as long (GOV.UK's style guide: 25 words at most).
constexpr int LongSentenceWords = 25;

struct Readability
{
    int words = 0;
    int sentences = 0;
    int syllables = 0;
    double fleschReadingEase = 0; // 206.835 - 1.015 words/sentences - 84.6 syllables/words
    double fleschKincaidGrade = 0; // 0.39 words/sentences + 11.8 syllables/words - 15.59
    double averageSentenceLength = 0; // words per sentence
    QList<Sentence> longestSentences; // longest first
    QList<Sentence> longSentences; // every one over LongSentenceWords, in text order
};

// English syllables of one word by rule: vowel groups, less a silent final e/es/ed, plus
// vowel pairs that are usually two syllables ("ia", "eo", "ua"). At least 1 for any word.
int countSyllables(const QString &word);

// The whitespace-separated words of `text`, punctuation but apostrophes removed.
QStringList readabilityWords(QStringView text);
// How many readabilityWords() `text` has, without making the list.
int countReadabilityWords(QStringView text);

// Empty text gives all zeros, as textstat does.
Readability analyseReadability(const QString &text, int longestCount = 3);

} // namespace hirekit
