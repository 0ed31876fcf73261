#pragma once

#include "analysis/Compensation.h"
#include "core/HiringGuide.h"
#include "core/Named.h"
#include "core/Posting.h"
#include "core/Salary.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QDoubleSpinBox;

namespace hirekit {

namespace Ui {
class CompensationWidget;
}

// The hiring guide's compensation factors as a calculator over the chosen salary row:
// the row's range (min–max, else p25–p75) with the checked premiums applied; where a
// proposed salary sits in the row's range (percentile position and compa-ratio); and
// "Use in Posting", which hands the adjusted range to a posting. The sums are
// lib/analysis/Compensation's; this only shows them.
class CompensationWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CompensationWidget(QWidget *parent = nullptr);
    ~CompensationWidget() override;

    void setFactors(const QList<CompensationFactor> &factors);
    void setPostings(const QList<Named> &postings);
    void setBaseRow(const std::optional<SalaryRow> &row);

    // Checks the factor at `index` with premiums `low`–`high` percent (tests, scripts).
    void setFactor(int index, bool checked, double low, double high);
    void setProposedSalary(const QString &text);
    bool selectPosting(qint64 id);

    // The base range with the checked premiums, rounded to whole units (cents for hourly
    // pay); nullopt without a base row that has a range.
    std::optional<PayRange> adjustedRange() const;
    std::optional<RangePosition> position() const;
    QString adjustedText() const;
    QString positionText() const;
    // Where the adjusted range comes from, for the posting's salary note.
    QString note() const;

signals:
    void useInPostingRequested(qint64 postingId, const hirekit::PayRange &range,
                               const QString &note);

private:
    struct FactorRow
    {
        CompensationFactor factor;
        QCheckBox *check = nullptr;
        QDoubleSpinBox *low = nullptr;
        QDoubleSpinBox *high = nullptr;
    };
    void clearFactors();
    void recalculate();
    void usePosting();
    QList<Premium> premiums() const;

    std::unique_ptr<Ui::CompensationWidget> m_ui;
    QList<FactorRow> m_factors;
    std::optional<SalaryRow> m_row;
};

} // namespace hirekit
