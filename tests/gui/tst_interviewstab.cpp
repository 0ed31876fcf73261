// The Interviews tab's pages driven through their widgets: the question bank (add, edit a
// guide, remove), kits (create, order, copy, delete), candidates (erase through the UI,
// retention), scorecard states (draft, submitted and read-only, reopened with a reason),
// independent scoring in the list and the debrief, export and import, and live mode opened
// from a scorecard. Modal dialogs are answered through the MessageBoxes and FileDialogs
// hooks. With HIREKIT_SCREENSHOT_DIR set, screenshots() runs a whole mock interview and
// saves pictures of every page, of live mode and of the exported PDFs.
#include "HeldRead.h"
#include "gui/AppSettings.h"
#include "gui/CandidatesWidget.h"
#include "gui/DebriefWidget.h"
#include "gui/FileDialogs.h"
#include "gui/InterviewsTab.h"
#include "gui/KitsWidget.h"
#include "gui/LiveInterviewWidget.h"
#include "gui/MainWindow.h"
#include "gui/MessageBoxes.h"
#include "gui/QuestionBankWidget.h"
#include "gui/QuestionEditor.h"
#include "gui/ScorecardExchange.h"
#include "gui/ScorecardWidget.h"
#include "gui/ScorecardsWidget.h"
#include "gui/models/CandidateListModel.h"
#include "gui/models/DebriefModel.h"
#include "gui/models/KitQuestionsModel.h"
#include "gui/models/QuestionListModel.h"
#include "gui/models/ScorecardListModel.h"
#include "storage/CandidateRepository.h"
#include "storage/GuideRepository.h"
#include "storage/KitRepository.h"
#include "storage/Library.h"
#include "storage/PostingRepository.h"
#include "storage/QuestionRepository.h"
#include "storage/ScorecardRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QWheelEvent>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace hirekit;

class TestInterviewsTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void questionBank();
    void kits();
    void pagesBuiltWhenFirstShown();
    void pagesReadWhenShown();
    void postingsBox();
    void candidateBoxes();
    void eraseCandidate();
    void erasureFailsOrOutlivesTheLibrary();
    void candidateNotesReadWhenChosen();
    void retention();
    void candidatesReadAPageAtATime();
    void scorecardStates();
    void ratingShowsInTheRubric();
    void existingScorecardUnderAnotherPosting();
    void newScorecardFollowsTheKit();
    void independentScoring();
    void notesSearch();
    void ratingReadsItsLineOnly();
    void scorecardsReadAPageAtATime();
    void exportAndImport();
    void liveFromScorecard();
    void screenshots();

private:
    std::unique_ptr<Library> newLibrary(const QString &name);
    template<typename T> static T *child(QObject *parent, const QString &name)
    {
        auto *found = parent->findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }
    // How many entries `box` lists once opened (a box of candidates holds one until then).
    static int openedCount(QComboBox *box)
    {
        box->showPopup();
        const int count = box->count();
        box->hidePopup();
        return count;
    }
    static void click(QObject *parent, const QString &button)
    {
        auto *found = child<QPushButton>(parent, button);
        QVERIFY(found);
        QVERIFY2(found->isEnabled(), qPrintable(button));
        QTest::mouseClick(found, Qt::LeftButton);
    }
    // Replaces a line edit's text by typing and finishes with Enter, as a person would.
    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }
    qint64 addCandidate(Library &library, const QString &name, QDateTime created = QDateTime());
    qint64 addKit(Library &library, int questions);
    // A posting titled `title`; 0 if it could not be written.
    qint64 addPosting(Library &library, const QString &title);
    // A scorecard by `interviewer` with the ratings given (1..4) and a note on each.
    qint64 addScorecard(Library &library, qint64 candidateId, const QString &interviewer,
                        qint64 kitId, const QList<int> &ratings, bool submit,
                        std::optional<Recommendation> recommendation = std::nullopt);

    QTemporaryDir m_dir;
};

void TestInterviewsTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void TestInterviewsTab::init()
{
    AppSettings settings;
    settings.clear();
    settings.setInterviewerName(u"Priya"_s);
    settings.sync();
    MessageBoxes::clearLastShown();
}

std::unique_ptr<Library> TestInterviewsTab::newLibrary(const QString &name)
{
    auto opened = Library::open(m_dir.filePath(name), Library::OpenMode::CreateNew);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error()));
        return nullptr;
    }
    return std::move(opened).value();
}

qint64 TestInterviewsTab::addCandidate(Library &library, const QString &name, QDateTime created)
{
    Candidate candidate;
    candidate.name = name;
    candidate.contact = u"someone@example.com"_s;
    candidate.createdAt = created;
    const auto added = CandidateRepository(library.database()).insert(candidate);
    return added ? added.value() : 0;
}

qint64 TestInterviewsTab::addPosting(Library &library, const QString &title)
{
    Posting posting;
    posting.title = title;
    const auto added = PostingRepository(library.database()).insert(posting);
    return added ? added.value() : 0;
}

qint64 TestInterviewsTab::addKit(Library &library, int questions)
{
    const auto bank = QuestionRepository(library.database()).list();
    InterviewKit kit;
    kit.name = u"Onsite"_s;
    kit.stage = u"System design"_s;
    for (int i = 0; i < questions; ++i)
        kit.questionIds.append(bank->at(i).id);
    const auto added = KitRepository(library.database()).insert(kit);
    return added ? added.value() : 0;
}

qint64 TestInterviewsTab::addScorecard(Library &library, qint64 candidateId,
                                       const QString &interviewer, qint64 kitId,
                                       const QList<int> &ratings, bool submit,
                                       std::optional<Recommendation> recommendation)
{
    ScorecardRepository cards(library.database());
    const auto card = cards.create(candidateId, interviewer, kitId, std::nullopt);
    if (!card)
        return 0;
    for (qsizetype i = 0; i < ratings.size() && i < card->answers.size(); ++i) {
        const qint64 question = card->answers.at(i).questionId;
        (void)cards.setRating(card->id, question, ratings.at(i));
        (void)cards.setNote(card->id, question, u"%1's note %2"_s.arg(interviewer).arg(i));
    }
    (void)cards.setRedFlag(card->id, GuideRepository(library.database()).redFlags()->first().id,
                           true, u"interrupted twice"_s);
    if (recommendation)
        (void)cards.setRecommendation(card->id, recommendation);
    if (submit)
        (void)cards.submit(card->id, interviewer);
    return card->id;
}

void TestInterviewsTab::questionBank()
{
    auto library = newLibrary(u"bank.sqlite"_s);
    QVERIFY(library);
    InterviewsTab tab;
    tab.setLibrary(library.get());
    QuestionBankWidget *bank = tab.questionBank();
    auto *table = child<QTableView>(bank, u"questionsTableView"_s);
    auto *stack = child<QStackedWidget>(bank, u"detailStackedWidget"_s);
    QCOMPARE(table->model()->rowCount(), 17);
    QVERIFY(
        child<QTextBrowser>(bank, u"questionTextBrowser"_s)->toPlainText().contains(u"Rubric"_s));
    // The question shown at start-up needs no italic face: its first use has Qt ask
    // fontconfig for every font that could stand in for it (a sort of all installed fonts,
    // 12 million instructions under callgrind).
    for (QTextBlock block =
             child<QTextBrowser>(bank, u"questionTextBrowser"_s)->document()->begin();
         block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment)
            QVERIFY2(!fragment.fragment().charFormat().fontItalic(),
                     qPrintable(fragment.fragment().text()));
    }

    // The number, category and topic columns fit the questions listed, and follow a filter;
    // the user may widen them.
    {
        QHeaderView *header = table->horizontalHeader();
        QCOMPARE(header->sectionResizeMode(QuestionListModel::TopicColumn),
                 QHeaderView::Interactive);
        const int allTopics = table->columnWidth(QuestionListModel::TopicColumn);
        QCOMPARE(allTopics,
                 static_cast<QAbstractItemView *>(table)->sizeHintForColumn(
                     QuestionListModel::TopicColumn));
        auto *category = child<QComboBox>(bank, u"categoryComboBox"_s);
        category->setCurrentIndex(category->findData(u"culture"_s));
        QVERIFY(table->model()->rowCount() < 17);
        QVERIFY2(table->columnWidth(QuestionListModel::TopicColumn) < allTopics,
                 qPrintable(QString::number(table->columnWidth(QuestionListModel::TopicColumn))));
        category->setCurrentIndex(0);
        QCOMPARE(table->columnWidth(QuestionListModel::TopicColumn), allTopics);
        // Widened by the user, the column stays so when the bank is read again unchanged.
        table->setColumnWidth(QuestionListModel::TopicColumn, allTopics + 40);
        bank->reload();
        QCOMPARE(table->columnWidth(QuestionListModel::TopicColumn), allTopics + 40);
    }

    // The form is made when first needed, not with every showing of the page.
    QVERIFY(!bank->findChild<QuestionEditor *>());

    // A question of one's own, with its rubric, follow-ups and time.
    click(bank, u"addQuestionButton"_s);
    QCOMPARE(stack->currentIndex(), 1);
    QCOMPARE(bank->findChildren<QuestionEditor *>().size(), 1);
    // Tab goes from the question's text through the form, then to the red flags.
    {
        const auto *form = bank->findChild<QuestionEditor *>();
        auto *text = child<QTextBrowser>(bank, u"questionTextBrowser"_s);
        QList<QWidget *> order;
        for (QWidget *next = text->nextInFocusChain(); next != text;
             next = next->nextInFocusChain())
            order.append(next);
        const auto inForm = [form](QWidget *widget) {
            return form->isAncestorOf(widget) && (widget->focusPolicy() & Qt::TabFocus);
        };
        const auto firstField = std::find_if(order.cbegin(), order.cend(), inForm);
        const auto lastField = std::find_if(order.crbegin(), order.crend(), inForm);
        const auto flags =
            std::find(order.cbegin(), order.cend(), child<QWidget>(bank, u"redFlagsListWidget"_s));
        QVERIFY(firstField != order.cend() && flags != order.cend());
        QVERIFY(std::none_of(order.cbegin(), firstField,
                             [](QWidget *widget) { return widget->focusPolicy() & Qt::TabFocus; }));
        QVERIFY(lastField.base() <= flags);
    }
    retype(child<QLineEdit>(bank, u"topicLineEdit"_s), u"Debugging"_s);
    child<QPlainTextEdit>(bank, u"questionPlainTextEdit"_s)
        ->setPlainText(u"Tell me about the hardest bug you fixed."_s);
    child<QPlainTextEdit>(bank, u"evaluatePlainTextEdit"_s)->setPlainText(u"Method, tenacity"_s);
    child<QSpinBox>(bank, u"minutesSpinBox"_s)->setValue(12);
    for (int i = 1; i <= 4; ++i) {
        child<QPlainTextEdit>(bank, u"rubric%1PlainTextEdit"_s.arg(i))
            ->setPlainText(u"Anchor %1"_s.arg(i));
    }
    child<QPlainTextEdit>(bank, u"followUpsPlainTextEdit"_s)
        ->setPlainText(u"How did you find it?\n\nWhat did you change afterwards?"_s);
    click(bank, u"saveQuestionButton"_s);
    QCOMPARE(stack->currentIndex(), 0);
    QuestionRepository questions(library->database());
    auto listed = questions.list();
    QCOMPARE(listed->size(), 18);
    const InterviewQuestion added = listed->last();
    QCOMPARE(added.topic, u"Debugging"_s);
    QCOMPARE(added.category, QuestionCategory::Custom);
    QVERIFY(!added.isBuiltin);
    auto guide = questions.guide(added.id);
    QCOMPARE(guide->suggestedMinutes, 12);
    QCOMPARE(guide->rubric.at(3), u"Anchor 4"_s);
    QCOMPARE(guide->followUps,
             (QStringList { u"How did you find it?"_s, u"What did you change afterwards?"_s }));
    QCOMPARE(table->currentIndex().data(QuestionListModel::IdRole).toLongLong(), added.id);
    QVERIFY(child<QTextBrowser>(bank, u"questionTextBrowser"_s)
                ->toPlainText()
                .contains(u"How did you find it?"_s));

    // A built-in question keeps its text; its guide is the team's to change.
    QVERIFY(bank->selectQuestion(listed->first().id));
    QVERIFY(!child<QPushButton>(bank, u"removeQuestionButton"_s)->isEnabled());
    click(bank, u"editQuestionButton"_s);
    QCOMPARE(bank->findChildren<QuestionEditor *>().size(), 1);
    QVERIFY(child<QLineEdit>(bank, u"topicLineEdit"_s)->isReadOnly());
    QVERIFY(child<QLabel>(bank, u"builtinLabel"_s)->isVisibleTo(bank));
    child<QSpinBox>(bank, u"minutesSpinBox"_s)->setValue(20);
    child<QPlainTextEdit>(bank, u"rubric4PlainTextEdit"_s)->setPlainText(u"Designs for 10x"_s);
    click(bank, u"saveQuestionButton"_s);
    guide = questions.guide(listed->first().id);
    QCOMPARE(guide->suggestedMinutes, 20);
    QCOMPARE(guide->rubric.at(3), u"Designs for 10x"_s);
    QCOMPARE(questions.list()->first().text, listed->first().text);

    // Cancelling an edit changes nothing.
    click(bank, u"editQuestionButton"_s);
    child<QSpinBox>(bank, u"minutesSpinBox"_s)->setValue(3);
    click(bank, u"cancelQuestionButton"_s);
    QCOMPARE(questions.guide(listed->first().id)->suggestedMinutes, 20);

    // Removing one's own question asks first.
    QVERIFY(bank->selectQuestion(added.id));
    MessageBoxes::setNextAnswer(QMessageBox::No);
    click(bank, u"removeQuestionButton"_s);
    QCOMPARE(questions.list()->size(), 18);
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    click(bank, u"removeQuestionButton"_s);
    QCOMPARE(MessageBoxes::lastShown()->icon, QMessageBox::Question);
    QCOMPARE(questions.list()->size(), 17);
    QCOMPARE(table->model()->rowCount(), 17);

    // A custom red flag joins the guide's six.
    child<QLineEdit>(bank, u"newFlagNameLineEdit"_s)->setText(u"Blames others"_s);
    child<QLineEdit>(bank, u"newFlagDescriptionLineEdit"_s)
        ->setText(u"Every failure was "
                  "someone else's"_s);
    click(bank, u"addRedFlagButton"_s);
    QCOMPARE(child<QListWidget>(bank, u"redFlagsListWidget"_s)->count(), 7);
    QCOMPARE(GuideRepository(library->database()).redFlags()->last().name, u"Blames others"_s);
    tab.setLibrary(nullptr);
}

