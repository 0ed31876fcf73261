#pragma once

#include "core/Posting.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace hirekit {

class Library;
class RevisionListModel;

namespace Ui {
class RevisionHistoryDialog;
}

// The revisions kept of one posting (saved versions, exports, restores) with when, why
// and what changed; the chosen one is shown as the preview and the PDF show it. Restore
// hands it to the editor, which makes it an undoable step and keeps a Restore revision.
class RevisionHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    // `library` must outlive the dialog.
    RevisionHistoryDialog(Library *library, qint64 postingId, const QString &title,
                          QWidget *parent = nullptr);
    ~RevisionHistoryDialog() override;

    // Reads the revisions again and selects the newest.
    void reload();
    void selectRevision(int row);

signals:
    // The user asked to put `posting` (as kept by `revision`) back into the editor.
    void restoreRequested(const hirekit::Posting &posting,
                          const hirekit::PostingRevision &revision);

private:
    void currentChanged();
    void restore();
    void showError(const QString &message);

    std::unique_ptr<Ui::RevisionHistoryDialog> m_ui;
    Library *m_library;
    qint64 m_postingId;
    RevisionListModel *m_model;
    QPushButton *m_restoreButton = nullptr;
    std::optional<Posting> m_shown;
};

} // namespace hirekit
