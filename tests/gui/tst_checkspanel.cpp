// The posting checks in the editor: typing runs them once after a pause (never per key), the
// section body marks coded words, long sentences and misspellings at the right characters,
// the checks panel lists them and takes the editor to each, a spelling suggestion is one undo
// step (in a section's body and in a header field), "Add to Word List" is remembered, and the
// panel's View toggle is too. Offscreen, with Debian's en_US dictionary.
#include "analysis/Readability.h"
#include "gui/AppSettings.h"
#include "gui/CheckHighlighter.h"
#include "gui/MainWindow.h"
#include "gui/MessageBoxes.h"
#include "gui/PostingCheckRunner.h"
#include "gui/PostingChecksPanel.h"
#include "gui/PostingCommands.h"
#include "gui/PostingDocument.h"
#include "gui/PostingEditor.h"
#include "gui/PostingsTab.h"
#include "gui/SectionsEditor.h"
#include "storage/Library.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace hirekit;

namespace {

// The format the highlighter gave the character at `position` (the last range wins, as
// when drawn).
QTextCharFormat formatAt(QPlainTextEdit *edit, int position)
{
    const QTextBlock block = edit->document()->findBlock(position);
    const int inBlock = position - block.position();
    QTextCharFormat format;
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (inBlock >= range.start && inBlock < range.start + range.length)
            format = range.format;
    }
    return format;
}

bool allChars(QPlainTextEdit *edit, int position, int length,
              const std::function<bool(const QTextCharFormat &)> &test)
{
    for (int i = position; i < position + length; ++i) {
        if (!test(formatAt(edit, i)))
            return false;
    }
    return true;
}

QTreeWidgetItem *findItem(QTreeWidget *tree, const QString &groupKey, const QString &prefix)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = tree->topLevelItem(i);
        if (group->data(0, PostingChecksPanel::FieldRole).toString() != groupKey)
            continue;
        if (prefix.isEmpty())
            return group;
        for (int j = 0; j < group->childCount(); ++j) {
            if (group->child(j)->text(0).startsWith(prefix))
                return group->child(j);
        }
    }
    return nullptr;
}

const QString longSentence =
    u"This sentence keeps going with one more clause and then another clause after that "
    "until it has far more words than any reader would like to hold in mind at once."_s;

} // namespace

class TestChecksPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typingMarksAndListsFindings();
    void editsInsideAMarkDropItOnEveryLine();
    void rightClickAndMenuKeyOfferSuggestions();
    void suggestionInAHeaderFieldIsOneUndoStep();
    void addToWordListIsRemembered();
    void builtinTemplateHasNoSpellingFindings();
    void viewToggleIsRemembered();

private:
    PostingDocument *newFromTemplate();
    template<typename T> T *child(const QString &name) const
    {
        auto *found = m_window->findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }
    PostingEditor *editor() const { return child<PostingsTab>(u"postingsTab"_s)->editor(); }

    QTemporaryDir m_dir;
    int m_libraryCount = 0;
    std::unique_ptr<MainWindow> m_window;
};

void TestChecksPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void TestChecksPanel::init()
{
    AppSettings settings;
    settings.clear();
    settings.sync();
    MessageBoxes::clearLastShown();
    auto opened = Library::open(m_dir.filePath(u"lib%1.sqlite"_s.arg(++m_libraryCount)),
                                Library::OpenMode::CreateNew);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_window = std::make_unique<MainWindow>();
    m_window->setLibrary(std::move(opened).value());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestChecksPanel::cleanup()
{
    m_window.reset();
}

PostingDocument *TestChecksPanel::newFromTemplate()
{
    auto *menu = m_window->findChild<QMenu *>(u"newFromTemplateMenu"_s);
    if (!menu || menu->actions().isEmpty())
        return nullptr;
    menu->actions().first()->trigger();
    return child<PostingsTab>(u"postingsTab"_s)->currentDocument();
}

void TestChecksPanel::typingMarksAndListsFindings()
{
    PostingDocument *document = newFromTemplate();
    QVERIFY(document);
    PostingCheckRunner *runner = editor()->checkRunner();
    QTRY_VERIFY(!runner->isPending());
    auto *body = child<QPlainTextEdit>(u"bodyPlainTextEdit"_s);
    auto *tree = child<QTreeWidget>(u"checksTreeWidget"_s);

    // Typing: the checks wait for the pause, and run once.
    QSignalSpy runs(runner, &PostingCheckRunner::checked);
    body->setFocus();
    body->selectAll();
    const QString text = u"We want an aggressive leader who is supportive. "_s + longSentence
        + u"\nThsi is wrong."_s;
    const qsizetype lineBreak = text.indexOf(u'\n');
    QTest::keyClicks(body, text.left(lineBreak));
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, text.mid(lineBreak + 1));
    QCOMPARE(document->posting().sections.at(0).body, text);
    QCOMPARE(runs.count(), 0);
    QVERIFY(runner->isPending());
    QTRY_COMPARE(runs.count(), 1);
    QTest::qWait(PostingCheckRunner::DefaultDelayMs + 100);
    QCOMPARE(runs.count(), 1);

    // Highlights at the right characters.
    const int aggressive = int(text.indexOf(u"aggressive"_s));
    const int supportive = int(text.indexOf(u"supportive"_s));
    const int misspelled = int(text.indexOf(u"Thsi"_s));
    const int sentence = int(text.indexOf(longSentence));
    const QColor masculine = CheckHighlighter::markColor(CheckMark::Masculine);
    const QColor feminine = CheckHighlighter::markColor(CheckMark::Feminine);
    const QColor tint = CheckHighlighter::markColor(CheckMark::LongSentence);
    QVERIFY(masculine != feminine);
    QVERIFY(allChars(body, aggressive, 10, [&](const QTextCharFormat &format) {
        return format.background().color() == masculine
            && format.toolTip().contains(u"Masculine-coded"_s);
    }));
    QVERIFY(allChars(body, supportive, 10, [&](const QTextCharFormat &format) {
        return format.background().color() == feminine;
    }));
    QVERIFY(allChars(body, misspelled, 4, [](const QTextCharFormat &format) {
        return format.underlineStyle() == QTextCharFormat::SpellCheckUnderline
            && format.underlineColor() == CheckHighlighter::markColor(CheckMark::Misspelled);
    }));
    QVERIFY(allChars(body, sentence, int(longSentence.size()), [&](const QTextCharFormat &format) {
        return format.background().color() == tint;
    }));
    // Around them, nothing: the word before, the short first sentence, "is wrong".
    QVERIFY(!formatAt(body, aggressive - 2).background().color().isValid()
            || formatAt(body, aggressive - 2).background().style() == Qt::NoBrush);
    QCOMPARE(formatAt(body, misspelled + 5).underlineStyle(), QTextCharFormat::NoUnderline);
    QCOMPARE(formatAt(body, 0).background().style(), Qt::NoBrush);

    // The panel lists them.
    QVERIFY(findItem(tree, u"wording"_s, u"aggressive (masculine)"_s));
    QVERIFY(findItem(tree, u"wording"_s, u"supportive (feminine)"_s));
    QVERIFY(findItem(tree, u"wording"_s, {})->text(0).startsWith(u"Wording: "_s));
    QTreeWidgetItem *longItem =
        findItem(tree, u"readability"_s,
                 u"%1 words: This sentence"_s.arg(analyseReadability(longSentence).words));
    QVERIFY(longItem);
    QTreeWidgetItem *spelling = findItem(tree, u"spelling"_s, {});
    QCOMPARE(spelling->text(0), u"Spelling: 1 unknown word"_s);
    QTreeWidgetItem *thsi = findItem(tree, u"spelling"_s, u"Thsi"_s);
    QVERIFY(thsi);
    QVERIFY(findItem(tree, u"pay"_s, {}));

    // A missing field takes the focus to the field to fill in.
    QTreeWidgetItem *completeness = findItem(tree, u"completeness"_s, {});
    QVERIFY(completeness);
    QTreeWidgetItem *validThrough = nullptr;
    for (int i = 0; i < completeness->childCount(); ++i) {
        if (completeness->child(i)->data(0, PostingChecksPanel::FieldRole) == u"valid_through"_s)
            validThrough = completeness->child(i);
    }
    QVERIFY(validThrough);
    tree->scrollToItem(validThrough);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                      tree->visualItemRect(validThrough).center());
    QVERIFY(child<QWidget>(u"validThroughCheckBox"_s)->hasFocus());

    // A click takes the editor to the word, selected.
    body->moveCursor(QTextCursor::Start);
    tree->scrollToItem(thsi);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(thsi).center());
    QCOMPARE(body->textCursor().selectedText(), u"Thsi"_s);
    QCOMPARE(body->textCursor().selectionStart(), misspelled);
    QVERIFY(body->hasFocus());
    // And Enter on a finding, for the keyboard.
    tree->setFocus();
    tree->setCurrentItem(longItem);
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(body->textCursor().selectionStart(), sentence);
    QCOMPARE(body->textCursor().selectedText(), longSentence);

    // Right click on the misspelled word: suggestions first, then the standard menu.
    CheckHighlighter *highlighter = child<SectionsEditor>(u"sectionsEditor"_s)->bodyHighlighter();
    std::unique_ptr<QMenu> menu(highlighter->createContextMenu({}, misspelled + 1));
    const QList<QAction *> actions = menu->actions();
    QVERIFY(actions.size() > 4);
    QCOMPARE(actions.first()->objectName(), u"spellingSuggestionAction"_s);
    QAction *fix = nullptr;
    for (QAction *action : actions) {
        if (action->objectName() == u"spellingSuggestionAction"_s && action->text() == u"This"_s)
            fix = action;
    }
    QVERIFY(fix);
    QVERIFY(menu->findChild<QAction *>(u"addToWordListAction"_s));
    const int steps = document->undoStack()->count();
    fix->trigger();
    const QString fixed = QString(text).replace(u"Thsi"_s, u"This"_s);
    QCOMPARE(body->toPlainText(), fixed);
    QCOMPARE(document->posting().sections.at(0).body, fixed);
    QCOMPARE(document->undoStack()->count(), steps + 1);
    QCOMPARE(document->undoStack()->undoText(), u"Replace “Thsi” with “This”"_s);
    // The underline goes at once; the checks agree a moment later.
    QCOMPARE(formatAt(body, misspelled).underlineStyle(), QTextCharFormat::NoUnderline);
    QTRY_COMPARE(findItem(tree, u"spelling"_s, {})->text(0), u"Spelling: no unknown words"_s);
    // One undo brings the typo back, as typed.
    document->undoStack()->undo();
    QCOMPARE(body->toPlainText(), text);
    QCOMPARE(document->posting().sections.at(0).body, text);
    QTRY_VERIFY(allChars(body, misspelled, 4, [](const QTextCharFormat &format) {
        return format.underlineStyle() == QTextCharFormat::SpellCheckUnderline;
    }));

    // Highlights follow edits before them until the checks run again.
    body->moveCursor(QTextCursor::Start);
    QTest::keyClicks(body, u"So "_s);
    QVERIFY(allChars(body, aggressive + 3, 10, [&](const QTextCharFormat &format) {
        return format.background().color() == masculine;
    }));
}

