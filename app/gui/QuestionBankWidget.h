#pragma once

#include <QWidget>

#include <memory>

class QModelIndex;
class QSortFilterProxyModel;

namespace hirekit {

class Library;
class QuestionEditor;
class QuestionListModel;
struct InterviewQuestion;
struct QuestionGuide;

namespace Ui {
class QuestionBankWidget;
}

// The question bank page of the Interviews tab: the guide's questions and the user's own,
// filterable by category; the selected question with what to evaluate, its rubric,
// follow-ups and suggested time; adding, editing and removing questions (built-in ones
// keep their text); and the red flags to watch for, to which custom ones can be added.
class QuestionBankWidget : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionBankWidget(QWidget *parent = nullptr);
    ~QuestionBankWidget() override;

    // Not owned; nullptr empties the page. Any other library is read by reload(), which
    // the Interviews tab calls when the page is shown and what it lists may have changed.
    void setLibrary(Library *library);
    // Reads questions and red flags again, keeping the selected question.
    void reload();
    // What the page shows went wrong in its last read or action; empty when nothing did.
    QString errorMessage() const;
    // Selects the question `id` (clearing the category filter if it hides it).
    bool selectQuestion(qint64 id);

    // The read-only view as Markdown: topic, category, question, "Evaluate" criteria,
    // suggested time, rubric and follow-ups.
    static QString toMarkdown(const InterviewQuestion &question, const QuestionGuide &guide);

signals:
    // The bank changed (a question added, edited or removed): kits show its questions.
    void questionsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showError(const QString &message);
    void categoryChanged();
    // Fits the number, category and topic columns to the questions listed.
    void fitColumns();
    // What those columns hold, for all questions read.
    QStringList shortColumnTexts() const;
    void questionChanged(const QModelIndex &current);
    qint64 currentQuestionId() const;
    // The form for a question, made on first use.
    QuestionEditor *editor();
    void addQuestion();
    void editQuestion();
    void removeQuestion();
    void saveQuestion();
    void closeEditor();
    void addRedFlag();
    void updateButtons();

    std::unique_ptr<Ui::QuestionBankWidget> m_ui;
    Library *m_library = nullptr;
    QuestionListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QuestionEditor *m_editor = nullptr;
    QStringList m_fittedTexts; // shortColumnTexts() when the columns were last fitted
};

} // namespace hirekit
