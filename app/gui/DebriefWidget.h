#pragma once

#include "analysis/Debrief.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace hirekit {

class DebriefModel;
class Library;

namespace Ui {
class DebriefWidget;
}

// The debrief page of the Interviews tab: for one candidate, every submitted scorecard
// side by side (a question per row, an interviewer per column, average and spread, the
// disagreements marked), the red flags raised, the recommendation tally and the key
// takeaways; exported to PDF. Independent scoring: while your own scorecard for the
// candidate is a draft, the others stay hidden (unless the setting is off).
class DebriefWidget : public QWidget
{
    Q_OBJECT

public:
    explicit DebriefWidget(QWidget *parent = nullptr);
    ~DebriefWidget() override;

    // Not owned; nullptr empties the page. Any other library is read by reload(), which
    // the Interviews tab calls when the page is shown and what it lists may have changed.
    void setLibrary(Library *library);
    // The posting the page is for (nullopt: all postings), read by reload().
    void setPosting(std::optional<qint64> postingId);
    // Reads the candidates and the debrief again.
    void reload();
    // What the page shows went wrong in its last read or action; empty when nothing did.
    QString errorMessage() const;
    bool selectCandidate(qint64 candidateId);

    const Debrief &debrief() const;
    DebriefModel *model() const { return m_model; }
    // How many scorecards of other interviewers independent scoring hides now.
    int hiddenByIndependentScoring() const { return m_hidden; }

private:
    void showError(const QString &message);
    void showDebrief();
    void exportPdf();

    std::unique_ptr<Ui::DebriefWidget> m_ui;
    Library *m_library = nullptr;
    std::optional<qint64> m_postingId;
    DebriefModel *m_model = nullptr;
    int m_hidden = 0;
};

} // namespace hirekit
