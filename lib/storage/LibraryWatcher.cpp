#include "storage/LibraryWatcher.h"

#include "storage/SqlRows.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace hirekit {

LibraryWatcher::LibraryWatcher(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(DefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &LibraryWatcher::poll);
}

void LibraryWatcher::setDatabase(QSqlDatabase db)
{
    m_db = std::move(db);
    m_version = m_db.isValid() && m_db.isOpen() ? readVersion() : -1;
    if (m_version >= 0)
        m_timer->start();
    else
        m_timer->stop();
}

void LibraryWatcher::setInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

bool LibraryWatcher::poll()
{
    if (!takeChange())
        return false;
    emit changedElsewhere();
    return true;
}

bool LibraryWatcher::takeChange()
{
    if (m_version < 0 || !m_db.isOpen())
        return false;
    const qint64 version = readVersion();
    if (version < 0 || version == m_version)
        return false;
    m_version = version;
    return true;
}

qint64 LibraryWatcher::readVersion() const
{
    return sql::dataVersion(m_db);
}

} // namespace hirekit
