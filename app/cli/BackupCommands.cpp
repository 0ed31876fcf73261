// hirekit db backups and hirekit db restore: the automatic backups of a library
// (LibraryBackups) from the command line.

#include "cli/CommandLine.h"
#include "cli/CommandSupport.h"
#include "cli/Commands.h"
#include "cli/TextTable.h"
#include "storage/Library.h"
#include "storage/LibraryBackups.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace hirekit::cli {

namespace {

// The translation context of this file's messages.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::cli)
};

QString libraryPath(const Invocation &invocation)
{
    const QString path = invocation.parser.value(u"db"_s);
    return path.isEmpty() ? Library::defaultPath() : path;
}

// As the JSON and the table spell a backup's kind.
QString kindKey(const BackupInfo &backup)
{
    switch (backup.kind) {
    case BackupInfo::Kind::Daily:
        return u"daily"_s;
    case BackupInfo::Kind::BeforeUpgrade:
        return u"before-v%1"_s.arg(backup.version);
    case BackupInfo::Kind::BeforeRestore:
        return u"before-restore"_s;
    case BackupInfo::Kind::Other:
        break;
    }
    return u"other"_s;
}

} // namespace

int listBackups(Invocation &invocation)
{
    const LibraryBackups backups(libraryPath(invocation));
    const QList<BackupInfo> list = backups.list();
    if (wantsJson(invocation)) {
        QJsonArray array;
        for (const BackupInfo &backup : list) {
            array.append(QJsonObject { { u"path"_s, backup.path },
                                       { u"created"_s, backup.created.toString(Qt::ISODate) },
                                       { u"kind"_s, kindKey(backup) },
                                       { u"size"_s, backup.size } });
        }
        printJson(invocation, array);
        return ExitOk;
    }
    TextTable table(
        { CliText::tr("TAKEN"), CliText::tr("KIND"), CliText::tr("SIZE"), CliText::tr("FILE") },
        { false, false, true });
    for (const BackupInfo &backup : list) {
        table.addRow(
            { QLocale::c().toString(backup.created.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s),
              kindKey(backup), QString::number(backup.size), backup.path });
    }
    table.print(invocation.out);
    if (list.isEmpty()) {
        invocation.err << CliText::tr("hirekit: no automatic backups of %1 in %2 yet.")
                              .arg(backups.libraryPath(), backups.folder())
                       << '\n';
    }
    return ExitOk;
}

int restoreBackup(Invocation &invocation)
{
    const QStringList words = invocation.parser.positionalArguments();
    if (words.size() < 3) {
        invocation.err << CliText::tr("hirekit: db restore needs the backup FILE.") << '\n';
        return ExitUsage;
    }
    const QString backup = words.at(2);
    LibraryBackups backups(libraryPath(invocation));
    // The command line removes no backups; the window prunes to the user's setting.
    const auto restored = backups.restore(backup, 0);
    if (!restored)
        return fail(invocation, restored.error());
    invocation.out << CliText::tr("Restored %1 into %2").arg(backup, backups.libraryPath()) << '\n';
    if (!restored->path.isEmpty()) {
        invocation.out << CliText::tr("The library as it was is kept as %1").arg(restored->path)
                       << '\n';
    }
    return ExitOk;
}

} // namespace hirekit::cli
