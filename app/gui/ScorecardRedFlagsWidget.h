#pragma once

#include "core/HiringGuide.h"
#include "core/Interview.h"

#include <QList>
#include <QSet>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLineEdit;
class QTimer;

namespace hirekit {

namespace Ui {
class ScorecardRedFlagsWidget;
}

// The red flags of a scorecard: every flag of the guide (and the custom ones) as a
// checkbox with a note of what was seen. Typing a note ticks its flag. Changes are
// reported with flagChanged(); notes after a short pause in typing.
class ScorecardRedFlagsWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr int NoteDelayMs = 500;

    explicit ScorecardRedFlagsWidget(QWidget *parent = nullptr);
    ~ScorecardRedFlagsWidget() override;

    // All flags there are, and those the scorecard raised.
    void setFlags(const QList<RedFlag> &flags, const QList<ScorecardRedFlag> &raised);
    void setReadOnly(bool readOnly);
    // Reports pending note edits now.
    void flush();

    QCheckBox *checkBox(qint64 redFlagId) const;
    QLineEdit *noteEdit(qint64 redFlagId) const;

signals:
    void flagChanged(qint64 redFlagId, bool raised, const QString &note);

private:
    struct Row
    {
        qint64 id = 0;
        QCheckBox *checkBox = nullptr;
        QLineEdit *note = nullptr;
    };
    void report(qint64 id);

    std::unique_ptr<Ui::ScorecardRedFlagsWidget> m_ui;
    QList<Row> m_rows;
    QSet<qint64> m_pending; // flags whose note changed since the last report
    QTimer *m_timer = nullptr;
    bool m_filling = false;
};

} // namespace hirekit
