#include "gui/InterviewsTab.h"

#include "ui_InterviewsTab.h"

#include "gui/AppSettings.h"
#include "gui/CandidatesWidget.h"
#include "gui/ChoiceBoxes.h"
#include "gui/DebriefWidget.h"
#include "gui/KitsWidget.h"
#include "gui/LazyPage.h"
#include "gui/QuestionBankWidget.h"
#include "gui/ScorecardsWidget.h"
#include "gui/TabWidgetSizing.h"
#include "gui/models/ScorecardListModel.h"
#include "storage/Library.h"

#include <QAction>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

// A built page (nullptr: none yet) takes the posting, then the library: setLibrary() last, so
// the page notes one thing to read, not two.
template<typename Page> void follow(Page *page, std::optional<qint64> posting, Library *library)
{
    if (!page)
        return;
    page->setPosting(posting);
    page->setLibrary(library);
}

} // namespace

InterviewsTab::InterviewsTab(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::InterviewsTab>())
{
    m_ui->setupUi(this);
    sizePagesBeforeTheyShow(m_ui->interviewsTabWidget);
    const AppSettings settings;
    m_ui->interviewerLineEdit->setText(settings.interviewerName());
    m_ui->independentCheckBox->setChecked(settings.independentScoring());
    ChoiceBox *postings = m_ui->postingChoiceBox;
    postings->setFirstEntry(tr("All postings"));
    choosePostings(postings, &m_library);
    postings->hold(std::nullopt);
    showReadErrors(postings, m_ui->errorLabel);

    connect(m_ui->postingChoiceBox, &QComboBox::currentIndexChanged, this,
            &InterviewsTab::postingChanged);
    connect(m_ui->interviewsTabWidget, &QTabWidget::currentChanged, this,
            &InterviewsTab::reloadPage);
    connect(m_ui->interviewerLineEdit, &QLineEdit::editingFinished, this,
            &InterviewsTab::interviewerChanged);
    connect(m_ui->independentCheckBox, &QCheckBox::toggled, this,
            &InterviewsTab::independentChanged);
    // The page the tab opens on is there from the start, library or not.
    buildPage(m_ui->interviewsTabWidget->currentIndex());

    m_findAction = new QAction(tr("Find in &Notes"), this);
    m_findAction->setObjectName(u"findNotesAction"_s);
    m_findAction->setShortcuts(QKeySequence::Find);
    // On the tab itself too, so the shortcut works when the tab is used on its own.
    addAction(m_findAction);
    connect(m_findAction, &QAction::triggered, this, [this] {
        showPage(ScorecardsPage);
        scorecards()->focusSearch();
    });
}

InterviewsTab::~InterviewsTab()
{
    // Notes typed a moment ago (and live mode) are written before the pages go.
    flush();
}

void InterviewsTab::flush()
{
    if (m_scorecards)
        m_scorecards->flush();
    if (m_candidates)
        m_candidates->flush();
}

// The pages are built when first shown or asked for, each with the library and posting of
// the moment: opening the tab builds the page in view only (the other four cost as much to
// build as the question bank and its table twice over).
QuestionBankWidget *InterviewsTab::questionBank()
{
    if (!m_questionBank) {
        m_questionBank =
            makeLazyPage<QuestionBankWidget>(m_ui->questionBankPage, u"questionBankWidget"_s);
        m_questionBank->setLibrary(m_library);
    }
    return m_questionBank;
}

KitsWidget *InterviewsTab::kits()
{
    if (!m_kits) {
        m_kits = makeLazyPage<KitsWidget>(m_ui->kitsPage, u"kitsWidget"_s);
        follow(m_kits, currentPosting(), m_library);
    }
    return m_kits;
}

CandidatesWidget *InterviewsTab::candidates()
{
    if (!m_candidates) {
        m_candidates = makeLazyPage<CandidatesWidget>(m_ui->candidatesPage, u"candidatesWidget"_s);
        follow(m_candidates, currentPosting(), m_library);
        connect(m_candidates, &CandidatesWidget::libraryWrittenInBackground, this,
                &InterviewsTab::libraryWrittenInBackground);
        connect(m_candidates, &CandidatesWidget::newScorecardRequested, this, [this](qint64 id) {
            showPage(ScorecardsPage);
            scorecards()->prepareNew(id);
        });
        connect(m_candidates, &CandidatesWidget::debriefRequested, this, [this](qint64 id) {
            showPage(DebriefPage);
            debrief()->selectCandidate(id);
        });
    }
    return m_candidates;
}

ScorecardsWidget *InterviewsTab::scorecards()
{
    if (!m_scorecards) {
        m_scorecards = makeLazyPage<ScorecardsWidget>(m_ui->scorecardsPage, u"scorecardsWidget"_s);
        follow(m_scorecards, currentPosting(), m_library);
        connect(m_scorecards, &ScorecardsWidget::interviewerNameNeeded, this,
                [this] { m_ui->interviewerLineEdit->setFocus(); });
        connect(m_scorecards, &ScorecardsWidget::listedUnderAllPostings, this, [this](qint64 id) {
            selectPosting(std::nullopt);
            m_scorecards->selectScorecard(id);
        });
        // The list reads a page at a time, as it is scrolled: a page that could not be read
        // leaves it cut short, so the page reads again at its next showing.
        connect(m_scorecards->model(), &ScorecardListModel::readFailed, this,
                [this] { m_pageReads.remove(ScorecardsPage); });
    }
    return m_scorecards;
}

