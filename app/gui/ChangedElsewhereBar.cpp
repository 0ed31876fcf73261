#include "gui/ChangedElsewhereBar.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace hirekit {

ChangedElsewhereBar::ChangedElsewhereBar(QWidget *parent)
    : MessageBar(u"changedElsewhere"_s, parent)
{
    QPushButton *reload =
        addButton(tr("&Show Saved Version"), u"changedElsewhereReloadPushButton"_s,
                  tr("Drop your unsaved edits and show the posting as it was "
                     "saved elsewhere."));
    QPushButton *keep = addButton(tr("&Keep My Edits"), u"changedElsewhereKeepPushButton"_s,
                                  tr("Save your edits over the version saved elsewhere."));
    connect(reload, &QPushButton::clicked, this, [this] { emit reloadRequested(m_postingId); });
    connect(keep, &QPushButton::clicked, this, [this] { emit keepMineRequested(m_postingId); });
}

void ChangedElsewhereBar::showFor(qint64 postingId, const QString &postingTitle)
{
    m_postingId = postingId;
    showMessage(tr("“%1” was changed in another Hirekit window while you were editing it "
                   "here. Your edits are not saved yet.")
                    .arg(postingTitle));
}

} // namespace hirekit