void TestInterviewsTab::kits()
{
    auto library = newLibrary(u"kits.sqlite"_s);
    QVERIFY(library);
    InterviewsTab tab;
    tab.setLibrary(library.get());
    tab.showPage(InterviewsTab::KitsPage);
    KitsWidget *kits = tab.kits();
    KitRepository repository(library->database());

    click(kits, u"newKitButton"_s);
    QCOMPARE(repository.list()->size(), 1);
    retype(child<QLineEdit>(kits, u"kitNameLineEdit"_s), u"Backend phone screen"_s);
    QCOMPARE(repository.list()->first().name, u"Backend phone screen"_s);

    auto *add = child<QComboBox>(kits, u"addQuestionComboBox"_s);
    for (const int index : { 0, 2, 10 }) {
        add->setCurrentIndex(index);
        click(kits, u"addToKitButton"_s);
    }
    const auto bank = QuestionRepository(library->database()).list();
    InterviewKit kit = repository.list()->first();
    QCOMPARE(kit.questionIds, (QList<qint64> { bank->at(0).id, bank->at(2).id, bank->at(10).id }));
    QCOMPARE(kits->questionsModel()->rowCount(), 3);
    // The suggested minutes add up against the budget (45 by default).
    int minutes = 0;
    for (const qint64 question : kit.questionIds)
        minutes += QuestionRepository(library->database()).guide(question)->suggestedMinutes;
    QCOMPARE(kits->questionsModel()->totalMinutes(), minutes);
    auto *time = child<QLabel>(kits, u"kitTimeLabel"_s);
    QVERIFY2(time->text().contains(u"%1 min of the 45 min"_s.arg(minutes)),
             qPrintable(time->text()));
    QVERIFY(time->styleSheet().isEmpty());
    child<QSpinBox>(kits, u"budgetSpinBox"_s)->setValue(30);
    QVERIFY2(time->text().contains(u"%1 min over"_s.arg(minutes - 30)), qPrintable(time->text()));
    QVERIFY(!time->styleSheet().isEmpty());
    QCOMPARE(repository.list()->first().timeBudgetMinutes, 30);

    // Adding the same question twice is refused on the page.
    add->setCurrentIndex(0);
    click(kits, u"addToKitButton"_s);
    QCOMPARE(repository.list()->first().questionIds.size(), 3);

    // Reorder: the behavioral question goes first.
    auto *questions = child<QTableView>(kits, u"kitQuestionsTableView"_s);
    questions->setCurrentIndex(kits->questionsModel()->index(2, 0));
    click(kits, u"moveUpButton"_s);
    click(kits, u"moveUpButton"_s);
    QCOMPARE(repository.list()->first().questionIds.first(), bank->at(10).id);
    QVERIFY(!child<QPushButton>(kits, u"moveUpButton"_s)->isEnabled());
    click(kits, u"moveDownButton"_s);
    QCOMPARE(repository.list()->first().questionIds.at(1), bank->at(10).id);
    click(kits, u"removeFromKitButton"_s);
    kit = repository.list()->first();
    QCOMPARE(kit.questionIds, (QList<qint64> { bank->at(0).id, bank->at(2).id }));

    click(kits, u"copyKitButton"_s);
    const auto all = repository.list();
    QCOMPARE(all->size(), 2);
    QCOMPARE(kits->currentKit()->name, u"Backend phone screen (copy)"_s);
    QCOMPARE(kits->currentKit()->questionIds, kit.questionIds);

    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    click(kits, u"deleteKitButton"_s);
    QCOMPARE(repository.list()->size(), 1);
    QCOMPARE(repository.list()->first().name, u"Backend phone screen"_s);
    tab.setLibrary(nullptr);
}

void TestInterviewsTab::pagesBuiltWhenFirstShown()
{
    // Opening the tab builds the page in view only; each other page is built when first
    // shown, with the library and the posting chosen by then.
    auto library = newLibrary(u"built.sqlite"_s);
    QVERIFY(library);
    const qint64 jamie = addCandidate(*library, u"Jamie Rivera"_s);
    QVERIFY(jamie);
    Posting posting;
    posting.title = u"Platform Engineer"_s;
    const auto postingId = PostingRepository(library->database()).insert(posting);
    QVERIFY(postingId.ok());

    InterviewsTab tab;
    QVERIFY(tab.findChild<QuestionBankWidget *>());
    for (const char *page :
         { "kitsWidget", "candidatesWidget", "scorecardsWidget", "debriefWidget" })
        QVERIFY2(!tab.findChild<QWidget *>(QString::fromLatin1(page)), page);
    tab.setLibrary(library.get());
    QVERIFY(!tab.findChild<CandidatesWidget *>());

    tab.show();
    tab.showPage(InterviewsTab::CandidatesPage);
    auto *candidates = tab.findChild<CandidatesWidget *>(u"candidatesWidget"_s);
    QVERIFY(candidates);
    QVERIFY(candidates->isVisible());
    QCOMPARE(candidates->model()->rowCount(), 1);
    QVERIFY(!tab.findChild<ScorecardsWidget *>());

    // A page built after a posting was chosen lists that posting's interviews: none yet.
    QVERIFY(tab.selectPosting(*postingId));
    tab.showPage(InterviewsTab::DebriefPage);
    auto *debriefCandidates = child<QComboBox>(&tab, u"debriefCandidateChoiceBox"_s);
    QVERIFY(debriefCandidates);
    QCOMPARE(debriefCandidates->count(), 0);
    QVERIFY(tab.selectPosting(std::nullopt));
    QCOMPARE(debriefCandidates->count(), 1);

    // "New Scorecard" on the candidates page builds the scorecards page it moves to.
    tab.showPage(InterviewsTab::CandidatesPage);
    candidates->reload();
    emit candidates->newScorecardRequested(jamie);
    QVERIFY(tab.findChild<ScorecardsWidget *>(u"scorecardsWidget"_s));
    QVERIFY(tab.scorecards()->isVisible());
    QCOMPARE(tab.findChildren<ScorecardsWidget *>().size(), 1);
}

void TestInterviewsTab::pagesReadWhenShown()
{
    // With years of interviews each page is a big read (all postings: tens of thousands of
    // scorecards): only the page in view reads the library, each other page when shown, and
    // again when shown after something changed.
    auto library = newLibrary(u"pages.sqlite"_s);
    QVERIFY(library);
    const qint64 kit = addKit(*library, 3);
    const qint64 jamie = addCandidate(*library, u"Jamie Rivera"_s);
    QVERIFY(addScorecard(*library, jamie, u"Priya"_s, kit, { 3 }, false));

    InterviewsTab tab;
    tab.setLibrary(library.get());
    QCOMPARE(child<QTableView>(tab.questionBank(), u"questionsTableView"_s)->model()->rowCount(),
             17);
    auto *debriefCandidates = child<QComboBox>(tab.debrief(), u"debriefCandidateChoiceBox"_s);
    QCOMPARE(tab.candidates()->model()->rowCount(), 0);
    QCOMPARE(tab.scorecards()->model()->rowCount(), 0);
    QCOMPARE(debriefCandidates->count(), 0);

    tab.showPage(InterviewsTab::CandidatesPage);
    QCOMPARE(tab.candidates()->model()->rowCount(), 1);
    QCOMPARE(tab.scorecards()->model()->rowCount(), 0);

    // Added elsewhere meanwhile: each page shows it when shown. A box of candidates holds the
    // one chosen (at first, the first by name) until a person goes to choose: then all.
    const qint64 sam = addCandidate(*library, u"Sam Okafor"_s);
    QVERIFY(sam);
    tab.showPage(InterviewsTab::ScorecardsPage);
    QCOMPARE(tab.scorecards()->model()->rowCount(), 1);
    auto *newCandidates = child<QComboBox>(tab.scorecards(), u"newCandidateChoiceBox"_s);
    QCOMPARE(newCandidates->count(), 1);
    QCOMPARE(newCandidates->currentText(), u"Jamie Rivera"_s);
    QCOMPARE(openedCount(newCandidates), 2);
    QCOMPARE(newCandidates->currentText(), u"Jamie Rivera"_s);
    tab.showPage(InterviewsTab::CandidatesPage);
    QCOMPARE(tab.candidates()->model()->rowCount(), 2);
    tab.showPage(InterviewsTab::DebriefPage);
    QCOMPARE(debriefCandidates->count(), 1);
    QCOMPARE(openedCount(debriefCandidates), 2);

    // Shown again with nothing changed, a page does not read again (all postings' scorecards
    // on a big library); after a commit by another connection it does.
    QSignalSpy scorecardReads(tab.scorecards()->model(), &QAbstractItemModel::modelReset);
    QSignalSpy candidateReads(tab.candidates()->model(), &QAbstractItemModel::modelReset);
    tab.showPage(InterviewsTab::ScorecardsPage);
    tab.showPage(InterviewsTab::CandidatesPage);
    tab.showPage(InterviewsTab::ScorecardsPage);
    QCOMPARE(scorecardReads.count(), 0);
    QCOMPARE(candidateReads.count(), 0);
    {
        auto other = Library::open(library->path(), Library::OpenMode::OpenExisting);
        QVERIFY2(other.ok(), qPrintable(other.error()));
        QVERIFY(addScorecard(**other, sam, u"Lee"_s, kit, { 2 }, true));
    }
    tab.showPage(InterviewsTab::CandidatesPage);
    QCOMPARE(candidateReads.count(), 1);
    tab.showPage(InterviewsTab::ScorecardsPage);
    QCOMPARE(scorecardReads.count(), 1);
    QCOMPARE(tab.scorecards()->model()->rowCount(), 2);
    // A setting the list depends on counts as a change.
    tab.showPage(InterviewsTab::CandidatesPage);
    AppSettings().setInterviewerName(u"Lee"_s);
    tab.showPage(InterviewsTab::ScorecardsPage);
    QCOMPARE(scorecardReads.count(), 2);
    AppSettings().setInterviewerName(QString());

    // A read that failed is tried again at the next showing, though nothing was written.
    tab.showPage(InterviewsTab::CandidatesPage);
    QSqlQuery rename(library->database());
    QVERIFY(rename.exec(u"ALTER TABLE scorecards RENAME TO scorecards_away"_s));
    AppSettings().setInterviewerName(u"Morgan"_s); // a change, so the page reads
    tab.showPage(InterviewsTab::ScorecardsPage);
    QVERIFY2(tab.scorecards()->errorMessage().contains(u"scorecards"_s),
             qPrintable(tab.scorecards()->errorMessage()));
    QVERIFY(rename.exec(u"ALTER TABLE scorecards_away RENAME TO scorecards"_s));
    tab.showPage(InterviewsTab::CandidatesPage);
    tab.showPage(InterviewsTab::ScorecardsPage);
    QCOMPARE(tab.scorecards()->errorMessage(), QString());
    QCOMPARE(tab.scorecards()->model()->rowCount(), 2);
    AppSettings().setInterviewerName(QString());

    // Another posting: the page in view reads at once, the others when shown.
    tab.showPage(InterviewsTab::CandidatesPage);
    const qint64 posting = PostingRepository(library->database()).list()->first().id;
    QVERIFY(tab.selectPosting(posting));
    QCOMPARE(tab.candidates()->model()->rowCount(), 0);
    QCOMPARE(debriefCandidates->count(), 2);
    tab.showPage(InterviewsTab::DebriefPage);
    QCOMPARE(debriefCandidates->count(), 0);
    QVERIFY(tab.selectPosting(std::nullopt));
    QCOMPARE(openedCount(debriefCandidates), 2);

    // Without a library every page is empty, shown or not.
    tab.setLibrary(nullptr);
    QCOMPARE(tab.candidates()->model()->rowCount(), 0);
    QCOMPARE(tab.scorecards()->model()->rowCount(), 0);
    QCOMPARE(debriefCandidates->count(), 0);
}

