#include "analysis/Readability.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

bool isVowel(QChar c)
{
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u' || c == u'y';
}

int vowelGroups(const QString &word)
{
    int groups = 0;
    bool inGroup = false;
    for (const QChar c : word) {
        const bool vowel = isVowel(c);
        if (vowel && !inGroup)
            ++groups;
        inGroup = vowel;
    }
    return groups;
}

// What a word keeps: punctuation but apostrophes goes, and a word goes on across it ("e.g."
// is one word, "eg").
bool isKeptInWords(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.isSpace() || c == u'\'' || c == u'_'
        || c == u'\u2019';
}

// Words are split where `\s` of a QRegularExpression without Unicode properties splits them
// (as they were before, through one compiled for each call, which cost half of all the checks'
// time): the ASCII white space. Other spaces, such as a no-break space, stay in a word.
bool separatesWords(QChar c)
{
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}

// Calls wordCharacter(c) for each character a word keeps, and wordEnd() after each word.
template<typename Character, typename End>
void scanWords(QStringView text, Character wordCharacter, End wordEnd)
{
    bool inWord = false;
    for (const QChar c : text) {
        if (!isKeptInWords(c))
            continue;
        if (!separatesWords(c)) {
            wordCharacter(c);
            inWord = true;
        } else if (inWord) {
            wordEnd();
            inWord = false;
        }
    }
    if (inWord)
        wordEnd();
}

} // namespace

int countSyllables(const QString &word)
{
    QString w;
    for (const QChar c : word) {
        const QChar lower = c.toLower();
        if (lower >= u'a' && lower <= u'z')
            w.append(lower);
    }
    // Numbers and words of other scripts: one syllable, which is what textstat's fallback
    // counts for them too.
    if (w.size() <= 3)
        return 1;

    // Silent endings: "likes", "named", "make"; but "pieces", "puzzles", "wanted", "little".
    static const QRegularExpression voicedEs(u"([sxzcg]|ch|sh|[^aeiouy]l)es$"_s);
    static const QRegularExpression voicedEd(u"[td]ed$"_s);
    static const QRegularExpression silentE(u"[^aeiouy]e$"_s);
    static const QRegularExpression syllabicLe(u"[^aeiouy]le$"_s);
    if (w.endsWith(u"es"_s)) {
        if (!voicedEs.match(w).hasMatch())
            w.chop(2);
    } else if (w.endsWith(u"ed"_s)) {
        if (!voicedEd.match(w).hasMatch())
            w.chop(2);
    } else if (silentE.match(w).hasMatch() && !syllabicLe.match(w).hasMatch()) {
        w.chop(1);
    }
    int count = vowelGroups(w);
    // Vowel pairs read as two syllables: "medium", "creative", "video", "actual", "quiet".
    static const QRegularExpression split(
        u"(ia(?!g)|io(?!n)|iu|eo|ua|uo|ii|iet|eat(?!h)|ea(?=t[io]))"_s);
    auto it = split.globalMatch(w);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return std::max(1, count);
}

QStringList readabilityWords(QStringView text)
{
    QStringList words;
    QString word;
    scanWords(
        text, [&word](QChar c) { word.append(c); },
        [&] {
            words.append(word);
            word.clear();
        });
    return words;
}

int countReadabilityWords(QStringView text)
{
    int count = 0;
    scanWords(
        text, [](QChar) {}, [&count] { ++count; });
    return count;
}

Readability analyseReadability(const QString &text, int longestCount)
{
    Readability result;
    const QStringList words = readabilityWords(text);
    if (words.isEmpty())
        return result;
    result.words = int(words.size());
    for (const QString &word : words)
        result.syllables += countSyllables(word);

    // textstat's sentence pattern; fragments of two words or fewer ("Dr.", "e.g.") are not
    // counted as sentences, so headings and list labels do not make a text look easy.
    static const QRegularExpression sentencePattern(u"\\b[^.!?]+[.!?]*"_s,
                                                    QRegularExpression::UseUnicodePropertiesOption);
    QList<Sentence> all;
    int ignored = 0;
    auto it = sentencePattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString raw = match.captured();
        const int count = countReadabilityWords(raw);
        if (count <= 2)
            ++ignored;
        qsizetype lead = 0;
        while (lead < raw.size() && raw.at(lead).isSpace())
            ++lead;
        all.append({ raw.trimmed(), match.capturedStart() + lead, count });
    }
    result.sentences = std::max(1, int(all.size()) - ignored);

    const double wordsPerSentence = double(result.words) / result.sentences;
    const double syllablesPerWord = double(result.syllables) / result.words;
    result.averageSentenceLength = wordsPerSentence;
    result.fleschReadingEase = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
    result.fleschKincaidGrade = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;

    for (const Sentence &sentence : std::as_const(all)) {
        if (sentence.words > LongSentenceWords)
            result.longSentences.append(sentence);
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const Sentence &a, const Sentence &b) { return a.words > b.words; });
    result.longestSentences = all.mid(0, longestCount);
    return result;
}

} // namespace hirekit
