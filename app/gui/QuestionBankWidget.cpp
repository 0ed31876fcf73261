#include "gui/QuestionBankWidget.h"

#include "ui_QuestionBankWidget.h"

#include "core/Interview.h"
#include "core/Question.h"
#include "gui/ElidedTextDelegate.h"
#include "gui/LazyPage.h"
#include "gui/MarkdownText.h"
#include "gui/MessageBoxes.h"
#include "gui/QuestionEditor.h"
#include "gui/models/QuestionListModel.h"
#include "storage/GuideRepository.h"
#include "storage/Library.h"
#include "storage/QuestionRepository.h"

#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

constexpr int ViewPage = 0;
constexpr int EditPage = 1;

// Tab goes from `after` through `form`, a form made after the rest of the window (so last in
// its tab order), and on to what came after `after`: as the form's place on the page says.
// Each field that takes focus is placed in turn (setTabOrder() moves a field with its own
// children, and moves no widget that takes no focus, such as the form itself).
void placeInTabOrder(QWidget *form, QWidget *after)
{
    QList<QWidget *> fields;
    for (QWidget *next = form->nextInFocusChain(); form->isAncestorOf(next);
         next = next->nextInFocusChain()) {
        if (next->focusPolicy() & Qt::TabFocus)
            fields.append(next);
    }
    for (QWidget *field : std::as_const(fields)) {
        QWidget::setTabOrder(after, field);
        after = field;
    }
}

} // namespace

QuestionBankWidget::QuestionBankWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::QuestionBankWidget>())
    , m_model(new QuestionListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);

    m_ui->categoryComboBox->addItem(tr("All categories"), QString());
    for (const QuestionCategory category :
         { QuestionCategory::Technical, QuestionCategory::Behavioral, QuestionCategory::Culture,
           QuestionCategory::Custom }) {
        m_ui->categoryComboBox->addItem(displayName(category), toKey(category));
    }

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(QuestionListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(QuestionListModel::CategoryKeyRole);
    m_proxy->setFilterKeyColumn(QuestionListModel::CategoryColumn);
    m_ui->questionsTableView->setModel(m_proxy);
    m_ui->questionsTableView->setItemDelegate(new ElidedTextDelegate(m_ui->questionsTableView));
    m_ui->questionsTableView->sortByColumn(QuestionListModel::NumberColumn, Qt::AscendingOrder);

    // The questions and the one chosen share the width about evenly, and the chosen question
    // has most of the height over its red flags: the shares in pixels of the default 1280 by
    // 800 window (once what the hidden question form's size made them; the form is now made
    // only when first needed). Space the window gains or loses is shared in proportion.
    m_ui->questionsSplitter->setSizes({ 643, 623 });
    m_ui->detailSplitter->setSizes({ 470, 132 });

    connect(m_ui->categoryComboBox, &QComboBox::currentIndexChanged, this,
            &QuestionBankWidget::categoryChanged);
    connect(m_ui->questionsTableView->selectionModel(), &QItemSelectionModel::currentRowChanged,
            this, &QuestionBankWidget::questionChanged);
    connect(m_ui->questionsTableView, &QAbstractItemView::doubleClicked, this,
            &QuestionBankWidget::editQuestion);
    connect(m_ui->addQuestionButton, &QPushButton::clicked, this, &QuestionBankWidget::addQuestion);
    connect(m_ui->editQuestionButton, &QPushButton::clicked, this,
            &QuestionBankWidget::editQuestion);
    connect(m_ui->removeQuestionButton, &QPushButton::clicked, this,
            &QuestionBankWidget::removeQuestion);
    connect(m_ui->addRedFlagButton, &QPushButton::clicked, this, &QuestionBankWidget::addRedFlag);
    connect(m_ui->newFlagNameLineEdit, &QLineEdit::returnPressed, this,
            &QuestionBankWidget::addRedFlag);
    updateButtons();
}

QuestionBankWidget::~QuestionBankWidget() = default;

