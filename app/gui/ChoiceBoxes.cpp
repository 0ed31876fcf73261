#include "gui/ChoiceBoxes.h"

#include "storage/CandidateRepository.h"
#include "storage/Library.h"
#include "storage/PostingRepository.h"

#include <QAbstractItemView>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QStandardItemModel>

#include <memory>

namespace hirekit {

void setChoices(QComboBox *box, const QList<Named> &choices, const QString &first)
{
    box->clear();
    auto *model = qobject_cast<QStandardItemModel *>(box->model());
    if (!model) { // a model someone gave the box: its own way of adding rows
        if (!first.isEmpty())
            box->addItem(first);
        for (const Named &choice : choices)
            box->addItem(choice.name, choice.id);
        return;
    }
    QList<QStandardItem *> items;
    items.reserve(choices.size() + 1);
    if (!first.isEmpty())
        items.append(new QStandardItem(first));
    for (const Named &choice : choices) {
        auto *item = new QStandardItem(choice.name);
        item->setData(choice.id, Qt::UserRole);
        items.append(item);
    }
    model->invisibleRootItem()->appendRows(items);
}

ChoiceBox::ChoiceBox(QWidget *parent)
    : QComboBox(parent)
{ }

ChoiceBox::~ChoiceBox() = default;

void ChoiceBox::setSource(Lister lister, Finder finder)
{
    m_lister = std::move(lister);
    m_finder = std::move(finder);
}

void ChoiceBox::setFirstEntry(const QString &text)
{
    m_firstEntry = text;
}

bool ChoiceBox::hold(std::optional<qint64> id)
{
    QList<Named> held;
    bool found = !id;
    bool failed = false;
    if (id && m_finder) {
        if (auto named = m_finder(*id); !named) {
            emit readFailed(named.error());
            failed = true;
        } else if (*named) {
            held.append(**named);
            found = true;
        }
    }
    if (held.isEmpty() && m_firstEntry.isEmpty() && m_lister) {
        if (auto first = m_lister(1))
            held = *first;
        else if (!failed) // one failure, said once
            emit readFailed(first.error());
    }
    fill(held, id);
    m_listed = false;
    m_listingFailed = false;
    // Refilled while the person has the list open (a change made elsewhere): listed again now,
    // as nothing reaches the box itself until the list closes.
    if (view()->isVisible())
        list();
    return found;
}

void ChoiceBox::list()
{
    if (m_listed || !m_lister)
        return;
    const Choice before = choice();
    readAll();
    sayIfChanged(before);
}

void ChoiceBox::readAll()
{
    m_listed = true;
    auto all = m_lister(0);
    m_listingFailed = !all;
    if (!all) {
        emit readFailed(all.error());
        return;
    }
    fill(*all, chosenId());
    emit listed();
}

ChoiceBox::Choice ChoiceBox::choice() const
{
    return { currentIndex() >= 0, chosenId() };
}

void ChoiceBox::sayIfChanged(const Choice &before)
{
    if (choice() == before)
        return;
    emit currentIndexChanged(currentIndex());
    emit currentTextChanged(currentText());
}

bool ChoiceBox::isListed() const
{
    return m_listed;
}

std::optional<qint64> ChoiceBox::chosenId() const
{
    const QVariant id = currentData();
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

bool ChoiceBox::choose(std::optional<qint64> id)
{
    const Choice before = choice();
    int index = id ? findData(*id) : (count() > 0 ? 0 : -1);
    if (id && index < 0) {
        if (m_listed && m_lister) {
            // Added since the box was listed: listed again, in its place.
            readAll();
        } else if (m_finder) {
            if (auto named = m_finder(*id); !named) {
                emit readFailed(named.error());
            } else if (*named) {
                const QSignalBlocker blocker(this);
                addItem((*named)->name, (*named)->id);
            }
        }
        index = findData(*id);
    }
    if (index >= 0) {
        const QSignalBlocker blocker(this);
        setCurrentIndex(index);
    }
    sayIfChanged(before);
    return index >= 0;
}

void ChoiceBox::showPopup()
{
    // Opening the list asks for it: a listing that failed in an earlier action is tried again.
    // (A click opens the list through here alone.)
    if (m_listingFailed && m_retryOnOpen)
        m_listed = false;
    list();
    QComboBox::showPopup();
}

void ChoiceBox::focusInEvent(QFocusEvent *event)
{
    // Tabbed to, or its shortcut: about to choose. Not when the focus only comes back (the
    // window activated, a menu closed, the tab shown again).
    const Qt::FocusReason reason = event->reason();
    if (reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason
        || reason == Qt::ShortcutFocusReason)
        list();
    QComboBox::focusInEvent(event);
}

void ChoiceBox::wheelEvent(QWheelEvent *event)
{
    list();
    QComboBox::wheelEvent(event);
}

void ChoiceBox::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Meta:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
        // A modifier alone (the Ctrl of a shortcut) is no choosing.
        break;
    default: {
        // Listed before the key is handled: it acts on the whole list, not on the entries
        // held. A key that opens the list (F4, Alt+Down) does not read again what this one
        // failed to.
        const QScopedValueRollback<bool> retry(m_retryOnOpen, m_listed);
        list();
        QComboBox::keyPressEvent(event);
        return;
    }
    }
    QComboBox::keyPressEvent(event);
}

void ChoiceBox::fill(const QList<Named> &choices, std::optional<qint64> id)
{
    const QSignalBlocker blocker(this);
    setChoices(this, choices, m_firstEntry);
    const int index = id ? findData(*id) : -1;
    setCurrentIndex(index >= 0 ? index : (count() > 0 ? 0 : -1));
}

void showReadErrors(ChoiceBox *box, QLabel *errorLabel)
{
    auto said = std::make_shared<QString>();
    QObject::connect(box, &ChoiceBox::readFailed, errorLabel,
                     [errorLabel, said](const QString &error) {
                         *said = error;
                         errorLabel->setText(error);
                         errorLabel->setVisible(!error.isEmpty());
                     });
    QObject::connect(box, &ChoiceBox::listed, errorLabel, [errorLabel, said] {
        if (!said->isEmpty() && errorLabel->text() == *said) {
            errorLabel->clear();
            errorLabel->hide();
        }
        said->clear();
    });
}

void choosePostings(ChoiceBox *box, Library *const *library)
{
    box->setSource(
        [library](int limit) -> Result<QList<Named>> {
            if (!*library)
                return QList<Named>();
            return PostingRepository((*library)->database()).titles(limit);
        },
        [library](qint64 id) -> Result<std::optional<Named>> {
            if (!*library)
                return std::optional<Named>();
            return PostingRepository((*library)->database()).title(id);
        });
}

void chooseCandidates(ChoiceBox *box, Library *const *library,
                      const std::optional<qint64> *postingId)
{
    box->setSource(
        [library, postingId](int limit) -> Result<QList<Named>> {
            if (!*library)
                return QList<Named>();
            return CandidateRepository((*library)->database()).names(*postingId, limit);
        },
        [library, postingId](qint64 id) -> Result<std::optional<Named>> {
            if (!*library)
                return std::optional<Named>();
            return CandidateRepository((*library)->database()).name(id, *postingId);
        });
}

} // namespace hirekit
