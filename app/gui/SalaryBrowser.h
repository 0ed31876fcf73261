#pragma once

#include "core/Salary.h"
#include "core/SalaryQuery.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QStringListModel;
class QTableView;
class QTimer;

namespace hirekit {

class Library;
class SalaryPageModel;
class SalaryRowPager;
class SalarySortJob;
class SalaryTableModel;

namespace Ui {
class SalaryBrowser;
}

// The browsing half of the Salaries tab: the dataset chooser with its source, the area,
// role and level filters, the national reference rows and the table of the other rows.
// Fast on a million rows: typed text is matched against the dataset's distinct areas and
// roles in memory (a few hundred), the library is asked for exact lists of them, counts
// come from the dataset's summary where it can answer, and the table (SalaryPageModel)
// reads a page of 256 rows when it first shows one. Typing refreshes after a short pause.
class SalaryBrowser : public QWidget
{
    Q_OBJECT

public:
    // The pause after the last keystroke in a filter before the rows are read again.
    static constexpr int FilterDelayMs = 120;

    explicit SalaryBrowser(QWidget *parent = nullptr);
    ~SalaryBrowser() override;

    // Shows `library`'s datasets; nullptr empties the browser. Not owned.
    void setLibrary(Library *library);
    // Reads the datasets again, keeping the chosen dataset (or choosing `datasetId`).
    void reload(qint64 datasetId = 0);
    // Reads the current dataset's summary and rows again (after edits), keeping filters
    // and scroll position.
    void refresh();
    // Applies the filters now instead of after the pause (tests, benchmarks).
    void applyFiltersNow();
    // From how many rows a sort that no index gives (a figure, the level) is read on a
    // worker thread while the table keeps its rows; 20,000 unless tests say otherwise.
    void setBackgroundSortFrom(qint64 rows) { m_backgroundSortFrom = rows; }
    // True while such a sort is being read.
    bool isSorting() const { return m_sortingPager != nullptr; }

    std::optional<SalaryDataset> currentDataset() const;
    const QList<SalaryDataset> &datasets() const { return m_datasets; }
    const SalaryDatasetSummary &summary() const { return m_summary; }
    // The query of the main table as the filters and the sort order make it.
    SalaryRowQuery currentQuery() const;
    // The rows the main table shows (not the national ones).
    qint64 rowCount() const;
    // The national reference rows shown.
    QList<SalaryRow> nationalRows() const;
    // The first `count` rows of the main table, in its order.
    QList<SalaryRow> leadingRows(int count) const;
    // Selected rows of both tables, national first, at most `max`; nullopt when more are
    // selected (then nothing is read).
    std::optional<QList<SalaryRow>> selectedRows(int max) const;
    // The row with the keyboard focus (in the table focused last), if any.
    std::optional<SalaryRow> currentRow() const;

    QTableView *tableView() const;
    QTableView *nationalTableView() const;
    SalaryPageModel *pageModel() const { return m_pageModel; }

signals:
    // Another dataset is shown (or the datasets were read again).
    void datasetChanged();
    // The rows were read again: filters, sort order, edits.
    void rowsChanged();
    void currentRowChanged();
    // A row was double-clicked or Enter was pressed on it.
    void rowActivated();

private:
    void showError(const QString &message);
    void loadDataset();
    void refreshRows();
    void sortRead(int run, const QList<qint64> &ids, const QString &error);
    void refreshNationalRows(const SalaryRowQuery &query);
    // The areas the main table lists (and the area filter completes).
    QStringList tableAreas() const;
    void updateColumns();
    void updateCount();
    void syncNationalColumns();
    void fitColumns();

    std::unique_ptr<Ui::SalaryBrowser> m_ui;
    Library *m_library = nullptr;
    QList<SalaryDataset> m_datasets;
    SalaryDatasetSummary m_summary;
    SalaryPageModel *m_pageModel = nullptr;
    SalaryTableModel *m_nationalModel = nullptr;
    QStringListModel *m_areasModel = nullptr;
    QStringListModel *m_rolesModel = nullptr;
    QTimer *m_filterTimer = nullptr;
    QTableView *m_lastFocused = nullptr;
    SalarySortJob *m_sortJob = nullptr;
    int m_sortRun = 0; // the sort run whose ids m_sortingPager waits for
    std::shared_ptr<SalaryRowPager> m_sortingPager;
    qint64 m_backgroundSortFrom = 20000;
    std::optional<int> m_scrollAfterSort; // where refresh() found the table, for its rows
};

} // namespace hirekit
