#include "gui/PostingChecksPanel.h"

#include "analysis/PostingChecks.h"
#include "gui/CheckHighlighter.h"
#include "gui/PostingCheckRunner.h"
#include "gui/PostingDocument.h"

#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

// A small square in a highlight's colour: the panel's legend for what the editor marks.
QIcon swatch(CheckMark::Kind kind)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QColor(0, 0, 0, 60));
    painter.setBrush(CheckHighlighter::markColor(kind));
    painter.drawRect(QRectF(0.5, 0.5, 11, 11));
    return QIcon(pixmap);
}

QString shortened(const QString &text, int length = 70)
{
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1).trimmed() + u'…';
}

} // namespace

PostingChecksPanel::PostingChecksPanel(QWidget *parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_titleLabel->setObjectName(u"checksTitleLabel"_s);
    m_titleLabel->setText(tr("Checks (as you type)"));
    m_titleLabel->setBuddy(m_tree);
    layout->addWidget(m_titleLabel);
    m_tree->setObjectName(u"checksTreeWidget"_s);
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setAccessibleName(tr("Posting checks"));
    layout->addWidget(m_tree);

    // A click goes to the finding; so does Enter (itemActivated), for the keyboard.
    connect(m_tree, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { activate(item); });
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { activate(item); });
    // Only the user's folding is remembered, not the panel's own.
    connect(m_tree, &QTreeWidget::itemCollapsed, this, [this](QTreeWidgetItem *item) {
        if (!m_refreshing)
            m_collapsed.insert(item->data(0, FieldRole).toString(), true);
    });
    connect(m_tree, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem *item) {
        if (!m_refreshing)
            m_collapsed.insert(item->data(0, FieldRole).toString(), false);
    });
    refresh();
}

PostingChecksPanel::~PostingChecksPanel() = default;

void PostingChecksPanel::setRunner(PostingCheckRunner *runner)
{
    if (m_runner)
        disconnect(m_runner, nullptr, this, nullptr);
    m_runner = runner;
    if (m_runner)
        connect(m_runner, &PostingCheckRunner::checked, this, &PostingChecksPanel::refresh);
    refresh();
}

QTreeWidgetItem *PostingChecksPanel::addGroup(const QString &key, const QString &title)
{
    auto *group = new QTreeWidgetItem(m_tree, { title });
    QFont font = group->font(0);
    font.setBold(true);
    group->setFont(0, font);
    // The group's key, to keep it folded; groups do nothing when activated.
    group->setData(0, FieldRole, key);
    group->setData(0, ActionRole, NoAction);
    group->setToolTip(0, title);
    return group;
}

QString PostingChecksPanel::fieldName(const TextPlace &place) const
{
    const PostingDocument *document = m_runner ? m_runner->document() : nullptr;
    switch (place.source) {
    case TextSource::Title:
        return tr("Title");
    case TextSource::CompanyDescription:
        return tr("Company description");
    case TextSource::SectionHeading:
    case TextSource::SectionBody:
        if (document && place.section >= 0 && place.section < document->posting().sections.size())
            return document->posting().sections.at(place.section).heading;
        return tr("Section");
    case TextSource::BenefitsSummary:
        return tr("Benefits");
    case TextSource::HowToApply:
        return tr("How to apply");
    case TextSource::None:
        break;
    }
    return QString();
}

QTreeWidgetItem *PostingChecksPanel::addPlaceItem(QTreeWidgetItem *group, const QString &text,
                                                  const QList<TextPlace> &places)
{
    auto *item = new QTreeWidgetItem(group);
    QVariantList stored;
    QStringList fields;
    for (const TextPlace &place : places) {
        if (!place.isValid())
            continue;
        stored.append(
            QVariant(QVariantList { int(place.source), place.section, qlonglong(place.position),
                                    qlonglong(place.length) }));
        const QString field = fieldName(place);
        if (!fields.contains(field))
            fields.append(field);
    }
    const QString where = fields.join(u", "_s);
    item->setText(0, where.isEmpty() ? text : u"%1 · %2"_s.arg(text, where));
    if (stored.isEmpty())
        item->setToolTip(0, text);
    else if (stored.size() == 1)
        item->setToolTip(0, tr("%1\nIn %2: click or press Enter to go there.").arg(text, where));
    else
        item->setToolTip(
            0, tr("%1\nIn %2: click or press Enter to go to each in turn.").arg(text, where));
    item->setData(0, ActionRole, stored.isEmpty() ? NoAction : GoToPlace);
    item->setData(0, PlacesRole, stored);
    item->setData(0, NextPlaceRole, 0);
    return item;
}

