#include "render/ScorecardRenderer.h"

#include "render/RenderStyle.h"

#include <QCoreApplication>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

// The translation context of this file's messages.
struct ScorecardRenderText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::ScorecardRenderer)
};

// Writes blocks with the posting typography, so scorecards read like the rest of Hirekit.
class Writer
{
public:
    Writer(QTextDocument &document, const RenderOptions &options)
        : m_style(options.basePointSize)
        , m_cursor(&document)
        , m_locale(options.locale.language() == QLocale::C
                       ? QLocale(QLocale::English, QLocale::UnitedStates)
                       : options.locale)
    {
        document.clear();
        document.setDefaultFont(m_style.baseFont());
    }

    void block(const QTextBlockFormat &format, const QTextCharFormat &chars, const QString &text)
    {
        if (m_first)
            m_cursor.setBlockFormat(format);
        else
            m_cursor.insertBlock(format);
        m_first = false;
        m_cursor.setBlockCharFormat(chars);
        m_cursor.insertText(text, chars);
    }

    void title(const QString &text) { block(m_style.titleBlock(), m_style.titleChar(), text); }
    void heading(const QString &text)
    {
        block(m_style.sectionHeadingBlock(), m_style.sectionHeadingChar(), text);
    }
    void paragraph(const QString &text)
    {
        block(m_style.paragraphBlock(), m_style.bodyChar(), text);
    }
    void muted(const QString &text)
    {
        QTextCharFormat chars = m_style.bodyChar();
        chars.setForeground(m_style.mutedColor());
        block(m_style.paragraphBlock(), chars, text);
    }
    void fact(const QString &label, const QString &value)
    {
        block(m_style.factBlock(), m_style.factLabelChar(), label + u": "_s);
        m_cursor.insertText(value, m_style.bodyChar());
    }
    void rule() { block(m_style.ruleBlock(), m_style.bodyChar(), QString()); }
    void bullet(const QString &text)
    {
        block(m_style.listItemBlock(), m_style.bodyChar(), text);
        QTextListFormat list;
        list.setStyle(QTextListFormat::ListDisc);
        list.setIndent(1);
        if (m_list)
            m_list->add(m_cursor.block());
        else
            m_list = m_cursor.createList(list);
    }
    void endList() { m_list = nullptr; }

    QTextTable *table(int rows, int columns)
    {
        endList();
        block(m_style.paragraphBlock(), m_style.bodyChar(), QString());
        return m_cursor.insertTable(rows, columns, m_style.tableFormat());
    }
    void cell(QTextTable *table, int row, int column, const QString &text, bool bold = false,
              const QColor &background = {})
    {
        QTextTableCell tableCell = table->cellAt(row, column);
        QTextCharFormat chars = m_style.bodyChar();
        if (bold)
            chars.setFontWeight(QFont::Bold);
        if (background.isValid()) {
            QTextCharFormat cellFormat = tableCell.format();
            cellFormat.setBackground(background);
            tableCell.setFormat(cellFormat);
        }
        QTextCursor cursor = tableCell.firstCursorPosition();
        cursor.insertText(text, chars);
    }
    void afterTable() { m_cursor.movePosition(QTextCursor::End); }

    const QLocale &locale() const { return m_locale; }
    const RenderStyle &style() const { return m_style; }

private:
    RenderStyle m_style;
    QTextCursor m_cursor;
    QLocale m_locale;
    QTextList *m_list = nullptr;
    bool m_first = true;
};

QString questionLabel(const ScorecardContext &context, qint64 questionId, int number)
{
    const auto it = context.questions.constFind(questionId);
    if (it == context.questions.cend())
        return ScorecardRenderText::tr("%1. Question %2").arg(number).arg(questionId);
    return ScorecardRenderText::tr("%1. %2 (%3)")
        .arg(number)
        .arg(it->topic, displayName(it->category));
}

QString answerText(const ScorecardAnswer &answer)
{
    if (answer.notAsked)
        return ScorecardRenderText::tr("Not asked");
    if (!answer.rating)
        return ScorecardRenderText::tr("Not rated");
    return ScorecardRenderText::tr("%1 (%2 of 4)")
        .arg(ratingLabel(*answer.rating))
        .arg(*answer.rating);
}

} // namespace

