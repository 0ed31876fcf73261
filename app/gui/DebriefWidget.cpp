#include "gui/DebriefWidget.h"

#include "ui_DebriefWidget.h"

#include "gui/AppSettings.h"
#include "gui/ChoiceBoxes.h"
#include "gui/ElidedTextDelegate.h"
#include "gui/InterviewText.h"
#include "gui/ScorecardExchange.h"
#include "gui/models/DebriefModel.h"
#include "storage/Library.h"
#include "storage/QuestionRepository.h"
#include "storage/ScorecardRepository.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace hirekit {

DebriefWidget::DebriefWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DebriefWidget>())
    , m_model(new DebriefModel(this))
{
    m_ui->setupUi(this);
    m_ui->debriefTableView->setItemDelegate(new ElidedTextDelegate(m_ui->debriefTableView));
    m_ui->debriefTableView->setModel(m_model);
    m_ui->debriefTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->debriefTableView->horizontalHeader()->setStretchLastSection(false);
    m_ui->debriefTableView->horizontalHeader()->setSectionResizeMode(DebriefModel::QuestionColumn,
                                                                     QHeaderView::Stretch);
    // A notice, not an error: it explains what the grid shows (or why it is empty).
    m_ui->debriefStateLabel->setStyleSheet(
        u"QLabel { background: #eef3fb; color: #1f2328; padding: 6px; border-radius: 4px; }"_s);
    m_ui->debriefSplitter->setStretchFactor(0, 3);
    m_ui->debriefSplitter->setStretchFactor(1, 1);
    chooseCandidates(m_ui->debriefCandidateChoiceBox, &m_library, &m_postingId);
    showReadErrors(m_ui->debriefCandidateChoiceBox, m_ui->errorLabel);
    connect(m_ui->debriefCandidateChoiceBox, &QComboBox::currentIndexChanged, this,
            &DebriefWidget::showDebrief);
    connect(m_ui->exportDebriefButton, &QPushButton::clicked, this, &DebriefWidget::exportPdf);
}

DebriefWidget::~DebriefWidget() = default;

void DebriefWidget::setLibrary(Library *library)
{
    m_library = library;
    if (!m_library)
        reload();
}

void DebriefWidget::setPosting(std::optional<qint64> postingId)
{
    if (m_postingId == postingId)
        return;
    m_postingId = postingId;
}

const Debrief &DebriefWidget::debrief() const
{
    return m_model->debrief();
}

QString DebriefWidget::errorMessage() const
{
    return m_ui->errorLabel->text();
}

void DebriefWidget::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void DebriefWidget::reload()
{
    showError(QString());
    // The candidate chosen before, or the posting's first: every candidate is listed when a
    // person goes to choose one.
    m_ui->debriefCandidateChoiceBox->hold(m_ui->debriefCandidateChoiceBox->chosenId());
    showDebrief();
}

bool DebriefWidget::selectCandidate(qint64 candidateId)
{
    const std::optional<qint64> before = m_ui->debriefCandidateChoiceBox->chosenId();
    if (!m_ui->debriefCandidateChoiceBox->choose(candidateId))
        return false;
    // A new choice was shown through the box's signal; the same one is shown again, as asked.
    if (m_ui->debriefCandidateChoiceBox->chosenId() == before)
        showDebrief();
    return true;
}

