#include "io/ScorecardJson.h"

#include "storage/CandidateRepository.h"
#include "storage/GuideRepository.h"
#include "storage/PostingRepository.h"
#include "storage/QuestionRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

// The translation context of this file's messages.
struct ScorecardJsonText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::ScorecardJson)
};

Error invalid(const QString &key, const QString &problem)
{
    return Error { ScorecardJsonText::tr("%1 %2").arg(key, problem) };
}

// A key that is there but holds the wrong kind of value is refused by name: read with
// QJsonValue's lenient accessors it would turn into an empty text, a zero or an empty list,
// and a scorecard would be merged without what the file meant it to hold.
enum class Kind
{
    Text,
    Number,
    Flag,
    List,
};

std::optional<Error> wrongType(const QJsonObject &object, const QString &prefix,
                               std::initializer_list<std::pair<QString, Kind>> keys)
{
    for (const auto &[key, kind] : keys) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            continue;
        switch (kind) {
        case Kind::Text:
            if (!value.isString())
                return invalid(prefix + key, ScorecardJsonText::tr("must be text"));
            break;
        case Kind::Number:
            if (!value.isDouble())
                return invalid(prefix + key, ScorecardJsonText::tr("must be a number"));
            break;
        case Kind::Flag:
            if (!value.isBool())
                return invalid(prefix + key, ScorecardJsonText::tr("must be true or false"));
            break;
        case Kind::List:
            if (!value.isArray())
                return invalid(prefix + key, ScorecardJsonText::tr("must be a list"));
            break;
        }
    }
    return std::nullopt;
}

// Checks the kinds of every key the importer reads, before anything is read.
std::optional<Error> checkKinds(const QJsonObject &object)
{
    if (auto error = wrongType(object, QString(),
                               { { u"uuid"_s, Kind::Text },
                                 { u"posting_id"_s, Kind::Number },
                                 { u"candidate"_s, Kind::Text },
                                 { u"interviewer"_s, Kind::Text },
                                 { u"status"_s, Kind::Text },
                                 { u"recommendation"_s, Kind::Text },
                                 { u"key_takeaways"_s, Kind::Text },
                                 { u"created_at"_s, Kind::Text },
                                 { u"updated_at"_s, Kind::Text },
                                 { u"answers"_s, Kind::List },
                                 { u"red_flags"_s, Kind::List } })) {
        return error;
    }
    const QJsonArray answers = object.value(u"answers"_s).toArray();
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const QString prefix = u"answers[%1]"_s.arg(i);
        if (!answers.at(i).isObject())
            return invalid(prefix, ScorecardJsonText::tr("must be an object"));
        if (auto error = wrongType(answers.at(i).toObject(), prefix + u'.',
                                   { { u"question_id"_s, Kind::Number },
                                     { u"question"_s, Kind::Text },
                                     { u"rating"_s, Kind::Number },
                                     { u"not_asked"_s, Kind::Flag },
                                     { u"note"_s, Kind::Text },
                                     { u"seconds_spent"_s, Kind::Number } })) {
            return error;
        }
    }
    const QJsonArray flags = object.value(u"red_flags"_s).toArray();
    for (qsizetype i = 0; i < flags.size(); ++i) {
        const QString prefix = u"red_flags[%1]"_s.arg(i);
        if (!flags.at(i).isObject())
            return invalid(prefix, ScorecardJsonText::tr("must be an object"));
        if (auto error = wrongType(flags.at(i).toObject(), prefix + u'.',
                                   { { u"name"_s, Kind::Text }, { u"note"_s, Kind::Text } })) {
            return error;
        }
    }
    return std::nullopt;
}

} // namespace

QJsonObject scorecardToJson(const Scorecard &card, const QHash<qint64, QString> &questionTexts)
{
    QJsonArray answers;
    for (const ScorecardAnswer &answer : card.answers) {
        QJsonObject object { { u"question_id"_s, answer.questionId },
                             { u"rating"_s,
                               answer.rating ? QJsonValue(*answer.rating) : QJsonValue() },
                             { u"not_asked"_s, answer.notAsked },
                             { u"note"_s, answer.note },
                             { u"seconds_spent"_s, answer.secondsSpent } };
        if (questionTexts.contains(answer.questionId))
            object.insert(u"question"_s, questionTexts.value(answer.questionId));
        answers.append(object);
    }
    QJsonArray flags;
    for (const ScorecardRedFlag &flag : card.redFlags)
        flags.append(QJsonObject { { u"name"_s, flag.name }, { u"note"_s, flag.note } });
    return QJsonObject {
        { u"id"_s, card.id },
        { u"uuid"_s, card.uuid },
        { u"posting_id"_s, card.postingId ? QJsonValue(*card.postingId) : QJsonValue() },
        { u"candidate"_s, card.candidateName },
        { u"interviewer"_s, card.interviewer },
        { u"status"_s, toKey(card.status) },
        { u"answers"_s, answers },
        { u"recommendation"_s,
          card.recommendation ? QJsonValue(toKey(*card.recommendation)) : QJsonValue() },
        { u"red_flags"_s, flags },
        { u"key_takeaways"_s, card.keyTakeaways },
        { u"created_at"_s, card.createdAt.toUTC().toString(Qt::ISODateWithMs) },
        { u"updated_at"_s, card.updatedAt.toUTC().toString(Qt::ISODateWithMs) },
    };
}

