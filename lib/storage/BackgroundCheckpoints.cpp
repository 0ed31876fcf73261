#include "storage/BackgroundCheckpoints.h"

#include "storage/Library.h"
#include "storage/LibraryConnection.h"
#include "storage/SqlRows.h"

#include <QThread>

#include <sqlite3.h>

namespace hirekit {

BackgroundCheckpoints::BackgroundCheckpoints(Library &library, int pages)
    : m_path(library.path())
    , m_handle(sql::sqliteHandle(library.database()))
    , m_pages(pages)
{
    // Replaces the connection's automatic checkpoints, which are a hook of the same kind.
    if (m_handle)
        sqlite3_wal_hook(m_handle, &BackgroundCheckpoints::logWritten, this);
}

BackgroundCheckpoints::~BackgroundCheckpoints()
{
    if (m_handle)
        sqlite3_wal_autocheckpoint(m_handle, DefaultPages);
    if (m_thread) {
        m_stopping.store(true);
        m_wake.release();
        m_thread->wait();
    }
}

// On the connection's thread, in each commit, after it is written to the log.
int BackgroundCheckpoints::logWritten(void *self, sqlite3 *, const char *, int pages)
{
    auto *checkpoints = static_cast<BackgroundCheckpoints *>(self);
    // A log is started again by the first write after a checkpoint that copied all of it,
    // while no one reads it. Writes that follow one another faster than the worker
    // checkpoints keep it growing: then another checkpoint is asked for each `m_pages` more,
    // not at every commit (each checkpoint syncs the file, which slows the commits).
    if (pages < checkpoints->m_askedAt)
        checkpoints->m_askedAt = 0;
    if (pages - checkpoints->m_askedAt < checkpoints->m_pages
        || checkpoints->m_pending.exchange(true)) {
        return SQLITE_OK;
    }
    checkpoints->m_askedAt = pages;
    if (!checkpoints->m_thread) {
        checkpoints->m_thread.reset(
            QThread::create([checkpoints] { checkpoints->checkpointLoop(); }));
        checkpoints->m_thread->start(QThread::LowPriority);
    }
    checkpoints->m_wake.release();
    return SQLITE_OK;
}

void BackgroundCheckpoints::checkpointLoop()
{
    // The connection lives and dies on this thread; opened once, at the first checkpoint.
    std::unique_ptr<LibraryConnection> connection;
    for (;;) {
        m_wake.acquire();
        if (m_stopping.load())
            return;
        if (!connection) {
            auto opened = LibraryConnection::open(m_path);
            if (opened)
                connection = std::move(opened).value();
            else
                qWarning("Cannot open the library for its checkpoints: %s",
                         qPrintable(opened.error()));
        }
        // PASSIVE copies what it can beside the window's reads and writes, and never waits
        // for them. Once the log is all copied, the next commit starts it again from its
        // beginning. On failure the next commit's turn comes; SQLite also checkpoints when
        // the last connection closes, and the log only grows meanwhile.
        if (sqlite3 *handle = connection ? sql::sqliteHandle(connection->database()) : nullptr) {
            if (sqlite3_wal_checkpoint_v2(handle, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr,
                                          nullptr)
                == SQLITE_OK) {
                m_run.fetch_add(1);
            }
        }
        m_pending.store(false);
    }
}

} // namespace hirekit
