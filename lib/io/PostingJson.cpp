#include "io/PostingJson.h"

#include "core/MessageValue.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

// The translation context of this file's messages.
struct PostingJsonText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::PostingJson)
};

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray locationsToJson(const QList<PostingLocation> &locations)
{
    QJsonArray array;
    for (const PostingLocation &place : locations) {
        array.append(QJsonObject { { u"city"_s, place.city },
                                   { u"region"_s, place.region },
                                   { u"country"_s, place.country },
                                   { u"workplace"_s, toKey(place.workplace) } });
    }
    return array;
}

// Reads optional typed fields from one JSON object and records the first problem, with
// the path of the offending key.
class Reader
{
public:
    Reader(const QJsonObject &object, QString path)
        : m_object(object)
        , m_path(std::move(path))
    { }

    QString text(const QString &key, const QString &fallback = {})
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isString()) {
            fail(key, PostingJsonText::tr("must be text"));
            return fallback;
        }
        return value.toString();
    }

    std::optional<double> number(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isDouble() || value.toDouble() < 0) {
            fail(key, PostingJsonText::tr("must be a non-negative number or null"));
            return std::nullopt;
        }
        return value.toDouble();
    }

    template<typename E>
    std::optional<E> key(const QString &key, std::optional<E> (*parse)(QStringView))
    {
        const QString value = text(key);
        if (value.isEmpty())
            return std::nullopt;
        const auto parsed = parse(value);
        if (!parsed)
            fail(key, PostingJsonText::tr("has the unknown value \"%1\"").arg(messageValue(value)));
        return parsed;
    }

    QJsonArray array(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray())
            fail(key, PostingJsonText::tr("must be a list"));
        return value.toArray();
    }

    void fail(const QString &key, const QString &problem)
    {
        if (m_error.isEmpty())
            m_error = u"%1%2 %3"_s.arg(m_path, key, problem);
    }
    void adopt(const QString &error)
    {
        if (m_error.isEmpty())
            m_error = error;
    }
    QString error() const { return m_error; }

private:
    QJsonObject m_object;
    QString m_path;
    QString m_error;
};

} // namespace

QJsonObject postingToJson(const Posting &posting)
{
    QJsonArray sections;
    for (const PostingSection &section : posting.sections)
        sections.append(
            QJsonObject { { u"heading"_s, section.heading }, { u"body"_s, section.body } });
    QJsonObject object {
        { u"id"_s, posting.id },
        { u"title"_s, posting.title },
        { u"level"_s, posting.level ? QJsonValue(toKey(*posting.level)) : QJsonValue() },
        { u"department"_s, posting.department },
        { u"employment_type"_s, toKey(posting.employmentType) },
        { u"status"_s, toKey(posting.status) },
        { u"is_template"_s, posting.isTemplate },
        { u"company_name"_s, posting.companyName },
        { u"company_description"_s, posting.companyDescription },
        { u"how_to_apply"_s, posting.howToApply },
        { u"benefits_summary"_s, posting.benefitsSummary },
        { u"valid_through"_s,
          posting.validThrough.isValid() ? QJsonValue(posting.validThrough.toString(Qt::ISODate))
                                         : QJsonValue() },
        { u"context_variation"_s, posting.contextVariation },
        { u"industry"_s, posting.industry },
        { u"locations"_s, locationsToJson(posting.locations) },
        { u"salary"_s,
          QJsonObject { { u"min"_s, optionalNumber(posting.salary.min) },
                        { u"max"_s, optionalNumber(posting.salary.max) },
                        { u"currency"_s, posting.salary.currency },
                        { u"period"_s, toKey(posting.salary.period) } } },
        { u"sections"_s, sections },
    };
    if (posting.updatedAt.isValid())
        object.insert(u"updated_at"_s, posting.updatedAt.toUTC().toString(Qt::ISODate));
    return object;
}

