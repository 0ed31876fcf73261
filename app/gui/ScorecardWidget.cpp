#include "gui/ScorecardWidget.h"

#include "ui_ScorecardWidget.h"

#include "gui/AppSettings.h"
#include "gui/ElidedTextDelegate.h"
#include "gui/InterviewText.h"
#include "gui/MessageBoxes.h"
#include "gui/ScorecardExchange.h"
#include "gui/TabWidgetSizing.h"
#include "gui/models/ScorecardAnswersModel.h"
#include "storage/GuideRepository.h"
#include "storage/KitRepository.h"
#include "storage/Library.h"
#include "storage/QuestionRepository.h"
#include "storage/ScorecardRepository.h"

#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

constexpr int AnswersPage = 0;

QString eventText(const ScorecardEvent &event)
{
    const QString when = QLocale().toString(event.at.toLocalTime(), QLocale::ShortFormat);
    QString what;
    if (event.event == u"created"_s)
        what = ScorecardWidget::tr("Created by %1").arg(event.actor);
    else if (event.event == u"submitted"_s)
        what = ScorecardWidget::tr("Submitted by %1").arg(event.actor);
    else if (event.event == u"reopened"_s)
        what = ScorecardWidget::tr("Reopened by %1").arg(event.actor);
    else if (event.event == u"imported"_s)
        what = ScorecardWidget::tr("Imported from a file");
    else
        what = event.event;
    QString text = ScorecardWidget::tr("%1 — %2").arg(when, what);
    if (!event.note.isEmpty())
        text += ScorecardWidget::tr(": “%1”").arg(event.note);
    return text;
}

} // namespace

