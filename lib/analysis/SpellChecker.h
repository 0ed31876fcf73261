#pragma once

// Spelling of a posting's prose with Hunspell (Debian's libhunspell and the hunspell-en-us
// dictionary), plus the words a posting for engineers uses that no general dictionary has:
// the project's word list of technical terms (resources/checks/technical-words.txt: Kubernetes,
// PostgreSQL, GraphQL, ...) and the words the person added ("Add to Word List", kept by the
// app's settings and handed in with addWords()).
//
// What counts as a word to check: letters with apostrophes inside ("team's"); hyphenated
// words are checked whole and, when Hunspell refuses the whole, part by part, so only the
// wrong part is marked. Skipped, as KDE's Sonnet skips them: words with digits ("401k",
// "S3"), words in capitals ("AWS", "PTO": acronyms), single letters, runs of letters longer
// than any English word (over 45), and anything inside a web address or an e-mail address.

#include "analysis/GenderCoding.h" // TextWord
#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class Hunspell;

namespace hirekit {

class SpellChecker
{
public:
    // Debian's en_US dictionary: /usr/share/hunspell/en_US.aff and .dic.
    static QString defaultAffixPath();
    static QString defaultDictionaryPath();

    // Loads a Hunspell dictionary and the project's technical words. A missing or unreadable
    // file is an error naming it (Hunspell itself would quietly accept nothing).
    static Result<std::shared_ptr<SpellChecker>> open(const QString &affixPath,
                                                      const QString &dictionaryPath);
    static Result<std::shared_ptr<SpellChecker>> openDefault();

    ~SpellChecker();
    SpellChecker(const SpellChecker &) = delete;
    SpellChecker &operator=(const SpellChecker &) = delete;

    // Whether one word is spelled right (a word as words() cuts them).
    bool isCorrect(const QString &word) const;
    // Hunspell's suggestions, best first, at most `max`.
    QStringList suggestions(const QString &word, int max = 6) const;
    // Accepts more words from now on (the user's word list); "CI/CD" adds "CI" and "CD".
    void addWords(const QStringList &words);

    // The words of `text` that are checked, with their positions.
    static QList<TextWord> words(const QString &text);
    // The misspelled ones, in text order, as typed (not lowercased); of a hyphenated word
    // only the wrong parts. The words of `alsoAccepted` count as right (a posting's company
    // name is spelled as the company spells it).
    QList<TextWord> misspelledWords(const QString &text,
                                    const QStringList &alsoAccepted = {}) const;

private:
    SpellChecker();
    bool spell(const QString &word) const;

    std::unique_ptr<Hunspell> m_hunspell;
    // Whether the dictionary is UTF-8 (the .aff file's SET line); else ISO 8859-1.
    bool m_utf8 = true;
    // Hunspell takes a few microseconds a word; a posting repeats its words, and the checks
    // run on every pause in typing.
    mutable QHash<QString, bool> m_cache;
};

// The project's technical words, read once from the resource file.
const QStringList &technicalWords();

} // namespace hirekit
