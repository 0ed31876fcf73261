#include "gui/ScorecardsWidget.h"

#include "ui_ScorecardsWidget.h"

#include "gui/AppSettings.h"
#include "gui/ChoiceBoxes.h"
#include "gui/EditingHelpers.h"
#include "gui/ElidedTextDelegate.h"
#include "gui/LiveInterviewWidget.h"
#include "gui/MessageBoxes.h"
#include "gui/ScorecardExchange.h"
#include "gui/models/ScorecardListModel.h"
#include "storage/CandidateRepository.h"
#include "storage/KitRepository.h"
#include "storage/Library.h"
#include "storage/ScorecardRepository.h"

#include <QHash>
#include <QHeaderView>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

// What the page lists when nothing is searched: independent scoring hides a scorecard whatever
// its notes say, so what it hides is judged without the search.
ScorecardFilter withoutSearch(ScorecardFilter filter)
{
    filter.text.clear();
    return filter;
}

} // namespace

ScorecardsWidget::ScorecardsWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ScorecardsWidget>())
    , m_model(new ScorecardListModel(this))
    , m_searchTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->scorecardsTableView->setItemDelegate(new ElidedTextDelegate(m_ui->scorecardsTableView));
    m_ui->scorecardsTableView->setModel(m_model);
    enableClearButtonWhenFilled(m_ui->notesSearchLineEdit);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_ui->notesSearchLineEdit, &QLineEdit::textChanged, m_searchTimer,
            qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &ScorecardsWidget::searchNotes);
    chooseCandidates(m_ui->newCandidateChoiceBox, &m_library, &m_postingId);
    showReadErrors(m_ui->newCandidateChoiceBox, m_ui->errorLabel);
    connect(m_ui->newCandidateChoiceBox, &QComboBox::currentIndexChanged, this,
            &ScorecardsWidget::updateCreateButton);
    connect(m_model, &ScorecardListModel::readFailed, this, &ScorecardsWidget::showError);
    readAllBeforeMovingToEnd(m_ui->scorecardsTableView, [this] { m_model->fetchAll(); });
    // Widths are measured when the list is read (reloadList()), from the rows near the top:
    // measuring twenty thousand costs more than reading them, and sizing to contents at every
    // change measured the rows again at each rating.
    m_ui->scorecardsTableView->horizontalHeader()->setResizeContentsPrecision(ColumnSizingRows);
    // The editor needs the room; the list shows who and how far.
    for (const int column :
         { int(ScorecardListModel::KitColumn), int(ScorecardListModel::UpdatedColumn) }) {
        m_ui->scorecardsTableView->setColumnHidden(column, true);
    }
    m_ui->scorecardsSplitter->setStretchFactor(0, 1);
    m_ui->scorecardsSplitter->setStretchFactor(1, 2);
    m_ui->scorecardsSplitter->setSizes({ 430, 870 });

    connect(m_ui->scorecardsTableView->selectionModel(), &QItemSelectionModel::currentRowChanged,
            this, &ScorecardsWidget::scorecardSelected);
    connect(m_ui->createScorecardButton, &QPushButton::clicked, this,
            &ScorecardsWidget::createScorecard);
    connect(m_ui->importJsonButton, &QPushButton::clicked, this, &ScorecardsWidget::importJson);
    connect(m_ui->scorecardWidget, &ScorecardWidget::liveRequested, this,
            &ScorecardsWidget::openLive);
    connect(m_ui->scorecardWidget, &ScorecardWidget::scorecardChanged, this,
            &ScorecardsWidget::scorecardSaved);
}

ScorecardsWidget::~ScorecardsWidget()
{
    // Live mode writes through the library, which may go right after this page.
    if (m_live) {
        m_live->disconnect(this);
        m_live->close();
    }
}

LiveInterviewWidget *ScorecardsWidget::liveWidget() const
{
    return m_live;
}

ScorecardWidget *ScorecardsWidget::editor() const
{
    return m_ui->scorecardWidget;
}

void ScorecardsWidget::flush()
{
    if (m_live)
        m_live->close();
    m_ui->scorecardWidget->flush();
}

void ScorecardsWidget::setLibrary(Library *library)
{
    flush();
    // Words typed for one library are not a search of the next.
    if (library != m_library) {
        m_searchTimer->stop();
        const QSignalBlocker blocker(m_ui->notesSearchLineEdit);
        m_ui->notesSearchLineEdit->clear();
    }
    m_library = library;
    m_ui->scorecardWidget->setLibrary(library);
    if (!m_library)
        reload();
}

