#pragma once

#include "core/Interview.h"
#include "core/Question.h"

#include <QWidget>

#include <memory>

namespace hirekit {

namespace Ui {
class QuestionEditor;
}

// The form for one question of the bank: category, topic, text and "Evaluate" criteria,
// and its guide (suggested time, the four rubric anchors, follow-up prompts). Built-in
// questions keep their text; only their guide is editable. The bank widget saves.
class QuestionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionEditor(QWidget *parent = nullptr);
    ~QuestionEditor() override;

    // Shows `question` (id 0 for a new one) with `guide` for editing.
    void setQuestion(const InterviewQuestion &question, const QuestionGuide &guide);
    // What the form holds now; ids are those given to setQuestion().
    InterviewQuestion question() const;
    QuestionGuide guide() const;

signals:
    void saveRequested();
    void cancelRequested();

private:
    std::unique_ptr<Ui::QuestionEditor> m_ui;
    InterviewQuestion m_question;
    QuestionGuide m_guide;
};

} // namespace hirekit
