#include "gui/SalariesTab.h"

#include "ui_SalariesTab.h"

#include "gui/models/SalarySortProxyModel.h"
#include "gui/models/SalaryTableModel.h"
#include "storage/Library.h"
#include "storage/SalaryRepository.h"

#include <QCompleter>
#include <QHeaderView>
#include <QSignalBlocker>
#include <QStringListModel>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hirekit {

SalariesTab::SalariesTab(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SalariesTab>())
    , m_model(new SalaryTableModel(this))
    , m_proxy(new SalarySortProxyModel(this))
    , m_areasModel(new QStringListModel(this))
{
    m_ui->setupUi(this);

    m_ui->levelComboBox->addItem(tr("All levels"), -1);
    for (const Level level : { Level::Entry, Level::Mid, Level::Senior, Level::Staff })
        m_ui->levelComboBox->addItem(displayName(level), int(level));

    auto *completer = new QCompleter(m_areasModel, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_ui->areaLineEdit->setCompleter(completer);

    m_proxy->setSourceModel(m_model);
    m_ui->salariesTableView->setModel(m_proxy);
    // The repository's order (national first, then by area) until the user sorts.
    m_ui->salariesTableView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    // Figures as wide as they need; the area takes the spare width, so the table fills the
    // tab whether the dataset has two figure columns or seven.
    QHeaderView *header = m_ui->salariesTableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SalaryTableModel::AreaColumn, QHeaderView::Stretch);

    connect(m_ui->datasetComboBox, &QComboBox::currentIndexChanged, this,
            &SalariesTab::loadDataset);
    connect(m_ui->areaLineEdit, &QLineEdit::textChanged, this, &SalariesTab::applyFilters);
    connect(m_ui->roleLineEdit, &QLineEdit::textChanged, this, &SalariesTab::applyFilters);
    connect(m_ui->levelComboBox, &QComboBox::currentIndexChanged, this, &SalariesTab::applyFilters);
}

SalariesTab::~SalariesTab() = default;

void SalariesTab::setLibrary(Library *library)
{
    m_library = library;
    reload();
}

void SalariesTab::reload()
{
    const QString previous = m_ui->datasetComboBox->currentText();
    showError(QString());
    m_datasets.clear();
    if (m_library) {
        auto datasets = SalaryRepository(m_library->database()).datasets();
        if (datasets)
            m_datasets = datasets.value();
        else
            showError(datasets.error());
    }

    {
        // One load after the combo box is complete, not one per added item.
        const QSignalBlocker blocker(m_ui->datasetComboBox);
        m_ui->datasetComboBox->clear();
        for (const SalaryDataset &dataset : std::as_const(m_datasets)) {
            m_ui->datasetComboBox->addItem(dataset.name);
            QString tip = dataset.source.isEmpty() ? tr("No source given") : dataset.source;
            if (dataset.year)
                tip += u'\n' + tr("Year: %1").arg(*dataset.year);
            tip += u'\n' + tr("Rows: %1").arg(dataset.rowCount);
            m_ui->datasetComboBox->setItemData(m_ui->datasetComboBox->count() - 1, tip,
                                               Qt::ToolTipRole);
        }
        const int index = m_ui->datasetComboBox->findText(previous);
        m_ui->datasetComboBox->setCurrentIndex(index >= 0 ? index : 0);
    }
    m_ui->datasetComboBox->setEnabled(!m_datasets.isEmpty());
    loadDataset();
}

QList<SalaryRow> SalariesTab::filtered(const QList<SalaryRow> &rows, const SalaryFilter &filter)
{
    QList<SalaryRow> result;
    for (const SalaryRow &row : rows) {
        if (!row.isNational && !filter.area.isEmpty()
            && !row.area.contains(filter.area, Qt::CaseInsensitive)) {
            continue;
        }
        if (!filter.role.isEmpty() && !row.role.contains(filter.role, Qt::CaseInsensitive))
            continue;
        if (filter.level && row.level != filter.level)
            continue;
        result.append(row);
    }
    return result;
}

void SalariesTab::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void SalariesTab::loadDataset()
{
    m_datasetRows.clear();
    const int index = m_ui->datasetComboBox->currentIndex();
    if (m_library && index >= 0 && index < m_datasets.size()) {
        const SalaryDataset &dataset = m_datasets.at(index);
        QString source = dataset.source.isEmpty() ? tr("Source not given") : dataset.source;
        if (dataset.year)
            source = tr("%1 (%2)").arg(source).arg(*dataset.year);
        m_ui->sourceLabel->setText(tr("Source: %1").arg(source));

        // The whole dataset is read once; filtering happens here, so typing in the filter
        // fields does not query the library and national rows can ignore the area filter.
        SalaryFilter filter;
        filter.dataset = dataset.name;
        auto rows = SalaryRepository(m_library->database()).rows(filter);
        if (rows)
            m_datasetRows = rows.value();
        else
            showError(rows.error());
    } else {
        m_ui->sourceLabel->setText(m_library ? tr("This library has no salary data.") : QString());
    }

    QStringList areas;
    for (const SalaryRow &row : std::as_const(m_datasetRows)) {
        if (!row.isNational && !areas.contains(row.area))
            areas.append(row.area);
    }
    std::sort(areas.begin(), areas.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    m_areasModel->setStringList(areas);
    applyFilters();
}

void SalariesTab::applyFilters()
{
    SalaryFilter filter;
    filter.area = m_ui->areaLineEdit->text().trimmed();
    filter.role = m_ui->roleLineEdit->text().trimmed();
    const int level = m_ui->levelComboBox->currentData().toInt();
    if (level >= 0)
        filter.level = static_cast<Level>(level);

    m_model->setItems(filtered(m_datasetRows, filter));
    updateColumns();
    m_ui->countLabel->setText(
        m_datasetRows.isEmpty()
            ? QString()
            : tr("Showing %1 of %2 rows").arg(m_model->rowCount()).arg(m_datasetRows.size()));
}

void SalariesTab::updateColumns()
{
    // Guide tables have bands, BLS files percentiles; show only what the rows have.
    for (int column = 0; column < SalaryTableModel::ColumnCount; ++column)
        m_ui->salariesTableView->setColumnHidden(column, m_model->isColumnEmpty(column));
}

} // namespace hirekit
