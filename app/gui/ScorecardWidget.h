#pragma once

#include "core/HiringGuide.h"
#include "core/Interview.h"
#include "core/Question.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <memory>
#include <optional>
#include <utility>

class QModelIndex;
class QTimer;

namespace hirekit {

class Library;
class ScorecardAnswersModel;

namespace Ui {
class ScorecardWidget;
}

// One scorecard, for filling in after (or instead of) live mode: a rating on the
// four-point scale or "not asked" and notes per question, with the question's rubric at
// hand; red flags with notes; key takeaways; the overall recommendation. Every change is
// saved at once (typing a second after the last key at most). A draft is submitted, which
// makes it read-only; reopening is explicit, needs a reason, and shows in the history.
// A draft with live progress offers to continue the live interview where it stopped.
class ScorecardWidget : public QWidget
{
    Q_OBJECT

public:
    // Typed notes are saved at most this long after the keystroke.
    static constexpr int NoteDelayMs = 500;

    explicit ScorecardWidget(QWidget *parent = nullptr);
    ~ScorecardWidget() override;

    // Not owned; nullptr empties the widget.
    void setLibrary(Library *library);
    // Shows the scorecard `id` (nullopt: none).
    void setScorecard(std::optional<qint64> id);
    // Reads the shown scorecard again.
    void reload();
    const std::optional<Scorecard> &scorecard() const { return m_card; }
    ScorecardAnswersModel *answersModel() const { return m_answersModel; }

    // While live mode runs on this scorecard it is written there, not here.
    void setLiveRunning(bool running);
    // Saves pending typing now.
    void flush();
    // Whether the shown scorecard can be changed here (a draft, live mode not running).
    bool isEditable() const;

signals:
    // Live mode is wanted for the scorecard: from where it stopped, or from the start.
    void liveRequested(qint64 scorecardId, bool resume);
    // The scorecard was saved (ratings, status...): lists showing it are out of date.
    void scorecardChanged(qint64 scorecardId);

private:
    void showError(const QString &message);
    void showCard(const Scorecard &card);
    void updateState();
    void answerChanged(const QModelIndex &current);
    int currentRow() const;
    void rate(std::optional<int> rating, bool notAsked);
    void saveNote();
    void saveTakeaways();
    void saveRecommendation();
    void saveRedFlag(qint64 redFlagId, bool raised, const QString &note);
    void submit();
    void beginReopen();
    void confirmReopen();
    void showEvents();
    QString actor() const;
    // Reports a failed save inline; true when `error` is empty.
    bool check(const QString &error);

    std::unique_ptr<Ui::ScorecardWidget> m_ui;
    Library *m_library = nullptr;
    std::optional<Scorecard> m_card;
    QHash<qint64, InterviewQuestion> m_questions;
    QList<RedFlag> m_flags;
    ScorecardAnswersModel *m_answersModel = nullptr;
    QTimer *m_noteTimer = nullptr;
    QTimer *m_takeawaysTimer = nullptr;
    qint64 m_noteQuestionId = 0; // the question the notes field holds
    std::pair<qint64, qint64> m_rubricShown; // the scorecard and question the browser shows
    bool m_liveRunning = false;
    bool m_showing = false;
};

} // namespace hirekit
