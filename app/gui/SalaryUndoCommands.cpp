#include "gui/SalaryUndoCommands.h"

#include "gui/SalaryEditing.h"

#include <QCoreApplication>

namespace hirekit {

namespace {

// The translation context of the commands' names in the Edit menu.
struct SalaryCommandText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::SalaryUndoCommands)
};

QList<qint64> idsOf(const QList<SalaryRow> &rows)
{
    QList<qint64> ids;
    for (const SalaryRow &row : rows)
        ids.append(row.id);
    return ids;
}

} // namespace

AddSalaryRowCommand::AddSalaryRowCommand(SalaryEditing *editing, qint64 datasetId,
                                         const SalaryRow &row)
    : QUndoCommand(SalaryCommandText::tr("Add Row %1, %2").arg(row.area, row.role))
    , m_editing(editing)
    , m_datasetId(datasetId)
    , m_row(row)
{ }

void AddSalaryRowCommand::undo()
{
    m_editing->writeRemoveRows(m_datasetId, { m_row.id });
}

void AddSalaryRowCommand::redo()
{
    if (std::exchange(m_written, false))
        return;
    m_editing->writeInsertRows(m_datasetId, { m_row });
}

ChangeSalaryRowCommand::ChangeSalaryRowCommand(SalaryEditing *editing, qint64 datasetId,
                                               const SalaryRow &before, const SalaryRow &after)
    : QUndoCommand(SalaryCommandText::tr("Change Row %1, %2").arg(after.area, after.role))
    , m_editing(editing)
    , m_datasetId(datasetId)
    , m_before(before)
    , m_after(after)
{ }

void ChangeSalaryRowCommand::undo()
{
    m_editing->writeUpdateRow(m_datasetId, m_before);
}

void ChangeSalaryRowCommand::redo()
{
    if (std::exchange(m_written, false))
        return;
    m_editing->writeUpdateRow(m_datasetId, m_after);
}

DeleteSalaryRowsCommand::DeleteSalaryRowsCommand(SalaryEditing *editing, qint64 datasetId,
                                                 const QList<SalaryRow> &rows)
    : QUndoCommand(
        rows.size() == 1
            ? SalaryCommandText::tr("Delete Row %1, %2").arg(rows.first().area, rows.first().role)
            : SalaryCommandText::tr("Delete %n Rows", nullptr, int(rows.size())))
    , m_editing(editing)
    , m_datasetId(datasetId)
    , m_rows(rows)
{ }

void DeleteSalaryRowsCommand::undo()
{
    m_editing->writeInsertRows(m_datasetId, m_rows);
}

void DeleteSalaryRowsCommand::redo()
{
    if (std::exchange(m_written, false))
        return;
    m_editing->writeRemoveRows(m_datasetId, idsOf(m_rows));
}

ChangeSalaryDatasetCommand::ChangeSalaryDatasetCommand(SalaryEditing *editing,
                                                       const SalaryDataset &before,
                                                       const SalaryDataset &after)
    : QUndoCommand(
        before.name == after.name
            ? SalaryCommandText::tr("Change Dataset %1").arg(after.name)
            : SalaryCommandText::tr("Rename Dataset %1 to %2").arg(before.name, after.name))
    , m_editing(editing)
    , m_before(before)
    , m_after(after)
{ }

void ChangeSalaryDatasetCommand::undo()
{
    m_editing->writeDataset(m_before);
}

void ChangeSalaryDatasetCommand::redo()
{
    if (std::exchange(m_written, false))
        return;
    m_editing->writeDataset(m_after);
}

} // namespace hirekit
