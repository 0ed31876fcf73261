// The Postings tab as a hiring manager uses it: a posting made from the template, typing
// with undo and redo, context variations, salary from the table, validation, autosave and
// flushing, delete and undo, revision history, export and print. Modal dialogs are
// answered through the FileDialogs, InputDialogs, MessageBoxes and PrintDialogs hooks.
#include "gui/AppSettings.h"
#include "gui/CandidatesWidget.h"
#include "gui/FileDialogs.h"
#include "gui/InputDialogs.h"
#include "gui/InterviewsTab.h"
#include "gui/MainWindow.h"
#include "gui/MessageBoxes.h"
#include "gui/Plugins.h"
#include "gui/PostingCommands.h"
#include "gui/PostingDocument.h"
#include "gui/PostingEditor.h"
#include "gui/PostingsTab.h"
#include "gui/PrintDialogs.h"
#include "gui/RevisionHistoryDialog.h"
#include "gui/models/RevisionListModel.h"
#include "gui/models/SectionListModel.h"
#include "storage/CandidateRepository.h"
#include "storage/Library.h"
#include "storage/PostingRepository.h"
#include "storage/RevisionRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRawFont>
#include <QScopeGuard>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace hirekit;

class TestPostingEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void templateTypingUndoRedo();
    void burstsEndAfterAPause();
    void previewKeepsItsPlace();
    void previewWrapsAtOneWidth();
    void undoKeyReachesTheDocument();
    void contextVariationReplacesAndUndoes();
    void industryAddsRequirements();
    void fillSalaryFromTable();
    void validationAsYouType();
    void autosaveWritesWithinASecond();
    void switchingPostingsFlushes();
    void closingWindowFlushes();
    void switchingLibraryFlushes();
    void destroyingTheWindowFlushes();
    void deleteAndUndo();
    void searchAndStatusFilter();
    void sectionsKeyboardAndDrag();
    void locationsAddEditRemove();
    void narrowButtonsUseTheInterfaceFont();
    void builtinTemplateIsReadOnly();
    void revisionHistorySaveAndRestore();
    void exportEachFormat_data();
    void exportEachFormat();
    void printAndPreview();
    void revisionModel();
    void screenshots();

private:
    // A fresh seeded library in the temporary folder, shown in m_window.
    void openFreshWindow();
    // New from Template > Backend Developer; the new posting's document.
    PostingDocument *newFromTemplate();
    PostingsTab *tab() const { return m_window->findChild<PostingsTab *>(u"postingsTab"_s); }
    QAction *action(const QString &name) const
    {
        auto *found = m_window->findChild<QAction *>(name);
        if (!found)
            qWarning("no action %s", qPrintable(name));
        return found;
    }
    template<typename T> T *child(const QString &name) const
    {
        auto *found = m_window->findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }
    Posting stored(qint64 id) const;

    QTemporaryDir m_dir;
    int m_libraryCount = 0;
    QString m_libraryPath;
    std::unique_ptr<MainWindow> m_window;
};

void TestPostingEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void TestPostingEditor::init()
{
    AppSettings settings;
    settings.clear();
    settings.sync();
    MessageBoxes::clearLastShown();
    setMergeWindowMs(1000);
    openFreshWindow();
}

void TestPostingEditor::cleanup()
{
    m_window.reset();
}

void TestPostingEditor::openFreshWindow()
{
    m_libraryPath = m_dir.filePath(u"lib%1.sqlite"_s.arg(++m_libraryCount));
    auto opened = Library::open(m_libraryPath, Library::OpenMode::CreateNew);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_window = std::make_unique<MainWindow>();
    m_window->setLibrary(std::move(opened).value());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

PostingDocument *TestPostingEditor::newFromTemplate()
{
    auto *menu = m_window->findChild<QMenu *>(u"newFromTemplateMenu"_s);
    if (!menu || menu->actions().isEmpty())
        return nullptr;
    QAction *backend = nullptr;
    for (QAction *candidate : menu->actions()) {
        if (candidate->text() == u"Backend Developer"_s)
            backend = candidate;
    }
    if (!backend)
        return nullptr;
    backend->trigger();
    return tab()->currentDocument();
}

Posting TestPostingEditor::stored(qint64 id) const
{
    auto posting = PostingRepository(m_window->library()->database()).load(id);
    if (!posting)
        qWarning("%s", qPrintable(posting.error()));
    return posting ? posting.value() : Posting {};
}

void TestPostingEditor::templateTypingUndoRedo()
{
    PostingDocument *document = newFromTemplate();
    QVERIFY(document);
    QVERIFY(!document->posting().isTemplate);
    QCOMPARE(document->posting().title, u"Backend Developer"_s);
    QCOMPARE(document->posting().sections.size(), 6);
    QCOMPARE(document->undoStack()->count(), 0);
    // The new posting is in the list, selected.
    auto *postings = child<QTableView>(u"postingsTableView"_s);
    QCOMPARE(postings->currentIndex().data().toString(), u"Backend Developer"_s);

    // The title has the focus with its text selected: typing replaces it.
    auto *title = child<QLineEdit>(u"titleLineEdit"_s);
    QVERIFY(title->hasFocus());
    QTest::keyClicks(title, u"Senior Go Engineer"_s);
    QCOMPARE(document->posting().title, u"Senior Go Engineer"_s);
    QCOMPARE(document->undoStack()->count(), 1);

    auto *body = child<QPlainTextEdit>(u"bodyPlainTextEdit"_s);
    const QString originalBody = document->posting().sections.at(0).body;
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, u" We ship weekly."_s);
    QCOMPARE(document->posting().sections.at(0).body, originalBody + u" We ship weekly."_s);
    // One step per burst: the title, then the body.
    QCOMPARE(document->undoStack()->count(), 2);

    // The Edit menu follows the posting being edited.
    QAction *undo = action(u"undoAction"_s);
    QAction *redo = action(u"redoAction"_s);
    QCOMPARE(tab()->undoGroup()->activeStack(), document->undoStack());
    QCOMPARE(undo->text(), u"&Undo Edit Section Text"_s);
    undo->trigger();
    QCOMPARE(body->toPlainText(), originalBody);
    undo->trigger();
    QCOMPARE(title->text(), u"Backend Developer"_s);
    QCOMPARE(document->posting().title, u"Backend Developer"_s);
    redo->trigger();
    redo->trigger();
    QCOMPARE(title->text(), u"Senior Go Engineer"_s);
    QCOMPARE(body->toPlainText(), originalBody + u" We ship weekly."_s);

    // The preview follows, debounced.
    auto *preview = child<QTextBrowser>(u"previewTextBrowser"_s);
    QTRY_VERIFY(preview->toPlainText().contains(u"Senior Go Engineer"_s));
    QVERIFY(preview->toPlainText().contains(u"We ship weekly."_s));
}