void TestChecksPanel::editsInsideAMarkDropItOnEveryLine()
{
    PostingDocument *document = newFromTemplate();
    QVERIFY(document);
    auto *body = child<QPlainTextEdit>(u"bodyPlainTextEdit"_s);
    // One long sentence over two lines of one Markdown paragraph.
    const qsizetype half = longSentence.indexOf(u" until"_s);
    const QString text = longSentence.left(half) + u'\n' + longSentence.mid(half + 1);
    body->setFocus();
    body->selectAll();
    QTest::keyClicks(body, longSentence.left(half));
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, longSentence.mid(half + 1));
    QCOMPARE(body->toPlainText(), text);
    const QColor tint = CheckHighlighter::markColor(CheckMark::LongSentence);
    const int secondLine = int(half + 1);
    QTRY_COMPARE(formatAt(body, secondLine).background().color(), tint);
    QCOMPARE(formatAt(body, 0).background().color(), tint);

    // Ending the sentence early on the first line: neither line keeps the old tint, even
    // before the checks run again.
    PostingCheckRunner *runner = editor()->checkRunner();
    QSignalSpy runs(runner, &PostingCheckRunner::checked);
    body->moveCursor(QTextCursor::Start);
    body->moveCursor(QTextCursor::EndOfWord);
    QTest::keyClick(body, Qt::Key_Period);
    QCoreApplication::processEvents();
    QCOMPARE(runs.count(), 0);
    QCOMPARE(formatAt(body, 0).background().style(), Qt::NoBrush);
    QCOMPARE(formatAt(body, secondLine + 1).background().style(), Qt::NoBrush);
}

