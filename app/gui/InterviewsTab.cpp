#include "gui/InterviewsTab.h"

#include "ui_InterviewsTab.h"

#include "gui/AppSettings.h"
#include "gui/PostingChoices.h"
#include "storage/Library.h"
#include "storage/PostingRepository.h"

using namespace Qt::StringLiterals;

namespace hirekit {

InterviewsTab::InterviewsTab(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::InterviewsTab>())
{
    m_ui->setupUi(this);
    const AppSettings settings;
    m_ui->interviewerLineEdit->setText(settings.interviewerName());
    m_ui->independentCheckBox->setChecked(settings.independentScoring());
    m_ui->postingComboBox->addItem(tr("All postings"));

    connect(m_ui->postingComboBox, &QComboBox::currentIndexChanged, this,
            &InterviewsTab::postingChanged);
    connect(m_ui->interviewsTabWidget, &QTabWidget::currentChanged, this,
            &InterviewsTab::reloadPage);
    connect(m_ui->interviewerLineEdit, &QLineEdit::editingFinished, this,
            &InterviewsTab::interviewerChanged);
    connect(m_ui->independentCheckBox, &QCheckBox::toggled, this,
            &InterviewsTab::independentChanged);

    CandidatesWidget *candidates = m_ui->candidatesWidget;
    connect(candidates, &CandidatesWidget::newScorecardRequested, this, [this](qint64 id) {
        showPage(ScorecardsPage);
        m_ui->scorecardsWidget->prepareNew(id);
    });
    connect(candidates, &CandidatesWidget::debriefRequested, this, [this](qint64 id) {
        showPage(DebriefPage);
        m_ui->debriefWidget->selectCandidate(id);
    });
    connect(m_ui->scorecardsWidget, &ScorecardsWidget::interviewerNameNeeded, this,
            [this] { m_ui->interviewerLineEdit->setFocus(); });
}

InterviewsTab::~InterviewsTab() = default;

QuestionBankWidget *InterviewsTab::questionBank() const
{
    return m_ui->questionBankWidget;
}

KitsWidget *InterviewsTab::kits() const
{
    return m_ui->kitsWidget;
}

CandidatesWidget *InterviewsTab::candidates() const
{
    return m_ui->candidatesWidget;
}

ScorecardsWidget *InterviewsTab::scorecards() const
{
    return m_ui->scorecardsWidget;
}

DebriefWidget *InterviewsTab::debrief() const
{
    return m_ui->debriefWidget;
}

void InterviewsTab::setLibrary(Library *library)
{
    // Live mode and pending typing go to the old library before it is let go.
    m_ui->scorecardsWidget->flush();
    m_ui->candidatesWidget->flush();
    m_library = library;
    // The pages get the posting with the library below, not once for each.
    reloadPostings();
    // Read just now: showing the hidden tab need not read them again.
    m_postingsFresh = !isVisible();
    const std::optional<qint64> posting = currentPosting();
    m_ui->questionBankWidget->setLibrary(library);
    m_ui->kitsWidget->setPosting(posting);
    m_ui->kitsWidget->setLibrary(library);
    m_ui->candidatesWidget->setPosting(posting);
    m_ui->candidatesWidget->setLibrary(library);
    m_ui->scorecardsWidget->setPosting(posting);
    m_ui->scorecardsWidget->setLibrary(library);
    m_ui->debriefWidget->setPosting(posting);
    m_ui->debriefWidget->setLibrary(library);
    // Only the page in view reads the library now; each other page when it is shown. With
    // years of interviews, "All postings" is 20,000 scorecards and 10,000 candidates a page.
    if (library)
        reloadPage(m_ui->interviewsTabWidget->currentIndex());
}

void InterviewsTab::reload()
{
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
    const QVariant current = m_ui->postingComboBox->currentData();
    QList<PostingTitle> postings;
    if (m_library) {
        if (auto listed = PostingRepository(m_library->database()).titles())
            postings = std::move(listed).value();
        else
            showError(listed.error());
    }
    // Refilled without signals: the caller tells the pages when the chosen posting went away.
    {
        const QSignalBlocker blocker(m_ui->postingComboBox);
        setPostingChoices(m_ui->postingComboBox, postings, tr("All postings"));
        const int index = current.isValid() ? m_ui->postingComboBox->findData(current) : 0;
        m_ui->postingComboBox->setCurrentIndex(std::max(index, 0));
    }
    return current.isValid() && m_ui->postingComboBox->currentIndex() == 0;
}

std::optional<qint64> InterviewsTab::currentPosting() const
{
    const QVariant id = m_ui->postingComboBox->currentData();
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

bool InterviewsTab::selectPosting(std::optional<qint64> postingId)
{
    const int index = postingId ? m_ui->postingComboBox->findData(*postingId) : 0;
    if (index < 0)
        return false;
    m_ui->postingComboBox->setCurrentIndex(index);
    return true;
}

void InterviewsTab::showPage(Page page)
{
    m_ui->interviewsTabWidget->setCurrentIndex(int(page));
}

void InterviewsTab::postingChanged()
{
    const std::optional<qint64> posting = currentPosting();
    m_ui->kitsWidget->setPosting(posting);
    m_ui->candidatesWidget->setPosting(posting);
    m_ui->scorecardsWidget->setPosting(posting);
    m_ui->debriefWidget->setPosting(posting);
    reloadPage(m_ui->interviewsTabWidget->currentIndex());
}

void InterviewsTab::reloadPage(int index)
{
    // Each page reads the library again when shown: another page (or the command line)
    // may have changed what it lists.
    switch (index) {
    case QuestionBankPage:
        m_ui->questionBankWidget->reload();
        break;
    case KitsPage:
        m_ui->kitsWidget->reload();
        break;
    case CandidatesPage:
        m_ui->candidatesWidget->reload();
        break;
    case ScorecardsPage:
        m_ui->scorecardsWidget->reload();
        break;
    case DebriefPage:
        m_ui->debriefWidget->reload();
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
