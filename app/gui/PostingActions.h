#pragma once

#include <QObject>

class QAction;
class QMenu;
class QToolBar;
class QWidget;

namespace hirekit {

// The actions of the Postings tab in one place: their names, icons, shortcuts and tips,
// the Posting menu's order and the tab's toolbar. The tab connects them to its work and
// enables them; the main window puts them in its menus.
class PostingActions : public QObject
{
    Q_OBJECT

public:
    // `parent` also owns the New from Template menu.
    explicit PostingActions(QWidget *parent);

    // The tab's toolbar: the everyday actions, with text beside the icons.
    QToolBar *createToolBar(QWidget *parent) const;
    // The Posting menu in order; nullptr stands for a separator.
    QList<QAction *> menuActions() const;
    // Enables what makes sense with a library open, a posting open, and that posting
    // editable (not a built-in template).
    void setEnabledFor(bool library, bool open, bool editable);

    QAction *newPosting = nullptr;
    QMenu *newFromTemplate = nullptr;
    QAction *duplicate = nullptr;
    QAction *remove = nullptr;
    QAction *saveAsTemplate = nullptr;
    QAction *saveVersion = nullptr;
    QAction *history = nullptr;
    QAction *exportPosting = nullptr;
    QAction *printPreview = nullptr;
    QAction *print = nullptr;
    QAction *find = nullptr;
    // View > Posting Checks: shows or hides the checks panel (checkable).
    QAction *showChecks = nullptr;
};

} // namespace hirekit
