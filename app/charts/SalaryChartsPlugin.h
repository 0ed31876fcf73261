#pragma once

#include "gui/SalaryChartPlot.h"

#include <QObject>

namespace hirekit {

// The plugin that draws salary charts with Qt Charts (loaded by gui/Plugins on demand).
class SalaryChartsPlugin : public QObject, public SalaryChartPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID HIREKIT_SALARY_CHART_PLUGIN_IID)
    Q_INTERFACES(hirekit::SalaryChartPlugin)

public:
    SalaryChartPlot *createPlot(QWidget *parent) const override;
};

} // namespace hirekit
