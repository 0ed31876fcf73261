// ChoiceBox: a box over a long list holds what it shows until someone goes to choose, then
// lists every choice with one read. The sources here count their reads.
#include "gui/ChoiceBoxes.h"

#include <QAbstractItemView>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hirekit;

namespace {

// The choices a box reads, and how often it read them.
struct Source
{
    QList<Named> choices { { 3, u"Ada"_s }, { 1, u"Grace"_s }, { 2, u"Linus"_s } };
    QString error; // not empty: every read fails with it
    int listings = 0; // reads of every choice
    int firsts = 0; // reads of the first choice alone
    int finds = 0;

    // Has `box` read from here, after `firstEntry` if there is one.
    void attach(ChoiceBox &box, const QString &firstEntry = QString())
    {
        box.setFirstEntry(firstEntry);
        box.setSource(
            [this](int limit) -> Result<QList<Named>> {
                ++(limit > 0 ? firsts : listings);
                if (!error.isEmpty())
                    return Error { error };
                return limit > 0 ? choices.mid(0, limit) : choices;
            },
            [this](qint64 id) -> Result<std::optional<Named>> {
                ++finds;
                if (!error.isEmpty())
                    return Error { error };
                for (const Named &choice : std::as_const(choices)) {
                    if (choice.id == id)
                        return std::optional<Named>(choice);
                }
                return std::optional<Named>();
            });
    }
};

QStringList texts(const QComboBox &box)
{
    QStringList result;
    for (int i = 0; i < box.count(); ++i)
        result.append(box.itemText(i));
    return result;
}

} // namespace

class TestChoiceBox : public QObject
{
    Q_OBJECT

private slots:
    void holdsWithoutListing();
    void listsWhenAboutToChoose_data();
    void listsWhenAboutToChoose();
    void focusComingBackListsNothing();
    void keyActsOnTheWholeList();
    void choosingById();
    void choiceGoneWhenListed();
    void refilledWhileOpen();
    void readErrors();
    void oneReadPerAction();
};

void TestChoiceBox::holdsWithoutListing()
{
    Source source;
    ChoiceBox box;
    source.attach(box, u"All"_s);
    QSignalSpy changed(&box, &QComboBox::currentIndexChanged);

    // The first entry alone, read from nowhere.
    QVERIFY(box.hold(std::nullopt));
    QCOMPARE(texts(box), QStringList { u"All"_s });
    QCOMPARE(box.chosenId(), std::nullopt);
    // The first entry and the choice, read alone.
    QVERIFY(box.hold(1));
    QCOMPARE(texts(box), (QStringList { u"All"_s, u"Grace"_s }));
    QCOMPARE(box.chosenId(), std::optional<qint64>(1));
    QCOMPARE(source.finds, 1);
    // Gone: the first entry, and hold() says so.
    QVERIFY(!box.hold(7));
    QCOMPARE(texts(box), QStringList { u"All"_s });
    QCOMPARE(box.chosenId(), std::nullopt);
    QCOMPARE(source.listings + source.firsts, 0);
    QVERIFY(!box.isListed());
    QCOMPARE(changed.count(), 0);

    // Without a first entry the box falls back to the first choice, read alone.
    ChoiceBox plain;
    source.attach(plain);
    QVERIFY(plain.hold(std::nullopt));
    QCOMPARE(texts(plain), QStringList { u"Ada"_s });
    QCOMPARE(plain.chosenId(), std::optional<qint64>(3));
    QVERIFY(!plain.hold(7));
    QCOMPARE(plain.chosenId(), std::optional<qint64>(3));
    QCOMPARE(source.firsts, 2);
    QCOMPARE(source.listings, 0);
    // Nothing to choose from: an empty box.
    source.choices.clear();
    QVERIFY(plain.hold(std::nullopt));
    QCOMPARE(plain.count(), 0);
    QCOMPARE(plain.chosenId(), std::nullopt);
}

void TestChoiceBox::listsWhenAboutToChoose_data()
{
    QTest::addColumn<QString>("how");
    for (const char *how :
         { "tab", "backtab", "shortcut", "click", "wheel", "key", "f4", "alt down", "popup" })
        QTest::newRow(how) << QString::fromLatin1(how);
}

