#include "gui/RevisionHistoryDialog.h"

#include "ui_RevisionHistoryDialog.h"

#include "gui/ElidedTextDelegate.h"
#include "gui/PostingOutput.h"
#include "gui/models/RevisionListModel.h"
#include "storage/Library.h"
#include "storage/RevisionRepository.h"

#include <QHeaderView>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace hirekit {

RevisionHistoryDialog::RevisionHistoryDialog(Library *library, qint64 postingId,
                                             const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RevisionHistoryDialog>())
    , m_library(library)
    , m_postingId(postingId)
    , m_model(new RevisionListModel(this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("History of “%1”").arg(title));
    m_ui->revisionsTableView->setItemDelegate(new ElidedTextDelegate(m_ui->revisionsTableView));
    m_ui->revisionsTableView->setModel(m_model);
    m_ui->revisionsTableView->horizontalHeader()->setSectionResizeMode(
        QHeaderView::ResizeToContents);
    m_ui->revisionsTableView->horizontalHeader()->setSectionResizeMode(
        RevisionListModel::SummaryColumn, QHeaderView::Stretch);
    m_ui->historySplitter->setSizes({ 560, 420 });

    m_restoreButton = m_ui->historyButtonBox->addButton(tr("&Restore This Version"),
                                                        QDialogButtonBox::ActionRole);
    m_restoreButton->setObjectName(u"restoreButton"_s);
    connect(m_restoreButton, &QPushButton::clicked, this, &RevisionHistoryDialog::restore);
    connect(m_ui->historyButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->revisionsTableView->selectionModel(), &QItemSelectionModel::currentRowChanged,
            this, &RevisionHistoryDialog::currentChanged);
    reload();
}

RevisionHistoryDialog::~RevisionHistoryDialog() = default;

void RevisionHistoryDialog::reload()
{
    showError(QString());
    const auto revisions = RevisionRepository(m_library->database()).list(m_postingId);
    if (!revisions) {
        m_model->setItems({});
        showError(revisions.error());
    } else {
        m_model->setItems(revisions.value());
    }
    selectRevision(0);
}

void RevisionHistoryDialog::selectRevision(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        m_ui->revisionsTableView->setCurrentIndex(m_model->index(row, 0));
    currentChanged();
}

void RevisionHistoryDialog::currentChanged()
{
    const QModelIndex current = m_ui->revisionsTableView->currentIndex();
    m_shown.reset();
    m_ui->revisionTextBrowser->clear();
    if (current.isValid()) {
        auto posting = RevisionRepository(m_library->database())
                           .content(current.data(RevisionListModel::IdRole).toLongLong());
        if (posting) {
            m_shown = posting.value();
            PostingOutput::show(m_ui->revisionTextBrowser, *m_shown);
            // From its top: rendering leaves the browser's cursor, and its view, at the end.
            m_ui->revisionTextBrowser->moveCursor(QTextCursor::Start);
        } else {
            showError(posting.error());
        }
    }
    m_restoreButton->setEnabled(m_shown.has_value());
}

void RevisionHistoryDialog::restore()
{
    const QModelIndex current = m_ui->revisionsTableView->currentIndex();
    if (!m_shown || !current.isValid())
        return;
    emit restoreRequested(*m_shown, m_model->items().at(current.row()));
    accept();
}

void RevisionHistoryDialog::showError(const QString &message)
{
    m_ui->historyErrorLabel->setText(message);
    m_ui->historyErrorLabel->setVisible(!message.isEmpty());
}

} // namespace hirekit