void TestInterviewsTab::postingsBox()
{
    // "All postings" and the posting chosen, until a person goes to choose one: then every
    // posting, newest first. The chosen one stays chosen when the box is filled again, until
    // it is deleted.
    auto library = newLibrary(u"postings-box.sqlite"_s);
    QVERIFY(library);
    const qint64 older = addPosting(*library, u"Older & Wiser"_s);
    const qint64 newer = addPosting(*library, u"Newer"_s);
    QVERIFY(older && newer);
    PostingRepository postings(library->database());
    Posting posting;

    InterviewsTab tab;
    tab.setLibrary(library.get());
    auto *box = child<QComboBox>(&tab, u"postingChoiceBox"_s);
    QVERIFY(box);
    // Nothing listed before anyone chooses: start-up reads no titles.
    QCOMPARE(box->count(), 1);
    QCOMPARE(box->itemText(0), u"All postings"_s);
    QFocusEvent focus(QEvent::FocusIn, Qt::TabFocusReason);
    QCoreApplication::sendEvent(box, &focus);
    const auto expected = postings.titles();
    QVERIFY(expected.ok());
    QCOMPARE(box->count(), expected->size() + 1);
    QCOMPARE(box->itemText(0), u"All postings"_s);
    QVERIFY(!box->itemData(0).isValid());
    for (qsizetype i = 0; i < expected->size(); ++i) {
        QCOMPARE(box->itemText(int(i) + 1), expected->at(i).name);
        QCOMPARE(box->itemData(int(i) + 1).toLongLong(), expected->at(i).id);
    }
    QCOMPARE(box->itemData(1).toLongLong(), newer);
    QCOMPARE(tab.currentPosting(), std::nullopt);

    QVERIFY(tab.selectPosting(older));
    QCOMPARE(box->currentText(), u"Older & Wiser"_s);
    posting.title = u"Newest"_s;
    QVERIFY(postings.insert(posting).ok());
    tab.reload();
    // The chosen one alone until the box is used again: a key, a click or the wheel lists all.
    QCOMPARE(box->count(), 2);
    QCOMPARE(box->currentText(), u"Older & Wiser"_s);
    QCOMPARE(tab.currentPosting(), std::optional<qint64>(older));
    // The focus coming back (the window activated, a menu closed) is no choosing.
    QFocusEvent back(QEvent::FocusIn, Qt::ActiveWindowFocusReason);
    QCoreApplication::sendEvent(box, &back);
    QCOMPARE(box->count(), 2);
    // A key acts on the whole list: up from the oldest is the one before it, not "All".
    QTest::keyClick(box, Qt::Key_Up);
    QCOMPARE(box->count(), expected->size() + 2);
    QCOMPARE(box->itemText(1), u"Newest"_s);
    QCOMPARE(box->currentText(), u"Newer"_s);
    QCOMPARE(tab.currentPosting(), std::optional<qint64>(newer));
    QVERIFY(tab.selectPosting(older));
    tab.reload();
    QWheelEvent wheel(QPointF(5, 5), box->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, 0),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(box, &wheel);
    QCOMPARE(box->count(), expected->size() + 2);
    tab.reload();
    QTest::mousePress(box, Qt::LeftButton);
    QCOMPARE(box->count(), expected->size() + 2);
    // Refilled while the list is open (a change made elsewhere): still the whole list.
    QVERIFY(box->view()->isVisible());
    tab.reload();
    QCOMPARE(box->count(), expected->size() + 2);
    QCOMPARE(box->currentText(), u"Older & Wiser"_s);
    box->hidePopup();

    QVERIFY(postings.setDeleted(older, true).ok());
    tab.reload();
    QCOMPARE(box->count(), 1);
    QCOMPARE(box->currentIndex(), 0);
    QCOMPARE(tab.currentPosting(), std::nullopt);

    // Deleted after the box was filled and before it is listed: all postings, and the page in
    // view is told (the candidates page lists every posting's candidates again).
    Candidate forNewer;
    forNewer.name = u"Ada"_s;
    forNewer.postingId = newer;
    QVERIFY(CandidateRepository(library->database()).insert(forNewer).ok());
    addCandidate(*library, u"Grace"_s);
    tab.showPage(InterviewsTab::CandidatesPage);
    QVERIFY(tab.selectPosting(newer));
    QCOMPARE(tab.candidates()->model()->rowCount(), 1);
    tab.reload();
    QCOMPARE(box->count(), 2);
    QVERIFY(postings.setDeleted(newer, true).ok());
    QCoreApplication::sendEvent(box, &focus);
    QCOMPARE(box->currentIndex(), 0);
    QCOMPARE(tab.currentPosting(), std::nullopt);
    QCOMPARE(tab.candidates()->model()->rowCount(), 2);

    // A read that fails says so on the tab, and the box falls back to all postings.
    auto *error = tab.findChild<QLabel *>(u"errorLabel"_s, Qt::FindDirectChildrenOnly);
    QVERIFY(error);
    const auto listed = postings.titles();
    QVERIFY(listed.ok() && !listed->isEmpty());
    QSqlQuery rename(library->database());
    // Listing fails: said on the tab (nothing chosen, so the refill before read nothing).
    QVERIFY(tab.selectPosting(std::nullopt));
    QVERIFY(rename.exec(u"ALTER TABLE postings RENAME TO postings_away"_s));
    tab.reload();
    QVERIFY(error->text().isEmpty());
    QCoreApplication::sendEvent(box, &focus);
    QVERIFY2(error->text().contains(u"Cannot access postings"_s), qPrintable(error->text()));
    QCOMPARE(box->count(), 1);
    QVERIFY(rename.exec(u"ALTER TABLE postings_away RENAME TO postings"_s));
    // The chosen posting's title cannot be read: said, and all postings; a listing that then
    // succeeds clears the message.
    QVERIFY(tab.selectPosting(listed->first().id));
    QVERIFY(rename.exec(u"ALTER TABLE postings RENAME TO postings_away"_s));
    tab.reload();
    QVERIFY2(error->text().contains(u"Cannot access postings"_s), qPrintable(error->text()));
    QCOMPARE(tab.currentPosting(), std::nullopt);
    QVERIFY(rename.exec(u"ALTER TABLE postings_away RENAME TO postings"_s));
    QCoreApplication::sendEvent(box, &focus);
    QCOMPARE(box->count(), listed->size() + 1);
    QVERIFY(error->text().isEmpty());
}

void TestInterviewsTab::candidateBoxes()
{
    // The Scorecards and Debrief pages' candidate boxes hold one candidate until opened; what
    // the opened box chooses is what the page uses.
    auto library = newLibrary(u"candidate-boxes.sqlite"_s);
    QVERIFY(library);
    const qint64 kit = addKit(*library, 2);
    InterviewsTab tab;
    tab.setLibrary(library.get());
    tab.showPage(InterviewsTab::DebriefPage);
    tab.showPage(InterviewsTab::ScorecardsPage);
    auto *newCandidates = child<QComboBox>(tab.scorecards(), u"newCandidateChoiceBox"_s);
    auto *create = child<QPushButton>(tab.scorecards(), u"createScorecardButton"_s);
    auto *debriefCandidates = child<QComboBox>(tab.debrief(), u"debriefCandidateChoiceBox"_s);
    QVERIFY(newCandidates && create && debriefCandidates);
    QCOMPARE(newCandidates->count(), 0);
    QVERIFY(!create->isEnabled());
    QCOMPARE(debriefCandidates->count(), 0);

    // Added while the pages show (as from another window): opening a box lists the candidate
    // and chooses them, and the page follows.
    const qint64 jamie = addCandidate(*library, u"Jamie Rivera"_s);
    QVERIFY(addScorecard(*library, jamie, u"Alex"_s, kit, { 3, 4 }, true));
    QCOMPARE(openedCount(newCandidates), 1);
    QCOMPARE(newCandidates->currentText(), u"Jamie Rivera"_s);
    QVERIFY(create->isEnabled());
    QCOMPARE(openedCount(debriefCandidates), 1);
    QCOMPARE(debriefCandidates->currentText(), u"Jamie Rivera"_s);
    QCOMPARE(tab.debrief()->debrief().scorecards.size(), 1);

    // A box that cannot read says so on its page; opened once it can, it takes the message
    // back and the page shows the candidate again.
    tab.showPage(InterviewsTab::KitsPage);
    QSqlQuery rename(library->database());
    QVERIFY(rename.exec(u"ALTER TABLE candidates RENAME TO candidates_away"_s));
    AppSettings().setInterviewerName(u"Morgan"_s); // a change, so the page reads
    tab.showPage(InterviewsTab::DebriefPage);
    QVERIFY2(tab.debrief()->errorMessage().contains(u"Cannot access candidates"_s),
             qPrintable(tab.debrief()->errorMessage()));
    QCOMPARE(debriefCandidates->count(), 0);
    QCOMPARE(tab.debrief()->debrief().scorecards.size(), 0);
    QVERIFY(rename.exec(u"ALTER TABLE candidates_away RENAME TO candidates"_s));
    QCOMPARE(openedCount(debriefCandidates), 1);
    QCOMPARE(tab.debrief()->errorMessage(), QString());
    QCOMPARE(debriefCandidates->currentText(), u"Jamie Rivera"_s);
    QCOMPARE(tab.debrief()->debrief().scorecards.size(), 1);
    AppSettings().setInterviewerName(u"Priya"_s);
}