void TestChoiceBox::listsWhenAboutToChoose()
{
    QFETCH(QString, how);
    Source source;
    ChoiceBox box;
    source.attach(box, u"All"_s);
    box.hold(2);
    QSignalSpy changed(&box, &QComboBox::currentIndexChanged);

    if (how == u"tab" || how == u"backtab" || how == u"shortcut") {
        QFocusEvent focus(QEvent::FocusIn,
                          how == u"tab"           ? Qt::TabFocusReason
                              : how == u"backtab" ? Qt::BacktabFocusReason
                                                  : Qt::ShortcutFocusReason);
        QCoreApplication::sendEvent(&box, &focus);
    } else if (how == u"click") {
        QTest::mousePress(&box, Qt::LeftButton);
    } else if (how == u"wheel") {
        // A wheel turn of no distance: listed, and the choice stays.
        QWheelEvent wheel(QPointF(5, 5), box.mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, 0),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(&box, &wheel);
    } else if (how == u"key") {
        QTest::keyClick(&box, Qt::Key_Right);
    } else if (how == u"f4") {
        QTest::keyClick(&box, Qt::Key_F4);
    } else if (how == u"alt down") {
        QTest::keyClick(&box, Qt::Key_Down, Qt::AltModifier);
    } else {
        // As an assistive tool opens it: no focus, no click.
        box.showPopup();
    }
    QCOMPARE(texts(box), (QStringList { u"All"_s, u"Ada"_s, u"Grace"_s, u"Linus"_s }));
    QCOMPARE(box.chosenId(), std::optional<qint64>(2));
    QCOMPARE(box.currentText(), u"Linus"_s);
    QCOMPARE(changed.count(), 0);
    QVERIFY(box.isListed());
    QCOMPARE(source.listings, 1);
    // Once: using it again reads nothing.
    box.hidePopup();
    QTest::keyClick(&box, Qt::Key_Right);
    box.showPopup();
    box.hidePopup();
    QCOMPARE(source.listings, 1);
}

void TestChoiceBox::focusComingBackListsNothing()
{
    Source source;
    ChoiceBox box;
    source.attach(box);
    box.hold(1);
    for (const Qt::FocusReason reason : { Qt::ActiveWindowFocusReason, Qt::PopupFocusReason,
                                          Qt::OtherFocusReason, Qt::MouseFocusReason }) {
        QFocusEvent focus(QEvent::FocusIn, reason);
        QCoreApplication::sendEvent(&box, &focus);
    }
    // Nor a modifier pressed alone, as for a shortcut while the box has the focus.
    for (const Qt::Key key : { Qt::Key_Control, Qt::Key_Shift, Qt::Key_Alt, Qt::Key_Meta })
        QTest::keyClick(&box, key);
    QCOMPARE(box.count(), 1);
    QCOMPARE(source.listings, 0);
}

void TestChoiceBox::keyActsOnTheWholeList()
{
    // Up from the last choice is the one before it in the whole list, not the first entry.
    Source source;
    ChoiceBox box;
    source.attach(box, u"All"_s);
    box.hold(2);
    QSignalSpy changed(&box, &QComboBox::currentIndexChanged);
    QTest::keyClick(&box, Qt::Key_Up);
    QCOMPARE(box.currentText(), u"Grace"_s);
    QCOMPARE(box.chosenId(), std::optional<qint64>(1));
    QCOMPARE(changed.count(), 1);
}

void TestChoiceBox::choosingById()
{
    Source source;
    ChoiceBox box;
    source.attach(box, u"All"_s);
    box.hold(1);
    QSignalSpy changed(&box, &QComboBox::currentIndexChanged);

    // Not held: read alone, not listed; the change is said.
    QVERIFY(box.choose(2));
    QCOMPARE(box.currentText(), u"Linus"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(source.finds, 2);
    QCOMPARE(source.listings, 0);
    // Held: nothing read.
    QVERIFY(box.choose(1));
    QCOMPARE(box.currentText(), u"Grace"_s);
    QCOMPARE(source.finds, 2);
    // Nothing: the first entry.
    QVERIFY(box.choose(std::nullopt));
    QCOMPARE(box.chosenId(), std::nullopt);
    QCOMPARE(changed.count(), 3);
    // No such choice: false, and the choice stays, unsaid.
    QVERIFY(box.choose(1));
    QCOMPARE(changed.count(), 4);
    QVERIFY(!box.choose(9));
    QCOMPARE(box.chosenId(), std::optional<qint64>(1));
    QCOMPARE(changed.count(), 4);

    // Listed, then one added: listed again, in its place.
    box.list();
    source.choices.insert(1, { 9, u"Barbara"_s });
    QVERIFY(box.choose(9));
    QCOMPARE(texts(box),
             (QStringList { u"All"_s, u"Ada"_s, u"Barbara"_s, u"Grace"_s, u"Linus"_s }));
    QCOMPARE(box.currentText(), u"Barbara"_s);
    QCOMPARE(source.listings, 2);
    QCOMPARE(changed.count(), 5);

    // Listed, the choice gone and another added: said once, for the one chosen.
    source.choices.removeAt(1);
    source.choices.append({ 10, u"Ken"_s });
    QVERIFY(box.choose(10));
    QCOMPARE(box.currentText(), u"Ken"_s);
    QCOMPARE(changed.count(), 6);
    QCOMPARE(changed.last().first().toInt(), box.currentIndex());

    // An empty box choosing by id: said.
    ChoiceBox plain;
    source.attach(plain);
    QSignalSpy plainChanged(&plain, &QComboBox::currentIndexChanged);
    QVERIFY(plain.choose(2));
    QCOMPARE(plain.currentText(), u"Linus"_s);
    QCOMPARE(plainChanged.count(), 1);
}

void TestChoiceBox::choiceGoneWhenListed()
{
    // Deleted after the box was filled and before it is listed: the first entry is chosen,
    // and said, so what shows the choice follows.
    Source source;
    ChoiceBox box;
    source.attach(box, u"All"_s);
    box.hold(1);
    QSignalSpy changed(&box, &QComboBox::currentIndexChanged);
    source.choices.removeAt(1);
    box.list();
    QCOMPARE(box.chosenId(), std::nullopt);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toInt(), 0);

    // Without a first entry: the first choice; and with none left, nothing, also said.
    ChoiceBox plain;
    source.attach(plain);
    plain.hold(2);
    QSignalSpy plainChanged(&plain, &QComboBox::currentIndexChanged);
    source.choices.removeLast();
    plain.list();
    QCOMPARE(plain.chosenId(), std::optional<qint64>(3));
    QCOMPARE(plainChanged.count(), 1);
    plain.hold(3);
    source.choices.clear();
    plain.list();
    QCOMPARE(plain.chosenId(), std::nullopt);
    QCOMPARE(plainChanged.count(), 2);
    QCOMPARE(plainChanged.last().first().toInt(), -1);

    // Held nothing (there was nothing to choose), and the listing finds choices: the first is
    // chosen, and said.
    plain.hold(std::nullopt);
    QCOMPARE(plain.count(), 0);
    source.choices = { { 4, u"Hedy"_s } };
    plain.list();
    QCOMPARE(plain.chosenId(), std::optional<qint64>(4));
    QCOMPARE(plainChanged.count(), 3);
    QCOMPARE(plainChanged.last().first().toInt(), 0);
}

