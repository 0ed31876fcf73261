#pragma once

#include "core/Result.h"
#include "core/Salary.h"
#include "gui/SalaryChartPlot.h"

#include <QList>
#include <QSize>
#include <QStringList>
#include <QWidget>

class QLabel;
class QToolButton;

namespace hirekit {

// One salary chart: a box plot per row where rows have percentiles (whiskers p10 and p90,
// the box p25 to p75, a line at the median) or a floating bar per row where they have a
// min–max band, on a money axis; a caption says what is drawn, and Export PNG writes the
// picture. Used for the filtered rows of the Salaries tab and for the city comparison.
// The chart itself is drawn by a plugin (SalaryChartPlot.h), loaded when a chart is first
// seen or exported; where it cannot be loaded, the widget says why.
class SalaryChartWidget : public QWidget
{
    Q_OBJECT

public:
    // The picture's size when the chart is not on screen (or too small) to export.
    static constexpr QSize DefaultExportSize { 1200, 700 };

    explicit SalaryChartWidget(QWidget *parent = nullptr);
    ~SalaryChartWidget() override;

    // Draws `rows` in order, each labelled by the matching entry of `labels` (lines joined
    // by "\n"). With `groups` (one name per row, e.g. the level), rows of one label share a
    // category and each group is a series of its own, side by side and named in a legend,
    // when the rows allow it (each group covers the first categories in order).
    void setRows(const QList<SalaryRow> &rows, const QStringList &labels, const QString &caption,
                 const QStringList &groups = {});
    // Empties the chart and says why (no rows, no figures).
    void clear(const QString &message);

    const QList<SalaryRow> &rows() const { return m_rows; }
    QString caption() const;
    // True when the chart draws boxes (percentiles, or rows side by side in groups), false
    // for floating bars (bands) or nothing.
    bool drawsBoxes() const { return m_boxes || grouped(); }

    // A label short enough for an axis: "Seattle-Tacoma-Bellevue, WA" → "Seattle, WA" (the
    // first city and state of a BLS metro title); short names stay as they are.
    static QString shortLabel(const QString &label);

    // Writes the chart as a PNG picture to `path`, with the caption as its title.
    Status exportPng(const QString &path) const;
    // Asks where to and exports; errors are shown in a message box.
    void exportWithDialog();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Draws the current rows when the widget is on screen; otherwise when it shows (Qt Charts
    // lays out a chart made while hidden at a size it keeps too small).
    void showChart();
    // Makes the view on first need; false (and the reason shown) without the plugin.
    bool ensurePlot();
    // What the plugin draws for the current rows.
    SalaryChartData chartData() const;
    bool grouped() const;
    // What a box or bar stands for, shown when the pointer rests on it.
    QString describe(qsizetype index) const;

    QLabel *m_captionLabel = nullptr;
    QToolButton *m_exportButton = nullptr;
    // Holds the plugin's view, or the reason there is none.
    QWidget *m_plotArea = nullptr;
    SalaryChartPlot *m_plot = nullptr;
    QList<SalaryRow> m_rows;
    QStringList m_labels;
    QStringList m_groups;
    bool m_boxes = false;
    bool m_drawPending = false;
};

} // namespace hirekit
