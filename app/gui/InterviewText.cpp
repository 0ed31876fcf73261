#include "gui/InterviewText.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hirekit::interviewText {

namespace {

// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::InterviewText)
};

} // namespace

QString rating(std::optional<int> value)
{
    if (!value || *value < 1 || *value > 4)
        return {};
    return Text::tr("%1 (%2)").arg(ratingLabel(*value)).arg(*value);
}

QString answerRating(const ScorecardAnswer &answer)
{
    if (answer.notAsked)
        return Text::tr("Not asked");
    return rating(answer.rating);
}

QColor ratingColor(std::optional<int> value)
{
    if (!value)
        return {};
    switch (*value) {
    case 1:
        return QColor(0xf6, 0xd5, 0xd5);
    case 2:
        return QColor(0xfb, 0xe7, 0xd3);
    case 3:
        return QColor(0xdf, 0xf0, 0xd8);
    case 4:
        return QColor(0xc6, 0xe8, 0xc3);
    default:
        return {};
    }
}

QColor ratingAccentColor(std::optional<int> value)
{
    if (!value)
        return QColor(0xc4, 0xc8, 0xce);
    switch (*value) {
    case 1:
        return QColor(0xc0, 0x39, 0x2b);
    case 2:
        return QColor(0xe0, 0x7b, 0x24);
    case 3:
        return QColor(0x7c, 0xb3, 0x42);
    case 4:
        return QColor(0x2e, 0x7d, 0x32);
    default:
        return QColor(0xc4, 0xc8, 0xce);
    }
}

QColor warningColor()
{
    return QColor(0xf5, 0xc2, 0x6b);
}

QString progress(const Scorecard &scorecard)
{
    const auto done =
        std::count_if(scorecard.answers.cbegin(), scorecard.answers.cend(),
                      [](const ScorecardAnswer &a) { return a.rating || a.notAsked; });
    return Text::tr("%1 of %2 rated").arg(done).arg(scorecard.answers.size());
}

QString progress(const ScorecardSummary &scorecard)
{
    return Text::tr("%1 of %2 rated").arg(scorecard.answered).arg(scorecard.questions);
}

QString clock(int seconds)
{
    const int total = std::max(0, seconds);
    const int hours = total / 3600;
    const int minutes = (total % 3600) / 60;
    const int secs = total % 60;
    if (hours > 0) {
        return u"%1:%2:%3"_s.arg(hours)
            .arg(minutes, 2, 10, QLatin1Char('0'))
            .arg(secs, 2, 10, QLatin1Char('0'));
    }
    return u"%1:%2"_s.arg(minutes).arg(secs, 2, 10, QLatin1Char('0'));
}

} // namespace hirekit::interviewText
