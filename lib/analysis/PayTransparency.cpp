#include "analysis/PayTransparency.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

struct PayTransparencyText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::PayTransparency)
};

struct RuleData
{
    QList<PayTransparencyRule> rules;
    QHash<QString, QString> countryCodes; // lowercased name or code -> code
};

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

RuleData loadRules()
{
    RuleData data;
    QFile file(u":/checks/pay-transparency.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return data;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue &value : root.value(u"rules"_s).toArray()) {
        const QJsonObject object = value.toObject();
        PayTransparencyRule rule;
        rule.id = object.value(u"id"_s).toString();
        rule.jurisdiction = object.value(u"jurisdiction"_s).toString();
        rule.countries = stringList(object.value(u"countries"_s));
        rule.regions = stringList(object.value(u"region"_s));
        rule.cities = stringList(object.value(u"city"_s));
        const QStringList requires_ = stringList(object.value(u"requires"_s));
        rule.requiresRange = requires_.contains(u"range"_s);
        rule.requiresBenefits = requires_.contains(u"benefits"_s);
        rule.requiresStartingPay = requires_.contains(u"starting_pay"_s);
        rule.openEndedOk = object.value(u"open_ended_ok"_s).toBool(true);
        rule.coversRemote = object.value(u"remote"_s).toBool(true);
        rule.requirement = object.value(u"requirement"_s).toString();
        rule.effective = QDate::fromString(object.value(u"effective"_s).toString(), Qt::ISODate);
        rule.source = object.value(u"source"_s).toString();
        data.rules.append(rule);
        for (const QString &code : std::as_const(rule.countries))
            data.countryCodes.insert(code.toLower(), code);
    }
    const QJsonObject names = root.value(u"country_names"_s).toObject();
    for (auto it = names.begin(); it != names.end(); ++it) {
        data.countryCodes.insert(it.key().toLower(), it.key());
        for (const QString &name : stringList(it.value()))
            data.countryCodes.insert(name.toLower(), it.key());
    }
    return data;
}

const RuleData &ruleData()
{
    static const RuleData data = loadRules();
    return data;
}

bool containsName(const QStringList &names, const QString &value)
{
    const QString wanted = value.trimmed();
    for (const QString &name : names) {
        if (name.compare(wanted, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString money(double value)
{
    return QString::number(value, 'f', 0);
}

} // namespace

const QList<PayTransparencyRule> &payTransparencyRules()
{
    return ruleData().rules;
}

QString countryCode(const QString &country)
{
    const QString trimmed = country.trimmed();
    return ruleData().countryCodes.value(trimmed.toLower(), trimmed.toUpper());
}

bool ruleCovers(const PayTransparencyRule &rule, const PostingLocation &location)
{
    if (location.country.trimmed().isEmpty()
        || !rule.countries.contains(countryCode(location.country)))
        return false;
    const bool remote = location.workplace == Workplace::Remote;
    if (remote && !rule.coversRemote)
        return false;
    const QString region = location.region.trimmed();
    const QString city = location.city.trimmed();
    // A city the rule names is enough ("New York, US"), unless a region says otherwise.
    if (!rule.cities.isEmpty() && !city.isEmpty() && containsName(rule.cities, city))
        return region.isEmpty() || rule.regions.isEmpty() || containsName(rule.regions, region);
    // Each level the rule names must match; a remote location that stops short of that level
    // (no region, no city) is open to all of it: the whole country, the whole state.
    if (!rule.regions.isEmpty()) {
        if (region.isEmpty()) {
            if (!remote || !city.isEmpty())
                return false;
        } else if (!containsName(rule.regions, region)) {
            return false;
        }
    }
    if (!rule.cities.isEmpty() && (!city.isEmpty() || !remote))
        return false;
    return true;
}

QList<PayTransparencyFinding> checkPayTransparency(const Posting &posting)
{
    QList<PayTransparencyFinding> findings;
    const PayRange &pay = posting.salary;
    const bool hasMin = pay.min.has_value();
    const bool hasMax = pay.max.has_value();
    const bool hasBenefits = !posting.benefitsSummary.trimmed().isEmpty();
    for (const PayTransparencyRule &rule : payTransparencyRules()) {
        const PostingLocation *through = nullptr;
        for (const PostingLocation &location : posting.locations) {
            if (ruleCovers(rule, location)) {
                through = &location;
                break;
            }
        }
        if (!through)
            continue;

        PayTransparencyFinding finding;
        finding.ruleId = rule.id;
        finding.jurisdiction = rule.jurisdiction;
        finding.requirement = rule.requirement;
        finding.effective = rule.effective;
        finding.source = rule.source;
        finding.location = through->displayText();

        QStringList missing;
        if (rule.requiresRange) {
            if (!hasMin && !hasMax)
                missing.append(PayTransparencyText::tr("no pay range is stated"));
            else if (hasMin && !hasMax && !rule.openEndedOk)
                missing.append(
                    PayTransparencyText::tr(
                        "the range is open-ended (a minimum of %1 and no maximum, \"and up\"); a "
                        "maximum is required")
                        .arg(money(*pay.min)));
            else if (!hasMin)
                missing.append(PayTransparencyText::tr("the range has no minimum"));
            else if (hasMax && *pay.min > *pay.max)
                missing.append(PayTransparencyText::tr("the minimum is above the maximum"));
        }
        if (rule.requiresStartingPay && !hasMin && !hasMax)
            missing.append(PayTransparencyText::tr("neither a starting pay nor a range is stated"));
        if (rule.requiresBenefits && !hasBenefits)
            missing.append(PayTransparencyText::tr("no general description of benefits is given"));

        finding.ok = missing.isEmpty();
        if (finding.ok) {
            finding.message = PayTransparencyText::tr("Complies for %1: %2")
                                  .arg(finding.location, rule.requirement);
        } else {
            finding.message = PayTransparencyText::tr("%1 applies to %2: %3. Required: %4 (%5)")
                                  .arg(rule.jurisdiction, finding.location, missing.join(u"; "_s),
                                       rule.requirement, rule.source);
        }
        findings.append(finding);
    }
    return findings;
}

} // namespace hirekit