QuestionEditor *QuestionBankWidget::editor()
{
    // Made when first asked for a question to edit: its seventy widgets would otherwise be
    // built, styled and measured with every start on this page, hidden behind the view.
    if (!m_editor) {
        m_editor = makeLazyPage<QuestionEditor>(m_ui->questionEditorPage, u"questionEditor"_s);
        placeInTabOrder(m_editor, m_ui->questionTextBrowser);
        connect(m_editor, &QuestionEditor::saveRequested, this, &QuestionBankWidget::saveQuestion);
        connect(m_editor, &QuestionEditor::cancelRequested, this, &QuestionBankWidget::closeEditor);
    }
    return m_editor;
}

void QuestionBankWidget::setLibrary(Library *library)
{
    m_library = library;
    m_ui->detailStackedWidget->setCurrentIndex(ViewPage);
    if (!m_library)
        reload();
}

void QuestionBankWidget::reload()
{
    const qint64 selected = currentQuestionId();
    showError(QString());
    m_ui->questionTextBrowser->clear();
    m_ui->redFlagsListWidget->clear();
    if (!m_library) {
        m_model->setItems({});
        updateButtons();
        return;
    }

    QStringList errors;
    auto questions = QuestionRepository(m_library->database()).list();
    if (questions) {
        m_model->setItems(questions.value());
    } else {
        m_model->setItems({});
        errors.append(questions.error());
    }

    auto redFlags = GuideRepository(m_library->database()).redFlags();
    if (redFlags) {
        for (const RedFlag &flag : std::as_const(redFlags.value())) {
            const QString text = flag.description.isEmpty()
                ? flag.name
                : tr("%1: %2").arg(flag.name, flag.description);
            auto *item = new QListWidgetItem(text, m_ui->redFlagsListWidget);
            item->setToolTip(flag.isBuiltin ? flag.description
                                            : tr("Custom red flag. %1").arg(flag.description));
        }
    } else {
        errors.append(redFlags.error());
    }
    showError(errors.join(u'\n'));
    // Refitted only when what they show changed: a red flag added or a question's rubric
    // edited keeps the widths the user gave them.
    if (QStringList texts = shortColumnTexts(); texts != m_fittedTexts) {
        m_fittedTexts = std::move(texts);
        fitColumns();
    }

    if (!(selected && selectQuestion(selected)) && m_proxy->rowCount() > 0)
        m_ui->questionsTableView->setCurrentIndex(m_proxy->index(0, 0));
    updateButtons();
}

bool QuestionBankWidget::selectQuestion(qint64 id)
{
    const auto find = [&] {
        const QModelIndexList found = m_proxy->match(
            m_proxy->index(0, 0), QuestionListModel::IdRole, id, 1, Qt::MatchExactly);
        return found.isEmpty() ? QModelIndex() : found.first();
    };
    QModelIndex index = find();
    if (!index.isValid() && m_ui->categoryComboBox->currentIndex() != 0) {
        m_ui->categoryComboBox->setCurrentIndex(0);
        index = find();
    }
    if (!index.isValid())
        return false;
    m_ui->questionsTableView->setCurrentIndex(index);
    m_ui->questionsTableView->scrollTo(index);
    return true;
}

QString QuestionBankWidget::toMarkdown(const InterviewQuestion &question,
                                       const QuestionGuide &guide)
{
    QString md;
    md += u"### "_s + escapeMarkdown(question.topic) + u"\n\n"_s;
    md += displayName(question.category) + u" · "_s
        + tr("about %n min", nullptr, guide.suggestedMinutes) + u"\n\n"_s;
    md += escapeMarkdown(question.text) + u"\n\n"_s;
    if (!question.evaluate.isEmpty())
        md += u"**"_s + tr("Evaluate:") + u"** "_s + escapeMarkdown(question.evaluate) + u"\n\n"_s;
    bool anyAnchor = false;
    for (const QString &anchor : guide.rubric)
        anyAnchor = anyAnchor || !anchor.isEmpty();
    if (anyAnchor) {
        md += u"**"_s + tr("Rubric") + u"**\n\n"_s;
        for (int rating = 1; rating <= 4; ++rating) {
            const QString &anchor = guide.rubric.at(std::size_t(rating - 1));
            if (!anchor.isEmpty())
                md += u"%1. "_s.arg(rating) + escapeMarkdown(anchor) + u'\n';
        }
        md += u'\n';
    }
    if (!guide.followUps.isEmpty()) {
        md += u"**"_s + tr("Follow-ups") + u"**\n\n"_s;
        for (const QString &prompt : guide.followUps)
            md += u"- "_s + escapeMarkdown(prompt) + u'\n';
    }
    return md;
}

