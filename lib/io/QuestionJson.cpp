#include "io/QuestionJson.h"

using namespace Qt::StringLiterals;

namespace hirekit {

QJsonObject questionToJson(const InterviewQuestion &question)
{
    return QJsonObject {
        { u"id"_s, question.id },
        { u"category"_s, toKey(question.category) },
        { u"topic"_s, question.topic },
        { u"text"_s, question.text },
        { u"evaluate"_s, question.evaluate },
        { u"builtin"_s, question.isBuiltin },
    };
}

} // namespace hirekit
