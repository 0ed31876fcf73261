#pragma once

#include <QSqlDatabase>
#include <QString>

namespace hirekit {

// A transaction held for a scope: commit() makes its changes permanent, leaving the scope
// without commit() rolls every change back. Transactions nest (the inner ones are
// savepoints), so a repository can guard its own multi-statement writes and still run
// inside a caller's larger transaction. The outermost one takes the library's write lock at
// once (BEGIN IMMEDIATE), so two Hirekit processes on one library wait for each other
// instead of failing; see Transaction.cpp.
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

    // How often, in this process, the start of a transaction found the library busy for
    // longer than the busy timeout and tried again (for the two-instance test's figures).
    static int busyRetries();

    // Tries to take the write lock after the busy timeout ran out, before giving up.
    static constexpr int MaxBusyRetries = 4;

private:
    bool exec(const QString &sql);

    QSqlDatabase m_db;
    QString m_name; // the savepoint's name; empty for the outermost transaction
    QString m_error;
    bool m_active = false;
};

} // namespace hirekit
