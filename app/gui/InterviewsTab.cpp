#include "gui/InterviewsTab.h"

#include "ui_InterviewsTab.h"

#include "core/Question.h"
#include "gui/MarkdownText.h"
#include "gui/models/QuestionListModel.h"
#include "storage/GuideRepository.h"
#include "storage/Library.h"
#include "storage/QuestionRepository.h"

#include <QHeaderView>
#include <QRegularExpression>
#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;

namespace hirekit {

InterviewsTab::InterviewsTab(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::InterviewsTab>())
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
    m_ui->questionsTableView->sortByColumn(QuestionListModel::NumberColumn, Qt::AscendingOrder);
    QHeaderView *header = m_ui->questionsTableView->horizontalHeader();
    header->setSectionResizeMode(QuestionListModel::NumberColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(QuestionListModel::CategoryColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(QuestionListModel::TopicColumn, QHeaderView::ResizeToContents);

    // Most of the width to the questions, which are long one-liners in the table.
    m_ui->interviewsSplitter->setStretchFactor(0, 2);
    m_ui->interviewsSplitter->setStretchFactor(1, 1);
    m_ui->detailSplitter->setStretchFactor(0, 1);
    m_ui->detailSplitter->setStretchFactor(1, 1);

    connect(m_ui->categoryComboBox, &QComboBox::currentIndexChanged, this,
            &InterviewsTab::categoryChanged);
    connect(m_ui->questionsTableView->selectionModel(), &QItemSelectionModel::currentRowChanged,
            this, &InterviewsTab::questionChanged);
}

InterviewsTab::~InterviewsTab() = default;

void InterviewsTab::setLibrary(Library *library)
{
    m_library = library;
    reload();
}

void InterviewsTab::reload()
{
    showError(QString());
    m_ui->questionTextBrowser->clear();
    m_ui->redFlagsListWidget->clear();
    if (!m_library) {
        m_model->setItems({});
        return;
    }

    QStringList errors;
    auto questions = QuestionRepository(m_library->database()).list();
    if (questions)
        m_model->setItems(questions.value());
    else {
        m_model->setItems({});
        errors.append(questions.error());
    }

    auto redFlags = GuideRepository(m_library->database()).redFlags();
    if (redFlags) {
        for (const RedFlag &flag : std::as_const(redFlags.value())) {
            auto *item = new QListWidgetItem(tr("%1: %2").arg(flag.name, flag.description),
                                             m_ui->redFlagsListWidget);
            item->setToolTip(flag.description);
        }
    } else {
        errors.append(redFlags.error());
    }
    showError(errors.join(u'\n'));

    if (m_proxy->rowCount() > 0)
        m_ui->questionsTableView->setCurrentIndex(m_proxy->index(0, 0));
}

QString InterviewsTab::toMarkdown(const InterviewQuestion &question)
{
    QString md;
    md += u"### "_s + escapeMarkdown(question.topic) + u"\n\n"_s;
    md += u"*"_s + displayName(question.category) + u"*\n\n"_s;
    md += escapeMarkdown(question.text) + u"\n\n"_s;
    if (!question.evaluate.isEmpty())
        md += u"**"_s + tr("Evaluate:") + u"** "_s + escapeMarkdown(question.evaluate) + u'\n';
    return md;
}

void InterviewsTab::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void InterviewsTab::categoryChanged()
{
    const QString key = m_ui->categoryComboBox->currentData().toString();
    if (key.isEmpty())
        m_proxy->setFilterRegularExpression(QRegularExpression());
    else
        m_proxy->setFilterRegularExpression(
            QRegularExpression(QRegularExpression::anchoredPattern(key)));
    if (!m_ui->questionsTableView->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_ui->questionsTableView->setCurrentIndex(m_proxy->index(0, 0));
}

void InterviewsTab::questionChanged(const QModelIndex &current)
{
    if (!current.isValid()) {
        m_ui->questionTextBrowser->clear();
        return;
    }
    const int row = m_proxy->mapToSource(current).row();
    m_ui->questionTextBrowser->setMarkdown(toMarkdown(m_model->items().at(row)));
}

} // namespace hirekit
