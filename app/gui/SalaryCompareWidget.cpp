#include "gui/SalaryCompareWidget.h"

#include "ui_SalaryCompareWidget.h"

#include "core/MoneyFormat.h"
#include "core/SalaryValidation.h"
#include "gui/FigureDelegate.h"
#include "gui/SalaryChartWidget.h"
#include "storage/Library.h"
#include "storage/SalaryRepository.h"

#include <QCompleter>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStyle>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

// "Seattle-Tacoma-Bellevue, WA" → "Seattle": a column header, the full name in its tip.
QString shortAreaName(const QString &area)
{
    QString name = area.section(u',', 0, 0).trimmed();
    if (name.size() > 16 && name.contains(u'-'))
        name = name.section(u'-', 0, 0);
    return name;
}

// The exact value of `values` that `text` names, else the first that contains it.
QString resolve(const QStringList &values, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    for (const QString &value : values) {
        if (value.compare(trimmed, Qt::CaseInsensitive) == 0)
            return value;
    }
    return matchingValues(values, trimmed).value(0);
}

void setCompletion(QComboBox *box, const QStringList &values)
{
    const QSignalBlocker blocker(box);
    const QString text = box->currentText();
    box->clear();
    box->addItem(QString());
    box->addItems(values);
    box->setCurrentText(text);
    box->completer()->setFilterMode(Qt::MatchContains);
    box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    box->completer()->setCompletionMode(QCompleter::PopupCompletion);
}

} // namespace

SalaryCompareWidget::SalaryCompareWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SalaryCompareWidget>())
{
    m_ui->setupUi(this);
    m_ui->compareTableWidget->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->compareTableWidget->setItemDelegate(new FigureDelegate(m_ui->compareTableWidget));
    connect(m_ui->compareRoleComboBox, &QComboBox::currentTextChanged, this,
            &SalaryCompareWidget::refresh);
    connect(m_ui->compareLevelComboBox, &QComboBox::currentIndexChanged, this,
            &SalaryCompareWidget::refresh);
    for (QComboBox *box : cityBoxes()) {
        // Typing a city waits for Enter or a completion; choosing from the list is at once.
        connect(box, &QComboBox::currentIndexChanged, this, &SalaryCompareWidget::refresh);
        connect(box->lineEdit(), &QLineEdit::editingFinished, this, &SalaryCompareWidget::refresh);
    }
    m_ui->compareChartWidget->clear(tr("Choose a role and two to four cities to compare."));
}

SalaryCompareWidget::~SalaryCompareWidget() = default;

QList<QComboBox *> SalaryCompareWidget::cityBoxes() const
{
    return { m_ui->city1ComboBox, m_ui->city2ComboBox, m_ui->city3ComboBox, m_ui->city4ComboBox };
}

SalaryChartWidget *SalaryCompareWidget::chart() const
{
    return m_ui->compareChartWidget;
}

void SalaryCompareWidget::setDataset(Library *library, const SalaryDatasetSummary &summary)
{
    const bool sameDataset = library == m_library && summary.datasetId == m_summary.datasetId;
    m_library = library;
    m_summary = summary;
    m_filling = true;
    setCompletion(m_ui->compareRoleComboBox, summary.roleNames());
    const QStringList areas = summary.localAreas();
    for (QComboBox *box : cityBoxes()) {
        setCompletion(box, areas);
        if (!sameDataset)
            box->setCurrentIndex(0);
    }
    {
        const QSignalBlocker blocker(m_ui->compareLevelComboBox);
        const QVariant previous = m_ui->compareLevelComboBox->currentData();
        m_ui->compareLevelComboBox->clear();
        m_ui->compareLevelComboBox->addItem(tr("Any level"), -1);
        for (const SalaryValueCount &level : summary.levels) {
            if (const auto parsed = levelFromKey(level.value))
                m_ui->compareLevelComboBox->addItem(displayName(*parsed), int(*parsed));
        }
        // Guide-like datasets have a row per level; start on the middle one, not "any".
        int index = m_ui->compareLevelComboBox->findData(previous);
        if (index < 0)
            index = std::max(0, m_ui->compareLevelComboBox->findData(int(Level::Mid)));
        m_ui->compareLevelComboBox->setCurrentIndex(index);
    }
    if (!sameDataset)
        m_ui->compareRoleComboBox->setCurrentIndex(summary.roles.size() == 1 ? 1 : 0);
    m_filling = false;
    refresh();
}

void SalaryCompareWidget::compare(const QString &role, std::optional<Level> level,
                                  const QStringList &areas)
{
    m_filling = true;
    m_ui->compareRoleComboBox->setCurrentText(role);
    const int index = m_ui->compareLevelComboBox->findData(level ? int(*level) : -1);
    m_ui->compareLevelComboBox->setCurrentIndex(std::max(0, index));
    const QList<QComboBox *> boxes = cityBoxes();
    for (int i = 0; i < boxes.size(); ++i)
        boxes.at(i)->setCurrentText(areas.value(i));
    m_filling = false;
    refresh();
}

QString SalaryCompareWidget::role() const
{
    return resolve(m_summary.roleNames(), m_ui->compareRoleComboBox->currentText());
}

