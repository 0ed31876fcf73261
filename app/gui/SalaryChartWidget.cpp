#include "gui/SalaryChartWidget.h"

#include "core/MoneyFormat.h"
#include "gui/FileDialogs.h"
#include "gui/MessageBoxes.h"
#include "gui/Plugins.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

// The five values of a box: whiskers at p10 and p90, the box from p25 to p75, the median
// inside. Missing percentiles fall back on their neighbours, so a row with p25–p75 only
// still gets a box; a band-only row is drawn as a plain box from min to max.
std::optional<std::array<double, 5>> boxValues(const SalaryRow &row)
{
    const std::optional<double> low = row.p25 ? row.p25 : row.min;
    const std::optional<double> high = row.p75 ? row.p75 : row.max;
    if (!low || !high)
        return std::nullopt;
    // Without a median the line sits on the box's lower edge, where it draws nothing: a
    // band has no middle to show.
    const double median = row.median.value_or(*low);
    return std::array<double, 5> { row.p10.value_or(*low), *low, median, *high,
                                   row.p90.value_or(*high) };
}

bool hasPercentiles(const SalaryRow &row)
{
    return row.p25 && row.p75;
}

} // namespace

SalaryChartWidget::SalaryChartWidget(QWidget *parent)
    : QWidget(parent)
    , m_captionLabel(new QLabel(this))
    , m_exportButton(new QToolButton(this))
    , m_plotArea(new QWidget(this))
{
    m_captionLabel->setObjectName(u"chartCaptionLabel"_s);
    m_captionLabel->setWordWrap(true);
    m_captionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportButton->setObjectName(u"exportChartToolButton"_s);
    m_exportButton->setText(tr("Export PNG…"));
    m_exportButton->setToolTip(tr("Save this chart as a PNG picture"));
    m_exportButton->setEnabled(false);
    m_plotArea->setObjectName(u"chartAreaWidget"_s);
    m_plotArea->setMinimumHeight(120);
    auto *area = new QVBoxLayout(m_plotArea);
    area->setContentsMargins(0, 0, 0, 0);

    auto *header = new QHBoxLayout;
    header->addWidget(m_captionLabel, 1);
    header->addWidget(m_exportButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_plotArea, 1);

    connect(m_exportButton, &QToolButton::clicked, this, &SalaryChartWidget::exportWithDialog);
    clear(QString());
    // The Salaries tab shows its chart in its first frame: the plugin's libraries load on the
    // other core meanwhile.
    Plugins::loadSalaryChartsInBackground();
}

SalaryChartWidget::~SalaryChartWidget() = default;

QString SalaryChartWidget::shortLabel(const QString &label)
{
    constexpr qsizetype Short = 18;
    if (label.size() <= Short)
        return label;
    // BLS metro titles: "City-City-City, ST-ST". Keep the first city and the first state.
    const qsizetype comma = label.lastIndexOf(u", "_s);
    if (comma > 0) {
        const QString cities = label.left(comma);
        const QString states = label.mid(comma + 2);
        const QString city = cities.section(u'-', 0, 0).section(u'/', 0, 0).trimmed();
        const QString state = states.section(u'-', 0, 0).trimmed();
        if (!city.isEmpty() && state.size() <= 3)
            return city + u", "_s + state;
    }
    return label.left(Short - 1) + u'…';
}

QString SalaryChartWidget::describe(qsizetype index) const
{
    if (index < 0 || index >= m_rows.size())
        return {};
    const SalaryRow &row = m_rows.at(index);
    QString title = QString(m_labels.value(index)).replace(u'\n', u" · "_s);
    if (!m_groups.value(index).isEmpty())
        title += u" · "_s + m_groups.at(index);
    QStringList lines { title };
    const auto line = [&](const QString &name, const std::optional<double> &value,
                          const QString &key) {
        if (!value)
            return;
        QString money = MoneyFormat::amount(*value, row.currency);
        if (row.topCoded.contains(key))
            money += MoneyFormat::ceilingMark();
        lines.append(tr("%1: %2").arg(name, money));
    };
    line(tr("Max"), row.max, u"max"_s);
    line(tr("P90"), row.p90, u"p90"_s);
    line(tr("P75"), row.p75, u"p75"_s);
    line(tr("Median"), row.median, u"median"_s);
    line(tr("P25"), row.p25, u"p25"_s);
    line(tr("P10"), row.p10, u"p10"_s);
    line(tr("Min"), row.min, u"min"_s);
    return lines.join(u'\n');
}

