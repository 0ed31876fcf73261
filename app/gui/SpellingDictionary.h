#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QThread;

namespace hirekit {

class SpellChecker;

// The spell checker the whole window shares: Debian's en_US dictionary with the project's
// technical words (lib's SpellChecker) and the words the user added with "Add to Word List",
// which AppSettings keeps. Loaded the first time something asks for it, so a window that never
// shows a posting never reads the dictionary.
//
// Reading the dictionary and building Hunspell's tables takes about 30 ms (bench_checks), two
// frames: the checks ask for it with loadInBackground() and run once loaded() says it is
// there, so the window never waits for it. checker() waits for a load under way, or loads on
// the spot. One load at a time per dictionary; Hunspell 1.7 counts its instances in a shared
// table without a lock, so two dictionaries should not load or go at the same moment.
class SpellingDictionary : public QObject
{
    Q_OBJECT

public:
    // The application's one instance (owned by the application object).
    static SpellingDictionary *instance();

    // A dictionary of its own, from Hunspell's two files (the application's uses Debian's).
    SpellingDictionary(const QString &affixPath, const QString &dictionaryPath,
                       QObject *parent = nullptr);
    ~SpellingDictionary() override;

    // Starts loading on a background thread; loaded() follows. Nothing happens once loaded or
    // while loading.
    void loadInBackground();
    // Whether checker() answers without loading or waiting.
    bool isLoaded() const { return m_loaded; }

    // nullptr when the dictionary could not be loaded; errorString() says why. Loads it now
    // if need be, or waits for the background load to end.
    SpellChecker *checker();
    QString errorString() const { return m_errorString; }

    // Accepts `word` from now on, here and in every later session.
    void addWord(const QString &word);

signals:
    // The background load ended, well or not (errorString()). Sent from the event loop, once.
    void loaded();
    // A word was added: checks and underlines are out of date.
    void wordsChanged();

private:
    struct Loading;
    void takeLoaded(Loading &loading);
    void backgroundLoadEnded();

    QString m_affixPath;
    QString m_dictionaryPath;
    std::shared_ptr<SpellChecker> m_checker;
    QString m_errorString;
    bool m_loaded = false;
    QThread *m_loader = nullptr;
    std::shared_ptr<Loading> m_loading;
};

} // namespace hirekit
