#include "gui/ScorecardRedFlagsWidget.h"

#include "ui_ScorecardRedFlagsWidget.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace hirekit {

ScorecardRedFlagsWidget::ScorecardRedFlagsWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ScorecardRedFlagsWidget>())
    , m_timer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->redFlagsGridLayout->setColumnStretch(1, 1);
    m_timer->setSingleShot(true);
    m_timer->setInterval(NoteDelayMs);
    connect(m_timer, &QTimer::timeout, this, &ScorecardRedFlagsWidget::flush);
}

ScorecardRedFlagsWidget::~ScorecardRedFlagsWidget() = default;

void ScorecardRedFlagsWidget::setFlags(const QList<RedFlag> &flags,
                                       const QList<ScorecardRedFlag> &raised)
{
    m_timer->stop();
    m_pending.clear();
    for (const Row &row : std::as_const(m_rows)) {
        delete row.checkBox;
        delete row.note;
    }
    m_rows.clear();

    m_filling = true;
    int line = 0;
    for (const RedFlag &flag : flags) {
        Row row;
        row.id = flag.id;
        row.checkBox = new QCheckBox(flag.name, this);
        row.checkBox->setObjectName(u"redFlag%1CheckBox"_s.arg(flag.id));
        row.checkBox->setToolTip(flag.description);
        row.note = new QLineEdit(this);
        row.note->setObjectName(u"redFlag%1NoteLineEdit"_s.arg(flag.id));
        row.note->setPlaceholderText(tr("Where you saw it"));
        row.note->setClearButtonEnabled(true);
        for (const ScorecardRedFlag &given : raised) {
            if (given.redFlagId == flag.id) {
                row.checkBox->setChecked(true);
                row.note->setText(given.note);
            }
        }
        m_ui->redFlagsGridLayout->addWidget(row.checkBox, line, 0);
        m_ui->redFlagsGridLayout->addWidget(row.note, line, 1);
        ++line;

        const qint64 id = flag.id;
        connect(row.checkBox, &QCheckBox::toggled, this, [this, id] {
            if (m_filling)
                return;
            m_pending.remove(id);
            report(id);
        });
        connect(row.note, &QLineEdit::textEdited, this, [this, id] {
            if (m_filling)
                return;
            // A note about a flag means the flag was seen.
            QCheckBox *box = checkBox(id);
            if (box && !box->isChecked()) {
                m_filling = true;
                box->setChecked(true);
                m_filling = false;
            }
            m_pending.insert(id);
            if (!m_timer->isActive())
                m_timer->start();
        });
        m_rows.append(row);
    }
    m_filling = false;
}

void ScorecardRedFlagsWidget::setReadOnly(bool readOnly)
{
    for (const Row &row : std::as_const(m_rows)) {
        row.checkBox->setEnabled(!readOnly);
        row.note->setReadOnly(readOnly);
    }
}

void ScorecardRedFlagsWidget::flush()
{
    m_timer->stop();
    const QSet<qint64> pending = std::exchange(m_pending, {});
    for (const qint64 id : pending)
        report(id);
}

void ScorecardRedFlagsWidget::report(qint64 id)
{
    const QCheckBox *box = checkBox(id);
    const QLineEdit *note = noteEdit(id);
    if (box && note)
        emit flagChanged(id, box->isChecked(), note->text().trimmed());
}

QCheckBox *ScorecardRedFlagsWidget::checkBox(qint64 redFlagId) const
{
    for (const Row &row : m_rows) {
        if (row.id == redFlagId)
            return row.checkBox;
    }
    return nullptr;
}

QLineEdit *ScorecardRedFlagsWidget::noteEdit(qint64 redFlagId) const
{
    for (const Row &row : m_rows) {
        if (row.id == redFlagId)
            return row.note;
    }
    return nullptr;
}

} // namespace hirekit
