#pragma once

#include "gui/MessageBar.h"

namespace hirekit {

// A slim bar above the tabs saying that the posting open in the editor was changed in
// another Hirekit window (or by the command line) while it has edits not saved here, so
// neither version is lost without the user choosing: show the stored version (dropping the
// edits here) or keep these edits (writing them over the other version).
class ChangedElsewhereBar : public MessageBar
{
    Q_OBJECT

public:
    explicit ChangedElsewhereBar(QWidget *parent = nullptr);

    // Shows the bar for the posting `postingId`; the buttons act on that one.
    void showFor(qint64 postingId, const QString &postingTitle);

signals:
    void reloadRequested(qint64 postingId);
    void keepMineRequested(qint64 postingId);

private:
    qint64 m_postingId = 0;
};

} // namespace hirekit
