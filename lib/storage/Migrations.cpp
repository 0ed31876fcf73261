#include "storage/Migrations.h"

#include "storage/SqlScript.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

const QDir &scriptFolder()
{
    static const QDir folder(u":/migrations"_s);
    return folder;
}

// The built-in scripts' names, in their order.
QStringList scriptNames()
{
    return scriptFolder().entryList({ u"*.sql"_s }, QDir::Files, QDir::Name);
}

QList<Migration> loadMigrations()
{
    QList<Migration> migrations;
    const QDir &dir = scriptFolder();
    const QStringList names = scriptNames();
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("Built-in migration %s cannot be read", qPrintable(name));
        bool ok = false;
        const int version = name.section(u'_', 0, 0).toInt(&ok);
        // The resources are part of the binary; a gap in their numbering is a build bug.
        if (!ok || version != migrations.size() + 1)
            qFatal("Built-in migration %s is out of sequence", qPrintable(name));
        migrations.append({ version, name, QString::fromUtf8(file.readAll()) });
    }
    return migrations;
}

} // namespace

const QList<Migration> &builtinMigrations()
{
    static const QList<Migration> migrations = loadMigrations();
    return migrations;
}

int latestSchemaVersion()
{
    // Counted from the scripts' names: every opening asks, and reading the scripts themselves
    // (compressed resources) is needed only to create or upgrade a library, when
    // builtinMigrations() also checks that the names run 1, 2, 3... without a gap. An opening
    // with nothing to upgrade checks nothing: tst_library checks the count is the last version.
    static const int latest = int(scriptNames().size());
    return latest;
}

Status applyMigrations(QSqlDatabase db, int from, int to)
{
    for (const Migration &migration : builtinMigrations()) {
        if (migration.version <= from || migration.version > to)
            continue;
        for (const QString &statement : splitSqlScript(migration.script)) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                return Error { QCoreApplication::translate("hirekit::Migrations",
                                                           "Schema step %1 failed: %2")
                                   .arg(migration.name, query.lastError().text()) };
            }
        }
    }
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version = %1"_s.arg(to))) {
        return Error { QCoreApplication::translate("hirekit::Migrations",
                                                   "Cannot record schema version %1: %2")
                           .arg(to)
                           .arg(query.lastError().text()) };
    }
    return {};
}

} // namespace hirekit
