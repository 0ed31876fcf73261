#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace hirekit {

// The one way import files in JSON are read (postings, scorecards), so every importer refuses
// the same things with the same kind of message: what is wrong and where (line and column, or
// the key). Refused besides what QJsonDocument refuses: an empty file, a file larger than
// MaxJsonFileBytes, a document that is not one object, and a key that appears twice in one
// object (which of the two values was meant cannot be known; Qt would silently keep one).

// Import files are a few kilobytes; a file this large is not one of them, and reading it
// whole would only cost memory.
inline constexpr qint64 MaxJsonFileBytes = 16 * 1024 * 1024;

// Parses `data` as one JSON object. `shown` names the file in messages; `what` says what the
// object should be ("a posting") for a document of another shape.
Result<QJsonObject> jsonObjectFromBytes(const QByteArray &data, const QString &shown,
                                        const QString &what);
// Reads `path` and parses it as above; messages name `path` as given.
Result<QJsonObject> readJsonObjectFile(const QString &path, const QString &what);

// "line 3, column 14" for a byte offset into `data`; columns count characters, not bytes.
QString jsonPosition(const QByteArray &data, qsizetype offset);

} // namespace hirekit