void TestPostingEditor::burstsEndAfterAPause()
{
    setMergeWindowMs(150);
    PostingDocument *document = newFromTemplate();
    QVERIFY(document);
    auto *title = child<QLineEdit>(u"titleLineEdit"_s);
    title->end(false);
    QTest::keyClicks(title, u" I"_s);
    QTest::qWait(300);
    QTest::keyClicks(title, u"I"_s);
    QCOMPARE(document->posting().title, u"Backend Developer II"_s);
    QCOMPARE(document->undoStack()->count(), 2);
    document->undoStack()->undo();
    QCOMPARE(title->text(), u"Backend Developer I"_s);
}

void TestPostingEditor::previewKeepsItsPlace()
{
    PostingDocument *document = newFromTemplate();
    QVERIFY(document);
    auto *preview = child<QTextBrowser>(u"previewTextBrowser"_s);
    QScrollBar *scrollBar = preview->verticalScrollBar();
    // A new posting is shown from its top.
    QCOMPARE(scrollBar->value(), 0);
    QVERIFY(scrollBar->maximum() > 200);
    scrollBar->setValue(scrollBar->maximum() / 2);
    const int position = scrollBar->value();

    auto *body = child<QPlainTextEdit>(u"bodyPlainTextEdit"_s);
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, u" Typed while reading the preview."_s);
    QTRY_VERIFY(preview->toPlainText().contains(u"Typed while reading the preview."_s));
    QCOMPARE(scrollBar->value(), position);

    // Each refresh shows a new document; the one shown before goes with it.
    const qsizetype documents = preview->findChildren<QTextDocument *>().size();
    for (int i = 0; i < 3; ++i) {
        QTest::keyClicks(body, u" More."_s);
        tab()->renderPreview();
    }
    QVERIFY(preview->toPlainText().contains(u"More. More. More."_s));
    QCOMPARE(preview->findChildren<QTextDocument *>().size(), documents);
    QCOMPARE(scrollBar->value(), position);
}

void TestPostingEditor::previewWrapsAtOneWidth()
{
    // A short posting fits the preview, a template's does not: both wrap at one width, so
    // the preview does not reflow when typing takes a posting past a screenful.
    auto *preview = child<QTextBrowser>(u"previewTextBrowser"_s);
    action(u"newPostingAction"_s)->trigger();
    QTRY_VERIFY(preview->toPlainText().contains(u"New posting"_s));
    QCOMPARE(preview->verticalScrollBar()->maximum(), 0);
    const int shortWidth = preview->viewport()->width();

    QVERIFY(newFromTemplate());
    QTRY_VERIFY(preview->toPlainText().contains(u"Backend Developer"_s));
    QVERIFY(preview->verticalScrollBar()->maximum() > 0);
    QCOMPARE(preview->viewport()->width(), shortWidth);
    QCOMPARE(preview->document()->textWidth(), qreal(shortWidth));
}

