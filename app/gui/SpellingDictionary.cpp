#include "gui/SpellingDictionary.h"

#include "analysis/SpellChecker.h"
#include "gui/AppSettings.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

namespace hirekit {

// What a load hands over: the checker, or why there is none.
struct SpellingDictionary::Loading
{
    std::shared_ptr<SpellChecker> checker;
    QString error;

    void load(const QString &affixPath, const QString &dictionaryPath, const QStringList &words)
    {
        auto opened = SpellChecker::open(affixPath, dictionaryPath);
        if (!opened) {
            error = opened.error();
            return;
        }
        checker = opened.value();
        checker->addWords(words);
    }
};

SpellingDictionary::SpellingDictionary(const QString &affixPath, const QString &dictionaryPath,
                                       QObject *parent)
    : QObject(parent)
    , m_affixPath(affixPath)
    , m_dictionaryPath(dictionaryPath)
{ }

SpellingDictionary::~SpellingDictionary()
{
    // Hunspell cannot be stopped half-way; the load takes a few tens of milliseconds.
    if (m_loader) {
        m_loader->wait();
        delete m_loader;
    }
}

SpellingDictionary *SpellingDictionary::instance()
{
    static QPointer<SpellingDictionary> dictionary;
    if (!dictionary) {
        dictionary = new SpellingDictionary(SpellChecker::defaultAffixPath(),
                                            SpellChecker::defaultDictionaryPath(),
                                            QCoreApplication::instance());
    }
    return dictionary;
}

void SpellingDictionary::loadInBackground()
{
    if (m_loaded || m_loader)
        return;
    m_loading = std::make_shared<Loading>();
    // The settings are read here: QSettings belongs to the thread that made it.
    m_loader = QThread::create(
        [loading = m_loading, affix = m_affixPath, dictionary = m_dictionaryPath,
         words = AppSettings().spellingWords()] { loading->load(affix, dictionary, words); });
    // Owned here too: were the application to quit before its deleteLater() runs, the
    // dictionary still deletes it.
    m_loader->setParent(this);
    connect(m_loader, &QThread::finished, this, &SpellingDictionary::backgroundLoadEnded);
    m_loader->start();
}

void SpellingDictionary::takeLoaded(Loading &loading)
{
    m_checker = std::move(loading.checker);
    m_errorString = std::move(loading.error);
    m_loaded = true;
}

void SpellingDictionary::backgroundLoadEnded()
{
    m_loader->deleteLater();
    m_loader = nullptr;
    // checker() may have waited for the thread and taken the dictionary already.
    if (!m_loaded)
        takeLoaded(*m_loading);
    m_loading.reset();
    emit loaded();
}

SpellChecker *SpellingDictionary::checker()
{
    if (m_loaded)
        return m_checker.get();
    if (m_loader) {
        // loaded() still follows from the event loop, when the thread's end is delivered.
        m_loader->wait();
        takeLoaded(*m_loading);
    } else {
        Loading loading;
        loading.load(m_affixPath, m_dictionaryPath, AppSettings().spellingWords());
        takeLoaded(loading);
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
