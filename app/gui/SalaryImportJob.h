#pragma once

#include "core/Result.h"
#include "io/SalaryImport.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace hirekit {

// Runs one salary CSV import on a worker thread, so the window stays responsive while a
// million rows go in. The thread opens its own connection to the library file (Qt Sql
// connections belong to one thread; WAL lets the window keep reading meanwhile), and the
// import is one transaction: cancel() or a failure leaves the library as it was.
class SalaryImportJob : public QObject
{
    Q_OBJECT

public:
    SalaryImportJob(const QString &libraryPath, const QString &csvPath,
                    const SalaryImportOptions &options, QObject *parent = nullptr);
    // Cancels a running import and waits for its thread.
    ~SalaryImportJob() override;

    void start();
    // Asks the import to stop at its next progress report (every 2,000 rows).
    void cancel();
    bool isRunning() const;
    bool wasCancelled() const { return m_cancel.load(); }
    // The outcome, once finished() was emitted.
    const std::optional<Result<SalaryImportReport>> &result() const { return m_result; }

signals:
    // From the worker thread, delivered queued: bytes of the file read so far.
    void progressChanged(qint64 done, qint64 total);
    void finished();

private:
    void run();

    QString m_libraryPath;
    QString m_csvPath;
    SalaryImportOptions m_options;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_cancel { false };
    std::optional<Result<SalaryImportReport>> m_result;
};

} // namespace hirekit