void TestPostingEditor::undoKeyReachesTheDocument()
{
    PostingDocument *document = newFromTemplate();
    QVERIFY(document);
    auto *department = child<QLineEdit>(u"departmentLineEdit"_s);
    department->setFocus();
    QVERIFY(department->hasFocus());
    department->selectAll();
    QTest::keyClicks(department, u"Platform"_s);
    QCOMPARE(document->posting().department, u"Platform"_s);
    // Ctrl+Z in a line edit is the document's undo, not the line edit's own.
    QTest::keyClick(department, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(document->posting().department, u"Engineering"_s);
    QCOMPARE(department->text(), u"Engineering"_s);
    QCOMPARE(document->undoStack()->index(), 0);
    QTest::keySequence(department, QKeySequence(QKeySequence::Redo));
    QCOMPARE(department->text(), u"Platform"_s);
}

void TestPostingEditor::contextVariationReplacesAndUndoes()
{
    PostingDocument *document = newFromTemplate();
    QVERIFY(document);
    auto *variation = child<QComboBox>(u"contextVariationComboBox"_s);
    QCOMPARE(variation->count(), 4);
    QCOMPARE(variation->currentData().toString(), QString());
    const Posting before = document->posting();

    const auto apply = [variation](const QString &key) {
        const int index = variation->findData(key);
        variation->setCurrentIndex(index);
        emit variation->activated(index);
    };
    const auto aboutTheRole = [document] {
        for (const PostingSection &section : document->posting().sections) {
            if (section.heading == u"About the Role"_s)
                return section.body;
        }
        return QString();
    };

    apply(u"startup"_s);
    QCOMPARE(document->posting().contextVariation, u"startup"_s);
    QVERIFY(aboutTheRole().contains(u"from the ground up"_s));
    QCOMPARE(document->undoStack()->count(), 1);

    apply(u"corporate"_s);
    QCOMPARE(document->posting().contextVariation, u"corporate"_s);
    QVERIFY(aboutTheRole().contains(u"enterprise-scale"_s));
    QVERIFY(!aboutTheRole().contains(u"from the ground up"_s));
    QCOMPARE(document->undoStack()->count(), 2);

    document->undoStack()->undo();
    QCOMPARE(variation->currentData().toString(), u"startup"_s);
    QVERIFY(aboutTheRole().contains(u"from the ground up"_s));
    document->undoStack()->undo();
    QCOMPARE(variation->currentData().toString(), QString());
    QCOMPARE(document->posting().sections, before.sections);
}

void TestPostingEditor::industryAddsRequirements()
{
    PostingDocument *document = newFromTemplate();
    QVERIFY(document);
    auto *industry = child<QComboBox>(u"industryComboBox"_s);
    QCOMPARE(industry->count(), 7);
    const int index = industry->findData(u"healthcare"_s);
    QVERIFY(index > 0);
    industry->setCurrentIndex(index);
    emit industry->activated(index);
    QCOMPARE(document->posting().industry, u"healthcare"_s);
    bool found = false;
    for (const PostingSection &section : document->posting().sections) {
        if (section.heading == u"Requirements"_s)
            found = section.body.contains(industry->currentText());
    }
    QVERIFY(found);
    document->undoStack()->undo();
    QCOMPARE(document->posting().industry, QString());
}

void TestPostingEditor::fillSalaryFromTable()
{
    PostingDocument *document = newFromTemplate();
    QVERIFY(document);
    QCOMPARE(document->posting().level, std::optional<Level>(Level::Mid));
    QCOMPARE(document->posting().salary.min, std::optional<double>(85000));

    // Austin, typed into a new location row.
    child<QPushButton>(u"addLocationButton"_s)->click();
    QCOMPARE(document->posting().locations.size(), 1);
    auto *city = child<QLineEdit>(u"cityLineEdit"_s);
    QVERIFY(city->hasFocus());
    QTest::keyClicks(city, u"Austin"_s);
    QCOMPARE(document->posting().locations.first().city, u"Austin"_s);

    child<QPushButton>(u"fillSalaryButton"_s)->click();
    QCOMPARE(document->posting().salary.min, std::optional<double>(95000));
    QCOMPARE(document->posting().salary.max, std::optional<double>(140000));
    QCOMPARE(document->posting().salary.currency, u"USD"_s);
    QCOMPARE(document->posting().salary.period, PayPeriod::Year);
    QCOMPARE(child<QLineEdit>(u"minSalaryLineEdit"_s)->text(), u"95,000"_s);
    QCOMPARE(child<QLineEdit>(u"maxSalaryLineEdit"_s)->text(), u"140,000"_s);
    auto *note = child<QLabel>(u"salaryNoteLabel"_s);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(u"Austin"_s), qPrintable(note->text()));

    // Editable afterwards, and one undo step back to the template's range.
    auto *max = child<QLineEdit>(u"maxSalaryLineEdit"_s);
    max->selectAll();
    QTest::keyClicks(max, u"150000"_s);
    QCOMPARE(document->posting().salary.max, std::optional<double>(150000));
    // "1", "15", ... were below the minimum and never reached the posting: one step.
    QCOMPARE(document->undoStack()->count(), 4);
    document->undoStack()->undo();
    QCOMPARE(document->posting().salary.max, std::optional<double>(140000));
    document->undoStack()->undo();
    QCOMPARE(document->posting().salary.min, std::optional<double>(85000));
    QVERIFY(note->isHidden());
}