QString SalaryChartWidget::caption() const
{
    return m_captionLabel->text();
}

void SalaryChartWidget::clear(const QString &message)
{
    m_rows.clear();
    m_labels.clear();
    m_groups.clear();
    m_boxes = false;
    m_captionLabel->setText(message);
    m_exportButton->setEnabled(false);
    showChart();
}

void SalaryChartWidget::setRows(const QList<SalaryRow> &rows, const QStringList &labels,
                                const QString &caption, const QStringList &groups)
{
    m_rows.clear();
    m_labels.clear();
    m_groups.clear();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!boxValues(rows.at(i)))
            continue; // nothing to draw: no band and no p25–p75
        m_rows.append(rows.at(i));
        m_labels.append(labels.value(i, rows.at(i).area));
        if (!groups.isEmpty())
            m_groups.append(groups.value(i));
    }
    if (m_rows.isEmpty()) {
        clear(rows.isEmpty() ? caption : tr("These rows have no range to draw."));
        return;
    }
    m_boxes = std::any_of(m_rows.cbegin(), m_rows.cend(), hasPercentiles);
    m_captionLabel->setText(caption);
    m_exportButton->setEnabled(true);
    showChart();
}

void SalaryChartWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_drawPending)
        showChart();
}

void SalaryChartWidget::showChart()
{
    // Hidden, nothing is drawn, nor the plugin loaded: a tab not in view costs nothing.
    m_drawPending = !isVisible();
    // Nothing to draw, nothing to load: an empty chart is its caption alone.
    if (m_drawPending || (!m_plot && m_rows.isEmpty()) || !ensurePlot())
        return;
    m_plot->draw(chartData());
}

bool SalaryChartWidget::ensurePlot()
{
    if (m_plot)
        return true;
    if (m_plotArea->findChild<QLabel *>(u"chartUnavailableLabel"_s))
        return false;
    auto plugin = Plugins::salaryCharts();
    if (!plugin) {
        auto *unavailable =
            new QLabel(tr("Charts are not available. %1").arg(plugin.error()), m_plotArea);
        unavailable->setObjectName(u"chartUnavailableLabel"_s);
        unavailable->setWordWrap(true);
        unavailable->setAlignment(Qt::AlignCenter);
        unavailable->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_plotArea->layout()->addWidget(unavailable);
        unavailable->show();
        return false;
    }
    m_plot = (*plugin)->createPlot(m_plotArea);
    QWidget *view = m_plot->widget();
    // At its place before it shows, so that its chart is laid out once, at its size.
    view->setGeometry(m_plotArea->contentsRect());
    m_plotArea->layout()->addWidget(view);
    view->show();
    return true;
}

bool SalaryChartWidget::grouped() const
{
    if (m_groups.size() != m_rows.size())
        return false;
    QStringList groups;
    QStringList categories;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (!groups.contains(m_groups.at(i)))
            groups.append(m_groups.at(i));
        if (!categories.contains(m_labels.at(i)))
            categories.append(m_labels.at(i));
    }
    if (groups.size() < 2)
        return false;
    // A series places its n-th box in the n-th category, so each group's rows must cover
    // the first categories in order, without gaps.
    for (const QString &group : std::as_const(groups)) {
        qsizetype next = 0;
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (m_groups.at(i) != group)
                continue;
            if (m_labels.at(i) != categories.value(next))
                return false;
            ++next;
        }
    }
    return true;
}

