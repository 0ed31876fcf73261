#include "gui/PostingsTab.h"

#include "ui_PostingsTab.h"

#include "core/MoneyFormat.h"
#include "core/Posting.h"
#include "gui/MarkdownText.h"
#include "gui/models/PostingListModel.h"
#include "storage/Library.h"
#include "storage/PostingRepository.h"

#include <QHeaderView>
#include <QLocale>
#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;

namespace hirekit {

PostingsTab::PostingsTab(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PostingsTab>())
    , m_postingsModel(new PostingListModel(this))
    , m_postingsProxy(new QSortFilterProxyModel(this))
    , m_templatesModel(new PostingListModel(this))
{
    m_ui->setupUi(this);

    m_postingsProxy->setSourceModel(m_postingsModel);
    m_postingsProxy->setSortRole(PostingListModel::SortRole);
    m_postingsProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_postingsProxy->setFilterKeyColumn(PostingListModel::TitleColumn);
    m_postingsProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->postingsTableView->setModel(m_postingsProxy);
    // Most recently changed first, as the repository lists them.
    m_ui->postingsTableView->sortByColumn(PostingListModel::UpdatedColumn, Qt::DescendingOrder);
    m_ui->postingsTableView->horizontalHeader()->setSectionResizeMode(PostingListModel::TitleColumn,
                                                                      QHeaderView::Stretch);

    m_ui->templatesListView->setModel(m_templatesModel);
    m_ui->templatesListView->setModelColumn(PostingListModel::TitleColumn);

    m_ui->postingsSplitter->setStretchFactor(0, 1);
    m_ui->postingsSplitter->setStretchFactor(1, 1);

    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_postingsProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->postingsTableView->selectionModel(), &QItemSelectionModel::currentRowChanged,
            this, &PostingsTab::postingChanged);
    connect(m_ui->templatesListView->selectionModel(), &QItemSelectionModel::currentRowChanged,
            this, &PostingsTab::templateChanged);
}

PostingsTab::~PostingsTab() = default;

void PostingsTab::setLibrary(Library *library)
{
    m_library = library;
    reload();
}

void PostingsTab::reload()
{
    showError(QString());
    m_ui->previewTextBrowser->clear();
    if (!m_library) {
        m_postingsModel->setItems({});
        m_templatesModel->setItems({});
        return;
    }

    const PostingRepository repository(m_library->database());
    QStringList errors;
    auto postings = repository.list();
    if (postings)
        m_postingsModel->setItems(postings.value());
    else {
        m_postingsModel->setItems({});
        errors.append(postings.error());
    }
    auto templates = repository.templates();
    if (templates)
        m_templatesModel->setItems(templates.value());
    else {
        m_templatesModel->setItems({});
        errors.append(templates.error());
    }
    showError(errors.join(u'\n'));

    m_ui->postingsTableView->resizeColumnsToContents();
    // Open on something rather than an empty preview.
    if (m_postingsProxy->rowCount() > 0)
        m_ui->postingsTableView->setCurrentIndex(m_postingsProxy->index(0, 0));
    else if (m_templatesModel->rowCount() > 0)
        m_ui->templatesListView->setCurrentIndex(m_templatesModel->index(0, 0));
}

void PostingsTab::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void PostingsTab::postingChanged(const QModelIndex &current)
{
    if (!current.isValid())
        return;
    // One selection for both lists: the preview shows the last one picked.
    m_ui->templatesListView->selectionModel()->clear();
    previewPosting(current.data(PostingListModel::IdRole).toLongLong());
}

void PostingsTab::templateChanged(const QModelIndex &current)
{
    if (!current.isValid())
        return;
    m_ui->postingsTableView->selectionModel()->clear();
    previewPosting(current.data(PostingListModel::IdRole).toLongLong());
}

void PostingsTab::previewPosting(qint64 id)
{
    if (!m_library)
        return;
    const auto posting = PostingRepository(m_library->database()).load(id);
    if (!posting) {
        m_ui->previewTextBrowser->clear();
        showError(posting.error());
        return;
    }
    // QTextEdit::setMarkdown (QTextDocument::setMarkdown underneath) also puts the cursor
    // and the scroll position back at the top, where a new posting should start.
    m_ui->previewTextBrowser->setMarkdown(toMarkdown(posting.value()));
}

QString PostingsTab::toMarkdown(const Posting &posting)
{
    // Header fields are plain text from people; section bodies are Markdown already.
    QString md;
    md += u"# "_s + escapeMarkdown(posting.title) + u"\n\n"_s;
    if (posting.isTemplate)
        md += u"*"_s + tr("Template") + u"*\n\n"_s;

    // Markdown line breaks: two trailing spaces.
    const auto field = [&md](const QString &name, const QString &value) {
        if (!value.isEmpty())
            md += u"**"_s + name + u":** "_s + escapeMarkdown(value) + u"  \n"_s;
    };
    field(tr("Level"), posting.level ? displayName(*posting.level) : QString());
    field(tr("Department"), posting.department);
    field(tr("Employment type"), displayName(posting.employmentType));
    if (!posting.isTemplate)
        field(tr("Status"), displayName(posting.status));
    QStringList locations;
    for (const PostingLocation &location : posting.locations)
        locations.append(location.displayText());
    field(tr("Locations"), locations.join(u"; "_s));
    field(tr("Salary"),
          MoneyFormat::range(posting.salary.min, posting.salary.max, posting.salary.currency,
                             posting.salary.period));
    field(tr("Benefits"), posting.benefitsSummary);
    if (posting.validThrough.isValid())
        field(tr("Valid through"), QLocale().toString(posting.validThrough, QLocale::LongFormat));
    field(tr("Company"), posting.companyName);
    md += u'\n';

    if (!posting.companyDescription.isEmpty())
        md += escapeMarkdown(posting.companyDescription) + u"\n\n"_s;
    for (const PostingSection &section : posting.sections)
        md += u"## "_s + escapeMarkdown(section.heading) + u"\n\n"_s + section.body + u"\n\n"_s;
    if (!posting.howToApply.isEmpty())
        md += u"## "_s + tr("How to apply") + u"\n\n"_s + escapeMarkdown(posting.howToApply)
            + u"\n"_s;
    return md;
}

} // namespace hirekit
