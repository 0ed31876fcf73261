#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QThread;

namespace hirekit {

// SQLite's quick_check of a library on a worker thread, through its own connection. The
// window opens a library without it (the check reads the whole file: a third of a second
// for 300 MB) and runs it here once it shows; `finished` reports what was found.
class LibraryHealthCheck : public QObject
{
    Q_OBJECT

public:
    explicit LibraryHealthCheck(QObject *parent = nullptr);
    // Waits for a check still running (it cannot be stopped half way; it ends within a
    // second or so even on a big library).
    ~LibraryHealthCheck() override;

    void start(const QString &path);
    bool isRunning() const;

signals:
    // `problems` empty and `error` empty: the library is healthy. `error`: the check
    // itself could not run.
    void finished(const QString &path, const QStringList &problems, const QString &error);

private:
    QThread *m_thread = nullptr;
};

} // namespace hirekit