void ScorecardsWidget::setPosting(std::optional<qint64> postingId)
{
    if (m_postingId == postingId)
        return;
    m_postingId = postingId;
}

QString ScorecardsWidget::errorMessage() const
{
    return m_ui->errorLabel->text();
}

void ScorecardsWidget::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void ScorecardsWidget::reload()
{
    showError(QString());
    // A search finds what was typed a moment ago.
    if (!m_ui->notesSearchLineEdit->text().isEmpty())
        savePendingTyping();
    const QVariant kit = m_ui->newKitComboBox->currentData();
    // The whole bank (the entry without a kit id) chosen over kits; as the only entry it is no
    // choice, and a kit made since becomes the default.
    const bool wholeBank = m_ui->newKitComboBox->currentIndex() >= 0 && !kit.isValid()
        && m_ui->newKitComboBox->count() > 1;
    // The candidate chosen before, or the posting's first: every candidate is listed when a
    // person goes to choose one.
    m_ui->newCandidateChoiceBox->hold(m_ui->newCandidateChoiceBox->chosenId());
    m_ui->newKitComboBox->clear();
    if (m_library) {
        if (const auto kits = KitRepository(m_library->database()).list(m_postingId)) {
            for (const InterviewKit &item : *kits) {
                m_ui->newKitComboBox->addItem(
                    item.stage.isEmpty() ? item.name : tr("%1 (%2)").arg(item.name, item.stage),
                    item.id);
            }
        } else {
            showError(kits.error());
        }
        m_ui->newKitComboBox->addItem(tr("Whole question bank"));
    }
    // A kit chosen before stays chosen, the whole bank too; otherwise the posting's first kit,
    // which is what interviews follow (the whole bank is the last entry, for when there is
    // none).
    if (const int index = m_ui->newKitComboBox->findData(kit); kit.isValid() && index >= 0)
        m_ui->newKitComboBox->setCurrentIndex(index);
    else if (wholeBank)
        m_ui->newKitComboBox->setCurrentIndex(m_ui->newKitComboBox->count() - 1);
    updateCreateButton();
    m_ui->importJsonButton->setEnabled(m_library != nullptr);
    reloadList();
}

void ScorecardsWidget::updateCreateButton()
{
    const bool chosen = m_ui->newCandidateChoiceBox->currentIndex() >= 0;
    m_ui->createScorecardButton->setEnabled(chosen);
    m_ui->createScorecardButton->setToolTip(
        chosen ? QString() : tr("Add the candidate on the Candidates page first."));
}

void ScorecardsWidget::savePendingTyping()
{
    if (m_live)
        m_live->flush();
    m_ui->scorecardWidget->flush();
}

void ScorecardsWidget::searchNotes()
{
    // Search what the notes say now, not what they said at the last save.
    savePendingTyping();
    reloadList();
}

void ScorecardsWidget::clearSearch()
{
    m_ui->notesSearchLineEdit->clear();
    searchNotes();
}

void ScorecardsWidget::focusSearch()
{
    m_ui->notesSearchLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->notesSearchLineEdit->selectAll();
}

void ScorecardsWidget::reloadList()
{
    // The list read now has the words typed so far: a search still waiting would read it again.
    m_searchTimer->stop();
    const qint64 selected = currentScorecardId();
    int hidden = 0;
    bool read = false;
    m_listing = true;
    if (m_library) {
        m_filter = {};
        m_filter.postingId = m_postingId;
        m_filter.text = m_ui->notesSearchLineEdit->text();
        const AppSettings settings;
        m_viewer = { settings.interviewerName(), settings.independentScoring() };
        const ScorecardRepository cards(m_library->database());
        QHash<qint64, QString> kitNames;
        if (const auto kits = KitRepository(m_library->database()).list()) {
            for (const InterviewKit &kit : *kits)
                kitNames.insert(kit.id, kit.name);
        }
        // Every posting's scorecards are twenty thousand lines on a big library: the list
        // reads a page, and the next as the view scrolls to it.
        const Status listed = m_model->setPages(
            [cards, filter = m_filter, viewer = m_viewer](const ScorecardSummary *after,
                                                          int limit) {
                return cards.summariesPage(filter, viewer, after, limit);
            },
            kitNames);
        // Counted without the search: how many of the hidden cards have the words would tell
        // what the hidden notes say.
        const auto hiddenCards = cards.hiddenCount(withoutSearch(m_filter), m_viewer);
        read = listed.ok();
        if (!listed)
            showError(listed.error());
        else if (!hiddenCards)
            showError(hiddenCards.error());
        else
            hidden = *hiddenCards;
    } else {
        m_model->setItems({});
    }
    m_ui->hiddenLabel->setVisible(hidden > 0);
    m_ui->hiddenLabel->setText(
        tr("Independent scoring: other interviewers' scorecards (%1) stay hidden until you "
           "submit yours for the same candidate.")
            .arg(hidden));
    m_ui->noMatchLabel->setVisible(read && !m_filter.text.trimmed().isEmpty()
                                   && m_model->rowCount() == 0);

    m_ui->scorecardsTableView->resizeColumnsToContents();
    const int row = selected ? rowOfListed(selected) : -1;
    if (row >= 0)
        m_ui->scorecardsTableView->setCurrentIndex(m_model->index(row, 0));
    m_listing = false;
    if (row < 0) {
        if (m_model->rowCount() > 0)
            m_ui->scorecardsTableView->setCurrentIndex(m_model->index(0, 0));
        else
            m_ui->scorecardWidget->setScorecard(std::nullopt);
    }
}