ScorecardWidget::ScorecardWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ScorecardWidget>())
    , m_answersModel(new ScorecardAnswersModel(this))
    , m_noteTimer(new QTimer(this))
    , m_takeawaysTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    sizePagesBeforeTheyShow(m_ui->scorecardSectionsTabWidget);
    // An offer, not an alarm: the same soft blue as the debrief's notices.
    m_ui->resumeFrame->setStyleSheet(
        u"#resumeFrame { background: #eef3fb; border: 1px solid #c9d8f0; border-radius: 4px; }"
        "#resumeFrame QLabel { color: #1f2328; }"_s);
    // The question and its rubric read as the page's own text, and scroll when the pane is
    // short; like the label it was, it takes no focus, so Tab and the arrow keys stay with the
    // answers and the rating buttons. A browser rather than a label: a word-wrapped label's new
    // text has the whole window laid out again (its sizes measured at several widths), 12 ms of
    // each rating click.
    m_ui->answerQuestionTextBrowser->viewport()->setAutoFillBackground(false);
    m_ui->answersTableView->setItemDelegate(new ElidedTextDelegate(m_ui->answersTableView));
    m_ui->answersTableView->setModel(m_answersModel);
    QHeaderView *header = m_ui->answersTableView->horizontalHeader();
    header->setSectionResizeMode(ScorecardAnswersModel::NumberColumn,
                                 QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ScorecardAnswersModel::TopicColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ScorecardAnswersModel::RatingColumn,
                                 QHeaderView::ResizeToContents);
    m_ui->answersSplitter->setStretchFactor(0, 1);
    m_ui->answersSplitter->setStretchFactor(1, 1);
    // Five questions (a kit of the guide's) stay in view when the pane below takes its share;
    // the rubric scrolls instead.
    QTableView *answers = m_ui->answersTableView;
    answers->setMinimumHeight(header->sizeHint().height()
                              + 5 * answers->verticalHeader()->defaultSectionSize()
                              + 2 * answers->frameWidth());

    const QList<QPushButton *> rateButtons { m_ui->rate1Button, m_ui->rate2Button,
                                             m_ui->rate3Button, m_ui->rate4Button };
    for (int rating = 1; rating <= 4; ++rating) {
        QPushButton *button = rateButtons.at(rating - 1);
        button->setText(tr("&%1 %2").arg(rating).arg(ratingLabel(rating)));
        connect(button, &QPushButton::clicked, this, [this, rating] { rate(rating, false); });
    }
    connect(m_ui->notAskedButton, &QPushButton::clicked, this,
            [this] { rate(std::nullopt, true); });
    connect(m_ui->clearRatingButton, &QPushButton::clicked, this,
            [this] { rate(std::nullopt, false); });

    m_ui->recommendationComboBox->addItem(tr("Not decided"));
    for (const Recommendation value : { Recommendation::StrongNo, Recommendation::No,
                                        Recommendation::Yes, Recommendation::StrongYes }) {
        m_ui->recommendationComboBox->addItem(displayName(value), int(value));
    }

    // Notes are saved while typing, at most NoteDelayMs after a key: a throttle, not a
    // debounce, so steady typing cannot postpone saving indefinitely.
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(NoteDelayMs);
    m_takeawaysTimer->setSingleShot(true);
    m_takeawaysTimer->setInterval(NoteDelayMs);
    connect(m_noteTimer, &QTimer::timeout, this, &ScorecardWidget::saveNote);
    connect(m_takeawaysTimer, &QTimer::timeout, this, &ScorecardWidget::saveTakeaways);
    connect(m_ui->answerNotesPlainTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_showing && !m_noteTimer->isActive())
            m_noteTimer->start();
    });
    connect(m_ui->takeawaysPlainTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_showing && !m_takeawaysTimer->isActive())
            m_takeawaysTimer->start();
    });
    connect(m_ui->recommendationComboBox, &QComboBox::activated, this,
            &ScorecardWidget::saveRecommendation);
    connect(m_ui->redFlagsEditorWidget, &ScorecardRedFlagsWidget::flagChanged, this,
            &ScorecardWidget::saveRedFlag);
    connect(m_ui->answersTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ScorecardWidget::answerChanged);

    connect(m_ui->liveButton, &QPushButton::clicked, this, [this] {
        if (m_card)
            emit liveRequested(m_card->id, true);
    });
    connect(m_ui->continueLiveButton, &QPushButton::clicked, this, [this] {
        if (m_card)
            emit liveRequested(m_card->id, true);
    });
    connect(m_ui->restartLiveButton, &QPushButton::clicked, this, [this] {
        if (m_card)
            emit liveRequested(m_card->id, false);
    });
    connect(m_ui->submitButton, &QPushButton::clicked, this, &ScorecardWidget::submit);
    connect(m_ui->reopenButton, &QPushButton::clicked, this, &ScorecardWidget::beginReopen);
    connect(m_ui->confirmReopenButton, &QPushButton::clicked, this,
            &ScorecardWidget::confirmReopen);
    connect(m_ui->reopenReasonLineEdit, &QLineEdit::returnPressed, this,
            &ScorecardWidget::confirmReopen);
    connect(m_ui->cancelReopenButton, &QPushButton::clicked, this, [this] {
        m_ui->reopenFrame->hide();
        m_ui->reopenReasonLineEdit->clear();
    });
    connect(m_ui->exportPdfButton, &QPushButton::clicked, this, [this] {
        flush();
        if (m_library && m_card)
            scorecardExchange::exportScorecardPdf(this, *m_library, *m_card);
    });
    connect(m_ui->exportJsonButton, &QPushButton::clicked, this, [this] {
        flush();
        if (m_library && m_card)
            scorecardExchange::exportScorecardJson(this, *m_library, *m_card);
    });
    setScorecard(std::nullopt);
}

ScorecardWidget::~ScorecardWidget() = default;

void ScorecardWidget::setLibrary(Library *library)
{
    flush();
    m_library = library;
    m_card.reset();
    m_questions.clear();
    m_flags.clear();
    if (m_library) {
        if (const auto questions = QuestionRepository(m_library->database()).list()) {
            for (const InterviewQuestion &question : *questions)
                m_questions.insert(question.id, question);
        }
    }
    setScorecard(std::nullopt);
}