QJsonObject postingSummaryToJson(const PostingSummary &summary)
{
    return QJsonObject {
        { u"id"_s, summary.id },
        { u"title"_s, summary.title },
        { u"level"_s, summary.level ? QJsonValue(toKey(*summary.level)) : QJsonValue() },
        { u"status"_s, toKey(summary.status) },
        { u"locations"_s, locationsToJson(summary.locations) },
        { u"updated_at"_s, summary.updatedAt.toUTC().toString(Qt::ISODate) },
    };
}

Result<Posting> postingFromJson(const QJsonObject &object)
{
    Posting posting;
    Reader reader(object, QString());
    posting.title = reader.text(u"title"_s);
    posting.level = reader.key<Level>(u"level"_s, levelFromKey);
    posting.department = reader.text(u"department"_s);
    posting.employmentType = reader.key<EmploymentType>(u"employment_type"_s, employmentTypeFromKey)
                                 .value_or(EmploymentType::FullTime);
    posting.status =
        reader.key<PostingStatus>(u"status"_s, postingStatusFromKey).value_or(PostingStatus::Draft);
    posting.companyName = reader.text(u"company_name"_s);
    posting.companyDescription = reader.text(u"company_description"_s);
    posting.howToApply = reader.text(u"how_to_apply"_s);
    posting.benefitsSummary = reader.text(u"benefits_summary"_s);
    posting.contextVariation = reader.text(u"context_variation"_s);
    posting.industry = reader.text(u"industry"_s);
    const QString validThrough = reader.text(u"valid_through"_s);
    if (!validThrough.isEmpty()) {
        posting.validThrough = QDate::fromString(validThrough, Qt::ISODate);
        if (!posting.validThrough.isValid())
            reader.fail(u"valid_through"_s, PostingJsonText::tr("must be a date like 2027-03-31"));
    }

    const QJsonValue salary = object.value(u"salary"_s);
    if (salary.isObject()) {
        Reader salaryReader(salary.toObject(), u"salary."_s);
        posting.salary.min = salaryReader.number(u"min"_s);
        posting.salary.max = salaryReader.number(u"max"_s);
        posting.salary.currency = salaryReader.text(u"currency"_s, u"USD"_s);
        posting.salary.period =
            salaryReader.key<PayPeriod>(u"period"_s, payPeriodFromKey).value_or(PayPeriod::Year);
        if (posting.salary.min && posting.salary.max && *posting.salary.min > *posting.salary.max)
            salaryReader.fail(u"min"_s, PostingJsonText::tr("is greater than salary.max"));
        reader.adopt(salaryReader.error());
    } else if (!salary.isUndefined() && !salary.isNull()) {
        reader.fail(u"salary"_s, PostingJsonText::tr("must be an object"));
    }

    const QJsonArray locations = reader.array(u"locations"_s);
    for (qsizetype i = 0; i < locations.size(); ++i) {
        Reader place(locations.at(i).toObject(), u"locations[%1]."_s.arg(i));
        if (!locations.at(i).isObject())
            reader.fail(u"locations[%1]"_s.arg(i), PostingJsonText::tr("must be an object"));
        PostingLocation location;
        location.city = place.text(u"city"_s);
        location.region = place.text(u"region"_s);
        location.country = place.text(u"country"_s);
        location.workplace =
            place.key<Workplace>(u"workplace"_s, workplaceFromKey).value_or(Workplace::Onsite);
        reader.adopt(place.error());
        posting.locations.append(location);
    }

    const QJsonArray sections = reader.array(u"sections"_s);
    for (qsizetype i = 0; i < sections.size(); ++i) {
        if (!sections.at(i).isObject())
            reader.fail(u"sections[%1]"_s.arg(i), PostingJsonText::tr("must be an object"));
        Reader section(sections.at(i).toObject(), u"sections[%1]."_s.arg(i));
        posting.sections.append({ section.text(u"heading"_s), section.text(u"body"_s) });
        reader.adopt(section.error());
    }

    if (!reader.error().isEmpty())
        return Error { reader.error() };
    if (posting.title.trimmed().isEmpty())
        return Error { PostingJsonText::tr("title is missing; a posting needs a title") };
    return posting;
}

} // namespace hirekit
