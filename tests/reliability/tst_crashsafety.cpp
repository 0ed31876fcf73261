// Kills a writing Hirekit process (crash_writer) with SIGKILL at random moments, 200 times
// over the same library, and after every kill checks that the library is intact, opens as it
// is, holds every write the process reported as saved, and has no half-done import.

#include "storage/Library.h"
#include "storage/PostingRepository.h"
#include "storage/SalaryRepository.h"
#include "storage/ScorecardRepository.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hirekit;

namespace {

struct Reported
{
    QHash<qint64, std::pair<quint64, int>> answers; // question -> (sequence, rating)
    quint64 posting = 0; // sequence of the last posting edit
    QStringList imports; // dataset names
    int writes = 0;
};

quint64 sequenceIn(const QString &text)
{
    static const QRegularExpression pattern(u"(?:seq|Edit) (\\d+)"_s);
    const auto match = pattern.match(text);
    return match.hasMatch() ? match.captured(1).toULongLong() : 0;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void survivesKills()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        QVERIFY(Library::open(path, Library::OpenMode::CreateNew).ok());

        const int kills = qEnvironmentVariableIntValue("HIREKIT_CRASH_KILLS") > 0
            ? qEnvironmentVariableIntValue("HIREKIT_CRASH_KILLS")
            : 200;
        QRandomGenerator random(20261129);
        Reported reported;
        QElapsedTimer clock;
        clock.start();
        for (int run = 1; run <= kills; ++run) {
            QProcess writer;
            // Every tenth run imports first and is killed only after that import is reported,
            // so completed imports are checked however slow the build is.
            const bool importFirst = run % 10 == 0;
            QStringList arguments { path, QString::number(run), dir.path() };
            if (importFirst)
                arguments.append(u"import-first"_s);
            writer.start(QStringLiteral(CRASH_WRITER), arguments);
            QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
            // Wait until it has opened the library, then let it write for a random moment.
            QByteArray output;
            while (!output.contains("ready\n") && writer.state() == QProcess::Running) {
                writer.waitForReadyRead(10000);
                output += writer.readAllStandardOutput();
            }
            QVERIFY2(output.contains("ready\n"), writer.readAllStandardError().constData());
            while (importFirst && !output.contains("\nimport ")
                   && writer.state() == QProcess::Running) {
                writer.waitForReadyRead(10000);
                output += writer.readAllStandardOutput();
            }
            QTest::qWait(int(random.bounded(5, 80)));
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished(10000));
            output += writer.readAllStandardOutput();
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            const QByteArray errors = writer.readAllStandardError();
            QVERIFY2(errors.isEmpty(), errors.constData());

            const QList<QByteArray> lines = output.split('\n');
            for (const QByteArray &line : lines) {
                const QList<QByteArray> words = line.split(' ');
                if (words.first() == "answer" && words.size() == 4) {
                    reported.answers[words.at(1).toLongLong()] = { words.at(2).toULongLong(),
                                                                   words.at(3).toInt() };
                    ++reported.writes;
                } else if (words.first() == "posting" && words.size() == 2) {
                    reported.posting = words.at(1).toULongLong();
                    ++reported.writes;
                } else if (words.first() == "import" && words.size() == 3) {
                    QCOMPARE(words.at(2), QByteArray("2000"));
                    reported.imports.append(QString::fromUtf8(words.at(1)));
                    ++reported.writes;
                }
            }
            verify(path, reported);
        }
        qInfo("%d kills, %d writes reported and found, %lld ms", kills, reported.writes,
              clock.elapsed());
        QVERIFY(reported.writes > kills); // the writer really wrote between kills
        QVERIFY(!reported.imports.isEmpty());
    }

private:
    void verify(const QString &path, const Reported &reported)
    {
        // Opens as it is: no upgrade, no repair, nothing to ask.
        auto library = Library::open(path, Library::OpenMode::OpenExisting);
        QVERIFY2(library.ok(), qPrintable(library.error()));
        QVERIFY((*library)->migrationBackupPath().isEmpty());
        const auto problems = (*library)->check();
        QVERIFY2(problems.ok() && problems->isEmpty(),
                 qPrintable(problems ? problems->join(u'\n') : problems.error()));
        QSqlDatabase db = (*library)->database();

        const auto cards = ScorecardRepository(db).list();
        QVERIFY(cards.ok());
        if (!reported.answers.isEmpty()) {
            QCOMPARE(cards->size(), 1);
            for (const ScorecardAnswer &answer : cards->first().answers) {
                const auto it = reported.answers.constFind(answer.questionId);
                if (it == reported.answers.cend())
                    continue;
                // The reported write, or one the process made after it but had no time to report.
                const quint64 stored = sequenceIn(answer.note);
                QVERIFY2(
                    stored >= it->first,
                    qPrintable(u"question %1: stored seq %2, reported %3"_s.arg(answer.questionId)
                                   .arg(stored)
                                   .arg(it->first)));
                if (stored == it->first)
                    QCOMPARE(answer.rating, std::optional<int>(it->second));
                QVERIFY(answer.note.endsWith(u"rating %1"_s.arg(answer.rating.value_or(0))));
            }
        }
        if (reported.posting) {
            const auto postings = PostingRepository(db).list();
            QVERIFY(postings.ok() && !postings->isEmpty());
            const auto posting = PostingRepository(db).load(postings->first().id);
            QVERIFY(sequenceIn(posting->title) >= reported.posting);
            QCOMPARE(posting->sections.first().body,
                     u"Body of edit %1"_s.arg(sequenceIn(posting->title)));
        }
        // Every reported import is whole; no dataset is half there.
        const auto datasets = SalaryRepository(db).datasets();
        QVERIFY(datasets.ok());
        QStringList names;
        for (const SalaryDataset &dataset : *datasets) {
            names.append(dataset.name);
            if (!dataset.isBuiltin)
                QCOMPARE(dataset.rowCount, 2000);
        }
        for (const QString &name : reported.imports)
            QVERIFY2(names.contains(name), qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