void PostingChecksPanel::refresh()
{
    // Where the user was in the list stays put while the checks run again.
    const int scroll = m_tree->verticalScrollBar()->value();
    QString currentGroup;
    int currentRow = -1;
    if (QTreeWidgetItem *current = m_tree->currentItem()) {
        QTreeWidgetItem *group = current->parent() ? current->parent() : current;
        currentGroup = group->data(0, FieldRole).toString();
        currentRow = current->parent() ? group->indexOfChild(current) : -1;
    }
    const QScopedValueRollback<bool> refreshing(m_refreshing, true);
    m_tree->setUpdatesEnabled(false);
    m_tree->clear();

    if (!m_runner || !m_runner->document()) {
        auto *empty = new QTreeWidgetItem(m_tree, { tr("Open a posting to check it.") });
        empty->setData(0, ActionRole, NoAction);
        m_tree->setUpdatesEnabled(true);
        return;
    }
    if (!m_runner->hasResult()) {
        // The pause after a posting opens: nothing is known yet, so nothing is claimed.
        auto *waiting = new QTreeWidgetItem(m_tree, { tr("Checking…") });
        waiting->setData(0, ActionRole, NoAction);
        m_tree->setUpdatesEnabled(true);
        return;
    }
    const PostingChecks &checks = m_runner->checks();
    const PostingProse &prose = checks.prose;

    // Gender-coded wording.
    const GenderCoding &coding = checks.genderCoding;
    QString verdict;
    switch (coding.verdict) {
    case GenderVerdict::Empty:
        verdict = tr("no coded words");
        break;
    case GenderVerdict::Neutral:
        verdict = tr("neutral");
        break;
    case GenderVerdict::FeminineCoded:
        verdict = tr("feminine-coded");
        break;
    case GenderVerdict::StronglyFeminineCoded:
        verdict = tr("strongly feminine-coded");
        break;
    case GenderVerdict::MasculineCoded:
        verdict = tr("masculine-coded");
        break;
    case GenderVerdict::StronglyMasculineCoded:
        verdict = tr("strongly masculine-coded");
        break;
    }
    QTreeWidgetItem *wording = addGroup(u"wording"_s, tr("Wording: %1").arg(verdict));
    wording->setToolTip(0,
                        tr("Gender-coded words after Gaucher, Friesen & Kay (2011): coded "
                           "wording makes some applicants feel they would not belong."));
    // One item per word, going to each place it is used in turn.
    const auto addWords = [&](QTreeWidgetItem *group, const QList<TextWord> &words,
                              const std::function<QString(const QString &, int)> &label,
                              CheckMark::Kind kind) {
        QStringList order;
        QHash<QString, QList<TextPlace>> places;
        for (const TextWord &word : words) {
            if (!places.contains(word.word))
                order.append(word.word);
            places[word.word].append(prose.place(word.position, word.length));
        }
        for (const QString &word : std::as_const(order)) {
            const QList<TextPlace> &at = places[word];
            addPlaceItem(group, label(word, int(at.size())), at)->setIcon(0, swatch(kind));
        }
    };
    const auto codedLabel = [](CheckMark::Kind kind) {
        return [kind](const QString &word, int count) {
            const QString alternative = neutralAlternative(word);
            const QString times = count > 1 ? u" ×%1"_s.arg(count) : QString();
            const QString kindText =
                kind == CheckMark::Masculine ? tr("masculine") : tr("feminine");
            return alternative.isEmpty()
                ? tr("%1%2 (%3)").arg(word, times, kindText)
                : tr("%1%2 (%3), try: %4").arg(word, times, kindText, alternative);
        };
    };
    if (coding.verdict != GenderVerdict::Empty)
        wording->setText(0,
                         tr("Wording: %1 (masculine %2, feminine %3)")
                             .arg(verdict)
                             .arg(coding.masculine.size())
                             .arg(coding.feminine.size()));
    addWords(wording, coding.masculine, codedLabel(CheckMark::Masculine), CheckMark::Masculine);
    addWords(wording, coding.feminine, codedLabel(CheckMark::Feminine), CheckMark::Feminine);

    // Readability.
    const Readability &r = checks.readability;
    const double ease = r.fleschReadingEase;
    const QString easeText = ease >= 90 ? tr("very easy")
        : ease >= 80                    ? tr("easy")
        : ease >= 70                    ? tr("fairly easy")
        : ease >= 60                    ? tr("plain")
        : ease >= 50                    ? tr("fairly difficult")
        : ease >= 30                    ? tr("difficult")
                                        : tr("very difficult");
    QTreeWidgetItem *readability = addGroup(u"readability"_s,
                                            r.words == 0 ? tr("Readability: no text yet")
                                                         : tr("Readability: %1").arg(easeText));
    if (r.words > 0) {
        const QLocale locale;
        auto *scores =
            new QTreeWidgetItem(readability,
                                { tr("Reading ease %1, grade %2")
                                      .arg(locale.toString(ease, 'f', 0),
                                           locale.toString(r.fleschKincaidGrade, 'f', 1)) });
        scores->setToolTip(0,
                           tr("Flesch reading ease (0 to 100, higher is easier; 60 to 70 is "
                              "plain English) and Flesch-Kincaid grade level."));
        new QTreeWidgetItem(readability,
                            { tr("Average sentence: %1 words")
                                  .arg(locale.toString(r.averageSentenceLength, 'f', 1)) });
        for (const Sentence &sentence : r.longestSentences) {
            const QString text = sentence.words == 1
                ? tr("1 word: %1").arg(shortened(sentence.text))
                : tr("%1 words: %2").arg(sentence.words).arg(shortened(sentence.text));
            QTreeWidgetItem *item = addPlaceItem(
                readability, text, { prose.place(sentence.position, sentence.text.size()) });
            if (sentence.words > LongSentenceWords)
                item->setIcon(0, swatch(CheckMark::LongSentence));
        }
    }

    // Pay transparency.
    int unmet = 0;
    for (const PayTransparencyFinding &finding : checks.payTransparency)
        unmet += finding.ok ? 0 : 1;
    QString payTitle = checks.payTransparency.isEmpty() ? tr("Pay transparency: no law applies")
        : unmet == 0                                    ? tr("Pay transparency: met")
        : unmet == 1                                    ? tr("Pay transparency: 1 problem")
                     : tr("Pay transparency: %1 problems").arg(unmet);
    QTreeWidgetItem *pay = addGroup(u"pay"_s, payTitle);
    for (const PayTransparencyFinding &finding : checks.payTransparency) {
        // The message names the jurisdiction and the location it applies through.
        auto *item = new QTreeWidgetItem(pay, { finding.message });
        item->setIcon(0,
                      style()->standardIcon(finding.ok ? QStyle::SP_DialogApplyButton
                                                       : QStyle::SP_MessageBoxWarning));
        item->setToolTip(0,
                         tr("%1\n%2\nSource: %3 (a summary, not legal advice)")
                             .arg(finding.message, finding.requirement, finding.source));
        item->setData(0, ActionRole, GoToField);
        item->setData(0, FieldRole, u"salary"_s);
    }

    // Completeness.
    QList<CompletenessFinding> missing;
    for (const CompletenessFinding &finding : checks.completeness) {
        if (!finding.ok)
            missing.append(finding);
    }
    QTreeWidgetItem *completeness = addGroup(
        u"completeness"_s,
        missing.isEmpty()         ? tr("Completeness: ready for job boards")
            : missing.size() == 1 ? tr("Completeness: 1 field missing")
                                  : tr("Completeness: %1 fields missing").arg(missing.size()));
    for (const CompletenessFinding &finding : std::as_const(missing)) {
        auto *item = new QTreeWidgetItem(completeness, { finding.message });
        item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        item->setToolTip(
            0, tr("%1\nschema.org JobPosting: %2").arg(finding.message, finding.property));
        item->setData(0, ActionRole, GoToField);
        item->setData(0, FieldRole, finding.field);
    }

    // Spelling.
    QString spellingTitle;
    const qsizetype wrong = checks.misspelled.size();
    if (!checks.spellingChecked)
        spellingTitle = tr("Spelling: not checked");
    else if (wrong == 0)
        spellingTitle = tr("Spelling: no unknown words");
    else if (wrong == 1)
        spellingTitle = tr("Spelling: 1 unknown word");
    else
        spellingTitle = tr("Spelling: %1 unknown words").arg(wrong);
    QTreeWidgetItem *spelling = addGroup(u"spelling"_s, spellingTitle);
    if (!checks.spellingChecked)
        new QTreeWidgetItem(spelling, { m_runner->spellingError() });
    addWords(
        spelling, checks.misspelled,
        [](const QString &word, int count) {
            return count > 1 ? u"%1 ×%2"_s.arg(word).arg(count) : word;
        },
        CheckMark::Misspelled);
    for (int i = 0; i < spelling->childCount(); ++i) {
        QTreeWidgetItem *item = spelling->child(i);
        item->setToolTip(0,
                         item->toolTip(0) + u'\n'
                             + tr("Right-click the word in the editor for suggestions."));
    }

    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_tree->topLevelItem(i);
        // Folded as the user left it; until then a long list starts folded, so every
        // group's verdict shows at a glance.
        const QString key = group->data(0, FieldRole).toString();
        group->setExpanded(!m_collapsed.value(key, group->childCount() > LongGroup));
        if (group->data(0, FieldRole).toString() == currentGroup) {
            QTreeWidgetItem *current = currentRow >= 0 && currentRow < group->childCount()
                ? group->child(currentRow)
                : group;
            m_tree->setCurrentItem(current, 0, QItemSelectionModel::NoUpdate);
        }
    }
    m_tree->setUpdatesEnabled(true);
    m_tree->verticalScrollBar()->setValue(scroll);
}

void PostingChecksPanel::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    switch (Action(item->data(0, ActionRole).toInt())) {
    case GoToPlace: {
        const QVariantList places = item->data(0, PlacesRole).toList();
        if (places.isEmpty())
            return;
        const int next = item->data(0, NextPlaceRole).toInt() % places.size();
        item->setData(0, NextPlaceRole, next + 1);
        const QVariantList place = places.at(next).toList();
        emit placeActivated({ TextSource(place.value(0).toInt()), place.value(1).toInt(),
                              qsizetype(place.value(2).toLongLong()),
                              qsizetype(place.value(3).toLongLong()) });
        break;
    }
    case GoToField:
        emit fieldActivated(item->data(0, FieldRole).toString());
        break;
    case NoAction:
        break;
    }
}

} // namespace hirekit
