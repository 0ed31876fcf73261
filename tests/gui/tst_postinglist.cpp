// The Postings tab's list on a library with more postings than a window opens on: the newest
// are read before the window shows, the rest once the list has been painted, and nothing a
// user does in between finds the list short.
#include "SqliteHandle.h"
#include "core/Posting.h"
#include "gui/AppSettings.h"
#include "gui/MainWindow.h"
#include "gui/PostingDocument.h"
#include "gui/PostingsTab.h"
#include "gui/models/PostingListModel.h"
#include "storage/Library.h"
#include "storage/LibraryWatcher.h"
#include "storage/PostingRepository.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace hirekit;
using namespace Qt::StringLiterals;

namespace {

// The statements of a connection that read a part of the list, as they start.
struct PartTrace
{
    QStringList parts; // "LIMIT n OFFSET m" of each
    std::function<void()> onPart; // called as each starts
};

int tracePart(unsigned kind, void *context, void *statement, void *)
{
    if (kind != SQLITE_TRACE_STMT)
        return 0;
    char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
    if (!sql)
        return 0;
    static const QRegularExpression part(u"LIMIT -?\\d+ OFFSET \\d+"_s);
    const QRegularExpressionMatch match = part.match(QString::fromUtf8(sql));
    sqlite3_free(sql);
    if (match.hasMatch()) {
        auto *trace = static_cast<PartTrace *>(context);
        trace->parts.append(match.captured());
        if (trace->onPart)
            trace->onPart();
    }
    return 0;
}

} // namespace

class TestPostingList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void newestFirstThenTheRest();
    void openingOneFurtherDownReadsTheRest();
    void searchingReadsEveryMatch();
    void listChangedInBetweenIsShownAnew();
    void listChangedBetweenPartsIsShownAnew_data();
    void listChangedBetweenPartsIsShownAnew();
    void openingOneFurtherDownBetweenParts();
    void searchingBetweenPartsReadsNoMoreParts();
    void shortListIsReadWhole();
    void restOfListReadAgainAfterAFailure();
    void laterPartFailsAndGoesOnWhenAsked();
    void unreadableListSaysSo();

private:
    // A window on the library, not yet shown.
    void openWindow();
    PostingsTab *tab() const { return m_window->findChild<PostingsTab *>(u"postingsTab"_s); }
    QTableView *list() const { return m_window->findChild<QTableView *>(u"postingsTableView"_s); }
    // The ids the list shows, top to bottom.
    QList<qint64> shownIds() const;
    // The ids the repository lists, newest first.
    QList<qint64> storedIds() const;
    qint64 insertPosting(const QString &title, const QDateTime &updated);
    // Traces the window's reads of parts of the list into `trace` (stopped with nullptr).
    void traceParts(PartTrace *trace);

    // The first rows, two parts of the rest and a shorter last part.
    static constexpr int Postings =
        PostingsTab::FirstListRows + 2 * PostingsTab::RestOfListRows + 25;
    QTemporaryDir m_dir;
    int m_count = 0;
    QString m_base;
    QString m_path;
    std::unique_ptr<Library> m_writer; // another connection, as another instance would have
    std::unique_ptr<MainWindow> m_window;
    QList<qint64> m_ids; // oldest first
};

void TestPostingList::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // One library made once and copied for each test: the seeded example set aside, then
    // one posting a minute, the last the newest; every tenth mentions Kubernetes.
    m_base = m_dir.filePath(u"base.sqlite"_s);
    auto created = Library::open(m_base, Library::OpenMode::CreateNew);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    m_writer = std::move(created).value();
    for (const qint64 id : storedIds())
        QVERIFY(PostingRepository(m_writer->database()).setDeleted(id, true).ok());
    const QDateTime start(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < Postings; ++i) {
        const qint64 id = insertPosting(i % 10 == 0 ? u"Kubernetes Engineer %1"_s.arg(i)
                                                    : u"Engineer %1"_s.arg(i),
                                        start.addSecs(60 * i));
        QVERIFY(id > 0);
        m_ids.append(id);
    }
    m_writer.reset();
}

void TestPostingList::init()
{
    AppSettings settings;
    settings.clear();
    settings.sync();
    m_path = m_dir.filePath(u"lib%1.sqlite"_s.arg(++m_count));
    QVERIFY(QFile::copy(m_base, m_path));
    auto opened = Library::open(m_path, Library::OpenMode::OpenExisting);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_writer = std::move(opened).value();
    QCOMPARE(storedIds().size(), Postings);
}

