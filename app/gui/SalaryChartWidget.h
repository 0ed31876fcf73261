#pragma once

#include "core/Result.h"
#include "core/Salary.h"

#include <QList>
#include <QSize>
#include <QStringList>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QToolButton;

namespace hirekit {

// One salary chart: a box plot per row where rows have percentiles (whiskers p10 and p90,
// the box p25 to p75, a line at the median) or a floating bar per row where they have a
// min–max band, on a money axis; a caption says what is drawn, and Export PNG writes the
// picture. Used for the filtered rows of the Salaries tab and for the city comparison.
class SalaryChartWidget : public QWidget
{
    Q_OBJECT

public:
    // The picture's size when the chart is not on screen (or too small) to export.
    static constexpr QSize DefaultExportSize { 1200, 700 };

    explicit SalaryChartWidget(QWidget *parent = nullptr);
    ~SalaryChartWidget() override;

    // Draws `rows` in order, each labelled by the matching entry of `labels`.
    void setRows(const QList<SalaryRow> &rows, const QStringList &labels, const QString &caption);
    // Empties the chart and says why (no rows, no figures).
    void clear(const QString &message);

    const QList<SalaryRow> &rows() const { return m_rows; }
    QString caption() const;
    // True when the chart draws boxes (percentiles), false for bands or nothing.
    bool drawsBoxes() const { return m_boxes; }

    // Writes the chart as a PNG picture to `path`.
    Status exportPng(const QString &path) const;
    // Asks where to and exports; errors are shown in a message box.
    void exportWithDialog();

private:
    // A new chart of the current rows, for the view or for an export.
    QChart *buildChart() const;

    QLabel *m_captionLabel = nullptr;
    QToolButton *m_exportButton = nullptr;
    QChartView *m_view = nullptr;
    QList<SalaryRow> m_rows;
    QStringList m_labels;
    bool m_boxes = false;
};

} // namespace hirekit
