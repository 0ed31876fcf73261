#include "gui/SalaryBrowser.h"

#include "ui_SalaryBrowser.h"

#include "gui/EditingHelpers.h"
#include "gui/FigureDelegate.h"
#include "gui/SalarySortJob.h"
#include "gui/models/SalaryPageModel.h"
#include "gui/models/SalaryTableModel.h"
#include "storage/Library.h"
#include "storage/SalaryRepository.h"
#include "storage/SalaryRowPager.h"

#include <QCompleter>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStringListModel>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

// National rows are few (one per role and level); more than this is not a reference.
constexpr int MaxNationalRows = 200;
// Rows the national table shows without scrolling.
constexpr int NationalVisibleRows = 4;

QCompleter *containsCompleter(QStringListModel *model, QObject *parent)
{
    auto *completer = new QCompleter(model, parent);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    return completer;
}

} // namespace

SalaryBrowser::SalaryBrowser(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SalaryBrowser>())
    , m_pageModel(new SalaryPageModel(this))
    , m_nationalModel(new SalaryTableModel(this))
    , m_areasModel(new QStringListModel(this))
    , m_rolesModel(new QStringListModel(this))
    , m_filterTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    enableClearButtonWhenFilled(m_ui->areaLineEdit);
    enableClearButtonWhenFilled(m_ui->roleLineEdit);

    m_ui->levelComboBox->addItem(tr("All levels"), -1);
    for (const Level level : { Level::Entry, Level::Mid, Level::Senior, Level::Staff })
        m_ui->levelComboBox->addItem(displayName(level), int(level));
    m_ui->areaLineEdit->setCompleter(containsCompleter(m_areasModel, this));
    m_ui->roleLineEdit->setCompleter(containsCompleter(m_rolesModel, this));

    QTableView *table = m_ui->salariesTableView;
    table->setModel(m_pageModel);
    // A million rows: fixed row heights, so the view never measures rows it does not show,
    // and column widths from the first page at most. Column widths take their rows from the
    // horizontal header's precision (Qt's default, 1,000 rows, read four pages and measured
    // each of their cells whenever a dataset was chosen).
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = table->horizontalHeader();
    header->setResizeContentsPrecision(SalaryPageModel::PageSize);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(SalaryTableModel::AreaColumn, QHeaderView::Stretch);
    header->setSortIndicator(SalaryTableModel::AreaColumn, Qt::AscendingOrder);

    QTableView *national = m_ui->nationalTableView;
    national->setModel(m_nationalModel);
    national->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    national->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    national->horizontalHeader()->setSectionResizeMode(SalaryTableModel::AreaColumn,
                                                       QHeaderView::Stretch);
    // A figure at its source's ceiling ends in "+", beside the digits of the others.
    table->setItemDelegate(new FigureDelegate(table));
    national->setItemDelegate(new FigureDelegate(national));
    // Always a scroll bar, as the big table has one, so the columns line up.
    national->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    national->setVisible(false);
    m_ui->nationalLabel->setVisible(false);
    // Both tables line up column by column, as if the national rows were pinned on top.
    connect(header, &QHeaderView::sectionResized, this, &SalaryBrowser::syncNationalColumns);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(FilterDelayMs);
    connect(m_filterTimer, &QTimer::timeout, this, &SalaryBrowser::refreshRows);
    connect(m_ui->areaLineEdit, &QLineEdit::textChanged, m_filterTimer,
            qOverload<>(&QTimer::start));
    connect(m_ui->roleLineEdit, &QLineEdit::textChanged, m_filterTimer,
            qOverload<>(&QTimer::start));
    connect(m_ui->levelComboBox, &QComboBox::currentIndexChanged, this,
            &SalaryBrowser::applyFiltersNow);
    connect(m_ui->datasetComboBox, &QComboBox::currentIndexChanged, this,
            &SalaryBrowser::loadDataset);
    connect(m_pageModel, &SalaryPageModel::sortChanged, this, &SalaryBrowser::refreshRows);
    m_sortJob = new SalarySortJob(this);
    connect(m_sortJob, &SalarySortJob::finished, this, &SalaryBrowser::sortRead);
    connect(m_pageModel, &SalaryPageModel::fetchFailed, this, &SalaryBrowser::showError);

    for (QTableView *view : { table, national }) {
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this, view] {
            m_lastFocused = view;
            emit currentRowChanged();
        });
        connect(view, &QTableView::activated, this, [this, view] {
            m_lastFocused = view;
            emit rowActivated();
        });
    }
}

