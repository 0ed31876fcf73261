#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QModelIndex;

namespace hirekit {

class CheckHighlighter;
class PostingCheckRunner;
class PostingDocument;
class SectionListModel;
enum class SectionPart;

namespace Ui {
class SectionsEditor;
}

// The ordered sections of a posting: their headings in a list (drag to reorder, F2 to
// rename) and the heading and Markdown body of the chosen one beside it. Add, remove and
// move are actions (Alt+Insert, Alt+Delete, Alt+Up, Alt+Down) that work while the focus is
// anywhere in the section editor. Every change is an undo command on the document.
class SectionsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SectionsEditor(QWidget *parent = nullptr);
    ~SectionsEditor() override;

    // nullptr empties the editor. The editor does not own the document.
    void setDocument(PostingDocument *document);

    // The section shown in the heading and body fields, -1 when none.
    int currentSection() const { return m_current; }
    void setCurrentSection(int index);

    // Add, remove, move up, move down: for the Posting menu.
    QList<QAction *> sectionActions() const;

    // The checks whose findings the body marks (coded words, long sentences, spelling);
    // nullptr for none. The editor does not own the runner.
    void setCheckRunner(PostingCheckRunner *runner);
    CheckHighlighter *bodyHighlighter() const { return m_bodyHighlighter; }
    // Shows section `index` and selects [position, position + length) of its heading or body.
    void showPlace(int index, SectionPart part, qsizetype position, qsizetype length);

private:
    void showSection(int index);
    void currentRowChanged(const QModelIndex &current);
    void headingEdited(const QString &text);
    void bodyEdited();
    void addSection();
    void removeSection();
    void moveSection(int delta);
    void documentSectionChanged(int index, SectionPart part);
    void documentSectionInserted(int index);
    void documentSectionRemoved(int index);
    void documentSectionMoved(int from, int to);
    void documentReplaced();
    void updateActions();
    void updateMarks();
    void replaceInBody(int position, int length, const QString &replacement);

    std::unique_ptr<Ui::SectionsEditor> m_ui;
    SectionListModel *m_model = nullptr;
    QPointer<PostingDocument> m_document;
    int m_current = -1;
    // Set while the editor itself changes the fields or pushes a command, so the echo of
    // its own change does not come back into the fields.
    bool m_updating = false;
    QAction *m_addAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_moveUpAction = nullptr;
    QAction *m_moveDownAction = nullptr;
    CheckHighlighter *m_bodyHighlighter = nullptr;
    QPointer<PostingCheckRunner> m_checkRunner;
};

} // namespace hirekit
