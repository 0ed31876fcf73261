// hirekit db backup, db backups and db restore through the real binary.

#include "HirekitProcess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCliBackups : public QObject
{
    Q_OBJECT

private slots:
    void backupRestoreAndList()
    {
        QTemporaryDir dir;
        const QString home = dir.filePath(u"home"_s);
        const QString library = dir.filePath(u"team.sqlite"_s);
        const QString copy = dir.filePath(u"copy.sqlite"_s);
        auto run = runHirekit(home, { u"--db"_s, library, u"postings"_s, u"list"_s });
        QCOMPARE(run.exitCode, 0);
        run = runHirekit(home, { u"--db"_s, library, u"db"_s, u"backups"_s, u"--json"_s });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 0);

        run = runHirekit(home, { u"--db"_s, library, u"db"_s, u"backup"_s, u"--out"_s, copy });
        QCOMPARE(run.exitCode, 0);
        const QString posting = dir.filePath(u"posting.json"_s);
        QFile file(posting);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"title": "Written after the backup"})");
        file.close();
        run = runHirekit(home, { u"--db"_s, library, u"postings"_s, u"import"_s, posting });
        QCOMPARE(run.exitCode, 0);

        // Something that is not a library is refused, and the library stays as it is.
        const QByteArray before = fileHash(library);
        run = runHirekit(home, { u"--db"_s, library, u"db"_s, u"restore"_s, posting });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"not a Hirekit library"_s), qPrintable(run.err));
        QCOMPARE(fileHash(library), before);
        run = runHirekit(home, { u"--db"_s, library, u"db"_s, u"restore"_s });
        QCOMPARE(run.exitCode, 2);

        run = runHirekit(home, { u"--db"_s, library, u"db"_s, u"restore"_s, copy });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"kept as"_s), qPrintable(run.out));
        run = runHirekit(home, { u"--db"_s, library, u"postings"_s, u"list"_s });
        QVERIFY(!run.out.contains(u"Written after the backup"_s));

        run = runHirekit(home, { u"--db"_s, library, u"db"_s, u"backups"_s, u"--json"_s });
        QCOMPARE(run.exitCode, 0);
        const QJsonArray backups = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.first()[u"kind"_s].toString(), u"before-restore"_s);
        QVERIFY(backups.first()[u"size"_s].toInteger() > 0);
        run = runHirekit(home, { u"--db"_s, library, u"db"_s, u"check"_s });
        QCOMPARE(run.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliBackups)
#include "tst_cli_backups.moc"
