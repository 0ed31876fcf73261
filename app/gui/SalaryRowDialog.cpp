#include "gui/SalaryRowDialog.h"

#include "ui_SalaryRowDialog.h"

#include "core/MoneyFormat.h"

#include <QCheckBox>
#include <QCompleter>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

QCompleter *completer(const QStringList &values, QObject *parent)
{
    auto *result = new QCompleter(values, parent);
    result->setCaseSensitivity(Qt::CaseInsensitive);
    result->setFilterMode(Qt::MatchContains);
    return result;
}

} // namespace

SalaryRowDialog::SalaryRowDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SalaryRowDialog>())
{
    m_ui->setupUi(this);
    m_ui->rowLevelComboBox->addItem(tr("No level"), -1);
    for (const Level level : { Level::Entry, Level::Mid, Level::Senior, Level::Staff })
        m_ui->rowLevelComboBox->addItem(displayName(level), int(level));
    m_ui->rowPeriodComboBox->addItem(tr("Per year"), int(PayPeriod::Year));
    m_ui->rowPeriodComboBox->addItem(tr("Per hour"), int(PayPeriod::Hour));
    connect(m_ui->rowButtonBox, &QDialogButtonBox::accepted, this, &SalaryRowDialog::accept);
    connect(m_ui->rowButtonBox, &QDialogButtonBox::rejected, this, &SalaryRowDialog::reject);
    setRow(SalaryRow());
}

SalaryRowDialog::~SalaryRowDialog() = default;

QLineEdit *SalaryRowDialog::figureEdit(const QString &key) const
{
    return findChild<QLineEdit *>(key + u"LineEdit"_s);
}

void SalaryRowDialog::setCompletions(const QStringList &areas, const QStringList &roles)
{
    m_ui->rowAreaLineEdit->setCompleter(completer(areas, this));
    m_ui->rowRoleLineEdit->setCompleter(completer(roles, this));
}

void SalaryRowDialog::setRow(const SalaryRow &row)
{
    m_original = row;
    m_ui->rowAreaLineEdit->setText(row.area);
    m_ui->rowAreaCodeLineEdit->setText(row.areaCode);
    m_ui->rowNationalCheckBox->setChecked(row.isNational);
    m_ui->rowRoleLineEdit->setText(row.role);
    m_ui->rowSocCodeLineEdit->setText(row.socCode);
    m_ui->rowLevelComboBox->setCurrentIndex(
        std::max(0, m_ui->rowLevelComboBox->findData(row.level ? int(*row.level) : -1)));
    m_ui->rowCurrencyLineEdit->setText(row.currency);
    m_ui->rowPeriodComboBox->setCurrentIndex(
        std::max(0, m_ui->rowPeriodComboBox->findData(int(row.period))));
    for (const QString &key : salaryFigureKeys()) {
        const auto value = salaryFigure(row, key);
        figureEdit(key)->setText(value ? MoneyFormat::editable(*value) : QString());
        findChild<QCheckBox *>(key + u"TopCodedCheckBox"_s)->setChecked(row.topCoded.contains(key));
    }
    m_ui->rowErrorLabel->hide();
}

SalaryRow SalaryRowDialog::row() const
{
    SalaryRow row = m_original;
    row.area = m_ui->rowAreaLineEdit->text().trimmed();
    row.areaCode = m_ui->rowAreaCodeLineEdit->text().trimmed();
    row.isNational = m_ui->rowNationalCheckBox->isChecked();
    row.role = m_ui->rowRoleLineEdit->text().trimmed();
    row.socCode = m_ui->rowSocCodeLineEdit->text().trimmed();
    const int level = m_ui->rowLevelComboBox->currentData().toInt();
    row.level = level >= 0 ? std::optional<Level>(static_cast<Level>(level)) : std::nullopt;
    row.currency = m_ui->rowCurrencyLineEdit->text().trimmed().toUpper();
    row.period = static_cast<PayPeriod>(m_ui->rowPeriodComboBox->currentData().toInt());
    row.topCoded.clear();
    for (const QString &key : salaryFigureKeys()) {
        *salaryFigure(row, key) = MoneyFormat::parse(figureEdit(key)->text());
        const auto *ceiling = findChild<QCheckBox *>(key + u"TopCodedCheckBox"_s);
        if (ceiling->isChecked() && salaryFigure(row, key))
            row.topCoded.append(key);
    }
    return row;
}

std::optional<SalaryRowProblem> SalaryRowDialog::problem() const
{
    for (const QString &key : salaryFigureKeys()) {
        const QString text = figureEdit(key)->text().trimmed();
        if (!text.isEmpty() && !MoneyFormat::parse(text))
            return SalaryRowProblem { key, tr("%1 is not a number: \"%2\"").arg(key, text) };
    }
    return salaryRowEditProblem(row());
}

void SalaryRowDialog::accept()
{
    const auto found = problem();
    if (!found) {
        QDialog::accept();
        return;
    }
    m_ui->rowErrorLabel->setText(tr("Cannot save this row: %1.").arg(found->message));
    m_ui->rowErrorLabel->show();
    const QHash<QString, QWidget *> fields {
        { u"area"_s, m_ui->rowAreaLineEdit },
        { u"role"_s, m_ui->rowRoleLineEdit },
        { u"currency"_s, m_ui->rowCurrencyLineEdit },
        { u"period"_s, m_ui->rowPeriodComboBox },
    };
    QWidget *field = fields.value(found->field, figureEdit(found->field));
    if (field)
        field->setFocus(Qt::OtherFocusReason);
}

} // namespace hirekit
