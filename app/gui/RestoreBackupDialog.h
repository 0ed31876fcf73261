#pragma once

#include "storage/LibraryBackups.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QSpinBox;

namespace hirekit {

// File > Restore from Backup…: the library's automatic backups, newest first, or a file
// the user chooses, with a preview of what the selected one holds (read without changing
// it; a file that is not a healthy Hirekit library says why and cannot be chosen), and how
// many automatic backups to keep. Restore asks once more before the dialog accepts;
// replacing the library is the window's job (selectedPath()).
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreBackupDialog(const QString &libraryPath, QWidget *parent = nullptr);

    // The backup to restore, once accepted.
    QString selectedPath() const;
    QListWidget *backupList() const { return m_list; }
    QLabel *previewLabel() const { return m_preview; }

    // Adds `path` at the top of the list and selects it (what "Choose File…" does).
    void addChosenFile(const QString &path);

    void accept() override;

private:
    void fill();
    void chooseFile();
    void showPreview();

    QString m_libraryPath;
    QListWidget *m_list = nullptr;
    QLabel *m_preview = nullptr;
    QSpinBox *m_keep = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_previewOk = false;
};

} // namespace hirekit