void ScorecardWidget::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

bool ScorecardWidget::check(const QString &error)
{
    showError(error);
    return error.isEmpty();
}

void ScorecardWidget::setScorecard(std::optional<qint64> id)
{
    flush();
    m_ui->reopenFrame->hide();
    m_ui->reopenReasonLineEdit->clear();
    showError(QString());
    if (!m_library || !id) {
        m_card.reset();
        m_answersModel->setAnswers({}, {});
        updateState();
        return;
    }
    // The bank and the flags may have grown since the library was set.
    if (const auto questions = QuestionRepository(m_library->database()).list()) {
        m_questions.clear();
        for (const InterviewQuestion &question : *questions)
            m_questions.insert(question.id, question);
    }
    if (const auto flags = GuideRepository(m_library->database()).redFlags())
        m_flags = flags.value();
    const auto card = ScorecardRepository(m_library->database()).load(*id);
    if (!card) {
        m_card.reset();
        m_answersModel->setAnswers({}, {});
        updateState();
        showError(card.error());
        return;
    }
    showCard(card.value());
}

void ScorecardWidget::reload()
{
    setScorecard(m_card ? std::optional<qint64>(m_card->id) : std::nullopt);
}

void ScorecardWidget::showCard(const Scorecard &card)
{
    const int row = m_card && m_card->id == card.id ? currentRow() : 0;
    m_card = card;
    m_showing = true;
    m_answersModel->setAnswers(card.answers, m_questions);
    m_ui->redFlagsEditorWidget->setFlags(m_flags, card.redFlags);
    m_ui->takeawaysPlainTextEdit->setPlainText(card.keyTakeaways);
    m_ui->recommendationComboBox->setCurrentIndex(
        card.recommendation ? m_ui->recommendationComboBox->findData(int(*card.recommendation))
                            : 0);
    QString kitName = tr("the whole question bank");
    if (card.kitId && m_library) {
        if (const auto kit = KitRepository(m_library->database()).load(*card.kitId))
            kitName = kit->stage.isEmpty() ? kit->name : tr("%1 (%2)").arg(kit->name, kit->stage);
    }
    m_ui->scorecardTitleLabel->setText(
        tr("<b style=\"font-size:large\">%1</b><br>interviewed by %2, following %3")
            .arg(card.candidateName.toHtmlEscaped(), card.interviewer.toHtmlEscaped(),
                 kitName.toHtmlEscaped()));
    m_showing = false;
    if (m_answersModel->rowCount() > 0) {
        m_ui->answersTableView->setCurrentIndex(
            m_answersModel->index(std::min(row, m_answersModel->rowCount() - 1), 0));
    }
    answerChanged(m_ui->answersTableView->currentIndex());
    showEvents();
    updateState();
}

bool ScorecardWidget::isEditable() const
{
    return m_card && m_card->status == ScorecardStatus::Draft && !m_liveRunning;
}

void ScorecardWidget::setLiveRunning(bool running)
{
    if (running)
        flush();
    m_liveRunning = running;
    updateState();
}