void TestInterviewsTab::eraseCandidate()
{
    auto library = newLibrary(u"erase.sqlite"_s);
    QVERIFY(library);
    const qint64 kit = addKit(*library, 5);
    const qint64 jamie = addCandidate(*library, u"Jamie Rivera"_s);
    const qint64 sam = addCandidate(*library, u"Sam Okafor"_s);
    const qint64 first = addScorecard(*library, jamie, u"Priya"_s, kit, { 3, 4, 2 }, true);
    const qint64 second = addScorecard(*library, jamie, u"Alex"_s, kit, { 1 }, false);
    const qint64 other = addScorecard(*library, sam, u"Alex"_s, kit, { 2 }, true);
    QVERIFY(first && second && other);

    InterviewsTab tab;
    tab.setLibrary(library.get());
    tab.showPage(InterviewsTab::CandidatesPage);
    CandidatesWidget *candidates = tab.candidates();
    QVERIFY(candidates->selectCandidate(jamie));
    QVERIFY(child<QLabel>(candidates, u"candidateScorecardsLabel"_s)
                ->text()
                .contains(u"Scorecards: 2"_s));

    // "Cancel" keeps everything.
    MessageBoxes::setNextAnswer(QMessageBox::Cancel);
    click(candidates, u"eraseCandidateButton"_s);
    QVERIFY(MessageBoxes::lastShown()->text.contains(u"Jamie Rivera"_s));
    QVERIFY(CandidateRepository(library->database()).load(jamie).ok());

    // Erased on a worker thread: until it has ended, the page says what is under way, and
    // the candidate can no longer be changed or erased twice.
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    click(candidates, u"eraseCandidateButton"_s);
    auto *erased = child<QLabel>(candidates, u"erasedLabel"_s);
    QVERIFY(candidates->isErasing());
    QVERIFY(erased->isVisibleTo(candidates));
    QVERIFY2(erased->text().contains(u"Erasing Jamie Rivera"_s), qPrintable(erased->text()));
    QVERIFY(!child<QPushButton>(candidates, u"eraseCandidateButton"_s)->isEnabled());
    QVERIFY(!child<QWidget>(candidates, u"candidateFormWidget"_s)->isEnabled());
    // Another candidate can be chosen and written about meanwhile; what was typed is kept.
    QVERIFY(candidates->selectCandidate(sam));
    QVERIFY(child<QWidget>(candidates, u"candidateFormWidget"_s)->isEnabled());
    child<QPlainTextEdit>(candidates, u"candidateNotesPlainTextEdit"_s)
        ->setPlainText(u"Typed while Jamie was erased."_s);
    QTRY_VERIFY(!candidates->isErasing());
    QCOMPARE(CandidateRepository(library->database()).load(sam)->notes,
             u"Typed while Jamie was erased."_s);
    QVERIFY(erased->isVisibleTo(candidates));
    QVERIFY2(erased->text().contains(u"Jamie Rivera"_s)
                 && erased->text().contains(u"(2, with 10 answers)"_s),
             qPrintable(erased->text()));

    // No trace: not the candidate, not their scorecards, answers, flags or history.
    ScorecardRepository cards(library->database());
    QVERIFY(!CandidateRepository(library->database()).load(jamie).ok());
    ScorecardFilter byCandidate;
    byCandidate.candidateId = jamie;
    QVERIFY(cards.list(byCandidate)->isEmpty());
    ScorecardFilter byName;
    byName.candidate = u"Jamie"_s;
    QVERIFY(cards.list(byName)->isEmpty());
    QVERIFY(!cards.load(first).ok());
    QVERIFY(!cards.load(second).ok());
    QVERIFY(cards.events(first)->isEmpty());
    QVERIFY(cards.events(second)->isEmpty());
    QCOMPARE(candidates->model()->rowCount(), 1);
    QCOMPARE(candidates->model()->items().first().name, u"Sam Okafor"_s);
    // Other candidates keep theirs.
    QVERIFY(cards.load(other).ok());
    QVERIFY(library->check()->isEmpty());

    // Erased while another connection reads the library (a backup, another window): the page
    // says the write-ahead log still holds the erased data, and empties it once it can.
    QVERIFY(candidates->selectCandidate(sam));
    HeldRead reader(library->path());
    QVERIFY(reader.isHolding());
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    click(candidates, u"eraseCandidateButton"_s);
    QTRY_VERIFY(!candidates->isErasing());
    QVERIFY2(erased->text().contains(u"Sam Okafor"_s)
                 && erased->text().contains(u"write-ahead log"_s),
             qPrintable(erased->text()));
    reader.release();
    QTRY_VERIFY_WITH_TIMEOUT(!erased->text().contains(u"write-ahead log"_s),
                             3 * CandidatesWidget::LogRetryMs);
    QVERIFY(erased->text().contains(u"Sam Okafor"_s));
    QFile log(library->path() + u"-wal"_s);
    QVERIFY(!log.exists() || log.size() == 0);
    tab.setLibrary(nullptr);
}

// An erasure that fails on its worker thread says why in a box, and the page lists what the
// library holds; one still under way when the library is let go ends first, whole.
void TestInterviewsTab::erasureFailsOrOutlivesTheLibrary()
{
    auto library = newLibrary(u"erase-fails.sqlite"_s);
    QVERIFY(library);
    const qint64 kit = addKit(*library, 3);
    const qint64 jamie = addCandidate(*library, u"Jamie Rivera"_s);
    const qint64 sam = addCandidate(*library, u"Sam Okafor"_s);
    QVERIFY(addScorecard(*library, sam, u"Alex"_s, kit, { 2 }, true));

    InterviewsTab tab;
    tab.setLibrary(library.get());
    tab.showPage(InterviewsTab::CandidatesPage);
    CandidatesWidget *candidates = tab.candidates();
    auto *erased = child<QLabel>(candidates, u"erasedLabel"_s);
    QVERIFY(candidates->selectCandidate(jamie));
    {
        auto other = Library::open(library->path(), Library::OpenMode::OpenExisting);
        QVERIFY2(other.ok(), qPrintable(other.error()));
        QVERIFY(CandidateRepository((*other)->database()).erase(jamie).ok());
    }
    MessageBoxes::clearLastShown();
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    click(candidates, u"eraseCandidateButton"_s);
    MessageBoxes::setNextAnswer(QMessageBox::Ok); // the box that says it failed
    QTRY_VERIFY(!candidates->isErasing());
    QVERIFY(MessageBoxes::lastShown());
    QCOMPARE(MessageBoxes::lastShown()->title, u"Cannot Erase Candidate"_s);
    QVERIFY2(MessageBoxes::lastShown()->text.contains(u"no candidate"_s),
             qPrintable(MessageBoxes::lastShown()->text));
    QVERIFY(!erased->isVisibleTo(candidates));
    QCOMPARE(candidates->model()->rowCount(), 1);
    QCOMPARE(candidates->currentCandidate()->name, u"Sam Okafor"_s);
    QVERIFY(child<QPushButton>(candidates, u"eraseCandidateButton"_s)->isEnabled());

    // Let go at once: setLibrary waits for the erasure, which is then complete in the file.
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    click(candidates, u"eraseCandidateButton"_s);
    QVERIFY(candidates->isErasing());
    tab.setLibrary(nullptr);
    QVERIFY(!candidates->isErasing());
    QVERIFY(!erased->isVisibleTo(candidates));
    QVERIFY(!CandidateRepository(library->database()).load(sam).ok());
    ScorecardFilter bySam;
    bySam.candidateId = sam;
    QVERIFY(ScorecardRepository(library->database()).list(bySam)->isEmpty());
    QVERIFY(library->check()->isEmpty());
    // Nothing arrives later about the library let go.
    QTest::qWait(50);
    QVERIFY(!erased->isVisibleTo(candidates));
}

// The list holds no notes (ten thousand candidates' notes cost more to read than the rest of
// the list): the candidate chosen is read whole, and one that cannot be read is not shown.
void TestInterviewsTab::candidateNotesReadWhenChosen()
{
    auto library = newLibrary(u"notes.sqlite"_s);
    QVERIFY(library);
    const qint64 jamie = addCandidate(*library, u"Jamie Rivera"_s);
    const qint64 sam = addCandidate(*library, u"Sam Okafor"_s);
    const qint64 lee = addCandidate(*library, u"Lee Chen"_s);
    CandidateRepository repository(library->database());
    Candidate withNotes = *repository.load(jamie);
    withNotes.notes = u"Referred by Dana. Prefers afternoon calls."_s;
    QVERIFY(repository.update(withNotes).ok());

    InterviewsTab tab;
    tab.setLibrary(library.get());
    tab.showPage(InterviewsTab::CandidatesPage);
    CandidatesWidget *candidates = tab.candidates();
    auto *notes = child<QPlainTextEdit>(candidates, u"candidateNotesPlainTextEdit"_s);
    auto *name = child<QLineEdit>(candidates, u"candidateNameLineEdit"_s);
    QVERIFY(candidates->selectCandidate(jamie));
    QCOMPARE(notes->toPlainText(), withNotes.notes);
    QVERIFY(candidates->selectCandidate(sam));
    QCOMPARE(notes->toPlainText(), QString());
    QVERIFY(candidates->selectCandidate(jamie));
    QCOMPARE(notes->toPlainText(), withNotes.notes);

    // Renamed: the list shows the new name, and the notes stay, in the form and the library.
    retype(name, u"Jamie Rivera-Cole"_s);
    QCOMPARE(candidates->currentCandidate()->name, u"Jamie Rivera-Cole"_s);
    QCOMPARE(notes->toPlainText(), withNotes.notes);
    QCOMPARE(repository.load(jamie)->notes, withNotes.notes);

    // Erased by another window while listed here: choosing it says so, and the form, empty
    // and disabled, cannot write over anything. Another candidate chosen takes the message.
    QVERIFY(candidates->selectCandidate(sam));
    {
        auto other = Library::open(library->path(), Library::OpenMode::OpenExisting);
        QVERIFY2(other.ok(), qPrintable(other.error()));
        QVERIFY(CandidateRepository((*other)->database()).erase(jamie).ok());
    }
    QVERIFY(candidates->selectCandidate(jamie));
    QVERIFY2(candidates->errorMessage().contains(u"no candidate"_s),
             qPrintable(candidates->errorMessage()));
    QVERIFY(!child<QWidget>(candidates, u"candidateFormWidget"_s)->isEnabled());
    QCOMPARE(notes->toPlainText(), QString());
    QVERIFY(!child<QPushButton>(candidates, u"eraseCandidateButton"_s)->isEnabled());
    QVERIFY(candidates->selectCandidate(sam));
    QCOMPARE(candidates->errorMessage(), QString());
    QVERIFY(child<QWidget>(candidates, u"candidateFormWidget"_s)->isEnabled());

    // A read that failed is tried again when its row is clicked again.
    QSqlQuery rename(library->database());
    QVERIFY(rename.exec(u"ALTER TABLE candidates RENAME TO candidates_away"_s));
    QVERIFY(candidates->selectCandidate(lee));
    QVERIFY(!candidates->errorMessage().isEmpty());
    QVERIFY(!child<QWidget>(candidates, u"candidateFormWidget"_s)->isEnabled());
    QVERIFY(rename.exec(u"ALTER TABLE candidates_away RENAME TO candidates"_s));
    auto *view = child<QTableView>(candidates, u"candidatesTableView"_s);
    const QRect row = view->visualRect(view->currentIndex());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, row.center());
    QCOMPARE(candidates->errorMessage(), QString());
    QVERIFY(child<QWidget>(candidates, u"candidateFormWidget"_s)->isEnabled());
    QCOMPARE(name->text(), u"Lee Chen"_s);
    tab.setLibrary(nullptr);
}

void TestInterviewsTab::retention()
{
    auto library = newLibrary(u"retention.sqlite"_s);
    QVERIFY(library);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 old = addCandidate(*library, u"Old Applicant"_s, now.addMonths(-14));
    addCandidate(*library, u"Older Still"_s, now.addMonths(-30));
    addCandidate(*library, u"Recent Applicant"_s, now.addDays(-3));
    // Due from the start of the next day: the list follows the day, not the hour.
    addCandidate(*library, u"A Year Ago Today"_s, now.addMonths(-12));
    QVERIFY(addScorecard(*library, old, u"Alex"_s, addKit(*library, 2), { 3 }, true));

    InterviewsTab tab;
    tab.setLibrary(library.get());
    tab.showPage(InterviewsTab::CandidatesPage);
    CandidatesWidget *candidates = tab.candidates();
    QCOMPARE(candidates->model()->rowCount(), 4);
    auto *months = child<QSpinBox>(candidates, u"retentionSpinBox"_s);
    QCOMPARE(months->value(), 12);

    candidates->setShowDue(true);
    QCOMPARE(candidates->model()->rowCount(), 2);
    QVERIFY(child<QLabel>(candidates, u"dueLabel"_s)->isVisibleTo(candidates));
    QVERIFY(!child<QPushButton>(candidates, u"addCandidateButton"_s)->isEnabled());
    months->setValue(24);
    QCOMPARE(AppSettings().retentionMonths(), 24);
    QCOMPARE(candidates->model()->rowCount(), 1);
    QCOMPARE(candidates->model()->items().first().name, u"Older Still"_s);
    months->setValue(12);

    // Erase from the retention view.
    QVERIFY(candidates->selectCandidate(old));
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    click(candidates, u"eraseCandidateButton"_s);
    QTRY_VERIFY(!candidates->isErasing());
    QCOMPARE(candidates->model()->rowCount(), 1);
    ScorecardFilter filter;
    filter.candidateId = old;
    QVERIFY(ScorecardRepository(library->database()).list(filter)->isEmpty());

    candidates->setShowDue(false);
    QCOMPARE(candidates->model()->rowCount(), 3);
    tab.setLibrary(nullptr);
}

