#pragma once

#include "core/Posting.h"

#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>
#include <QVariant>

class QTimer;
class QUndoStack;

namespace hirekit {

// The header fields of a posting that the editor edits one at a time. Values travel as
// QVariant: QString for text, int for enums, QDate for the date, double or null for pay.
enum class PostingField
{
    Title,
    Level, // int(Level) or null
    Department,
    EmploymentType, // int(EmploymentType)
    StatusField, // int(PostingStatus); not "Status", which is hirekit::Status
    BenefitsSummary,
    ValidThrough, // QDate, invalid for none
    CompanyName,
    CompanyDescription,
    HowToApply,
    SalaryMin, // double or null
    SalaryMax, // double or null
    SalaryCurrency,
    SalaryPeriod, // int(PayPeriod)
};

// Which text of a section an edit changes.
enum class SectionPart
{
    Heading,
    Body
};

// One posting open for editing, as Tiled's MapDocument is one open map: the posting, its
// undo stack, and the autosave that writes it back to the library. Widgets never change
// the posting directly; they push commands (PostingCommands.h) whose redo/undo call the
// setters below, and every setter says what changed so each widget refreshes only itself.
// "Saved" and "modified" follow the undo stack's clean state.
class PostingDocument : public QObject
{
    Q_OBJECT

public:
    // Autosave runs this long after the last change (a single-shot timer restarted on
    // every change), so a typing burst costs one write.
    static constexpr int DefaultAutosaveDelayMs = 1000;

    PostingDocument(const Posting &posting, QSqlDatabase db, QObject *parent = nullptr);
    ~PostingDocument() override;

    const Posting &posting() const { return m_posting; }
    qint64 id() const { return m_posting.id; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // Built-in templates are shown, never changed.
    bool isReadOnly() const { return m_posting.isBuiltin; }
    // Changes not yet written to the library.
    bool isModified() const;

    QVariant field(PostingField field) const;
    // The explanation of the last salary filled from the salary table; empty when none.
    QString salaryNote() const { return m_salaryNote; }

    // Mutators for commands. Each emits the matching signal and changed().
    void setField(PostingField field, const QVariant &value);
    void setSectionText(int index, SectionPart part, const QString &text);
    void insertSection(int index, const PostingSection &section);
    void removeSection(int index);
    // Moves the section at `from` so that it ends up at index `to`.
    void moveSection(int from, int to);
    void setLocation(int index, const PostingLocation &location);
    void insertLocation(int index, const PostingLocation &location);
    void removeLocation(int index);
    void setSalary(const PayRange &range, const QString &note);
    // Takes over everything a person edits from `posting`; identity and timestamps stay.
    void replaceContent(const Posting &posting);

    // Writes pending changes now. True when nothing was pending or the write succeeded;
    // on failure the changes stay pending and errorString() says why. When the stored
    // posting was changed elsewhere since this document read or wrote it (another window,
    // the command line), nothing is written: changedElsewhere() asks the user first.
    bool save();
    // Whether the stored posting changed (or went) since this document read or wrote it.
    bool isChangedElsewhere() const;
    // Writes this version over the one changed elsewhere (the user chose to keep theirs).
    bool saveOverChangesElsewhere();
    QString errorString() const { return m_errorString; }
    QDateTime lastSaved() const { return m_lastSaved; }
    void setAutosaveDelay(int milliseconds);

signals:
    void fieldChanged(hirekit::PostingField field);
    void sectionChanged(int index, hirekit::SectionPart part);
    void sectionInserted(int index);
    void sectionRemoved(int index);
    void sectionMoved(int from, int to);
    void locationsChanged();
    void salaryNoteChanged(const QString &note);
    // Everything may have changed (a context variation, an industry, a restored revision).
    void contentReplaced();
    // Any of the above; the preview and the autosave listen to this one.
    void changed();
    void modifiedChanged(bool modified);
    // After a successful write; `posting()` holds the new last-change time.
    void saved(const QDateTime &when);
    void saveFailed(const QString &message);
    // A save found the stored posting changed elsewhere and wrote nothing.
    void changedElsewhere();

private:
    void contentChanged();

    Posting m_posting;
    QSqlDatabase m_db;
    QUndoStack *m_undoStack = nullptr;
    QTimer *m_autosaveTimer = nullptr;
    QString m_salaryNote;
    QString m_errorString;
    QDateTime m_lastSaved;
};

} // namespace hirekit

Q_DECLARE_METATYPE(hirekit::PostingField)
Q_DECLARE_METATYPE(hirekit::SectionPart)
