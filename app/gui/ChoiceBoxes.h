#pragma once

#include "core/Named.h"
#include "core/Result.h"

#include <QComboBox>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QLabel;

namespace hirekit {

class Library;

// Fills `box` with `choices`, their names shown and ids as item data, after `first` (an entry
// without data, such as "All postings") when it is not empty. All rows go into the box's model
// in one insertion: adding ten thousand candidates one by one made the box handle each. The
// current entry is left to the caller.
void setChoices(QComboBox *box, const QList<Named> &choices, const QString &first = QString());

// A box to choose one of a list that can be long (every posting, every candidate). It holds
// only what it shows, the entry before the choices if it has one ("All postings") and the
// choice made, until someone goes to choose: tabbing to it or using its shortcut, a click, the
// wheel, a key, or its list opened any other way (by an assistive tool). Then it lists every
// choice, with one read. So filling it again, at start-up or after any change to the library,
// reads one row, not thousands.
class ChoiceBox : public QComboBox
{
    Q_OBJECT

public:
    // Every choice in its order; with a `limit` above 0, the first `limit` of them.
    using Lister = std::function<Result<QList<Named>>(int limit)>;
    // The choice `id`; nullopt when there is no such choice.
    using Finder = std::function<Result<std::optional<Named>>(qint64 id)>;

    explicit ChoiceBox(QWidget *parent = nullptr);
    ~ChoiceBox() override;

    void setSource(Lister lister, Finder finder);
    // An entry without an id before the choices, chosen when nothing else is. Without one,
    // the first choice is.
    void setFirstEntry(const QString &text);

    // Holds the choice `id` alone (nothing: the first entry, or else the first choice), read
    // again as it may be gone; the change is not signalled, the caller knows. False when `id`
    // is gone or cannot be read: then what is chosen when nothing else is, is held. An open
    // list is listed again at once (and that listing signals as list() does).
    bool hold(std::optional<qint64> id);
    // Lists every choice, unless it has since the last hold(). A failed read is said once, not
    // at every key: opening the list (a click, F4, showPopup()) in a later action, or choosing
    // an id the box lacks, tries again. When the choice changes with the listing (gone
    // meanwhile, or the box held nothing), currentIndexChanged() and currentTextChanged() say
    // so, once.
    void list();
    bool isListed() const;
    std::optional<qint64> chosenId() const;
    // Chooses `id` (nothing: the entry chosen when nothing else is), reading it alone when the
    // box holds it not, or listing again when it was listed before `id` was added; false when
    // there is no such choice. currentIndexChanged() says when the choice changed, once.
    bool choose(std::optional<qint64> id);

    void showPopup() override;

signals:
    void readFailed(const QString &error);
    // Every choice was read: an earlier failure is over.
    void listed();

protected:
    void focusInEvent(QFocusEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // What is chosen: an entry or none, and its id.
    struct Choice
    {
        bool any = false;
        std::optional<qint64> id;
        bool operator==(const Choice &) const = default;
    };
    Choice choice() const;
    // Sends currentIndexChanged() and currentTextChanged() when the choice is no longer
    // `before`: the box changes its entries with its signals blocked.
    void sayIfChanged(const Choice &before);
    // Reads every choice into the box, keeping the one chosen if it is there; without
    // currentIndexChanged().
    void readAll();
    // Fills the box with the first entry and `choices`, choosing `id` if it is among them and
    // otherwise the first entry or choice; without signals.
    void fill(const QList<Named> &choices, std::optional<qint64> id);

    Lister m_lister;
    Finder m_finder;
    QString m_firstEntry;
    bool m_listed = false;
    bool m_listingFailed = false;
    // Opening the list may try a failed listing again: not when the key that opens it has just
    // tried.
    bool m_retryOnOpen = true;
};

// Says `box`'s failed reads on `errorLabel` (a page's error line, hidden when empty), in place
// of what it showed, and takes its own message back once a listing succeeds; a message put
// there since stays.
void showReadErrors(ChoiceBox *box, QLabel *errorLabel);

// Has `box` choose among the postings (not templates, not deleted), newest first, or among the
// candidates of the posting `*postingId` (of all postings without one), by name. Read from
// `*library` as it is when the box reads, nothing without one. The pointers are the page's
// own members: the box reads only when asked or used, never while the page is destroyed.
void choosePostings(ChoiceBox *box, Library *const *library);
void chooseCandidates(ChoiceBox *box, Library *const *library,
                      const std::optional<qint64> *postingId);

} // namespace hirekit
