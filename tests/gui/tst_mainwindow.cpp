// The main window: tabs and their data, menus, opening libraries (modal dialogs are
// answered through the MessageBoxes and FileDialogs hooks), settings.
#include "EventWatch.h"
#include "gui/AppSettings.h"
#include "gui/FileDialogs.h"
#include "gui/InterviewsTab.h"
#include "gui/MainWindow.h"
#include "gui/MessageBoxes.h"
#include "gui/PostingsTab.h"
#include "gui/SalariesTab.h"
#include "gui/SalaryBrowser.h"
#include "storage/Library.h"
#include "storage/PostingRepository.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace hirekit;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void tabsInOrder();
    void emptyWithoutLibrary();
    void setLibraryFillsTabs();
    void tabBuiltBeforeTheLibraryReadsOnce();
    void pagesSizedOnceAtFirstShow();
    void undoFollowsTheTabShownFirst();
    void selectTab();
    void clearButtonsOnceFilled();
    void postingColumnsSizedForTheFirstPosting();
    void viewActions();
    void openBadFileKeepsLibrary();
    void openRecordsRecent();
    void newLibrary();
    void failingRecentEntryIsRemoved();
    void aboutNamesVersionAndLicence();
    void closeSavesGeometry();
    void screenshots();
    void germanTranslation();

private:
    // A new seeded library file at `name` in the temporary folder, closed again.
    QString createLibraryFile(const QString &name);
    std::unique_ptr<Library> openLibrary(const QString &path);
    template<typename T> static T *child(QObject &parent, const QString &name)
    {
        auto *found = parent.findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }
    static QAction *action(MainWindow &window, const QString &name)
    {
        return child<QAction>(window, name);
    }

    QTemporaryDir m_dir;
    QString m_libraryPath;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_libraryPath = createLibraryFile(u"lib.sqlite"_s);
}

void TestMainWindow::init()
{
    // Every test starts from the default settings and no queued dialog answers.
    AppSettings settings;
    settings.clear();
    settings.sync();
    MessageBoxes::clearLastShown();
}

QString TestMainWindow::createLibraryFile(const QString &name)
{
    const QString path = m_dir.filePath(name);
    auto opened = Library::open(path, Library::OpenMode::CreateNew);
    if (!opened)
        qWarning("%s", qPrintable(opened.error()));
    return path;
}

std::unique_ptr<Library> TestMainWindow::openLibrary(const QString &path)
{
    auto opened = Library::open(path, Library::OpenMode::OpenExisting);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error()));
        return nullptr;
    }
    return std::move(opened).value();
}

void TestMainWindow::tabsInOrder()
{
    MainWindow window;
    auto *tabs = child<QTabWidget>(window, u"tabWidget"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->widget(0)->objectName(), u"postingsPage"_s);
    QCOMPARE(tabs->widget(1)->objectName(), u"salariesPage"_s);
    QCOMPARE(tabs->widget(2)->objectName(), u"interviewsPage"_s);
    // Each tab is built when first shown, in its page: a window neither shown nor given a
    // library has none yet.
    QVERIFY(!window.findChild<PostingsTab *>());
    QVERIFY(!window.findChild<SalariesTab *>());
    QVERIFY(!window.findChild<InterviewsTab *>());
    QVERIFY(window.selectTab(u"interviews"_s));
    QCOMPARE(window.findChild<InterviewsTab *>(), window.interviewsTab());
    QCOMPARE(window.interviewsTab()->parentWidget(), tabs->widget(2));
    QVERIFY(!window.findChild<SalariesTab *>());
    QVERIFY(window.selectTab(u"salaries"_s));
    QCOMPARE(window.salariesTab()->parentWidget(), tabs->widget(1));
    QCOMPARE(window.findChildren<SalariesTab *>().size(), 1);
    QVERIFY(!window.findChild<PostingsTab *>());
    QVERIFY(window.selectTab(u"postings"_s));
    QCOMPARE(window.postingsTab()->parentWidget(), tabs->widget(0));
    QCOMPARE(window.findChildren<PostingsTab *>().size(), 1);
    QCOMPARE(tabs->tabText(0), u"Postings"_s);
    QCOMPARE(tabs->tabText(1), u"Salaries"_s);
    QCOMPARE(tabs->tabText(2), u"Interviews"_s);
}

