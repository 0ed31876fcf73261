#include "gui/LiveInterviewWidget.h"

#include "ui_LiveInterviewWidget.h"

#include "gui/HighlightLabel.h"
#include "gui/InterviewText.h"
#include "gui/LiveInterviewText.h"
#include "storage/KitRepository.h"
#include "storage/Library.h"
#include "storage/QuestionRepository.h"
#include "storage/ScorecardRepository.h"

#include <QCloseEvent>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

void setWarning(QLabel *label, bool warning)
{
    if (label->property("warning").toBool() == warning)
        return;
    label->setProperty("warning", warning);
    // Dynamic properties in style sheets apply only after a re-polish.
    label->style()->unpolish(label);
    label->style()->polish(label);
}

} // namespace

LiveInterviewWidget::LiveInterviewWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LiveInterviewWidget>())
    , m_tickTimer(new QTimer(this))
    , m_noteTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(liveText::styleSheet());
    // The scroll area's own backgrounds would hide the page colour.
    m_ui->liveScrollArea->viewport()->setAutoFillBackground(false);
    // The rubric is what the interviewer reads most; it gets two thirds of the width.
    m_ui->guideGridLayout->setColumnStretch(0, 2);
    m_ui->guideGridLayout->setColumnStretch(1, 1);
    m_ui->liveNotesPlainTextEdit->installEventFilter(this);
    m_monotonic.start();

    m_tickTimer->setInterval(1000);
    connect(m_tickTimer, &QTimer::timeout, this, &LiveInterviewWidget::tick);
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(NoteDelayMs);
    connect(m_noteTimer, &QTimer::timeout, this, &LiveInterviewWidget::saveNotes);
    connect(m_ui->liveNotesPlainTextEdit, &QPlainTextEdit::textChanged, this,
            &LiveInterviewWidget::noteEdited);
}

LiveInterviewWidget::~LiveInterviewWidget()
{
    if (m_started && !m_closed)
        flush();
}

qint64 LiveInterviewWidget::nowMs() const
{
    return m_monotonic.elapsed() + m_skewMs;
}

Status LiveInterviewWidget::start(Library *library, qint64 scorecardId, bool resume)
{
    if (!library)
        return Error { tr("No library is open.") };
    m_library = library;
    QSqlDatabase db = library->database();
    auto card = ScorecardRepository(db).load(scorecardId);
    if (!card)
        return Error { card.error() };
    if (card->status != ScorecardStatus::Draft) {
        return Error { tr(
            "The scorecard is submitted and read-only; reopen it to interview again.") };
    }
    if (card->answers.isEmpty())
        return Error { tr("The scorecard has no questions.") };
    m_card = std::move(card).value();

    QuestionRepository questions(db);
    auto bank = questions.list();
    if (!bank)
        return Error { bank.error() };
    for (const InterviewQuestion &question : std::as_const(*bank))
        m_questions.insert(question.id, question);
    int suggestedTotal = 0;
    for (const ScorecardAnswer &answer : std::as_const(m_card.answers)) {
        auto guide = questions.guide(answer.questionId);
        if (!guide)
            return Error { guide.error() };
        suggestedTotal += guide->suggestedMinutes;
        m_guides.insert(answer.questionId, guide.value());
    }
    m_budgetMinutes = suggestedTotal;
    m_kitName = tr("the whole question bank");
    if (m_card.kitId) {
        if (const auto kit = KitRepository(db).load(*m_card.kitId)) {
            m_kitName = kit->name;
            m_budgetMinutes = kit->timeBudgetMinutes;
        }
    }

    m_position = resume ? std::clamp(m_card.livePosition, 0, questionCount()) : 0;
    m_startMs = nowMs();
    m_elapsedBefore = m_card.liveElapsedSeconds;
    m_questionStartMs = m_startMs;
    m_questionBefore = onWrapUp() ? 0 : m_card.answers.at(m_position).secondsSpent;
    m_started = true;
    m_closed = false;

    setWindowTitle(tr("Live Interview — %1").arg(m_card.candidateName));
    m_ui->liveCandidateLabel->setText(tr("<b>%1</b> · %2 · %3")
                                          .arg(m_card.candidateName.toHtmlEscaped(),
                                               m_kitName.toHtmlEscaped(),
                                               m_card.interviewer.toHtmlEscaped()));
    showPosition();
    saveProgress();
    setSaveState(tr("All changes saved"));
    m_tickTimer->start();
    setFocus(Qt::OtherFocusReason);
    return {};
}

bool LiveInterviewWidget::inNotes() const
{
    return m_ui->liveNotesPlainTextEdit->hasFocus();
}

int LiveInterviewWidget::totalSeconds() const
{
    return m_elapsedBefore + int((nowMs() - m_startMs) / 1000);
}

