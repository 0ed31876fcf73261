#pragma once

#include "core/Interview.h"
#include "core/Question.h"
#include "core/Result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QTimer;

namespace hirekit {

class Library;

namespace Ui {
class LiveInterviewWidget;
}

// Live mode, for the call itself: one question at a time in large type with what to
// evaluate, its rubric and follow-ups; a timer for the question and one for the interview
// that turn amber (never a dialog) past the suggested time and the kit's budget; then a
// wrap-up page for the recommendation and key takeaways. Entirely keyboard-driven:
//   1-4 rate Strong No .. Strong Yes (on the wrap-up: the recommendation), 0 not asked (on
//   the wrap-up: no recommendation), Backspace/Delete clear the rating, N/Right/PageDown
//   next, P/Left/PageUp previous, Home first question, End wrap-up, Tab or Enter into the
//   notes (takeaways on the wrap-up), Esc or Tab back out of them, Up/Down scroll a long
//   page, F11 full screen (Esc leaves it), Ctrl+W ends live mode.
// Every change goes to the library at once: ratings when pressed, typing
// at most NoteDelayMs later, position and time on every move and every few seconds. So a
// killed program loses at most the last moment of typing, and the scorecard reopens where
// it stopped. Nothing here ever opens a modal dialog; errors show in a line of text.
class LiveInterviewWidget : public QWidget
{
    Q_OBJECT

public:
    // Typed notes are saved at most this long after the keystroke (a throttle: steady
    // typing cannot postpone saving).
    static constexpr int NoteDelayMs = 500;
    // Position and time are saved this often while the interview runs.
    static constexpr int ProgressEverySeconds = 5;

    explicit LiveInterviewWidget(QWidget *parent = nullptr);
    ~LiveInterviewWidget() override;

    // Loads the draft scorecard `scorecardId` with its kit and guides and starts the
    // clocks: from where live mode last stopped (`resume`), or at the first question with
    // the time already spent kept. The library is not owned and must outlive the widget.
    Status start(Library *library, qint64 scorecardId, bool resume = true);

    qint64 scorecardId() const { return m_card.id; }
    const Scorecard &scorecard() const { return m_card; }
    int position() const { return m_position; } // 0-based; questionCount() is the wrap-up
    int questionCount() const { return int(m_card.answers.size()); }
    bool onWrapUp() const { return m_position >= questionCount(); }
    bool inNotes() const;
    int totalSeconds() const;
    int questionSeconds() const;
    bool isQuestionOverTime() const;
    bool isOverBudget() const;

    // Saves pending typing, position and time now.
    void flush();
    // Pretends `seconds` more have passed (tests, and screenshots of the warnings).
    void advanceClock(int seconds);

signals:
    // Live mode was closed; the scorecard is saved.
    void finished(qint64 scorecardId);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    qint64 nowMs() const;
    void goTo(int position);
    void rate(std::optional<int> rating, bool notAsked);
    void recommend(std::optional<Recommendation> recommendation);
    void enterNotes();
    void leaveNotes();
    void noteEdited();
    void saveNotes();
    void saveProgress();
    void tick();
    void showPosition();
    void showRating();
    void showKeys();
    void updateTimers();
    void setSaveState(const QString &text);
    void showError(const QString &message);
    void toggleFullScreen();
    // The seconds of the current question, into the local copy of its answer.
    void keepQuestionTime();

    std::unique_ptr<Ui::LiveInterviewWidget> m_ui;
    Library *m_library = nullptr;
    Scorecard m_card;
    QHash<qint64, InterviewQuestion> m_questions;
    QHash<qint64, QuestionGuide> m_guides;
    QString m_kitName;
    int m_budgetMinutes = 0;
    int m_position = 0;

    QElapsedTimer m_monotonic;
    qint64 m_skewMs = 0; // advanceClock()
    qint64 m_startMs = 0; // when this session started
    int m_elapsedBefore = 0; // interview seconds from earlier sessions
    qint64 m_questionStartMs = 0;
    int m_questionBefore = 0; // seconds spent on the current question before

    QTimer *m_tickTimer = nullptr;
    QTimer *m_noteTimer = nullptr;
    int m_ticks = 0;
    bool m_showing = false;
    bool m_started = false;
    bool m_closed = false;
};

} // namespace hirekit