// "New" for a candidate who has a scorecard from this interviewer with this kit already, made
// under the posting they were in before they moved: the list of their new posting does not
// hold it, so all postings are shown, with it selected.
void TestInterviewsTab::existingScorecardUnderAnotherPosting()
{
    auto library = newLibrary(u"moved.sqlite"_s);
    QVERIFY(library);
    const qint64 before = addPosting(*library, u"Backend Developer"_s);
    const qint64 after = addPosting(*library, u"Platform Engineer"_s);
    QVERIFY(before && after);
    // A kit of the new posting, listed before the whole bank; the scorecard is with the bank.
    InterviewKit kit;
    kit.name = u"Onsite"_s;
    kit.postingId = after;
    kit.questionIds = { QuestionRepository(library->database()).list()->first().id };
    QVERIFY(KitRepository(library->database()).insert(kit).ok());
    CandidateRepository candidates(library->database());
    Candidate jamie;
    jamie.name = u"Jamie Rivera"_s;
    jamie.postingId = before;
    const auto jamieId = candidates.insert(jamie);
    QVERIFY(jamieId);
    const auto card =
        ScorecardRepository(library->database()).create(*jamieId, u"Priya"_s, std::nullopt, before);
    QVERIFY(card);
    auto moved = candidates.load(*jamieId);
    QVERIFY(moved);
    moved->postingId = after;
    QVERIFY(candidates.update(*moved).ok());
    AppSettings().setInterviewerName(u"Priya"_s);

    InterviewsTab tab;
    tab.setLibrary(library.get());
    QVERIFY(tab.selectPosting(after));
    tab.showPage(InterviewsTab::ScorecardsPage);
    ScorecardsWidget *page = tab.scorecards();
    QCOMPARE(page->model()->rowCount(), 0);
    auto *candidate = child<QComboBox>(page, u"newCandidateChoiceBox"_s);
    auto *kits = child<QComboBox>(page, u"newKitComboBox"_s);
    candidate->setCurrentIndex(candidate->findData(*jamieId));
    QCOMPARE(kits->count(), 2);
    kits->setCurrentIndex(kits->count() - 1); // the whole question bank
    QVERIFY(!kits->currentData().isValid());

    QCOMPARE(page->createScorecard(), std::optional<qint64>(card->id));
    QCOMPARE(tab.currentPosting(), std::nullopt);
    // The page read again for all postings; the whole bank, which the message is about, stays
    // chosen.
    QVERIFY(kits->count() > 1);
    QCOMPARE(kits->currentIndex(), kits->count() - 1);
    QCOMPARE(page->model()->rowCount(), 1);
    QVERIFY(page->editor()->scorecard());
    QCOMPARE(page->editor()->scorecard()->id, card->id);
    QVERIFY2(page->errorMessage().contains(u"another posting"_s), qPrintable(page->errorMessage()));
    QCOMPARE(ScorecardRepository(library->database()).list()->size(), 1);
    tab.setLibrary(nullptr);
}

// Ten thousand candidates on a big library: the Candidates page reads its list a page at a
// time, as far as the candidate chosen, and on as it is scrolled; it sorts by reading again.
void TestInterviewsTab::candidatesReadAPageAtATime()
{
    auto library = newLibrary(u"candidate-pages.sqlite"_s);
    QVERIFY(library);
    const int page = CandidateListModel::PageSize;
    const int count = 2 * page + 30;
    // By name, "Candidate 000" first; the first by name the last added.
    const QDateTime added = QDateTime::currentDateTimeUtc().addMonths(-30);
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        ids.append(addCandidate(*library, u"Candidate %1"_s.arg(i, 3, 10, QLatin1Char('0')),
                                added.addSecs(-i)));
    }
    QVERIFY(!ids.contains(0));

    InterviewsTab tab;
    tab.resize(1000, 700);
    tab.setLibrary(library.get());
    tab.showPage(InterviewsTab::CandidatesPage);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    CandidatesWidget *candidates = tab.candidates();
    CandidateListModel *model = candidates->model();
    auto *list = child<QTableView>(candidates, u"candidatesTableView"_s);
    auto *name = child<QLineEdit>(candidates, u"candidateNameLineEdit"_s);
    QCOMPARE(model->rowCount(), page);

    // Chosen on the second page: read as far as that page, and shown.
    const qint64 chosen = ids.at(300);
    QVERIFY(candidates->selectCandidate(chosen));
    QCOMPARE(model->rowCount(), 2 * page);
    QCOMPARE(list->currentIndex().row(), 300);
    QCOMPARE(name->text(), u"Candidate 300"_s);

    // Renamed to the top of the list: read again from the first page, still chosen.
    retype(name, u"Aaron"_s);
    QCOMPARE(model->rowCount(), page);
    QCOMPARE(list->currentIndex().row(), 0);
    QCOMPARE(candidates->currentCandidate()->id, chosen);
    QCOMPARE(name->text(), u"Aaron"_s);

    // Sorted by when they were added, oldest first: read again in that order, the row
    // current following its candidate past the rows listed before.
    list->sortByColumn(CandidateListModel::AddedColumn, Qt::AscendingOrder);
    QCOMPARE(model->order(), (CandidateOrder { CandidateOrder::Added, false }));
    QCOMPARE(list->currentIndex().row(), count - 1 - 300);
    QCOMPARE(candidates->currentCandidate()->id, chosen);
    QCOMPARE(model->index(0, CandidateListModel::NameColumn).data().toString(),
             u"Candidate %1"_s.arg(count - 1));
    // Scrolled to the end, the view reads on, listing no one twice.
    for (int scrolls = 0; scrolls < 5 && model->canFetchMore({}); ++scrolls) {
        list->scrollToBottom();
        QCoreApplication::processEvents();
    }
    QCOMPARE(model->rowCount(), count);
    QSet<qint64> listed;
    for (const Candidate &candidate : model->items())
        listed.insert(candidate.id);
    QCOMPARE(int(listed.size()), count);

    // Ctrl+End goes to the last candidate, reading every page left.
    list->sortByColumn(CandidateListModel::NameColumn, Qt::AscendingOrder);
    list->scrollToTop(); // a list scrolled to its end reads the next page to fill the view
    candidates->reload();
    QCOMPARE(model->rowCount(), page);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(model->rowCount(), count);
    QCOMPARE(list->currentIndex().row(), count - 1);
    QCOMPARE(name->text(), u"Candidate %1"_s.arg(count - 1));

    // Due for erasure: counted over the whole list, listed a page at a time (the first
    // candidate chosen: the page reads as far as the one chosen).
    list->setCurrentIndex(model->index(0, 0));
    list->scrollToTop();
    candidates->setShowDue(true);
    QVERIFY2(child<QLabel>(candidates, u"dueLabel"_s)->text().contains(u": %1."_s.arg(count)),
             qPrintable(child<QLabel>(candidates, u"dueLabel"_s)->text()));
    QCOMPARE(model->rowCount(), page);
    candidates->setShowDue(false);

    // A page that cannot be read: the list stops there and the page says why.
    QCOMPARE(model->rowCount(), page);
    QSqlQuery(library->database()).exec(u"ALTER TABLE candidates RENAME TO gone"_s);
    list->scrollToBottom();
    QCoreApplication::processEvents();
    QVERIFY2(candidates->errorMessage().contains(u"Cannot access candidates"_s),
             qPrintable(candidates->errorMessage()));
    QCOMPARE(model->rowCount(), page);
    QVERIFY(!model->canFetchMore({}));
    QSqlQuery(library->database()).exec(u"ALTER TABLE gone RENAME TO candidates"_s);
    tab.showPage(InterviewsTab::QuestionBankPage);
    candidates->reload();
    QCOMPARE(candidates->errorMessage(), QString());
    QVERIFY(model->canFetchMore({}));
}

void TestInterviewsTab::ratingShowsInTheRubric()
{
    auto library = newLibrary(u"rubric.sqlite"_s);
    QVERIFY(library);
    const qint64 kit = addKit(*library, 3);
    const qint64 jamie = addCandidate(*library, u"Jamie Rivera"_s);
    AppSettings().setInterviewerName(u"Priya"_s);
    InterviewsTab tab;
    tab.setLibrary(library.get());
    tab.resize(1000, 700);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    tab.showPage(InterviewsTab::ScorecardsPage);
    ScorecardsWidget *page = tab.scorecards();
    ScorecardWidget *editor = page->editor();
    auto *candidate = child<QComboBox>(page, u"newCandidateChoiceBox"_s);
    auto *kits = child<QComboBox>(page, u"newKitComboBox"_s);
    candidate->setCurrentIndex(candidate->findData(jamie));
    kits->setCurrentIndex(kits->findData(kit));
    click(page, u"createScorecardButton"_s);
    QVERIFY(editor->scorecard());
    auto *answers = child<QTableView>(editor, u"answersTableView"_s);
    answers->setCurrentIndex(answers->model()->index(0, 0));
    const qint64 questionId = editor->scorecard()->answers.at(0).questionId;
    const auto guide = QuestionRepository(library->database()).guide(questionId);
    QVERIFY(guide);

    // The rubric shows the rating given in bold, and nothing else of the rubric.
    auto *rubric = child<QTextBrowser>(editor, u"answerQuestionTextBrowser"_s);
    const auto boldAnchors = [&] {
        QStringList bold;
        for (QTextBlock block = rubric->document()->begin(); block.isValid();
             block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QString text = it.fragment().text();
                if (it.fragment().charFormat().fontWeight() >= QFont::Bold
                    && std::find(guide->rubric.cbegin(), guide->rubric.cend(), text)
                        != guide->rubric.cend())
                    bold.append(text);
            }
        }
        return bold;
    };
    QVERIFY(rubric->toPlainText().contains(guide->rubric.at(2)));
    QCOMPARE(boldAnchors(), QStringList());
    click(editor, u"rate3Button"_s);
    QCOMPARE(boldAnchors(), QStringList { guide->rubric.at(2) });
    // A note typed, then a rating: the note keeps its cursor and its undo.
    auto *notes = child<QPlainTextEdit>(editor, u"answerNotesPlainTextEdit"_s);
    notes->setFocus();
    QTest::keyClicks(notes, u"Clear"_s);
    click(editor, u"rate2Button"_s);
    QCOMPARE(notes->toPlainText(), u"Clear"_s);
    QCOMPARE(notes->textCursor().position(), 5);
    QVERIFY(notes->document()->isUndoAvailable());
    click(editor, u"rate3Button"_s);

    // A rating given keeps the rubric where it was scrolled to: the anchors below stay in
    // view. Another question starts at its top.
    rubric->setFixedHeight(rubric->fontMetrics().height() * 3);
    QTRY_VERIFY(rubric->verticalScrollBar()->maximum() > 0);
    rubric->verticalScrollBar()->setValue(rubric->verticalScrollBar()->maximum());
    const int scrolled = rubric->verticalScrollBar()->value();
    click(editor, u"rate4Button"_s);
    QCOMPARE(boldAnchors(), QStringList { guide->rubric.at(3) });
    QCOMPARE(rubric->verticalScrollBar()->value(), scrolled);
    answers->setCurrentIndex(answers->model()->index(1, 0));
    QCOMPARE(rubric->verticalScrollBar()->value(), 0);
}

