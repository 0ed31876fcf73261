#pragma once

#include "core/Salary.h"
#include "core/SalaryQuery.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;

namespace hirekit {

class Library;
class SalaryChartWidget;

namespace Ui {
class SalaryCompareWidget;
}

// Two to four cities side by side for one role and level: a box plot (or range bars) per
// city, with the national row as a grey reference when the dataset has one, and the
// figures beside the picture, each city's median also as a difference to the first city's.
class SalaryCompareWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxCities = 4;

    explicit SalaryCompareWidget(QWidget *parent = nullptr);
    ~SalaryCompareWidget() override;

    // Where the rows come from: `library`'s dataset that `summary` describes.
    void setDataset(Library *library, const SalaryDatasetSummary &summary);
    // Compares `areas` (up to MaxCities) for `role` at `level` (nullopt: any level).
    void compare(const QString &role, std::optional<Level> level, const QStringList &areas);

    QString role() const;
    std::optional<Level> level() const;
    QStringList areas() const;
    // The rows compared, in city order; the national reference, if any, last.
    const QList<SalaryRow> &comparedRows() const { return m_rows; }
    SalaryChartWidget *chart() const;

private:
    void refresh();
    void fillTable(const QList<SalaryRow> &rows, const QStringList &names);
    QList<QComboBox *> cityBoxes() const;

    std::unique_ptr<Ui::SalaryCompareWidget> m_ui;
    Library *m_library = nullptr;
    SalaryDatasetSummary m_summary;
    QList<SalaryRow> m_rows;
    bool m_filling = false;
};

} // namespace hirekit