void ScorecardsWidget::scorecardSaved(qint64 id)
{
    // A rating or a recommendation changes the scorecard's own line (progress, last
    // change): that line is read alone, not the twenty thousand of every posting at each
    // click. A submit or reopen may change which other scorecards independent scoring shows:
    // then the whole list is read again.
    const int row = m_model->rowOf(id);
    bool lineOnly = false;
    if (m_library && row >= 0) {
        const auto saved = ScorecardRepository(m_library->database()).summary(id);
        lineOnly = saved && saved->status == m_model->items().at(row).status;
        if (lineOnly) {
            m_listing = true;
            m_model->updateItem(*saved);
            m_listing = false;
            m_ui->scorecardsTableView->scrollTo(m_ui->scorecardsTableView->currentIndex());
        }
    }
    if (!lineOnly)
        reloadList();
    emit scorecardsChanged();
}

void ScorecardsWidget::scorecardSelected(const QModelIndex &current)
{
    if (m_listing)
        return;
    m_ui->scorecardWidget->setScorecard(current.isValid() ? std::optional<qint64>(
                                            current.data(ScorecardListModel::IdRole).toLongLong())
                                                          : std::nullopt);
    m_ui->scorecardWidget->setLiveRunning(
        m_live && current.isValid()
        && m_live->scorecardId() == current.data(ScorecardListModel::IdRole).toLongLong());
}

int ScorecardsWidget::rowOfListed(qint64 id)
{
    if (const int row = m_model->rowOf(id); row >= 0 || !m_model->canFetchMore({}))
        return row;
    // Asked first: reading pages for a scorecard the list does not hold (hidden now, erased)
    // would read all twenty thousand.
    const auto listed = ScorecardRepository(m_library->database()).lists(m_filter, m_viewer, id);
    if (!listed) {
        showError(listed.error());
        return -1;
    }
    return *listed ? m_model->fetchUntil(id) : -1;
}

qint64 ScorecardsWidget::currentScorecardId() const
{
    const QModelIndex current = m_ui->scorecardsTableView->currentIndex();
    return current.isValid() ? current.data(ScorecardListModel::IdRole).toLongLong() : 0;
}