void TestPostingEditor::validationAsYouType()
{
    PostingDocument *document = newFromTemplate();
    QVERIFY(document);
    auto *salaryMessage = child<QLabel>(u"salaryMessageLabel"_s);
    QVERIFY(salaryMessage->isHidden());

    auto *min = child<QLineEdit>(u"minSalaryLineEdit"_s);
    min->setFocus();
    min->selectAll();
    QTest::keyClicks(min, u"200000"_s);
    QVERIFY(salaryMessage->isVisible());
    QVERIFY2(salaryMessage->text().contains(u"minimum is above the maximum"_s),
             qPrintable(salaryMessage->text()));
    // The library keeps only ranges that make sense: the posting keeps the last one typed.
    QCOMPARE(document->posting().salary.min, std::optional<double>(20000));
    // Nothing modal while typing.
    QVERIFY(!MessageBoxes::lastShown());
    QVERIFY(!QApplication::activeModalWidget());
    QTest::keyClick(min, Qt::Key_Backspace);
    QTest::keyClick(min, Qt::Key_Backspace);
    QCOMPARE(document->posting().salary.min, std::optional<double>(2000));
    QVERIFY(salaryMessage->isHidden());

    // Not an amount: marked, and the posting keeps the last amount.
    QTest::keyClicks(min, u"x"_s);
    QVERIFY(salaryMessage->text().contains(u"not an amount"_s));
    QCOMPARE(document->posting().salary.min, std::optional<double>(2000));
    // Empty is "not stated".
    min->clear();
    QTest::keyClicks(min, u" "_s);
    QCOMPARE(document->posting().salary.min, std::nullopt);

    auto *title = child<QLineEdit>(u"titleLineEdit"_s);
    auto *titleMessage = child<QLabel>(u"titleMessageLabel"_s);
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Delete);
    QVERIFY(titleMessage->isVisible());
    QCOMPARE(titleMessage->text(), u"A title is required."_s);
    QTest::keyClicks(title, u"Data Engineer"_s);
    QVERIFY(titleMessage->isHidden());

    auto *validThrough = child<QCheckBox>(u"validThroughCheckBox"_s);
    auto *date = child<QDateEdit>(u"validThroughDateEdit"_s);
    auto *dateMessage = child<QLabel>(u"validThroughMessageLabel"_s);
    validThrough->click();
    QVERIFY(document->posting().validThrough.isValid());
    QVERIFY(dateMessage->isHidden());
    date->setDate(QDate::currentDate().addDays(-3));
    QCOMPARE(document->posting().validThrough, QDate::currentDate().addDays(-3));
    QVERIFY(dateMessage->isVisible());
    QVERIFY(dateMessage->text().contains(u"passed"_s));
    validThrough->click();
    QVERIFY(!document->posting().validThrough.isValid());
    QVERIFY(dateMessage->isHidden());
}

void TestPostingEditor::autosaveWritesWithinASecond()
{
    PostingDocument *document = newFromTemplate();
    QVERIFY(document);
    const qint64 id = document->id();
    QTest::keyClicks(child<QLineEdit>(u"titleLineEdit"_s), u"Autosaved Title"_s);
    QVERIFY(document->isModified());
    QCOMPARE(stored(id).title, u"Backend Developer"_s);
    // A fresh read of the library, as another program would see it.
    QTRY_COMPARE_WITH_TIMEOUT(stored(id).title, u"Autosaved Title"_s, 1500);
    QVERIFY(!document->isModified());
    QVERIFY(child<QLabel>(u"saveStatusLabel"_s)->text().startsWith(u"Saved "_s));
    // The list shows the new title.
    QCOMPARE(child<QTableView>(u"postingsTableView"_s)->currentIndex().data().toString(),
             u"Autosaved Title"_s);
    // Undo is a change like any other: saved again.
    document->undoStack()->undo();
    QTRY_COMPARE_WITH_TIMEOUT(stored(id).title, u"Backend Developer"_s, 1500);
}

