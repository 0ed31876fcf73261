#pragma once

#include <QSqlDatabase>
#include <QString>

namespace hirekit {

// A savepoint held for a scope: commit() releases it, leaving the scope without
// commit() rolls every change back. Savepoints nest, so a repository can guard its own
// multi-statement writes and still run inside a caller's larger transaction.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    QString errorString() const { return m_error; }
    bool commit();

private:
    bool exec(const QString &sql);

    QSqlDatabase m_db;
    QString m_name;
    QString m_error;
    bool m_active = false;
};

} // namespace hirekit