QString QuestionBankWidget::errorMessage() const
{
    return m_ui->errorLabel->text();
}

void QuestionBankWidget::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void QuestionBankWidget::categoryChanged()
{
    const QString key = m_ui->categoryComboBox->currentData().toString();
    if (key.isEmpty())
        m_proxy->setFilterRegularExpression(QRegularExpression());
    else
        m_proxy->setFilterRegularExpression(
            QRegularExpression(QRegularExpression::anchoredPattern(key)));
    fitColumns();
    if (!m_ui->questionsTableView->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_ui->questionsTableView->setCurrentIndex(m_proxy->index(0, 0));
}

void QuestionBankWidget::fitColumns()
{
    // Sized to the questions listed whenever they change, not at each layout of the view as
    // QHeaderView::ResizeToContents does (three measures of every row at start-up), and the
    // widths stay the user's to change.
    QTableView *view = m_ui->questionsTableView;
    const ElidedTextDelegate::MeasuringPass pass; // "Technical", "Behavioral", ... once each
    for (const int column : { QuestionListModel::NumberColumn, QuestionListModel::CategoryColumn,
                              QuestionListModel::TopicColumn })
        view->resizeColumnToContents(column);
}

QStringList QuestionBankWidget::shortColumnTexts() const
{
    QStringList texts;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (const int column :
             { QuestionListModel::NumberColumn, QuestionListModel::CategoryColumn,
               QuestionListModel::TopicColumn })
            texts.append(m_model->index(row, column).data().toString());
    }
    return texts;
}

void QuestionBankWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitColumns();
}

qint64 QuestionBankWidget::currentQuestionId() const
{
    const QModelIndex current = m_ui->questionsTableView->currentIndex();
    return current.isValid() ? current.data(QuestionListModel::IdRole).toLongLong() : 0;
}

void QuestionBankWidget::questionChanged(const QModelIndex &current)
{
    m_ui->detailStackedWidget->setCurrentIndex(ViewPage);
    updateButtons();
    if (!current.isValid() || !m_library) {
        m_ui->questionTextBrowser->clear();
        return;
    }
    const int row = m_proxy->mapToSource(current).row();
    const InterviewQuestion &question = m_model->items().at(row);
    const auto guide = QuestionRepository(m_library->database()).guide(question.id);
    if (!guide) {
        showError(guide.error());
        m_ui->questionTextBrowser->setMarkdown(toMarkdown(question, QuestionGuide {}));
        return;
    }
    m_ui->questionTextBrowser->setMarkdown(toMarkdown(question, guide.value()));
}

void QuestionBankWidget::updateButtons()
{
    const qint64 id = currentQuestionId();
    bool builtin = true;
    for (const InterviewQuestion &question : m_model->items()) {
        if (question.id == id)
            builtin = question.isBuiltin;
    }
    const bool editing = m_ui->detailStackedWidget->currentIndex() == EditPage;
    m_ui->addQuestionButton->setEnabled(m_library && !editing);
    m_ui->editQuestionButton->setEnabled(m_library && id != 0 && !editing);
    m_ui->removeQuestionButton->setEnabled(m_library && id != 0 && !builtin && !editing);
    m_ui->removeQuestionButton->setToolTip(
        builtin && id != 0 ? tr("Questions from the hiring guide cannot be removed.") : QString());
    m_ui->addRedFlagButton->setEnabled(m_library);
}