int LiveInterviewWidget::questionSeconds() const
{
    if (onWrapUp())
        return 0;
    return m_questionBefore + int((nowMs() - m_questionStartMs) / 1000);
}

bool LiveInterviewWidget::isQuestionOverTime() const
{
    if (!m_started || onWrapUp())
        return false;
    const qint64 id = m_card.answers.at(m_position).questionId;
    return questionSeconds() > m_guides.value(id).suggestedMinutes * 60;
}

bool LiveInterviewWidget::isOverBudget() const
{
    return m_started && totalSeconds() > m_budgetMinutes * 60;
}

void LiveInterviewWidget::advanceClock(int seconds)
{
    m_skewMs += qint64(seconds) * 1000;
    updateTimers();
}

bool LiveInterviewWidget::event(QEvent *event)
{
    // Tab would move the focus along the chain; here it means "into the notes".
    if (event->type() == QEvent::KeyPress && !inNotes()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            enterNotes();
            return true;
        }
    }
    return QWidget::event(event);
}

bool LiveInterviewWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->liveNotesPlainTextEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            leaveNotes();
            return true;
        case Qt::Key_F11:
            toggleFullScreen();
            return true;
        case Qt::Key_W:
            if (key->modifiers() & Qt::ControlModifier) {
                close();
                return true;
            }
            break;
        default:
            break;
        }
    }
    if (watched == m_ui->liveNotesPlainTextEdit && event->type() == QEvent::FocusOut)
        saveNotes();
    return QWidget::eventFilter(watched, event);
}