void TestPostingList::cleanup()
{
    m_window.reset();
    m_writer.reset();
}

qint64 TestPostingList::insertPosting(const QString &title, const QDateTime &updated)
{
    Posting posting;
    posting.title = title;
    posting.createdAt = updated;
    posting.updatedAt = updated;
    posting.locations.append({ u"Berlin"_s, QString(), u"DE"_s, Workplace::Hybrid });
    const auto id = PostingRepository(m_writer->database()).insert(posting);
    if (!id)
        qWarning("%s", qPrintable(id.error()));
    return id ? *id : 0;
}

void TestPostingList::traceParts(PartTrace *trace)
{
    sqlite3 *handle = testsupport::sqliteHandle(m_window->library()->database());
    QVERIFY(handle);
    if (trace)
        sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, tracePart, trace);
    else
        sqlite3_trace_v2(handle, 0, nullptr, nullptr);
}

void TestPostingList::openWindow()
{
    auto opened = Library::open(m_path, Library::OpenMode::OpenExisting);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->setLibrary(std::move(opened).value());
}

QList<qint64> TestPostingList::shownIds() const
{
    QList<qint64> ids;
    const QAbstractItemModel *model = list()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(PostingListModel::IdRole).toLongLong());
    return ids;
}

QList<qint64> TestPostingList::storedIds() const
{
    QList<qint64> ids;
    const auto listed = PostingRepository(m_writer->database()).list();
    for (const PostingSummary &summary : listed.value())
        ids.append(summary.id);
    return ids;
}

void TestPostingList::newestFirstThenTheRest()
{
    openWindow();
    QAbstractItemModelTester tester(list()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Before the window shows: the newest postings, the newest open.
    QVERIFY(!tab()->listComplete());
    QCOMPARE(shownIds(), storedIds().mid(0, PostingsTab::FirstListRows));
    QCOMPARE(tab()->currentDocument()->id(), m_ids.last());

    QSignalSpy resets(list()->model(), &QAbstractItemModel::modelReset);
    PartTrace trace;
    traceParts(&trace);
    const auto *proxy = qobject_cast<QSortFilterProxyModel *>(list()->model());
    QVERIFY(proxy);
    QSignalSpy inserted(proxy->sourceModel(), &QAbstractItemModel::rowsInserted);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(tab()->listComplete());
    QCOMPARE(shownIds(), storedIds());
    QCOMPARE(shownIds().size(), Postings);
    QCOMPARE(resets.count(), 0); // added below the first rows, not shown anew
    traceParts(nullptr);
    // Read in parts, one per turn of the event loop so the window answers in between, each
    // from the last row read (which comes again, to notice a list changed in between)...
    const QString part = u"LIMIT %1 OFFSET %2"_s;
    const int rows = PostingsTab::RestOfListRows + 1;
    const int first = PostingsTab::FirstListRows - 1;
    QCOMPARE(trace.parts,
             (QStringList { part.arg(rows).arg(first),
                            part.arg(rows).arg(first + PostingsTab::RestOfListRows),
                            part.arg(rows).arg(first + 2 * PostingsTab::RestOfListRows) }));
    // ... and shown together: the list is laid out once.
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(2).toInt() - inserted.first().at(1).toInt() + 1,
             Postings - PostingsTab::FirstListRows);
    // The rows came in below: the first stays chosen and in view.
    QCOMPARE(list()->currentIndex().row(), 0);
    QCOMPARE(list()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(list()->verticalScrollBar()->value(), 0);
    QCOMPARE(tab()->currentDocument()->id(), m_ids.last());
}

void TestPostingList::openingOneFurtherDownReadsTheRest()
{
    openWindow();
    QVERIFY(!tab()->listComplete());
    // The oldest, as the Interviews tab's "open posting" would ask, before any paint.
    QVERIFY(tab()->openPosting(m_ids.first()));
    QVERIFY(tab()->listComplete());
    QCOMPARE(shownIds(), storedIds());
    QCOMPARE(list()->currentIndex().data(PostingListModel::IdRole).toLongLong(), m_ids.first());
    QCOMPARE(list()->currentIndex().row(), Postings - 1);
}

void TestPostingList::searchingReadsEveryMatch()
{
    openWindow();
    QVERIFY(!tab()->listComplete());
    auto *search = m_window->findChild<QLineEdit *>(u"searchLineEdit"_s);
    QVERIFY(search);
    search->setText(u"kubernetes"_s);
    QTRY_COMPARE(list()->model()->rowCount(), (Postings + 9) / 10);
    QVERIFY(tab()->listComplete());
    // The oldest matches too, which the first rows did not hold.
    QVERIFY(shownIds().contains(m_ids.first()));
    search->clear();
    QTRY_COMPARE(list()->model()->rowCount(), Postings);
}

void TestPostingList::listChangedInBetweenIsShownAnew()
{
    openWindow();
    QVERIFY(!tab()->listComplete());
    // The window's watcher would notice the other instance's write when the window becomes
    // active and read the whole list itself; this is about the rest of the list noticing.
    auto *watcher = m_window->findChild<LibraryWatcher *>();
    QVERIFY(watcher);
    watcher->setDatabase(QSqlDatabase());
    QSignalSpy resets(list()->model(), &QAbstractItemModel::modelReset);
    // Another instance adds a posting between the first rows and the rest.
    const qint64 added =
        insertPosting(u"Added Elsewhere"_s, QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC));
    QVERIFY(added > 0);
    m_window->show();
    QTRY_VERIFY(tab()->listComplete());
    QCOMPARE(shownIds(), storedIds());
    QCOMPARE(shownIds().first(), added);
    QCOMPARE(shownIds().size(), Postings + 1);
    QCOMPARE(resets.count(), 1); // shown anew, once
    // The posting being edited stays chosen.
    QCOMPARE(list()->currentIndex().data(PostingListModel::IdRole).toLongLong(), m_ids.last());
}

