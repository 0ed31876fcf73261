#include "gui/SectionsEditor.h"

#include "ui_SectionsEditor.h"

#include "analysis/PostingChecks.h"
#include "gui/CheckHighlighter.h"
#include "gui/EditingHelpers.h"
#include "gui/ElidedTextDelegate.h"
#include "gui/PostingCheckRunner.h"
#include "gui/PostingCommands.h"
#include "gui/PostingDocument.h"
#include "gui/models/SectionListModel.h"

#include <QAction>
#include <QScopedValueRollback>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace hirekit {

SectionsEditor::SectionsEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SectionsEditor>())
    , m_model(new SectionListModel(this))
{
    m_ui->setupUi(this);
    m_ui->sectionsListView->setItemDelegate(new ElidedTextDelegate(m_ui->sectionsListView));
    m_ui->sectionsListView->setModel(m_model);
    m_ui->headingLineEdit->setPlaceholderText(tr("Section heading"));
    m_ui->bodyPlainTextEdit->setPlaceholderText(
        tr("What this section says, in Markdown. Lines starting with \"- \" become bullets."));

    const auto makeAction = [this](const QString &objectName, const QString &text,
                                   const QKeySequence &shortcut, const QString &iconName,
                                   const QString &tip) {
        auto *action = new QAction(QIcon::fromTheme(iconName), text, this);
        action->setObjectName(objectName);
        action->setShortcut(shortcut);
        // Only while the focus is in the section editor: elsewhere Alt+Up means nothing here.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(u"%1 (%2)"_s.arg(tip, shortcut.toString(QKeySequence::NativeText)));
        addAction(action);
        return action;
    };
    m_addAction = makeAction(u"addSectionAction"_s, tr("&Add Section"),
                             QKeySequence(Qt::ALT | Qt::Key_Insert), u"list-add"_s,
                             tr("Add a section after this one"));
    m_removeAction = makeAction(u"removeSectionAction"_s, tr("&Remove Section"),
                                QKeySequence(Qt::ALT | Qt::Key_Delete), u"list-remove"_s,
                                tr("Remove this section"));
    m_moveUpAction =
        makeAction(u"moveSectionUpAction"_s, tr("Move Section &Up"),
                   QKeySequence(Qt::ALT | Qt::Key_Up), u"go-up"_s, tr("Move this section up"));
    m_moveDownAction = makeAction(u"moveSectionDownAction"_s, tr("Move Section &Down"),
                                  QKeySequence(Qt::ALT | Qt::Key_Down), u"go-down"_s,
                                  tr("Move this section down"));
    m_ui->addSectionButton->setDefaultAction(m_addAction);
    m_ui->removeSectionButton->setDefaultAction(m_removeAction);
    m_ui->moveSectionUpButton->setDefaultAction(m_moveUpAction);
    m_ui->moveSectionDownButton->setDefaultAction(m_moveDownAction);
    // The buttons are narrow: an icon, or without an icon theme a sign; the menu and the
    // tooltips have the words. Signs that the interface's font has ("–" rather than the minus
    // sign) and arrows the style draws: a character the font lacks makes Qt look through
    // every installed font for one that has it, a few milliseconds the first time the Postings
    // tab is shown (Noto Sans, the usual interface font here, has neither "−" nor the arrows).
    m_addAction->setIconText(u"+"_s);
    m_removeAction->setIconText(u"–"_s);
    m_moveUpAction->setIconText(tr("Up"));
    m_moveDownAction->setIconText(tr("Down"));
    if (m_moveUpAction->icon().isNull())
        m_ui->moveSectionUpButton->setArrowType(Qt::UpArrow);
    if (m_moveDownAction->icon().isNull())
        m_ui->moveSectionDownButton->setArrowType(Qt::DownArrow);

    connect(m_addAction, &QAction::triggered, this, &SectionsEditor::addSection);
    connect(m_removeAction, &QAction::triggered, this, &SectionsEditor::removeSection);
    connect(m_moveUpAction, &QAction::triggered, this, [this] { moveSection(-1); });
    connect(m_moveDownAction, &QAction::triggered, this, [this] { moveSection(+1); });
    connect(m_ui->sectionsListView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SectionsEditor::currentRowChanged);
    connect(m_ui->headingLineEdit, &QLineEdit::textEdited, this, &SectionsEditor::headingEdited);
    connect(m_ui->bodyPlainTextEdit, &QPlainTextEdit::textChanged, this,
            &SectionsEditor::bodyEdited);
    m_bodyHighlighter = new CheckHighlighter(m_ui->bodyPlainTextEdit);
    connect(m_bodyHighlighter, &CheckHighlighter::replacementChosen, this,
            &SectionsEditor::replaceInBody);
    setDocument(nullptr);
}

