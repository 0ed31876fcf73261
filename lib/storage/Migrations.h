#pragma once

#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace hirekit {

// One schema step, read from the resources (":/migrations/NNN_name.sql").
struct Migration
{
    int version = 0;
    QString name;
    QString script;
};

// The migrations built into this version, ordered by version (1, 2, ...).
const QList<Migration> &builtinMigrations();

// The schema version this build writes and understands.
int latestSchemaVersion();

// Runs the migrations after `from` up to and including `to` and sets user_version.
// The caller holds the transaction, so a failed step leaves the file as it was.
Status applyMigrations(QSqlDatabase db, int from, int to);

} // namespace hirekit