void TestPostingList::listChangedBetweenPartsIsShownAnew_data()
{
    QTest::addColumn<bool>("adding");
    QTest::newRow("a posting added elsewhere") << true;
    QTest::newRow("a posting deleted elsewhere") << false;
}

void TestPostingList::listChangedBetweenPartsIsShownAnew()
{
    QFETCH(bool, adding);
    openWindow();
    m_window->findChild<LibraryWatcher *>()->setDatabase(QSqlDatabase());
    QSignalSpy resets(list()->model(), &QAbstractItemModel::modelReset);
    // Another instance adds a posting, or deletes one of those shown, once the first part of
    // the rest is read (queued from that read, so before the next part): the next part would
    // otherwise start a row early and list a posting twice, or a row late and leave one out.
    qint64 added = 0;
    const qint64 deleted = m_ids.at(Postings - 2);
    bool changed = false;
    PartTrace trace;
    trace.onPart = [&] {
        if (trace.parts.size() != 1)
            return;
        QTimer::singleShot(0, this, [&] {
            if (adding)
                added = insertPosting(u"Added Elsewhere"_s,
                                      QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC));
            else
                QVERIFY(PostingRepository(m_writer->database()).setDeleted(deleted, true).ok());
            changed = true;
        });
    };
    traceParts(&trace);
    m_window->show();
    QTRY_VERIFY(tab()->listComplete());
    traceParts(nullptr);
    QVERIFY(changed);
    // The second part noticed, and the whole list was read: no third part.
    QCOMPARE(trace.parts.size(), 2);
    QCOMPARE(shownIds(), storedIds());
    if (adding) {
        QVERIFY(added > 0);
        QCOMPARE(shownIds().first(), added);
        QCOMPARE(shownIds().size(), Postings + 1);
    } else {
        QVERIFY(!shownIds().contains(deleted));
        QCOMPARE(shownIds().size(), Postings - 1);
    }
    QCOMPARE(resets.count(), 1);
    QCOMPARE(list()->currentIndex().data(PostingListModel::IdRole).toLongLong(), m_ids.last());
}

