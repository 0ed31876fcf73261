#include "gui/SalariesTab.h"

#include "ui_SalariesTab.h"

#include "core/MoneyFormat.h"
#include "gui/CompensationWidget.h"
#include "gui/FileDialogs.h"
#include "gui/LazyPage.h"
#include "gui/MessageBoxes.h"
#include "gui/SalaryBrowser.h"
#include "gui/SalaryChartWidget.h"
#include "gui/SalaryCompareWidget.h"
#include "gui/SalaryEditing.h"
#include "gui/SalaryImportDialog.h"
#include "gui/SalaryRowDialog.h"
#include "gui/TabWidgetSizing.h"
#include "gui/UndoBar.h"
#include "io/SalaryImport.h"
#include "storage/GuideRepository.h"
#include "storage/Library.h"
#include "storage/PostingRepository.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoGroup>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

enum DetailPage
{
    ChartPage,
    ComparePage,
    CompensationPage
};

} // namespace

SalariesTab::SalariesTab(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SalariesTab>())
    , m_editing(new SalaryEditing(this))
    , m_toolBar(new QToolBar(this))
{
    m_ui->setupUi(this);
    sizePagesBeforeTheyShow(m_ui->detailsTabWidget);
    m_toolBar->setObjectName(u"salariesToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_ui->salariesVerticalLayout->insertWidget(0, m_toolBar);
    m_undoBar = new UndoBar(this);
    m_ui->salariesVerticalLayout->insertWidget(1, m_undoBar);
    connect(m_undoBar, &UndoBar::undoRequested, this, [this] {
        if (const auto undo = std::exchange(m_undoLast, {}))
            undo();
    });
    m_ui->salariesSplitter->setStretchFactor(0, 3);
    m_ui->salariesSplitter->setStretchFactor(1, 2);
    m_ui->salariesSplitter->setSizes({ 420, 330 });
    // The detail pages scroll when squeezed; the window's smallest size stays the
    // browser's, not the comparison's or the calculator's.
    m_ui->detailsTabWidget->setMinimumSize(200, 150);
    setupActions();

    SalaryBrowser *browser = m_ui->salaryBrowser;
    connect(browser, &SalaryBrowser::datasetChanged, this, &SalariesTab::datasetChanged);
    connect(browser, &SalaryBrowser::rowsChanged, this, &SalariesTab::rowsChanged);
    connect(browser, &SalaryBrowser::currentRowChanged, this, [this] {
        if (m_compensation)
            m_compensation->setBaseRow(m_ui->salaryBrowser->currentRow());
        updateActions();
    });
    for (QTableView *view : { browser->tableView(), browser->nationalTableView() }) {
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &SalariesTab::updateActions);
    }
    connect(browser, &SalaryBrowser::rowActivated, this, &SalariesTab::editRow);
    connect(m_ui->detailsTabWidget, &QTabWidget::currentChanged, this, [this](int page) {
        if (page == ComparePage)
            compareWidget();
        if (page == CompensationPage)
            compensationWidget();
        if (page == ChartPage && m_chartStale)
            updateChart();
        if (page == CompensationPage && m_postingsStale)
            reloadPostings();
    });

    connect(m_editing, &SalaryEditing::rowsChanged, this,
            [this] { m_ui->salaryBrowser->refresh(); });
    connect(m_editing, &SalaryEditing::datasetChanged, this,
            [this] { m_ui->salaryBrowser->reload(); });
    connect(m_editing, &SalaryEditing::failed, this, [this](const QString &message) {
        showError(tr("Cannot Change Salary Data"), message);
    });
    updateActions();
}

SalariesTab::~SalariesTab()
{
    // An import still running waits for its thread in the dialog's destructor.
    delete m_importDialog;
}