void TestMainWindow::emptyWithoutLibrary()
{
    MainWindow window;
    // Shown without a library, it builds the tab in view.
    window.show();
    QVERIFY(window.findChild<PostingsTab *>());
    QVERIFY(!window.library());
    QCOMPARE(window.windowTitle(), u"Hirekit"_s);
    QCOMPARE(child<QLabel>(window, u"libraryLabel"_s)->text(), u"No library open"_s);
    QCOMPARE(child<QTableView>(window, u"postingsTableView"_s)->model()->rowCount(), 0);
    QVERIFY(window.selectTab(u"salaries"_s));
    QCOMPARE(child<QTableView>(window, u"salariesTableView"_s)->model()->rowCount(), 0);
    QVERIFY(window.selectTab(u"interviews"_s));
    QCOMPARE(child<QTableView>(window, u"questionsTableView"_s)->model()->rowCount(), 0);
}

void TestMainWindow::setLibraryFillsTabs()
{
    MainWindow window;
    window.setLibrary(openLibrary(m_libraryPath));
    QVERIFY(window.library());
    QCOMPARE(window.windowTitle(), u"lib.sqlite — Hirekit"_s);
    QVERIFY(child<QLabel>(window, u"libraryLabel"_s)
                ->text()
                .contains(QDir::toNativeSeparators(m_libraryPath)));

    auto *postings = child<QTableView>(window, u"postingsTableView"_s);
    QVERIFY(postings->model()->rowCount() >= 1);
    auto *templates = child<QListView>(window, u"templatesListView"_s);
    QVERIFY(!templates->model()
                 ->match(templates->model()->index(0, 0), Qt::DisplayRole, u"Backend Developer"_s,
                         1, Qt::MatchExactly)
                 .isEmpty());
    // The first posting is previewed, sections included.
    auto *preview = child<QTextBrowser>(window, u"previewTextBrowser"_s);
    QVERIFY(preview->toPlainText().contains(u"Backend Developer"_s));
    QVERIFY(preview->toPlainText().contains(u"Overview"_s));
    // Before the window first shows, the preview holds the posting's beginning only; the rest
    // follows once it has painted.
    const QString beginning = preview->toPlainText();
    QVERIFY(!beginning.contains(u"What We Offer"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(preview->toPlainText().contains(u"What We Offer"_s));
    QVERIFY(preview->toPlainText().startsWith(beginning.trimmed()));
    QCOMPARE(preview->verticalScrollBar()->value(), 0);
    // Shown again while its tab is hidden (an edit's preview comes after a pause), a preview
    // scrolled already is shown whole, where it was.
    QScrollBar *scrollBar = preview->verticalScrollBar();
    scrollBar->setValue(scrollBar->maximum() / 2);
    const int place = scrollBar->value();
    QVERIFY(place > 0);

    // Only the tab in view reads the library; the others when they are first shown.
    QVERIFY(!window.findChild<QTableView *>(u"salariesTableView"_s));
    QVERIFY(window.selectTab(u"salaries"_s));
    window.findChild<PostingsTab *>()->renderPreview();
    QVERIFY(preview->toPlainText().contains(u"What We Offer"_s));
    QCOMPARE(scrollBar->value(), place);
    auto *salaries = child<QTableView>(window, u"salariesTableView"_s);
    QVERIFY(salaries->model()->rowCount() > 10);
    // Bands only in the guide's table: the percentile columns are hidden.
    QVERIFY(salaries->isColumnHidden(7));
    QVERIFY(!salaries->isColumnHidden(3));
    QVERIFY(child<QLabel>(window, u"sourceLabel"_s)->text().contains(u"Glassdoor"_s));

    // The area filter (applied after a pause in typing) keeps the national reference rows,
    // which have a table of their own above the others.
    auto *national = child<QTableView>(window, u"nationalTableView"_s);
    QCOMPARE(national->model()->rowCount(), 4);
    QCOMPARE(national->model()->index(0, 0).data().toString(), u"United States"_s);
    auto *area = child<QLineEdit>(window, u"areaLineEdit"_s);
    area->setText(u"Boston"_s);
    QTRY_COMPARE(salaries->model()->rowCount(), 3);
    QCOMPARE(salaries->model()->index(0, 0).data().toString(), u"Boston"_s);
    QCOMPARE(national->model()->rowCount(), 4);
    QVERIFY(salaries->model()
                ->match(salaries->model()->index(0, 0), Qt::DisplayRole, u"New York City"_s)
                .isEmpty());

    QVERIFY(!window.findChild<QTableView *>(u"questionsTableView"_s));
    QVERIFY(window.selectTab(u"interviews"_s));
    auto *questions = child<QTableView>(window, u"questionsTableView"_s);
    QCOMPARE(questions->model()->rowCount(), 17);
    QVERIFY(child<QTextBrowser>(window, u"questionTextBrowser"_s)
                ->toPlainText()
                .contains(u"Evaluate"_s));
    QCOMPARE(child<QListWidget>(window, u"redFlagsListWidget"_s)->count(), 6);

    auto *category = child<QComboBox>(window, u"categoryComboBox"_s);
    category->setCurrentIndex(category->findData(u"behavioral"_s));
    QCOMPARE(questions->model()->rowCount(), 5);

    window.setLibrary(nullptr);
    QCOMPARE(postings->model()->rowCount(), 0);
    QCOMPARE(questions->model()->rowCount(), 0);
    QCOMPARE(child<QLabel>(window, u"libraryLabel"_s)->text(), u"No library open"_s);
}

// The tab asked for at start-up is built before the window has a library: given it, the tab
// reads it once, without being emptied first; it is emptied when the library goes.
void TestMainWindow::tabBuiltBeforeTheLibraryReadsOnce()
{
    MainWindow window;
    QVERIFY(window.selectTab(u"salaries"_s));
    SalaryBrowser *browser = window.salariesTab()->browser();
    QVERIFY(!browser->currentDataset());
    QSignalSpy read(browser, &SalaryBrowser::datasetChanged);
    window.setLibrary(openLibrary(m_libraryPath));
    QCOMPARE(read.size(), 1);
    QVERIFY(browser->currentDataset());
    window.setLibrary(nullptr);
    QCOMPARE(read.size(), 2);
    QVERIFY(!browser->currentDataset());
}

// At the window's first showing every page is given its size before it shows: a tab widget
// sizes its pages only in its own show event, after they have shown, unless told otherwise.
// The question's text on the Interviews tab (a page in a page) is laid out once, at its size.
void TestMainWindow::pagesSizedOnceAtFirstShow()
{
    MainWindow window;
    window.setLibrary(openLibrary(m_libraryPath));
    QVERIFY(window.selectTab(u"interviews"_s));
    window.interviewsTab()->showPage(InterviewsTab::QuestionBankPage);
    auto *text = child<QTextBrowser>(window, u"questionTextBrowser"_s);
    QVERIFY(text);
    QList<QSize> sizes;
    EventWatch resized(text->viewport(), QEvent::Resize,
                       [&] { sizes.append(text->viewport()->size()); });
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents(); // and whatever layout the first paint left pending
    QCOMPARE(sizes, QList<QSize> { text->viewport()->size() });
    QVERIFY(text->viewport()->width() > 400);
}

void TestMainWindow::undoFollowsTheTabShownFirst()
{
    // Started on the Salaries tab (--tab salaries): its Undo and Redo are in the Edit menu,
    // and the Postings tab is not built until something needs it.
    MainWindow window;
    QVERIFY(window.selectTab(u"salaries"_s));
    window.setLibrary(openLibrary(m_libraryPath));
    QVERIFY(!window.findChild<PostingsTab *>());
    QAction *salariesUndo = action(window, u"undoSalariesAction"_s);
    QVERIFY(salariesUndo->isVisible());
    QVERIFY(action(window, u"redoSalariesAction"_s)->isVisible());
    QCOMPARE(salariesUndo->shortcut(), QKeySequence(QKeySequence::Undo));

    // Opening the Edit menu builds it, so the menu holds its actions, the postings' pair hidden.
    auto *editMenu = window.findChild<QMenu *>(u"editMenu"_s);
    QVERIFY(editMenu);
    emit editMenu->aboutToShow();
    QVERIFY(window.findChild<PostingsTab *>());
    QAction *postingsUndo = action(window, u"undoAction"_s);
    QVERIFY(!postingsUndo->isVisible());
    QVERIFY(!action(window, u"redoAction"_s)->isVisible());
    const QList<QAction *> edits = editMenu->actions();
    QCOMPARE(edits.size(), 6);
    QCOMPARE(edits.at(0), salariesUndo);
    QCOMPARE(edits.at(2), postingsUndo);
    QVERIFY(edits.at(4)->isSeparator());
    QCOMPARE(edits.at(5), action(window, u"findPostingAction"_s));
    // Its actions wait for the tab to be shown, as they do on any other tab.
    QVERIFY(!action(window, u"newPostingAction"_s)->isEnabled());
    QVERIFY(!window.findChild<QMenu *>(u"postingMenu"_s)->actions().isEmpty());

    QVERIFY(window.selectTab(u"postings"_s));
    QVERIFY(!salariesUndo->isVisible());
    QVERIFY(postingsUndo->isVisible());
    QVERIFY(action(window, u"newPostingAction"_s)->isEnabled());
    QVERIFY(window.selectTab(u"interviews"_s));
    QVERIFY(!salariesUndo->isVisible());
    QVERIFY(postingsUndo->isVisible());
    // Find (Ctrl+F) follows the tab too: the notes' search on Interviews, the postings' on
    // Postings, one at a time, so the shortcut is never ambiguous.
    QAction *findNotes = action(window, u"findNotesAction"_s);
    QAction *findPosting = action(window, u"findPostingAction"_s);
    QCOMPARE(editMenu->actions().last(), findNotes);
    QCOMPARE(findNotes->shortcut(), QKeySequence(QKeySequence::Find));
    QVERIFY(findNotes->isVisible());
    QVERIFY(!findPosting->isVisible());
    // Built on first use: the Edit menu holds one pair for each tab, not one a show.
    QVERIFY(window.selectTab(u"salaries"_s));
    QVERIFY(salariesUndo->isVisible());
    QVERIFY(!postingsUndo->isVisible());
    QVERIFY(!findNotes->isVisible());
    QVERIFY(!findPosting->isVisible());
    QVERIFY(window.selectTab(u"postings"_s));
    QVERIFY(!findNotes->isVisible());
    QVERIFY(findPosting->isVisible());
    QVERIFY(window.selectTab(u"salaries"_s));
    QCOMPARE(window.findChildren<QAction *>(u"undoSalariesAction"_s).size(), 1);
    QCOMPARE(window.findChildren<QAction *>(u"undoAction"_s).size(), 1);

    // Built the other way round, Postings first, the order in the menu is the same.
    MainWindow other;
    other.setLibrary(openLibrary(m_libraryPath));
    QVERIFY(other.selectTab(u"salaries"_s));
    auto *otherEdit = other.findChild<QMenu *>(u"editMenu"_s);
    QCOMPARE(otherEdit->actions().size(), 6);
    QCOMPARE(otherEdit->actions().at(0), action(other, u"undoSalariesAction"_s));
    QCOMPARE(otherEdit->actions().at(2), action(other, u"undoAction"_s));
}

void TestMainWindow::clearButtonsOnceFilled()
{
    // The search and filter fields get their clear button when they first hold text (it
    // shows only then), not while the window starts.
    MainWindow window;
    window.setLibrary(openLibrary(m_libraryPath));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *search = child<QLineEdit>(window, u"searchLineEdit"_s);
    QVERIFY(!search->isClearButtonEnabled());
    QTest::keyClicks(search, u"dev"_s);
    QVERIFY(search->isClearButtonEnabled());
    search->clear();
    QVERIFY(search->isClearButtonEnabled());

    QVERIFY(window.selectTab(u"salaries"_s));
    auto *area = child<QLineEdit>(window, u"areaLineEdit"_s);
    auto *role = child<QLineEdit>(window, u"roleLineEdit"_s);
    QVERIFY(!area->isClearButtonEnabled());
    role->setText(u"Data"_s);
    QVERIFY(role->isClearButtonEnabled());
    QVERIFY(!area->isClearButtonEnabled());
}

void TestMainWindow::postingColumnsSizedForTheFirstPosting()
{
    // A library without postings yet: the list's columns are sized when the first arrives,
    // not left at the header's default widths.
    const QString path = createLibraryFile(u"no-postings.sqlite"_s);
    auto library = openLibrary(path);
    QVERIFY(library);
    PostingRepository postings(library->database());
    const auto listed = postings.list();
    QVERIFY(listed.ok());
    for (const PostingSummary &posting : listed.value())
        QVERIFY(postings.setDeleted(posting.id, true).ok());
    MainWindow window;
    window.setLibrary(std::move(library));
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *list = child<QTableView>(window, u"postingsTableView"_s);
    QCOMPARE(list->model()->rowCount(), 0);
    const int defaultWidth = list->horizontalHeader()->defaultSectionSize();
    QCOMPARE(list->columnWidth(0), defaultWidth);

    auto *newPosting = window.findChild<QAction *>(u"newPostingAction"_s);
    QVERIFY(newPosting);
    newPosting->trigger();
    QCOMPARE(list->model()->rowCount(), 1);
    QVERIFY2(list->columnWidth(0) >= 150 && list->columnWidth(0) <= 260,
             qPrintable(QString::number(list->columnWidth(0))));
    QVERIFY(list->columnWidth(1) != defaultWidth || list->columnWidth(2) != defaultWidth);
}

void TestMainWindow::selectTab()
{
    MainWindow window;
    auto *tabs = child<QTabWidget>(window, u"tabWidget"_s);
    QVERIFY(window.selectTab(u"salaries"_s));
    QCOMPARE(tabs->currentIndex(), 1);
    QVERIFY(window.selectTab(u"interviews"_s));
    QCOMPARE(tabs->currentIndex(), 2);
    QVERIFY(!window.selectTab(u"scorecards"_s));
    QCOMPARE(tabs->currentIndex(), 2);
    QVERIFY(window.selectTab(u"postings"_s));
    QCOMPARE(tabs->currentIndex(), 0);
}

void TestMainWindow::viewActions()
{
    MainWindow window;
    auto *tabs = child<QTabWidget>(window, u"tabWidget"_s);
    QAction *salaries = action(window, u"showSalariesAction"_s);
    QCOMPARE(salaries->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));
    salaries->trigger();
    QCOMPARE(tabs->currentIndex(), 1);
    tabs->setCurrentIndex(2);
    QVERIFY(action(window, u"showInterviewsAction"_s)->isChecked());
    QCOMPARE(action(window, u"openLibraryAction"_s)->shortcut(), QKeySequence(QKeySequence::Open));
    QCOMPARE(action(window, u"newLibraryAction"_s)->shortcut(), QKeySequence(QKeySequence::New));
}

void TestMainWindow::openBadFileKeepsLibrary()
{
    MainWindow window;
    window.setLibrary(openLibrary(m_libraryPath));
    Library *before = window.library();

    const QString bad = m_dir.filePath(u"notes.sqlite"_s);
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray content = "These are meeting notes, not a library.\n";
    file.write(content);
    file.close();

    FileDialogs::setNextFileName(bad);
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    action(window, u"openLibraryAction"_s)->trigger();

    const auto shown = MessageBoxes::lastShown();
    QVERIFY(shown.has_value());
    QCOMPARE(shown->icon, QMessageBox::Critical);
    QVERIFY2(shown->text.contains(u"notes.sqlite"_s), qPrintable(shown->text));
    QCOMPARE(window.library(), before);
    QCOMPARE(window.windowTitle(), u"lib.sqlite — Hirekit"_s);
    QVERIFY(!AppSettings().recentLibraries().contains(QFileInfo(bad).absoluteFilePath()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void TestMainWindow::openRecordsRecent()
{
    const QString second = createLibraryFile(u"second.sqlite"_s);
    MainWindow window;
    window.setLibrary(openLibrary(m_libraryPath));

    FileDialogs::setNextFileName(second);
    action(window, u"openLibraryAction"_s)->trigger();
    QVERIFY(!MessageBoxes::lastShown());
    QCOMPARE(window.library()->path(), second);
    QCOMPARE(window.windowTitle(), u"second.sqlite — Hirekit"_s);

    const AppSettings settings;
    QCOMPARE(settings.lastLibrary(), QFileInfo(second).absoluteFilePath());
    QCOMPARE(settings.recentLibraries().value(0), QFileInfo(second).absoluteFilePath());

    auto *recent = child<QMenu>(window, u"recentMenu"_s);
    QVERIFY(recent->isEnabled());
    QCOMPARE(recent->actions().first()->data().toString(), QFileInfo(second).absoluteFilePath());

    // Opening from the recent list moves the entry to the front; nothing is duplicated.
    window.openLibrary(m_libraryPath, Library::OpenMode::OpenExisting);
    QCOMPARE(AppSettings().recentLibraries(),
             (QStringList { QFileInfo(m_libraryPath).absoluteFilePath(),
                            QFileInfo(second).absoluteFilePath() }));

    action(window, u"clearRecentAction"_s)->trigger();
    QVERIFY(AppSettings().recentLibraries().isEmpty());
    QVERIFY(!recent->isEnabled());
}

void TestMainWindow::newLibrary()
{
    MainWindow window;
    window.setLibrary(openLibrary(m_libraryPath));

    // No suffix given: ".sqlite" is added.
    FileDialogs::setNextFileName(m_dir.filePath(u"fresh"_s));
    action(window, u"newLibraryAction"_s)->trigger();
    QVERIFY(!MessageBoxes::lastShown());
    QCOMPARE(window.library()->path(), m_dir.filePath(u"fresh.sqlite"_s));
    QVERIFY(window.library()->wasCreated());

    // A new library never replaces an existing file.
    Library *before = window.library();
    FileDialogs::setNextFileName(m_libraryPath);
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    action(window, u"newLibraryAction"_s)->trigger();
    QVERIFY(MessageBoxes::lastShown().has_value());
    QCOMPARE(window.library(), before);

    // Cancel does nothing.
    MessageBoxes::clearLastShown();
    FileDialogs::setNextFileName(QString());
    action(window, u"newLibraryAction"_s)->trigger();
    QVERIFY(!MessageBoxes::lastShown());
    QCOMPARE(window.library(), before);
}

void TestMainWindow::failingRecentEntryIsRemoved()
{
    const QString gone = m_dir.filePath(u"gone.sqlite"_s);
    AppSettings settings;
    settings.setRecentLibraries({ gone, m_libraryPath });

    MainWindow window;
    auto *recent = child<QMenu>(window, u"recentMenu"_s);
    QAction *entry = recent->actions().first();
    QCOMPARE(entry->data().toString(), gone);
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    entry->trigger();
    QVERIFY(MessageBoxes::lastShown().has_value());
    QVERIFY(!window.library());
    QCOMPARE(AppSettings().recentLibraries(),
             QStringList { QFileInfo(m_libraryPath).absoluteFilePath() });
    QCOMPARE(recent->actions().first()->data().toString(),
             QFileInfo(m_libraryPath).absoluteFilePath());
}

void TestMainWindow::aboutNamesVersionAndLicence()
{
    MainWindow window;
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    action(window, u"aboutAction"_s)->trigger();
    const auto shown = MessageBoxes::lastShown();
    QVERIFY(shown.has_value());
    QVERIFY(shown->text.contains(QString::fromUtf8(HIREKIT_VERSION)));
    QVERIFY(shown->text.contains(u"GPL-3.0-or-later"_s));
}

void TestMainWindow::closeSavesGeometry()
{
    {
        MainWindow window;
        window.setLibrary(openLibrary(m_libraryPath));
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    const AppSettings settings;
    QVERIFY(!settings.geometry().isEmpty());
    QVERIFY(!settings.windowState().isEmpty());
    // The library shown when the window closed is the one to open next time.
    QCOMPARE(settings.lastLibrary(), QFileInfo(m_libraryPath).absoluteFilePath());

    MainWindow restored;
    QCOMPARE(restored.size(), QSize(900, 600));
}

void TestMainWindow::screenshots()
{
    // Set HIREKIT_SCREENSHOT_DIR to look at the tabs as a person would.
    const QString dir = qEnvironmentVariable("HIREKIT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("HIREKIT_SCREENSHOT_DIR is not set");
    MainWindow window;
    window.setLibrary(openLibrary(m_libraryPath));
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const QString &tab : { u"postings"_s, u"salaries"_s, u"interviews"_s }) {
        QVERIFY(window.selectTab(tab));
        QCoreApplication::processEvents();
        QVERIFY(window.grab().save(QDir(dir).filePath(u"gui-%1.png"_s.arg(tab))));
    }
}

void TestMainWindow::germanTranslation()
{
    // The .qm built from translations/hirekit_de.ts (the binary embeds the same file).
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(HIREKIT_QM_DIR) + u"/hirekit_de.qm"_s));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    MainWindow window;
    const auto *tabs = window.findChild<QTabWidget *>(u"tabWidget"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(0), u"Stellenanzeigen"_s);
    QCOMPARE(tabs->tabText(1), u"Gehälter"_s);
    QCOMPARE(tabs->tabText(2), u"Interviews"_s);
    QStringList menus;
    for (const QAction *action : window.menuBar()->actions())
        menus.append(action->text());
    QCOMPARE(menus,
             (QStringList { u"&Datei"_s, u"&Bearbeiten"_s, u"&Ansicht"_s, u"&Stellenanzeige"_s,
                            u"&Hilfe"_s }));
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
