#include "gui/SalaryImportDialog.h"

#include "ui_SalaryImportDialog.h"

#include "gui/FileDialogs.h"
#include "gui/SalaryImportJob.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

enum Page
{
    SetupPage,
    ProgressPage,
    ResultPage
};

// What each salary-row key means, for the mapping's choices.
QString keyDescription(const QString &key)
{
    static const QHash<QString, const char *> descriptions {
        { u"dataset"_s, QT_TRANSLATE_NOOP("hirekit::SalaryImportDialog", "dataset (ignored)") },
        { u"area"_s, QT_TRANSLATE_NOOP("hirekit::SalaryImportDialog", "area: city or metro") },
        { u"area_code"_s, QT_TRANSLATE_NOOP("hirekit::SalaryImportDialog", "area code") },
        { u"national"_s, QT_TRANSLATE_NOOP("hirekit::SalaryImportDialog", "national (yes/no)") },
        { u"role"_s, QT_TRANSLATE_NOOP("hirekit::SalaryImportDialog", "role or occupation") },
        { u"soc_code"_s, QT_TRANSLATE_NOOP("hirekit::SalaryImportDialog", "SOC code") },
        { u"level"_s, QT_TRANSLATE_NOOP("hirekit::SalaryImportDialog", "level (entry … staff)") },
        { u"currency"_s, QT_TRANSLATE_NOOP("hirekit::SalaryImportDialog", "currency (USD)") },
        { u"period"_s, QT_TRANSLATE_NOOP("hirekit::SalaryImportDialog", "period (year/hour)") },
        { u"top_coded"_s,
          QT_TRANSLATE_NOOP("hirekit::SalaryImportDialog", "top-coded fields (p90;max)") },
    };
    const char *text = descriptions.value(key);
    return text ? SalaryImportDialog::tr(text) : key;
}

} // namespace

SalaryImportDialog::SalaryImportDialog(const QString &libraryPath, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SalaryImportDialog>())
    , m_libraryPath(libraryPath)
{
    m_ui->setupUi(this);
    m_ui->importFormatComboBox->addItem(tr("Detect from the header"), int(SalaryCsvFormat::Auto));
    m_ui->importFormatComboBox->addItem(tr("BLS OEWS wage file"), int(SalaryCsvFormat::Bls));
    m_ui->importFormatComboBox->addItem(tr("Generic CSV (columns mapped below)"),
                                        int(SalaryCsvFormat::Generic));
    m_importButton = m_ui->importButtonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(u"importPushButton"_s);
    m_importButton->setDefault(true);
    m_importButton->setEnabled(false);
    m_ui->importStackedWidget->setCurrentIndex(SetupPage);

    connect(m_ui->browsePushButton, &QPushButton::clicked, this, &SalaryImportDialog::browse);
    connect(m_ui->importFormatComboBox, &QComboBox::currentIndexChanged, this,
            &SalaryImportDialog::updateFormat);
    connect(m_importButton, &QPushButton::clicked, this, &SalaryImportDialog::startImport);
    connect(m_ui->importButtonBox, &QDialogButtonBox::rejected, this, &SalaryImportDialog::reject);
    updateFormat();
}

SalaryImportDialog::~SalaryImportDialog() = default;