void SalariesTab::setupActions()
{
    const auto make = [this](const QString &text, const QString &name, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        // Shortcuts act in this tab only; the Postings tab has its own.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_addRowAction =
        make(tr("&Add Row…"), u"addSalaryRowAction"_s, tr("Add a row to this dataset"));
    m_addRowAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_editRowAction =
        make(tr("&Edit Row…"), u"editSalaryRowAction"_s, tr("Change the selected row"));
    m_deleteRowsAction = make(tr("&Delete Rows"), u"deleteSalaryRowsAction"_s,
                              tr("Delete the selected rows (undo brings them back)"));
    m_deleteRowsAction->setShortcut(QKeySequence::Delete);
    m_newDatasetAction = make(tr("&New Dataset…"), u"newSalaryDatasetAction"_s,
                              tr("Start an empty dataset of your own salary bands"));
    m_editDatasetAction = make(tr("Dataset &Properties…"), u"editSalaryDatasetAction"_s,
                               tr("Rename this dataset or change its source and year"));
    m_deleteDatasetAction =
        make(tr("Delete Data&set"), u"deleteSalaryDatasetAction"_s,
             tr("Delete this dataset with all its rows (Undo in the bar brings it back)"));
    m_importAction = make(tr("&Import CSV…"), u"importSalaryCsvAction"_s,
                          tr("Import a BLS OEWS wage file or any salary CSV as a new dataset"));
    m_exportDatasetAction = make(tr("E&xport Dataset…"), u"exportSalaryDatasetAction"_s,
                                 tr("Write this dataset as CSV"));
    m_exportRowsAction = make(tr("Export &Filtered Rows…"), u"exportSalaryRowsAction"_s,
                              tr("Write the rows the filters show as CSV"));
    m_compareAction = make(tr("&Compare Selected"), u"compareSalariesAction"_s,
                           tr("Compare the selected rows' cities side by side"));
    m_undoAction = m_editing->undoGroup()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(u"undoSalaryAction"_s);
    m_redoAction = m_editing->undoGroup()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(u"redoSalaryAction"_s);

    connect(m_addRowAction, &QAction::triggered, this, &SalariesTab::addRow);
    connect(m_editRowAction, &QAction::triggered, this, &SalariesTab::editRow);
    connect(m_deleteRowsAction, &QAction::triggered, this, &SalariesTab::deleteRows);
    connect(m_newDatasetAction, &QAction::triggered, this, &SalariesTab::newDataset);
    connect(m_editDatasetAction, &QAction::triggered, this, &SalariesTab::editDataset);
    connect(m_deleteDatasetAction, &QAction::triggered, this, &SalariesTab::deleteDataset);
    connect(m_importAction, &QAction::triggered, this, &SalariesTab::importCsv);
    connect(m_exportDatasetAction, &QAction::triggered, this, &SalariesTab::exportDataset);
    connect(m_exportRowsAction, &QAction::triggered, this, &SalariesTab::exportFilteredRows);
    connect(m_compareAction, &QAction::triggered, this, &SalariesTab::compareSelected);

    const QList<QAction *> actions = salaryActions();
    for (QAction *action : actions) {
        if (action)
            m_toolBar->addAction(action);
        else
            m_toolBar->addSeparator();
    }
}

QList<QAction *> SalariesTab::salaryActions() const
{
    return { m_importAction,
             m_exportDatasetAction,
             m_exportRowsAction,
             nullptr,
             m_newDatasetAction,
             m_editDatasetAction,
             m_deleteDatasetAction,
             nullptr,
             m_addRowAction,
             m_editRowAction,
             m_deleteRowsAction,
             nullptr,
             m_undoAction,
             m_redoAction,
             nullptr,
             m_compareAction };
}

SalaryBrowser *SalariesTab::browser() const
{
    return m_ui->salaryBrowser;
}

SalaryChartWidget *SalariesTab::chart() const
{
    return m_ui->salaryChartWidget;
}

// Built when the Compare Cities page is first shown or asked for: it fills its city boxes
// with every area of the dataset, work the Salaries tab need not do before that page is seen.
SalaryCompareWidget *SalariesTab::compareWidget()
{
    if (!m_compare) {
        m_compare = makeLazyPage<SalaryCompareWidget>(m_ui->compareScrollContents,
                                                      u"salaryCompareWidget"_s);
        m_compare->setDataset(m_library, m_ui->salaryBrowser->summary());
    }
    return m_compare;
}

// Built when the Compensation page is first shown or asked for, like the comparison.
CompensationWidget *SalariesTab::compensationWidget()
{
    if (!m_compensation) {
        m_compensation = makeLazyPage<CompensationWidget>(m_ui->compensationScrollContents,
                                                          u"compensationWidget"_s);
        connect(m_compensation, &CompensationWidget::useInPostingRequested, this,
                &SalariesTab::updatePostingSalary);
        reloadFactors();
        m_compensation->setBaseRow(m_ui->salaryBrowser->currentRow());
        m_postingsStale = true;
    }
    return m_compensation;
}

QUndoGroup *SalariesTab::undoGroup() const
{
    return m_editing->undoGroup();
}

void SalariesTab::setLibrary(Library *library)
{
    // An import writes to the old library through its own connection; let it finish
    // cancelled before the library goes.
    delete m_importDialog;
    m_library = library;
    m_undoLast = {};
    m_undoBar->hide();
    emptyTrashInBackground(library);
    m_editing->setLibrary(library);
    m_ui->salaryBrowser->setLibrary(library); // reads the datasets and shows one
    reloadCompensation();
}

void SalariesTab::reload()
{
    m_ui->salaryBrowser->reload();
    reloadCompensation();
}

// What the Compensation page shows besides the row chosen: the guide's factors at once, the
// postings when the page is next shown.
void SalariesTab::reloadCompensation()
{
    if (m_compensation)
        reloadFactors();
    m_postingsStale = true;
    if (isVisible() && m_ui->detailsTabWidget->currentIndex() == CompensationPage)
        reloadPostings();
}

void SalariesTab::reloadFactors()
{
    QList<CompensationFactor> factors;
    if (m_library) {
        if (auto found = GuideRepository(m_library->database()).compensationFactors())
            factors = std::move(found).value();
    }
    m_compensation->setFactors(factors);
}

// The postings a range can be used in, read when the Compensation page is shown: a library
// may hold thousands, and nothing else on this tab needs them.
void SalariesTab::reloadPostings()
{
    m_postingsStale = false;
    QList<Named> postings;
    if (m_library) {
        if (auto found = PostingRepository(m_library->database()).titles())
            postings = std::move(found).value();
    }
    compensationWidget()->setPostings(postings);
}

void SalariesTab::showEvent(QShowEvent *event)
{
    // Postings may have come and gone on the Postings tab meanwhile.
    m_postingsStale = true;
    if (m_ui->detailsTabWidget->currentIndex() == CompensationPage)
        reloadPostings();
    QWidget::showEvent(event);
    if (m_chartStale && m_ui->detailsTabWidget->currentIndex() == ChartPage)
        updateChart();
}

void SalariesTab::datasetChanged()
{
    const auto dataset = m_ui->salaryBrowser->currentDataset();
    m_editing->setCurrentDataset(dataset ? dataset->id : 0);
    if (m_compare)
        m_compare->setDataset(m_library, m_ui->salaryBrowser->summary());
    if (m_compensation)
        m_compensation->setBaseRow(std::nullopt);
    updateActions();
}

void SalariesTab::rowsChanged()
{
    // The chart is drawn only when seen: typing in a filter redraws the table alone.
    m_chartStale = true;
    if (m_ui->detailsTabWidget->currentIndex() == ChartPage && isVisible())
        updateChart();
    updateActions();
}

void SalariesTab::updateChart()
{
    m_chartStale = false;
    SalaryBrowser *browser = m_ui->salaryBrowser;
    const auto selected = browser->selectedRows(ChartRows);
    const bool useSelection = selected && selected->size() >= 2;
    QList<SalaryRow> rows = useSelection ? *selected : browser->nationalRows();
    if (!useSelection)
        rows += browser->leadingRows(ChartRows);
    if (rows.isEmpty()) {
        m_ui->salaryChartWidget->clear(browser->currentDataset() ? tr("No rows match the filters.")
                                                                 : QString());
        return;
    }
    // Labels name what differs between the rows drawn: the area, and the role or level
    // when those vary too.
    const auto varies = [&rows](auto value) {
        return std::any_of(rows.cbegin(), rows.cend(),
                           [&](const SalaryRow &row) { return value(row) != value(rows.first()); });
    };
    const bool areas = varies([](const SalaryRow &row) { return row.area; });
    const bool roles = varies([](const SalaryRow &row) { return row.role; });
    const bool levels = varies([](const SalaryRow &row) { return toKey(row.level); });
    // Levels (or roles) that vary are groups side by side within an area, when areas vary
    // too; otherwise each row is a category of its own.
    const bool byLevel = areas && levels && !roles;
    const bool byRole = areas && roles && !levels;
    QStringList labels;
    QStringList groups;
    for (const SalaryRow &row : std::as_const(rows)) {
        QStringList parts;
        if (areas || (!roles && !levels))
            parts.append(row.area);
        if (roles && !byRole)
            parts.append(row.role);
        if (levels && !byLevel)
            parts.append(row.level ? displayName(*row.level) : tr("any level"));
        labels.append(parts.join(u'\n'));
        if (byLevel)
            groups.append(row.level ? displayName(*row.level) : tr("Any level"));
        else if (byRole)
            groups.append(row.role);
    }
    const QLocale locale;
    QString caption;
    if (useSelection)
        caption = tr("The %n selected rows", nullptr, int(rows.size()));
    else if (browser->rowCount() <= ChartRows)
        caption = tr("All %n rows", nullptr, int(browser->rowCount()));
    else
        caption = tr("The first %1 of %2 rows (select rows to chart those)")
                      .arg(locale.toString(ChartRows), locale.toString(browser->rowCount()));
    if (!roles)
        caption = tr("%1: %2").arg(rows.first().role, caption);
    const bool percentiles = std::any_of(rows.cbegin(), rows.cend(),
                                         [](const SalaryRow &row) { return row.p25 && row.p75; });
    caption += u". "_s
        + (percentiles ? tr("Whiskers at p10 and p90, the box from p25 to p75, a line at the "
                            "median; national rows in grey.")
                       : tr("Bars from min to max."));
    m_ui->salaryChartWidget->setRows(rows, labels, caption, groups);
}

void SalariesTab::updateActions()
{
    const auto dataset = m_ui->salaryBrowser->currentDataset();
    const bool hasDataset = m_library && dataset;
    const bool importing = m_importDialog && m_importDialog->isImporting();
    const int selected =
        int(m_ui->salaryBrowser->tableView()->selectionModel()->selectedRows().size()
            + m_ui->salaryBrowser->nationalTableView()->selectionModel()->selectedRows().size());
    m_addRowAction->setEnabled(hasDataset && !importing);
    m_editRowAction->setEnabled(hasDataset && !importing && m_ui->salaryBrowser->currentRow());
    m_deleteRowsAction->setEnabled(hasDataset && !importing && selected > 0);
    m_newDatasetAction->setEnabled(m_library && !importing);
    m_editDatasetAction->setEnabled(hasDataset && !importing);
    // The hiring guide's table comes with every library; it can be edited, not deleted.
    m_deleteDatasetAction->setEnabled(hasDataset && !importing && !dataset->isBuiltin);
    m_importAction->setEnabled(m_library && !m_importDialog);
    m_exportDatasetAction->setEnabled(hasDataset);
    m_exportRowsAction->setEnabled(hasDataset && m_ui->salaryBrowser->rowCount() > 0);
    m_compareAction->setEnabled(hasDataset && selected >= 2);
}

void SalariesTab::showError(const QString &title, const QString &message)
{
    MessageBoxes::critical(this, title, message);
}

void SalariesTab::addRow()
{
    const auto dataset = m_ui->salaryBrowser->currentDataset();
    if (!m_library || !dataset)
        return;
    SalaryRowDialog dialog(this);
    dialog.setWindowTitle(tr("Add Salary Row"));
    const SalaryDatasetSummary &summary = m_ui->salaryBrowser->summary();
    dialog.setCompletions(summary.localAreas() + summary.nationalAreas, summary.roleNames());
    // Start from the row in focus: a new row is most often a sibling of one on screen.
    if (auto current = m_ui->salaryBrowser->currentRow()) {
        SalaryRow start = *current;
        start.id = 0;
        dialog.setRow(start);
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto added = m_editing->addRow(dataset->id, dialog.row()); !added)
        showError(tr("Cannot Add Row"), added.error());
}

void SalariesTab::editRow()
{
    const auto dataset = m_ui->salaryBrowser->currentDataset();
    const auto current = m_ui->salaryBrowser->currentRow();
    if (!m_library || !dataset || !current)
        return;
    SalaryRowDialog dialog(this);
    dialog.setWindowTitle(tr("Edit Salary Row"));
    const SalaryDatasetSummary &summary = m_ui->salaryBrowser->summary();
    dialog.setCompletions(summary.localAreas() + summary.nationalAreas, summary.roleNames());
    dialog.setRow(*current);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto changed = m_editing->changeRow(dataset->id, *current, dialog.row()); !changed)
        showError(tr("Cannot Change Row"), changed.error());
}

