#include "gui/ChangedElsewhereBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace hirekit {

ChangedElsewhereBar::ChangedElsewhereBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(u"changedElsewhereFrame"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette colors = palette();
    colors.setColor(QPalette::Window, colors.color(QPalette::AlternateBase));
    setPalette(colors);
    m_label->setObjectName(u"changedElsewhereLabel"_s);
    m_label->setWordWrap(true);
    auto *reload = new QPushButton(tr("&Show Saved Version"), this);
    reload->setObjectName(u"changedElsewhereReloadPushButton"_s);
    reload->setToolTip(tr("Drop your unsaved edits and show the posting as it was saved "
                          "elsewhere."));
    auto *keep = new QPushButton(tr("&Keep My Edits"), this);
    keep->setObjectName(u"changedElsewhereKeepPushButton"_s);
    keep->setToolTip(tr("Save your edits over the version saved elsewhere."));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(reload);
    layout->addWidget(keep);

    connect(reload, &QPushButton::clicked, this, [this] {
        hide();
        emit reloadRequested(m_postingId);
    });
    connect(keep, &QPushButton::clicked, this, [this] {
        hide();
        emit keepMineRequested(m_postingId);
    });
    hide();
}

void ChangedElsewhereBar::showFor(qint64 postingId, const QString &postingTitle)
{
    m_postingId = postingId;
    m_label->setText(tr("“%1” was changed in another Hirekit window while you were editing it "
                        "here. Your edits are not saved yet.")
                         .arg(postingTitle));
    show();
}

} // namespace hirekit
