#include "gui/CandidatesWidget.h"

#include "ui_CandidatesWidget.h"

#include "gui/AppSettings.h"
#include "gui/CandidateErasureJob.h"
#include "gui/EditingHelpers.h"
#include "gui/ElidedTextDelegate.h"
#include "gui/MessageBoxes.h"
#include "gui/models/CandidateListModel.h"
#include "storage/CandidateRepository.h"
#include "storage/Library.h"
#include "storage/ScorecardRepository.h"

#include <QHeaderView>
#include <QLocale>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace hirekit {

CandidatesWidget::CandidatesWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CandidatesWidget>())
    , m_model(new CandidateListModel(this))
    , m_notesTimer(new QTimer(this))
    , m_logTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->stageComboBox->addItems({ tr("Applied"), tr("Phone screen"), tr("Interviewing"),
                                    tr("Final interview"), tr("Offer"), tr("Hired"), tr("Rejected"),
                                    tr("Withdrawn") });
    m_ui->candidatesTableView->setItemDelegate(new ElidedTextDelegate(m_ui->candidatesTableView));
    m_ui->candidatesTableView->setModel(m_model);
    m_ui->candidatesTableView->sortByColumn(CandidateListModel::NameColumn, Qt::AscendingOrder);
    m_ui->candidatesTableView->horizontalHeader()->setSectionResizeMode(
        QHeaderView::ResizeToContents);
    // Widths from the rows near the top: measuring ten thousand costs more than reading them.
    m_ui->candidatesTableView->horizontalHeader()->setResizeContentsPrecision(ColumnSizingRows);
    m_ui->candidatesSplitter->setStretchFactor(0, 3);
    m_ui->candidatesSplitter->setStretchFactor(1, 2);

    m_ui->retentionSpinBox->setValue(AppSettings().retentionMonths());
    m_notesTimer->setSingleShot(true);
    m_notesTimer->setInterval(NotesDelayMs);
    m_logTimer->setInterval(LogRetryMs);
    connect(m_logTimer, &QTimer::timeout, this, &CandidatesWidget::emptyLog);

    // A candidate that could not be read is read again when its row is clicked again.
    connect(m_ui->candidatesTableView, &QAbstractItemView::clicked, this, [this] {
        if (!m_chosenError.isEmpty())
            candidateChanged();
    });
    // The list reads a page at a time, as it is scrolled or sorted, and all of it for Ctrl+End.
    connect(m_model, &CandidateListModel::readFailed, this, &CandidatesWidget::showError);
    readAllBeforeMovingToEnd(m_ui->candidatesTableView, [this] { m_model->fetchAll(); });
    connect(m_ui->candidatesTableView->selectionModel(), &QItemSelectionModel::currentRowChanged,
            this, &CandidatesWidget::candidateChanged);
    connect(m_ui->addCandidateButton, &QPushButton::clicked, this, &CandidatesWidget::addCandidate);
    connect(m_ui->eraseCandidateButton, &QPushButton::clicked, this,
            &CandidatesWidget::eraseCandidate);
    connect(m_ui->dueCheckBox, &QCheckBox::toggled, this, &CandidatesWidget::setShowDue);
    connect(m_ui->retentionSpinBox, &QSpinBox::valueChanged, this,
            &CandidatesWidget::retentionChanged);
    connect(m_ui->candidateNameLineEdit, &QLineEdit::editingFinished, this,
            &CandidatesWidget::saveFields);
    connect(m_ui->contactLineEdit, &QLineEdit::editingFinished, this,
            &CandidatesWidget::saveFields);
    connect(m_ui->stageComboBox->lineEdit(), &QLineEdit::editingFinished, this,
            &CandidatesWidget::saveFields);
    connect(m_ui->stageComboBox, &QComboBox::activated, this, &CandidatesWidget::saveFields);
    connect(m_ui->candidateNotesPlainTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_showing)
            m_notesTimer->start();
    });
    connect(m_notesTimer, &QTimer::timeout, this, &CandidatesWidget::saveFields);
    connect(m_ui->newScorecardButton, &QPushButton::clicked, this, [this] {
        if (const auto candidate = currentCandidate())
            emit newScorecardRequested(candidate->id);
    });
    connect(m_ui->debriefButton, &QPushButton::clicked, this, [this] {
        if (const auto candidate = currentCandidate())
            emit debriefRequested(candidate->id);
    });
    candidateChanged();
}