void SalariesTab::deleteRows()
{
    const auto dataset = m_ui->salaryBrowser->currentDataset();
    if (!m_library || !dataset)
        return;
    const auto rows = m_ui->salaryBrowser->selectedRows(MaxDeleteRows);
    if (!rows) {
        showError(tr("Cannot Delete Rows"),
                  tr("At most %1 rows can be deleted at once. Select fewer rows, or delete the "
                     "whole dataset.")
                      .arg(QLocale().toString(MaxDeleteRows)));
        return;
    }
    if (auto deleted = m_editing->deleteRows(dataset->id, *rows); !deleted)
        showError(tr("Cannot Delete Rows"), deleted.error());
}

void SalariesTab::importCsv()
{
    if (!m_library || m_importDialog)
        return;
    m_importDialog = new SalaryImportDialog(m_library->path(), this);
    m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_importDialog, &SalaryImportDialog::imported, this, [this](qint64 datasetId) {
        m_ui->salaryBrowser->reload(datasetId);
        updateActions();
        emit libraryWrittenInBackground();
    });
    connect(m_importDialog, &SalaryImportDialog::runningChanged, this, &SalariesTab::updateActions);
    // destroyed() comes from ~QObject, when the dialog is no longer a SalaryImportDialog:
    // forget it before anything looks at it through the pointer.
    connect(m_importDialog, &QObject::destroyed, this, [this] {
        m_importDialog = nullptr;
        updateActions();
    });
    updateActions();
    m_importDialog->open();
}