SalaryBrowser::~SalaryBrowser() = default;

void SalaryBrowser::setLibrary(Library *library)
{
    // The page source reads through the old library's connection: drop it first.
    m_pageModel->clear();
    m_library = library;
    reload();
}

void SalaryBrowser::reload(qint64 datasetId)
{
    const auto previous = currentDataset();
    const qint64 wanted = datasetId > 0 ? datasetId : (previous ? previous->id : 0);
    showError(QString());
    m_datasets.clear();
    if (m_library) {
        auto datasets = SalaryRepository(m_library->database()).datasets();
        if (datasets)
            m_datasets = std::move(datasets).value();
        else
            showError(datasets.error());
    }
    {
        // One load once the combo box is complete, not one per added item.
        const QSignalBlocker blocker(m_ui->datasetComboBox);
        m_ui->datasetComboBox->clear();
        int index = 0;
        for (const SalaryDataset &dataset : std::as_const(m_datasets)) {
            if (dataset.id == wanted)
                index = m_ui->datasetComboBox->count();
            m_ui->datasetComboBox->addItem(dataset.name, dataset.id);
            QString tip = dataset.source.isEmpty() ? tr("No source given") : dataset.source;
            if (dataset.year)
                tip += u'\n' + tr("Year: %1").arg(*dataset.year);
            tip += u'\n' + tr("Rows: %1").arg(QLocale().toString(dataset.rowCount));
            m_ui->datasetComboBox->setItemData(m_ui->datasetComboBox->count() - 1, tip,
                                               Qt::ToolTipRole);
        }
        m_ui->datasetComboBox->setCurrentIndex(m_datasets.isEmpty() ? -1 : index);
    }
    m_ui->datasetComboBox->setEnabled(!m_datasets.isEmpty());
    loadDataset();
}

std::optional<SalaryDataset> SalaryBrowser::currentDataset() const
{
    const int index = m_ui->datasetComboBox->currentIndex();
    if (index < 0 || index >= m_datasets.size())
        return std::nullopt;
    return m_datasets.at(index);
}

void SalaryBrowser::loadDataset()
{
    m_summary = SalaryDatasetSummary();
    const auto dataset = currentDataset();
    if (m_library && dataset) {
        QString source = dataset->source.isEmpty() ? tr("Source not given") : dataset->source;
        if (dataset->year)
            source = tr("%1 (%2)").arg(source).arg(*dataset->year);
        m_ui->sourceLabel->setText(tr("Source: %1").arg(source));
        auto summary = SalaryRepository(m_library->database()).summary(dataset->id);
        if (summary)
            m_summary = std::move(summary).value();
        else
            showError(summary.error());
    } else {
        m_ui->sourceLabel->setText(m_library ? tr("This library has no salary data.") : QString());
    }
    m_areasModel->setStringList(tableAreas());
    m_rolesModel->setStringList(m_summary.roleNames());
    // A new dataset starts in its natural order, by area.
    m_pageModel->setSortOrder(SalarySortKey::Area, false);
    {
        const QSignalBlocker blocker(m_pageModel);
        m_ui->salariesTableView->horizontalHeader()->setSortIndicator(SalaryTableModel::AreaColumn,
                                                                      Qt::AscendingOrder);
    }
    refreshRows();
    updateColumns();
    // At its top, where the columns are measured (the rows in view and those after them).
    m_ui->salariesTableView->scrollToTop();
    fitColumns();
    emit datasetChanged();
}