void TestInterviewsTab::scorecardStates()
{
    auto library = newLibrary(u"states.sqlite"_s);
    QVERIFY(library);
    const qint64 kit = addKit(*library, 3);
    const qint64 jamie = addCandidate(*library, u"Jamie Rivera"_s);
    InterviewsTab tab;
    tab.setLibrary(library.get());
    tab.showPage(InterviewsTab::ScorecardsPage);
    ScorecardsWidget *page = tab.scorecards();
    ScorecardWidget *editor = page->editor();

    // Without a name, no scorecard: it would not say whose it is.
    AppSettings().setInterviewerName(QString());
    auto *candidate = child<QComboBox>(page, u"newCandidateChoiceBox"_s);
    auto *kits = child<QComboBox>(page, u"newKitComboBox"_s);
    candidate->setCurrentIndex(candidate->findData(jamie));
    kits->setCurrentIndex(kits->findData(kit));
    QVERIFY(!page->createScorecard());
    AppSettings().setInterviewerName(u"Priya"_s);

    click(page, u"createScorecardButton"_s);
    QCOMPARE(page->model()->rowCount(), 1);
    QVERIFY(editor->scorecard());
    const qint64 id = editor->scorecard()->id;
    QCOMPARE(editor->scorecard()->interviewer, u"Priya"_s);
    QCOMPARE(editor->scorecard()->status, ScorecardStatus::Draft);
    QVERIFY(child<QLabel>(editor, u"statusLabel"_s)->text().contains(u"Draft"_s));
    QVERIFY(editor->isEditable());
    // A second "new" for the same candidate, interviewer and kit finds the first.
    QCOMPARE(page->createScorecard(), std::optional<qint64>(id));
    QCOMPARE(page->model()->rowCount(), 1);

    ScorecardRepository cards(library->database());
    auto *answers = child<QTableView>(editor, u"answersTableView"_s);
    answers->setCurrentIndex(answers->model()->index(0, 0));
    click(editor, u"rate3Button"_s);
    QCOMPARE(cards.load(id)->answers.at(0).rating, std::optional<int>(3));
    auto *notes = child<QPlainTextEdit>(editor, u"answerNotesPlainTextEdit"_s);
    notes->setFocus();
    QTest::keyClicks(notes, u"Clear about trade-offs"_s);
    QTRY_COMPARE_WITH_TIMEOUT(cards.load(id)->answers.at(0).note, u"Clear about trade-offs"_s,
                              1000);
    answers->setCurrentIndex(answers->model()->index(1, 0));
    click(editor, u"notAskedButton"_s);
    QVERIFY(cards.load(id)->answers.at(1).notAsked);
    answers->setCurrentIndex(answers->model()->index(2, 0));
    click(editor, u"rate1Button"_s);
    click(editor, u"clearRatingButton"_s);
    QVERIFY(!cards.load(id)->answers.at(2).rating);

    const qint64 flag = GuideRepository(library->database()).redFlags()->first().id;
    auto *flagBox = child<QCheckBox>(editor, u"redFlag%1CheckBox"_s.arg(flag));
    flagBox->setChecked(true);
    QCOMPARE(cards.load(id)->redFlags.size(), 1);
    auto *flagNote = child<QLineEdit>(editor, u"redFlag%1NoteLineEdit"_s.arg(flag));
    QTest::keyClicks(flagNote, u"could not explain own code"_s);
    QTRY_COMPARE_WITH_TIMEOUT(cards.load(id)->redFlags.value(0).note,
                              u"could not explain own code"_s, 1000);
    auto *takeaways = child<QPlainTextEdit>(editor, u"takeawaysPlainTextEdit"_s);
    takeaways->setFocus();
    QTest::keyClicks(takeaways, u"Solid; probe ownership."_s);
    QTRY_COMPARE_WITH_TIMEOUT(cards.load(id)->keyTakeaways, u"Solid; probe ownership."_s, 1000);
    auto *recommendation = child<QComboBox>(editor, u"recommendationComboBox"_s);
    recommendation->setCurrentIndex(3);
    emit recommendation->activated(3);
    QCOMPARE(cards.load(id)->recommendation, std::optional<Recommendation>(Recommendation::Yes));

    // Submitting asks first, then the card is read-only in every part.
    MessageBoxes::setNextAnswer(QMessageBox::Cancel);
    click(editor, u"submitButton"_s);
    QCOMPARE(cards.load(id)->status, ScorecardStatus::Draft);
    QVERIFY(MessageBoxes::lastShown()->text.contains(u"Questions without a rating: 1."_s));
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    click(editor, u"submitButton"_s);
    QCOMPARE(cards.load(id)->status, ScorecardStatus::Submitted);
    QVERIFY(child<QLabel>(editor, u"statusLabel"_s)->text().contains(u"Submitted"_s));
    QVERIFY(!editor->isEditable());
    for (const QString &name : { u"rate1Button"_s, u"rate4Button"_s, u"notAskedButton"_s,
                                 u"clearRatingButton"_s, u"submitButton"_s, u"liveButton"_s }) {
        QVERIFY2(!child<QPushButton>(editor, name)->isEnabled(), qPrintable(name));
    }
    QVERIFY(notes->isReadOnly());
    QVERIFY(takeaways->isReadOnly());
    // The flags were rebuilt for the submitted card; find them again.
    QVERIFY(!child<QCheckBox>(editor, u"redFlag%1CheckBox"_s.arg(flag))->isEnabled());
    QVERIFY(child<QCheckBox>(editor, u"redFlag%1CheckBox"_s.arg(flag))->isChecked());
    QVERIFY(!recommendation->isEnabled());
    QCOMPARE(page->model()->index(0, ScorecardListModel::StatusColumn).data().toString(),
             u"Submitted"_s);

    // Reopening needs a reason, which the history keeps.
    click(editor, u"reopenButton"_s);
    QVERIFY(child<QWidget>(editor, u"reopenFrame"_s)->isVisibleTo(editor));
    click(editor, u"confirmReopenButton"_s);
    QCOMPARE(cards.load(id)->status, ScorecardStatus::Submitted);
    QVERIFY(child<QLabel>(editor, u"errorLabel"_s)->isVisibleTo(editor));
    child<QLineEdit>(editor, u"reopenReasonLineEdit"_s)->setText(u"Forgot a follow-up"_s);
    click(editor, u"confirmReopenButton"_s);
    QCOMPARE(cards.load(id)->status, ScorecardStatus::Draft);
    QVERIFY(editor->isEditable());
    QVERIFY(child<QPushButton>(editor, u"rate4Button"_s)->isEnabled());
    auto *events = child<QListWidget>(editor, u"eventsListWidget"_s);
    QCOMPARE(events->count(), 3);
    QVERIFY(events->item(1)->text().contains(u"Submitted by Priya"_s));
    QVERIFY(events->item(2)->text().contains(u"Reopened by Priya"_s));
    QVERIFY(events->item(2)->text().contains(u"Forgot a follow-up"_s));
    const auto history = cards.events(id);
    QCOMPARE(history->last().event, u"reopened"_s);
    QCOMPARE(history->last().note, u"Forgot a follow-up"_s);
    // And the answers survived the round trip.
    QCOMPARE(cards.load(id)->answers.at(0).note, u"Clear about trade-offs"_s);
    tab.setLibrary(nullptr);
}

void TestInterviewsTab::newScorecardFollowsTheKit()
{
    // The "Whole question bank" entry is only for when a posting has no kit: once a kit
    // exists it is the default, even if the bank was the only entry before.
    auto library = newLibrary(u"default-kit.sqlite"_s);
    QVERIFY(library);
    addCandidate(*library, u"Jamie Rivera"_s);
    InterviewsTab tab;
    tab.setLibrary(library.get());
    tab.showPage(InterviewsTab::ScorecardsPage);
    auto *kits = child<QComboBox>(tab.scorecards(), u"newKitComboBox"_s);
    QCOMPARE(kits->count(), 1);
    QVERIFY(!kits->currentData().isValid());
    const qint64 kit = addKit(*library, 2);
    tab.showPage(InterviewsTab::KitsPage);
    tab.showPage(InterviewsTab::ScorecardsPage);
    QCOMPARE(kits->count(), 2);
    QCOMPARE(kits->currentData().toLongLong(), kit);
    const auto created = tab.scorecards()->createScorecard();
    QVERIFY(created);
    QCOMPARE(ScorecardRepository(library->database()).load(*created)->kitId,
             std::optional<qint64>(kit));
    tab.setLibrary(nullptr);
}

void TestInterviewsTab::independentScoring()
{
    auto library = newLibrary(u"independent.sqlite"_s);
    QVERIFY(library);
    const qint64 kit = addKit(*library, 3);
    const qint64 jamie = addCandidate(*library, u"Jamie Rivera"_s);
    const qint64 sam = addCandidate(*library, u"Sam Okafor"_s);
    addScorecard(*library, jamie, u"Alex"_s, kit, { 4, 1, 3 }, true, Recommendation::Yes);
    const qint64 mine =
        addScorecard(*library, jamie, u"Priya"_s, kit, { 2, 4, 3 }, false, Recommendation::No);
    // Another candidate's scorecards stay visible: independence is per candidate.
    addScorecard(*library, sam, u"Alex"_s, kit, { 3 }, true);

    InterviewsTab tab;
    tab.setLibrary(library.get());
    tab.showPage(InterviewsTab::ScorecardsPage);
    ScorecardsWidget *page = tab.scorecards();
    QCOMPARE(page->model()->rowCount(), 2);
    QVERIFY(child<QLabel>(page, u"hiddenLabel"_s)->isVisibleTo(page));
    for (const ScorecardSummary &card : page->model()->items())
        QVERIFY(card.candidateId != jamie || card.interviewer == u"Priya"_s);

    tab.showPage(InterviewsTab::DebriefPage);
    DebriefWidget *debrief = tab.debrief();
    QVERIFY(debrief->selectCandidate(jamie));
    QCOMPARE(debrief->hiddenByIndependentScoring(), 1);
    QVERIFY(debrief->debrief().scorecards.isEmpty());
    QCOMPARE(debrief->model()->columnCount(), 3);
    QVERIFY(child<QLabel>(debrief, u"debriefStateLabel"_s)->text().contains(u"draft"_s));
    QVERIFY(!child<QPushButton>(debrief, u"exportDebriefButton"_s)->isEnabled());

    // The setting turns it off: the submitted card shows, the draft does not (drafts never do).
    child<QCheckBox>(&tab, u"independentCheckBox"_s)->setChecked(false);
    QVERIFY(!AppSettings().independentScoring());
    QCOMPARE(debrief->hiddenByIndependentScoring(), 0);
    QCOMPARE(debrief->debrief().scorecards.size(), 1);
    QCOMPARE(debrief->model()->headerData(1, Qt::Horizontal).toString(), u"Alex"_s);
    tab.showPage(InterviewsTab::ScorecardsPage);
    QCOMPARE(page->model()->rowCount(), 3);
    child<QCheckBox>(&tab, u"independentCheckBox"_s)->setChecked(true);

    // Submitting one's own scorecard reveals the others.
    QVERIFY(page->selectScorecard(mine));
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    click(page->editor(), u"submitButton"_s);
    QCOMPARE(page->model()->rowCount(), 3);
    QVERIFY(!child<QLabel>(page, u"hiddenLabel"_s)->isVisibleTo(page));
    tab.showPage(InterviewsTab::DebriefPage);
    QVERIFY(debrief->selectCandidate(jamie));
    QCOMPARE(debrief->hiddenByIndependentScoring(), 0);
    QCOMPARE(debrief->debrief().scorecards.size(), 2);
    QCOMPARE(debrief->model()->columnCount(), 5);
    // 4 against 2 on the first question: a disagreement.
    QVERIFY(debrief->model()->index(0, 0).data(DebriefModel::DisagreementRole).toBool());
    QVERIFY(child<QLabel>(debrief, u"tallyLabel"_s)->text().contains(u"Yes"_s));
    QVERIFY(child<QLabel>(debrief, u"flagsLabel"_s)->text().contains(u"raised by 2 of 2"_s));

    const QString pdf = m_dir.filePath(u"debrief.pdf"_s);
    FileDialogs::setNextFileName(pdf);
    click(debrief, u"exportDebriefButton"_s);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF"));
    tab.setLibrary(nullptr);
}

