#pragma once

#include <QSemaphore>
#include <QString>

#include <atomic>
#include <memory>

class QThread;
struct sqlite3;

namespace hirekit {

class Library;

// Takes the write-ahead log's checkpoints off the thread of a library's own connection (the
// window's). SQLite checkpoints in the commit that brings the log to 1,000 pages: that commit
// then copies the log into the file and syncs it, several milliseconds where a save takes half
// of one. On a library of 10,000 scorecards the slowest hundredth of note saves took 6.0 ms
// with those checkpoints and 2.6 ms without (measured with Debian's SQLite on a copy). While
// this object lives, the connection's commits only note how long the log is
// (sqlite3_wal_hook); a worker thread, started at the first checkpoint, runs it on a
// connection of its own, PASSIVE (it never waits for a reader or the writer). Destroyed, it
// gives the checkpoints back to the connection. The library must outlive it.
class BackgroundCheckpoints
{
public:
    // SQLite's own threshold.
    static constexpr int DefaultPages = 1000;

    explicit BackgroundCheckpoints(Library &library, int pages = DefaultPages);
    ~BackgroundCheckpoints();
    BackgroundCheckpoints(const BackgroundCheckpoints &) = delete;
    BackgroundCheckpoints &operator=(const BackgroundCheckpoints &) = delete;

    // Checkpoints the worker has run so far (each when the log had reached `pages`).
    int checkpointsRun() const { return m_run.load(); }
    // Whether this object checkpoints for the connection: false for a database other than
    // SQLite, which keeps no such log.
    bool isActive() const { return m_handle != nullptr; }

private:
    static int logWritten(void *self, sqlite3 *, const char *, int pages);
    void checkpointLoop();

    QString m_path; // the library's, which the worker opens
    sqlite3 *m_handle = nullptr;
    int m_pages = DefaultPages;
    int m_askedAt = 0; // the log's pages when the last checkpoint was asked for
    std::unique_ptr<QThread> m_thread;
    QSemaphore m_wake;
    std::atomic<bool> m_pending { false };
    std::atomic<bool> m_stopping { false };
    std::atomic<int> m_run { 0 };
};

} // namespace hirekit
