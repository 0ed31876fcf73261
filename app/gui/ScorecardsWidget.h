#pragma once

#include "core/Interview.h"
#include "storage/ScorecardRepository.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QModelIndex;
class QTimer;

namespace hirekit {

class Library;
class LiveInterviewWidget;
class ScorecardListModel;
class ScorecardWidget;

namespace Ui {
class ScorecardsWidget;
}

// The scorecards page of the Interviews tab: the scorecards of the chosen posting (with
// independent scoring, other interviewers' cards for a candidate stay hidden while yours
// is a draft), searched by the words in their notes and takeaways, a new scorecard for a
// candidate and kit under your name (one per candidate, interviewer and kit), JSON import,
// the selected scorecard's editor, and the live-mode window, which this page opens and
// closes.
class ScorecardsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ScorecardsWidget(QWidget *parent = nullptr);
    ~ScorecardsWidget() override;

    // Not owned; nullptr empties the page and ends live mode. Any other library is read by
    // reload(), which the Interviews tab calls when the page is shown and what it lists may have
    // changed.
    void setLibrary(Library *library);
    // The posting the page is for (nullopt: all postings), read by reload().
    void setPosting(std::optional<qint64> postingId);
    // Reads candidates, kits and scorecards again, keeping the selection.
    void reload();
    // What the page shows went wrong in its last read or action; empty when nothing did.
    QString errorMessage() const;

    // Prepares a new scorecard for the candidate (chosen in the "new" row), one of the
    // posting's candidates.
    void prepareNew(qint64 candidateId);
    // Creates a scorecard for the chosen candidate and kit under your name, or selects the
    // one you already have; returns its id.
    std::optional<qint64> createScorecard();
    bool selectScorecard(qint64 id);
    // Puts the cursor in the notes search, its words selected (Edit > Find in Notes).
    void focusSearch();

    // Opens live mode on the scorecard (and raises it if it is open already).
    LiveInterviewWidget *openLive(qint64 scorecardId, bool resume = true);
    LiveInterviewWidget *liveWidget() const;
    ScorecardWidget *editor() const;
    ScorecardListModel *model() const { return m_model; }
    // Ends live mode and saves pending typing.
    void flush();

signals:
    // A scorecard needs your name; the tab shows where to enter it.
    void interviewerNameNeeded();
    // Scorecard `id` is not listed under the posting chosen (it was made under another, and
    // its candidate has moved since): the tab shows every posting's scorecards and selects it.
    void listedUnderAllPostings(qint64 id);
    void scorecardsChanged();

private:
    void showError(const QString &message);
    // "Create" needs a candidate chosen.
    void updateCreateButton();
    void reloadList();
    // Saves what was typed and not yet saved, in the editor and in live mode.
    void savePendingTyping();
    // Lists the scorecards whose notes or takeaways have the words typed in the search field.
    void searchNotes();
    // Empties the search field and reads the list again.
    void clearSearch();
    // The id of the scorecard selected in the list; 0 if none is.
    qint64 currentScorecardId() const;
    // The row of scorecard `id`, read as far as it if the list holds it; -1 if it does not.
    int rowOfListed(qint64 id);
    void scorecardSelected(const QModelIndex &current);
    // The editor saved the scorecard `id`: its line, or the whole list, is read again.
    void scorecardSaved(qint64 id);
    void importJson();
    void liveFinished(qint64 scorecardId);

    std::unique_ptr<Ui::ScorecardsWidget> m_ui;
    Library *m_library = nullptr;
    std::optional<qint64> m_postingId;
    ScorecardListModel *m_model = nullptr;
    QTimer *m_searchTimer = nullptr;
    // What the list holds, as last read.
    ScorecardFilter m_filter;
    ScorecardViewer m_viewer;
    QPointer<LiveInterviewWidget> m_live;
    bool m_listing = false; // refilling the list; the editor keeps its scorecard
};

} // namespace hirekit
