#include "gui/QuestionEditor.h"

#include "ui_QuestionEditor.h"

#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

QList<QPlainTextEdit *> rubricEdits(Ui::QuestionEditor &ui)
{
    return { ui.rubric1PlainTextEdit, ui.rubric2PlainTextEdit, ui.rubric3PlainTextEdit,
             ui.rubric4PlainTextEdit };
}

} // namespace

QuestionEditor::QuestionEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::QuestionEditor>())
{
    m_ui->setupUi(this);
    for (const QuestionCategory category :
         { QuestionCategory::Technical, QuestionCategory::Behavioral, QuestionCategory::Culture,
           QuestionCategory::Custom }) {
        m_ui->questionCategoryComboBox->addItem(displayName(category), int(category));
    }
    // The scale's own words, so the rubric reads like the rating buttons.
    const QList<QLabel *> labels { m_ui->rubric1Label, m_ui->rubric2Label, m_ui->rubric3Label,
                                   m_ui->rubric4Label };
    for (int rating = 1; rating <= 4; ++rating)
        labels.at(rating - 1)->setText(tr("&%1 %2:").arg(rating).arg(ratingLabel(rating)));

    connect(m_ui->saveQuestionButton, &QPushButton::clicked, this, &QuestionEditor::saveRequested);
    connect(m_ui->cancelQuestionButton, &QPushButton::clicked, this,
            &QuestionEditor::cancelRequested);
}

QuestionEditor::~QuestionEditor() = default;

void QuestionEditor::setQuestion(const InterviewQuestion &question, const QuestionGuide &guide)
{
    m_question = question;
    m_guide = guide;
    m_ui->questionCategoryComboBox->setCurrentIndex(
        m_ui->questionCategoryComboBox->findData(int(question.category)));
    m_ui->topicLineEdit->setText(question.topic);
    m_ui->questionPlainTextEdit->setPlainText(question.text);
    m_ui->evaluatePlainTextEdit->setPlainText(question.evaluate);
    m_ui->minutesSpinBox->setValue(guide.suggestedMinutes);
    const QList<QPlainTextEdit *> anchors = rubricEdits(*m_ui);
    for (int i = 0; i < 4; ++i)
        anchors.at(i)->setPlainText(guide.rubric.at(std::size_t(i)));
    m_ui->followUpsPlainTextEdit->setPlainText(guide.followUps.join(u'\n'));

    // The guide's own questions stay as the guide wrote them (seed conformance), but how
    // to score them is each team's call.
    const bool builtin = question.isBuiltin;
    m_ui->builtinLabel->setVisible(builtin);
    m_ui->questionCategoryComboBox->setEnabled(!builtin);
    m_ui->topicLineEdit->setReadOnly(builtin);
    m_ui->questionPlainTextEdit->setReadOnly(builtin);
    m_ui->evaluatePlainTextEdit->setReadOnly(builtin);
    if (builtin)
        m_ui->minutesSpinBox->setFocus();
    else
        m_ui->topicLineEdit->setFocus();
}

InterviewQuestion QuestionEditor::question() const
{
    InterviewQuestion question = m_question;
    question.category =
        static_cast<QuestionCategory>(m_ui->questionCategoryComboBox->currentData().toInt());
    question.topic = m_ui->topicLineEdit->text().trimmed();
    question.text = m_ui->questionPlainTextEdit->toPlainText().trimmed();
    question.evaluate = m_ui->evaluatePlainTextEdit->toPlainText().trimmed();
    return question;
}

QuestionGuide QuestionEditor::guide() const
{
    QuestionGuide guide = m_guide;
    guide.questionId = m_question.id;
    guide.suggestedMinutes = m_ui->minutesSpinBox->value();
    const QList<QPlainTextEdit *> anchors = rubricEdits(*m_ui);
    for (int i = 0; i < 4; ++i)
        guide.rubric[std::size_t(i)] = anchors.at(i)->toPlainText().trimmed();
    guide.followUps.clear();
    const QStringList lines = m_ui->followUpsPlainTextEdit->toPlainText().split(u'\n');
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            guide.followUps.append(line.trimmed());
    }
    return guide;
}

} // namespace hirekit