void ScorecardWidget::updateState()
{
    const bool card = m_card.has_value();
    const bool draft = card && m_card->status == ScorecardStatus::Draft;
    const bool editable = isEditable();
    m_ui->scorecardSectionsTabWidget->setEnabled(card);
    if (!card) {
        m_ui->scorecardTitleLabel->setText(tr("Choose a scorecard, or start a new one."));
        m_ui->statusLabel->clear();
        m_ui->eventsListWidget->clear();
        m_ui->answerQuestionTextBrowser->clear();
        m_ui->answerNotesPlainTextEdit->clear();
        m_ui->redFlagsEditorWidget->setFlags({}, {});
    }
    if (!card)
        m_ui->statusLabel->clear();
    else if (m_liveRunning)
        m_ui->statusLabel->setText(tr("<b>Live interview running</b> — it saves there"));
    else if (draft)
        m_ui->statusLabel->setText(tr("<b>Draft</b> · %1").arg(interviewText::progress(*m_card)));
    else
        m_ui->statusLabel->setText(tr("<b>Submitted</b> · read-only"));

    const QList<QPushButton *> rateButtons { m_ui->rate1Button,    m_ui->rate2Button,
                                             m_ui->rate3Button,    m_ui->rate4Button,
                                             m_ui->notAskedButton, m_ui->clearRatingButton };
    for (QPushButton *button : rateButtons)
        button->setEnabled(editable);
    m_ui->answerNotesPlainTextEdit->setReadOnly(!editable);
    m_ui->takeawaysPlainTextEdit->setReadOnly(!editable);
    m_ui->recommendationComboBox->setEnabled(editable);
    m_ui->redFlagsEditorWidget->setReadOnly(!editable);
    m_ui->liveButton->setEnabled(editable);
    m_ui->submitButton->setEnabled(editable);
    m_ui->reopenButton->setEnabled(card && !draft && !m_liveRunning);
    m_ui->exportPdfButton->setEnabled(card);
    m_ui->exportJsonButton->setEnabled(card);

    // Live mode remembers where it stopped; offer to go on from there rather than start over.
    const bool stopped = editable && (m_card->livePosition > 0 || m_card->liveElapsedSeconds > 0);
    m_ui->resumeFrame->setVisible(stopped);
    if (stopped) {
        const int count = int(m_card->answers.size());
        const QString where = m_card->livePosition >= count
            ? tr("at the wrap-up")
            : tr("at question %1 of %2").arg(m_card->livePosition + 1).arg(count);
        m_ui->resumeLabel->setText(
            tr("The live interview stopped %1 after %2.")
                .arg(where, interviewText::clock(m_card->liveElapsedSeconds)));
    }
    // The banner makes the offer; one more button saying the same would only compete.
    m_ui->liveButton->setVisible(!stopped);
}

int ScorecardWidget::currentRow() const
{
    return m_ui->answersTableView->currentIndex().row();
}

void ScorecardWidget::answerChanged(const QModelIndex &current)
{
    // Notes typed for the previous question are saved to that question.
    if (m_noteTimer->isActive()) {
        m_noteTimer->stop();
        saveNote();
    }
    const bool valid = current.isValid() && m_card && current.row() < m_card->answers.size();
    m_showing = true;
    if (!valid) {
        m_noteQuestionId = 0;
        m_rubricShown = {};
        m_ui->answerQuestionTextBrowser->clear();
        m_ui->answerNotesPlainTextEdit->clear();
        m_showing = false;
        return;
    }
    const ScorecardAnswer &answer = m_card->answers.at(current.row());
    m_noteQuestionId = answer.questionId;
    // A rating given keeps the rubric where it was scrolled to.
    const std::pair<qint64, qint64> shown { m_card->id, answer.questionId };
    const bool sameQuestion = std::exchange(m_rubricShown, shown) == shown;
    const InterviewQuestion question = m_questions.value(answer.questionId);
    QString html = u"<p><b>%1</b> — %2</p>"_s.arg(question.topic.toHtmlEscaped(),
                                                  question.text.toHtmlEscaped());
    if (!question.evaluate.isEmpty()) {
        html += tr("<p><b>Evaluate:</b> %1</p>").arg(question.evaluate.toHtmlEscaped());
    }
    if (m_library) {
        if (const auto guide = QuestionRepository(m_library->database()).guide(question.id)) {
            html += u"<table cellspacing=\"2\">"_s;
            for (int rating = 1; rating <= 4; ++rating) {
                const QString &anchor = guide->rubric.at(std::size_t(rating - 1));
                if (anchor.isEmpty())
                    continue;
                const bool chosen = answer.rating == rating && !answer.notAsked;
                html += u"<tr><td><b>%1</b></td><td>%2%3%4</td></tr>"_s.arg(
                    QString::number(rating), chosen ? u"<b>"_s : QString(), anchor.toHtmlEscaped(),
                    chosen ? u"</b>"_s : QString());
            }
            html += u"</table>"_s;
        }
    }
    QScrollBar *scrollBar = m_ui->answerQuestionTextBrowser->verticalScrollBar();
    const int scrolled = sameQuestion ? scrollBar->value() : 0;
    m_ui->answerQuestionTextBrowser->setHtml(html);
    scrollBar->setValue(scrolled);
    // A rating given leaves the notes as they are: their cursor and their undo.
    if (!sameQuestion || m_ui->answerNotesPlainTextEdit->toPlainText() != answer.note)
        m_ui->answerNotesPlainTextEdit->setPlainText(answer.note);
    const QList<QPushButton *> rateButtons { m_ui->rate1Button, m_ui->rate2Button,
                                             m_ui->rate3Button, m_ui->rate4Button };
    for (int rating = 1; rating <= 4; ++rating) {
        rateButtons.at(rating - 1)->setChecked(!answer.notAsked && answer.rating == rating);
    }
    m_ui->notAskedButton->setChecked(answer.notAsked);
    m_showing = false;
}

