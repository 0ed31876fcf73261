// schema.org JobPosting JSON-LD for a posting (see PostingJsonLd.h). The property names are
// checked against schema.org's JobPosting property list in tst_jsonld.

#include "io/PostingJsonLd.h"

#include "render/PostingFormats.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

QString employmentTypeValue(EmploymentType type)
{
    switch (type) {
    case EmploymentType::FullTime:
        return u"FULL_TIME"_s;
    case EmploymentType::PartTime:
        return u"PART_TIME"_s;
    case EmploymentType::Contract:
        return u"CONTRACTOR"_s;
    case EmploymentType::Temporary:
        return u"TEMPORARY"_s;
    case EmploymentType::Intern:
        return u"INTERN"_s;
    }
    return QString();
}

QString unitText(PayPeriod period)
{
    switch (period) {
    case PayPeriod::Year:
        return u"YEAR"_s;
    case PayPeriod::Month:
        return u"MONTH"_s;
    case PayPeriod::Hour:
        return u"HOUR"_s;
    }
    return QString();
}

void insertIfSet(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.trimmed().isEmpty())
        object.insert(key, value.trimmed());
}

// A Place with its PostalAddress, or an empty object for a location with no address.
QJsonObject placeOf(const PostingLocation &location)
{
    QJsonObject address;
    insertIfSet(address, u"addressLocality"_s, location.city);
    insertIfSet(address, u"addressRegion"_s, location.region);
    insertIfSet(address, u"addressCountry"_s, location.country);
    if (address.isEmpty())
        return {};
    address.insert(u"@type"_s, u"PostalAddress"_s);
    return QJsonObject { { u"@type"_s, u"Place"_s }, { u"address"_s, address } };
}

// Where applicants to a remote job may live: the region as a State ("TX, US"), else the
// country. A city alone is not a requirement schema.org's AdministrativeArea types that
// Google reads can say, so it widens to its region.
QJsonObject applicantAreaOf(const PostingLocation &location)
{
    const QString region = location.region.trimmed();
    const QString country = location.country.trimmed();
    if (!region.isEmpty()) {
        const QString name = country.isEmpty() ? region : region + u", "_s + country;
        return QJsonObject { { u"@type"_s, u"State"_s }, { u"name"_s, name } };
    }
    if (!country.isEmpty())
        return QJsonObject { { u"@type"_s, u"Country"_s }, { u"name"_s, country } };
    return {};
}

// One object alone, several as an array.
QJsonValue oneOrMany(const QJsonArray &values)
{
    return values.size() == 1 ? values.first() : QJsonValue(values);
}

} // namespace

QJsonObject postingToJsonLd(const Posting &posting, const RenderOptions &options)
{
    QJsonObject jsonLd {
        { u"@context"_s, u"https://schema.org"_s },
        { u"@type"_s, u"JobPosting"_s },
    };
    insertIfSet(jsonLd, u"title"_s, posting.title);
    insertIfSet(jsonLd, u"description"_s, postingToPlainText(posting, options));
    if (posting.createdAt.isValid())
        jsonLd.insert(u"datePosted"_s, posting.createdAt.date().toString(Qt::ISODate));
    if (posting.validThrough.isValid())
        jsonLd.insert(u"validThrough"_s, posting.validThrough.toString(Qt::ISODate));
    jsonLd.insert(u"employmentType"_s, employmentTypeValue(posting.employmentType));

    QJsonObject organization;
    insertIfSet(organization, u"name"_s, posting.companyName);
    insertIfSet(organization, u"description"_s, posting.companyDescription);
    if (!organization.isEmpty()) {
        organization.insert(u"@type"_s, u"Organization"_s);
        jsonLd.insert(u"hiringOrganization"_s, organization);
    }

    QJsonArray places;
    QJsonArray applicantAreas;
    bool remote = false;
    for (const PostingLocation &location : posting.locations) {
        if (location.workplace == Workplace::Remote) {
            remote = true;
            const QJsonObject area = applicantAreaOf(location);
            if (!area.isEmpty() && !applicantAreas.contains(area))
                applicantAreas.append(area);
        } else if (const QJsonObject place = placeOf(location); !place.isEmpty()) {
            places.append(place);
        }
    }
    if (!places.isEmpty())
        jsonLd.insert(u"jobLocation"_s, oneOrMany(places));
    if (remote) {
        jsonLd.insert(u"jobLocationType"_s, u"TELECOMMUTE"_s);
        if (!applicantAreas.isEmpty())
            jsonLd.insert(u"applicantLocationRequirements"_s, oneOrMany(applicantAreas));
    }

    const PayRange &pay = posting.salary;
    if (pay.min || pay.max) {
        QJsonObject value { { u"@type"_s, u"QuantitativeValue"_s } };
        if (pay.min && pay.max && *pay.min != *pay.max) {
            value.insert(u"minValue"_s, *pay.min);
            value.insert(u"maxValue"_s, *pay.max);
        } else {
            value.insert(u"value"_s, pay.min ? *pay.min : *pay.max);
        }
        value.insert(u"unitText"_s, unitText(pay.period));
        jsonLd.insert(u"baseSalary"_s,
                      QJsonObject { { u"@type"_s, u"MonetaryAmount"_s },
                                    { u"currency"_s, pay.currency },
                                    { u"value"_s, value } });
    }
    return jsonLd;
}

QByteArray jsonLdForScript(const QJsonObject &jsonLd)
{
    QByteArray json = QJsonDocument(jsonLd).toJson(QJsonDocument::Compact);
    // '<' only ever appears inside JSON strings, where both escapes read back as the same text.
    json.replace("<!--", "<\\u0021--");
    json.replace("</", "<\\/");
    return json;
}

} // namespace hirekit