DebriefWidget *InterviewsTab::debrief()
{
    if (!m_debrief) {
        m_debrief = makeLazyPage<DebriefWidget>(m_ui->debriefPage, u"debriefWidget"_s);
        follow(m_debrief, currentPosting(), m_library);
    }
    return m_debrief;
}

void InterviewsTab::buildPage(int index)
{
    switch (index) {
    case QuestionBankPage:
        questionBank();
        break;
    case KitsPage:
        kits();
        break;
    case CandidatesPage:
        candidates();
        break;
    case ScorecardsPage:
        scorecards();
        break;
    case DebriefPage:
        debrief();
        break;
    default:
        break;
    }
}

void InterviewsTab::setLibrary(Library *library)
{
    // Live mode and pending typing go to the old library before it is let go.
    flush();
    m_library = library;
    m_pageReads.clear();
    // The pages get the posting with the library below, not once for each.
    reloadPostings();
    // Read just now: showing the hidden tab need not read them again.
    m_postingsFresh = !isVisible();
    const std::optional<qint64> posting = currentPosting();
    if (m_questionBank)
        m_questionBank->setLibrary(library);
    follow(m_kits, posting, m_library);
    follow(m_candidates, posting, m_library);
    follow(m_scorecards, posting, m_library);
    follow(m_debrief, posting, m_library);
    // Only the page in view reads the library now; each other page when it is shown. With
    // years of interviews, "All postings" is 20,000 scorecards and 10,000 candidates a page.
    if (library)
        reloadPage(m_ui->interviewsTabWidget->currentIndex());
}

void InterviewsTab::reload()
{
    // Asked for: every page reads again.
    m_pageReads.clear();
    if (reloadPostings())
        postingChanged(); // reads the page in view
    else
        reloadPage(m_ui->interviewsTabWidget->currentIndex());
}

void InterviewsTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Postings may have been added on the Postings tab meanwhile.
    if (!m_postingsFresh && reloadPostings())
        postingChanged();
    m_postingsFresh = false;
}

void InterviewsTab::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

bool InterviewsTab::reloadPostings()
{
    showError(QString());
    return !m_ui->postingChoiceBox->hold(currentPosting());
}

std::optional<qint64> InterviewsTab::currentPosting() const
{
    return m_ui->postingChoiceBox->chosenId();
}

bool InterviewsTab::selectPosting(std::optional<qint64> postingId)
{
    return m_ui->postingChoiceBox->choose(postingId);
}

void InterviewsTab::showPage(Page page)
{
    m_ui->interviewsTabWidget->setCurrentIndex(int(page));
}

void InterviewsTab::postingChanged()
{
    const std::optional<qint64> posting = currentPosting();
    if (m_kits)
        m_kits->setPosting(posting);
    if (m_candidates)
        m_candidates->setPosting(posting);
    if (m_scorecards)
        m_scorecards->setPosting(posting);
    if (m_debrief)
        m_debrief->setPosting(posting);
    reloadPage(m_ui->interviewsTabWidget->currentIndex());
}

void InterviewsTab::reloadPage(int index)
{
    // Each page reads the library again when shown if another page (or another window, or
    // the command line) may have changed what it lists: with every posting's interviews a
    // page is 20,000 scorecards, read again at every switch between two pages before.
    if (m_library) {
        const AppSettings settings;
        const PageRead now { m_library->changeStamp(), currentPosting(), settings.interviewerName(),
                             settings.independentScoring(),
                             QDateTime::currentDateTimeUtc().date() };
        if (now.library.isValid() && m_pageReads.value(index) == now)
            return;
        m_pageReads.insert(index, now);
    }
    // A read that failed (the page shows why) is tried again at the next showing.
    const auto read = [this, index](auto *page) {
        page->reload();
        if (!page->errorMessage().isEmpty())
            m_pageReads.remove(index);
    };
    switch (index) {
    case QuestionBankPage:
        read(questionBank());
        break;
    case KitsPage:
        read(kits());
        break;
    case CandidatesPage:
        read(candidates());
        break;
    case ScorecardsPage:
        read(scorecards());
        break;
    case DebriefPage:
        read(debrief());
        break;
    default:
        break;
    }
}

void InterviewsTab::interviewerChanged()
{
    const QString name = m_ui->interviewerLineEdit->text().trimmed();
    AppSettings settings;
    if (name == settings.interviewerName())
        return;
    settings.setInterviewerName(name);
    // Who you are decides which scorecards independent scoring shows.
    reloadPage(m_ui->interviewsTabWidget->currentIndex());
}

void InterviewsTab::independentChanged(bool on)
{
    AppSettings().setIndependentScoring(on);
    reloadPage(m_ui->interviewsTabWidget->currentIndex());
}

} // namespace hirekit