void renderScorecard(QTextDocument &document, const Scorecard &card,
                     const ScorecardContext &context, const RenderOptions &options)
{
    Writer writer(document, options);
    writer.title(ScorecardRenderText::tr("Scorecard: %1").arg(card.candidateName));
    if (!context.postingTitle.isEmpty())
        writer.fact(ScorecardRenderText::tr("Posting"), context.postingTitle);
    writer.fact(ScorecardRenderText::tr("Interviewer"), card.interviewer);
    writer.fact(ScorecardRenderText::tr("Status"), displayName(card.status));
    writer.fact(ScorecardRenderText::tr("Recommendation"),
                card.recommendation ? displayName(*card.recommendation)
                                    : ScorecardRenderText::tr("None yet"));
    writer.fact(ScorecardRenderText::tr("Last change"),
                writer.locale().toString(card.updatedAt.toLocalTime(), QLocale::LongFormat));
    writer.rule();

    int number = 0;
    for (const ScorecardAnswer &answer : card.answers) {
        // The rating comes right under the heading: a page break never parts the two.
        writer.heading(questionLabel(context, answer.questionId, ++number));
        writer.fact(ScorecardRenderText::tr("Rating"), answerText(answer));
        const auto question = context.questions.constFind(answer.questionId);
        if (question != context.questions.cend())
            writer.muted(question->text);
        if (!answer.note.isEmpty())
            writer.paragraph(answer.note);
    }

    writer.heading(ScorecardRenderText::tr("Red flags"));
    if (card.redFlags.isEmpty())
        writer.muted(ScorecardRenderText::tr("None raised."));
    for (const ScorecardRedFlag &flag : card.redFlags)
        writer.bullet(flag.note.isEmpty() ? flag.name : flag.name + u": "_s + flag.note);
    writer.endList();

    writer.heading(ScorecardRenderText::tr("Key takeaways"));
    if (card.keyTakeaways.isEmpty())
        writer.muted(ScorecardRenderText::tr("None written."));
    else
        writer.paragraph(card.keyTakeaways);
}

void renderDebrief(QTextDocument &document, const QString &candidate, const Debrief &debrief,
                   const ScorecardContext &context, const RenderOptions &options)
{
    Writer writer(document, options);
    writer.title(ScorecardRenderText::tr("Debrief: %1").arg(candidate));
    if (!context.postingTitle.isEmpty())
        writer.fact(ScorecardRenderText::tr("Posting"), context.postingTitle);
    writer.fact(ScorecardRenderText::tr("Submitted scorecards"),
                QString::number(debrief.scorecards.size()));
    if (debrief.hiddenDrafts > 0) {
        writer.fact(ScorecardRenderText::tr("Still drafts (not shown)"),
                    QString::number(debrief.hiddenDrafts));
    }
    writer.rule();

    writer.heading(ScorecardRenderText::tr("Ratings"));
    const int interviewers = int(debrief.scorecards.size());
    QTextTable *table = writer.table(int(debrief.questions.size()) + 1, interviewers + 3);
    writer.cell(table, 0, 0, ScorecardRenderText::tr("Question"), true);
    for (int column = 0; column < interviewers; ++column)
        writer.cell(table, 0, column + 1, debrief.scorecards.at(column).interviewer, true);
    writer.cell(table, 0, interviewers + 1, ScorecardRenderText::tr("Average"), true);
    writer.cell(table, 0, interviewers + 2, ScorecardRenderText::tr("Spread"), true);
    const QColor disagreement(0xfd, 0xec, 0xc8); // a pale amber row: talk about this one
    for (int row = 0; row < debrief.questions.size(); ++row) {
        const DebriefQuestion &question = debrief.questions.at(row);
        const QColor background = question.disagreement ? disagreement : QColor();
        writer.cell(table, row + 1, 0, questionLabel(context, question.questionId, row + 1), false,
                    background);
        for (int column = 0; column < interviewers; ++column) {
            const auto rating = question.ratings.value(column);
            writer.cell(table, row + 1, column + 1,
                        rating ? u"%1 %2"_s.arg(*rating).arg(ratingLabel(*rating)) : u"—"_s, false,
                        background);
        }
        writer.cell(table, row + 1, interviewers + 1,
                    question.average ? writer.locale().toString(*question.average, 'f', 1) : u"—"_s,
                    false, background);
        writer.cell(table, row + 1, interviewers + 2,
                    question.disagreement
                        ? ScorecardRenderText::tr("%1 (disagreement)").arg(question.spread)
                        : QString::number(question.spread),
                    question.disagreement, background);
    }
    writer.afterTable();

    writer.heading(ScorecardRenderText::tr("Red flags raised"));
    if (debrief.redFlags.isEmpty())
        writer.muted(ScorecardRenderText::tr("None raised."));
    for (auto it = debrief.redFlags.cbegin(); it != debrief.redFlags.cend(); ++it)
        writer.bullet(ScorecardRenderText::tr("%1 (raised by %2 of %3 interviewers)")
                          .arg(it.key())
                          .arg(it.value())
                          .arg(debrief.scorecards.size()));
    writer.endList();

    writer.heading(ScorecardRenderText::tr("Recommendations"));
    for (const auto recommendation : { Recommendation::StrongYes, Recommendation::Yes,
                                       Recommendation::No, Recommendation::StrongNo }) {
        writer.fact(displayName(recommendation),
                    QString::number(debrief.recommendations.value(recommendation)));
    }
}

} // namespace hirekit