QStringList SalaryBrowser::tableAreas() const
{
    // A national wage file has nothing but national rows: they are the table then.
    return m_summary.referenceAreas().isEmpty() ? m_summary.nationalAreas + m_summary.localAreas()
                                                : m_summary.localAreas();
}

void SalaryBrowser::refresh()
{
    const auto dataset = currentDataset();
    if (m_library && dataset) {
        auto summary = SalaryRepository(m_library->database()).summary(dataset->id);
        if (summary)
            m_summary = std::move(summary).value();
        m_areasModel->setStringList(tableAreas());
        m_rolesModel->setStringList(m_summary.roleNames());
    }
    QScrollBar *scrollBar = m_ui->salariesTableView->verticalScrollBar();
    const int position = scrollBar->value();
    refreshRows();
    updateColumns();
    if (isSorting()) {
        // The rows come when the sort is read: scroll back then.
        m_scrollAfterSort = position;
        return;
    }
    // After the reset the view lays out later; scroll back once it has.
    QTimer::singleShot(0, scrollBar, [scrollBar, position] { scrollBar->setValue(position); });
}

void SalaryBrowser::applyFiltersNow()
{
    m_filterTimer->stop();
    refreshRows();
}

SalaryRowQuery SalaryBrowser::currentQuery() const
{
    SalaryRowQuery query;
    const auto dataset = currentDataset();
    if (!dataset)
        return query;
    query.datasetId = dataset->id;
    const QString area = m_ui->areaLineEdit->text().trimmed();
    const QString role = m_ui->roleLineEdit->text().trimmed();
    if (!role.isEmpty())
        query.roles = matchingValues(m_rolesModel->stringList(), role);
    // National rows have their own table (unless they are all there is). Typed text becomes
    // a list of areas; a role list alone names the areas too when the (area, role) pairs
    // are few, so the index seeks each of them, and else leaves them open, so the index is
    // read through once instead of seeking a million pairs.
    const QStringList reference = m_summary.referenceAreas();
    const QStringList tableAreas = m_areasModel->stringList();
    if (!area.isEmpty()) {
        query.areas = matchingValues(tableAreas, area);
    } else if (query.roles
               && qint64(query.roles->size()) * tableAreas.size()
                   <= std::max<qint64>(m_summary.rowCount / 8, 1000)) {
        query.areas = tableAreas;
    } else {
        query.excludedAreas = reference;
    }
    const int level = m_ui->levelComboBox->currentData().toInt();
    if (level >= 0)
        query.level = static_cast<Level>(level);
    query.sortKey = m_pageModel->sortKey();
    query.descending = m_pageModel->sortDescending();
    return query;
}

void SalaryBrowser::refreshRows()
{
    m_filterTimer->stop();
    // A sort still being read answers an older question.
    m_sortingPager.reset();
    m_sortRun = 0;
    m_scrollAfterSort.reset();
    const SalaryRowQuery query = currentQuery();
    if (!m_library || query.datasetId == 0) {
        m_pageModel->clear();
        m_nationalModel->setItems({});
        refreshNationalRows(query);
        updateCount();
        emit rowsChanged();
        return;
    }
    auto pager = std::make_shared<SalaryRowPager>(m_library->database(), query,
                                                  m_summary.knownRowCount(query));
    if (!SalaryRepository::isSortIndexed(query)) {
        // An order no index gives sorts every matching row: for many rows that is seconds,
        // read on a worker thread while the table keeps showing what it showed.
        std::optional<qint64> expected = m_summary.knownRowCount(query);
        if (!expected) {
            if (const auto counted = SalaryRepository(m_library->database()).countRows(query))
                expected = *counted;
        }
        if (expected.value_or(m_backgroundSortFrom) >= m_backgroundSortFrom) {
            m_sortingPager = pager;
            m_sortRun = m_sortJob->start(m_library->path(), query);
            m_ui->countLabel->setText(
                tr("Sorting %1 rows…").arg(QLocale().toString(expected.value_or(0))));
            refreshNationalRows(query);
            return;
        }
    }
    const auto count = pager->count();
    if (!count) {
        showError(count.error());
        m_pageModel->clear();
    } else {
        showError(QString());
        m_pageModel->setSource(
            *count, [pager](qint64 offset, int limit) { return pager->rows(offset, limit); });
    }
    refreshNationalRows(query);
    updateCount();
    emit rowsChanged();
}