void TestPostingList::openingOneFurtherDownBetweenParts()
{
    // The oldest posting opened (as from the Interviews tab) once a part is read and not yet
    // shown: the rest is read at once, from after that part, and the posting chosen.
    openWindow();
    QSignalSpy resets(list()->model(), &QAbstractItemModel::modelReset);
    bool opened = false;
    PartTrace trace;
    trace.onPart = [&] {
        if (trace.parts.size() == 1)
            QTimer::singleShot(0, this, [&] { opened = tab()->openPosting(m_ids.first()); });
    };
    traceParts(&trace);
    m_window->show();
    QTRY_VERIFY(opened);
    traceParts(nullptr);
    QVERIFY(tab()->listComplete());
    QCOMPARE(trace.parts,
             (QStringList { u"LIMIT %1 OFFSET %2"_s.arg(PostingsTab::RestOfListRows + 1)
                                .arg(PostingsTab::FirstListRows - 1),
                            u"LIMIT -1 OFFSET %1"_s.arg(PostingsTab::FirstListRows - 1
                                                        + PostingsTab::RestOfListRows) }));
    QCOMPARE(shownIds(), storedIds());
    QCOMPARE(resets.count(), 0);
    QCOMPARE(list()->currentIndex().data(PostingListModel::IdRole).toLongLong(), m_ids.first());
    QCOMPARE(tab()->currentDocument()->id(), m_ids.first());
}

void TestPostingList::searchingBetweenPartsReadsNoMoreParts()
{
    // A search typed while the parts are read: no part of what the search is becoming is read
    // from an offset counted in the whole list; the search reads its own list.
    openWindow();
    auto *search = m_window->findChild<QLineEdit *>(u"searchLineEdit"_s);
    QVERIFY(search);
    PartTrace trace;
    trace.onPart = [&] {
        if (trace.parts.size() == 1)
            QTimer::singleShot(0, this, [search] { search->setText(u"kubernetes"_s); });
    };
    traceParts(&trace);
    m_window->show();
    QTRY_COMPARE(list()->model()->rowCount(), (Postings + 9) / 10);
    QTest::qWait(50);
    traceParts(nullptr);
    QCOMPARE(trace.parts.size(), 1);
    QVERIFY(tab()->listComplete());
    QVERIFY(shownIds().contains(m_ids.first()));
}

void TestPostingList::shortListIsReadWhole()
{
    // Exactly the first rows' number: nothing further to read, which the tab cannot know
    // without asking; asking once more finds no more and changes nothing.
    const int beyondFirstRows = Postings - PostingsTab::FirstListRows;
    for (int i = 0; i < beyondFirstRows; ++i)
        QVERIFY(PostingRepository(m_writer->database()).setDeleted(m_ids.at(i), true).ok());
    openWindow();
    QCOMPARE(shownIds().size(), PostingsTab::FirstListRows);
    m_window->show();
    QTRY_VERIFY(tab()->listComplete());
    QCOMPARE(shownIds(), storedIds());

    // Fewer: read whole at once.
    QVERIFY(
        PostingRepository(m_writer->database()).setDeleted(m_ids.at(beyondFirstRows), true).ok());
    m_window.reset();
    openWindow();
    QVERIFY(tab()->listComplete());
    QCOMPARE(shownIds(), storedIds());
    QCOMPARE(shownIds().size(), PostingsTab::FirstListRows - 1);
}

// The rest of the list cannot be read after the first paint (here its table is renamed away
// by another connection): the newest rows stay and the tab says the list is cut short, without
// asking again at every paint; scrolled to the end, it asks again and lists the rest.
void TestPostingList::restOfListReadAgainAfterAFailure()
{
    openWindow();
    QVERIFY(!tab()->listComplete());
    m_window->findChild<LibraryWatcher *>()->setDatabase(QSqlDatabase());
    const QList<qint64> stored = storedIds();
    QSqlQuery rename(m_writer->database());
    QVERIFY2(rename.exec(u"ALTER TABLE postings RENAME TO postings_away"_s),
             qPrintable(rename.lastError().text()));
    auto *error = tab()->findChild<QLabel *>(u"errorLabel"_s);
    QVERIFY(error);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"Only the newest 100 postings are listed"_s),
             qPrintable(error->text()));
    QCOMPARE(shownIds(), stored.mid(0, PostingsTab::FirstListRows));
    QVERIFY(!tab()->listComplete());

    // The table back: painting again does not ask again (a failure would repeat at every
    // paint); scrolling to the end does.
    QVERIFY2(rename.exec(u"ALTER TABLE postings_away RENAME TO postings"_s),
             qPrintable(rename.lastError().text()));
    list()->viewport()->repaint();
    QTest::qWait(20);
    QVERIFY(!tab()->listComplete());
    QScrollBar *scrollBar = list()->verticalScrollBar();
    QVERIFY(scrollBar->maximum() > 0);
    scrollBar->setValue(scrollBar->maximum());
    QTRY_VERIFY(tab()->listComplete());
    QCOMPARE(shownIds(), stored);
    QVERIFY(!error->isVisible());

    // Cut short again; this time a search reads the whole list, and the message goes with the
    // list it was about.
    openWindow();
    m_window->findChild<LibraryWatcher *>()->setDatabase(QSqlDatabase());
    QVERIFY(rename.exec(u"ALTER TABLE postings RENAME TO postings_away"_s));
    m_window->show();
    error = tab()->findChild<QLabel *>(u"errorLabel"_s);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"Only the newest 100 postings are listed"_s),
             qPrintable(error->text()));
    QVERIFY(rename.exec(u"ALTER TABLE postings_away RENAME TO postings"_s));
    auto *search = tab()->findChild<QLineEdit *>(u"searchLineEdit"_s);
    search->setText(u"kubernetes"_s);
    QTRY_COMPARE(list()->model()->rowCount(), (Postings + 9) / 10);
    QVERIFY(!error->isVisible());

    // A list that cannot be read at all is not an empty one: the error says why, and nothing
    // says there are no postings yet.
    QVERIFY(rename.exec(u"ALTER TABLE postings RENAME TO postings_away"_s));
    search->setText(u"engineer"_s);
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(list()->model()->rowCount(), 0);
    QVERIFY(!tab()->findChild<QLabel *>(u"noMatchLabel"_s)->isVisible());
    QVERIFY(rename.exec(u"ALTER TABLE postings_away RENAME TO postings"_s));
}

