#pragma once

#include "core/Result.h"

#include <QString>

namespace hirekit {

// What the first bytes of a file say about it, read without opening SQLite, so a
// file that is not a Hirekit library is refused without a single byte written to it.
struct SqliteHeader
{
    quint32 pageSize = 0;
    quint32 pageCount = 0; // 0 when the header's count is not valid
    qint32 userVersion = 0;
    qint32 applicationId = 0;
    qint64 fileSize = 0;
};

// Reads and checks an existing file's SQLite header. Fails, with a message naming the
// file, for something that is not an SQLite database (text, images, random bytes), an
// empty file, a directory, and (with `checkLength`) a database that is shorter than its
// header says. Leave the length alone when a hot write-ahead log is beside the file: an
// interrupted checkpoint can leave the file short, and the log completes it.
Result<SqliteHeader> probeSqliteFile(const QString &path, bool checkLength = true);

} // namespace hirekit
