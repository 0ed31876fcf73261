#include "gui/LibraryHealthCheck.h"

#include "storage/Library.h"
#include "storage/LibraryConnection.h"

#include <QThread>

namespace hirekit {

LibraryHealthCheck::LibraryHealthCheck(QObject *parent)
    : QObject(parent)
{ }

LibraryHealthCheck::~LibraryHealthCheck()
{
    if (m_thread)
        m_thread->wait();
}

bool LibraryHealthCheck::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void LibraryHealthCheck::start(const QString &path)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_thread = QThread::create([this, path] {
        QStringList problems;
        QString error;
        // The connection lives and dies on this thread, as Qt Sql requires.
        if (auto connection = LibraryConnection::open(path); !connection) {
            error = connection.error();
        } else if (auto checked = Library::quickCheck((*connection)->database()); !checked) {
            error = checked.error();
        } else {
            problems = *checked;
        }
        // Queued: the receivers live on the window's thread.
        emit finished(path, problems, error);
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace hirekit
