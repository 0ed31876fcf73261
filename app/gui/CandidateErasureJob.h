#pragma once

#include "core/Result.h"
#include "storage/CandidateRepository.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QThread;

namespace hirekit {

// Erases one candidate (CandidateRepository::erase) on a worker thread with its own
// connection to the library file. An erasure merges the whole search index of interviewers'
// notes, so that no trace of the erased words is left, and writes that through the
// write-ahead log: a third of a second with 20,000 scorecards, and more as notes pile up,
// too long for the GUI thread. WAL lets the window keep reading meanwhile; the erasure is one
// transaction, so it happens whole or not at all.
class CandidateErasureJob : public QObject
{
    Q_OBJECT

public:
    CandidateErasureJob(const QString &libraryPath, qint64 candidateId, QObject *parent = nullptr);
    // Waits for the erasure to end: it is not stopped halfway.
    ~CandidateErasureJob() override;

    void start();
    qint64 candidateId() const { return m_candidateId; }
    // The outcome, once finished() was emitted.
    const std::optional<Result<ErasureReport>> &result() const { return m_result; }

signals:
    void finished();

private:
    QString m_libraryPath;
    qint64 m_candidateId = 0;
    std::unique_ptr<QThread> m_thread;
    std::optional<Result<ErasureReport>> m_result;
};

} // namespace hirekit