CandidatesWidget::~CandidatesWidget() = default;

void CandidatesWidget::setLibrary(Library *library)
{
    flush();
    // An erasure under way ends first: its thread is waited for, as it uses this library.
    // Then its log, or an earlier erasure's, is asked to empty once more before the library
    // is let go (closing it empties it only if no other connection has it open), and the
    // page says nothing more about a library it no longer shows.
    bool erasureLeft = m_logTimer->isActive();
    if (m_erasure && library != m_library) {
        delete std::exchange(m_erasure, nullptr);
        erasureLeft = true;
    }
    if (erasureLeft) {
        m_logTimer->stop();
        if (m_library)
            (void)m_library->emptyWriteAheadLog();
        m_ui->erasedLabel->hide();
        m_erasedText.clear();
        updateButtons();
    }
    m_library = library;
    if (!m_library)
        reload();
}

void CandidatesWidget::setPosting(std::optional<qint64> postingId)
{
    if (m_postingId == postingId)
        return;
    flush();
    m_postingId = postingId;
}

void CandidatesWidget::setShowDue(bool due)
{
    if (m_ui->dueCheckBox->isChecked() != due) {
        m_ui->dueCheckBox->setChecked(due); // comes back here through toggled
        return;
    }
    flush();
    reload();
}

void CandidatesWidget::retentionChanged(int months)
{
    AppSettings().setRetentionMonths(months);
    if (m_ui->dueCheckBox->isChecked())
        reload();
}

QString CandidatesWidget::errorMessage() const
{
    return m_ui->errorLabel->text();
}

void CandidatesWidget::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void CandidatesWidget::flush()
{
    if (m_notesTimer->isActive()) {
        m_notesTimer->stop();
        saveFields();
    }
}

void CandidatesWidget::reload()
{
    const std::optional<Candidate> current = currentCandidate();
    showError(QString());
    const bool due = m_ui->dueCheckBox->isChecked();
    m_ui->dueLabel->setVisible(due);
    // One filter for the count and the list: its cutoff is read from the clock.
    const CandidateFilter filter = listFilter();
    if (due && m_library) {
        const auto count = CandidateRepository(m_library->database()).count(filter);
        if (!count)
            showError(count.error());
        m_ui->dueLabel->setText(
            tr("Candidates of all postings added before %1: %2. Erase those you no longer "
               "need; erasing removes them with all their scorecards and notes.")
                .arg(QLocale().toString(filter.addedBefore->toLocalTime().date(),
                                        QLocale::LongFormat))
                .arg(count ? *count : 0));
    }
    listCandidates(filter);
    // A row made current after the reading shows its candidate (currentRowChanged); with none
    // to show, the form is emptied here.
    bool chosen = current && selectCandidate(current->id);
    if (!chosen && m_model->rowCount() > 0) {
        m_ui->candidatesTableView->setCurrentIndex(m_model->index(0, 0));
        chosen = true;
    }
    if (!chosen)
        candidateChanged();
}

CandidateFilter CandidatesWidget::listFilter() const
{
    CandidateFilter filter;
    if (m_ui->dueCheckBox->isChecked()) {
        // Of all postings, from the start of a day (UTC), so the list changes with the day,
        // not the hour.
        filter.addedBefore = QDateTime(
            QDateTime::currentDateTimeUtc().date().addMonths(-m_ui->retentionSpinBox->value()),
            QTime(0, 0), Qt::UTC);
    } else {
        filter.postingId = m_postingId;
    }
    return filter;
}

void CandidatesWidget::listCandidates(const CandidateFilter &filter)
{
    if (!m_library) {
        m_model->clear();
        return;
    }
    // Ten thousand candidates on a big library: the list reads a page, and the next as the
    // view scrolls to it.
    const CandidateRepository candidates(m_library->database());
    const Status listed =
        m_model->setPages([candidates, filter](CandidateOrder order, int offset, int limit) {
            return candidates.page(filter, order, offset, limit);
        });
    if (!listed)
        showError(listed.error());
}

