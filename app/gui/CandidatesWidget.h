#pragma once

#include "core/Interview.h"

#include <QWidget>

#include <memory>
#include <optional>

class QTimer;

namespace hirekit {

class CandidateErasureJob;
struct CandidateFilter;
class CandidateListModel;
class Library;

namespace Ui {
class CandidatesWidget;
}

// The candidates page of the Interviews tab: the people applying for the chosen posting,
// with contact, stage and notes saved as they are typed. Candidates are personal data:
// "Erase candidate…" removes one with every scorecard and note about them and then says
// what went, and the retention view lists everyone added more than N months ago (a
// setting) so they can be erased once they are no longer needed.
class CandidatesWidget : public QWidget
{
    Q_OBJECT

public:
    // Notes are written this long after the last keystroke.
    static constexpr int NotesDelayMs = 500;
    // How often an erasure's write-ahead log is asked to empty while it cannot.
    static constexpr int LogRetryMs = 2000;

    explicit CandidatesWidget(QWidget *parent = nullptr);
    ~CandidatesWidget() override;

    // Not owned; nullptr empties the page. Any other library is read by reload(), which
    // the Interviews tab calls when the page is shown and what it lists may have changed.
    void setLibrary(Library *library);
    // The posting the page is for (nullopt: all postings), read by reload().
    void setPosting(std::optional<qint64> postingId);
    // Reads the candidates again, keeping the selection.
    void reload();
    // What the page shows went wrong in its last read or action; empty when nothing did.
    QString errorMessage() const;
    // Shows only the candidates due for erasure (all postings), or the posting's.
    void setShowDue(bool due);

    bool selectCandidate(qint64 id);
    // The candidate chosen in the list, as listed (without their notes).
    std::optional<Candidate> currentCandidate() const;
    CandidateListModel *model() const { return m_model; }

    // Saves pending notes now.
    void flush();
    // True from "Erase" until the erasure, on a worker thread, has ended and the page says so.
    bool isErasing() const { return m_erasure; }

signals:
    void candidatesChanged();
    // An erasure committed through its own connection: the window's LibraryWatcher will see
    // a change that no other window made.
    void libraryWrittenInBackground();
    void newScorecardRequested(qint64 candidateId);
    void debriefRequested(qint64 candidateId);

private:
    void showError(const QString &message);
    // Which candidates the list shows: the posting's, or those due for erasure.
    CandidateFilter listFilter() const;
    // Reads the list of `filter` again from its first page, in the order the view's header
    // shows.
    void listCandidates(const CandidateFilter &filter);
    void candidateChanged();
    void saveFields();
    void addCandidate();
    void eraseCandidate();
    void erasureFinished();
    void retentionChanged(int months);
    void emptyLog();
    void updateButtons();

    std::unique_ptr<Ui::CandidatesWidget> m_ui;
    Library *m_library = nullptr;
    std::optional<qint64> m_postingId;
    CandidateListModel *m_model = nullptr;
    QTimer *m_notesTimer = nullptr;
    // After an erasure while another connection used the library: empties its write-ahead
    // log as soon as it can (Library::emptyWriteAheadLog()).
    QTimer *m_logTimer = nullptr;
    CandidateErasureJob *m_erasure = nullptr; // the erasure under way

    QString m_erasedText; // what the erasure removed, said without the log
    std::optional<Candidate> m_shown; // as last saved, notes and all
    QString m_chosenError; // why the candidate chosen could not be read
    bool m_showing = false;
};

} // namespace hirekit
