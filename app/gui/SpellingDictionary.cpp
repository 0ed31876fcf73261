#include "gui/SpellingDictionary.h"

#include "analysis/SpellChecker.h"
#include "gui/AppSettings.h"

#include <QCoreApplication>
#include <QPointer>

namespace hirekit {

SpellingDictionary::SpellingDictionary(QObject *parent)
    : QObject(parent)
{ }

SpellingDictionary::~SpellingDictionary() = default;

SpellingDictionary *SpellingDictionary::instance()
{
    static QPointer<SpellingDictionary> dictionary;
    if (!dictionary)
        dictionary = new SpellingDictionary(QCoreApplication::instance());
    return dictionary;
}

SpellChecker *SpellingDictionary::checker()
{
    if (!m_loaded) {
        m_loaded = true;
        auto opened = SpellChecker::openDefault();
        if (opened) {
            m_checker = opened.value();
            m_checker->addWords(AppSettings().spellingWords());
        } else {
            m_errorString = opened.error();
        }
    }
    return m_checker.get();
}

void SpellingDictionary::addWord(const QString &word)
{
    const QString trimmed = word.trimmed();
    if (trimmed.isEmpty())
        return;
    AppSettings settings;
    QStringList words = settings.spellingWords();
    if (!words.contains(trimmed)) {
        words.append(trimmed);
        settings.setSpellingWords(words);
    }
    if (SpellChecker *spelling = checker())
        spelling->addWords({ trimmed });
    emit wordsChanged();
}

} // namespace hirekit
