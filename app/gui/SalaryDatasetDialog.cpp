#include "gui/SalaryDatasetDialog.h"

#include "ui_SalaryDatasetDialog.h"

#include <QPushButton>

namespace hirekit {

SalaryDatasetDialog::SalaryDatasetDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SalaryDatasetDialog>())
{
    m_ui->setupUi(this);
    connect(m_ui->datasetButtonBox, &QDialogButtonBox::accepted, this,
            &SalaryDatasetDialog::accept);
    connect(m_ui->datasetButtonBox, &QDialogButtonBox::rejected, this,
            &SalaryDatasetDialog::reject);
}

SalaryDatasetDialog::~SalaryDatasetDialog() = default;

void SalaryDatasetDialog::setDataset(const SalaryDataset &dataset)
{
    m_original = dataset;
    m_ui->datasetNameLineEdit->setText(dataset.name);
    m_ui->datasetSourceLineEdit->setText(dataset.source);
    m_ui->datasetYearSpinBox->setValue(dataset.year.value_or(m_ui->datasetYearSpinBox->minimum()));
}

SalaryDataset SalaryDatasetDialog::dataset() const
{
    SalaryDataset dataset = m_original;
    dataset.name = m_ui->datasetNameLineEdit->text().trimmed();
    dataset.source = m_ui->datasetSourceLineEdit->text().trimmed();
    const int year = m_ui->datasetYearSpinBox->value();
    dataset.year =
        year > m_ui->datasetYearSpinBox->minimum() ? std::optional<int>(year) : std::nullopt;
    return dataset;
}

void SalaryDatasetDialog::setTakenNames(const QStringList &names)
{
    m_taken = names;
}

void SalaryDatasetDialog::accept()
{
    const QString name = dataset().name;
    QString problem;
    if (name.isEmpty())
        problem = tr("A dataset needs a name.");
    else if (m_taken.contains(name, Qt::CaseInsensitive) && name != m_original.name)
        problem = tr("Another dataset is named \"%1\"; choose another name.").arg(name);
    if (problem.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_ui->datasetErrorLabel->setText(problem);
    m_ui->datasetErrorLabel->show();
    m_ui->datasetNameLineEdit->setFocus(Qt::OtherFocusReason);
}

} // namespace hirekit