void TestChoiceBox::refilledWhileOpen()
{
    // Filled again while the list is open (a change made elsewhere): listed again at once,
    // as nothing reaches the box until the list closes.
    Source source;
    ChoiceBox box;
    source.attach(box, u"All"_s);
    box.hold(1);
    box.showPopup();
    QVERIFY(box.view()->isVisible());
    QCOMPARE(box.count(), 4);
    box.hold(box.chosenId());
    QCOMPARE(box.count(), 4);
    QCOMPARE(box.currentText(), u"Grace"_s);
    QCOMPARE(source.listings, 2);
    box.hidePopup();
    box.hold(box.chosenId());
    QCOMPARE(box.count(), 2);
}

void TestChoiceBox::readErrors()
{
    Source source;
    ChoiceBox box;
    source.attach(box, u"All"_s);
    box.hold(1);
    QSignalSpy failed(&box, &ChoiceBox::readFailed);
    QSignalSpy listed(&box, &ChoiceBox::listed);
    source.error = u"Cannot access choices: disk I/O error"_s;

    // The choice cannot be read: said, and the first entry is held.
    QVERIFY(!box.hold(1));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.last().first().toString(), source.error);
    QCOMPARE(texts(box), QStringList { u"All"_s });
    // Listing fails: said once, not again at every key; opening the list tries again.
    QTest::keyClick(&box, Qt::Key_Right);
    QTest::keyClick(&box, Qt::Key_Right);
    QCOMPARE(failed.count(), 2);
    QCOMPARE(source.listings, 1);
    QCOMPARE(listed.count(), 0);
    QCOMPARE(box.count(), 1);
    box.showPopup();
    box.hidePopup();
    QCOMPARE(source.listings, 2);
    QCOMPARE(failed.count(), 3);
    // Choosing by id fails: said, and false.
    QVERIFY(!box.choose(3));
    QCOMPARE(failed.count(), 4);
    // Without a first entry, the first choice cannot be read: said, and an empty box; one
    // failure is said once, though both the choice and the first choice went unread.
    ChoiceBox plain;
    source.attach(plain);
    QSignalSpy plainFailed(&plain, &ChoiceBox::readFailed);
    QVERIFY(plain.hold(std::nullopt));
    QCOMPARE(plainFailed.count(), 1);
    QCOMPARE(plain.count(), 0);
    QVERIFY(!plain.hold(3));
    QCOMPARE(plainFailed.count(), 2);

    // Readable again: the next filling lists when asked, and says the failure is over.
    source.error.clear();
    box.hold(std::nullopt);
    QTest::keyClick(&box, Qt::Key_Right);
    QCOMPARE(box.count(), 4);
    QCOMPARE(listed.count(), 1);
}

void TestChoiceBox::oneReadPerAction()
{
    // A click or a key that opens the list reads once, even when the read fails; a later
    // opening tries again.
    Source source;
    source.error = u"Cannot access choices: database is locked"_s;
    ChoiceBox box;
    source.attach(box, u"All"_s);
    box.hold(std::nullopt);
    QSignalSpy failed(&box, &ChoiceBox::readFailed);
    QTest::mousePress(&box, Qt::LeftButton);
    QCOMPARE(source.listings, 1);
    QCOMPARE(failed.count(), 1);
    box.hidePopup();
    QTest::keyClick(&box, Qt::Key_F4);
    QCOMPARE(source.listings, 2);
    QCOMPARE(failed.count(), 2);
    box.hidePopup();

    box.hold(std::nullopt);
    QTest::keyClick(&box, Qt::Key_F4);
    QCOMPARE(source.listings, 3);
    QCOMPARE(failed.count(), 3);
    box.hidePopup();
}

QTEST_MAIN(TestChoiceBox)
#include "tst_choicebox.moc"
