// Two Hirekit processes (instance_writer) write the same library at the same time, 1,000
// transactions each; afterwards every one of the 2,000 is in the library and SQLite's
// integrity check passes. Nothing may fail with "database is locked" on the way.

#include "storage/CandidateRepository.h"
#include "storage/Library.h"
#include "storage/PostingRepository.h"
#include "storage/RevisionRepository.h"
#include "storage/ScorecardRepository.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hirekit;

class TestTwoInstances : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void twoWritersLoseNothing()
    {
        const int count = qEnvironmentVariableIntValue("HIREKIT_INSTANCE_WRITES") > 0
            ? qEnvironmentVariableIntValue("HIREKIT_INSTANCE_WRITES")
            : 1000;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        QVERIFY(Library::open(path, Library::OpenMode::CreateNew).ok());

        QElapsedTimer clock;
        clock.start();
        QProcess first;
        QProcess second;
        first.start(QStringLiteral(INSTANCE_WRITER), { path, u"A"_s, QString::number(count) });
        second.start(QStringLiteral(INSTANCE_WRITER), { path, u"B"_s, QString::number(count) });
        int retries = 0;
        for (QProcess *writer : { &first, &second }) {
            QVERIFY2(writer->waitForFinished(120000), "a writer did not finish in two minutes");
            const QByteArray errors = writer->readAllStandardError();
            QVERIFY2(writer->exitStatus() == QProcess::NormalExit && writer->exitCode() == 0,
                     errors.constData());
            const QList<QByteArray> words = writer->readAllStandardOutput().trimmed().split(' ');
            QCOMPARE(words.size(), 4);
            QCOMPARE(words.at(0), QByteArray("done"));
            QCOMPARE(words.at(1).toInt(), count);
            retries += words.at(2).toInt();
            qInfo("writer: %d transactions in %s ms, %s busy retries", count,
                  words.at(3).constData(), words.at(2).constData());
        }
        const qint64 elapsed = clock.elapsed();

        auto library = Library::open(path, Library::OpenMode::OpenExisting);
        QVERIFY2(library.ok(), qPrintable(library.error()));
        const auto problems = (*library)->check();
        QVERIFY2(problems.ok() && problems->isEmpty(),
                 qPrintable(problems ? problems->join(u'\n') : problems.error()));
        QSqlDatabase db = (*library)->database();

        // Even transactions left a candidate with a rated, annotated scorecard; odd ones a
        // revision of the shared posting.
        QSet<QString> found;
        const auto cards = ScorecardRepository(db).list();
        QVERIFY(cards.ok());
        for (const Scorecard &card : *cards) {
            for (const ScorecardAnswer &answer : card.answers) {
                if (!answer.note.isEmpty()) {
                    QCOMPARE(answer.note, card.candidateName);
                    QVERIFY(answer.rating.has_value());
                    found.insert(answer.note);
                }
            }
        }
        const auto postings = PostingRepository(db).list();
        QVERIFY(postings.ok() && !postings->isEmpty());
        const auto revisions = RevisionRepository(db).list(postings->first().id);
        QVERIFY(revisions.ok());
        for (const PostingRevision &revision : *revisions)
            found.insert(revision.note);
        int missing = 0;
        for (const QString &tag : { u"A"_s, u"B"_s }) {
            for (int n = 0; n < count; ++n) {
                if (!found.contains(u"%1-%2"_s.arg(tag).arg(n)))
                    ++missing;
            }
        }
        QCOMPARE(missing, 0);

        // The two really wrote at the same time: in commit order (the candidates' ids), the
        // writer changes many times rather than once.
        QSqlQuery order(db);
        QVERIFY(order.exec(u"SELECT name FROM candidates ORDER BY id"_s));
        int switches = 0;
        QChar last;
        while (order.next()) {
            const QChar writer = order.value(0).toString().at(0);
            if (!last.isNull() && writer != last)
                ++switches;
            last = writer;
        }
        QVERIFY2(switches >= 10, qPrintable(u"only %1 switches"_s.arg(switches)));
        qInfo("%d transactions from two processes at once, all present, integrity ok, %lld ms, "
              "%d busy retries, %d switches between the writers in commit order",
              2 * count, elapsed, retries, switches);
    }
};

QTEST_GUILESS_MAIN(TestTwoInstances)
#include "tst_twoinstances.moc"