void TestPostingEditor::switchingPostingsFlushes()
{
    PostingDocument *document = newFromTemplate();
    QVERIFY(document);
    const qint64 id = document->id();
    document->setAutosaveDelay(60'000);
    QTest::keyClicks(child<QLineEdit>(u"titleLineEdit"_s), u"Switched Away"_s);
    QCOMPARE(stored(id).title, u"Backend Developer"_s);

    // Another posting: the seeded example, listed under the new one.
    auto *postings = child<QTableView>(u"postingsTableView"_s);
    QCOMPARE(postings->model()->rowCount(), 2);
    const int other = postings->currentIndex().row() == 0 ? 1 : 0;
    postings->setCurrentIndex(postings->model()->index(other, 0));
    QVERIFY(tab()->currentDocument() != document);
    QCOMPARE(stored(id).title, u"Switched Away"_s);

    // Back again: the same document, its undo history intact.
    postings->setCurrentIndex(postings->model()->index(
        postings->model()
            ->match(postings->model()->index(0, 0), Qt::DisplayRole, u"Switched Away"_s)
            .value(0)
            .row(),
        0));
    QCOMPARE(tab()->currentDocument(), document);
    QCOMPARE(document->undoStack()->count(), 1);
}

void TestPostingEditor::closingWindowFlushes()
{
    PostingDocument *document = newFromTemplate();
    QVERIFY(document);
    const qint64 id = document->id();
    document->setAutosaveDelay(60'000);
    QTest::keyClicks(child<QLineEdit>(u"titleLineEdit"_s), u"Closed Soon"_s);
    QVERIFY(m_window->close());
    QCOMPARE(stored(id).title, u"Closed Soon"_s);
}

void TestPostingEditor::switchingLibraryFlushes()
{
    PostingDocument *document = newFromTemplate();
    QVERIFY(document);
    const qint64 id = document->id();
    const QString first = m_libraryPath;
    document->setAutosaveDelay(60'000);
    QTest::keyClicks(child<QLineEdit>(u"titleLineEdit"_s), u"Library Switch"_s);

    const QString second = m_dir.filePath(u"other%1.sqlite"_s.arg(m_libraryCount));
    FileDialogs::setNextFileName(second);
    action(u"newLibraryAction"_s)->trigger();
    QCOMPARE(m_window->library()->path(), second);
    m_window.reset();

    auto reopened = Library::open(first, Library::OpenMode::OpenExisting);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
    QCOMPARE(PostingRepository(reopened.value()->database()).load(id)->title, u"Library Switch"_s);
}

void TestPostingEditor::destroyingTheWindowFlushes()
{
    // The window goes with its tabs before the library closes: edits not yet autosaved are
    // written on the way, with every tab built.
    PostingDocument *document = newFromTemplate();
    QVERIFY(document);
    const qint64 id = document->id();
    document->setAutosaveDelay(60'000);
    QTest::keyClicks(child<QLineEdit>(u"titleLineEdit"_s), u"Window Gone"_s);
    QVERIFY(m_window->selectTab(u"salaries"_s));

    // And a candidate's notes typed a moment ago, not yet saved (they wait for a pause).
    Candidate candidate;
    candidate.name = u"Noor Haddad"_s;
    const auto candidateId = CandidateRepository(m_window->library()->database()).insert(candidate);
    QVERIFY(candidateId.ok());
    QVERIFY(m_window->selectTab(u"interviews"_s));
    InterviewsTab *interviews = m_window->interviewsTab();
    interviews->showPage(InterviewsTab::CandidatesPage);
    QVERIFY(interviews->candidates()->selectCandidate(*candidateId));
    auto *notes = child<QPlainTextEdit>(u"candidateNotesPlainTextEdit"_s);
    notes->setFocus();
    QTest::keyClicks(notes, u"Strong on incident reviews"_s);

    const QString path = m_window->library()->path();
    m_window.reset();

    auto reopened = Library::open(path, Library::OpenMode::OpenExisting);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
    QCOMPARE(PostingRepository(reopened.value()->database()).load(id)->title, u"Window Gone"_s);
    QCOMPARE(CandidateRepository(reopened.value()->database()).load(*candidateId)->notes,
             u"Strong on incident reviews"_s);
}

void TestPostingEditor::deleteAndUndo()
{
    PostingDocument *document = newFromTemplate();
    QVERIFY(document);
    const qint64 id = document->id();
    auto *postings = child<QTableView>(u"postingsTableView"_s);
    QCOMPARE(postings->model()->rowCount(), 2);

    // Delete from the keyboard in the list.
    postings->setFocus();
    QVERIFY(postings->hasFocus());
    QTest::keyClick(postings, Qt::Key_Delete);
    QCOMPARE(postings->model()->rowCount(), 1);
    QVERIFY(!PostingRepository(m_window->library()->database()).load(id).ok());
    QVERIFY(tab()->currentDocument());
    QVERIFY(tab()->currentDocument()->id() != id);

    QAction *undo = action(u"undoAction"_s);
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(u"Delete"_s), qPrintable(undo->text()));
    undo->trigger();
    QCOMPARE(postings->model()->rowCount(), 2);
    QCOMPARE(stored(id).title, u"Backend Developer"_s);
    QCOMPARE(tab()->currentDocument()->id(), id);

    // Undo again: the posting made from the template goes too.
    undo->trigger();
    QCOMPARE(postings->model()->rowCount(), 1);
    action(u"redoAction"_s)->trigger();
    QCOMPARE(postings->model()->rowCount(), 2);
}

void TestPostingEditor::searchAndStatusFilter()
{
    QVERIFY(newFromTemplate());
    auto *postings = child<QTableView>(u"postingsTableView"_s);
    auto *search = child<QLineEdit>(u"searchLineEdit"_s);
    QCOMPARE(postings->model()->rowCount(), 2);

    action(u"findPostingAction"_s)->trigger();
    QVERIFY(search->hasFocus());
    // Words of the text, as prefixes: only the example names Northwind.
    QTest::keyClicks(search, u"northw"_s);
    QTRY_COMPARE(postings->model()->rowCount(), 1);
    search->clear();
    QTest::keyClicks(search, u"zzzqqq"_s);
    QTRY_COMPARE(postings->model()->rowCount(), 0);
    QVERIFY(child<QLabel>(u"noMatchLabel"_s)->isVisible());
    search->clear();
    QTRY_COMPARE(postings->model()->rowCount(), 2);

    auto *status = child<QComboBox>(u"statusFilterComboBox"_s);
    status->setCurrentIndex(status->findData(int(PostingStatus::Published)));
    QCOMPARE(postings->model()->rowCount(), 0);
    status->setCurrentIndex(status->findData(int(PostingStatus::Draft)));
    QCOMPARE(postings->model()->rowCount(), 2);
}

void TestPostingEditor::sectionsKeyboardAndDrag()
{
    PostingDocument *document = newFromTemplate();
    QVERIFY(document);
    auto *list = child<QListView>(u"sectionsListView"_s);
    auto *model = qobject_cast<SectionListModel *>(list->model());
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto headings = [document] {
        QStringList result;
        for (const PostingSection &section : document->posting().sections)
            result.append(section.heading);
        return result;
    };
    const QStringList original = headings();
    QCOMPARE(original.value(0), u"Overview"_s);

    // Alt+Down with the focus in the list.
    list->setFocus();
    list->setCurrentIndex(model->index(0));
    QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(headings().value(1), u"Overview"_s);
    QCOMPARE(list->currentIndex().row(), 1);
    QCOMPARE(child<QLineEdit>(u"headingLineEdit"_s)->text(), u"Overview"_s);
    // Alt+Up from the body editor.
    auto *body = child<QPlainTextEdit>(u"bodyPlainTextEdit"_s);
    body->setFocus();
    QTest::keyClick(body, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(headings(), original);
    QCOMPARE(document->undoStack()->count(), 2);

    // Drag and drop reaches the model as moveRows: row 0 dropped before row 3.
    QVERIFY(model->moveRow(QModelIndex(), 0, QModelIndex(), 3));
    QCOMPARE(headings().value(2), u"Overview"_s);
    document->undoStack()->undo();
    QCOMPARE(headings(), original);

    // Rename in place (F2), add and remove.
    QVERIFY(model->setData(model->index(1), u"Why Join"_s));
    QCOMPARE(headings().value(1), u"Why Join"_s);
    list->setFocus();
    list->setCurrentIndex(model->index(5));
    QTest::keyClick(list, Qt::Key_Insert, Qt::AltModifier);
    QCOMPARE(headings().size(), 7);
    QCOMPARE(headings().value(6), u"New Section"_s);
    QVERIFY(child<QLineEdit>(u"headingLineEdit"_s)->hasFocus());
    QTest::keyClicks(child<QLineEdit>(u"headingLineEdit"_s), u"Our Team"_s);
    QCOMPARE(headings().value(6), u"Our Team"_s);
    QCOMPARE(model->index(6).data().toString(), u"Our Team"_s);
    action(u"removeSectionAction"_s)->trigger();
    QCOMPARE(headings().size(), 6);
    document->undoStack()->undo();
    QCOMPARE(headings().value(6), u"Our Team"_s);
}

void TestPostingEditor::locationsAddEditRemove()
{
    PostingDocument *document = newFromTemplate();
    QVERIFY(document);
    auto *add = child<QPushButton>(u"addLocationButton"_s);
    add->click();
    QTest::keyClicks(QApplication::focusWidget(), u"Berlin"_s);
    add->click();
    QCOMPARE(document->posting().locations.size(), 2);
    QTest::keyClicks(QApplication::focusWidget(), u"Lisbon"_s);
    const QList<QComboBox *> workplaces =
        m_window->findChildren<QComboBox *>(u"workplaceComboBox"_s);
    QCOMPARE(workplaces.size(), 2);
    workplaces.at(1)->setCurrentIndex(workplaces.at(1)->findData(int(Workplace::Remote)));
    emit workplaces.at(1)->activated(workplaces.at(1)->currentIndex());
    QCOMPARE(document->posting().locations.at(1).city, u"Lisbon"_s);
    QCOMPARE(document->posting().locations.at(1).workplace, Workplace::Remote);
    // add, type, add, type, workplace
    QCOMPARE(document->undoStack()->count(), 5);

    m_window->findChildren<QToolButton *>(u"removeLocationButton"_s).first()->click();
    QCOMPARE(document->posting().locations.size(), 1);
    QCOMPARE(document->posting().locations.first().city, u"Lisbon"_s);
    document->undoStack()->undo();
    QCOMPARE(document->posting().locations.size(), 2);
    QCOMPARE(m_window->findChildren<QLineEdit *>(u"cityLineEdit"_s).size(), 2);
    QTRY_VERIFY(child<QTextBrowser>(u"previewTextBrowser"_s)->toPlainText().contains(u"Lisbon"_s));
}

void TestPostingEditor::narrowButtonsUseTheInterfaceFont()
{
    // The sections' and locations' narrow buttons, without an icon theme: their signs are in
    // the interface's own font, and the move buttons show arrows the style draws. A character
    // the font lacks (the minus sign, arrows in Noto Sans) made Qt look through every
    // installed font for one that has it when the Postings tab was first shown.
    PostingDocument *document = newFromTemplate();
    QVERIFY(document);
    child<QPushButton>(u"addLocationButton"_s)->click();
    QList<QToolButton *> buttons = m_window->findChildren<QToolButton *>(u"removeLocationButton"_s);
    QVERIFY(!buttons.isEmpty());
    for (const QString &name : { u"addSectionButton"_s, u"removeSectionButton"_s,
                                 u"moveSectionUpButton"_s, u"moveSectionDownButton"_s })
        buttons.append(child<QToolButton>(name));
    for (QToolButton *button : std::as_const(buttons)) {
        if (!button->icon().isNull())
            continue; // an icon theme draws it
        if (button->objectName().startsWith(u"moveSection"_s)) {
            QCOMPARE(button->arrowType(),
                     button->objectName() == u"moveSectionUpButton"_s ? Qt::UpArrow
                                                                      : Qt::DownArrow);
            continue;
        }
        const QRawFont font = QRawFont::fromFont(button->font());
        QVERIFY(font.isValid());
        QVERIFY(!button->text().isEmpty());
        for (const char32_t character : button->text().toUcs4()) {
            // Signs every interface font has (ASCII, the en dash), whichever this machine uses.
            QVERIFY2(character < 0x80 || character == 0x2013,
                     qPrintable(u"%1: U+%2"_s.arg(button->objectName())
                                    .arg(uint(character), 4, 16, QLatin1Char('0'))));
            QVERIFY2(font.supportsCharacter(character),
                     qPrintable(u"%1: U+%2 is not in %3"_s.arg(button->objectName())
                                    .arg(uint(character), 4, 16, QLatin1Char('0'))
                                    .arg(font.familyName())));
        }
    }
}

void TestPostingEditor::builtinTemplateIsReadOnly()
{
    auto *templates = child<QListView>(u"templatesListView"_s);
    QVERIFY(templates->model()->rowCount() >= 1);
    templates->setCurrentIndex(templates->model()->index(0, 0));
    PostingDocument *document = tab()->currentDocument();
    QVERIFY(document);
    QVERIFY(document->posting().isBuiltin);
    QVERIFY(child<QLabel>(u"readOnlyLabel"_s)->isVisible());
    QVERIFY(child<QLineEdit>(u"titleLineEdit"_s)->isReadOnly());
    QVERIFY(!action(u"deletePostingAction"_s)->isEnabled());
    QVERIFY(action(u"saveAsTemplateAction"_s)->isEnabled());

    // Save as Template makes an editable copy beside it.
    InputDialogs::setNextText(u"Backend Developer (Berlin)"_s);
    action(u"saveAsTemplateAction"_s)->trigger();
    document = tab()->currentDocument();
    QVERIFY(document->posting().isTemplate);
    QVERIFY(!document->posting().isBuiltin);
    QCOMPARE(document->posting().title, u"Backend Developer (Berlin)"_s);
    QCOMPARE(templates->model()->rowCount(), 2);
    QVERIFY(!child<QLineEdit>(u"titleLineEdit"_s)->isReadOnly());
    QCOMPARE(templates->currentIndex().data().toString(), u"Backend Developer (Berlin)"_s);
    // And it is offered under New from Template.
    QCOMPARE(m_window->findChild<QMenu *>(u"newFromTemplateMenu"_s)->actions().size(), 2);
}

void TestPostingEditor::revisionHistorySaveAndRestore()
{
    PostingDocument *document = newFromTemplate();
    QVERIFY(document);
    const qint64 id = document->id();
    InputDialogs::setNextText(u"first draft"_s);
    action(u"saveVersionAction"_s)->trigger();
    RevisionRepository revisions(m_window->library()->database());
    QCOMPARE(revisions.list(id)->size(), 1);
    QCOMPARE(revisions.list(id)->first().note, u"first draft"_s);

    QTest::keyClicks(child<QLineEdit>(u"titleLineEdit"_s), u"Rewritten"_s);
    QCOMPARE(document->posting().title, u"Rewritten"_s);

    action(u"historyAction"_s)->trigger();
    auto *dialog = m_window->findChild<RevisionHistoryDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *table = dialog->findChild<QTableView *>(u"revisionsTableView"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, RevisionListModel::NoteColumn).data().toString(),
             u"first draft"_s);
    auto *shown = dialog->findChild<QTextBrowser *>(u"revisionTextBrowser"_s);
    QVERIFY(shown->toPlainText().contains(u"Backend Developer"_s));
    dialog->findChild<QPushButton *>(u"restoreButton"_s)->click();
    QTRY_VERIFY(!m_window->findChild<RevisionHistoryDialog *>());

    QCOMPARE(document->posting().title, u"Backend Developer"_s);
    QCOMPARE(child<QLineEdit>(u"titleLineEdit"_s)->text(), u"Backend Developer"_s);
    QCOMPARE(stored(id).title, u"Backend Developer"_s);
    const auto after = revisions.list(id);
    QCOMPARE(after->size(), 2);
    QCOMPARE(after->first().reason, RevisionReason::Restore);
    // Restoring is one undo step.
    document->undoStack()->undo();
    QCOMPARE(document->posting().title, u"Rewritten"_s);
}

void TestPostingEditor::exportEachFormat_data()
{
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("pdf") << u"pdf"_s << QByteArray("%PDF");
    QTest::newRow("html") << u"html"_s << QByteArray("<!DOCTYPE html>");
    QTest::newRow("markdown") << u"md"_s << QByteArray("# Exported Posting");
    QTest::newRow("text") << u"txt"_s << QByteArray("Exported Posting");
    QTest::newRow("json") << u"json"_s << QByteArray("{");
}

void TestPostingEditor::exportEachFormat()
{
    QFETCH(QString, extension);
    QFETCH(QByteArray, start);
    PostingDocument *document = newFromTemplate();
    QVERIFY(document);
    QTest::keyClicks(child<QLineEdit>(u"titleLineEdit"_s), u"Exported Posting"_s);

    const QString path = m_dir.filePath(u"export-%1.%2"_s.arg(m_libraryCount).arg(extension));
    FileDialogs::setNextFileName(path);
    QVERIFY(action(u"exportPostingAction"_s)->isEnabled());
    action(u"exportPostingAction"_s)->trigger();
    QVERIFY2(!MessageBoxes::lastShown(),
             qPrintable(MessageBoxes::lastShown().value_or(MessageBoxes::Shown {}).text));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.size() > 100);
    QVERIFY2(content.trimmed().startsWith(start), content.left(80).constData());
    if (extension == u"json"_s)
        QCOMPARE(QJsonDocument::fromJson(content).object().value(u"title"_s).toString(),
                 u"Exported Posting"_s);
    // The export is kept in the history, with its format.
    const auto revisions = RevisionRepository(m_window->library()->database()).list(document->id());
    QCOMPARE(revisions->size(), 1);
    QCOMPARE(revisions->first().reason, RevisionReason::Export);
    QCOMPARE(revisions->first().note, extension);
    QVERIFY(child<QLabel>(u"saveStatusLabel"_s)->text().contains(u"Exported"_s));
}

void TestPostingEditor::printAndPreview()
{
    QVERIFY(newFromTemplate());
    const QString printed = m_dir.filePath(u"printed.pdf"_s);
    PrintDialogs::setNextAnswer(true, printed);
    action(u"printPostingAction"_s)->trigger();
    QFile file(printed);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(4) == "%PDF");

    const QString previewed = m_dir.filePath(u"previewed.pdf"_s);
    PrintDialogs::setNextAnswer(true, previewed);
    action(u"printPreviewAction"_s)->trigger();
    QVERIFY(QFileInfo(previewed).size() > 1000);

    // Cancelled: nothing printed, nothing shown.
    PrintDialogs::setNextAnswer(false);
    action(u"printPostingAction"_s)->trigger();
    QVERIFY(!MessageBoxes::lastShown());

    // Without the printing plugin both say why, and print nothing; the posting is untouched.
    const auto restore = qScopeGuard([] { Plugins::setSearchPath({}); });
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    Plugins::setSearchPath({ empty.path() });
    const QString title = child<QLineEdit>(u"titleLineEdit"_s)->text();
    const QString unprinted = m_dir.filePath(u"unprinted.pdf"_s);
    for (const QString &name : { u"printPostingAction"_s, u"printPreviewAction"_s }) {
        MessageBoxes::clearLastShown();
        MessageBoxes::setNextAnswer(QMessageBox::Ok);
        PrintDialogs::setNextAnswer(true, unprinted);
        action(name)->trigger();
        const auto shown = MessageBoxes::lastShown();
        QVERIFY2(shown, qPrintable(name));
        QCOMPARE(shown->icon, QMessageBox::Critical);
        QVERIFY2(shown->text.startsWith(u"Printing is not available."_s), qPrintable(shown->text));
        QVERIFY(shown->text.contains(u"libhirekit_printing.so"_s));
        QVERIFY(shown->text.contains(empty.path()));
        QVERIFY(!QFile::exists(unprinted));
    }
    QCOMPARE(child<QLineEdit>(u"titleLineEdit"_s)->text(), title);
    // Found again, it prints.
    Plugins::setSearchPath({});
    PrintDialogs::setNextAnswer(true, unprinted);
    action(u"printPostingAction"_s)->trigger();
    QVERIFY(QFileInfo(unprinted).size() > 1000);
}

void TestPostingEditor::revisionModel()
{
    RevisionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PostingRevision first;
    first.id = 1;
    first.createdAt = QDateTime::currentDateTimeUtc();
    first.reason = RevisionReason::Export;
    first.note = u"pdf"_s;
    first.summary = u"First revision"_s;
    PostingRevision second = first;
    second.id = 2;
    second.reason = RevisionReason::Version;
    second.summary = u"Title changed"_s;
    model.setItems({ second, first });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.index(0, RevisionListModel::SummaryColumn).data().toString(),
             u"Title changed"_s);
    QCOMPARE(model.index(1, RevisionListModel::ReasonColumn).data().toString(), u"Export"_s);
    QCOMPARE(model.index(1, 0).data(RevisionListModel::IdRole).toLongLong(), 1);
    model.setItems({});
    QCOMPARE(model.rowCount(), 0);
}

