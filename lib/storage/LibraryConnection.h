#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace hirekit {

// A further connection to an open library file, for work on another thread: a background
// import writes through one while the window keeps reading through the Library's own
// (WAL lets readers and one writer work at once). Qt Sql binds a connection to the thread
// that made it, so open, use and destroy it on the same thread. It has the pragmas of the
// Library's connection; the file must already be an opened, migrated library.
class LibraryConnection
{
public:
    static Result<std::unique_ptr<LibraryConnection>> open(const QString &path);

    ~LibraryConnection();
    LibraryConnection(const LibraryConnection &) = delete;
    LibraryConnection &operator=(const LibraryConnection &) = delete;

    QSqlDatabase database() const { return m_db; }

private:
    explicit LibraryConnection(const QString &name);

    QString m_name;
    QSqlDatabase m_db;
};

} // namespace hirekit
