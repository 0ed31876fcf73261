#include "gui/SalaryImportJob.h"

#include "storage/LibraryConnection.h"

#include <QThread>

namespace hirekit {

SalaryImportJob::SalaryImportJob(const QString &libraryPath, const QString &csvPath,
                                 const SalaryImportOptions &options, QObject *parent)
    : QObject(parent)
    , m_libraryPath(libraryPath)
    , m_csvPath(csvPath)
    , m_options(options)
{ }

SalaryImportJob::~SalaryImportJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

void SalaryImportJob::start()
{
    if (m_thread)
        return;
    m_thread.reset(QThread::create([this] { run(); }));
    // Queued to this object's thread: result() is complete when finished() arrives.
    connect(m_thread.get(), &QThread::finished, this, &SalaryImportJob::finished,
            Qt::QueuedConnection);
    m_thread->start();
}

void SalaryImportJob::cancel()
{
    m_cancel.store(true);
}

bool SalaryImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void SalaryImportJob::run()
{
    // The connection lives and dies on this thread.
    auto connection = LibraryConnection::open(m_libraryPath);
    if (!connection) {
        m_result = Error { connection.error() };
        return;
    }
    m_result = importSalaryCsv((*connection)->database(), m_csvPath, m_options,
                               [this](qint64 done, qint64 total) {
                                   emit progressChanged(done, total);
                                   return !m_cancel.load();
                               });
}

} // namespace hirekit