void TestPostingEditor::screenshots()
{
    // Set HIREKIT_SCREENSHOT_DIR to look at the editor as a person would.
    const QString dir = qEnvironmentVariable("HIREKIT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("HIREKIT_SCREENSHOT_DIR is not set");
    PostingDocument *document = newFromTemplate();
    QVERIFY(document);
    QTest::keyClicks(child<QLineEdit>(u"titleLineEdit"_s), u"Senior Backend Engineer"_s);
    child<QPushButton>(u"addLocationButton"_s)->click();
    QTest::keyClicks(QApplication::focusWidget(), u"Austin"_s);
    child<QPushButton>(u"fillSalaryButton"_s)->click();
    auto *min = child<QLineEdit>(u"minSalaryLineEdit"_s);
    min->selectAll();
    QTest::keyClicks(min, u"150000"_s);
    QTest::qWait(400);
    QVERIFY(m_window->grab().save(QDir(dir).filePath(u"editor-window.png"_s)));
    auto *form = child<QWidget>(u"headerWidget"_s);
    QVERIFY(form->grab().save(QDir(dir).filePath(u"editor-form.png"_s)));
    InputDialogs::setNextText(u"first draft"_s);
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    action(u"saveVersionAction"_s)->trigger();
    QVERIFY2(!MessageBoxes::lastShown(),
             qPrintable(MessageBoxes::lastShown().value_or(MessageBoxes::Shown {}).text));
    action(u"historyAction"_s)->trigger();
    auto *dialog = m_window->findChild<RevisionHistoryDialog *>();
    QVERIFY(dialog);
    QTest::qWait(100);
    QVERIFY(dialog->grab().save(QDir(dir).filePath(u"history-dialog.png"_s)));
    dialog->reject();
    auto *templates = child<QListView>(u"templatesListView"_s);
    templates->setCurrentIndex(templates->model()->index(0, 0));
    QTest::qWait(100);
    QVERIFY(m_window->grab().save(QDir(dir).filePath(u"builtin-template.png"_s)));
}

QTEST_MAIN(TestPostingEditor)
#include "tst_postingeditor.moc"
