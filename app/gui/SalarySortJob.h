#pragma once

#include "core/SalaryQuery.h"

#include <QList>
#include <QObject>

#include <memory>
#include <vector>

class QThread;

namespace hirekit {

// Reads the ordered row ids of a salary query whose order no index gives (a figure, the
// level) on a worker thread with its own connection: over a million rows SQLite sorts for
// more than a second, which the window must not wait for. Each start() gets a number back;
// finished() carries it, so the caller keeps the answer to its latest question only. Runs
// are not cut short (SQLite cannot stop a sort halfway without a second handle on the
// connection); the object waits for them when it is destroyed.
class SalarySortJob : public QObject
{
    Q_OBJECT

public:
    explicit SalarySortJob(QObject *parent = nullptr);
    ~SalarySortJob() override;

    int start(const QString &libraryPath, const SalaryRowQuery &query);
    bool isRunning() const;

signals:
    // On the thread this object lives in. `error` is empty when `ids` holds the order.
    void finished(int run, const QList<qint64> &ids, const QString &error);

private:
    std::vector<std::unique_ptr<QThread>> m_threads;
    int m_runs = 0;
};

} // namespace hirekit
