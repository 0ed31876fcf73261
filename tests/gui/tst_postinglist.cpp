// The Postings tab's list on a library with more postings than a window opens on: the newest
// are read before the window shows, the rest once the list has been painted, and nothing a
// user does in between finds the list short.
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
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hirekit;
using namespace Qt::StringLiterals;

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
    void shortListIsReadWhole();
    void restOfListReadAgainAfterAFailure();
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

    static constexpr int Postings = PostingsTab::FirstListRows + 25;
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
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(tab()->listComplete());
    QCOMPARE(shownIds(), storedIds());
    QCOMPARE(shownIds().size(), Postings);
    QCOMPARE(resets.count(), 0); // added below the first rows, not shown anew
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

void TestPostingList::shortListIsReadWhole()
{
    // Exactly the first rows' number: nothing further to read, which the tab cannot know
    // without asking; asking once more finds no more and changes nothing.
    for (int i = 0; i < 25; ++i)
        QVERIFY(PostingRepository(m_writer->database()).setDeleted(m_ids.at(i), true).ok());
    openWindow();
    QCOMPARE(shownIds().size(), PostingsTab::FirstListRows);
    m_window->show();
    QTRY_VERIFY(tab()->listComplete());
    QCOMPARE(shownIds(), storedIds());

    // Fewer: read whole at once.
    QVERIFY(PostingRepository(m_writer->database()).setDeleted(m_ids.at(25), true).ok());
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
    QVERIFY(tab()->listComplete());
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