void SalaryBrowser::sortRead(int run, const QList<qint64> &ids, const QString &error)
{
    if (run != m_sortRun || !m_sortingPager)
        return;
    const std::shared_ptr<SalaryRowPager> pager = std::move(m_sortingPager);
    m_sortingPager.reset();
    m_sortRun = 0;
    if (!error.isEmpty()) {
        showError(error);
        m_pageModel->clear();
    } else {
        showError(QString());
        pager->setOrderedIds(ids);
        m_pageModel->setSource(
            ids.size(), [pager](qint64 offset, int limit) { return pager->rows(offset, limit); });
        if (const std::optional<int> position = std::exchange(m_scrollAfterSort, std::nullopt)) {
            QScrollBar *scrollBar = m_ui->salariesTableView->verticalScrollBar();
            QTimer::singleShot(0, scrollBar,
                               [scrollBar, position] { scrollBar->setValue(*position); });
        }
    }
    updateCount();
    emit rowsChanged();
}

void SalaryBrowser::refreshNationalRows(const SalaryRowQuery &query)
{
    QList<SalaryRow> rows;
    const QStringList reference = m_summary.referenceAreas();
    if (m_library && query.datasetId != 0 && !reference.isEmpty()) {
        // The same role and level as the table, whatever the area filter says.
        SalaryRowQuery national = query;
        national.areas = reference;
        national.excludedAreas.clear();
        national.national = true;
        national.sortKey = SalarySortKey::Area;
        national.descending = false;
        auto found = SalaryRepository(m_library->database()).rows(national, 0, MaxNationalRows);
        if (found)
            rows = std::move(found).value();
        else
            showError(found.error());
    }
    m_nationalModel->setItems(rows);
    const bool show = !reference.isEmpty();
    m_ui->nationalLabel->setVisible(show);
    m_ui->nationalTableView->setVisible(show);
    if (show) {
        QTableView *view = m_ui->nationalTableView;
        const int visible = std::clamp(int(rows.size()), 1, NationalVisibleRows);
        view->setFixedHeight(view->horizontalHeader()->sizeHint().height()
                             + visible * view->verticalHeader()->defaultSectionSize()
                             + 2 * view->frameWidth());
    }
}

void SalaryBrowser::updateColumns()
{
    // Guide tables have bands, BLS files percentiles; show only what the dataset has.
    const bool known = m_summary.rowCount > 0;
    for (int column = 0; column < SalaryTableModel::ColumnCount; ++column) {
        bool hidden = false;
        if (known && SalaryTableModel::isFigureColumn(column)) {
            const QString key = SalaryTableModel::figureKey(column);
            hidden = !m_summary.figureFields.contains(key);
        }
        // A wage file without levels would say "All levels" on every row.
        if (known && column == SalaryTableModel::LevelColumn) {
            hidden =
                std::none_of(m_summary.levels.cbegin(), m_summary.levels.cend(),
                             [](const SalaryValueCount &level) { return !level.value.isEmpty(); });
        }
        m_ui->salariesTableView->setColumnHidden(column, hidden);
        m_ui->nationalTableView->setColumnHidden(column, hidden);
    }
}

void SalaryBrowser::updateCount()
{
    const QLocale locale;
    const qint64 shown = m_pageModel->totalCount();
    SalaryRowQuery all;
    all.datasetId = m_summary.datasetId;
    all.excludedAreas = m_summary.referenceAreas();
    const qint64 total = m_summary.knownRowCount(all).value_or(m_summary.rowCount);
    QString text;
    if (m_summary.rowCount == 0)
        text = currentDataset() ? tr("No rows") : QString();
    else if (shown == total)
        text = tr("%1 rows").arg(locale.toString(shown));
    else
        text = tr("%1 of %2 rows").arg(locale.toString(shown), locale.toString(total));
    m_ui->countLabel->setText(text);
}

