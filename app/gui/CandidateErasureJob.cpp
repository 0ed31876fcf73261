#include "gui/CandidateErasureJob.h"

#include "storage/LibraryConnection.h"

#include <QThread>

namespace hirekit {

CandidateErasureJob::CandidateErasureJob(const QString &libraryPath, qint64 candidateId,
                                         QObject *parent)
    : QObject(parent)
    , m_libraryPath(libraryPath)
    , m_candidateId(candidateId)
{ }

CandidateErasureJob::~CandidateErasureJob()
{
    if (m_thread)
        m_thread->wait();
}

void CandidateErasureJob::start()
{
    if (m_thread)
        return;
    m_thread.reset(QThread::create([this] {
        // The connection lives and dies on this thread.
        auto connection = LibraryConnection::open(m_libraryPath);
        if (!connection)
            m_result = Error { connection.error() };
        else
            m_result = CandidateRepository((*connection)->database()).erase(m_candidateId);
    }));
    // Queued to this object's thread: result() is complete when finished() arrives.
    connect(m_thread.get(), &QThread::finished, this, &CandidateErasureJob::finished,
            Qt::QueuedConnection);
    m_thread->start();
}

} // namespace hirekit
