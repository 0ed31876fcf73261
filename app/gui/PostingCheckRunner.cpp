#include "gui/PostingCheckRunner.h"

#include "gui/PostingDocument.h"
#include "gui/SpellingDictionary.h"

#include <QTimer>

namespace hirekit {

PostingCheckRunner::PostingCheckRunner(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(DefaultDelayMs);
    connect(m_timer, &QTimer::timeout, this, &PostingCheckRunner::runOnceDictionaryLoaded);
    SpellingDictionary *dictionary = SpellingDictionary::instance();
    // A word added to the word list changes what is misspelled everywhere.
    connect(dictionary, &SpellingDictionary::wordsChanged, this, &PostingCheckRunner::runNow);
    connect(dictionary, &SpellingDictionary::loaded, this, [this] {
        if (!m_waitingForDictionary)
            return;
        // Typed meanwhile: the run waits for the pause, as any other.
        if (m_timer->isActive())
            m_waitingForDictionary = false;
        else
            runNow();
    });
}

PostingCheckRunner::~PostingCheckRunner() = default;

void PostingCheckRunner::setDocument(PostingDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        // Restarting a running single-shot timer is all a keystroke pays for the checks.
        connect(m_document, &PostingDocument::changed, m_timer, qOverload<>(&QTimer::start));
    }
    // The last posting's findings go at once; this one is checked a moment after it opens,
    // once the window has painted it: opening (and start-up) never wait for the checks or
    // for loading the dictionary.
    m_checks = {};
    m_spellingError.clear();
    m_hasResult = false;
    m_waitingForDictionary = false;
    emit checked();
    if (m_document)
        m_timer->start();
}

bool PostingCheckRunner::isPending() const
{
    return m_timer->isActive() || m_waitingForDictionary;
}

void PostingCheckRunner::runOnceDictionaryLoaded()
{
    SpellingDictionary *dictionary = SpellingDictionary::instance();
    if (!m_document || dictionary->isLoaded()) {
        runNow();
        return;
    }
    // The first run after start-up: the dictionary loads on a background thread while the
    // window goes on, and the checks run when it is there.
    m_waitingForDictionary = true;
    dictionary->loadInBackground();
}

void PostingCheckRunner::runNow()
{
    m_timer->stop();
    m_waitingForDictionary = false;
    if (m_document) {
        SpellingDictionary *dictionary = SpellingDictionary::instance();
        m_checks =
            runPostingChecks(m_document->posting(), QDate::currentDate(), dictionary->checker());
        m_spellingError = dictionary->errorString();
        m_hasResult = true;
    } else {
        m_checks = {};
        m_spellingError.clear();
        m_hasResult = false;
    }
    emit checked();
}

void PostingCheckRunner::setDelay(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

} // namespace hirekit
