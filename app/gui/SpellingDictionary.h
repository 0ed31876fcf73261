#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace hirekit {

class SpellChecker;

// The spell checker the whole window shares: Debian's en_US dictionary with the project's
// technical words (lib's SpellChecker) and the words the user added with "Add to Word List",
// which AppSettings keeps. Loaded the first time something asks for it, so a window that never
// shows a posting never reads the dictionary.
class SpellingDictionary : public QObject
{
    Q_OBJECT

public:
    // The application's one instance (owned by the application object).
    static SpellingDictionary *instance();

    // nullptr when the dictionary could not be loaded; errorString() says why.
    SpellChecker *checker();
    QString errorString() const { return m_errorString; }

    // Accepts `word` from now on, here and in every later session.
    void addWord(const QString &word);

signals:
    // A word was added: checks and underlines are out of date.
    void wordsChanged();

private:
    explicit SpellingDictionary(QObject *parent);
    ~SpellingDictionary() override;

    std::shared_ptr<SpellChecker> m_checker;
    QString m_errorString;
    bool m_loaded = false;
};

} // namespace hirekit
