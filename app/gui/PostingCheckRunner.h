#pragma once

#include "analysis/PostingChecks.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace hirekit {

class PostingDocument;

// Runs the posting checks (lib's runPostingChecks, spelling included) on the open posting a
// moment after the last change, so a typing burst costs one run, and keeps the result for the
// checks panel and the editors' highlights. Opening a posting checks it after the same pause.
// The first run waits for the spelling dictionary to load in the background
// (SpellingDictionary::loadInBackground()); runNow() loads it on the spot.
class PostingCheckRunner : public QObject
{
    Q_OBJECT

public:
    // The pause after the last change before the checks run again.
    static constexpr int DefaultDelayMs = 350;

    explicit PostingCheckRunner(QObject *parent = nullptr);
    ~PostingCheckRunner() override;

    // nullptr forgets the last result. The runner does not own the document.
    void setDocument(PostingDocument *document);
    PostingDocument *document() const { return m_document; }

    // The result of the last run; its positions are valid while isPending() is false.
    const PostingChecks &checks() const { return m_checks; }
    // The posting changed since the last run (or the run waits for the dictionary).
    bool isPending() const;
    // The open posting has been checked at least once (not yet in the pause after it opens).
    bool hasResult() const { return m_hasResult; }
    // Why spelling is not checked (no dictionary); empty when it is.
    QString spellingError() const { return m_spellingError; }

    void runNow();
    void setDelay(int milliseconds);

signals:
    // A run finished; checks() holds its result.
    void checked();

private:
    void runOnceDictionaryLoaded();

    QPointer<PostingDocument> m_document;
    QTimer *m_timer = nullptr;
    PostingChecks m_checks;
    QString m_spellingError;
    bool m_hasResult = false;
    bool m_waitingForDictionary = false;
};

} // namespace hirekit