void QuestionBankWidget::addQuestion()
{
    InterviewQuestion question;
    question.category = QuestionCategory::Custom;
    editor()->setQuestion(question, QuestionGuide {});
    m_ui->detailStackedWidget->setCurrentIndex(EditPage);
    updateButtons();
}

void QuestionBankWidget::editQuestion()
{
    const qint64 id = currentQuestionId();
    if (!m_library || id == 0)
        return;
    const auto guide = QuestionRepository(m_library->database()).guide(id);
    if (!guide) {
        MessageBoxes::critical(this, tr("Cannot Edit Question"), guide.error());
        return;
    }
    QuestionEditor *form = editor();
    for (const InterviewQuestion &question : m_model->items()) {
        if (question.id == id)
            form->setQuestion(question, guide.value());
    }
    m_ui->detailStackedWidget->setCurrentIndex(EditPage);
    updateButtons();
}

void QuestionBankWidget::saveQuestion()
{
    if (!m_library)
        return;
    InterviewQuestion question = editor()->question();
    QuestionGuide guide = editor()->guide();
    if (question.text.isEmpty()) {
        MessageBoxes::critical(this, tr("Cannot Save Question"),
                               tr("A question needs the text you ask the candidate."));
        return;
    }
    QuestionRepository questions(m_library->database());
    if (question.id == 0) {
        const auto added = questions.insert(question);
        if (!added) {
            MessageBoxes::critical(this, tr("Cannot Save Question"), added.error());
            return;
        }
        question.id = added.value();
        guide.questionId = question.id;
    } else if (!question.isBuiltin) {
        if (const auto updated = questions.update(question); !updated) {
            MessageBoxes::critical(this, tr("Cannot Save Question"), updated.error());
            return;
        }
    }
    if (const auto saved = questions.setGuide(guide); !saved) {
        MessageBoxes::critical(this, tr("Cannot Save Question"), saved.error());
        return;
    }
    m_ui->detailStackedWidget->setCurrentIndex(ViewPage);
    reload();
    selectQuestion(question.id);
    emit questionsChanged();
}

void QuestionBankWidget::closeEditor()
{
    m_ui->detailStackedWidget->setCurrentIndex(ViewPage);
    questionChanged(m_ui->questionsTableView->currentIndex());
}

void QuestionBankWidget::removeQuestion()
{
    const qint64 id = currentQuestionId();
    if (!m_library || id == 0)
        return;
    const QModelIndex current = m_ui->questionsTableView->currentIndex();
    const QString topic = current.siblingAtColumn(QuestionListModel::TopicColumn).data().toString();
    const auto answer = MessageBoxes::question(this, tr("Remove Question"),
                                               tr("Remove the question \"%1\" from the bank?")
                                                   .arg(topic.isEmpty() ? tr("untitled") : topic),
                                               QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (const auto removed = QuestionRepository(m_library->database()).remove(id); !removed) {
        MessageBoxes::critical(this, tr("Cannot Remove Question"), removed.error());
        return;
    }
    reload();
    emit questionsChanged();
}

void QuestionBankWidget::addRedFlag()
{
    if (!m_library)
        return;
    const QString name = m_ui->newFlagNameLineEdit->text().trimmed();
    if (name.isEmpty()) {
        m_ui->newFlagNameLineEdit->setFocus();
        return;
    }
    RedFlag flag;
    flag.name = name;
    flag.description = m_ui->newFlagDescriptionLineEdit->text().trimmed();
    GuideRepository guide(m_library->database());
    const auto existing = guide.redFlags();
    const int position = existing ? int(existing->size()) + 1 : 1000;
    if (const auto added = guide.insert(flag, position); !added) {
        MessageBoxes::critical(this, tr("Cannot Add Red Flag"), added.error());
        return;
    }
    m_ui->newFlagNameLineEdit->clear();
    m_ui->newFlagDescriptionLineEdit->clear();
    reload();
}

} // namespace hirekit