void TestChecksPanel::rightClickAndMenuKeyOfferSuggestions()
{
    PostingDocument *document = newFromTemplate();
    QVERIFY(document);
    auto *body = child<QPlainTextEdit>(u"bodyPlainTextEdit"_s);
    body->setFocus();
    body->selectAll();
    QTest::keyClicks(body, u"Thsi team ships wekly."_s);
    CheckHighlighter *highlighter = child<SectionsEditor>(u"sectionsEditor"_s)->bodyHighlighter();
    QTRY_COMPARE(highlighter->marks().size(), qsizetype(2));

    // The menu is modal: answered from inside its event loop.
    QStringList shown;
    const auto choose = [&shown](const QString &text) {
        QTimer::singleShot(0, [&shown, text] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *action : menu->actions())
                shown.append(action->text());
            for (QAction *action : menu->actions()) {
                if (action->text() == text) {
                    menu->close();
                    action->trigger();
                    return;
                }
            }
            menu->close();
        });
    };

    // A right click on the word.
    choose(u"This"_s);
    const QPoint onThsi = body->cursorRect(QTextCursor(body->document())).center() + QPoint(8, 0);
    QContextMenuEvent click(QContextMenuEvent::Mouse, onThsi,
                            body->viewport()->mapToGlobal(onThsi));
    QCoreApplication::sendEvent(body->viewport(), &click);
    // Suggestions first, then Add to Word List, then the edit's standard menu.
    const std::unique_ptr<QMenu> standard(body->createStandardContextMenu());
    const qsizetype add = shown.indexOf(u"Add “Thsi” to Word List"_s);
    QVERIFY(add > 0);
    QVERIFY(shown.indexOf(u"This"_s) >= 0 && shown.indexOf(u"This"_s) < add);
    QStringList rest;
    for (const QString &text : shown.mid(add + 2))
        rest.append(text.section(u'\t', 0, 0));
    QCOMPARE(rest, [&standard] {
        QStringList texts;
        for (QAction *action : standard->actions())
            texts.append(action->text().section(u'\t', 0, 0));
        return texts;
    }());
    QCOMPARE(body->toPlainText(), u"This team ships wekly."_s);

    // The context-menu key at the cursor, for the keyboard.
    QTextCursor cursor(body->document());
    cursor.setPosition(int(body->toPlainText().indexOf(u"wekly"_s)) + 2);
    body->setTextCursor(cursor);
    shown.clear();
    choose(u"weekly"_s);
    const QPoint atCursor = body->cursorRect().center();
    QContextMenuEvent key(QContextMenuEvent::Keyboard, atCursor,
                          body->viewport()->mapToGlobal(atCursor));
    QCoreApplication::sendEvent(body->viewport(), &key);
    QVERIFY(shown.contains(u"weekly"_s));
    QCOMPARE(body->toPlainText(), u"This team ships weekly."_s);
    QCOMPARE(document->posting().sections.at(0).body, u"This team ships weekly."_s);
    // Each correction its own step.
    document->undoStack()->undo();
    QCOMPARE(body->toPlainText(), u"This team ships wekly."_s);
    document->undoStack()->undo();
    QCOMPARE(body->toPlainText(), u"Thsi team ships wekly."_s);

    // Elsewhere, the edit's own menu, without spelling entries.
    shown.clear();
    choose(QString());
    const QPoint onTeam = body->cursorRect(QTextCursor(body->document())).center() + QPoint(50, 0);
    QContextMenuEvent plain(QContextMenuEvent::Mouse, onTeam,
                            body->viewport()->mapToGlobal(onTeam));
    QCoreApplication::sendEvent(body->viewport(), &plain);
    // The edit's own menu pops up without waiting.
    QTRY_VERIFY(!shown.isEmpty());
    QVERIFY(!shown.contains(u"This"_s));
    QVERIFY(!shown.first().startsWith(u"Add “"_s));
}

void TestChecksPanel::suggestionInAHeaderFieldIsOneUndoStep()
{
    PostingDocument *document = newFromTemplate();
    QVERIFY(document);
    auto *benefits = child<QPlainTextEdit>(u"benefitsPlainTextEdit"_s);
    benefits->setFocus();
    benefits->selectAll();
    QTest::keyClicks(benefits, u"Helth insurance"_s);
    QCOMPARE(document->posting().benefitsSummary, u"Helth insurance"_s);
    CheckHighlighter *highlighter = editor()->highlighter(TextSource::BenefitsSummary);
    QVERIFY(highlighter);
    QTRY_COMPARE(highlighter->marks().size(), qsizetype(1));
    QCOMPARE(highlighter->marks().first().kind, CheckMark::Misspelled);
    QCOMPARE(formatAt(benefits, 0).underlineStyle(), QTextCharFormat::SpellCheckUnderline);

    std::unique_ptr<QMenu> menu(highlighter->createContextMenu({}, 2));
    QAction *health = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == u"Health"_s)
            health = action;
    }
    QVERIFY(health);
    const int steps = document->undoStack()->count();
    health->trigger();
    QCOMPARE(benefits->toPlainText(), u"Health insurance"_s);
    QCOMPARE(document->posting().benefitsSummary, u"Health insurance"_s);
    QCOMPARE(document->undoStack()->count(), steps + 1);
    document->undoStack()->undo();
    QCOMPARE(benefits->toPlainText(), u"Helth insurance"_s);
    QCOMPARE(document->posting().benefitsSummary, u"Helth insurance"_s);
}