void ScorecardWidget::rate(std::optional<int> rating, bool notAsked)
{
    const int row = currentRow();
    if (!isEditable() || !m_library || row < 0 || row >= m_card->answers.size())
        return;
    ScorecardAnswer answer = m_card->answers.at(row);
    const Status saved = ScorecardRepository(m_library->database())
                             .setRating(m_card->id, answer.questionId, rating, notAsked);
    if (!check(saved.error()))
        return;
    answer.rating = notAsked ? std::nullopt : rating;
    answer.notAsked = notAsked;
    m_card->answers[row] = answer;
    m_answersModel->setAnswer(row, answer);
    answerChanged(m_ui->answersTableView->currentIndex());
    updateState();
    emit scorecardChanged(m_card->id);
}

void ScorecardWidget::saveNote()
{
    m_noteTimer->stop();
    if (!m_card || !m_library || m_noteQuestionId == 0 || !isEditable())
        return;
    const QString note = m_ui->answerNotesPlainTextEdit->toPlainText();
    for (qsizetype row = 0; row < m_card->answers.size(); ++row) {
        ScorecardAnswer &answer = m_card->answers[row];
        if (answer.questionId != m_noteQuestionId || answer.note == note)
            continue;
        const Status saved =
            ScorecardRepository(m_library->database()).setNote(m_card->id, answer.questionId, note);
        if (!check(saved.error()))
            return;
        answer.note = note;
        m_answersModel->setAnswer(int(row), answer);
    }
}

void ScorecardWidget::saveTakeaways()
{
    m_takeawaysTimer->stop();
    if (!isEditable() || !m_library)
        return;
    const QString text = m_ui->takeawaysPlainTextEdit->toPlainText();
    if (text == m_card->keyTakeaways)
        return;
    const Status saved =
        ScorecardRepository(m_library->database()).setKeyTakeaways(m_card->id, text);
    if (check(saved.error()))
        m_card->keyTakeaways = text;
}

void ScorecardWidget::saveRecommendation()
{
    if (!isEditable() || !m_library)
        return;
    const QVariant chosen = m_ui->recommendationComboBox->currentData();
    const std::optional<Recommendation> value = chosen.isValid()
        ? std::optional<Recommendation>(static_cast<Recommendation>(chosen.toInt()))
        : std::nullopt;
    const Status saved =
        ScorecardRepository(m_library->database()).setRecommendation(m_card->id, value);
    if (!check(saved.error()))
        return;
    m_card->recommendation = value;
    emit scorecardChanged(m_card->id);
}