bool CandidatesWidget::selectCandidate(qint64 id)
{
    const int row = m_model->fetchUntil(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_ui->candidatesTableView->setCurrentIndex(index);
    m_ui->candidatesTableView->scrollTo(index);
    return true;
}

std::optional<Candidate> CandidatesWidget::currentCandidate() const
{
    const QModelIndex current = m_ui->candidatesTableView->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->items().at(current.row());
}

void CandidatesWidget::candidateChanged()
{
    // The notes typed for the candidate before belong to that one, not the next.
    if (m_notesTimer->isActive()) {
        m_notesTimer->stop();
        saveFields();
    }
    m_showing = true;
    m_shown = currentCandidate();
    if (m_shown && m_library) {
        // The list has no notes: the candidate chosen is read whole. One that cannot be read
        // is not shown, so that nothing typed can replace notes the form never held.
        auto whole = CandidateRepository(m_library->database()).load(m_shown->id);
        if (whole) {
            m_shown = std::move(whole).value();
            if (!m_chosenError.isEmpty() && errorMessage() == m_chosenError)
                showError(QString());
            m_chosenError.clear();
        } else {
            m_shown.reset();
            m_chosenError = whole.error();
            showError(m_chosenError);
        }
    }
    m_ui->candidateNameLineEdit->setText(m_shown ? m_shown->name : QString());
    m_ui->contactLineEdit->setText(m_shown ? m_shown->contact : QString());
    m_ui->stageComboBox->setEditText(m_shown ? m_shown->stage : QString());
    m_ui->candidateNotesPlainTextEdit->setPlainText(m_shown ? m_shown->notes : QString());
    QString summary;
    if (m_shown && m_library) {
        ScorecardFilter filter;
        filter.candidateId = m_shown->id;
        const auto cards = ScorecardRepository(m_library->database()).summaries(filter);
        if (cards) {
            const auto submitted =
                std::count_if(cards->cbegin(), cards->cend(), [](const ScorecardSummary &card) {
                    return card.status == ScorecardStatus::Submitted;
                });
            summary =
                tr("Scorecards: %1, of which submitted: %2.").arg(cards->size()).arg(submitted);
        }
    }
    m_ui->candidateScorecardsLabel->setText(summary);
    m_showing = false;
    updateButtons();
}

void CandidatesWidget::updateButtons()
{
    // The candidate being erased can no longer be changed; one erasure at a time.
    const bool candidate =
        m_shown.has_value() && !(m_erasure && m_erasure->candidateId() == m_shown->id);
    m_ui->candidateFormWidget->setEnabled(candidate);
    m_ui->addCandidateButton->setEnabled(m_library && !m_ui->dueCheckBox->isChecked());
    m_ui->eraseCandidateButton->setEnabled(candidate && !m_erasure);
    m_ui->newScorecardButton->setEnabled(candidate);
    m_ui->debriefButton->setEnabled(candidate);
}

void CandidatesWidget::saveFields()
{
    if (m_showing || !m_shown || !m_library)
        return;
    Candidate changed = *m_shown;
    changed.name = m_ui->candidateNameLineEdit->text().trimmed();
    changed.contact = m_ui->contactLineEdit->text().trimmed();
    changed.stage = m_ui->stageComboBox->currentText().trimmed();
    changed.notes = m_ui->candidateNotesPlainTextEdit->toPlainText();
    if (changed.name.isEmpty()) {
        m_ui->candidateNameLineEdit->setText(m_shown->name);
        changed.name = m_shown->name;
    }
    if (changed.name == m_shown->name && changed.contact == m_shown->contact
        && changed.stage == m_shown->stage && changed.notes == m_shown->notes) {
        return;
    }
    if (const auto saved = CandidateRepository(m_library->database()).update(changed); !saved) {
        showError(saved.error());
        return;
    }
    showError(QString());
    const bool renamed = changed.name != m_shown->name || changed.stage != m_shown->stage
        || changed.contact != m_shown->contact;
    m_shown = changed;
    if (renamed) {
        // Only the table's own columns need it; notes typing must not reset the table. Read
        // again, the candidate may move in the list's order.
        m_showing = true;
        listCandidates(listFilter());
        selectCandidate(changed.id);
        m_showing = false;
        emit candidatesChanged();
    }
}

void CandidatesWidget::addCandidate()
{
    if (!m_library)
        return;
    flush();
    Candidate candidate;
    candidate.postingId = m_postingId;
    candidate.name = tr("New candidate");
    candidate.stage = tr("Applied");
    const auto added = CandidateRepository(m_library->database()).insert(candidate);
    if (!added) {
        MessageBoxes::critical(this, tr("Cannot Add Candidate"), added.error());
        return;
    }
    reload();
    selectCandidate(added.value());
    m_ui->candidateNameLineEdit->setFocus();
    m_ui->candidateNameLineEdit->selectAll();
    emit candidatesChanged();
}

void CandidatesWidget::eraseCandidate()
{
    const std::optional<Candidate> candidate = currentCandidate();
    if (!m_library || !candidate || m_erasure)
        return;
    flush();
    m_ui->erasedLabel->hide();
    const auto answer = MessageBoxes::question(
        this, tr("Erase Candidate"),
        tr("Erase %1 from this library?\n\nThis removes the candidate with every scorecard, "
           "rating and note about them. It cannot be undone.")
            .arg(candidate->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    // On a worker thread: the page says what is going on, and the list stays usable.
    m_erasure = new CandidateErasureJob(m_library->path(), candidate->id, this);
    connect(m_erasure, &CandidateErasureJob::finished, this, &CandidatesWidget::erasureFinished);
    m_ui->erasedLabel->setText(
        tr("Erasing %1 with every scorecard and note about them…").arg(candidate->name));
    m_ui->erasedLabel->show();
    m_erasure->start();
    updateButtons();
}

void CandidatesWidget::erasureFinished()
{
    const Result<ErasureReport> erased = *m_erasure->result();
    const qint64 erasedId = m_erasure->candidateId();
    m_erasure->deleteLater();
    m_erasure = nullptr;
    m_ui->erasedLabel->hide();
    // Notes typed meanwhile for another candidate are written first; the erased one's form
    // was disabled, and nothing of it is written again.
    flush();
    if (m_shown && m_shown->id == erasedId)
        m_shown.reset();
    // Also after a failure: another window may have erased or changed the candidate.
    reload();
    if (!erased) {
        MessageBoxes::critical(this, tr("Cannot Erase Candidate"), erased.error());
        return;
    }
    emit libraryWrittenInBackground();
    emit candidatesChanged();
    // Said on the page rather than in a second box: the answer to "what went?" stays in
    // view while the list shows they are gone.
    m_erasedText =
        tr("Erased %1. Gone from this library: the candidate, their scorecards (%2, with %3 "
           "answers), red flags, history and every note about them.")
            .arg(erased->name)
            .arg(erased->scorecards)
            .arg(erased->answers);
    if (erased->logKept) {
        m_ui->erasedLabel->setText(
            m_erasedText + u' '
            + tr("Another window, task or program is using this library, so its write-ahead log "
                 "(the \"-wal\" file beside it) still holds the erased data; Hirekit empties it "
                 "as soon as it can."));
        m_logTimer->start();
    } else {
        m_logTimer->stop();
        m_ui->erasedLabel->setText(m_erasedText);
    }
    m_ui->erasedLabel->show();
}

void CandidatesWidget::emptyLog()
{
    if (!m_library) {
        m_logTimer->stop();
        return;
    }
    // Asked again at the next tick while another connection still uses the library. An error
    // (the disk, not another connection) would repeat: the page keeps saying the log holds
    // the data, and asks no more.
    const auto emptied = m_library->emptyWriteAheadLog();
    if (emptied && !*emptied)
        return;
    m_logTimer->stop();
    if (emptied)
        m_ui->erasedLabel->setText(m_erasedText);
}

} // namespace hirekit