// The scorecards page lists those whose notes or key takeaways have the words typed, once
// typing pauses; independent scoring hides the same cards as without a search, and the count
// of hidden cards says nothing about what they say.
void TestInterviewsTab::notesSearch()
{
    auto library = newLibrary(u"notesearch.sqlite"_s);
    QVERIFY(library);
    const qint64 kit = addKit(*library, 3);
    const qint64 jamie = addCandidate(*library, u"Jamie Rivera"_s);
    const qint64 sam = addCandidate(*library, u"Sam Okafor"_s);
    const qint64 lee = addCandidate(*library, u"Lee Chen"_s);
    ScorecardRepository cards(library->database());
    const auto written = [&](qint64 candidate, const QString &interviewer, const QString &note,
                             const QString &takeaways, bool submit) {
        const qint64 id = addScorecard(*library, candidate, interviewer, kit, { 3 }, false);
        const qint64 question = cards.load(id)->answers.first().questionId;
        if (!cards.setNote(id, question, note) || !cards.setKeyTakeaways(id, takeaways))
            return qint64(0);
        if (submit && !cards.submit(id, interviewer))
            return qint64(0);
        return id;
    };
    const qint64 samCard =
        written(sam, u"Alex"_s, u"Strong on database sharding and replication."_s, {}, true);
    const qint64 leeCard =
        written(lee, u"Alex"_s, u"Quiet start."_s, u"Explained Sharding trade-offs well."_s, true);
    // Priya's own draft for Jamie hides Alex's card for Jamie, which has the word too.
    const qint64 hiddenCard =
        written(jamie, u"Alex"_s, u"A sharding expert; wants remote work."_s, {}, true);
    const qint64 mine = written(jamie, u"Priya"_s, u"Asked about caching."_s, {}, false);
    QVERIFY(samCard && leeCard && hiddenCard && mine);

    InterviewsTab tab;
    tab.setLibrary(library.get());
    tab.showPage(InterviewsTab::ScorecardsPage);
    ScorecardsWidget *page = tab.scorecards();
    ScorecardListModel *model = page->model();
    auto *search = child<QLineEdit>(page, u"notesSearchLineEdit"_s);
    auto *hiddenLabel = child<QLabel>(page, u"hiddenLabel"_s);
    auto *noMatch = child<QLabel>(page, u"noMatchLabel"_s);
    QCOMPARE(model->rowCount(), 3);
    QVERIFY(hiddenLabel->text().contains(u"(1)"_s));
    const auto listed = [model] {
        QSet<qint64> ids;
        for (const ScorecardSummary &card : model->items())
            ids.insert(card.id);
        return ids;
    };

    // A word's start, in notes and in takeaways, whatever its case; not at every key.
    search->setText(u"shard"_s);
    QCOMPARE(model->rowCount(), 3);
    QTRY_COMPARE(model->rowCount(), 2);
    QCOMPARE(listed(), QSet<qint64>({ samCard, leeCard }));
    QVERIFY(hiddenLabel->text().contains(u"(1)"_s));
    QVERIFY(!noMatch->isVisibleTo(page));

    // Edit > Find in Notes (Ctrl+F) comes back to the search from another page.
    tab.showPage(InterviewsTab::KitsPage);
    tab.findAction()->trigger();
    QVERIFY(page->isVisibleTo(&tab));
    QCOMPARE(search->selectedText(), u"shard"_s);

    // No hidden card has "caching": the count stays what it is without a search.
    search->setText(u"caching"_s);
    QTRY_COMPARE(listed(), QSet<qint64>({ mine }));
    QVERIFY(hiddenLabel->isVisibleTo(page));
    QVERIFY(hiddenLabel->text().contains(u"(1)"_s));

    // What was typed a moment ago is searched, saved or not.
    search->clear();
    QTRY_COMPARE(model->rowCount(), 3);
    QVERIFY(page->selectScorecard(mine));
    ScorecardWidget *editor = page->editor();
    auto *answers = child<QTableView>(editor, u"answersTableView"_s);
    answers->setCurrentIndex(answers->model()->index(0, 0));
    auto *notes = child<QPlainTextEdit>(editor, u"answerNotesPlainTextEdit"_s);
    notes->moveCursor(QTextCursor::End);
    QTest::keyClicks(notes, u" Knows Kubernetes."_s);
    search->setText(u"kubernetes"_s);
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(listed(), QSet<qint64>({ mine }));
    QVERIFY(cards.load(mine)->answers.first().note.contains(u"Kubernetes"_s));

    // Nothing has the words: the page says so.
    search->setText(u"zebra"_s);
    QTRY_COMPARE(model->rowCount(), 0);
    QVERIFY(noMatch->isVisibleTo(page));
    QVERIFY(!noMatch->text().isEmpty());

    // A hidden scorecard asked for: the search stays, as nothing would show it.
    QVERIFY(!page->selectScorecard(hiddenCard));
    QCOMPARE(search->text(), u"zebra"_s);
    // A scorecard asked for that the search leaves out: the search gives way.
    QVERIFY(page->selectScorecard(samCard));
    QVERIFY(search->text().isEmpty());
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(editor->scorecard()->id, samCard);
    QVERIFY(!noMatch->isVisibleTo(page));
    // A hidden one stays hidden.
    QVERIFY(!page->selectScorecard(hiddenCard));

    // Words typed for one library are not a search of the next.
    search->setText(u"replication"_s);
    QTRY_COMPARE(model->rowCount(), 1);
    auto other = newLibrary(u"notesearch-other.sqlite"_s);
    QVERIFY(other);
    tab.setLibrary(other.get());
    tab.showPage(InterviewsTab::ScorecardsPage);
    QVERIFY(search->text().isEmpty());
    QVERIFY(!noMatch->isVisibleTo(page));
    tab.setLibrary(nullptr);
}

void TestInterviewsTab::ratingReadsItsLineOnly()
{
    // A rating changes one scorecard's line; the list is not read again at every click (on
    // a big library that was twenty thousand scorecards). A submit may show others' cards.
    auto library = newLibrary(u"rating.sqlite"_s);
    QVERIFY(library);
    AppSettings settings;
    settings.setInterviewerName(u"Priya"_s);
    settings.setIndependentScoring(true);
    const qint64 kit = addKit(*library, 3);
    const qint64 jamie = addCandidate(*library, u"Jamie Rivera"_s);
    const qint64 sam = addCandidate(*library, u"Sam Okafor"_s);
    const qint64 mine = addScorecard(*library, jamie, u"Priya"_s, kit, {}, false);
    const qint64 hidden = addScorecard(*library, jamie, u"Alex"_s, kit, { 4, 1, 3 }, true);
    const qint64 other = addScorecard(*library, sam, u"Lee"_s, kit, { 2 }, false);

    InterviewsTab tab;
    tab.setLibrary(library.get());
    tab.showPage(InterviewsTab::ScorecardsPage);
    ScorecardsWidget *page = tab.scorecards();
    ScorecardListModel *model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->rowOf(other), 0);
    QCOMPARE(model->rowOf(mine), 1);
    QVERIFY(page->selectScorecard(mine));
    ScorecardWidget *editor = page->editor();
    QCOMPARE(editor->scorecard()->id, mine);

    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    auto *answers = child<QTableView>(editor, u"answersTableView"_s);
    answers->setCurrentIndex(answers->model()->index(0, 0));
    click(editor, u"rate3Button"_s);
    // Its line shows the rating and, changed last, comes first; the same card stays chosen.
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->rowOf(mine), 0);
    QCOMPARE(model->items().first().answered, 1);
    QCOMPARE(model->items().first().updatedAt,
             ScorecardRepository(library->database()).load(mine)->updatedAt);
    auto *list = child<QTableView>(page, u"scorecardsTableView"_s);
    QCOMPARE(list->currentIndex().row(), 0);
    QCOMPARE(list->currentIndex().data(ScorecardListModel::IdRole).toLongLong(), mine);
    QCOMPARE(editor->scorecard()->id, mine);
    // The line says what the whole list would.
    const auto listed = ScorecardRepository(library->database()).summaries();
    for (const ScorecardSummary &card : *listed) {
        if (card.id == mine) {
            QCOMPARE(model->items().first().answered, card.answered);
            QCOMPARE(model->items().first().questions, card.questions);
            QCOMPARE(model->items().first().status, card.status);
        }
    }

    // Submitting ends independent scoring for Jamie: Alex's card shows, read with the list.
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    click(editor, u"submitButton"_s);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model->rowCount(), 3);
    QVERIFY(model->rowOf(hidden) >= 0);
    QCOMPARE(list->currentIndex().data(ScorecardListModel::IdRole).toLongLong(), mine);
    tab.setLibrary(nullptr);
}

// A long list of scorecards is read a page at a time: the next page when the list is
// scrolled to its end, as far as a scorecard chosen further down, or all of it for Ctrl+End.
void TestInterviewsTab::scorecardsReadAPageAtATime()
{
    auto library = newLibrary(u"paged.sqlite"_s);
    QVERIFY(library);
    AppSettings().setIndependentScoring(true);
    const qint64 kit = addKit(*library, 1);
    const qint64 jamie = addCandidate(*library, u"Jamie Rivera"_s);
    const qint64 sam = addCandidate(*library, u"Sam Okafor"_s);
    const qint64 alex = addScorecard(*library, jamie, u"Alex"_s, kit, {}, true);
    addScorecard(*library, jamie, u"Lee"_s, kit, {}, true);
    const qint64 mine = addScorecard(*library, jamie, u"Priya"_s, kit, {}, false);
    const int page = ScorecardListModel::PageSize;
    const int visible = 2 * page + 30;
    QList<qint64> samCards; // oldest first: the list shows the last one first
    for (int i = 0; i < visible - 1; ++i)
        samCards.append(addScorecard(*library, sam, u"Interviewer %1"_s.arg(i), kit, {}, false));
    ScorecardRepository cards(library->database());
    const auto change = [&](qint64 id) { QVERIFY(cards.setKeyTakeaways(id, u"Changed."_s).ok()); };

    InterviewsTab tab;
    tab.resize(1000, 700);
    tab.setLibrary(library.get());
    tab.showPage(InterviewsTab::ScorecardsPage);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    ScorecardsWidget *scorecardsPage = tab.scorecards();
    ScorecardListModel *model = scorecardsPage->model();
    auto *list = child<QTableView>(scorecardsPage, u"scorecardsTableView"_s);
    const auto showAgain = [&] {
        tab.showPage(InterviewsTab::CandidatesPage);
        tab.showPage(InterviewsTab::ScorecardsPage);
    };
    const auto uniqueIds = [model] {
        QSet<qint64> ids;
        for (const ScorecardSummary &line : model->items())
            ids.insert(line.id);
        return int(ids.size());
    };
    QCOMPARE(model->rowCount(), page);
    // What is hidden is counted over the whole list, not the page read.
    QVERIFY(child<QLabel>(scorecardsPage, u"hiddenLabel"_s)->text().contains(u"(2)"_s));

    // The last line read is rated (a save moves its line to the top); scrolled to the end,
    // the list reads on after where that line was, listing nothing twice.
    list->setCurrentIndex(model->index(page - 1, 0));
    ScorecardWidget *editor = scorecardsPage->editor();
    const qint64 rated = editor->scorecard()->id;
    auto *answers = child<QTableView>(editor, u"answersTableView"_s);
    answers->setCurrentIndex(answers->model()->index(0, 0));
    click(editor, u"rate3Button"_s);
    QCOMPARE(model->rowOf(rated), 0);
    list->scrollToBottom();
    QCoreApplication::processEvents();
    QVERIFY(model->rowCount() > page);
    for (int scrolls = 0; scrolls < 3 && model->canFetchMore({}); ++scrolls) {
        list->scrollToBottom();
        QCoreApplication::processEvents();
    }
    QCOMPARE(model->rowCount(), visible);
    QCOMPARE(uniqueIds(), visible);
    QCOMPARE(model->rowOf(mine), visible - 1);

    // Shown again after a change, it reads as far as the scorecard chosen, and no further.
    const qint64 chosen = samCards.at(100); // on the second page: row 328
    QVERIFY(scorecardsPage->selectScorecard(chosen));
    change(samCards.last());
    showAgain();
    QCOMPARE(model->rowCount(), 2 * page);
    QCOMPARE(list->currentIndex().data(ScorecardListModel::IdRole).toLongLong(), chosen);
    QCOMPARE(editor->scorecard()->id, chosen);

    // A scorecard the list does not hold is not looked for page after page: Alex's is hidden.
    QVERIFY(!scorecardsPage->selectScorecard(alex));
    list->setCurrentIndex(model->index(0, 0));
    list->scrollToTop(); // a list scrolled to its end reads the next page to fill the view
    change(samCards.at(1));
    showAgain();
    QCOMPARE(model->rowCount(), page);
    QVERIFY(!scorecardsPage->selectScorecard(alex));
    QCOMPARE(model->rowCount(), page);

    // Ctrl+End goes to the oldest scorecard, reading every page left.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(model->rowCount(), visible);
    QCOMPARE(list->currentIndex().data(ScorecardListModel::IdRole).toLongLong(), mine);

    // A page that cannot be read says so on the page; what was read stays listed, and the
    // page is read again when next shown.
    list->setCurrentIndex(model->index(0, 0));
    list->scrollToTop();
    change(samCards.at(2));
    showAgain();
    QCOMPARE(model->rowCount(), page);
    QSqlQuery rename(library->database());
    QVERIFY(rename.exec(u"ALTER TABLE scorecards RENAME TO scorecards_gone"_s));
    list->scrollToBottom();
    QCoreApplication::processEvents();
    QCOMPARE(model->rowCount(), page);
    QVERIFY2(scorecardsPage->errorMessage().startsWith(u"Cannot access scorecards: "_s),
             qPrintable(scorecardsPage->errorMessage()));
    QVERIFY(rename.exec(u"ALTER TABLE scorecards_gone RENAME TO scorecards"_s));
    list->scrollToTop();
    showAgain();
    QCOMPARE(scorecardsPage->errorMessage(), QString());
    QCOMPARE(model->rowCount(), page);
    QVERIFY(model->canFetchMore({}));
    tab.setLibrary(nullptr);
}

