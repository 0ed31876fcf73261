#pragma once

#include <QFrame>

class QLabel;

namespace hirekit {

// A slim bar above the tabs saying that the posting open in the editor was changed in
// another Hirekit window (or by the command line) while it has edits not saved here, so
// neither version is lost without the user choosing: show the stored version (dropping the
// edits here) or keep these edits (writing them over the other version).
class ChangedElsewhereBar : public QFrame
{
    Q_OBJECT

public:
    explicit ChangedElsewhereBar(QWidget *parent = nullptr);

    void showFor(const QString &postingTitle);

signals:
    void reloadRequested();
    void keepMineRequested();

private:
    QLabel *m_label;
};

} // namespace hirekit
