#pragma once

#include "core/Posting.h"
#include "core/Salary.h"
#include "core/SalaryQuery.h"
#include "gui/SalaryImportDialog.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QToolBar;
class QUndoGroup;

namespace hirekit {

class UndoBar;

class Library;
class SalaryBrowser;
class SalaryChartWidget;
class SalaryCompareWidget;
class CompensationWidget;
class SalaryEditing;

namespace Ui {
class SalariesTab;
}

// The Salaries tab: browse a dataset's rows (SalaryBrowser), chart them, compare cities,
// work out pay with the guide's compensation factors, edit rows and datasets with undo
// (SalaryEditing), and import and export CSV. This class wires those parts to its
// toolbar's actions and asks before what cannot be undone.
class SalariesTab : public QWidget
{
    Q_OBJECT

public:
    // The chart draws at most this many rows of the table (after the national ones).
    static constexpr int ChartRows = 12;
    // Rows one delete may take: each is kept in memory for undo.
    static constexpr int MaxDeleteRows = 10000;

    // Fills a posting's salary fields; returns false when it did not (and said why).
    using PostingSalaryHandler =
        std::function<bool(qint64 postingId, const PayRange &range, const QString &note)>;

    explicit SalariesTab(QWidget *parent = nullptr);
    ~SalariesTab() override;

    // Shows `library`'s salary datasets; nullptr empties the tab. The tab does not own the
    // library, and must get nullptr, or be destroyed, before the library goes away.
    void setLibrary(Library *library);
    // Reads the datasets, the compensation factors and the postings again.
    void reload();

    SalaryBrowser *browser() const;
    SalaryChartWidget *chart() const;
    SalaryCompareWidget *compareWidget();
    CompensationWidget *compensationWidget();
    SalaryEditing *editing() const { return m_editing; }
    // One undo stack per dataset; the active one is the dataset on screen.
    QUndoGroup *undoGroup() const;
    // The tab's actions in toolbar order; nullptr stands for a separator.
    QList<QAction *> salaryActions() const;
    // The import dialog while it is open, for tests.
    SalaryImportDialog *importDialog() const { return m_importDialog; }

    // How "Use in Posting" fills a posting; by default a plain update after asking.
    void setPostingSalaryHandler(PostingSalaryHandler handler);
    bool updatePostingSalary(qint64 postingId, const PayRange &range, const QString &note);

    void addRow();
    void editRow();
    void deleteRows();
    void newDataset();
    void editDataset();
    // Moves the current dataset to the trash; the undo bar brings it back.
    void deleteDataset();
    // Opens the import dialog (not modal to the application: the window stays usable).
    void importCsv();
    void exportDataset();
    void exportFilteredRows();
    void compareSelected();
    // Draws the chart now (it is otherwise drawn when shown).
    void updateChart();

protected:
    void showEvent(QShowEvent *event) override;

signals:
    // An import or the emptying of the dataset trash committed through a connection of its
    // own, on a worker thread.
    void libraryWrittenInBackground();

private:
    void setupActions();
    void emptyTrashInBackground(Library *library);
    void datasetChanged();
    void rowsChanged();
    void updateActions();
    void reloadCompensation();
    void reloadFactors();
    void reloadPostings();
    void showError(const QString &title, const QString &message);
    void exportQuery(const SalaryRowQuery &query, const QString &suggestedName);

    std::unique_ptr<Ui::SalariesTab> m_ui;
    Library *m_library = nullptr;
    SalaryEditing *m_editing = nullptr;
    QToolBar *m_toolBar = nullptr;
    QPointer<SalaryImportDialog> m_importDialog;
    PostingSalaryHandler m_postingHandler;
    // The Compare Cities and Compensation pages, built when first needed.
    SalaryCompareWidget *m_compare = nullptr;
    CompensationWidget *m_compensation = nullptr;
    bool m_chartStale = true;
    bool m_postingsStale = true; // the compensation page's postings need reading
    QAction *m_addRowAction = nullptr;
    QAction *m_editRowAction = nullptr;
    QAction *m_deleteRowsAction = nullptr;
    QAction *m_newDatasetAction = nullptr;
    QAction *m_editDatasetAction = nullptr;
    QAction *m_deleteDatasetAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportDatasetAction = nullptr;
    QAction *m_exportRowsAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    // Creating and deleting whole datasets is undone from this bar, not from a dataset's own
    // undo stack (which is not on screen once its dataset is gone or before it exists).
    UndoBar *m_undoBar = nullptr;
    std::function<void()> m_undoLast;
};

} // namespace hirekit