void DebriefWidget::showDebrief()
{
    m_hidden = 0;
    const QVariant chosen = m_ui->debriefCandidateChoiceBox->currentData();
    QList<Scorecard> visible;
    QHash<qint64, InterviewQuestion> questions;
    QString state;
    if (m_library && chosen.isValid()) {
        ScorecardFilter filter;
        filter.candidateId = chosen.toLongLong();
        const auto cards = ScorecardRepository(m_library->database()).list(filter);
        if (!cards) {
            showError(cards.error());
        } else {
            const AppSettings settings;
            const QString viewer = settings.interviewerName();
            visible = visibleScorecards(*cards, viewer, settings.independentScoring());
            m_hidden = int(cards->size() - visible.size());
            if (m_hidden > 0) {
                state = tr("Your scorecard for %1 is still a draft. Independent scoring keeps "
                           "the other interviewers' scorecards (%2) hidden until you submit "
                           "yours, so their ratings cannot sway you.")
                            .arg(m_ui->debriefCandidateChoiceBox->currentText())
                            .arg(m_hidden);
            }
        }
        if (const auto bank = QuestionRepository(m_library->database()).list()) {
            for (const InterviewQuestion &question : *bank)
                questions.insert(question.id, question);
        }
    }
    const Debrief debrief = buildDebrief(visible);
    m_model->setDebrief(debrief, questions);

    if (state.isEmpty() && chosen.isValid()) {
        if (debrief.scorecards.isEmpty())
            state = tr("No submitted scorecards for this candidate yet.");
        if (debrief.hiddenDrafts > 0) {
            state += (state.isEmpty() ? QString() : u" "_s)
                + tr("Scorecards still being written, not included: %1.").arg(debrief.hiddenDrafts);
        }
        int disagreements = 0;
        for (const DebriefQuestion &question : debrief.questions)
            disagreements += question.disagreement ? 1 : 0;
        if (disagreements > 0) {
            state += (state.isEmpty() ? QString() : u" "_s)
                + tr("Questions where interviewers disagree (highlighted): %1. Start there.")
                      .arg(disagreements);
        }
    }
    m_ui->debriefStateLabel->setText(state);
    m_ui->debriefStateLabel->setVisible(!state.isEmpty());

    // The tally, strongest "yes" first, as the hiring decision reads it.
    QString tally = u"<table cellspacing=\"3\">"_s;
    for (const Recommendation value : { Recommendation::StrongYes, Recommendation::Yes,
                                        Recommendation::No, Recommendation::StrongNo }) {
        tally += u"<tr><td style=\"background-color:%1; color:black\">&nbsp;%2&nbsp;</td>"
                 "<td>&nbsp;%3</td></tr>"_s
                     .arg(interviewText::ratingColor(int(value) + 1).name(),
                          displayName(value).toHtmlEscaped())
                     .arg(debrief.recommendations.value(value));
    }
    tally += u"</table>"_s;
    m_ui->tallyLabel->setText(debrief.scorecards.isEmpty() ? tr("—") : tally);

    QString flags;
    for (auto it = debrief.redFlags.cbegin(); it != debrief.redFlags.cend(); ++it) {
        QStringList who;
        for (const Scorecard &card : debrief.scorecards) {
            for (const ScorecardRedFlag &flag : card.redFlags) {
                if (flag.name != it.key())
                    continue;
                who.append(flag.note.isEmpty() ? card.interviewer.toHtmlEscaped()
                                               : tr("%1: “%2”")
                                                     .arg(card.interviewer.toHtmlEscaped(),
                                                          flag.note.toHtmlEscaped()));
            }
        }
        flags += tr("<p><b>%1</b> — raised by %2 of %3<br>%4</p>")
                     .arg(it.key().toHtmlEscaped())
                     .arg(it.value())
                     .arg(debrief.scorecards.size())
                     .arg(who.join(u"<br>"_s));
    }
    m_ui->flagsLabel->setText(flags.isEmpty() ? tr("None") : flags);

    QString takeaways;
    for (const Scorecard &card : debrief.scorecards) {
        if (card.keyTakeaways.isEmpty())
            continue;
        takeaways += u"<p><b>%1</b>%2<br>%3</p>"_s.arg(
            card.interviewer.toHtmlEscaped(),
            card.recommendation ? u" (%1)"_s.arg(displayName(*card.recommendation)) : QString(),
            card.keyTakeaways.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    }
    m_ui->takeawaysTextBrowser->setHtml(takeaways);
    m_ui->exportDebriefButton->setEnabled(!debrief.scorecards.isEmpty());
}

void DebriefWidget::exportPdf()
{
    if (!m_library || m_model->debrief().scorecards.isEmpty())
        return;
    scorecardExchange::exportDebriefPdf(
        this, *m_library, m_ui->debriefCandidateChoiceBox->currentText(),
        m_model->debrief().scorecards.first().postingId, m_model->debrief());
}

} // namespace hirekit
