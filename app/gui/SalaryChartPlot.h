#pragma once

// The salary chart's drawing, which lives in a plugin (app/charts): Qt Charts and the OpenGL
// libraries it brings cost every start about a millisecond to load, and only the Salaries
// tab shows a chart. SalaryChartWidget works out what to draw as plain values and loads the
// plugin (Plugins.h) the first time a chart is seen or exported. The interface's id below
// changes with any change to this file, so that an older plugin is refused.

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtPlugin>

#include <array>

class QWidget;

namespace hirekit {

// One box or bar of a salary chart.
struct SalaryChartItem
{
    // The row it stands for, as the table names it.
    QString label;
    // Whiskers, box and median: p10, p25, median, p75, p90 (a band's bar is p25 to p75).
    std::array<double, 5> values {};
    // Boxes only: the series it belongs to when the chart is grouped, else empty.
    QString group;
    // The box's fill; invalid for the series' own colour.
    QColor color;
    // Shown when the pointer rests on the box or bar.
    QString description;
};

// What a chart shows, worked out by SalaryChartWidget.
struct SalaryChartData
{
    QList<SalaryChartItem> items;
    // The category axis, one per item, or one per distinct label when grouped.
    QStringList categories;
    bool boxes = false;
    bool grouped = false;
    double axisMin = 0;
    double axisMax = 0;
    // printf-style, as QValueAxis::setLabelFormat takes it.
    QString axisLabelFormat;
    // Floating bars: their colour and their name.
    QColor bandColor;
    QString bandName;
    // Drawn above the chart (exported pictures); empty for none.
    QString title;

    bool isEmpty() const { return items.isEmpty(); }
};

// A chart view made by the plugin.
class SalaryChartPlot
{
public:
    virtual ~SalaryChartPlot() = default;
    // The view itself, a child of the parent it was made with.
    virtual QWidget *widget() = 0;
    // Replaces what the view shows; empty data leaves an empty chart.
    virtual void draw(const SalaryChartData &picture) = 0;
};

// The plugin's entry point.
class SalaryChartPlugin
{
public:
    virtual ~SalaryChartPlugin() = default;
    virtual SalaryChartPlot *createPlot(QWidget *parent) const = 0;
};

} // namespace hirekit

#define HIREKIT_SALARY_CHART_PLUGIN_IID "org.hirekit.SalaryChartPlugin/2"
Q_DECLARE_INTERFACE(hirekit::SalaryChartPlugin, HIREKIT_SALARY_CHART_PLUGIN_IID)
