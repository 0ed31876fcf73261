#include "SalaryChartsPlugin.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QChartView>
#include <QHash>
#include <QStackedBarSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

// A Qt Charts view of SalaryChartData: box plots, one series per group, or floating bars.
class SalaryChartView : public QChartView, public SalaryChartPlot
{
public:
    explicit SalaryChartView(QWidget *parent)
        : QChartView(parent)
    {
        setObjectName(u"salaryChartView"_s);
        setRenderHint(QPainter::Antialiasing);
        setMinimumHeight(120);
        // QChartView starts with an empty chart of its own; the first draw() replaces it.
    }

    QWidget *widget() override { return this; }

    void draw(const SalaryChartData &picture) override
    {
        m_descriptions.clear();
        m_itemOfSet.clear();
        setToolTip(QString());
        QChart *old = chart();
        setChart(build(picture));
        delete old;
    }

private:
    QChart *build(const SalaryChartData &picture)
    {
        auto *chart = new QChart;
        chart->legend()->hide();
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->setMargins(QMargins(4, 4, 4, 4));
        chart->setTitle(picture.title);
        if (picture.isEmpty())
            return chart;
        for (const SalaryChartItem &item : picture.items)
            m_descriptions.append(item.description);
        if (picture.boxes || picture.grouped)
            addBoxes(chart, picture);
        else
            addBars(chart, picture);

        auto *categoryAxis = new QBarCategoryAxis;
        categoryAxis->append(picture.categories);
        if (picture.categories.size() > 8)
            categoryAxis->setLabelsAngle(-40);
        chart->addAxis(categoryAxis, Qt::AlignBottom);
        auto *moneyAxis = new QValueAxis;
        moneyAxis->setRange(picture.axisMin, picture.axisMax);
        moneyAxis->applyNiceNumbers();
        moneyAxis->setLabelFormat(picture.axisLabelFormat);
        chart->addAxis(moneyAxis, Qt::AlignLeft);
        const QList<QAbstractSeries *> series = chart->series();
        for (QAbstractSeries *each : series) {
            each->attachAxis(categoryAxis);
            each->attachAxis(moneyAxis);
        }
        return chart;
    }

    void addBoxes(QChart *chart, const SalaryChartData &picture)
    {
        QHash<QString, QBoxPlotSeries *> seriesOfGroup;
        QList<QBoxPlotSeries *> allSeries;
        for (qsizetype i = 0; i < picture.items.size(); ++i) {
            const SalaryChartItem &item = picture.items.at(i);
            QBoxPlotSeries *&series = seriesOfGroup[item.group];
            if (!series) {
                series = new QBoxPlotSeries;
                series->setName(item.group);
                allSeries.append(series);
                // The axis has short names; resting on a box tells the whole row.
                connect(series, &QBoxPlotSeries::hovered, this, [this](bool on, QBoxSet *set) {
                    setToolTip(on ? m_descriptions.value(m_itemOfSet.value(set, -1)) : QString());
                });
            }
            auto *set = new QBoxSet(item.label);
            set->setValue(QBoxSet::LowerExtreme, item.values[0]);
            set->setValue(QBoxSet::LowerQuartile, item.values[1]);
            set->setValue(QBoxSet::Median, item.values[2]);
            set->setValue(QBoxSet::UpperQuartile, item.values[3]);
            set->setValue(QBoxSet::UpperExtreme, item.values[4]);
            if (item.color.isValid())
                set->setBrush(item.color);
            series->append(set);
            m_itemOfSet.insert(set, i);
        }
        for (QBoxPlotSeries *series : std::as_const(allSeries)) {
            series->setBoxWidth(picture.categories.size() <= 4 ? 0.4 : 0.7);
            chart->addSeries(series);
        }
        if (picture.grouped) {
            chart->legend()->setAlignment(Qt::AlignTop);
            chart->legend()->show();
        }
    }

    // Floating bars: an invisible bar up to the band's start, a visible one over the band.
    void addBars(QChart *chart, const SalaryChartData &picture)
    {
        auto *series = new QStackedBarSeries;
        auto *base = new QBarSet(QString());
        auto *band = new QBarSet(picture.bandName);
        base->setColor(Qt::transparent);
        base->setBorderColor(Qt::transparent);
        band->setColor(picture.bandColor);
        for (const SalaryChartItem &item : picture.items) {
            base->append(item.values[1]);
            band->append(item.values[3] - item.values[1]);
        }
        series->append(base);
        series->append(band);
        series->setBarWidth(picture.items.size() <= 4 ? 0.4 : 0.6);
        chart->addSeries(series);
        connect(series, &QStackedBarSeries::hovered, this, [this](bool on, int index) {
            setToolTip(on ? m_descriptions.value(index) : QString());
        });
    }

    QStringList m_descriptions;
    QHash<const QBoxSet *, qsizetype> m_itemOfSet;
};

} // namespace

SalaryChartPlot *SalaryChartsPlugin::createPlot(QWidget *parent) const
{
    return new SalaryChartView(parent);
}

} // namespace hirekit