bool ScorecardsWidget::selectScorecard(qint64 id)
{
    int row = rowOfListed(id);
    // A scorecard asked for (made just now, opened from another page) that the search leaves
    // out: the search gives way, unless the card is not listed anyway (hidden, erased).
    if (row < 0 && m_library && !m_filter.text.trimmed().isEmpty()) {
        const auto listed =
            ScorecardRepository(m_library->database()).lists(withoutSearch(m_filter), m_viewer, id);
        if (listed && *listed) {
            clearSearch();
            row = rowOfListed(id);
        }
    }
    if (row < 0)
        return false;
    m_ui->scorecardsTableView->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void ScorecardsWidget::prepareNew(qint64 candidateId)
{
    m_ui->newCandidateChoiceBox->choose(candidateId);
    m_ui->newKitComboBox->setFocus();
}

std::optional<qint64> ScorecardsWidget::createScorecard()
{
    if (!m_library || m_ui->newCandidateChoiceBox->currentIndex() < 0)
        return std::nullopt;
    const QString interviewer = AppSettings().interviewerName();
    if (interviewer.isEmpty()) {
        showError(tr("Enter your name first (\"Your name\" above): a scorecard carries its "
                     "interviewer's name."));
        emit interviewerNameNeeded();
        return std::nullopt;
    }
    const qint64 candidateId = m_ui->newCandidateChoiceBox->currentData().toLongLong();
    const QVariant kitData = m_ui->newKitComboBox->currentData();
    const std::optional<qint64> kitId =
        kitData.isValid() ? std::optional<qint64>(kitData.toLongLong()) : std::nullopt;

    ScorecardRepository cards(m_library->database());
    ScorecardFilter filter;
    filter.candidateId = candidateId;
    const auto existing = cards.list(filter);
    if (!existing) {
        showError(existing.error());
        return std::nullopt;
    }
    // One scorecard per candidate, interviewer and kit: a second would split the ratings.
    for (const Scorecard &card : *existing) {
        if (card.interviewer == interviewer && card.kitId == kitId) {
            // What the label says below is about this "New" alone.
            showError(QString());
            reloadList();
            QString message = tr("You already have a scorecard for %1 with this kit; here it is.")
                                  .arg(card.candidateName);
            if (!selectScorecard(card.id) && m_postingId && card.postingId != m_postingId) {
                // Made under another posting: shown with every posting's scorecards (the
                // page reads again, so the message comes after).
                emit listedUnderAllPostings(card.id);
                message = tr("You already have a scorecard for %1 with this kit, made under "
                             "another posting; all postings are shown, with it selected.")
                              .arg(card.candidateName);
            }
            if (currentScorecardId() != card.id) {
                // A read that failed said why; that stays beside what was asked.
                message = tr("You already have a scorecard for %1 with this kit, but it cannot "
                             "be listed now.")
                              .arg(card.candidateName);
                if (!errorMessage().isEmpty())
                    message += u' ' + errorMessage();
            }
            showError(message);
            return card.id;
        }
    }
    const auto candidate = CandidateRepository(m_library->database()).load(candidateId);
    if (!candidate) {
        showError(candidate.error());
        return std::nullopt;
    }
    const auto card = cards.create(candidateId, interviewer, kitId, candidate->postingId);
    if (!card) {
        MessageBoxes::critical(this, tr("Cannot Create Scorecard"), card.error());
        return std::nullopt;
    }
    showError(QString());
    reloadList();
    selectScorecard(card->id);
    emit scorecardsChanged();
    return card->id;
}

void ScorecardsWidget::importJson()
{
    if (!m_library)
        return;
    if (scorecardExchange::importScorecardJson(this, *m_library)) {
        reload();
        emit scorecardsChanged();
    }
}

LiveInterviewWidget *ScorecardsWidget::openLive(qint64 scorecardId, bool resume)
{
    if (!m_library)
        return nullptr;
    if (m_live && m_live->scorecardId() != scorecardId)
        m_live->close();
    if (m_live) {
        m_live->raise();
        m_live->activateWindow();
        return m_live;
    }
    m_ui->scorecardWidget->flush();
    // A window of its own, so it can go full screen on a second monitor during the call.
    auto *live = new LiveInterviewWidget(this);
    live->setWindowFlag(Qt::Window);
    live->setAttribute(Qt::WA_DeleteOnClose);
    if (const Status started = live->start(m_library, scorecardId, resume); !started) {
        // Live mode has not started: this dialog belongs to the tab, not to the call.
        delete live;
        MessageBoxes::critical(this, tr("Cannot Start Live Interview"), started.error());
        return nullptr;
    }
    m_live = live;
    connect(live, &LiveInterviewWidget::finished, this, &ScorecardsWidget::liveFinished);
    m_ui->scorecardWidget->setLiveRunning(m_ui->scorecardWidget->scorecard()
                                          && m_ui->scorecardWidget->scorecard()->id == scorecardId);
    // The call deserves the whole screen; F11 takes the window decorations away too.
    live->showMaximized();
    live->activateWindow();
    live->setFocus();
    return live;
}

void ScorecardsWidget::liveFinished(qint64 scorecardId)
{
    // The window deletes itself once closed.
    m_live = nullptr;
    m_ui->scorecardWidget->setLiveRunning(false);
    reloadList();
    if (m_ui->scorecardWidget->scorecard() && m_ui->scorecardWidget->scorecard()->id == scorecardId)
        m_ui->scorecardWidget->reload();
    emit scorecardsChanged();
}

} // namespace hirekit