void LiveInterviewWidget::keyPressEvent(QKeyEvent *event)
{
    // The keypad's digits rate like the main row's.
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (modifiers == Qt::ControlModifier && event->key() == Qt::Key_W) {
        close();
        return;
    }
    if (!m_started || (modifiers != Qt::NoModifier && modifiers != Qt::ShiftModifier)) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_1:
    case Qt::Key_2:
    case Qt::Key_3:
    case Qt::Key_4: {
        const int value = event->key() - Qt::Key_0;
        if (onWrapUp())
            recommend(static_cast<Recommendation>(value - 1));
        else
            rate(value, false);
        break;
    }
    case Qt::Key_0:
        if (onWrapUp())
            recommend(std::nullopt);
        else
            rate(std::nullopt, true);
        break;
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        if (!onWrapUp())
            rate(std::nullopt, false);
        break;
    case Qt::Key_N:
    case Qt::Key_Right:
    case Qt::Key_PageDown:
        goTo(m_position + 1);
        break;
    case Qt::Key_P:
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        goTo(m_position - 1);
        break;
    case Qt::Key_Up:
    case Qt::Key_Down: {
        // A long question on a small screen scrolls; the keys stay on the keyboard.
        QScrollBar *bar = m_ui->liveScrollArea->verticalScrollBar();
        bar->setValue(bar->value() + (event->key() == Qt::Key_Up ? -3 : 3) * bar->singleStep());
        break;
    }
    case Qt::Key_Home:
        goTo(0);
        break;
    case Qt::Key_End:
        goTo(questionCount());
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        enterNotes();
        break;
    case Qt::Key_F11:
        toggleFullScreen();
        break;
    case Qt::Key_Escape:
        if (isFullScreen())
            showNormal();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void LiveInterviewWidget::closeEvent(QCloseEvent *event)
{
    if (m_started && !m_closed) {
        flush();
        m_tickTimer->stop();
        m_closed = true;
        emit finished(m_card.id);
    }
    event->accept();
}

void LiveInterviewWidget::toggleFullScreen()
{
    if (isFullScreen())
        showNormal();
    else
        showFullScreen();
}

void LiveInterviewWidget::enterNotes()
{
    m_ui->liveNotesPlainTextEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->liveNotesPlainTextEdit->moveCursor(QTextCursor::End);
    showKeys();
}

void LiveInterviewWidget::leaveNotes()
{
    saveNotes();
    setFocus(Qt::ShortcutFocusReason);
    showKeys();
}

void LiveInterviewWidget::noteEdited()
{
    if (m_showing || !m_started)
        return;
    if (!m_noteTimer->isActive()) {
        m_noteTimer->start();
        setSaveState(tr("Saving…"));
    }
}

void LiveInterviewWidget::saveNotes()
{
    m_noteTimer->stop();
    if (!m_started || !m_library)
        return;
    const QString text = m_ui->liveNotesPlainTextEdit->toPlainText();
    ScorecardRepository cards(m_library->database());
    if (onWrapUp()) {
        if (text == m_card.keyTakeaways)
            return;
        if (const Status saved = cards.setKeyTakeaways(m_card.id, text); !saved) {
            showError(saved.error());
            return;
        }
        m_card.keyTakeaways = text;
    } else {
        ScorecardAnswer &answer = m_card.answers[m_position];
        if (text == answer.note)
            return;
        if (const Status saved = cards.setNote(m_card.id, answer.questionId, text); !saved) {
            showError(saved.error());
            return;
        }
        answer.note = text;
    }
    showError(QString());
    setSaveState(tr("All changes saved"));
}

void LiveInterviewWidget::keepQuestionTime()
{
    if (!onWrapUp())
        m_card.answers[m_position].secondsSpent = questionSeconds();
}

void LiveInterviewWidget::saveProgress()
{
    if (!m_started || !m_library)
        return;
    keepQuestionTime();
    const ScorecardAnswer &answer =
        onWrapUp() ? m_card.answers.constLast() : m_card.answers.at(m_position);
    const Status saved = ScorecardRepository(m_library->database())
                             .setLiveProgress(m_card.id, m_position, totalSeconds(),
                                              answer.questionId, answer.secondsSpent);
    if (!saved) {
        showError(saved.error());
        return;
    }
    m_card.livePosition = m_position;
    m_card.liveElapsedSeconds = totalSeconds();
}

void LiveInterviewWidget::flush()
{
    saveNotes();
    saveProgress();
}

void LiveInterviewWidget::goTo(int position)
{
    position = std::clamp(position, 0, questionCount());
    if (!m_started || position == m_position)
        return;
    saveNotes();
    // The time of the question being left, and where the interview is now, in one write.
    keepQuestionTime();
    const ScorecardAnswer &left =
        onWrapUp() ? m_card.answers.constLast() : m_card.answers.at(m_position);
    m_position = position;
    m_questionStartMs = nowMs();
    m_questionBefore = onWrapUp() ? 0 : m_card.answers.at(m_position).secondsSpent;
    const Status saved = ScorecardRepository(m_library->database())
                             .setLiveProgress(m_card.id, m_position, totalSeconds(),
                                              left.questionId, left.secondsSpent);
    if (saved) {
        m_card.livePosition = m_position;
        m_card.liveElapsedSeconds = totalSeconds();
        showError(QString());
    } else {
        showError(saved.error());
    }
    showPosition();
}

void LiveInterviewWidget::rate(std::optional<int> rating, bool notAsked)
{
    if (onWrapUp())
        return;
    ScorecardAnswer &answer = m_card.answers[m_position];
    const Status saved = ScorecardRepository(m_library->database())
                             .setRating(m_card.id, answer.questionId, rating, notAsked);
    if (!saved) {
        showError(saved.error());
        return;
    }
    answer.rating = notAsked ? std::nullopt : rating;
    answer.notAsked = notAsked;
    showError(QString());
    setSaveState(tr("All changes saved"));
    showRating();
}

void LiveInterviewWidget::recommend(std::optional<Recommendation> recommendation)
{
    const Status saved =
        ScorecardRepository(m_library->database()).setRecommendation(m_card.id, recommendation);
    if (!saved) {
        showError(saved.error());
        return;
    }
    m_card.recommendation = recommendation;
    showError(QString());
    setSaveState(tr("All changes saved"));
    showRating();
}

void LiveInterviewWidget::tick()
{
    ++m_ticks;
    updateTimers();
    if (m_ticks % ProgressEverySeconds == 0)
        saveProgress();
}

void LiveInterviewWidget::setSaveState(const QString &text)
{
    m_ui->saveStateLabel->setText(text);
}

void LiveInterviewWidget::showError(const QString &message)
{
    // Inline, never a dialog: the interviewer is talking to someone.
    m_ui->liveErrorLabel->setText(message.isEmpty() ? QString() : tr("Not saved: %1").arg(message));
    m_ui->liveErrorLabel->setVisible(!message.isEmpty());
}

void LiveInterviewWidget::showPosition()
{
    m_showing = true;
    const bool wrapUp = onWrapUp();
    QWidget *shown = wrapUp ? m_ui->wrapUpPageWidget : m_ui->questionPageWidget;
    QWidget *hidden = wrapUp ? m_ui->questionPageWidget : m_ui->wrapUpPageWidget;
    // A stacked widget is as tall as its tallest page; the hidden one must not make the
    // short wrap-up scroll.
    hidden->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    shown->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_ui->liveStackedWidget->setCurrentWidget(shown);
    m_ui->liveStackedWidget->adjustSize();
    // The question's clock means nothing on the wrap-up.
    m_ui->questionTimerLabel->setVisible(!wrapUp);
    if (wrapUp) {
        m_ui->positionLabel->setText(tr("Wrap-up"));
        m_ui->wrapUpHintLabel->setText(
            tr("Press 1 to 4 for your overall recommendation (0 clears it), Tab to write the "
               "key takeaways, P to go back to the questions."));
        m_ui->notesLabel->setText(tr("KEY TAKEAWAYS"));
        m_ui->liveNotesPlainTextEdit->setPlainText(m_card.keyTakeaways);
        m_ui->liveNotesPlainTextEdit->setPlaceholderText(
            tr("Strengths, concerns, what the next interviewer should probe"));
        m_ui->summaryLabel->setText(liveText::summary(m_card, m_questions));
    } else {
        const ScorecardAnswer &answer = m_card.answers.at(m_position);
        const InterviewQuestion question = m_questions.value(answer.questionId);
        const QuestionGuide guide = m_guides.value(answer.questionId);
        m_ui->positionLabel->setText(
            tr("Question %1 of %2").arg(m_position + 1).arg(questionCount()));
        m_ui->topicLabel->setText(
            tr("%1 · %2 · ABOUT %n MIN", nullptr, guide.suggestedMinutes)
                .arg(displayName(question.category).toUpper(), question.topic.toUpper()));
        m_ui->questionLabel->setText(question.text);
        m_ui->evaluateLabel->setText(
            question.evaluate.isEmpty()
                ? QString()
                : tr("<b>Evaluate:</b> %1").arg(question.evaluate.toHtmlEscaped()));
        m_ui->followUpsLabel->setText(liveText::followUps(guide.followUps));
        m_ui->notesLabel->setText(tr("NOTES ON THIS QUESTION"));
        m_ui->liveNotesPlainTextEdit->setPlainText(answer.note);
        m_ui->liveNotesPlainTextEdit->setPlaceholderText(
            tr("Press Tab to write what the candidate said; Esc to go back to rating"));
    }
    m_ui->liveScrollArea->ensureVisible(0, 0);
    m_showing = false;
    showRating();
    showKeys();
    updateTimers();
}

void LiveInterviewWidget::showRating()
{
    m_ui->progressDotsLabel->setText(liveText::progress(m_card, m_position));
    if (onWrapUp()) {
        m_ui->recommendationStateLabel->setText(
            liveText::recommendationState(m_card.recommendation));
        m_ui->summaryLabel->setText(liveText::summary(m_card, m_questions));
        return;
    }
    const ScorecardAnswer &answer = m_card.answers.at(m_position);
    const QuestionGuide guide = m_guides.value(answer.questionId);
    m_ui->ratingStateLabel->setText(liveText::ratingState(answer));
    const QList<HighlightLabel *> labels { m_ui->rubric1Label, m_ui->rubric2Label,
                                           m_ui->rubric3Label, m_ui->rubric4Label };
    for (int rating = 1; rating <= 4; ++rating) {
        HighlightLabel *label = labels.at(rating - 1);
        label->setText(liveText::rubricRow(rating, guide.rubric.at(std::size_t(rating - 1))));
        // The chosen anchor takes the rating's colour, so the choice reads at a glance.
        const bool chosen = !answer.notAsked && answer.rating == rating;
        label->setHighlight(chosen ? interviewText::ratingColor(rating) : QColor());
    }
}

void LiveInterviewWidget::showKeys()
{
    m_ui->keysLabel->setText(liveText::keys(inNotes()        ? liveText::Keys::Notes
                                                : onWrapUp() ? liveText::Keys::WrapUp
                                                             : liveText::Keys::Rating));
}

void LiveInterviewWidget::updateTimers()
{
    if (!m_started)
        return;
    const int total = totalSeconds();
    const int budget = m_budgetMinutes * 60;
    const bool overBudget = isOverBudget();
    m_ui->totalTimerLabel->setText(
        overBudget ? tr("Interview %1 · %2 over")
                         .arg(interviewText::clock(total), interviewText::clock(total - budget))
                   : tr("Interview %1 of %2")
                         .arg(interviewText::clock(total), interviewText::clock(budget)));
    setWarning(m_ui->totalTimerLabel, overBudget);

    if (onWrapUp()) {
        m_ui->questionTimerLabel->setText(tr("Wrap-up"));
        setWarning(m_ui->questionTimerLabel, false);
        return;
    }
    const int seconds = questionSeconds();
    const int suggested =
        m_guides.value(m_card.answers.at(m_position).questionId).suggestedMinutes * 60;
    const bool over = isQuestionOverTime();
    m_ui->questionTimerLabel->setText(
        over ? tr("Question %1 · %2 over")
                   .arg(interviewText::clock(seconds), interviewText::clock(seconds - suggested))
             : tr("Question %1 of %2")
                   .arg(interviewText::clock(seconds), interviewText::clock(suggested)));
    setWarning(m_ui->questionTimerLabel, over);
}

} // namespace hirekit
