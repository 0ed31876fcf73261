#include "analysis/GenderCoding.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

GenderWordLists loadWordLists()
{
    // Compiled in, so a failure to read is a build error, caught by the tests.
    QFile file(u":/checks/gender-coded-words.json"_s);
    GenderWordLists lists;
    if (!file.open(QIODevice::ReadOnly))
        return lists;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    lists.masculine = stringList(root.value(u"masculine"_s));
    lists.feminine = stringList(root.value(u"feminine"_s));
    lists.exceptions = stringList(root.value(u"non_coded_exceptions"_s));
    const QStringList allStems = lists.masculine + lists.feminine;
    for (const QString &stem : allStems) {
        if (stem.contains(u'-'))
            lists.hyphenated.append(stem);
    }
    const QJsonObject alternatives = root.value(u"alternatives"_s).toObject();
    for (auto it = alternatives.begin(); it != alternatives.end(); ++it) {
        if (!it.key().startsWith(u'_'))
            lists.alternatives.insert(it.key(), it.value().toString());
    }
    return lists;
}

bool isWordChar(QChar c)
{
    // Letters of any script, their combining marks and digits; gender-decoder also keeps
    // digits and turns non-ASCII letters into breaks (see the header).
    return c.isLetterOrNumber() || c.isMark();
}

bool startsWithAny(const QString &word, const QStringList &stems)
{
    for (const QString &stem : stems) {
        if (word.startsWith(stem))
            return true;
    }
    return false;
}

// Stems by their first letter: a word is compared only with the stems that begin like it
// (a tenth of them at most), not with every stem of a list, which was a third of all the
// posting checks' time.
class StemIndex
{
public:
    explicit StemIndex(const QStringList &stems)
    {
        for (const QString &stem : stems) {
            if (stem.isEmpty())
                m_matchesAll = true;
            else
                m_byFirst[stem.front().unicode()].append(stem);
        }
    }

    // True when `word` starts with one of the stems.
    bool matches(const QString &word) const
    {
        if (m_matchesAll)
            return true;
        if (word.isEmpty())
            return false;
        const auto bucket = m_byFirst.constFind(word.front().unicode());
        return bucket != m_byFirst.cend() && startsWithAny(word, *bucket);
    }

private:
    QHash<char16_t, QStringList> m_byFirst;
    bool m_matchesAll = false;
};

struct StemIndexes
{
    StemIndex masculine;
    StemIndex feminine;
    StemIndex exceptions;
};

const StemIndexes &stemIndexes()
{
    static const StemIndexes indexes { StemIndex(genderWordLists().masculine),
                                       StemIndex(genderWordLists().feminine),
                                       StemIndex(genderWordLists().exceptions) };
    return indexes;
}

} // namespace

QString verdictLabel(GenderVerdict verdict)
{
    switch (verdict) {
    case GenderVerdict::Empty:
        return u"empty"_s;
    case GenderVerdict::Neutral:
        return u"neutral"_s;
    case GenderVerdict::FeminineCoded:
        return u"feminine-coded"_s;
    case GenderVerdict::StronglyFeminineCoded:
        return u"strongly feminine-coded"_s;
    case GenderVerdict::MasculineCoded:
        return u"masculine-coded"_s;
    case GenderVerdict::StronglyMasculineCoded:
        return u"strongly masculine-coded"_s;
    }
    return u"empty"_s;
}

GenderVerdict verdictForCounts(int feminine, int masculine)
{
    const int score = feminine - masculine;
    if (score == 0)
        return feminine == 0 ? GenderVerdict::Empty : GenderVerdict::Neutral;
    if (score > 3)
        return GenderVerdict::StronglyFeminineCoded;
    if (score > 0)
        return GenderVerdict::FeminineCoded;
    if (score < -3)
        return GenderVerdict::StronglyMasculineCoded;
    return GenderVerdict::MasculineCoded;
}

QStringList GenderCoding::masculineWords() const
{
    QStringList words;
    for (const TextWord &word : masculine)
        words.append(word.word);
    return words;
}

QStringList GenderCoding::feminineWords() const
{
    QStringList words;
    for (const TextWord &word : feminine)
        words.append(word.word);
    return words;
}

const GenderWordLists &genderWordLists()
{
    static const GenderWordLists lists = loadWordLists();
    return lists;
}

QList<TextWord> codingWords(const QString &text)
{
    const QStringList &hyphenated = genderWordLists().hyphenated;
    QList<TextWord> words;
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        // A run of word characters, hyphens included as gender-decoder keeps them at first.
        const qsizetype start = i;
        while (i < size && (isWordChar(text.at(i)) || text.at(i) == u'-'))
            ++i;
        qsizetype end = i;
        while (end > start && text.at(end - 1) == u'-')
            --end;
        const QString lowered = text.mid(start, end - start).toLower();
        if (!lowered.contains(u'-') || startsWithAny(lowered, hyphenated)) {
            words.append({ lowered, start, end - start });
            continue;
        }
        qsizetype partStart = start;
        for (qsizetype j = start; j <= end; ++j) {
            if (j == end || text.at(j) == u'-') {
                if (j > partStart)
                    words.append(
                        { text.mid(partStart, j - partStart).toLower(), partStart, j - partStart });
                partStart = j + 1;
            }
        }
    }
    return words;
}

GenderCoding analyseGenderCoding(const QString &text)
{
    const StemIndexes &stems = stemIndexes();
    GenderCoding coding;
    for (const TextWord &word : codingWords(text)) {
        if (stems.exceptions.matches(word.word))
            continue;
        // Once per list however many of its stems match (a deliberate difference).
        if (stems.masculine.matches(word.word))
            coding.masculine.append(word);
        if (stems.feminine.matches(word.word))
            coding.feminine.append(word);
    }
    coding.verdict = verdictForCounts(int(coding.feminine.size()), int(coding.masculine.size()));
    return coding;
}

QString neutralAlternative(const QString &word)
{
    const GenderWordLists &lists = genderWordLists();
    const QString lowered = word.toLower();
    // The longest matching stem wins ("dominant" before "domina").
    QString best;
    for (auto it = lists.alternatives.begin(); it != lists.alternatives.end(); ++it) {
        if (lowered.startsWith(it.key()) && it.key().size() > best.size())
            best = it.key();
    }
    return best.isEmpty() ? QString() : lists.alternatives.value(best);
}

} // namespace hirekit
