#pragma once

#include "core/Salary.h"

#include <QDialog>
#include <QStringList>

#include <memory>

namespace hirekit {

namespace Ui {
class SalaryDatasetDialog;
}

// A salary dataset's name, source and year, for a new dataset or a change of one. OK
// refuses an empty name or one another dataset has.
class SalaryDatasetDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SalaryDatasetDialog(QWidget *parent = nullptr);
    ~SalaryDatasetDialog() override;

    void setDataset(const SalaryDataset &dataset);
    SalaryDataset dataset() const;
    // Names of the other datasets, which this one may not take.
    void setTakenNames(const QStringList &names);

    void accept() override;

private:
    std::unique_ptr<Ui::SalaryDatasetDialog> m_ui;
    SalaryDataset m_original;
    QStringList m_taken;
};

} // namespace hirekit
