#pragma once

#include "core/Salary.h"
#include "core/SalaryValidation.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLineEdit;

namespace hirekit {

namespace Ui {
class SalaryRowDialog;
}

// Adds or edits one salary row: area, role, level, currency, period and the seven
// figures, each optionally marked as at the source's ceiling. OK checks the row with the
// same rules the importer applies (salaryRowEditProblem) and, when it fails, says why
// and puts the cursor in the field at fault instead of closing.
class SalaryRowDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SalaryRowDialog(QWidget *parent = nullptr);
    ~SalaryRowDialog() override;

    void setRow(const SalaryRow &row);
    // The row as typed; figures that are not numbers are left out (see problem()).
    SalaryRow row() const;
    // What keeps the typed row from being saved, or nullopt.
    std::optional<SalaryRowProblem> problem() const;
    void setCompletions(const QStringList &areas, const QStringList &roles);

    void accept() override;

private:
    QLineEdit *figureEdit(const QString &key) const;

    std::unique_ptr<Ui::SalaryRowDialog> m_ui;
    SalaryRow m_original;
};

} // namespace hirekit
