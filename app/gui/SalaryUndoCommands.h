#pragma once

#include "core/Salary.h"

#include <QList>
#include <QUndoCommand>

namespace hirekit {

class SalaryEditing;

// One command per user action on salary data (Tiled's way: small command classes). The
// change is already written when a command is pushed, so each skips its first redo().

// Adds one row; undo deletes it, redo brings it back (with the same id unless another row has
// taken it since: SalaryEditing::writeInsertRows()).
class AddSalaryRowCommand : public QUndoCommand
{
public:
    AddSalaryRowCommand(SalaryEditing *editing, qint64 datasetId, const SalaryRow &row);
    void undo() override;
    void redo() override;

private:
    SalaryEditing *m_editing;
    qint64 m_datasetId;
    SalaryRow m_row;
    bool m_written = true;
};

// Replaces a row's values.
class ChangeSalaryRowCommand : public QUndoCommand
{
public:
    ChangeSalaryRowCommand(SalaryEditing *editing, qint64 datasetId, const SalaryRow &before,
                           const SalaryRow &after);
    void undo() override;
    void redo() override;

private:
    SalaryEditing *m_editing;
    qint64 m_datasetId;
    SalaryRow m_before;
    SalaryRow m_after;
    bool m_written = true;
};

// Deletes rows; undo puts them back, with their ids where they are free.
class DeleteSalaryRowsCommand : public QUndoCommand
{
public:
    DeleteSalaryRowsCommand(SalaryEditing *editing, qint64 datasetId, const QList<SalaryRow> &rows);
    void undo() override;
    void redo() override;

private:
    SalaryEditing *m_editing;
    qint64 m_datasetId;
    QList<SalaryRow> m_rows;
    bool m_written = true;
};

// Changes a dataset's name, source or year.
class ChangeSalaryDatasetCommand : public QUndoCommand
{
public:
    ChangeSalaryDatasetCommand(SalaryEditing *editing, const SalaryDataset &before,
                               const SalaryDataset &after);
    void undo() override;
    void redo() override;

private:
    SalaryEditing *m_editing;
    SalaryDataset m_before;
    SalaryDataset m_after;
    bool m_written = true;
};

} // namespace hirekit