void TestChecksPanel::addToWordListIsRemembered()
{
    PostingDocument *document = newFromTemplate();
    QVERIFY(document);
    auto *body = child<QPlainTextEdit>(u"bodyPlainTextEdit"_s);
    auto *tree = child<QTreeWidget>(u"checksTreeWidget"_s);
    body->setFocus();
    body->selectAll();
    QTest::keyClicks(body, u"We build Zorblax."_s);
    QTRY_VERIFY(findItem(tree, u"spelling"_s, u"Zorblax"_s));
    CheckHighlighter *highlighter = child<SectionsEditor>(u"sectionsEditor"_s)->bodyHighlighter();
    std::unique_ptr<QMenu> menu(highlighter->createContextMenu({}, 10));
    auto *add = menu->findChild<QAction *>(u"addToWordListAction"_s);
    QVERIFY(add);
    QCOMPARE(add->text(), u"Add “Zorblax” to Word List"_s);
    const int steps = document->undoStack()->count();
    add->trigger();
    // Not an edit of the posting; the checks run again at once.
    QCOMPARE(document->undoStack()->count(), steps);
    QCOMPARE(findItem(tree, u"spelling"_s, {})->text(0), u"Spelling: no unknown words"_s);
    QVERIFY(highlighter->marks().isEmpty());
    QCOMPARE(AppSettings().spellingWords(), QStringList({ u"Zorblax"_s }));
}

void TestChecksPanel::builtinTemplateHasNoSpellingFindings()
{
    auto *templates = child<QListView>(u"templatesListView"_s);
    templates->setCurrentIndex(templates->model()->index(0, 0));
    PostingDocument *document = child<PostingsTab>(u"postingsTab"_s)->currentDocument();
    QVERIFY(document && document->isReadOnly());
    PostingCheckRunner *runner = editor()->checkRunner();
    QTRY_VERIFY(!runner->isPending());
    QCOMPARE(runner->checks().misspelled.size(), qsizetype(0));
    QVERIFY(runner->checks().spellingChecked);
    auto *tree = child<QTreeWidget>(u"checksTreeWidget"_s);
    QCOMPARE(findItem(tree, u"spelling"_s, {})->text(0), u"Spelling: no unknown words"_s);
    // The read-only body is marked too: the template's coded words.
    CheckHighlighter *highlighter = child<SectionsEditor>(u"sectionsEditor"_s)->bodyHighlighter();
    QVERIFY(!highlighter->marks().isEmpty());

    // Its long list of coded words starts folded, so every group's verdict shows; folding is
    // then the user's and outlasts the next run.
    QTreeWidgetItem *wording = findItem(tree, u"wording"_s, {});
    QVERIFY(wording->childCount() > 8);
    QVERIFY(!wording->isExpanded());
    QVERIFY(findItem(tree, u"spelling"_s, {})->isExpanded());
    wording->setExpanded(true);
    findItem(tree, u"readability"_s, {})->setExpanded(false);
    runner->runNow();
    QVERIFY(findItem(tree, u"wording"_s, {})->isExpanded());
    QVERIFY(!findItem(tree, u"readability"_s, {})->isExpanded());
}

void TestChecksPanel::viewToggleIsRemembered()
{
    auto *toggle = m_window->findChild<QAction *>(u"showChecksAction"_s);
    QVERIFY(toggle);
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::Key_F7));
    auto *panel = child<PostingChecksPanel>(u"checksPanel"_s);
    QVERIFY(toggle->isChecked());
    QVERIFY(panel->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_F7);
    QVERIFY(!toggle->isChecked());
    QVERIFY(!panel->isVisible());
    QCOMPARE(AppSettings().postingChecksVisible(), false);

    // A new window starts as the last one was left.
    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(!m_window->findChild<QAction *>(u"showChecksAction"_s)->isChecked());
    QVERIFY(!child<PostingChecksPanel>(u"checksPanel"_s)->isVisible());
    m_window->findChild<QAction *>(u"showChecksAction"_s)->trigger();
    QVERIFY(child<PostingChecksPanel>(u"checksPanel"_s)->isVisible());
    QCOMPARE(AppSettings().postingChecksVisible(), true);
}

QTEST_MAIN(TestChecksPanel)
#include "tst_checkspanel.moc"
