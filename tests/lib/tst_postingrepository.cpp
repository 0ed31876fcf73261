// Storing, searching, deleting (undoably) and copying postings, and their revisions.

#include "core/PostingDiff.h"
#include "storage/Library.h"
#include "storage/PostingRepository.h"
#include "storage/RevisionRepository.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace hirekit;

namespace {

Posting makePosting(const QString &title)
{
    Posting posting;
    posting.title = title;
    posting.level = Level::Senior;
    posting.companyName = u"Contoso"_s;
    posting.locations = { { u"Zürich"_s, QString(), u"CH"_s, Workplace::Hybrid } };
    posting.salary.min = 120000;
    posting.salary.max = 150000;
    posting.salary.currency = u"CHF"_s;
    posting.sections = { { u"About the Role"_s, u"Run our Nomad clusters and Cassandra rings."_s },
                         { u"Requirements"_s, u"- Café-level espresso skills"_s } };
    return posting;
}

// A posting with three places, one without a city or region, for the lists' joins.
Posting manyPlaces()
{
    Posting many = makePosting(u"Many Places"_s);
    many.locations = { { u"Zürich"_s, QString(), u"CH"_s, Workplace::Hybrid },
                       { u"Austin"_s, u"TX"_s, u"US"_s, Workplace::Onsite },
                       { QString(), QString(), u"DE"_s, Workplace::Remote } };
    return many;
}

QStringList titles(const Result<QList<PostingSummary>> &list)
{
    QStringList result;
    if (list)
        for (const PostingSummary &summary : *list)
            result.append(summary.title);
    return result;
}

} // namespace

class TestPostingRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_library.reset();
        QFile::remove(m_dir.filePath(u"lib.sqlite"_s));
        auto library = Library::open(m_dir.filePath(u"lib.sqlite"_s), Library::OpenMode::CreateNew);
        QVERIFY2(library.ok(), qPrintable(library.error()));
        m_library = std::move(library).value();
    }

    void cleanup() { m_library.reset(); }

    void insertLoadRoundTrip()
    {
        PostingRepository repository(m_library->database());
        Posting posting = makePosting(u"Observability Engineer"_s);
        posting.contextVariation = u"startup"_s;
        posting.industry = u"healthcare"_s;
        posting.validThrough = QDate(2027, 1, 31);
        const auto id = repository.insert(posting);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        const auto loaded = repository.load(*id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->title, posting.title);
        QCOMPARE(loaded->locations, posting.locations);
        QCOMPARE(loaded->sections, posting.sections);
        QCOMPARE(loaded->salary, posting.salary);
        QCOMPARE(loaded->contextVariation, u"startup"_s);
        QCOMPARE(loaded->industry, u"healthcare"_s);
        QCOMPARE(loaded->validThrough, QDate(2027, 1, 31));
        QVERIFY(loaded->updatedAt.isValid());
    }

    void updateReplacesEverything()
    {
        PostingRepository repository(m_library->database());
        const auto id = repository.insert(makePosting(u"Observability Engineer"_s));
        QVERIFY(id.ok());
        auto posting = repository.load(*id);
        QVERIFY(posting.ok());
        posting->title = u"Staff Observability Engineer"_s;
        posting->level = Level::Staff;
        posting->locations = { { QString(), QString(), u"CH"_s, Workplace::Remote } };
        posting->sections.removeFirst();
        posting->sections.append({ u"Benefits"_s, u"- Trains"_s });
        posting->salary.max.reset();
        const auto updated = repository.update(*posting);
        QVERIFY2(updated.ok(), qPrintable(updated.error()));
        const auto reloaded = repository.load(*id);
        QVERIFY(reloaded.ok());
        QCOMPARE(reloaded->title, u"Staff Observability Engineer"_s);
        QCOMPARE(reloaded->level, std::optional<Level>(Level::Staff));
        QCOMPARE(reloaded->locations, posting->locations);
        QCOMPARE(reloaded->sections, posting->sections);
        QVERIFY(!reloaded->salary.max);
        QCOMPARE(reloaded->updatedAt, *updated);
    }

    void everySaveIsLaterThanTheOneBefore()
    {
        // Another window tells a posting was saved elsewhere by its time: two saves within
        // one millisecond (a quick machine, two processes) must still differ.
        PostingRepository repository(m_library->database());
        const auto id = repository.insert(makePosting(u"Release Engineer"_s));
        QVERIFY(id.ok());
        auto posting = repository.load(*id);
        QVERIFY(posting.ok());
        QDateTime previous = posting->updatedAt;
        for (int save = 0; save < 50; ++save) {
            posting->title = u"Release Engineer %1"_s.arg(save);
            const auto updated = repository.update(*posting);
            QVERIFY2(updated.ok(), qPrintable(updated.error()));
            QVERIFY2(*updated > previous, qPrintable(updated->toString(Qt::ISODateWithMs)));
            QCOMPARE(*repository.updatedAt(*id), *updated);
            previous = *updated;
        }
    }

    void updateRejectsBadSalaryAndUnknownId()
    {
        PostingRepository repository(m_library->database());
        const auto id = repository.insert(makePosting(u"A"_s));
        QVERIFY(id.ok());
        Posting bad = makePosting(u"A"_s);
        bad.id = *id;
        bad.salary.min = 200000; // above max: the schema refuses it
        QVERIFY(!repository.update(bad).ok());
        QCOMPARE(repository.load(*id)->salary.min, std::optional<double>(120000));

        Posting missing = makePosting(u"B"_s);
        missing.id = 999999;
        const auto result = repository.update(missing);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(u"999999"_s), qPrintable(result.error()));
    }

    void searchFindsWordsAndPrefixes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("title word")
            << u"observability"_s << QStringList { u"Observability Engineer"_s };
        QTest::newRow("prefix in body")
            << u"cassa"_s << QStringList { u"Observability Engineer"_s };
        QTest::newRow("accent ignored")
            << u"zurich"_s << QStringList { u"Observability Engineer"_s };
        QTest::newRow("accented query") << u"café"_s << QStringList { u"Observability Engineer"_s };
        QTest::newRow("two words") << u"backend austin"_s << QStringList { u"Backend Developer"_s };
        QTest::newRow("fts syntax is text") << u"\"AND OR* NEAR("_s << QStringList {};
        QTest::newRow("nothing") << u"astronaut"_s << QStringList {};
        QTest::newRow("empty lists all")
            << u""_s << QStringList { u"Observability Engineer"_s, u"Backend Developer"_s };
    }

    void searchFindsWordsAndPrefixes()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        PostingRepository repository(m_library->database());
        QVERIFY(repository.insert(makePosting(u"Observability Engineer"_s)).ok());
        PostingQuery query;
        query.text = text;
        const auto found = repository.list(query);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QCOMPARE(titles(found), expected);
    }

    void searchFollowsUpdates()
    {
        PostingRepository repository(m_library->database());
        const auto id = repository.insert(makePosting(u"Observability Engineer"_s));
        auto posting = repository.load(*id);
        posting->sections = { { u"About"_s, u"Terraform everything."_s } };
        QVERIFY(repository.update(*posting).ok());
        PostingQuery query;
        query.text = u"nomad"_s;
        QCOMPARE(titles(repository.list(query)), QStringList());
        query.text = u"terraform"_s;
        QCOMPARE(titles(repository.list(query)), QStringList { u"Observability Engineer"_s });
    }

    void statusFilter()
    {
        PostingRepository repository(m_library->database());
        Posting published = makePosting(u"Published One"_s);
        published.status = PostingStatus::Published;
        QVERIFY(repository.insert(published).ok());
        PostingQuery query;
        query.status = PostingStatus::Published;
        QCOMPARE(titles(repository.list(query)), QStringList { u"Published One"_s });
        query.status = PostingStatus::Draft;
        QCOMPARE(titles(repository.list(query)), QStringList { u"Backend Developer"_s });
    }

    void summariesCarryEachPostingsPlacesInOrder()
    {
        PostingRepository repository(m_library->database());
        const Posting many = manyPlaces();
        Posting none = makePosting(u"No Place"_s);
        none.locations.clear();
        none.status = PostingStatus::Published;
        Posting one = makePosting(u"One Place"_s);
        one.locations = { { u"Kraków"_s, QString(), u"PL"_s, Workplace::Onsite } };
        for (const Posting &posting : { many, none, one })
            QVERIFY(repository.insert(posting).ok());
        Posting manyTemplate = many;
        manyTemplate.title = u"Many Places Template"_s;
        manyTemplate.isTemplate = true;
        QVERIFY(repository.insert(manyTemplate).ok());

        // Newest first, each posting once, its places in the order they were written.
        const auto listed = repository.list();
        QVERIFY2(listed.ok(), qPrintable(listed.error()));
        QCOMPARE(titles(listed),
                 (QStringList { u"One Place"_s, u"No Place"_s, u"Many Places"_s,
                                u"Backend Developer"_s }));
        QCOMPARE(listed->at(0).locations, one.locations);
        QCOMPARE(listed->at(1).locations, QList<PostingLocation>());
        QCOMPARE(listed->at(1).status, PostingStatus::Published);
        QCOMPARE(listed->at(2).locations, many.locations);
        QCOMPARE(listed->at(2).level, std::optional<Level>(Level::Senior));
        QCOMPARE(listed->at(2).status, PostingStatus::Draft);
        QVERIFY(listed->at(2).updatedAt.isValid());

        PostingQuery query;
        query.text = u"place"_s;
        query.status = PostingStatus::Draft;
        const auto found = repository.list(query);
        QCOMPARE(titles(found), (QStringList { u"One Place"_s, u"Many Places"_s }));
        QCOMPARE(found->at(1).locations, many.locations);

        const auto templates = repository.templates();
        QVERIFY(titles(templates).contains(u"Many Places Template"_s));
        for (const PostingSummary &summary : *templates)
            if (summary.title == u"Many Places Template"_s)
                QCOMPARE(summary.locations, many.locations);
    }

    void limitCountsPostingsNotPlaces()
    {
        PostingRepository repository(m_library->database());
        const Posting many = manyPlaces();
        Posting none = makePosting(u"No Place"_s);
        none.locations.clear();
        Posting published = makePosting(u"Published Place"_s);
        published.status = PostingStatus::Published;
        for (const Posting &posting : { published, many, none })
            QVERIFY(repository.insert(posting).ok());
        const auto all = repository.list();
        QVERIFY2(all.ok(), qPrintable(all.error()));
        QCOMPARE(all->size(), 4); // with the seeded example

        // The first of the whole list, each with all its places: five place rows make two
        // postings, not a cut-off list of places.
        PostingQuery query;
        for (const int limit : { 1, 2, 3, 4, 5 }) {
            query.limit = limit;
            const auto first = repository.list(query);
            QVERIFY2(first.ok(), qPrintable(first.error()));
            QCOMPARE(titles(first), titles(all).mid(0, limit));
            for (qsizetype i = 0; i < first->size(); ++i)
                QCOMPARE(first->at(i).locations, all->at(i).locations);
        }
        // With a search and a status, the first of what they find.
        query.limit = 1;
        query.text = u"place"_s;
        QCOMPARE(titles(repository.list(query)), QStringList { u"No Place"_s });
        query.status = PostingStatus::Published;
        QCOMPARE(titles(repository.list(query)), QStringList { u"Published Place"_s });
        query.limit = 0;
        query.status.reset();
        QCOMPARE(titles(repository.list(query)),
                 (QStringList { u"No Place"_s, u"Many Places"_s, u"Published Place"_s }));

        // Parts after an offset, also counted in postings, with and without a limit; past the
        // end, none.
        query = PostingQuery();
        for (const int offset : { 1, 2, 3, 4 }) {
            query.offset = offset;
            query.limit = 2;
            const auto part = repository.list(query);
            QVERIFY2(part.ok(), qPrintable(part.error()));
            QCOMPARE(titles(part), titles(all).mid(offset, 2));
            for (qsizetype i = 0; i < part->size(); ++i)
                QCOMPARE(part->at(i).locations, all->at(offset + i).locations);
            query.limit = 0;
            QCOMPARE(titles(repository.list(query)), titles(all).mid(offset));
        }
        query.offset = 1;
        query.text = u"place"_s;
        QCOMPARE(titles(repository.list(query)),
                 (QStringList { u"Many Places"_s, u"Published Place"_s }));

        QSqlQuery drop(m_library->database());
        QVERIFY(drop.exec(u"DROP TABLE posting_locations"_s));
        query = PostingQuery();
        query.limit = 2;
        const auto failed = repository.list(query);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().startsWith(u"Cannot access postings: "_s)
                     && failed.error().contains(u"posting_locations"_s),
                 qPrintable(failed.error()));
    }

    void titlesAreTheListsPostingsInItsOrder()
    {
        PostingRepository repository(m_library->database());
        const auto older = repository.insert(makePosting(u"Older"_s));
        const auto newer = repository.insert(makePosting(u"Newer"_s));
        const auto gone = repository.insert(makePosting(u"Gone"_s));
        Posting own = makePosting(u"Own Template"_s);
        own.isTemplate = true;
        QVERIFY(repository.insert(own).ok());
        QVERIFY(repository.setDeleted(*gone, true).ok());
        QVERIFY(repository.update(*repository.load(*older)).ok()); // now the newest

        const auto titled = repository.titles();
        QVERIFY2(titled.ok(), qPrintable(titled.error()));
        const auto listed = repository.list();
        QCOMPARE(titled->size(), listed->size());
        for (qsizetype i = 0; i < titled->size(); ++i) {
            QCOMPARE(titled->at(i).id, listed->at(i).id);
            QCOMPARE(titled->at(i).name, listed->at(i).title);
        }
        QCOMPARE(titled->first().id, *older);
        QCOMPARE(titled->at(1).id, *newer);
        // The first ones alone, in the same order.
        for (const int limit : { 1, 2 }) {
            const auto first = repository.titles(limit);
            QVERIFY2(first.ok(), qPrintable(first.error()));
            QCOMPARE(first->size(), limit);
            for (int i = 0; i < limit; ++i)
                QCOMPARE(first->at(i).id, titled->at(i).id);
        }

        // One posting as titles() lists it; none for what titles() leaves out.
        for (const Named &each : *titled) {
            const auto one = repository.title(each.id);
            QVERIFY2(one.ok(), qPrintable(one.error()));
            QVERIFY(one->has_value());
            QCOMPARE((*one)->id, each.id);
            QCOMPARE((*one)->name, each.name);
        }
        const auto ownTemplate = repository.templates();
        QVERIFY(ownTemplate.ok() && !ownTemplate->isEmpty());
        for (const qint64 left : { *gone, ownTemplate->first().id, qint64(999999) }) {
            const auto none = repository.title(left);
            QVERIFY(none.ok());
            QVERIFY(!none->has_value());
        }

        QSqlQuery drop(m_library->database());
        QVERIFY(drop.exec(u"ALTER TABLE postings RENAME TO postings_gone"_s));
        const auto failed = repository.titles();
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().startsWith(u"Cannot access postings: "_s),
                 qPrintable(failed.error()));
        const auto failedOne = repository.title(*newer);
        QVERIFY(!failedOne.ok());
        QVERIFY2(failedOne.error().startsWith(u"Cannot access postings: "_s),
                 qPrintable(failedOne.error()));
    }

    void summariesSayWhatWentWrong()
    {
        QSqlQuery drop(m_library->database());
        QVERIFY(drop.exec(u"DROP TABLE posting_locations"_s));
        const auto listed = PostingRepository(m_library->database()).list();
        QVERIFY(!listed.ok());
        QVERIFY2(listed.error().startsWith(u"Cannot access postings: "_s),
                 qPrintable(listed.error()));
        QVERIFY2(listed.error().contains(u"posting_locations"_s), qPrintable(listed.error()));
    }

    void deleteIsUndoable()
    {
        PostingRepository repository(m_library->database());
        const auto id = repository.insert(makePosting(u"Observability Engineer"_s));
        QVERIFY(repository.setDeleted(*id, true).ok());
        QCOMPARE(titles(repository.list()), QStringList { u"Backend Developer"_s });
        QVERIFY(!repository.load(*id).ok());
        PostingQuery query;
        query.text = u"observability"_s;
        QCOMPARE(titles(repository.list(query)), QStringList());
        QVERIFY(!repository.setDeleted(*id, true).ok()); // already deleted

        QVERIFY(repository.setDeleted(*id, false).ok());
        QVERIFY(repository.load(*id).ok());
        QCOMPARE(titles(repository.list(query)), QStringList { u"Observability Engineer"_s });
    }

    void copyMakesPostingsAndTemplates()
    {
        PostingRepository repository(m_library->database());
        const auto templates = repository.templates();
        QVERIFY(templates.ok() && templates->size() == 1);
        const auto fromTemplate =
            repository.copy(templates->first().id, false, u"Backend Developer (Berlin)"_s);
        QVERIFY2(fromTemplate.ok(), qPrintable(fromTemplate.error()));
        const auto posting = repository.load(*fromTemplate);
        QVERIFY(!posting->isTemplate);
        QVERIFY(!posting->isBuiltin);
        QCOMPARE(posting->sections.size(), 6);
        QCOMPARE(posting->status, PostingStatus::Draft);

        const auto asTemplate = repository.copy(*fromTemplate, true, u"Berlin template"_s);
        QVERIFY(asTemplate.ok());
        QCOMPARE(titles(repository.templates()),
                 (QStringList { u"Backend Developer"_s, u"Berlin template"_s }));
        QVERIFY(!repository.load(*asTemplate)->isBuiltin);
        QVERIFY(!repository.copy(424242, false, u"x"_s).ok());
    }

    void revisionsKeepStatesWithSummaries()
    {
        PostingRepository postings(m_library->database());
        RevisionRepository revisions(m_library->database());
        const auto id = postings.insert(makePosting(u"Observability Engineer"_s));
        auto posting = postings.load(*id);
        const auto first = revisions.add(*posting, RevisionReason::Version, u"v1"_s);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->summary, u"First revision"_s);

        posting->title = u"Senior Observability Engineer"_s;
        posting->salary.max = 160000;
        posting->sections[0].body += u" And Terraform."_s;
        posting->sections.append({ u"Benefits"_s, u"- Trains"_s });
        QVERIFY(postings.update(*posting).ok());
        const auto second = revisions.add(*posting, RevisionReason::Export, u"pdf"_s);
        QVERIFY(second.ok());
        QCOMPARE(second->summary, u"Title, salary changed; 1 section edited; 1 section added"_s);
        const auto unchanged = revisions.add(*posting, RevisionReason::Version);
        QCOMPARE(unchanged->summary, u"No changes"_s);

        const auto list = revisions.list(*id);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(0).id, unchanged->id); // newest first
        QCOMPARE(list->at(1).reason, RevisionReason::Export);
        QCOMPARE(list->at(1).note, u"pdf"_s);

        const auto old = revisions.content(first->id);
        QVERIFY2(old.ok(), qPrintable(old.error()));
        QCOMPARE(old->id, *id);
        QCOMPARE(old->title, u"Observability Engineer"_s);
        QCOMPARE(old->sections, makePosting(QString()).sections);
        QVERIFY(!revisions.content(987654).ok());
    }

    void revisionsSurviveDelete()
    {
        PostingRepository postings(m_library->database());
        RevisionRepository revisions(m_library->database());
        const auto id = postings.insert(makePosting(u"P"_s));
        QVERIFY(revisions.add(*postings.load(*id), RevisionReason::Version).ok());
        QVERIFY(postings.setDeleted(*id, true).ok());
        QVERIFY(postings.setDeleted(*id, false).ok());
        QCOMPARE(revisions.list(*id)->size(), 1);
    }

    void diffSummaries()
    {
        const Posting a = makePosting(u"A"_s);
        QCOMPARE(summarizeChanges(a, a), QString());
        Posting b = a;
        std::swap(b.sections[0], b.sections[1]);
        QCOMPARE(summarizeChanges(a, b), u"sections reordered"_s);
        Posting c = a;
        c.sections.removeLast();
        c.locations.clear();
        QCOMPARE(summarizeChanges(a, c), u"Locations changed; 1 section removed"_s);
    }
};

QTEST_GUILESS_MAIN(TestPostingRepository)
#include "tst_postingrepository.moc"