SalaryChartData SalaryChartWidget::chartData() const
{
    SalaryChartData picture;
    if (m_rows.isEmpty())
        return picture;
    picture.boxes = m_boxes;
    picture.grouped = grouped();
    // Each part of a label made short ("Seattle, WA · Senior"): Qt Charts cuts a category
    // label to the category's width, so width is what labels must save.
    for (const QString &label : m_labels) {
        QStringList parts = label.split(u'\n');
        for (QString &part : parts)
            part = shortLabel(part);
        const QString category = parts.join(u" · "_s);
        if (!picture.grouped || !picture.categories.contains(category))
            picture.categories.append(category);
    }
    // Equal labels would merge into one category; a space keeps them apart.
    for (qsizetype i = 0; i < picture.categories.size(); ++i) {
        while (picture.categories.indexOf(picture.categories.at(i)) < i)
            picture.categories[i] += u' ';
    }

    const bool boxes = picture.boxes || picture.grouped;
    double low = std::numeric_limits<double>::max();
    double high = 0;
    const QColor accent = palette().color(QPalette::Highlight);
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        SalaryChartItem item;
        item.label = m_labels.at(i);
        item.values = *boxValues(m_rows.at(i));
        item.description = describe(i);
        if (picture.grouped) {
            item.group = m_groups.at(i); // groups have their own colours
        } else if (boxes) {
            // National reference rows stand out in grey.
            item.color = m_rows.at(i).isNational ? QColor(0xb0, 0xb0, 0xb0) : accent.lighter(150);
        }
        // Boxes show the spread from whisker to whisker; bars the band.
        low = std::min(low, boxes ? item.values[0] : item.values[1]);
        high = std::max(high, boxes ? item.values[4] : item.values[3]);
        picture.items.append(item);
    }
    picture.bandColor = accent.lighter(150);
    picture.bandName = tr("Range");
    const double padding = std::max(1.0, (high - low) * 0.08);
    // Bars start at zero; boxes show the spread, so their axis starts near the lowest one.
    picture.axisMin = boxes ? std::max(0.0, low - padding) : 0.0;
    picture.axisMax = high + padding;
    const SalaryRow &first = m_rows.first();
    const QString symbol = first.currency == u"USD"_s ? u"$"_s : first.currency + u' ';
    picture.axisLabelFormat = symbol + (first.period == PayPeriod::Hour ? u"%'.2f"_s : u"%'.0f"_s);
    return picture;
}

Status SalaryChartWidget::exportPng(const QString &path) const
{
    if (m_rows.isEmpty())
        return Error { tr("There is no chart to export.") };
    auto plugin = Plugins::salaryCharts();
    if (!plugin)
        return Error { tr("Charts are not available. %1").arg(plugin.error()) };
    // A view of its own at the size shown (or a good default when hidden), drawn offscreen,
    // so the picture never depends on the tab being visible.
    QSize size =
        m_plot && m_plot->widget()->isVisible() ? m_plot->widget()->size() : DefaultExportSize;
    if (size.width() < 400 || size.height() < 250)
        size = DefaultExportSize;
    const std::unique_ptr<SalaryChartPlot> plot((*plugin)->createPlot(nullptr));
    SalaryChartData picture = chartData();
    picture.title = m_captionLabel->text();
    plot->draw(picture);
    QWidget *view = plot->widget();
    view->setAttribute(Qt::WA_DontShowOnScreen);
    view->resize(size);
    view->show();
    const QImage image = view->grab().toImage();
    view->hide();
    if (image.isNull() || !image.save(path, "PNG"))
        return Error { tr("Cannot write the picture %1.").arg(QDir::toNativeSeparators(path)) };
    return {};
}

void SalaryChartWidget::exportWithDialog()
{
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString path = FileDialogs::getSaveFileName(this, tr("Export Chart"),
                                                QDir(directory).filePath(tr("salaries.png")),
                                                tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".png"_s;
    if (auto exported = exportPng(path); !exported)
        MessageBoxes::critical(this, tr("Cannot Export Chart"), exported.error());
}

} // namespace hirekit