SectionsEditor::~SectionsEditor() = default;

QList<QAction *> SectionsEditor::sectionActions() const
{
    return { m_addAction, m_removeAction, m_moveUpAction, m_moveDownAction };
}

void SectionsEditor::setCheckRunner(PostingCheckRunner *runner)
{
    if (m_checkRunner)
        disconnect(m_checkRunner, nullptr, this, nullptr);
    m_checkRunner = runner;
    if (m_checkRunner)
        connect(m_checkRunner, &PostingCheckRunner::checked, this, &SectionsEditor::updateMarks);
    updateMarks();
}

void SectionsEditor::updateMarks()
{
    // Findings of a run before the last change may sit elsewhere now; the next run, a moment
    // away, brings them.
    if (!m_checkRunner || m_checkRunner->isPending() || m_current < 0) {
        m_bodyHighlighter->setMarks({});
        return;
    }
    m_bodyHighlighter->setMarks(
        CheckHighlighter::marksFor(m_checkRunner->checks(), TextSource::SectionBody, m_current));
}

void SectionsEditor::showPlace(int index, SectionPart part, qsizetype position, qsizetype length)
{
    if (!m_document || index < 0 || index >= m_model->rowCount())
        return;
    if (index != m_current)
        setCurrentSection(index);
    if (part == SectionPart::Heading) {
        m_ui->headingLineEdit->setFocus(Qt::OtherFocusReason);
        m_ui->headingLineEdit->setSelection(int(position), int(length));
        return;
    }
    selectText(m_ui->bodyPlainTextEdit, position, length);
}

void SectionsEditor::replaceInBody(int position, int length, const QString &replacement)
{
    if (!m_document || m_document->isReadOnly() || m_current < 0)
        return;
    QString body = m_document->posting().sections.at(m_current).body;
    const QString word = body.mid(position, length);
    body.replace(position, length, replacement);
    // Not a typing command: a correction is its own undo step. Pushed without m_updating, so
    // the document's change comes back into the body like an undo does.
    auto *command =
        new SetSectionTextCommand(m_document, m_current, SectionPart::Body, body, false);
    command->setText(tr("Replace “%1” with “%2”").arg(word, replacement));
    m_document->undoStack()->push(command);
}

void SectionsEditor::setDocument(PostingDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_current = -1;
    m_model->setDocument(document);
    if (m_document) {
        connect(m_document, &PostingDocument::sectionChanged, this,
                &SectionsEditor::documentSectionChanged);
        connect(m_document, &PostingDocument::sectionInserted, this,
                &SectionsEditor::documentSectionInserted);
        connect(m_document, &PostingDocument::sectionRemoved, this,
                &SectionsEditor::documentSectionRemoved);
        connect(m_document, &PostingDocument::sectionMoved, this,
                &SectionsEditor::documentSectionMoved);
        connect(m_document, &PostingDocument::contentReplaced, this,
                &SectionsEditor::documentReplaced);
    }
    const bool readOnly = !m_document || m_document->isReadOnly();
    m_ui->headingLineEdit->setReadOnly(readOnly);
    m_ui->bodyPlainTextEdit->setReadOnly(readOnly);
    m_ui->sectionsListView->setDragEnabled(!readOnly);
    setCurrentSection(m_model->rowCount() > 0 ? 0 : -1);
}

void SectionsEditor::setCurrentSection(int index)
{
    if (index >= 0 && index < m_model->rowCount())
        m_ui->sectionsListView->setCurrentIndex(m_model->index(index));
    else
        m_ui->sectionsListView->setCurrentIndex({});
    // The view does not report a current index that stays the same; show it anyway.
    showSection(index >= 0 && index < m_model->rowCount() ? index : -1);
}

void SectionsEditor::currentRowChanged(const QModelIndex &current)
{
    showSection(current.isValid() ? current.row() : -1);
}

