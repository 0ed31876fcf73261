#include "gui/SalarySortJob.h"

#include "storage/LibraryConnection.h"
#include "storage/SalaryRepository.h"

#include <QThread>

namespace hirekit {

SalarySortJob::SalarySortJob(QObject *parent)
    : QObject(parent)
{ }

SalarySortJob::~SalarySortJob()
{
    for (const auto &thread : m_threads)
        thread->wait();
}

int SalarySortJob::start(const QString &libraryPath, const SalaryRowQuery &query)
{
    // Finished runs are let go here, on this object's thread.
    std::erase_if(m_threads, [](const auto &thread) { return thread->isFinished(); });
    const int run = ++m_runs;
    auto *thread = QThread::create([this, run, libraryPath, query] {
        QList<qint64> ids;
        QString error;
        // The connection lives and dies on this thread, as Qt Sql requires.
        if (auto connection = LibraryConnection::open(libraryPath); !connection) {
            error = connection.error();
        } else if (auto read = SalaryRepository((*connection)->database()).rowIds(query); !read) {
            error = read.error();
        } else {
            ids = std::move(read).value();
        }
        // Queued: the receivers live on the window's thread.
        emit finished(run, ids, error);
    });
    m_threads.emplace_back(thread);
    thread->start();
    return run;
}

bool SalarySortJob::isRunning() const
{
    return std::any_of(m_threads.cbegin(), m_threads.cend(),
                       [](const auto &thread) { return thread->isRunning(); });
}

} // namespace hirekit
