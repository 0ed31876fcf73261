#pragma once

#include "analysis/PostingProse.h"
#include "core/HiringGuide.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace hirekit {

class CheckHighlighter;
class Library;
class PostingCheckRunner;
class PostingDocument;
class SectionsEditor;
class UndoShortcutFilter;
enum class PostingField;

namespace Ui {
class PostingEditor;
}

// Edits one open posting: the header fields, the places, the pay (typed, or filled from
// the salary tables), the company and how to apply, the hiring guide's context variation
// and industry, and the sections. Each field pushes an undo command on the document as
// the user types; the document's signals bring undo and redo back into the fields.
// Problems (no title, minimum above maximum, a date already past) are shown beside the
// field as they appear, never in a dialog. The posting checks run a moment after each pause
// in typing (checkRunner()); the multi-line fields and the section bodies mark their findings.
class PostingEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PostingEditor(QWidget *parent = nullptr);
    ~PostingEditor() override;

    // Where the hiring guide's variations and industries and the salary tables come from;
    // nullptr when no library is open. The editor does not own the library.
    void setLibrary(Library *library);
    // nullptr empties the editor. The editor does not own the document.
    void setDocument(PostingDocument *document);
    PostingDocument *document() const { return m_document; }

    SectionsEditor *sectionsEditor() const;
    // Puts the cursor in the title, with the title selected so typing replaces it.
    void focusTitle();

    // The posting checks of the open posting, for the checks panel.
    PostingCheckRunner *checkRunner() const { return m_checkRunner; }
    // The highlighter of a multi-line field (benefits, company description, how to apply).
    CheckHighlighter *highlighter(TextSource source) const;
    // Shows and selects where a finding was typed.
    void showPlace(const hirekit::TextPlace &place);
    // Moves the focus to the field a completeness finding names ("title", "salary", ...).
    void focusCheckField(const QString &field);

    // Reads an amount as people type it: "95000", "95,000", "95 000", "95k"; empty means
    // not stated. nullopt for anything else.
    static std::optional<std::optional<double>> parseAmount(const QString &text);

private:
    void bindLineEdit(QLineEdit *edit, PostingField field);
    void bindPlainTextEdit(QPlainTextEdit *edit, PostingField field);
    void pushField(PostingField field, const QVariant &value, bool typing);
    void salaryEdited();
    void currencyEdited(const QString &text);
    void validThroughEdited();
    void applyContextVariation();
    void applyIndustry();
    void fillSalary();
    void showField(PostingField field);
    void showAll();
    void showSalaryNote(const QString &note);
    void updateValidation();
    void updateEnabled();
    void updateMarks();
    void bindHighlighter(QPlainTextEdit *edit, PostingField field, TextSource source);

    std::unique_ptr<Ui::PostingEditor> m_ui;
    Library *m_library = nullptr;
    QPointer<PostingDocument> m_document;
    UndoShortcutFilter *m_undoFilter = nullptr;
    QList<ContextVariation> m_variations;
    QList<IndustryConsideration> m_industries;
    PostingCheckRunner *m_checkRunner = nullptr;
    struct CheckedField
    {
        QPlainTextEdit *edit;
        PostingField field;
        TextSource source;
        CheckHighlighter *highlighter;
    };
    QList<CheckedField> m_checkedFields;
    // Set while the editor writes into its own fields or pushes a command.
    bool m_updating = false;
};

} // namespace hirekit
