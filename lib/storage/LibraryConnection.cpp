#include "storage/LibraryConnection.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

// The translation context of this file's messages.
struct LibraryConnectionText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::LibraryConnection)
};

std::atomic<int> s_counter { 0 };

// As long as the main connection waits: a writer on another connection finishes its
// statement in far less.
constexpr int BusyTimeoutMs = 2000;

} // namespace

LibraryConnection::LibraryConnection(const QString &name)
    : m_name(name)
{ }

LibraryConnection::~LibraryConnection()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<LibraryConnection>> LibraryConnection::open(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        return Error {
            LibraryConnectionText::tr("Cannot open %1: there is no such file.").arg(path)
        };
    }
    std::unique_ptr<LibraryConnection> connection(
        new LibraryConnection(u"hirekit-connection-%1"_s.arg(++s_counter)));
    connection->m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection->m_name);
    connection->m_db.setDatabaseName(path);
    connection->m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
    const auto failed = [&](const QSqlError &error) {
        return Error { LibraryConnectionText::tr("Cannot open %1: %2").arg(path, error.text()) };
    };
    if (!connection->m_db.open())
        return failed(connection->m_db.lastError());
    QSqlQuery query(connection->m_db);
    // The same as Library's connection: foreign keys enforced, every commit durable. WAL
    // is a property of the file, set when the Library opened it.
    for (const QString &pragma :
         { u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = FULL"_s }) {
        if (!query.exec(pragma))
            return failed(query.lastError());
    }
    if (!query.exec(u"PRAGMA journal_mode"_s) || !query.next())
        return failed(query.lastError());
    if (query.value(0).toString() != u"wal"_s) {
        return Error { LibraryConnectionText::tr(
                           "Cannot open a second connection to %1: it is not in write-ahead "
                           "logging mode, so it is not an open Hirekit library.")
                           .arg(path) };
    }
    return connection;
}

} // namespace hirekit
