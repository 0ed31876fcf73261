#include "io/SalaryJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {
QJsonValue number(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject salaryRowToJson(const SalaryRow &row)
{
    return QJsonObject {
        { u"dataset"_s, row.dataset },
        { u"area"_s, row.area },
        { u"area_code"_s, row.areaCode },
        { u"national"_s, row.isNational },
        { u"role"_s, row.role },
        { u"soc_code"_s, row.socCode },
        { u"level"_s, row.level ? QJsonValue(toKey(*row.level)) : QJsonValue() },
        { u"currency"_s, row.currency },
        { u"period"_s, toKey(row.period) },
        { u"min"_s, number(row.min) },
        { u"max"_s, number(row.max) },
        { u"p10"_s, number(row.p10) },
        { u"p25"_s, number(row.p25) },
        { u"median"_s, number(row.median) },
        { u"p75"_s, number(row.p75) },
        { u"p90"_s, number(row.p90) },
        { u"top_coded"_s, QJsonArray::fromStringList(row.topCoded) },
    };
}

} // namespace hirekit