void SalaryImportDialog::browse()
{
    const QString directory = m_ui->importFileLineEdit->text().isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)
        : QFileInfo(m_ui->importFileLineEdit->text()).absolutePath();
    const QString path = FileDialogs::getOpenFileName(this, tr("Import Salary CSV"), directory,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

bool SalaryImportDialog::setFile(const QString &path)
{
    auto preview = previewSalaryCsv(path, PreviewRows);
    if (!preview) {
        showProblem(preview.error());
        m_importButton->setEnabled(false);
        return false;
    }
    showProblem(QString());
    m_preview = std::move(preview).value();
    m_guessedKeys = guessSalaryCsvKeys(m_preview.header);
    m_ui->importFileLineEdit->setText(QDir::toNativeSeparators(path));
    m_ui->importDatasetLineEdit->setText(QFileInfo(path).completeBaseName());
    fillMapping();
    updateFormat();
    m_importButton->setEnabled(true);
    return true;
}

void SalaryImportDialog::setFormat(SalaryCsvFormat format)
{
    m_ui->importFormatComboBox->setCurrentIndex(m_ui->importFormatComboBox->findData(int(format)));
}

void SalaryImportDialog::setDatasetName(const QString &name)
{
    m_ui->importDatasetLineEdit->setText(name);
}

QList<QComboBox *> SalaryImportDialog::mappingBoxes() const
{
    QList<QComboBox *> boxes;
    for (int column = 0; column < m_ui->mappingTableWidget->columnCount(); ++column)
        boxes.append(qobject_cast<QComboBox *>(m_ui->mappingTableWidget->cellWidget(0, column)));
    return boxes;
}

QString SalaryImportDialog::columnKey(int column) const
{
    const QList<QComboBox *> boxes = mappingBoxes();
    return column >= 0 && column < boxes.size() && boxes.at(column)
        ? boxes.at(column)->currentData().toString()
        : QString();
}

void SalaryImportDialog::setColumnKey(int column, const QString &key)
{
    const QList<QComboBox *> boxes = mappingBoxes();
    if (column >= 0 && column < boxes.size() && boxes.at(column))
        boxes.at(column)->setCurrentIndex(std::max(0, boxes.at(column)->findData(key)));
}

void SalaryImportDialog::fillMapping()
{
    QTableWidget *table = m_ui->mappingTableWidget;
    table->clear();
    table->setColumnCount(int(m_preview.header.size()));
    table->setRowCount(int(m_preview.rows.size()) + 1);
    table->setHorizontalHeaderLabels(m_preview.header);
    QStringList rowLabels { tr("Holds") };
    for (int line = 0; line < m_preview.rows.size(); ++line)
        rowLabels.append(QString::number(line + 2)); // the file's line numbers
    table->setVerticalHeaderLabels(rowLabels);
    for (int column = 0; column < m_preview.header.size(); ++column) {
        auto *box = new QComboBox(table);
        box->setObjectName(u"column%1ComboBox"_s.arg(column));
        box->addItem(tr("— ignore —"), QString());
        for (const QString &key : salaryCsvKeys()) {
            if (key != u"dataset"_s)
                box->addItem(keyDescription(key), key);
        }
        box->setCurrentIndex(std::max(0, box->findData(m_guessedKeys.value(column))));
        table->setCellWidget(0, column, box);
        for (int line = 0; line < m_preview.rows.size(); ++line) {
            auto *item = new QTableWidgetItem(m_preview.rows.at(line).value(column));
            table->setItem(line + 1, column, item);
        }
    }
    table->resizeColumnsToContents();
}

void SalaryImportDialog::updateFormat()
{
    const auto chosen =
        static_cast<SalaryCsvFormat>(m_ui->importFormatComboBox->currentData().toInt());
    const SalaryCsvFormat effective = chosen == SalaryCsvFormat::Auto ? m_preview.detected : chosen;
    const bool generic = effective == SalaryCsvFormat::Generic;
    m_ui->mappingGroupBox->setVisible(generic && !m_preview.header.isEmpty());
    if (m_preview.header.isEmpty()) {
        m_ui->formatHintLabel->setText(tr("Choose a CSV file: a BLS OEWS wage file, or any "
                                          "table with a header row."));
    } else if (generic) {
        m_ui->formatHintLabel->setText(tr("A generic CSV: say below which column holds the area "
                                          "and the role, and which hold figures."));
    } else {
        m_ui->formatHintLabel->setText(
            tr("A BLS OEWS wage file: areas, occupations and annual (or hourly) percentiles are "
               "read from its columns; \"*\" becomes \"—\" and \"#\" a figure at the survey's "
               "ceiling."));
    }
}

SalaryImportOptions SalaryImportDialog::options() const
{
    SalaryImportOptions options;
    options.dataset = m_ui->importDatasetLineEdit->text().trimmed();
    options.format =
        static_cast<SalaryCsvFormat>(m_ui->importFormatComboBox->currentData().toInt());
    const int year = m_ui->importYearSpinBox->value();
    if (year > m_ui->importYearSpinBox->minimum())
        options.year = year;
    const SalaryCsvFormat effective =
        options.format == SalaryCsvFormat::Auto ? m_preview.detected : options.format;
    if (effective == SalaryCsvFormat::Generic) {
        QStringList keys;
        for (int column = 0; column < m_preview.header.size(); ++column)
            keys.append(columnKey(column));
        options.columnKeys = keys;
        options.format = SalaryCsvFormat::Generic;
    }
    return options;
}

bool SalaryImportDialog::startImport()
{
    if (m_job || m_preview.header.isEmpty())
        return false;
    const SalaryImportOptions options = this->options();
    if (options.dataset.isEmpty()) {
        showProblem(tr("Give the new dataset a name."));
        m_ui->importDatasetLineEdit->setFocus(Qt::OtherFocusReason);
        return false;
    }
    if (options.columnKeys) {
        const QStringList &keys = *options.columnKeys;
        for (const QString &required : { u"area"_s, u"role"_s }) {
            if (!keys.contains(required)) {
                showProblem(tr("Say which column holds the %1.").arg(keyDescription(required)));
                return false;
            }
        }
        for (const QString &key : keys) {
            if (!key.isEmpty() && keys.count(key) > 1) {
                showProblem(tr("Two columns hold \"%1\"; choose one.").arg(keyDescription(key)));
                return false;
            }
        }
    }
    showProblem(QString());
    m_ui->importStackedWidget->setCurrentIndex(ProgressPage);
    m_ui->progressLabel->setText(
        tr("Importing %1 into \"%2\"…")
            .arg(QFileInfo(m_ui->importFileLineEdit->text()).fileName(), options.dataset));
    m_ui->importProgressBar->setValue(0);
    m_importButton->setEnabled(false);
    m_job = new SalaryImportJob(
        m_libraryPath, QDir::fromNativeSeparators(m_ui->importFileLineEdit->text()), options, this);
    connect(m_job, &SalaryImportJob::progressChanged, this, &SalaryImportDialog::progress);
    connect(m_job, &SalaryImportJob::finished, this, &SalaryImportDialog::importFinished);
    m_job->start();
    emit runningChanged(true);
    return true;
}

void SalaryImportDialog::progress(qint64 done, qint64 total)
{
    if (total > 0)
        m_ui->importProgressBar->setValue(int(done * 1000 / total));
}

void SalaryImportDialog::cancelImport()
{
    if (!isImporting())
        return;
    m_job->cancel();
    m_ui->progressLabel->setText(tr("Cancelling; nothing will be changed…"));
}

bool SalaryImportDialog::isImporting() const
{
    return m_job && m_job->isRunning();
}

void SalaryImportDialog::importFinished()
{
    m_ui->importStackedWidget->setCurrentIndex(ResultPage);
    m_ui->importButtonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    m_importButton->hide();
    const auto &result = *m_job->result();
    const QLocale locale;
    QString html;
    if (!result) {
        html = u"<p><b>%1</b></p><p>%2</p>"_s.arg(m_job->wasCancelled()
                                                      ? tr("Import cancelled").toHtmlEscaped()
                                                      : tr("Import failed").toHtmlEscaped(),
                                                  result.error().toHtmlEscaped());
        if (!m_job->wasCancelled())
            html += u"<p>%1</p>"_s.arg(tr("Nothing was changed.").toHtmlEscaped());
    } else {
        const SalaryImportReport &report = result.value();
        html = u"<p><b>%1</b></p>"_s.arg(tr("Imported %1 rows into the dataset \"%2\".")
                                             .arg(locale.toString(report.imported), report.dataset)
                                             .toHtmlEscaped());
        for (const QString &warning : report.warnings)
            html += u"<p>%1</p>"_s.arg(tr("Warning: %1").arg(warning).toHtmlEscaped());
        if (!report.skipped.isEmpty()) {
            html += u"<p>%1</p><ul>"_s.arg(
                tr("Skipped %n lines:", nullptr, int(report.skipped.size())).toHtmlEscaped());
            constexpr int MaxListed = 200;
            for (qsizetype i = 0; i < report.skipped.size() && i < MaxListed; ++i) {
                html += u"<li>%1</li>"_s.arg(tr("line %1: %2")
                                                 .arg(report.skipped.at(i).line)
                                                 .arg(report.skipped.at(i).reason)
                                                 .toHtmlEscaped());
            }
            html += u"</ul>"_s;
            if (report.skipped.size() > MaxListed)
                html += u"<p>%1</p>"_s.arg(
                    tr("… and %1 more.").arg(report.skipped.size() - MaxListed).toHtmlEscaped());
        }
        emit imported(report.datasetId);
    }
    m_ui->resultTextBrowser->setHtml(html);
    emit runningChanged(false);
}

QString SalaryImportDialog::resultText() const
{
    return m_ui->resultTextBrowser->toPlainText();
}

void SalaryImportDialog::showProblem(const QString &message)
{
    m_ui->importErrorLabel->setText(message);
    m_ui->importErrorLabel->setVisible(!message.isEmpty());
}

void SalaryImportDialog::reject()
{
    // Cancel stops a running import first; the dialog then shows that nothing changed.
    if (isImporting()) {
        cancelImport();
        return;
    }
    QDialog::reject();
}

} // namespace hirekit