void SectionsEditor::showSection(int index)
{
    const bool sameSection = index == m_current;
    m_current = index;
    const QScopedValueRollback<bool> updating(m_updating, true);
    const bool valid = m_document && index >= 0;
    m_ui->sectionEditWidget->setEnabled(valid);
    if (valid) {
        const PostingSection &section = m_document->posting().sections.at(index);
        syncText(m_ui->headingLineEdit, section.heading);
        // The same section changed (a variation applied, a revision restored): edit it in
        // place. A different section starts at its top.
        if (sameSection)
            syncText(m_ui->bodyPlainTextEdit, section.body);
        else if (m_ui->bodyPlainTextEdit->toPlainText() != section.body)
            m_ui->bodyPlainTextEdit->setPlainText(section.body);
    } else {
        m_ui->headingLineEdit->clear();
        m_ui->bodyPlainTextEdit->clear();
    }
    if (!sameSection)
        updateMarks();
    updateActions();
}

void SectionsEditor::updateActions()
{
    const bool editable = m_document && !m_document->isReadOnly();
    const int count = m_model->rowCount();
    m_addAction->setEnabled(editable);
    m_removeAction->setEnabled(editable && m_current >= 0);
    m_moveUpAction->setEnabled(editable && m_current > 0);
    m_moveDownAction->setEnabled(editable && m_current >= 0 && m_current < count - 1);
}

void SectionsEditor::headingEdited(const QString &text)
{
    if (m_updating || !m_document || m_current < 0)
        return;
    const QScopedValueRollback<bool> updating(m_updating, true);
    m_document->undoStack()->push(
        new SetSectionTextCommand(m_document, m_current, SectionPart::Heading, text, true));
}

void SectionsEditor::bodyEdited()
{
    // This is the hot path of typing: one command pushed (merged into the burst), no
    // rendering and no writing; the preview and the autosave only restart their timers.
    if (m_updating || !m_document || m_current < 0 || m_document->isReadOnly())
        return;
    const QString text = m_ui->bodyPlainTextEdit->toPlainText();
    // The checks' highlights change formats, which the edit reports as a change of text too.
    if (text == m_document->posting().sections.at(m_current).body)
        return;
    const QScopedValueRollback<bool> updating(m_updating, true);
    m_document->undoStack()->push(
        new SetSectionTextCommand(m_document, m_current, SectionPart::Body, text, true));
}

void SectionsEditor::addSection()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const int index = m_current >= 0 ? m_current + 1 : m_model->rowCount();
    m_document->undoStack()->push(
        new InsertSectionCommand(m_document, index, { tr("New Section"), QString() }));
    m_ui->headingLineEdit->setFocus();
    m_ui->headingLineEdit->selectAll();
}

void SectionsEditor::removeSection()
{
    if (!m_document || m_document->isReadOnly() || m_current < 0)
        return;
    m_document->undoStack()->push(new RemoveSectionCommand(m_document, m_current));
}

void SectionsEditor::moveSection(int delta)
{
    const int to = m_current + delta;
    if (!m_document || m_document->isReadOnly() || m_current < 0 || to < 0
        || to >= m_model->rowCount())
        return;
    m_document->undoStack()->push(new MoveSectionCommand(m_document, m_current, to));
}

void SectionsEditor::documentSectionChanged(int index, SectionPart part)
{
    if (m_updating)
        return;
    // An undo or redo elsewhere in the posting: bring that section into view.
    if (index != m_current) {
        setCurrentSection(index);
        return;
    }
    const QScopedValueRollback<bool> updating(m_updating, true);
    const PostingSection &section = m_document->posting().sections.at(index);
    if (part == SectionPart::Heading)
        syncText(m_ui->headingLineEdit, section.heading);
    else
        syncText(m_ui->bodyPlainTextEdit, section.body);
}

void SectionsEditor::documentSectionInserted(int index)
{
    setCurrentSection(index);
}

void SectionsEditor::documentSectionRemoved(int index)
{
    setCurrentSection(std::min(index, m_model->rowCount() - 1));
}

void SectionsEditor::documentSectionMoved(int from, int to)
{
    Q_UNUSED(from);
    setCurrentSection(to);
}

void SectionsEditor::documentReplaced()
{
    const int previous = m_current;
    setCurrentSection(std::min(std::max(previous, 0), m_model->rowCount() - 1));
}

} // namespace hirekit