// A part after the first fails (its table renamed away by another connection once the first
// is read): the parts read are shown, the tab says how many, and no part is read again until
// the list is scrolled to its end; then the parts go on from there.
void TestPostingList::laterPartFailsAndGoesOnWhenAsked()
{
    openWindow();
    m_window->findChild<LibraryWatcher *>()->setDatabase(QSqlDatabase());
    const QList<qint64> stored = storedIds();
    QSqlQuery rename(m_writer->database());
    PartTrace trace;
    trace.onPart = [&] {
        if (trace.parts.size() == 1)
            QTimer::singleShot(0, this, [&rename] {
                QVERIFY2(rename.exec(u"ALTER TABLE postings RENAME TO postings_away"_s),
                         qPrintable(rename.lastError().text()));
            });
    };
    traceParts(&trace);
    m_window->show();
    auto *error = tab()->findChild<QLabel *>(u"errorLabel"_s);
    QVERIFY(error);
    QTRY_VERIFY(error->isVisible());
    const int read = PostingsTab::FirstListRows + PostingsTab::RestOfListRows;
    QVERIFY2(error->text().contains(u"Only the newest %1 postings are listed"_s.arg(read)),
             qPrintable(error->text()));
    QCOMPARE(shownIds(), stored.mid(0, read));
    // The part that failed, once: not asked again at every paint or tick.
    const QString secondPart =
        u"LIMIT %1 OFFSET %2"_s.arg(PostingsTab::RestOfListRows + 1).arg(read - 1);
    QCOMPARE(trace.parts.value(1), secondPart);
    QTest::qWait(50);
    QCOMPARE(trace.parts.size(), 2);
    QVERIFY(!tab()->listComplete());

    QVERIFY(rename.exec(u"ALTER TABLE postings_away RENAME TO postings"_s));
    QScrollBar *scrollBar = list()->verticalScrollBar();
    scrollBar->setValue(scrollBar->maximum());
    QTRY_VERIFY(tab()->listComplete());
    traceParts(nullptr);
    QCOMPARE(trace.parts.value(2), secondPart); // from where it failed
    QCOMPARE(shownIds(), stored);
    QVERIFY(!error->isVisible());
}

// A library whose postings cannot be read at all: the tab says why, and not that there are no
// postings yet.
void TestPostingList::unreadableListSaysSo()
{
    QSqlQuery rename(m_writer->database());
    QVERIFY(rename.exec(u"ALTER TABLE postings RENAME TO postings_away"_s));
    openWindow();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *error = tab()->findChild<QLabel *>(u"errorLabel"_s);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"postings"_s), qPrintable(error->text()));
    QVERIFY(!tab()->findChild<QLabel *>(u"noMatchLabel"_s)->isVisible());
    QVERIFY(rename.exec(u"ALTER TABLE postings_away RENAME TO postings"_s));
}

QTEST_MAIN(TestPostingList)
#include "tst_postinglist.moc"