void SalaryBrowser::syncNationalColumns()
{
    QHeaderView *from = m_ui->salariesTableView->horizontalHeader();
    QHeaderView *to = m_ui->nationalTableView->horizontalHeader();
    for (int column = 0; column < SalaryTableModel::ColumnCount; ++column) {
        if (column != SalaryTableModel::AreaColumn)
            to->resizeSection(column, from->sectionSize(column));
    }
}

void SalaryBrowser::fitColumns()
{
    // Each column as wide as the wider of the two tables needs, in both, so the national
    // rows line up with the others as if pinned on top. The area column takes what the
    // others leave (it stretches) and hidden columns show nothing, so neither is measured;
    // columns shown later are measured by the next dataset chosen. The big table first: each of its
    // columns resized gives the national table all of its widths (syncNationalColumns).
    QTableView *table = m_ui->salariesTableView;
    QTableView *national = m_ui->nationalTableView;
    // Roles, levels, periods and many figures come back row after row: each measured once.
    const FigureDelegate::MeasuringPass pass;
    for (QTableView *view : { table, national }) {
        for (int column = 0; column < SalaryTableModel::ColumnCount; ++column) {
            if (column != SalaryTableModel::AreaColumn && !view->isColumnHidden(column))
                view->resizeColumnToContents(column);
        }
    }
    const QSignalBlocker blocker(table->horizontalHeader());
    for (int column = 0; column < SalaryTableModel::ColumnCount; ++column) {
        if (column == SalaryTableModel::AreaColumn)
            continue;
        const int width = std::max(table->horizontalHeader()->sectionSize(column),
                                   national->isVisible() || m_nationalModel->rowCount() > 0
                                       ? national->horizontalHeader()->sectionSize(column)
                                       : 0);
        table->horizontalHeader()->resizeSection(column, width);
        national->horizontalHeader()->resizeSection(column, width);
    }
}

void SalaryBrowser::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

qint64 SalaryBrowser::rowCount() const
{
    return m_pageModel->totalCount();
}

QList<SalaryRow> SalaryBrowser::nationalRows() const
{
    return m_nationalModel->items();
}

QList<SalaryRow> SalaryBrowser::leadingRows(int count) const
{
    return m_pageModel->rowsAt(0, count);
}

std::optional<QList<SalaryRow>> SalaryBrowser::selectedRows(int max) const
{
    const QModelIndexList national = m_ui->nationalTableView->selectionModel()->selectedRows();
    const QModelIndexList local = m_ui->salariesTableView->selectionModel()->selectedRows();
    if (national.size() + local.size() > max)
        return std::nullopt;
    QList<SalaryRow> rows;
    for (const QModelIndex &index : national)
        rows.append(m_nationalModel->items().at(index.row()));
    QList<int> numbers;
    for (const QModelIndex &index : local)
        numbers.append(index.row());
    std::sort(numbers.begin(), numbers.end());
    for (const int number : std::as_const(numbers)) {
        if (auto row = m_pageModel->rowAt(number))
            rows.append(*row);
    }
    return rows;
}

std::optional<SalaryRow> SalaryBrowser::currentRow() const
{
    QTableView *view = m_lastFocused ? m_lastFocused : m_ui->salariesTableView;
    const QModelIndex index = view->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    if (view == m_ui->nationalTableView) {
        if (index.row() >= m_nationalModel->items().size())
            return std::nullopt;
        return m_nationalModel->items().at(index.row());
    }
    return m_pageModel->rowAt(index.row());
}

QTableView *SalaryBrowser::tableView() const
{
    return m_ui->salariesTableView;
}

QTableView *SalaryBrowser::nationalTableView() const
{
    return m_ui->nationalTableView;
}

} // namespace hirekit
