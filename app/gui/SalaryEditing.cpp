#include "gui/SalaryEditing.h"

#include "core/SalaryValidation.h"
#include "gui/SalaryUndoCommands.h"
#include "storage/Library.h"
#include "storage/SalaryRepository.h"

#include <QUndoGroup>
#include <QUndoStack>

namespace hirekit {

SalaryEditing::SalaryEditing(QObject *parent)
    : QObject(parent)
    , m_group(new QUndoGroup(this))
{ }

SalaryEditing::~SalaryEditing() = default;

void SalaryEditing::setLibrary(Library *library)
{
    // The steps of the old library's datasets mean nothing in another library.
    for (QUndoStack *stack : std::as_const(m_stacks))
        delete stack;
    m_stacks.clear();
    m_library = library;
}

QUndoStack *SalaryEditing::stack(qint64 datasetId)
{
    QUndoStack *&stack = m_stacks[datasetId];
    if (!stack) {
        stack = new QUndoStack(this);
        m_group->addStack(stack);
    }
    return stack;
}

void SalaryEditing::setCurrentDataset(qint64 datasetId)
{
    m_group->setActiveStack(datasetId > 0 ? stack(datasetId) : nullptr);
}

void SalaryEditing::forgetDataset(qint64 datasetId)
{
    delete m_stacks.take(datasetId);
}

Status SalaryEditing::addRow(qint64 datasetId, const SalaryRow &row)
{
    if (const auto problem = salaryRowEditProblem(row))
        return Error { problem->message };
    if (!m_library)
        return Error { tr("No library is open.") };
    SalaryRow added = row;
    added.id = 0;
    const auto id = SalaryRepository(m_library->database()).insertRow(datasetId, added);
    if (!id)
        return Error { id.error() };
    added.id = *id;
    stack(datasetId)->push(new AddSalaryRowCommand(this, datasetId, added));
    emit rowsChanged(datasetId);
    return {};
}

Status SalaryEditing::changeRow(qint64 datasetId, const SalaryRow &before, const SalaryRow &after)
{
    if (const auto problem = salaryRowEditProblem(after))
        return Error { problem->message };
    if (!m_library)
        return Error { tr("No library is open.") };
    SalaryRepository repository(m_library->database());
    const auto stored = repository.row(before.id);
    if (!stored)
        return Error { stored.error() };
    SalaryRow changed = after;
    changed.id = before.id;
    if (auto updated = repository.updateRow(changed); !updated)
        return updated;
    stack(datasetId)->push(new ChangeSalaryRowCommand(this, datasetId, *stored, changed));
    emit rowsChanged(datasetId);
    return {};
}

Status SalaryEditing::deleteRows(qint64 datasetId, const QList<SalaryRow> &rows)
{
    if (rows.isEmpty())
        return {};
    if (!m_library)
        return Error { tr("No library is open.") };
    QList<qint64> ids;
    for (const SalaryRow &row : rows)
        ids.append(row.id);
    if (auto removed = SalaryRepository(m_library->database()).removeRows(ids, datasetId); !removed)
        return removed;
    stack(datasetId)->push(new DeleteSalaryRowsCommand(this, datasetId, rows));
    emit rowsChanged(datasetId);
    return {};
}

Status SalaryEditing::changeDataset(const SalaryDataset &before, const SalaryDataset &after)
{
    if (!m_library)
        return Error { tr("No library is open.") };
    SalaryDataset changed = after;
    changed.id = before.id;
    if (auto updated = SalaryRepository(m_library->database()).updateDataset(changed); !updated)
        return updated;
    stack(before.id)->push(new ChangeSalaryDatasetCommand(this, before, changed));
    emit datasetChanged(before.id);
    return {};
}

bool SalaryEditing::report(const Status &status)
{
    if (!status)
        emit failed(status.error());
    return status.ok();
}

bool SalaryEditing::writeInsertRows(qint64 datasetId, QList<SalaryRow> &rows)
{
    if (!m_library)
        return false;
    // One transaction, the rows with their ids where no other row has taken them since:
    // undoing a delete of many rows brings back all or none.
    const bool ok = report(SalaryRepository(m_library->database()).restoreRows(datasetId, rows));
    emit rowsChanged(datasetId);
    return ok;
}

bool SalaryEditing::writeRemoveRows(qint64 datasetId, const QList<qint64> &ids)
{
    if (!m_library)
        return false;
    const bool ok = report(SalaryRepository(m_library->database()).removeRows(ids, datasetId));
    emit rowsChanged(datasetId);
    return ok;
}

bool SalaryEditing::writeUpdateRow(qint64 datasetId, const SalaryRow &row)
{
    if (!m_library)
        return false;
    const bool ok = report(SalaryRepository(m_library->database()).updateRow(row, datasetId));
    emit rowsChanged(datasetId);
    return ok;
}

bool SalaryEditing::writeDataset(const SalaryDataset &dataset)
{
    if (!m_library)
        return false;
    const bool ok = report(SalaryRepository(m_library->database()).updateDataset(dataset));
    emit datasetChanged(dataset.id);
    return ok;
}

} // namespace hirekit
