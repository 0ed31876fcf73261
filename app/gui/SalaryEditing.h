#pragma once

#include "core/Result.h"
#include "core/Salary.h"

#include <QHash>
#include <QList>
#include <QObject>

class QUndoGroup;
class QUndoStack;

namespace hirekit {

class Library;

// Changes to salary rows and datasets, each an undoable command on the undo stack of the
// dataset it changes: one QUndoStack per dataset (as Tiled keeps one per map), all in one
// QUndoGroup whose active stack is the dataset on screen, so Edit > Undo acts on what the
// user sees. Every change is written to the library at once; a command is pushed only
// when that write succeeded, and later undo/redo writes that fail are reported through
// failed(). Deleting a whole dataset is not a command: the tab asks first, and its stack
// goes with it.
class SalaryEditing : public QObject
{
    Q_OBJECT

public:
    explicit SalaryEditing(QObject *parent = nullptr);
    ~SalaryEditing() override;

    // Works on `library` (not owned); forgets every stack of the previous one.
    void setLibrary(Library *library);
    QUndoGroup *undoGroup() const { return m_group; }
    // The stack of `datasetId`, made on first use.
    QUndoStack *stack(qint64 datasetId);
    void setCurrentDataset(qint64 datasetId);
    void forgetDataset(qint64 datasetId);

    // The user's actions: checked (salaryRowEditProblem), written, and pushed as one
    // command each.
    Status addRow(qint64 datasetId, const SalaryRow &row);
    Status changeRow(qint64 datasetId, const SalaryRow &before, const SalaryRow &after);
    Status deleteRows(qint64 datasetId, const QList<SalaryRow> &rows);
    Status changeDataset(const SalaryDataset &before, const SalaryDataset &after);

    // What the commands' undo and redo call: write, then tell the views. Commands keep the ids
    // their rows had when they were made; a row put back whose id another row has taken since
    // (ids are reused once the highest are deleted) gets a new one, and every command's id is
    // read through that renumbering (currentId()).
    bool writeInsertRows(qint64 datasetId, const QList<SalaryRow> &rows);
    bool writeRemoveRows(qint64 datasetId, const QList<qint64> &ids);
    bool writeUpdateRow(qint64 datasetId, const SalaryRow &row);
    bool writeDataset(const SalaryDataset &dataset);

signals:
    void rowsChanged(qint64 datasetId);
    void datasetChanged(qint64 datasetId);
    void failed(const QString &message);

private:
    bool report(const Status &status);

    // The id a command's row has now: its id as the command knows it, through the rows put
    // back under a new id.
    qint64 currentId(qint64 datasetId, qint64 id) const;

    Library *m_library = nullptr;
    QUndoGroup *m_group = nullptr;
    QHash<qint64, QUndoStack *> m_stacks;
    QHash<qint64, QHash<qint64, qint64>> m_renumbered; // by dataset: an id -> the one it became
};

} // namespace hirekit
