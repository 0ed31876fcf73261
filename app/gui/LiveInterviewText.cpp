#include "gui/LiveInterviewText.h"

#include "gui/InterviewText.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace hirekit::liveText {

namespace {

// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::LiveInterviewText)
};

const QString muted = u"#6b7280"_s;
const QString current = u"#2f5fb3"_s;

} // namespace

QString styleSheet()
{
    return uR"(
#LiveInterviewWidget { background: #fbfaf7; }
#LiveInterviewWidget QLabel { color: #1f2328; }
#liveScrollArea, #liveScrollContentsWidget, #liveStackedWidget { background: transparent; }
#liveCandidateLabel { font-size: 14pt; }
#positionLabel { font-size: 13pt; color: #4b5563; }
#progressDotsLabel { font-size: 12pt; }
#saveStateLabel { font-size: 11pt; color: #6b7280; }
#topicLabel { font-size: 12pt; color: #6b7280; font-weight: 600; letter-spacing: 1px; }
#questionLabel { font-size: 22pt; }
#evaluateLabel { font-size: 15pt; color: #374151; }
#ratingStateLabel { font-size: 15pt; }
#recommendationStateLabel { font-size: 22pt; }
#rubricTitleLabel, #followUpsTitleLabel, #notesLabel { font-size: 11pt; color: #6b7280; font-weight: 600; letter-spacing: 1px; }
#rubric1Label, #rubric2Label, #rubric3Label, #rubric4Label { font-size: 13pt; padding: 5px 8px; }
#followUpsLabel, #summaryLabel, #wrapUpHintLabel { font-size: 13pt; }
#questionTimerLabel, #totalTimerLabel { font-size: 14pt; padding: 4px 12px; border-radius: 6px; background: #eef0f2; }
#questionTimerLabel[warning="true"], #totalTimerLabel[warning="true"] { background: #f5c26b; color: #1f2328; }
#liveNotesPlainTextEdit { font-size: 14pt; background: white; color: #1f2328; border: 1px solid #d0d4d9; border-radius: 6px; padding: 4px; }
#liveNotesPlainTextEdit:focus { border: 2px solid #4a7bd0; }
#liveErrorLabel { color: #9b1c1c; font-size: 12pt; }
#keysLabel { font-size: 11pt; color: #6b7280; }
)"_s;
}

QString chip(const QString &text, const QColor &background)
{
    if (!background.isValid())
        return text;
    return u"<span style=\"background-color:%1; color:#1f2328\">&nbsp;%2&nbsp;</span>"_s.arg(
        background.name(), text);
}

QString rubricRow(int rating, const QString &anchor)
{
    const QString text = anchor.isEmpty() ? ratingLabel(rating) : anchor;
    return u"<table cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"22\"><b>%1</b></td>"
           "<td>%2</td></tr></table>"_s.arg(QString::number(rating), text.toHtmlEscaped());
}

QString ratingState(const ScorecardAnswer &answer)
{
    if (answer.notAsked)
        return Text::tr("Your rating: <b>not asked</b>");
    if (answer.rating) {
        return Text::tr("Your rating: %1")
            .arg(chip(interviewText::rating(answer.rating).toHtmlEscaped(),
                      interviewText::ratingColor(answer.rating)));
    }
    return Text::tr("<span style=\"color:%1\">Not rated yet</span>").arg(muted);
}

QString recommendationState(std::optional<Recommendation> recommendation)
{
    if (!recommendation) {
        return Text::tr("Overall recommendation: <span style=\"color:%1\">none yet</span>")
            .arg(muted);
    }
    return Text::tr("Overall recommendation: %1")
        .arg(chip(displayName(*recommendation).toHtmlEscaped(),
                  interviewText::ratingColor(int(*recommendation) + 1)));
}

QString followUps(const QStringList &prompts)
{
    if (prompts.isEmpty())
        return Text::tr("<span style=\"color:%1\">None for this question.</span>").arg(muted);
    QString html;
    for (const QString &prompt : prompts)
        html += u"<p style=\"margin-bottom:8px\">• %1</p>"_s.arg(prompt.toHtmlEscaped());
    return html;
}

QString progress(const Scorecard &scorecard, int position)
{
    QString html;
    const int count = int(scorecard.answers.size());
    for (int i = 0; i <= count; ++i) {
        const bool wrapUp = i == count;
        const bool here = i == position;
        QString mark = wrapUp ? u"✓"_s : QString::number(i + 1);
        QString color = here ? current : muted;
        QColor background;
        if (!wrapUp) {
            const ScorecardAnswer &answer = scorecard.answers.at(i);
            if (answer.notAsked)
                mark = u"<s>%1</s>"_s.arg(mark);
            else if (answer.rating)
                background = interviewText::ratingColor(answer.rating);
        } else if (scorecard.recommendation) {
            background = interviewText::ratingColor(int(*scorecard.recommendation) + 1);
        }
        if (background.isValid() && !here)
            color = u"#1f2328"_s;
        QString style = u"color:%1"_s.arg(color);
        if (background.isValid())
            style += u"; background-color:%1"_s.arg(background.name());
        if (here)
            style += u"; font-weight:700; text-decoration:underline"_s;
        html += u"<span style=\"%1\">&nbsp;%2&nbsp;</span>&nbsp;"_s.arg(style, mark);
    }
    return html;
}

QString summary(const Scorecard &scorecard, const QHash<qint64, InterviewQuestion> &questions)
{
    QString html = u"<table cellspacing=\"4\">"_s;
    for (qsizetype i = 0; i < scorecard.answers.size(); ++i) {
        const ScorecardAnswer &answer = scorecard.answers.at(i);
        const InterviewQuestion question = questions.value(answer.questionId);
        const QString rating = interviewText::answerRating(answer);
        const QString shown = rating.isEmpty()
            ? Text::tr("<span style=\"color:%1\">not rated</span>").arg(muted)
            : chip(rating.toHtmlEscaped(),
                   answer.notAsked ? QColor() : interviewText::ratingColor(answer.rating));
        html += u"<tr><td>%1.</td><td>%2&nbsp;&nbsp;</td><td>%3</td></tr>"_s.arg(
            QString::number(i + 1), question.topic.toHtmlEscaped(), shown);
    }
    return html + u"</table>"_s;
}

QString keys(Keys mode)
{
    switch (mode) {
    case Keys::Notes:
        return Text::tr("Typing — saved as you type · <b>Esc</b> or <b>Tab</b> back to rating");
    case Keys::WrapUp:
        return Text::tr("<b>1</b>–<b>4</b> recommendation · <b>0</b> clear · <b>Tab</b> "
                        "takeaways · <b>P</b> previous · <b>F11</b> full screen · "
                        "<b>Ctrl+W</b> end");
    case Keys::Rating:
        break;
    }
    return Text::tr("<b>1</b>–<b>4</b> rate · <b>0</b> not asked · <b>N</b> next · <b>P</b> "
                    "previous · <b>Tab</b> notes · <b>F11</b> full screen · <b>Ctrl+W</b> end");
}

} // namespace hirekit::liveText
