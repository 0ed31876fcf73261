#include "gui/PostingActions.h"

#include <QAction>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace hirekit {

PostingActions::PostingActions(QWidget *parent)
    : QObject(parent)
{
    const auto makeAction = [this](const QString &objectName, const QString &text,
                                   const QString &iconName, const QString &statusTip) {
        auto *action = new QAction(QIcon::fromTheme(iconName), text, this);
        action->setObjectName(objectName);
        action->setStatusTip(statusTip);
        return action;
    };
    newPosting = makeAction(u"newPostingAction"_s, tr("&New Posting"), u"document-new"_s,
                            tr("Start a blank posting"));
    // Ctrl+N belongs to File > New Library.
    newPosting->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    // The tab's toolbar button and the main window's Posting menu share this menu.
    newFromTemplate = new QMenu(tr("New from &Template"), parent);
    newFromTemplate->setObjectName(u"newFromTemplateMenu"_s);
    newFromTemplate->menuAction()->setIcon(QIcon::fromTheme(u"document-new-from-template"_s));
    newFromTemplate->menuAction()->setStatusTip(tr("Start a posting from a template"));
    duplicate = makeAction(u"duplicatePostingAction"_s, tr("&Duplicate"), u"edit-copy"_s,
                           tr("Copy the open posting"));
    duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    remove = makeAction(u"deletePostingAction"_s, tr("De&lete"), u"edit-delete"_s,
                        tr("Delete the open posting (Undo brings it back)"));
    remove->setShortcuts(QKeySequence::Delete);
    // Delete in a text field deletes text: the tab adds this action to its lists only.
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    saveAsTemplate =
        makeAction(u"saveAsTemplateAction"_s, tr("Save as &Template…"), u"document-save-as"_s,
                   tr("Keep a copy of the open posting as a template"));
    saveVersion = makeAction(u"saveVersionAction"_s, tr("Save &Version…"), u"document-save"_s,
                             tr("Keep the posting as it is now in its history"));
    // Edits save themselves; Ctrl+S, the key people press anyway, keeps a version.
    saveVersion->setShortcuts(QKeySequence::Save);
    history = makeAction(u"historyAction"_s, tr("&History…"), u"document-open-recent"_s,
                         tr("Read and restore kept versions"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    exportPosting = makeAction(u"exportPostingAction"_s, tr("&Export…"), u"document-export"_s,
                               tr("Export as PDF, HTML, Markdown, plain text or JSON"));
    exportPosting->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    printPreview = makeAction(u"printPreviewAction"_s, tr("Print Pre&view…"),
                              u"document-print-preview"_s, tr("See the printed pages"));
    printPreview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    print = makeAction(u"printPostingAction"_s, tr("&Print…"), u"document-print"_s,
                       tr("Print the open posting"));
    print->setShortcuts(QKeySequence::Print);
    find = makeAction(u"findPostingAction"_s, tr("&Find Posting"), u"edit-find"_s,
                      tr("Search the postings' titles and text"));
    find->setShortcuts(QKeySequence::Find);
    showChecks = makeAction(u"showChecksAction"_s, tr("Posting &Checks"), u"tools-check-spelling"_s,
                            tr("Show or hide the checks of wording, readability, pay, "
                               "completeness and spelling"));
    showChecks->setCheckable(true);
    // F7 is the spelling and grammar key of word processors.
    showChecks->setShortcut(QKeySequence(Qt::Key_F7));
}

QToolBar *PostingActions::createToolBar(QWidget *parent) const
{
    auto *toolBar = new QToolBar(tr("Postings"), parent);
    toolBar->setObjectName(u"postingsToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(16, 16));
    toolBar->addAction(newPosting);
    auto *templateButton = new QToolButton(toolBar);
    templateButton->setObjectName(u"newFromTemplateToolButton"_s);
    templateButton->setMenu(newFromTemplate);
    templateButton->setDefaultAction(newFromTemplate->menuAction());
    templateButton->setPopupMode(QToolButton::InstantPopup);
    templateButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addWidget(templateButton);
    toolBar->addAction(duplicate);
    toolBar->addAction(remove);
    toolBar->addSeparator();
    toolBar->addAction(saveVersion);
    toolBar->addAction(history);
    toolBar->addSeparator();
    toolBar->addAction(exportPosting);
    toolBar->addAction(print);
    return toolBar;
}

QList<QAction *> PostingActions::menuActions() const
{
    return { newPosting,   newFromTemplate->menuAction(),
             duplicate,    saveAsTemplate,
             remove,       nullptr,
             saveVersion,  history,
             nullptr,      exportPosting,
             printPreview, print };
}

void PostingActions::setEnabledFor(bool library, bool open, bool editable)
{
    newPosting->setEnabled(library);
    newFromTemplate->menuAction()->setEnabled(library && !newFromTemplate->isEmpty());
    duplicate->setEnabled(open);
    remove->setEnabled(editable);
    saveAsTemplate->setEnabled(open);
    saveVersion->setEnabled(editable);
    history->setEnabled(editable);
    exportPosting->setEnabled(open);
    print->setEnabled(open);
    printPreview->setEnabled(open);
    find->setEnabled(library);
}

} // namespace hirekit