void TestInterviewsTab::exportAndImport()
{
    auto library = newLibrary(u"export.sqlite"_s);
    QVERIFY(library);
    const qint64 kit = addKit(*library, 3);
    const qint64 jamie = addCandidate(*library, u"Jamie Rivera"_s);
    const qint64 id =
        addScorecard(*library, jamie, u"Priya"_s, kit, { 3, 4, 2 }, true, Recommendation::Yes);
    InterviewsTab tab;
    tab.setLibrary(library.get());
    tab.showPage(InterviewsTab::ScorecardsPage);
    QVERIFY(tab.scorecards()->selectScorecard(id));
    ScorecardWidget *editor = tab.scorecards()->editor();

    const QString pdf = m_dir.filePath(u"scorecard"_s); // the suffix is added
    FileDialogs::setNextFileName(pdf);
    click(editor, u"exportPdfButton"_s);
    QFile pdfFile(pdf + u".pdf"_s);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5).startsWith("%PDF"));

    const QString json = m_dir.filePath(u"scorecard.json"_s);
    FileDialogs::setNextFileName(json);
    click(editor, u"exportJsonButton"_s);
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject object = QJsonDocument::fromJson(jsonFile.readAll()).object();
    QCOMPARE(object.value(u"candidate"_s).toString(), u"Jamie Rivera"_s);
    QCOMPARE(object.value(u"answers"_s).toArray().size(), 3);

    // The same file again: nothing changes, and the tab says so.
    FileDialogs::setNextFileName(json);
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    click(tab.scorecards(), u"importJsonButton"_s);
    QCOMPARE(MessageBoxes::lastShown()->text, scorecardExchange::describe(MergeOutcome::Unchanged));

    // Into another library: a new scorecard, with its candidate.
    auto other = newLibrary(u"import.sqlite"_s);
    QVERIFY(other);
    tab.setLibrary(other.get());
    tab.showPage(InterviewsTab::ScorecardsPage);
    QCOMPARE(tab.scorecards()->model()->rowCount(), 0);
    FileDialogs::setNextFileName(json);
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    click(tab.scorecards(), u"importJsonButton"_s);
    QCOMPARE(MessageBoxes::lastShown()->text, scorecardExchange::describe(MergeOutcome::Created));
    QCOMPARE(tab.scorecards()->model()->rowCount(), 1);
    QCOMPARE(tab.scorecards()->model()->items().first().candidateName, u"Jamie Rivera"_s);

    // Not a scorecard: said, nothing added.
    const QString bad = m_dir.filePath(u"bad.json"_s);
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write("[1, 2");
    badFile.close();
    FileDialogs::setNextFileName(bad);
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    click(tab.scorecards(), u"importJsonButton"_s);
    QCOMPARE(MessageBoxes::lastShown()->icon, QMessageBox::Critical);
    QCOMPARE(tab.scorecards()->model()->rowCount(), 1);
    tab.setLibrary(nullptr);
}

void TestInterviewsTab::liveFromScorecard()
{
    auto library = newLibrary(u"live.sqlite"_s);
    QVERIFY(library);
    const qint64 kit = addKit(*library, 3);
    const qint64 jamie = addCandidate(*library, u"Jamie Rivera"_s);
    const qint64 id = addScorecard(*library, jamie, u"Priya"_s, kit, {}, false);
    InterviewsTab tab;
    tab.setLibrary(library.get());
    tab.showPage(InterviewsTab::ScorecardsPage);
    ScorecardsWidget *page = tab.scorecards();
    QVERIFY(page->selectScorecard(id));
    ScorecardWidget *editor = page->editor();
    QVERIFY(!child<QWidget>(editor, u"resumeFrame"_s)->isVisibleTo(editor));

    click(editor, u"liveButton"_s);
    LiveInterviewWidget *live = page->liveWidget();
    QVERIFY(live);
    QVERIFY(live->isWindow());
    QVERIFY(live->isVisible());
    // While live mode writes, the editor only shows.
    QVERIFY(!editor->isEditable());
    QVERIFY(!child<QPushButton>(editor, u"rate1Button"_s)->isEnabled());
    QVERIFY(child<QLabel>(editor, u"statusLabel"_s)->text().contains(u"Live"_s));

    QTest::keyClick(live, Qt::Key_4);
    QTest::keyClick(live, Qt::Key_N);
    QTest::keyClick(live, Qt::Key_W, Qt::ControlModifier);
    QTRY_VERIFY(!page->liveWidget());
    QVERIFY(editor->isEditable());
    QCOMPARE(editor->scorecard()->answers.at(0).rating, std::optional<int>(4));

    // The draft remembers where live mode stopped, and offers (without a dialog) to go on.
    auto *resume = child<QWidget>(editor, u"resumeFrame"_s);
    QVERIFY(resume->isVisibleTo(editor));
    QVERIFY(child<QLabel>(editor, u"resumeLabel"_s)->text().contains(u"question 2 of 3"_s));
    click(editor, u"continueLiveButton"_s);
    QVERIFY(page->liveWidget());
    QCOMPARE(page->liveWidget()->position(), 1);
    page->liveWidget()->close();
    QTRY_VERIFY(!page->liveWidget());

    click(editor, u"restartLiveButton"_s);
    QVERIFY(page->liveWidget());
    QCOMPARE(page->liveWidget()->position(), 0);
    // Closing the library ends live mode first.
    tab.setLibrary(nullptr);
    QTRY_VERIFY(!page->liveWidget());
    QVERIFY(!MessageBoxes::lastShown());
}

void TestInterviewsTab::screenshots()
{
    const QString dir = qEnvironmentVariable("HIREKIT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("HIREKIT_SCREENSHOT_DIR is not set");
    QDir().mkpath(dir);
    const auto save = [&](QWidget *widget, const QString &name) {
        QCoreApplication::processEvents();
        QVERIFY(widget->grab().save(QDir(dir).filePath(name + u".png"_s)));
    };

    auto library = newLibrary(u"screens.sqlite"_s);
    QVERIFY(library);
    const auto postings = PostingRepository(library->database()).list();
    QVERIFY(postings.ok() && !postings->isEmpty());
    const qint64 posting = postings->first().id;
    const auto bank = QuestionRepository(library->database()).list();
    InterviewKit kitValue;
    kitValue.postingId = posting;
    kitValue.name = u"Backend onsite"_s;
    kitValue.stage = u"System design"_s;
    kitValue.timeBudgetMinutes = 60;
    kitValue.questionIds = { bank->at(0).id, bank->at(1).id, bank->at(5).id, bank->at(11).id,
                             bank->at(15).id };
    const qint64 kit = KitRepository(library->database()).insert(kitValue).value();
    Candidate jamieValue;
    jamieValue.postingId = posting;
    jamieValue.name = u"Jamie Rivera"_s;
    jamieValue.contact = u"jamie.rivera@example.com"_s;
    jamieValue.stage = u"Final interview"_s;
    jamieValue.notes = u"Referred by Dana. Prefers afternoon calls."_s;
    const qint64 jamie = CandidateRepository(library->database()).insert(jamieValue).value();
    Candidate samValue = jamieValue;
    samValue.name = u"Sam Okafor"_s;
    samValue.stage = u"Phone screen"_s;
    samValue.notes.clear();
    CandidateRepository(library->database()).insert(samValue).value();
    ScorecardRepository cards(library->database());
    for (const auto &[who, ratings, verdict] :
         { std::tuple { u"Alex Chen"_s, QList<int> { 3, 4, 2, 3, 3 }, Recommendation::Yes },
           std::tuple { u"Morgan Lee"_s, QList<int> { 4, 4, 4, 3, 1 },
                        Recommendation::StrongYes } }) {
        const auto card = cards.create(jamie, who, kit, posting);
        for (int i = 0; i < ratings.size(); ++i) {
            (void)cards.setRating(card->id, card->answers.at(i).questionId, ratings.at(i));
            (void)cards.setNote(card->id, card->answers.at(i).questionId,
                                u"Notes by %1 on question %2."_s.arg(who).arg(i + 1));
        }
        (void)cards.setKeyTakeaways(
            card->id,
            u"Strong design instincts; %1."_s.arg(who == u"Alex Chen"_s
                                                      ? u"security answers were thin"_s
                                                      : u"would hire for the platform team"_s));
        if (who == u"Morgan Lee"_s) {
            (void)cards.setRedFlag(card->id,
                                   GuideRepository(library->database()).redFlags()->at(1).id, true,
                                   u"Dismissed the on-call question"_s);
        }
        (void)cards.setRecommendation(card->id, verdict);
        (void)cards.submit(card->id, who);
    }
    AppSettings().setInterviewerName(u"Priya Shah"_s);

    MainWindow window;
    window.setLibrary(Library::open(library->path(), Library::OpenMode::OpenExisting).value());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.selectTab(u"interviews"_s));
    auto *tab = window.findChild<InterviewsTab *>();
    QVERIFY(tab);
    QVERIFY(tab->selectPosting(posting));
    save(&window, u"interviews-questions"_s);
    tab->showPage(InterviewsTab::KitsPage);
    save(&window, u"interviews-kits"_s);
    tab->showPage(InterviewsTab::CandidatesPage);
    QVERIFY(tab->candidates()->selectCandidate(jamie));
    save(&window, u"interviews-candidates"_s);

    // Priya's own scorecard, created from the page; the others stay hidden meanwhile.
    tab->showPage(InterviewsTab::ScorecardsPage);
    ScorecardsWidget *page = tab->scorecards();
    page->prepareNew(jamie);
    auto *kits = child<QComboBox>(page, u"newKitComboBox"_s);
    kits->setCurrentIndex(kits->findData(kit));
    const auto created = page->createScorecard();
    QVERIFY(created);
    save(&window, u"interviews-scorecards-draft"_s);
    tab->showPage(InterviewsTab::DebriefPage);
    QVERIFY(tab->debrief()->selectCandidate(jamie));
    save(&window, u"interviews-debrief-hidden"_s);

    // The mock interview, keys only.
    tab->showPage(InterviewsTab::ScorecardsPage);
    LiveInterviewWidget *live = page->openLive(*created);
    QVERIFY(live);
    live->resize(1280, 800);
    live->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(live));
    const auto press = [](int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), modifiers);
    };
    const auto type = [](const QString &text) {
        QTest::keyClicks(QApplication::focusWidget(), text);
    };
    save(live, u"live-1-start"_s);
    live->advanceClock(9 * 60 + 12);
    press(Qt::Key_3);
    press(Qt::Key_Tab);
    type(u"Base62 codes from a counter per shard; read-through cache; 301 vs 302 discussed."_s);
    save(live, u"live-2-notes"_s);
    press(Qt::Key_Escape);
    press(Qt::Key_N);
    live->advanceClock(11 * 60 + 40); // past the 10 suggested minutes
    press(Qt::Key_4);
    save(live, u"live-3-overtime"_s);
    press(Qt::Key_N);
    live->advanceClock(4 * 60);
    press(Qt::Key_0);
    press(Qt::Key_N);
    live->advanceClock(12 * 60);
    press(Qt::Key_2);
    press(Qt::Key_Tab);
    type(u"Team conflict story was vague; no outcome."_s);
    press(Qt::Key_Escape);
    press(Qt::Key_N);
    live->advanceClock(26 * 60); // past the hour
    press(Qt::Key_3);
    press(Qt::Key_N);
    press(Qt::Key_3);
    press(Qt::Key_Tab);
    type(u"Good design depth; check teamwork with a reference."_s);
    press(Qt::Key_Escape);
    save(live, u"live-4-wrapup"_s);
    press(Qt::Key_W, Qt::ControlModifier);
    QTRY_VERIFY(!page->liveWidget());
    save(&window, u"interviews-scorecards-after-live"_s);

    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    click(page->editor(), u"submitButton"_s);
    save(&window, u"interviews-scorecards-submitted"_s);
    tab->showPage(InterviewsTab::DebriefPage);
    QVERIFY(tab->debrief()->selectCandidate(jamie));
    save(&window, u"interviews-debrief"_s);

    FileDialogs::setNextFileName(QDir(dir).filePath(u"scorecard.pdf"_s));
    tab->showPage(InterviewsTab::ScorecardsPage);
    QVERIFY(page->selectScorecard(*created));
    click(page->editor(), u"exportPdfButton"_s);
    FileDialogs::setNextFileName(QDir(dir).filePath(u"debrief.pdf"_s));
    tab->showPage(InterviewsTab::DebriefPage);
    click(tab->debrief(), u"exportDebriefButton"_s);
    QVERIFY(QFile::exists(QDir(dir).filePath(u"scorecard.pdf"_s)));
    QVERIFY(QFile::exists(QDir(dir).filePath(u"debrief.pdf"_s)));
}

QTEST_MAIN(TestInterviewsTab)
#include "tst_interviewstab.moc"
