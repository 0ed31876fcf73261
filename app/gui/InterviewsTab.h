#pragma once

#include <QWidget>

#include <memory>

class QModelIndex;
class QSortFilterProxyModel;

namespace hirekit {

class Library;
class QuestionListModel;
struct InterviewQuestion;

namespace Ui {
class InterviewsTab;
}

// The Interviews tab: the question bank, filterable by category, the selected question
// with what to evaluate in an answer, and the guide's red flags to watch for.
class InterviewsTab : public QWidget
{
    Q_OBJECT

public:
    explicit InterviewsTab(QWidget *parent = nullptr);
    ~InterviewsTab() override;

    // Shows `library`'s question bank and red flags; nullptr empties the tab. The tab does
    // not own the library, and must get nullptr before the library goes away.
    void setLibrary(Library *library);
    // Reads the questions and red flags again.
    void reload();

    // The detail pane as Markdown: topic, category, question and "Evaluate" criteria.
    static QString toMarkdown(const InterviewQuestion &question);

private:
    void showError(const QString &message);
    void categoryChanged();
    void questionChanged(const QModelIndex &current);

    std::unique_ptr<Ui::InterviewsTab> m_ui;
    Library *m_library = nullptr;
    QuestionListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};

} // namespace hirekit