Result<MergeOutcome> importScorecardJson(QSqlDatabase db, const QJsonObject &object)
{
    if (auto error = checkKinds(object))
        return *error;
    Scorecard card;
    card.uuid = object.value(u"uuid"_s).toString();
    card.candidateName = object.value(u"candidate"_s).toString().trimmed();
    card.interviewer = object.value(u"interviewer"_s).toString().trimmed();
    if (card.uuid.isEmpty())
        return invalid(u"uuid"_s, ScorecardJsonText::tr("is missing"));
    if (card.candidateName.isEmpty())
        return invalid(u"candidate"_s, ScorecardJsonText::tr("is missing"));
    if (card.interviewer.isEmpty())
        return invalid(u"interviewer"_s, ScorecardJsonText::tr("is missing"));
    const auto status = scorecardStatusFromKey(object.value(u"status"_s).toString(u"draft"_s));
    if (!status)
        return invalid(u"status"_s, ScorecardJsonText::tr("must be draft or submitted"));
    card.status = *status;
    const QJsonValue recommendation = object.value(u"recommendation"_s);
    if (recommendation.isString()) {
        card.recommendation = recommendationFromKey(recommendation.toString());
        if (!card.recommendation) {
            return invalid(u"recommendation"_s,
                           ScorecardJsonText::tr("must be strong_no, no, yes or strong_yes"));
        }
    }
    card.keyTakeaways = object.value(u"key_takeaways"_s).toString();
    card.updatedAt =
        QDateTime::fromString(object.value(u"updated_at"_s).toString(), Qt::ISODateWithMs);
    card.createdAt =
        QDateTime::fromString(object.value(u"created_at"_s).toString(), Qt::ISODateWithMs);
    if (!card.updatedAt.isValid())
        return invalid(u"updated_at"_s, ScorecardJsonText::tr("must be an ISO 8601 date and time"));

    Transaction transaction(db);
    // The posting id travels only when this library has that posting.
    if (object.value(u"posting_id"_s).isDouble()) {
        const qint64 postingId = object.value(u"posting_id"_s).toInteger();
        if (PostingRepository(db).load(postingId))
            card.postingId = postingId;
    }

    QuestionRepository questionRepository(db);
    const auto questions = questionRepository.list();
    if (!questions)
        return Error { questions.error() };
    const QJsonArray answers = object.value(u"answers"_s).toArray();
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const QJsonObject answerJson = answers.at(i).toObject();
        const QString key = u"answers[%1]"_s.arg(i);
        const qint64 questionId = answerJson.value(u"question_id"_s).toInteger();
        const QString text = answerJson.value(u"question"_s).toString();
        const InterviewQuestion *match = nullptr;
        for (const InterviewQuestion &question : *questions) {
            if (question.id == questionId && (text.isEmpty() || question.text == text))
                match = &question;
        }
        for (const InterviewQuestion &question : *questions) {
            if (!match && !text.isEmpty() && question.text == text)
                match = &question;
        }
        if (!match) {
            return invalid(key,
                           ScorecardJsonText::tr("asks a question this library does not have "
                                                 "(id %1).")
                               .arg(questionId));
        }
        ScorecardAnswer answer;
        answer.questionId = match->id;
        const QJsonValue rating = answerJson.value(u"rating"_s);
        if (rating.isDouble()) {
            const int value = rating.toInt();
            if (value < 1 || value > 4)
                return invalid(key + u".rating"_s, ScorecardJsonText::tr("must be 1 to 4"));
            answer.rating = value;
        }
        answer.notAsked = answerJson.value(u"not_asked"_s).toBool();
        answer.note = answerJson.value(u"note"_s).toString();
        answer.secondsSpent = answerJson.value(u"seconds_spent"_s).toInt();
        card.answers.append(answer);
    }

    GuideRepository guide(db);
    auto flags = guide.redFlags();
    if (!flags)
        return Error { flags.error() };
    for (const QJsonValue &value : object.value(u"red_flags"_s).toArray()) {
        const QString name = value.toObject().value(u"name"_s).toString().trimmed();
        if (name.isEmpty())
            return invalid(u"red_flags"_s, ScorecardJsonText::tr("has a flag without a name"));
        auto flag = std::find_if(flags->cbegin(), flags->cend(),
                                 [&](const RedFlag &f) { return f.name == name; });
        qint64 flagId = flag != flags->cend() ? flag->id : 0;
        if (!flagId) {
            if (auto added =
                    guide.insert(RedFlag { 0, name, QString(), false }, int(flags->size()));
                !added) {
                return Error { added.error() };
            }
            flags = guide.redFlags();
            if (!flags || flags->isEmpty())
                return Error {
                    flags ? ScorecardJsonText::tr("The red flag \"%1\" was not saved.").arg(name)
                          : flags.error()
                };
            flagId = flags->last().id;
        }
        card.redFlags.append({ flagId, name, value.toObject().value(u"note"_s).toString() });
    }

    CandidateRepository candidates(db);
    const auto candidate = candidates.find(card.postingId, card.candidateName);
    if (!candidate)
        return Error { candidate.error() };
    if (*candidate) {
        card.candidateId = (*candidate)->id;
    } else {
        Candidate added;
        added.postingId = card.postingId;
        added.name = card.candidateName;
        const auto id = candidates.insert(added);
        if (!id)
            return Error { id.error() };
        card.candidateId = *id;
    }

    const auto outcome = ScorecardRepository(db).merge(card);
    if (!outcome)
        return outcome;
    // Nothing of the above (a candidate or flag added for nothing) stays unless it merged.
    if (*outcome == MergeOutcome::Unchanged || *outcome == MergeOutcome::KeptLocalNewer)
        return outcome;
    if (!transaction.commit())
        return Error { transaction.errorString() };
    return outcome;
}

} // namespace hirekit
