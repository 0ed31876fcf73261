#pragma once

#include <QString>
#include <QStringList>

namespace hirekit {

// Splits an SQL script into statements for QSqlQuery, which runs one at a time.
// Statements end with ';' at the end of a line; a CREATE TRIGGER runs on to its
// "END;" line. Lines starting with "--" are comments.
QStringList splitSqlScript(const QString &script);

} // namespace hirekit
