#include "gui/CheckHighlighter.h"

#include "analysis/PostingChecks.h"
#include "analysis/SpellChecker.h"
#include "gui/SpellingDictionary.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

// What QTextDocument::toPlainText() makes of the characters a selection returns.
QString plainText(QString text)
{
    for (QChar &c : text) {
        if (c == QChar::ParagraphSeparator || c == QChar::LineSeparator)
            c = u'\n';
        else if (c == QChar::Nbsp)
            c = u' ';
    }
    return text;
}

} // namespace

CheckHighlighter::CheckHighlighter(QPlainTextEdit *edit)
    : QSyntaxHighlighter(static_cast<QObject *>(edit))
    , m_edit(edit)
    , m_viewport(edit->viewport())
{
    // Connected before the highlighter itself watches the document, so the marks have
    // followed an edit before the edited block is highlighted again.
    connect(edit->document(), &QTextDocument::contentsChange, this,
            &CheckHighlighter::contentsChanged);
    setDocument(edit->document());
    m_text = edit->document()->toPlainText();
    m_viewport->installEventFilter(this);
}

CheckHighlighter::~CheckHighlighter() = default;

QColor CheckHighlighter::markColor(CheckMark::Kind kind)
{
    switch (kind) {
    case CheckMark::LongSentence:
        return QColor(0xe9, 0xe3, 0xf7); // lavender: a whole sentence, kept pale
    case CheckMark::Masculine:
        return QColor(0xff, 0xd6, 0x9e); // amber
    case CheckMark::Feminine:
        return QColor(0xb8, 0xe8, 0xdc); // teal
    case CheckMark::Misspelled:
        return QColor(0xd0, 0x10, 0x20); // red
    }
    return {};
}

QTextCharFormat CheckHighlighter::markFormat(CheckMark::Kind kind)
{
    QTextCharFormat format;
    if (kind == CheckMark::Misspelled) {
        format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        format.setUnderlineColor(markColor(kind));
    } else {
        format.setBackground(markColor(kind));
        // The backgrounds are light: dark text stays readable on them in a dark palette too.
        format.setForeground(QColor(0x1a, 0x1a, 0x1a));
    }
    return format;
}

QList<CheckMark> CheckHighlighter::marksFor(const PostingChecks &checks, TextSource source,
                                            int section)
{
    QList<CheckMark> marks;
    const auto inField = [&](const TextPlace &place) {
        return place.isValid() && place.source == source && place.section == section;
    };
    for (const Sentence &sentence : checks.readability.longSentences) {
        for (const TextPlace &place :
             checks.prose.places(sentence.position, sentence.text.size())) {
            if (inField(place))
                marks.append({ CheckMark::LongSentence, place.position, place.length,
                               tr("Long sentence: %1 words. Sentences of up to %2 words are "
                                  "easier to read.")
                                   .arg(sentence.words)
                                   .arg(LongSentenceWords) });
        }
    }
    const auto addCoded = [&](const QList<TextWord> &words, CheckMark::Kind kind) {
        for (const TextWord &word : words) {
            const TextPlace place = checks.prose.place(word.position, word.length);
            if (!inField(place))
                continue;
            const QString alternative = neutralAlternative(word.word);
            QString tip;
            if (kind == CheckMark::Masculine)
                tip = alternative.isEmpty()
                    ? tr("Masculine-coded word (Gaucher, Friesen & Kay 2011).")
                    : tr("Masculine-coded word. A neutral alternative: %1.").arg(alternative);
            else
                tip = alternative.isEmpty()
                    ? tr("Feminine-coded word (Gaucher, Friesen & Kay 2011).")
                    : tr("Feminine-coded word. A neutral alternative: %1.").arg(alternative);
            marks.append({ kind, place.position, place.length, tip });
        }
    };
    addCoded(checks.genderCoding.masculine, CheckMark::Masculine);
    addCoded(checks.genderCoding.feminine, CheckMark::Feminine);
    for (const TextWord &word : checks.misspelled) {
        const TextPlace place = checks.prose.place(word.position, word.length);
        if (inField(place))
            marks.append({ CheckMark::Misspelled, place.position, place.length,
                           tr("“%1” is not in the dictionary. Right-click for "
                              "suggestions.")
                               .arg(word.word) });
    }
    return marks;
}

void CheckHighlighter::setMarks(const QList<CheckMark> &marks)
{
    if (marks == m_marks)
        return;
    // Only the blocks whose marks differ are laid out again.
    QList<CheckMark> changed;
    for (const CheckMark &mark : std::as_const(m_marks)) {
        if (!marks.contains(mark))
            changed.append(mark);
    }
    for (const CheckMark &mark : marks) {
        if (!m_marks.contains(mark))
            changed.append(mark);
    }
    m_marks = marks;
    rehighlightMarks(changed);
}

void CheckHighlighter::rehighlightMarks(const QList<CheckMark> &marks)
{
    QTextDocument *doc = document();
    if (!doc)
        return;
    QSet<int> blocks;
    for (const CheckMark &mark : marks) {
        QTextBlock block = doc->findBlock(int(mark.position));
        const QTextBlock last =
            doc->findBlock(int(mark.position + std::max<qsizetype>(0, mark.length - 1)));
        while (block.isValid()) {
            blocks.insert(block.blockNumber());
            if (block == last)
                break;
            block = block.next();
        }
    }
    for (const int number : std::as_const(blocks))
        rehighlightBlock(doc->findBlockByNumber(number));
}

