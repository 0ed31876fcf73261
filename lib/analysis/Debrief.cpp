#include "analysis/Debrief.h"

#include <algorithm>

namespace hirekit {

Debrief buildDebrief(const QList<Scorecard> &scorecards)
{
    Debrief debrief;
    for (const Scorecard &card : scorecards) {
        if (card.status == ScorecardStatus::Submitted)
            debrief.scorecards.append(card);
        else
            ++debrief.hiddenDrafts;
    }
    std::stable_sort(debrief.scorecards.begin(), debrief.scorecards.end(),
                     [](const Scorecard &a, const Scorecard &b) {
                         return a.interviewer.localeAwareCompare(b.interviewer) < 0;
                     });

    QList<qint64> order;
    for (const Scorecard &card : std::as_const(debrief.scorecards)) {
        for (const ScorecardAnswer &answer : card.answers) {
            if (!order.contains(answer.questionId))
                order.append(answer.questionId);
        }
        for (const ScorecardRedFlag &flag : card.redFlags)
            ++debrief.redFlags[flag.name];
        if (card.recommendation)
            ++debrief.recommendations[*card.recommendation];
    }

    for (const qint64 questionId : std::as_const(order)) {
        DebriefQuestion question;
        question.questionId = questionId;
        QList<int> given;
        for (const Scorecard &card : std::as_const(debrief.scorecards)) {
            const auto answer =
                std::find_if(card.answers.cbegin(), card.answers.cend(),
                             [&](const ScorecardAnswer &a) { return a.questionId == questionId; });
            std::optional<int> rating;
            if (answer != card.answers.cend() && !answer->notAsked)
                rating = answer->rating;
            question.ratings.append(rating);
            if (rating)
                given.append(*rating);
        }
        if (!given.isEmpty()) {
            double sum = 0;
            for (const int rating : std::as_const(given))
                sum += rating;
            question.average = sum / double(given.size());
            const auto [low, high] = std::minmax_element(given.cbegin(), given.cend());
            question.spread = *high - *low;
            question.disagreement = question.spread >= 2;
        }
        debrief.questions.append(question);
    }
    return debrief;
}

} // namespace hirekit