void ScorecardWidget::saveRedFlag(qint64 redFlagId, bool raised, const QString &note)
{
    if (!isEditable() || !m_library)
        return;
    const Status saved =
        ScorecardRepository(m_library->database()).setRedFlag(m_card->id, redFlagId, raised, note);
    if (!check(saved.error()))
        return;
    // Kept in step here; the checkboxes already show it (rebuilding them would delete the
    // one whose signal brought us here).
    m_card->redFlags.removeIf(
        [redFlagId](const ScorecardRedFlag &flag) { return flag.redFlagId == redFlagId; });
    if (raised) {
        QString name;
        for (const RedFlag &flag : std::as_const(m_flags)) {
            if (flag.id == redFlagId)
                name = flag.name;
        }
        m_card->redFlags.append({ redFlagId, name, note });
    }
}

void ScorecardWidget::flush()
{
    if (m_noteTimer->isActive())
        saveNote();
    if (m_takeawaysTimer->isActive())
        saveTakeaways();
    m_ui->redFlagsEditorWidget->flush();
}

QString ScorecardWidget::actor() const
{
    const QString name = AppSettings().interviewerName();
    return name.isEmpty() && m_card ? m_card->interviewer : name;
}

void ScorecardWidget::submit()
{
    if (!isEditable() || !m_library)
        return;
    flush();
    QStringList missing;
    const auto open =
        std::count_if(m_card->answers.cbegin(), m_card->answers.cend(),
                      [](const ScorecardAnswer &a) { return !a.rating && !a.notAsked; });
    if (open > 0)
        missing.append(tr("Questions without a rating: %1.").arg(open));
    if (!m_card->recommendation)
        missing.append(tr("There is no overall recommendation yet."));
    QString text = tr("Submit your scorecard for %1? It becomes read-only, and the other "
                      "interviewers' scorecards for this candidate become visible to you.")
                       .arg(m_card->candidateName);
    if (!missing.isEmpty())
        text += u"\n\n"_s + missing.join(u'\n');
    const auto answer =
        MessageBoxes::question(this, tr("Submit Scorecard"), text,
                               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const Status submitted = ScorecardRepository(m_library->database()).submit(m_card->id, actor());
    if (!submitted) {
        MessageBoxes::critical(this, tr("Cannot Submit Scorecard"), submitted.error());
        return;
    }
    const qint64 id = m_card->id;
    reload();
    emit scorecardChanged(id);
}

void ScorecardWidget::beginReopen()
{
    if (!m_card || m_card->status != ScorecardStatus::Submitted)
        return;
    m_ui->reopenFrame->show();
    m_ui->reopenReasonLineEdit->setFocus();
}

void ScorecardWidget::confirmReopen()
{
    if (!m_card || !m_library)
        return;
    const QString reason = m_ui->reopenReasonLineEdit->text().trimmed();
    if (reason.isEmpty()) {
        // The history should say why a submitted scorecard changed.
        showError(tr("Say why the scorecard is reopened; the reason is recorded."));
        m_ui->reopenReasonLineEdit->setFocus();
        return;
    }
    const Status reopened =
        ScorecardRepository(m_library->database()).reopen(m_card->id, actor(), reason);
    if (!reopened) {
        MessageBoxes::critical(this, tr("Cannot Reopen Scorecard"), reopened.error());
        return;
    }
    const qint64 id = m_card->id;
    reload();
    m_ui->scorecardSectionsTabWidget->setCurrentIndex(AnswersPage);
    emit scorecardChanged(id);
}

void ScorecardWidget::showEvents()
{
    m_ui->eventsListWidget->clear();
    if (!m_card || !m_library)
        return;
    const auto events = ScorecardRepository(m_library->database()).events(m_card->id);
    if (!events) {
        showError(events.error());
        return;
    }
    for (const ScorecardEvent &event : *events)
        m_ui->eventsListWidget->addItem(eventText(event));
}

} // namespace hirekit
