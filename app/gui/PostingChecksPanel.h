#pragma once

#include "analysis/PostingProse.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace hirekit {

class PostingCheckRunner;

// The posting checks beside the editor, brought up to date a moment after the typing stops:
// gender-coded wording (the verdict and each coded word with a neutral alternative),
// readability (reading ease, grade, average and longest sentences), pay-transparency law,
// completeness for job boards, and spelling. A finding typed somewhere in the posting moves
// the editor there and selects it (click, or Enter on the keyboard); a missing field or a pay
// finding moves to the field to fill in.
class PostingChecksPanel : public QWidget
{
    Q_OBJECT

public:
    // Item data: what activating an item does.
    enum Role
    {
        ActionRole = Qt::UserRole, // an Action
        PlacesRole, // the places of a finding: a list of [source, section, position, length]
        NextPlaceRole, // which of them activating goes to next
        FieldRole, // the completeness field key ("title", "salary", ...); a group's key
    };
    enum Action
    {
        NoAction,
        GoToPlace,
        GoToField
    };

    explicit PostingChecksPanel(QWidget *parent = nullptr);
    ~PostingChecksPanel() override;

    // Shows the results of `runner` from now on; nullptr empties the panel. The panel does not
    // own the runner.
    void setRunner(PostingCheckRunner *runner);

    QTreeWidget *findingsTree() const { return m_tree; }

signals:
    void placeActivated(const hirekit::TextPlace &place);
    // A completeness field key (see CompletenessFinding::field).
    void fieldActivated(const QString &field);

private:
    void refresh();
    void activate(QTreeWidgetItem *item);
    QTreeWidgetItem *addGroup(const QString &key, const QString &title);
    // An item that goes to `places` in turn, one each time it is activated.
    QTreeWidgetItem *addPlaceItem(QTreeWidgetItem *group, const QString &text,
                                  const QList<TextPlace> &places);
    QString fieldName(const TextPlace &place) const;

    QPointer<PostingCheckRunner> m_runner;
    QLabel *m_titleLabel = nullptr;
    QTreeWidget *m_tree = nullptr;
    // A group with more findings than this starts folded.
    static constexpr int LongGroup = 8;
    // Groups the user folded or unfolded stay so while the checks run again.
    QHash<QString, bool> m_collapsed;
    bool m_refreshing = false;
};

} // namespace hirekit
