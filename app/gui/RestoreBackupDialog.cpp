#include "gui/RestoreBackupDialog.h"

#include "gui/AppSettings.h"
#include "gui/FileDialogs.h"
#include "gui/MessageBoxes.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

constexpr int PathRole = Qt::UserRole;

QString kindText(const BackupInfo &backup)
{
    switch (backup.kind) {
    case BackupInfo::Kind::Daily:
        return RestoreBackupDialog::tr("daily backup");
    case BackupInfo::Kind::BeforeUpgrade:
        return RestoreBackupDialog::tr("before the upgrade to library version %1")
            .arg(backup.version);
    case BackupInfo::Kind::BeforeRestore:
        return RestoreBackupDialog::tr("before a restore");
    case BackupInfo::Kind::Other:
        break;
    }
    return RestoreBackupDialog::tr("chosen file");
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace

RestoreBackupDialog::RestoreBackupDialog(const QString &libraryPath, QWidget *parent)
    : QDialog(parent)
    , m_libraryPath(libraryPath)
{
    setObjectName(u"restoreBackupDialog"_s);
    setWindowTitle(tr("Restore from Backup"));

    auto *intro = new QLabel(tr("Replace the library %1 with one of its backups:")
                                 .arg(QDir::toNativeSeparators(libraryPath)),
                             this);
    intro->setWordWrap(true);
    auto *listLabel = new QLabel(tr("&Backups, newest first:"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"backupsListWidget"_s);
    listLabel->setBuddy(m_list);
    auto *choose = new QPushButton(tr("&Choose File…"), this);
    choose->setObjectName(u"chooseFilePushButton"_s);

    auto *previewBox = new QGroupBox(tr("What it holds"), this);
    m_preview = new QLabel(previewBox);
    m_preview->setObjectName(u"previewLabel"_s);
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::RichText);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_preview->setMinimumWidth(260);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_preview);

    auto *keepLabel = new QLabel(tr("&Keep the last"), this);
    m_keep = new QSpinBox(this);
    m_keep->setObjectName(u"keepBackupsSpinBox"_s);
    m_keep->setRange(1, LibraryBackups::MaxKeep);
    m_keep->setValue(AppSettings().backupsToKeep());
    m_keep->setToolTip(tr("Hirekit backs up each library when it first opens it on a day, "
                          "before an upgrade and before a restore, and removes the oldest "
                          "beyond this number."));
    keepLabel->setBuddy(m_keep);
    auto *keepSuffix = new QLabel(tr("automatic backups of each library"), this);
    auto *folder = new QLabel(
        tr("Kept in %1").arg(QDir::toNativeSeparators(LibraryBackups::folderFor(libraryPath))),
        this);
    folder->setObjectName(u"backupFolderLabel"_s);
    folder->setWordWrap(true);
    folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    folder->setEnabled(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *restore = m_buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(u"restorePushButton"_s);

    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(listLabel);
    listColumn->addWidget(m_list, 1);
    auto *chooseRow = new QHBoxLayout;
    chooseRow->addWidget(choose);
    chooseRow->addStretch(1);
    listColumn->addLayout(chooseRow);
    auto *columns = new QHBoxLayout;
    columns->addLayout(listColumn, 1);
    columns->addWidget(previewBox);
    auto *keepRow = new QHBoxLayout;
    keepRow->addWidget(keepLabel);
    keepRow->addWidget(m_keep);
    keepRow->addWidget(keepSuffix);
    keepRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);
    layout->addLayout(keepRow);
    layout->addWidget(folder);
    layout->addWidget(m_buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &RestoreBackupDialog::showPreview);
    connect(choose, &QPushButton::clicked, this, &RestoreBackupDialog::chooseFile);
    connect(m_keep, &QSpinBox::valueChanged, this,
            [](int count) { AppSettings().setBackupsToKeep(count); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RestoreBackupDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    fill();
    resize(820, 420);
}

void RestoreBackupDialog::fill()
{
    m_list->clear();
    const QList<BackupInfo> backups = LibraryBackups(m_libraryPath).list();
    for (const BackupInfo &backup : backups) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2 — %3")
                .arg(QLocale().toString(backup.created.toLocalTime(), QLocale::ShortFormat),
                     kindText(backup), QLocale().formattedDataSize(backup.size)),
            m_list);
        item->setData(PathRole, backup.path);
        item->setToolTip(QDir::toNativeSeparators(backup.path));
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        showPreview();
}

void RestoreBackupDialog::chooseFile()
{
    const QString path = FileDialogs::getOpenFileName(
        this, tr("Choose a Backup"), QFileInfo(m_libraryPath).absolutePath(),
        tr("Hirekit libraries (*.sqlite *.hirekit *.db);;All files (*)"));
    if (!path.isEmpty())
        addChosenFile(path);
}

void RestoreBackupDialog::addChosenFile(const QString &path)
{
    const QFileInfo info(path);
    auto *item =
        new QListWidgetItem(tr("%1 — %2 — %3")
                                .arg(QLocale().toString(info.lastModified(), QLocale::ShortFormat),
                                     info.fileName(), QLocale().formattedDataSize(info.size())));
    item->setData(PathRole, info.absoluteFilePath());
    item->setToolTip(QDir::toNativeSeparators(info.absoluteFilePath()));
    m_list->insertItem(0, item);
    m_list->setCurrentRow(0);
    m_list->setFocus();
}

QString RestoreBackupDialog::selectedPath() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(PathRole).toString() : QString();
}

void RestoreBackupDialog::showPreview()
{
    m_previewOk = false;
    const QString path = selectedPath();
    if (path.isEmpty()) {
        m_preview->setText(tr("No automatic backups yet. Hirekit takes one when it first opens "
                              "the library on a day; or choose a file.")
                               .toHtmlEscaped());
    } else if (const auto summary = LibraryBackups::summarize(path); !summary) {
        m_preview->setText(u"<p><b>%1</b></p><p>%2</p>"_s.arg(
            tr("This file cannot be restored.").toHtmlEscaped(), summary.error().toHtmlEscaped()));
    } else {
        m_previewOk = true;
        const QString lastChange = summary->newestChange.isValid()
            ? QLocale().toString(summary->newestChange.toLocalTime(), QLocale::ShortFormat)
            : tr("not recorded");
        const QList<std::pair<QString, QString>> rows {
            { tr("Library version"), QString::number(summary->schemaVersion) },
            { tr("Postings"), number(summary->postings) },
            { tr("Templates"), number(summary->templates) },
            { tr("Candidates"), number(summary->candidates) },
            { tr("Scorecards"), number(summary->scorecards) },
            { tr("Salary datasets"), number(summary->salaryDatasets) },
            { tr("Salary rows"), number(summary->salaryRows) },
            { tr("Last change"), lastChange },
        };
        QString html = u"<table cellspacing=\"2\">"_s;
        for (const auto &[label, value] : rows) {
            html += u"<tr><td>%1</td><td align=\"right\">&nbsp;&nbsp;<b>%2</b></td></tr>"_s.arg(
                label.toHtmlEscaped(), value.toHtmlEscaped());
        }
        m_preview->setText(html + u"</table>"_s);
    }
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(!m_previewOk);
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(m_previewOk);
    }
}

void RestoreBackupDialog::accept()
{
    if (!m_previewOk)
        return;
    const auto answer = MessageBoxes::question(
        this, tr("Restore Library"),
        tr("Replace the library %1 with this backup?\n\nThe library as it is now is kept as a "
           "backup first, so you can go back to it from this dialog.")
            .arg(QDir::toNativeSeparators(m_libraryPath)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QDialog::accept();
}

} // namespace hirekit
