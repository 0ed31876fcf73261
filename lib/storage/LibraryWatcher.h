#pragma once

#include <QObject>
#include <QSqlDatabase>

class QTimer;

namespace hirekit {

// Notices that another connection (another Hirekit window, the command line, a worker
// thread) committed to the library, so the window can read again what it shows. It asks
// SQLite's PRAGMA data_version on a timer and whenever poll() is called: the number is per
// connection, costs no disk read, and changes only when ANOTHER connection commits, so the
// window's own saves never trigger it.
class LibraryWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 2000;

    explicit LibraryWatcher(QObject *parent = nullptr);

    // Watches through `db` (the window's connection); an invalid one stops watching.
    void setDatabase(QSqlDatabase db);
    void setInterval(int milliseconds);

    // Looks now; true (and changedElsewhere()) when another connection committed since the
    // last look.
    bool poll();
    // Looks now without telling: true when another connection committed since the last
    // look, which then counts as seen. For a caller that knows who wrote (the window's own
    // worker threads, which commit through connections of their own).
    bool takeChange();

signals:
    void changedElsewhere();

private:
    qint64 readVersion() const;

    QSqlDatabase m_db;
    QTimer *m_timer = nullptr;
    qint64 m_version = -1;
};

} // namespace hirekit
