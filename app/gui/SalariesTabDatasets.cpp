// The Salaries tab's actions on whole datasets: new, properties, and delete to the trash.
// Creating and deleting are undone from the tab's undo bar (a dataset's own undo stack is
// not on screen before it exists or once it is gone); the trash is emptied in the
// background of datasets no undo can bring back. The rest of the tab is in SalariesTab.cpp.
#include "gui/SalariesTab.h"

#include "ui_SalariesTab.h"

#include "gui/SalaryBrowser.h"
#include "gui/SalaryDatasetDialog.h"
#include "gui/SalaryEditing.h"
#include "gui/UndoBar.h"
#include "storage/Library.h"
#include "storage/LibraryConnection.h"
#include "storage/SalaryRepository.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QThread>

#include <algorithm>

namespace hirekit {

void SalariesTab::newDataset()
{
    if (!m_library)
        return;
    SalaryDatasetDialog dialog(this);
    dialog.setWindowTitle(tr("New Salary Dataset"));
    QStringList names;
    for (const SalaryDataset &dataset : m_ui->salaryBrowser->datasets())
        names.append(dataset.name);
    dialog.setTakenNames(names);
    SalaryDataset dataset;
    dataset.year = QDate::currentDate().year();
    dialog.setDataset(dataset);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto id = SalaryRepository(m_library->database()).insertDataset(dialog.dataset());
    if (!id) {
        showError(tr("Cannot Create Dataset"), id.error());
        return;
    }
    m_ui->salaryBrowser->reload(*id);
    const qint64 created = *id;
    m_undoLast = [this, created] {
        if (auto trashed = SalaryRepository(m_library->database()).setDatasetDeleted(created, true);
            !trashed) {
            showError(tr("Cannot Delete Dataset"), trashed.error());
            return;
        }
        m_editing->forgetDataset(created);
        m_ui->salaryBrowser->reload();
    };
    m_undoBar->showMessage(tr("Created the dataset \"%1\".").arg(dialog.dataset().name));
}

void SalariesTab::editDataset()
{
    const auto dataset = m_ui->salaryBrowser->currentDataset();
    if (!m_library || !dataset)
        return;
    SalaryDatasetDialog dialog(this);
    dialog.setWindowTitle(tr("Dataset Properties"));
    QStringList names;
    for (const SalaryDataset &other : m_ui->salaryBrowser->datasets()) {
        if (other.id != dataset->id)
            names.append(other.name);
    }
    dialog.setTakenNames(names);
    dialog.setDataset(*dataset);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SalaryDataset changed = dialog.dataset();
    if (changed.name == dataset->name && changed.source == dataset->source
        && changed.year == dataset->year) {
        return;
    }
    if (auto updated = m_editing->changeDataset(*dataset, changed); !updated)
        showError(tr("Cannot Change Dataset"), updated.error());
}

void SalariesTab::deleteDataset()
{
    const auto dataset = m_ui->salaryBrowser->currentDataset();
    if (!m_library || !dataset || dataset->isBuiltin)
        return;
    // No confirmation: the dataset goes to the trash and the undo bar brings it back.
    if (auto trashed = SalaryRepository(m_library->database()).setDatasetDeleted(dataset->id, true);
        !trashed) {
        showError(tr("Cannot Delete Dataset"), trashed.error());
        return;
    }
    m_editing->forgetDataset(dataset->id);
    m_ui->salaryBrowser->reload();
    const qint64 id = dataset->id;
    m_undoLast = [this, id] {
        if (auto restored = SalaryRepository(m_library->database()).setDatasetDeleted(id, false);
            !restored) {
            showError(tr("Cannot Bring Back the Dataset"), restored.error());
            return;
        }
        m_ui->salaryBrowser->reload(id);
    };
    m_undoBar->showMessage(tr("Deleted the dataset \"%1\" with its %2 rows.")
                               .arg(dataset->name, QLocale().toString(dataset->rowCount)));
}

// Datasets trashed before this window opened the library, and a day ago at least, can no
// longer be undone: their rows are removed on a worker thread with its own connection, in
// small batches, while the window is already in use. The day spares what another window,
// open since before this one, trashed recently and may still take back with its undo bar.
void SalariesTab::emptyTrashInBackground(Library *library)
{
    if (!library)
        return;
    const QDateTime before =
        std::min(library->openedAt(), QDateTime::currentDateTimeUtc().addDays(-1));
    QThread *thread = QThread::create([path = library->path(), before] {
        const auto connection = LibraryConnection::open(path);
        if (connection) {
            const auto emptied =
                SalaryRepository((*connection)->database()).emptyTrashDeletedBefore(before);
            if (!emptied)
                qWarning("Cannot empty the salary dataset trash: %s", qPrintable(emptied.error()));
        }
    });
    connect(thread, &QThread::finished, this, &SalariesTab::libraryWrittenInBackground);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

} // namespace hirekit
