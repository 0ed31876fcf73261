#pragma once

#include "storage/Library.h"

#include <QDate>
#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;

namespace hirekit {

class CandidatesWidget;
class DebriefWidget;
class KitsWidget;
class QuestionBankWidget;
class ScorecardsWidget;

namespace Ui {
class InterviewsTab;
}

// The Interviews tab: the posting the interviews are for, your name as an interviewer and
// the independent-scoring setting, over five pages (question bank, kits, candidates,
// scorecards with live mode, debrief). It only wires the pages together; each page does
// its own work through lib/'s repositories.
class InterviewsTab : public QWidget
{
    Q_OBJECT

public:
    enum Page
    {
        QuestionBankPage,
        KitsPage,
        CandidatesPage,
        ScorecardsPage,
        DebriefPage
    };

    explicit InterviewsTab(QWidget *parent = nullptr);
    ~InterviewsTab() override;

    // Shows `library`'s interviews; nullptr empties the tab (and ends live mode). The tab
    // does not own the library, and must get nullptr, or be destroyed, before the library goes
    // away; either writes what was typed in it and not yet saved.
    void setLibrary(Library *library);
    // Writes the notes typed and not yet saved, and where live mode stands.
    void flush();
    // Reads the postings and the shown page again.
    void reload();

    // The posting chosen (nullopt: all postings); false if there is no such posting.
    bool selectPosting(std::optional<qint64> postingId);
    std::optional<qint64> currentPosting() const;
    void showPage(Page page);

    // The pages, built on first use.
    QuestionBankWidget *questionBank();
    KitsWidget *kits();
    CandidatesWidget *candidates();
    ScorecardsWidget *scorecards();
    DebriefWidget *debrief();
    // Edit > Find in Notes (Ctrl+F): the Scorecards page's search of notes and takeaways.
    // The window shows it while this tab is in view.
    QAction *findAction() const { return m_findAction; }

protected:
    void showEvent(QShowEvent *event) override;

signals:
    // A page wrote to the library through a connection of its own (erasing a candidate).
    void libraryWrittenInBackground();

private:
    void showError(const QString &message);
    // The postings box (a ChoiceBox) holds "All postings" and the posting chosen until a
    // person goes to choose one, so neither start-up nor showing the tab reads the titles of
    // thousands of postings. Refills it so, without signals; true when the posting chosen went
    // away (the box fell back to all postings), which the pages have yet to learn.
    bool reloadPostings();
    void postingChanged();
    void buildPage(int index);
    // Reads the library again into page `index` (the pages read nothing until shown). A page
    // shown again reads nothing when what it would read is what it read last time.
    void reloadPage(int index);
    void interviewerChanged();
    void independentChanged(bool on);

    std::unique_ptr<Ui::InterviewsTab> m_ui;
    Library *m_library = nullptr;
    bool m_postingsFresh = false; // the postings were read since the tab was last shown
    // What each page read last: the library's change stamp, the posting, who you are and the
    // independent-scoring setting, and the day in UTC (the candidates due for deletion are
    // those added before a day, CandidatesWidget).
    struct PageRead
    {
        Library::ChangeStamp library;
        std::optional<qint64> posting;
        QString viewer;
        bool independent = true;
        QDate day;
        friend bool operator==(const PageRead &, const PageRead &) = default;
    };
    QHash<int, PageRead> m_pageReads;
    QuestionBankWidget *m_questionBank = nullptr;
    KitsWidget *m_kits = nullptr;
    CandidatesWidget *m_candidates = nullptr;
    ScorecardsWidget *m_scorecards = nullptr;
    DebriefWidget *m_debrief = nullptr;
    QAction *m_findAction = nullptr;
};

} // namespace hirekit
