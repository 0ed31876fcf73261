#pragma once

#include "core/Interview.h"
#include "core/Question.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

namespace hirekit {

class KitQuestionsModel;
class Library;

namespace Ui {
class KitsWidget;
}

// The kits page of the Interviews tab: the interview kits of the chosen posting (ordered
// questions for a stage such as a phone screen, with a time budget). Kits are created,
// copied and deleted here, and edited in place: every change is saved at once. The
// questions' suggested minutes are added up against the budget.
class KitsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit KitsWidget(QWidget *parent = nullptr);
    ~KitsWidget() override;

    // Not owned; nullptr empties the page. Any other library is read by reload(), which
    // the Interviews tab calls when the page is shown and what it lists may have changed.
    void setLibrary(Library *library);
    // Kits of `postingId`, or of all postings; new kits belong to it.
    void setPosting(std::optional<qint64> postingId);
    // Reads the kits and the question bank again, keeping the selected kit.
    void reload();
    // What the page shows went wrong in its last read or action; empty when nothing did.
    QString errorMessage() const;

    bool selectKit(qint64 id);
    std::optional<InterviewKit> currentKit() const;
    KitQuestionsModel *questionsModel() const { return m_questionsModel; }

signals:
    // A kit was added, changed or deleted (scorecards offer kits to follow).
    void kitsChanged();

private:
    void showError(const QString &message);
    void kitChanged();
    void showKit();
    // Writes `kit` and shows it again; false (with the error shown) when that failed.
    bool save(const InterviewKit &kit);
    void newKit();
    void copyKit();
    void deleteKit();
    void saveFields();
    void moveQuestion(int delta);
    void removeQuestion();
    void addQuestion();
    void updateTime();
    void updateButtons();

    std::unique_ptr<Ui::KitsWidget> m_ui;
    Library *m_library = nullptr;
    std::optional<qint64> m_postingId;
    QList<InterviewKit> m_kits;
    QList<InterviewQuestion> m_bank;
    QHash<qint64, int> m_minutes; // question id -> suggested minutes
    KitQuestionsModel *m_questionsModel = nullptr;
    bool m_showing = false; // filling the form; its signals are not edits
};

} // namespace hirekit