void SalariesTab::exportQuery(const SalaryRowQuery &query, const QString &suggestedName)
{
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = FileDialogs::getSaveFileName(this, tr("Export Salaries"),
                                                QDir(directory).filePath(suggestedName),
                                                tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".csv"_s;
    if (auto written = exportSalaryCsv(m_library->database(), query, path); !written)
        showError(tr("Cannot Export Salaries"), written.error());
}

void SalariesTab::exportDataset()
{
    const auto dataset = m_ui->salaryBrowser->currentDataset();
    if (!m_library || !dataset)
        return;
    SalaryRowQuery query;
    query.datasetId = dataset->id;
    exportQuery(query, dataset->name + u".csv"_s);
}

void SalariesTab::exportFilteredRows()
{
    const auto dataset = m_ui->salaryBrowser->currentDataset();
    if (!m_library || !dataset)
        return;
    // What the tab shows: the national reference rows and the table's rows, in its order.
    SalaryRowQuery query = m_ui->salaryBrowser->currentQuery();
    if (query.areas)
        *query.areas += m_ui->salaryBrowser->summary().referenceAreas();
    query.excludedAreas.clear();
    exportQuery(query, tr("%1 (filtered).csv").arg(dataset->name));
}

void SalariesTab::compareSelected()
{
    const auto rows = m_ui->salaryBrowser->selectedRows(SalaryCompareWidget::MaxCities * 4);
    if (!rows || rows->isEmpty())
        return;
    QStringList areas;
    for (const SalaryRow &row : *rows) {
        if (!row.isNational && !areas.contains(row.area)
            && areas.size() < SalaryCompareWidget::MaxCities) {
            areas.append(row.area);
        }
    }
    const SalaryRow &first =
        rows->first().isNational && rows->size() > 1 ? rows->at(1) : rows->first();
    compareWidget()->compare(first.role, first.level, areas);
    m_ui->detailsTabWidget->setCurrentIndex(ComparePage);
}

void SalariesTab::setPostingSalaryHandler(PostingSalaryHandler handler)
{
    m_postingHandler = std::move(handler);
}

bool SalariesTab::updatePostingSalary(qint64 postingId, const PayRange &range,
                                      [[maybe_unused]] const QString &note)
{
    if (m_postingHandler)
        return m_postingHandler(postingId, range, note);
    if (!m_library)
        return false;
    // Without the Postings tab's undo at hand: ask, then write the posting directly.
    PostingRepository repository(m_library->database());
    auto posting = repository.load(postingId);
    if (!posting) {
        showError(tr("Cannot Use in Posting"), posting.error());
        return false;
    }
    const QString before = MoneyFormat::range(posting->salary.min, posting->salary.max,
                                              posting->salary.currency, posting->salary.period);
    const QString after = MoneyFormat::range(range.min, range.max, range.currency, range.period);
    const auto answer = MessageBoxes::question(
        this, tr("Use in Posting"),
        tr("Set the salary of \"%1\" to %2 (now %3)?").arg(posting->title, after, before),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return false;
    posting->salary = range;
    if (auto updated = repository.update(*posting); !updated) {
        showError(tr("Cannot Use in Posting"), updated.error());
        return false;
    }
    return true;
}

} // namespace hirekit