void CheckHighlighter::highlightBlock(const QString &text)
{
    if (m_marks.isEmpty())
        return;
    const qsizetype start = currentBlock().position();
    const qsizetype end = start + text.size();
    for (const CheckMark::Kind kind : { CheckMark::LongSentence, CheckMark::Masculine,
                                        CheckMark::Feminine, CheckMark::Misspelled }) {
        QTextCharFormat markFormat = CheckHighlighter::markFormat(kind);
        for (const CheckMark &mark : std::as_const(m_marks)) {
            if (mark.kind != kind)
                continue;
            const qsizetype from = std::max(mark.position, start);
            const qsizetype to = std::min(mark.position + mark.length, end);
            markFormat.setToolTip(mark.toolTip);
            // Merged a character at a time: a word keeps the tint of the sentence it is in.
            for (qsizetype i = from; i < to; ++i) {
                QTextCharFormat merged = format(int(i - start));
                merged.merge(markFormat);
                setFormat(int(i - start), 1, merged);
            }
        }
    }
}

void CheckHighlighter::contentsChanged(int position, int removed, int added)
{
    QTextDocument *doc = m_edit->document();
    const int length = doc->characterCount() - 1; // without the last paragraph separator
    QString inserted;
    if (added > 0) {
        QTextCursor cursor(doc);
        cursor.setPosition(std::min(position, length));
        cursor.setPosition(std::min(position + added, length), QTextCursor::KeepAnchor);
        inserted = plainText(cursor.selectedText());
    }
    // Highlighting a block reports it as changed without changing its text.
    if (removed == added && m_text.mid(position, removed) == inserted)
        return;
    m_text.replace(position, removed, inserted);
    if (m_text.size() != length)
        m_text = doc->toPlainText();

    const int delta = added - removed;
    QList<CheckMark> kept;
    QList<CheckMark> dropped;
    for (CheckMark mark : std::as_const(m_marks)) {
        if (mark.position + mark.length <= position) {
            kept.append(mark);
        } else if (mark.position >= position + removed) {
            mark.position += delta;
            kept.append(mark);
        } else {
            // A mark the edit touched is dropped until the checks run again. The highlighter
            // redraws the edited blocks; a sentence's other lines are redrawn here, once the
            // edit is done.
            const qsizetype start = std::min<qsizetype>(mark.position, position);
            const qsizetype end =
                std::max<qsizetype>(mark.position + mark.length + delta, position + added);
            dropped.append({ mark.kind, start, end - start, QString() });
        }
    }
    m_marks = kept;
    if (!dropped.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, dropped] { rehighlightMarks(dropped); }, Qt::QueuedConnection);
    }
}

const CheckMark *CheckHighlighter::markAt(int position, bool misspelledOnly) const
{
    // Up to the end of a mark too: a right click just after a word's last letter is on it.
    const CheckMark *best = nullptr;
    for (const CheckMark &mark : m_marks) {
        if (position < mark.position || position > mark.position + mark.length)
            continue;
        if (misspelledOnly && mark.kind != CheckMark::Misspelled)
            continue;
        if (!best
            || (best->kind == CheckMark::LongSentence && mark.kind != CheckMark::LongSentence))
            best = &mark;
    }
    return best;
}

QMenu *CheckHighlighter::createContextMenu(const QPoint &viewportPosition, int position)
{
    QMenu *menu = m_edit->createStandardContextMenu(viewportPosition);
    const CheckMark *mark = markAt(position, true);
    if (!mark)
        return menu;
    const qsizetype start = mark->position;
    const qsizetype length = mark->length;
    const QString word = m_text.mid(start, length);
    QAction *first = menu->actions().value(0);
    SpellChecker *spelling = SpellingDictionary::instance()->checker();
    const QStringList suggestions = spelling ? spelling->suggestions(word, 5) : QStringList();
    const bool editable = !m_edit->isReadOnly();
    for (const QString &suggestion : suggestions) {
        auto *action = new QAction(suggestion, menu);
        action->setObjectName(u"spellingSuggestionAction"_s);
        action->setEnabled(editable);
        QFont font = action->font();
        font.setBold(true);
        action->setFont(font);
        connect(action, &QAction::triggered, this, [this, start, length, word, suggestion] {
            // The text may have changed while the menu was open (an undo by shortcut).
            if (m_text.mid(start, length) == word)
                emit replacementChosen(int(start), int(length), suggestion);
        });
        menu->insertAction(first, action);
    }
    if (suggestions.isEmpty()) {
        auto *none = new QAction(tr("No Suggestions"), menu);
        none->setEnabled(false);
        menu->insertAction(first, none);
    }
    auto *add = new QAction(tr("Add “%1” to Word List").arg(word), menu);
    add->setObjectName(u"addToWordListAction"_s);
    connect(add, &QAction::triggered, this,
            [word] { SpellingDictionary::instance()->addWord(word); });
    menu->insertAction(first, add);
    menu->insertSeparator(first);
    return menu;
}

bool CheckHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    // The viewport is compared by the pointer kept at the start: while the edit is being
    // destroyed its viewport still gets events, and asking the half-destroyed edit for its
    // viewport would be undefined behaviour (UBSan caught it).
    if (watched != m_viewport)
        return false;
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int position = m_edit->cursorForPosition(help->pos()).position();
        const CheckMark *mark = markAt(position, false);
        if (mark && !mark->toolTip.isEmpty())
            QToolTip::showText(help->globalPos(), mark->toolTip, m_edit->viewport());
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::ContextMenu) {
        auto *context = static_cast<QContextMenuEvent *>(event);
        const bool keyboard = context->reason() == QContextMenuEvent::Keyboard;
        const int position = keyboard ? m_edit->textCursor().position()
                                      : m_edit->cursorForPosition(context->pos()).position();
        if (!markAt(position, true))
            return false; // the edit's own menu
        QMenu *menu = createContextMenu(context->pos(), position);
        menu->exec(context->globalPos());
        delete menu;
        return true;
    }
    return false;
}

} // namespace hirekit