std::optional<Level> SalaryCompareWidget::level() const
{
    const int level = m_ui->compareLevelComboBox->currentData().toInt();
    return level >= 0 ? std::optional<Level>(static_cast<Level>(level)) : std::nullopt;
}

QStringList SalaryCompareWidget::areas() const
{
    QStringList result;
    const QStringList known = m_summary.localAreas();
    for (QComboBox *box : cityBoxes()) {
        const QString area = resolve(known, box->currentText());
        if (!area.isEmpty() && !result.contains(area))
            result.append(area);
    }
    return result;
}

void SalaryCompareWidget::refresh()
{
    if (m_filling)
        return;
    m_rows.clear();
    const QString role = this->role();
    const QStringList areas = this->areas();
    if (!m_library || role.isEmpty() || areas.size() < 2) {
        m_ui->compareChartWidget->clear(tr("Choose a role and two to four cities to compare."));
        fillTable({}, {});
        return;
    }
    SalaryRepository repository(m_library->database());
    SalaryRowQuery query;
    query.datasetId = m_summary.datasetId;
    query.roles = QStringList { role };
    query.level = level();
    QStringList names;
    QStringList labels;
    QStringList missing;
    for (const QString &area : areas) {
        query.areas = QStringList { area };
        const auto found = repository.rows(query, 0, 1);
        if (!found || found->isEmpty()) {
            missing.append(area);
            continue;
        }
        m_rows.append(found->first());
        names.append(shortAreaName(area));
        labels.append(SalaryChartWidget::shortLabel(area));
    }
    if (!m_summary.nationalAreas.isEmpty()) {
        query.areas = m_summary.nationalAreas;
        query.national = true;
        const auto national = repository.rows(query, 0, 1);
        if (national && !national->isEmpty()) {
            m_rows.append(national->first());
            names.append(national->first().area);
            labels.append(tr("%1 (national)").arg(national->first().area));
        }
    }
    const QString levelName = query.level ? displayName(*query.level) : tr("any level");
    QString caption = m_rows.isEmpty() || !m_rows.first().p25
        ? tr("%1, %2: the bars run from min to max.").arg(role, levelName)
        : tr("%1, %2: whiskers at p10 and p90, the box from p25 to p75, a line at the median.")
              .arg(role, levelName);
    if (!missing.isEmpty())
        caption += u' ' + tr("No figures for %1.").arg(missing.join(u"; "_s));
    m_ui->compareChartWidget->setRows(m_rows, labels, caption);
    fillTable(m_rows, names);
}

void SalaryCompareWidget::fillTable(const QList<SalaryRow> &rows, const QStringList &names)
{
    QTableWidget *table = m_ui->compareTableWidget;
    table->clear();
    QStringList keys;
    for (const QString &key : salaryFigureKeys()) {
        if (std::any_of(rows.cbegin(), rows.cend(),
                        [&key](const SalaryRow &row) { return salaryFigure(row, key); })) {
            keys.append(key);
        }
    }
    table->setColumnCount(int(rows.size()));
    table->setRowCount(rows.isEmpty() ? 0 : int(keys.size()) + 1);
    if (rows.isEmpty())
        return;
    QStringList rowNames;
    for (const QString &key : std::as_const(keys))
        rowNames.append(key == u"median"_s ? tr("Median") : key.toUpper());
    // The middle of each city's pay against the first city's, as "+18%".
    const bool medians = keys.contains(u"median"_s);
    rowNames.append(medians ? tr("Median vs. first") : tr("Midpoint vs. first"));
    table->setVerticalHeaderLabels(rowNames);
    const auto middle = [medians](const SalaryRow &row) -> std::optional<double> {
        if (medians)
            return row.median;
        if (row.min && row.max)
            return (*row.min + *row.max) / 2;
        return std::nullopt;
    };
    const std::optional<double> reference = middle(rows.first());
    const QLocale locale = MoneyFormat::locale();
    for (int column = 0; column < rows.size(); ++column) {
        const SalaryRow &row = rows.at(column);
        auto *header = new QTableWidgetItem(names.value(column));
        header->setToolTip(row.area);
        table->setHorizontalHeaderItem(column, header);
        for (int line = 0; line < keys.size(); ++line) {
            const QString &key = keys.at(line);
            const auto value = salaryFigure(row, key);
            QString text = tr("—");
            if (value) {
                text = MoneyFormat::amount(*value, row.currency);
                if (row.topCoded.contains(key))
                    text += MoneyFormat::ceilingMark();
            }
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(line, column, item);
        }
        const std::optional<double> value = middle(row);
        QString difference = tr("—");
        if (value && reference && *reference > 0) {
            const double percent = (*value / *reference - 1) * 100;
            difference = column == 0 ? tr("reference")
                                     : (percent >= 0 ? u"+"_s : QString())
                    + tr("%1%").arg(locale.toString(percent, 'f', 0));
        }
        auto *item = new QTableWidgetItem(difference);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(int(keys.size()), column, item);
    }
    table->resizeColumnsToContents();
    // As wide as its figures, so the chart beside it gets the rest.
    int width = table->verticalHeader()->sizeHint().width() + 2 * table->frameWidth()
        + table->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4;
    for (int column = 0; column < table->columnCount(); ++column)
        width += table->columnWidth(column);
    table->setFixedWidth(std::max(width, 160));
}

} // namespace hirekit
