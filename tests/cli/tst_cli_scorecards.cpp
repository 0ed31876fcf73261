// scorecards new, rate, submit, list, export and import through the real binary: output, the
// JSON shape, exit codes, and failures that change nothing.

#include "HirekitProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliScorecards : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_db;
    QString m_id;

    HirekitRun hirekit(const QStringList &arguments, const QString &db = {})
    {
        return runHirekit(m_home.path(),
                          QStringList { u"--db"_s, db.isEmpty() ? m_db : db } + arguments);
    }

    QJsonArray listed(const QString &db = {})
    {
        return QJsonDocument::fromJson(
                   hirekit({ u"scorecards"_s, u"list"_s, u"--json"_s }, db).out.toUtf8())
            .array();
    }

private slots:
    void initTestCase()
    {
        m_db = m_home.filePath(u"library.sqlite"_s);
        // The seeded library's example posting (the template is posting 1).
        const HirekitRun run =
            hirekit({ u"scorecards"_s, u"new"_s, u"--posting"_s, u"2"_s, u"--candidate"_s,
                      u"Ada Lovelace"_s, u"--interviewer"_s, u"Grace Hopper"_s });
        QCOMPARE(run.exitCode, 0);
        m_id = run.out.trimmed();
        QCOMPARE(m_id, u"1"_s); // the id alone
    }

    void rateAndList()
    {
        QCOMPARE(hirekit({ u"scorecards"_s, u"rate"_s, m_id, u"--question"_s, u"1"_s, u"--rating"_s,
                           u"4"_s, u"--note"_s, u"Sharded by the hash of the code."_s })
                     .exitCode,
                 0);
        QCOMPARE(hirekit({ u"scorecards"_s, u"rate"_s, m_id, u"--question"_s, u"2"_s, u"--rating"_s,
                           u"0"_s })
                     .exitCode,
                 0);
        const QJsonArray cards = listed();
        QCOMPARE(cards.size(), 1);
        const QJsonObject card = cards.first().toObject();
        for (const QString &key :
             { u"id"_s, u"uuid"_s, u"posting_id"_s, u"candidate"_s, u"interviewer"_s, u"status"_s,
               u"answers"_s, u"recommendation"_s })
            QVERIFY2(card.contains(key), qPrintable(key));
        QCOMPARE(card.value(u"candidate"_s).toString(), u"Ada Lovelace"_s);
        QCOMPARE(card.value(u"posting_id"_s).toInt(), 2);
        QCOMPARE(card.value(u"status"_s).toString(), u"draft"_s);
        const QJsonArray answers = card.value(u"answers"_s).toArray();
        QCOMPARE(answers.size(), 17);
        const QJsonObject first = answers.at(0).toObject();
        QCOMPARE(first.value(u"question_id"_s).toInt(), 1);
        QCOMPARE(first.value(u"rating"_s).toInt(), 4);
        QCOMPARE(first.value(u"note"_s).toString(), u"Sharded by the hash of the code."_s);
        QVERIFY(answers.at(1).toObject().value(u"not_asked"_s).toBool());
        QVERIFY(answers.at(1).toObject().value(u"rating"_s).isNull());

        const HirekitRun text = hirekit({ u"scorecards"_s, u"list"_s });
        QVERIFY(text.out.contains(u"Ada Lovelace"_s));
        QVERIFY(text.out.contains(u"2/17"_s));
    }

    void searchNotes()
    {
        // --search: the words of the notes, all of them, word beginnings, any case.
        const QString db = m_home.filePath(u"search.sqlite"_s);
        const auto noted = [&](const QString &candidate, const QString &note) {
            const HirekitRun made =
                hirekit({ u"scorecards"_s, u"new"_s, u"--posting"_s, u"2"_s, u"--candidate"_s,
                          candidate, u"--interviewer"_s, u"Grace Hopper"_s },
                        db);
            return made.exitCode == 0
                && hirekit({ u"scorecards"_s, u"rate"_s, made.out.trimmed(), u"--question"_s,
                             u"1"_s, u"--rating"_s, u"3"_s, u"--note"_s, note },
                           db)
                       .exitCode
                == 0;
        };
        QVERIFY(noted(u"Ada Lovelace"_s, u"Sharded by the hash of the code."_s));
        QVERIFY(noted(u"Alan Turing"_s, u"Hash maps only."_s));
        const auto candidates = [](const HirekitRun &run) {
            QStringList names;
            const QJsonArray found = QJsonDocument::fromJson(run.out.toUtf8()).array();
            for (const QJsonValue &each : found)
                names.append(each.toObject().value(u"candidate"_s).toString());
            return names;
        };
        for (const auto &[words, expected] :
             std::initializer_list<std::pair<QString, QStringList>> {
                 { u"SHARD"_s, { u"Ada Lovelace"_s } },
                 { u"hash code"_s, { u"Ada Lovelace"_s } },
                 { u"hash"_s, { u"Alan Turing"_s, u"Ada Lovelace"_s } },
                 { u"zebra"_s, {} },
                 { u"\"sharded OR"_s, {} }, // typed as words, not as a query
             }) {
            const HirekitRun run =
                hirekit({ u"scorecards"_s, u"list"_s, u"--search"_s, words, u"--json"_s }, db);
            QCOMPARE(run.exitCode, 0);
            QCOMPARE(candidates(run), expected);
        }
        const HirekitRun none =
            hirekit({ u"scorecards"_s, u"list"_s, u"--search"_s, u"zebra"_s }, db);
        QCOMPARE(none.exitCode, 0);
        QVERIFY(!none.out.contains(u"Ada Lovelace"_s));
    }

    void badRatingsChangeNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("out of scale")
            << QStringList { u"--question"_s, u"3"_s, u"--rating"_s, u"5"_s } << 1
            << u"A rating is 1 (Strong No) to 4"_s;
        QTest::newRow("negative") << QStringList { u"--question"_s, u"3"_s, u"--rating"_s, u"-1"_s }
                                  << 1 << u"not -1"_s;
        QTest::newRow("unknown question")
            << QStringList { u"--question"_s, u"404"_s, u"--rating"_s, u"2"_s } << 1
            << u"no question with id 404"_s;
        QTest::newRow("not a number")
            << QStringList { u"--question"_s, u"3"_s, u"--rating"_s, u"good"_s } << 2
            << u"--rating must be a number"_s;
        QTest::newRow("missing rating") << QStringList { u"--question"_s, u"3"_s } << 2
                                        << u"needs --question QID and --rating N"_s;
    }

    void badRatingsChangeNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        const QJsonArray before = listed();
        const HirekitRun run =
            hirekit(QStringList { u"scorecards"_s, u"rate"_s, m_id } + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QCOMPARE(listed(), before);
    }

    void unknownScorecardAndPosting()
    {
        const HirekitRun unknown = hirekit({ u"scorecards"_s, u"rate"_s, u"77"_s, u"--question"_s,
                                             u"1"_s, u"--rating"_s, u"2"_s });
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(u"no scorecard with id 77"_s));
        const HirekitRun posting =
            hirekit({ u"scorecards"_s, u"new"_s, u"--posting"_s, u"99"_s, u"--candidate"_s, u"X"_s,
                      u"--interviewer"_s, u"Y"_s });
        QCOMPARE(posting.exitCode, 1);
        const HirekitRun templ = hirekit({ u"scorecards"_s, u"new"_s, u"--posting"_s, u"1"_s,
                                           u"--candidate"_s, u"X"_s, u"--interviewer"_s, u"Y"_s });
        QCOMPARE(templ.exitCode, 1);
        QVERIFY(templ.err.contains(u"is a template"_s));
        QCOMPARE(listed().size(), 1);
    }

    void submitMakesReadOnly()
    {
        QCOMPARE(hirekit({ u"scorecards"_s, u"submit"_s, m_id }).exitCode, 0);
        const HirekitRun again = hirekit(
            { u"scorecards"_s, u"rate"_s, m_id, u"--question"_s, u"3"_s, u"--rating"_s, u"2"_s });
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(u"read-only"_s));
        QCOMPARE(listed().first().toObject().value(u"status"_s).toString(), u"submitted"_s);
    }

    void exportAndImport()
    {
        const QString json = m_home.filePath(u"card.json"_s);
        const QString pdf = m_home.filePath(u"card.pdf"_s);
        QCOMPARE(hirekit({ u"scorecards"_s, u"export"_s, m_id, u"--format"_s, u"json"_s, u"--out"_s,
                           json })
                     .exitCode,
                 0);
        QCOMPARE(hirekit({ u"scorecards"_s, u"export"_s, m_id, u"--format"_s, u"pdf"_s, u"--out"_s,
                           pdf })
                     .exitCode,
                 0);
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");

        const QString other = m_home.filePath(u"colleague.sqlite"_s);
        const HirekitRun first = hirekit({ u"scorecards"_s, u"import"_s, json }, other);
        QCOMPARE(first.exitCode, 0);
        QVERIFY(first.out.contains(u"Added"_s));
        const HirekitRun second = hirekit({ u"scorecards"_s, u"import"_s, json }, other);
        QCOMPARE(second.exitCode, 0);
        QVERIFY(second.out.contains(u"nothing changed"_s));
        const QJsonArray imported = listed(other);
        QCOMPARE(imported.size(), 1);
        const QJsonObject original = listed().first().toObject();
        QCOMPARE(imported.first().toObject().value(u"uuid"_s), original.value(u"uuid"_s));
        QCOMPARE(imported.first().toObject().value(u"answers"_s), original.value(u"answers"_s));
    }

    void badFilesAndUsage()
    {
        const QString broken = m_home.filePath(u"broken.json"_s);
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"uuid\": ");
        file.close();
        const HirekitRun malformed = hirekit({ u"scorecards"_s, u"import"_s, broken });
        QCOMPARE(malformed.exitCode, 1);
        QVERIFY(malformed.err.contains(u"not valid JSON"_s));
        const HirekitRun missing =
            hirekit({ u"scorecards"_s, u"import"_s, m_home.filePath(u"none.json"_s) });
        QCOMPARE(missing.exitCode, 1);
        const HirekitRun badFormat = hirekit({ u"scorecards"_s, u"export"_s, m_id, u"--format"_s,
                                               u"docx"_s, u"--out"_s, m_home.filePath(u"x"_s) });
        QCOMPARE(badFormat.exitCode, 2);
        const HirekitRun noFolder =
            hirekit({ u"scorecards"_s, u"export"_s, m_id, u"--format"_s, u"json"_s, u"--out"_s,
                      m_home.filePath(u"no/dir/x.json"_s) });
        QCOMPARE(noFolder.exitCode, 1);
        QCOMPARE(listed().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliScorecards)
#include "tst_cli_scorecards.moc"
