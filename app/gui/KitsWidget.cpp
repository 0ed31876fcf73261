#include "gui/KitsWidget.h"

#include "ui_KitsWidget.h"

#include "gui/ElidedTextDelegate.h"
#include "gui/InterviewText.h"
#include "gui/MessageBoxes.h"
#include "gui/models/KitQuestionsModel.h"
#include "storage/KitRepository.h"
#include "storage/Library.h"
#include "storage/QuestionRepository.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace hirekit {

KitsWidget::KitsWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::KitsWidget>())
    , m_questionsModel(new KitQuestionsModel(this))
{
    m_ui->setupUi(this);
    // Stages that structured hiring processes commonly have; any other can be typed.
    m_ui->kitStageComboBox->addItems({ tr("Phone screen"), tr("Technical interview"),
                                       tr("System design"), tr("Behavioral interview"),
                                       tr("Culture fit"), tr("Final interview") });
    m_ui->kitQuestionsTableView->setItemDelegate(
        new ElidedTextDelegate(m_ui->kitQuestionsTableView));
    m_ui->kitQuestionsTableView->setModel(m_questionsModel);
    QHeaderView *header = m_ui->kitQuestionsTableView->horizontalHeader();
    header->setSectionResizeMode(KitQuestionsModel::NumberColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(KitQuestionsModel::TopicColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(KitQuestionsModel::QuestionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(KitQuestionsModel::MinutesColumn, QHeaderView::ResizeToContents);
    header->setStretchLastSection(false);
    m_ui->kitsSplitter->setStretchFactor(0, 1);
    m_ui->kitsSplitter->setStretchFactor(1, 3);

    connect(m_ui->kitsListWidget, &QListWidget::currentRowChanged, this, &KitsWidget::kitChanged);
    connect(m_ui->newKitButton, &QPushButton::clicked, this, &KitsWidget::newKit);
    connect(m_ui->copyKitButton, &QPushButton::clicked, this, &KitsWidget::copyKit);
    connect(m_ui->deleteKitButton, &QPushButton::clicked, this, &KitsWidget::deleteKit);
    connect(m_ui->kitNameLineEdit, &QLineEdit::editingFinished, this, &KitsWidget::saveFields);
    connect(m_ui->kitStageComboBox->lineEdit(), &QLineEdit::editingFinished, this,
            &KitsWidget::saveFields);
    connect(m_ui->kitStageComboBox, &QComboBox::activated, this, &KitsWidget::saveFields);
    connect(m_ui->budgetSpinBox, &QSpinBox::valueChanged, this, &KitsWidget::saveFields);
    connect(m_ui->moveUpButton, &QPushButton::clicked, this, [this] { moveQuestion(-1); });
    connect(m_ui->moveDownButton, &QPushButton::clicked, this, [this] { moveQuestion(1); });
    connect(m_ui->removeFromKitButton, &QPushButton::clicked, this, &KitsWidget::removeQuestion);
    connect(m_ui->addToKitButton, &QPushButton::clicked, this, &KitsWidget::addQuestion);
    connect(m_ui->kitQuestionsTableView->selectionModel(), &QItemSelectionModel::currentRowChanged,
            this, &KitsWidget::updateButtons);
    updateButtons();
}

KitsWidget::~KitsWidget() = default;

void KitsWidget::setLibrary(Library *library)
{
    m_library = library;
    if (!m_library)
        reload();
}

void KitsWidget::setPosting(std::optional<qint64> postingId)
{
    if (m_postingId == postingId)
        return;
    m_postingId = postingId;
}

QString KitsWidget::errorMessage() const
{
    return m_ui->errorLabel->text();
}

void KitsWidget::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void KitsWidget::reload()
{
    const std::optional<InterviewKit> current = currentKit();
    showError(QString());
    m_kits.clear();
    m_bank.clear();
    m_minutes.clear();
    if (m_library) {
        QuestionRepository questions(m_library->database());
        if (auto bank = questions.list()) {
            m_bank = bank.value();
            for (const InterviewQuestion &question : std::as_const(m_bank)) {
                const auto guide = questions.guide(question.id);
                m_minutes.insert(question.id, guide ? guide->suggestedMinutes : 0);
            }
        } else {
            showError(bank.error());
        }
        if (auto kits = KitRepository(m_library->database()).list(m_postingId))
            m_kits = kits.value();
        else
            showError(kits.error());
    }

    m_ui->addQuestionComboBox->clear();
    for (const InterviewQuestion &question : std::as_const(m_bank)) {
        const QString topic = question.topic.isEmpty() ? question.text : question.topic;
        m_ui->addQuestionComboBox->addItem(
            tr("%1 — %2 (%n min)", nullptr, m_minutes.value(question.id))
                .arg(displayName(question.category), topic),
            question.id);
        m_ui->addQuestionComboBox->setItemData(m_ui->addQuestionComboBox->count() - 1,
                                               question.text, Qt::ToolTipRole);
    }

    const QSignalBlocker blocker(m_ui->kitsListWidget);
    m_ui->kitsListWidget->clear();
    for (const InterviewKit &kit : std::as_const(m_kits)) {
        auto *item = new QListWidgetItem(
            kit.stage.isEmpty() ? kit.name : tr("%1 · %2").arg(kit.name, kit.stage),
            m_ui->kitsListWidget);
        item->setData(Qt::UserRole, kit.id);
    }
    if (!(current && selectKit(current->id)) && !m_kits.isEmpty())
        m_ui->kitsListWidget->setCurrentRow(0);
    showKit();
}

bool KitsWidget::selectKit(qint64 id)
{
    for (int row = 0; row < m_kits.size(); ++row) {
        if (m_kits.at(row).id == id) {
            m_ui->kitsListWidget->setCurrentRow(row);
            showKit();
            return true;
        }
    }
    return false;
}

std::optional<InterviewKit> KitsWidget::currentKit() const
{
    const int row = m_ui->kitsListWidget->currentRow();
    if (row < 0 || row >= m_kits.size())
        return std::nullopt;
    return m_kits.at(row);
}

void KitsWidget::kitChanged()
{
    showKit();
}

void KitsWidget::showKit()
{
    m_showing = true;
    const std::optional<InterviewKit> kit = currentKit();
    m_ui->kitEditorWidget->setEnabled(kit.has_value());
    m_ui->kitNameLineEdit->setText(kit ? kit->name : QString());
    m_ui->kitStageComboBox->setEditText(kit ? kit->stage : QString());
    m_ui->budgetSpinBox->setValue(kit ? kit->timeBudgetMinutes : 45);
    QList<KitQuestionsModel::Row> rows;
    if (kit) {
        for (const qint64 id : kit->questionIds) {
            for (const InterviewQuestion &question : std::as_const(m_bank)) {
                if (question.id == id)
                    rows.append({ question, m_minutes.value(id) });
            }
        }
    }
    m_questionsModel->setRows(rows);
    m_showing = false;
    updateTime();
    updateButtons();
}

void KitsWidget::updateTime()
{
    const int total = m_questionsModel->totalMinutes();
    const int budget = m_ui->budgetSpinBox->value();
    const bool over = total > budget;
    m_ui->kitTimeLabel->setText(
        over ? tr("The questions take about %1 min: %2 min over the %3 min budget.")
                   .arg(total)
                   .arg(total - budget)
                   .arg(budget)
             : tr("The questions take about %1 min of the %2 min budget.").arg(total).arg(budget));
    // A gentle warning, not an error: interviewers may skip questions.
    m_ui->kitTimeLabel->setStyleSheet(
        over ? u"QLabel { background: %1; color: black; padding: 3px; border-radius: 3px; }"_s.arg(
            interviewText::warningColor().name())
             : QString());
}

void KitsWidget::updateButtons()
{
    const bool kit = currentKit().has_value();
    const int row = m_ui->kitQuestionsTableView->currentIndex().row();
    const int count = m_questionsModel->rowCount();
    m_ui->newKitButton->setEnabled(m_library != nullptr);
    m_ui->copyKitButton->setEnabled(kit);
    m_ui->deleteKitButton->setEnabled(kit);
    m_ui->moveUpButton->setEnabled(kit && row > 0);
    m_ui->moveDownButton->setEnabled(kit && row >= 0 && row + 1 < count);
    m_ui->removeFromKitButton->setEnabled(kit && row >= 0);
    m_ui->addToKitButton->setEnabled(kit && m_ui->addQuestionComboBox->count() > 0);
}

bool KitsWidget::save(const InterviewKit &kit)
{
    if (!m_library)
        return false;
    if (const auto saved = KitRepository(m_library->database()).update(kit); !saved) {
        MessageBoxes::critical(this, tr("Cannot Save Kit"), saved.error());
        return false;
    }
    const int row = m_ui->kitsListWidget->currentRow();
    if (row >= 0 && row < m_kits.size()) {
        m_kits[row] = kit;
        QListWidgetItem *item = m_ui->kitsListWidget->item(row);
        item->setText(kit.stage.isEmpty() ? kit.name : tr("%1 · %2").arg(kit.name, kit.stage));
    }
    emit kitsChanged();
    return true;
}

void KitsWidget::saveFields()
{
    std::optional<InterviewKit> kit = currentKit();
    if (m_showing || !kit)
        return;
    InterviewKit changed = *kit;
    changed.name = m_ui->kitNameLineEdit->text().trimmed();
    changed.stage = m_ui->kitStageComboBox->currentText().trimmed();
    changed.timeBudgetMinutes = m_ui->budgetSpinBox->value();
    if (changed.name.isEmpty()) {
        // A kit without a name cannot be found again; keep the old one.
        m_ui->kitNameLineEdit->setText(kit->name);
        return;
    }
    if (changed.name == kit->name && changed.stage == kit->stage
        && changed.timeBudgetMinutes == kit->timeBudgetMinutes) {
        return;
    }
    if (save(changed))
        updateTime();
}

void KitsWidget::moveQuestion(int delta)
{
    std::optional<InterviewKit> kit = currentKit();
    const int row = m_ui->kitQuestionsTableView->currentIndex().row();
    const int target = row + delta;
    if (!kit || row < 0 || target < 0 || target >= kit->questionIds.size())
        return;
    kit->questionIds.swapItemsAt(row, target);
    if (!save(*kit))
        return;
    showKit();
    m_ui->kitQuestionsTableView->setCurrentIndex(m_questionsModel->index(target, 0));
}

void KitsWidget::removeQuestion()
{
    std::optional<InterviewKit> kit = currentKit();
    const int row = m_ui->kitQuestionsTableView->currentIndex().row();
    if (!kit || row < 0 || row >= kit->questionIds.size())
        return;
    kit->questionIds.removeAt(row);
    if (!save(*kit))
        return;
    showKit();
    if (m_questionsModel->rowCount() > 0) {
        m_ui->kitQuestionsTableView->setCurrentIndex(
            m_questionsModel->index(std::min(row, m_questionsModel->rowCount() - 1), 0));
    }
}

void KitsWidget::addQuestion()
{
    std::optional<InterviewKit> kit = currentKit();
    if (!kit || m_ui->addQuestionComboBox->currentIndex() < 0)
        return;
    const qint64 id = m_ui->addQuestionComboBox->currentData().toLongLong();
    if (kit->questionIds.contains(id)) {
        showError(tr("The kit already has that question."));
        return;
    }
    showError(QString());
    kit->questionIds.append(id);
    if (!save(*kit))
        return;
    showKit();
    m_ui->kitQuestionsTableView->setCurrentIndex(
        m_questionsModel->index(m_questionsModel->rowCount() - 1, 0));
}

void KitsWidget::newKit()
{
    if (!m_library)
        return;
    InterviewKit kit;
    kit.postingId = m_postingId;
    kit.name = tr("New interview kit");
    kit.stage = tr("Phone screen");
    const auto added = KitRepository(m_library->database()).insert(kit);
    if (!added) {
        MessageBoxes::critical(this, tr("Cannot Add Kit"), added.error());
        return;
    }
    reload();
    selectKit(added.value());
    m_ui->kitNameLineEdit->setFocus();
    m_ui->kitNameLineEdit->selectAll();
    emit kitsChanged();
}

void KitsWidget::copyKit()
{
    const std::optional<InterviewKit> kit = currentKit();
    if (!m_library || !kit)
        return;
    InterviewKit copy = *kit;
    copy.id = 0;
    copy.name = tr("%1 (copy)").arg(kit->name);
    const auto added = KitRepository(m_library->database()).insert(copy);
    if (!added) {
        MessageBoxes::critical(this, tr("Cannot Copy Kit"), added.error());
        return;
    }
    reload();
    selectKit(added.value());
    emit kitsChanged();
}

void KitsWidget::deleteKit()
{
    const std::optional<InterviewKit> kit = currentKit();
    if (!m_library || !kit)
        return;
    const auto answer = MessageBoxes::question(
        this, tr("Delete Kit"),
        tr("Delete the interview kit \"%1\"? Scorecards that followed it keep their questions "
           "and ratings.")
            .arg(kit->name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (const auto removed = KitRepository(m_library->database()).remove(kit->id); !removed) {
        MessageBoxes::critical(this, tr("Cannot Delete Kit"), removed.error());
        return;
    }
    reload();
    emit kitsChanged();
}

} // namespace hirekit
