#include "gui/CompensationWidget.h"

#include "ui_CompensationWidget.h"

#include "core/MoneyFormat.h"
#include "gui/ChoiceBoxes.h"
#include "gui/EditingHelpers.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

double roundFor(double value, PayPeriod period)
{
    return period == PayPeriod::Hour ? std::round(value * 100) / 100 : std::round(value);
}

QString percentileName(double percent)
{
    return CompensationWidget::tr("P%1").arg(std::lround(percent));
}

} // namespace

CompensationWidget::CompensationWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CompensationWidget>())
{
    m_ui->setupUi(this);
    enableClearButtonWhenFilled(m_ui->proposedLineEdit);
    m_ui->factorsGridLayout->setColumnStretch(4, 1);
    connect(m_ui->proposedLineEdit, &QLineEdit::textChanged, this,
            &CompensationWidget::recalculate);
    connect(m_ui->postingComboBox, &QComboBox::currentIndexChanged, this,
            &CompensationWidget::recalculate);
    connect(m_ui->usePostingPushButton, &QPushButton::clicked, this,
            &CompensationWidget::usePosting);
    recalculate();
}

CompensationWidget::~CompensationWidget() = default;

void CompensationWidget::clearFactors()
{
    while (QLayoutItem *item = m_ui->factorsGridLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_factors.clear();
}

void CompensationWidget::setFactors(const QList<CompensationFactor> &factors)
{
    clearFactors();
    int line = 0;
    for (const CompensationFactor &factor : factors) {
        FactorRow row;
        row.factor = factor;
        row.check = new QCheckBox(factor.name, this);
        row.check->setObjectName(u"factor%1CheckBox"_s.arg(line));
        row.check->setToolTip(factor.description);
        const auto spin = [this](double value, const QString &name) {
            auto *box = new QDoubleSpinBox(this);
            box->setObjectName(name);
            box->setRange(-50, 200);
            box->setDecimals(0);
            box->setSuffix(tr("%"));
            box->setValue(value);
            box->setEnabled(false);
            return box;
        };
        // Factors the guide gives no figure for start at 0%: the user says how much.
        row.low = spin(factor.premiumMinPercent.value_or(0), u"factor%1LowSpinBox"_s.arg(line));
        row.high = spin(factor.premiumMaxPercent.value_or(0), u"factor%1HighSpinBox"_s.arg(line));
        auto *description = new QLabel(factor.description, this);
        description->setWordWrap(true);
        description->setEnabled(false);
        m_ui->factorsGridLayout->addWidget(row.check, line, 0);
        m_ui->factorsGridLayout->addWidget(row.low, line, 1);
        m_ui->factorsGridLayout->addWidget(new QLabel(tr("to"), this), line, 2);
        m_ui->factorsGridLayout->addWidget(row.high, line, 3);
        m_ui->factorsGridLayout->addWidget(description, line, 4);
        connect(row.check, &QCheckBox::toggled, row.low, &QWidget::setEnabled);
        connect(row.check, &QCheckBox::toggled, row.high, &QWidget::setEnabled);
        connect(row.check, &QCheckBox::toggled, this, &CompensationWidget::recalculate);
        connect(row.low, &QDoubleSpinBox::valueChanged, this, &CompensationWidget::recalculate);
        connect(row.high, &QDoubleSpinBox::valueChanged, this, &CompensationWidget::recalculate);
        m_factors.append(row);
        ++line;
    }
    m_ui->factorsGroupBox->setVisible(!factors.isEmpty());
    recalculate();
}

void CompensationWidget::setPostings(const QList<Named> &postings)
{
    const QVariant previous = m_ui->postingComboBox->currentData();
    setChoices(m_ui->postingComboBox, postings);
    const int index = m_ui->postingComboBox->findData(previous);
    m_ui->postingComboBox->setCurrentIndex(index >= 0 ? index : 0);
    recalculate();
}

bool CompensationWidget::selectPosting(qint64 id)
{
    const int index = m_ui->postingComboBox->findData(id);
    if (index >= 0)
        m_ui->postingComboBox->setCurrentIndex(index);
    return index >= 0;
}

void CompensationWidget::setBaseRow(const std::optional<SalaryRow> &row)
{
    m_row = row;
    recalculate();
}

void CompensationWidget::setFactor(int index, bool checked, double low, double high)
{
    if (index < 0 || index >= m_factors.size())
        return;
    m_factors.at(index).low->setValue(low);
    m_factors.at(index).high->setValue(high);
    m_factors.at(index).check->setChecked(checked);
}

void CompensationWidget::setProposedSalary(const QString &text)
{
    m_ui->proposedLineEdit->setText(text);
}

QList<Premium> CompensationWidget::premiums() const
{
    QList<Premium> result;
    for (const FactorRow &row : m_factors) {
        if (row.check->isChecked())
            result.append({ row.low->value(), row.high->value() });
    }
    return result;
}

std::optional<PayRange> CompensationWidget::adjustedRange() const
{
    if (!m_row)
        return std::nullopt;
    const auto band = postingBand(*m_row);
    if (!band)
        return std::nullopt;
    const PayBand adjusted = applyPremiums(*band, premiums());
    PayRange range;
    range.min = roundFor(adjusted.low, m_row->period);
    range.max = roundFor(std::max(adjusted.low, adjusted.high), m_row->period);
    range.currency = m_row->currency;
    range.period = m_row->period;
    return range;
}

std::optional<RangePosition> CompensationWidget::position() const
{
    const auto salary = MoneyFormat::parse(m_ui->proposedLineEdit->text());
    if (!m_row || !salary)
        return std::nullopt;
    return positionInRange(*salary, *m_row);
}

QString CompensationWidget::adjustedText() const
{
    return m_ui->adjustedLabel->text();
}

QString CompensationWidget::positionText() const
{
    return m_ui->positionLabel->text();
}

QString CompensationWidget::note() const
{
    if (!m_row)
        return {};
    const bool band = m_row->min && m_row->max;
    QString text = tr("%1, %2 (%3): %4")
                       .arg(m_row->area, m_row->role, m_row->dataset,
                            band ? tr("min–max band") : tr("p25–p75"));
    QStringList applied;
    for (const FactorRow &row : m_factors) {
        if (row.check->isChecked()) {
            applied.append(
                tr("%1 %2–%3%").arg(row.factor.name).arg(row.low->value()).arg(row.high->value()));
        }
    }
    if (!applied.isEmpty())
        text += tr(", plus %1").arg(applied.join(u", "_s));
    return text;
}

void CompensationWidget::recalculate()
{
    const auto band = m_row ? postingBand(*m_row) : std::nullopt;
    if (!m_row) {
        m_ui->baseLabel->setText(tr("Select a row of the table to start from its range."));
    } else if (!band) {
        m_ui->baseLabel->setText(
            tr("%1, %2 has no range (neither min–max nor p25–p75).").arg(m_row->area, m_row->role));
    } else {
        const bool isBand = m_row->min && m_row->max;
        m_ui->baseLabel->setText(
            tr("Base: %1, %2%3 — %4 (%5)")
                .arg(m_row->area, m_row->role,
                     m_row->level ? tr(", %1").arg(displayName(*m_row->level)) : QString(),
                     MoneyFormat::range(band->low, band->high, m_row->currency, m_row->period),
                     isBand ? tr("min–max") : tr("p25–p75")));
    }

    const auto range = adjustedRange();
    if (range) {
        m_ui->adjustedLabel->setText(
            premiums().isEmpty() ? tr("With no factor checked the range stays as it is.")
                                 : tr("Adjusted range: <b>%1</b>")
                                       .arg(MoneyFormat::range(range->min, range->max,
                                                               range->currency, range->period)
                                                .toHtmlEscaped()));
    } else {
        m_ui->adjustedLabel->clear();
    }

    const auto where = position();
    QString positionText;
    if (where) {
        QString place;
        if (where->basis == RangePosition::Basis::Percentiles) {
            if (where->belowRange)
                place = tr("below %1, the lowest figure given").arg(percentileName(where->percent));
            else if (where->aboveRange)
                place =
                    tr("above %1, the highest figure given").arg(percentileName(where->percent));
            else
                place = tr("about %1 of the market").arg(percentileName(where->percent));
        } else {
            place = tr("%1% of the way from min to max")
                        .arg(MoneyFormat::locale().toString(where->percent, 'f', 0));
        }
        positionText = tr("Position: %1").arg(place);
        if (where->compaRatio) {
            positionText += u" · "_s
                + (where->compaToMedian ? tr("compa-ratio %1 against the median")
                                        : tr("compa-ratio %1 against the midpoint"))
                      .arg(MoneyFormat::locale().toString(*where->compaRatio, 'f', 2));
        }
    } else if (!m_ui->proposedLineEdit->text().trimmed().isEmpty()) {
        positionText = m_row ? tr("Type an amount, e.g. 150,000.") : tr("Select a row first.");
    }
    m_ui->positionLabel->setText(positionText);
    m_ui->usePostingPushButton->setEnabled(range.has_value()
                                           && m_ui->postingComboBox->currentIndex() >= 0);
}

void CompensationWidget::usePosting()
{
    const auto range = adjustedRange();
    const QVariant posting = m_ui->postingComboBox->currentData();
    if (!range || !posting.isValid())
        return;
    emit useInPostingRequested(posting.toLongLong(), *range, note());
}

} // namespace hirekit
