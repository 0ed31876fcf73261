#pragma once

#include "core/Salary.h"

#include <QList>
#include <QWidget>

#include <memory>

class QStringListModel;

namespace hirekit {

class Library;
class SalarySortProxyModel;
class SalaryTableModel;

namespace Ui {
class SalariesTab;
}

// The Salaries tab: one dataset's rows in a sortable table, narrowed by area, role and
// level. National rows stay on top as a reference whatever the area filter says.
class SalariesTab : public QWidget
{
    Q_OBJECT

public:
    explicit SalariesTab(QWidget *parent = nullptr);
    ~SalariesTab() override;

    // Shows `library`'s salary datasets; nullptr empties the tab. The tab does not own the
    // library, and must get nullptr before the library goes away.
    void setLibrary(Library *library);
    // Reads the datasets again, keeping the chosen dataset and filters where possible.
    void reload();

    // The rows of `rows` that pass the filters; national rows ignore the area filter.
    static QList<SalaryRow> filtered(const QList<SalaryRow> &rows, const SalaryFilter &filter);

private:
    void showError(const QString &message);
    void loadDataset();
    void applyFilters();
    void updateColumns();

    std::unique_ptr<Ui::SalariesTab> m_ui;
    Library *m_library = nullptr;
    QList<SalaryDataset> m_datasets;
    QList<SalaryRow> m_datasetRows; // every row of the current dataset, unfiltered
    SalaryTableModel *m_model = nullptr;
    SalarySortProxyModel *m_proxy = nullptr;
    QStringListModel *m_areasModel = nullptr;
};

} // namespace hirekit
