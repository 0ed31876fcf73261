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
    m_renumbered.clear();
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
    m_renumbered.remove(datasetId);
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
    if (auto updated = repository.updateRow(changed, datasetId); !updated)
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

qint64 SalaryEditing::currentId(qint64 datasetId, qint64 id) const
{
    const QHash<qint64, qint64> renumbered = m_renumbered.value(datasetId);
    // A row can be put back under a new id more than once; a new id is past every id in the
    // table, so each step goes up and the chain ends.
    for (auto it = renumbered.constFind(id); it != renumbered.cend(); it = renumbered.constFind(id))
        id = *it;
    return id;
}

bool SalaryEditing::writeInsertRows(qint64 datasetId, const QList<SalaryRow> &rows)
{
    if (!m_library)
        return false;
    // One transaction, the rows with their ids where no other row has taken them since:
    // undoing a delete of many rows brings back all or none.
    QList<SalaryRow> current = rows;
    for (SalaryRow &row : current)
        row.id = currentId(datasetId, row.id);
    const QList<SalaryRow> asked = current;
    const bool ok = report(SalaryRepository(m_library->database()).restoreRows(datasetId, current));
    if (ok) {
        for (qsizetype i = 0; i < current.size(); ++i) {
            if (current.at(i).id != asked.at(i).id)
                m_renumbered[datasetId].insert(asked.at(i).id, current.at(i).id);
        }
    }
    emit rowsChanged(datasetId);
    return ok;
}

bool SalaryEditing::writeRemoveRows(qint64 datasetId, const QList<qint64> &ids)
{
    if (!m_library)
        return false;
    QList<qint64> current;
    current.reserve(ids.size());
    for (const qint64 id : ids)
        current.append(currentId(datasetId, id));
    const bool ok = report(SalaryRepository(m_library->database()).removeRows(current, datasetId));
    emit rowsChanged(datasetId);
    return ok;
}

bool SalaryEditing::writeUpdateRow(qint64 datasetId, const SalaryRow &row)
{
    if (!m_library)
        return false;
    SalaryRow current = row;
    current.id = currentId(datasetId, row.id);
    const bool ok = report(SalaryRepository(m_library->database()).updateRow(current, datasetId));
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
