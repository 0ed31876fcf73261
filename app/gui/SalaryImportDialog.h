#pragma once

#include "io/SalaryImport.h"

#include <QDialog>
#include <QStringList>

#include <memory>

class QComboBox;

namespace hirekit {

class SalaryImportJob;

namespace Ui {
class SalaryImportDialog;
}

// Imports a salary CSV file as a user would: choose the file, the format (auto, BLS OEWS,
// generic) and the dataset's name; for a generic file, say what each column holds in a
// table that shows the file's first rows (guessed from the header, changeable); then the
// import runs in the background (SalaryImportJob) with a progress bar and Cancel, and the
// dialog ends on what happened: rows imported, lines skipped with their reasons, warnings.
class SalaryImportDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int PreviewRows = 5;

    SalaryImportDialog(const QString &libraryPath, QWidget *parent = nullptr);
    ~SalaryImportDialog() override;

    // Reads the header and first rows of `path` and fills the form from them.
    bool setFile(const QString &path);
    void setFormat(SalaryCsvFormat format);
    void setDatasetName(const QString &name);
    // The key the mapping gives column `column` ("" for ignored).
    QString columnKey(int column) const;
    void setColumnKey(int column, const QString &key);
    // The options the form makes.
    SalaryImportOptions options() const;

    // Starts the import (as the Import button does); false when the form is incomplete.
    bool startImport();
    // Cancels a running import (as the Cancel button does).
    void cancelImport();
    bool isImporting() const;
    SalaryImportJob *job() const { return m_job; }
    // The last import's report, in words.
    QString resultText() const;

    void reject() override;

signals:
    // The import started or ended (whether it committed or not).
    void runningChanged(bool running);
    // A dataset was imported (the import committed).
    void imported(qint64 datasetId);

private:
    void browse();
    void updateFormat();
    void fillMapping();
    void showProblem(const QString &message);
    void progress(qint64 done, qint64 total);
    void importFinished();
    QList<QComboBox *> mappingBoxes() const;

    std::unique_ptr<Ui::SalaryImportDialog> m_ui;
    QString m_libraryPath;
    SalaryCsvPreview m_preview;
    QStringList m_guessedKeys;
    SalaryImportJob *m_job = nullptr;
    class QPushButton *m_importButton = nullptr;
};

} // namespace hirekit
