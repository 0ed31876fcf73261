#pragma once

// Pay-transparency law for a posting: which rules apply to its locations and whether the
// posting's pay and benefits satisfy them. The rules are data
// (resources/checks/pay-transparency.json: jurisdiction, requirement, effective date, source),
// so a new law is an entry there, not code.
//
// A location falls under a rule when it lies inside the rule's area (country, then region,
// then city where the rule names them). A remote location is open to everything inside the
// places it names: "remote, US" is open to the whole country and so to Colorado, New York
// City, California and Washington; "remote, CO, US" to Colorado only; a remote job that
// names a city is open to that city only. A city the rule names needs no region ("New York, US").

#include "core/Posting.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace hirekit {

struct PayTransparencyRule
{
    QString id;
    QString jurisdiction;
    QStringList countries; // ISO 3166 codes
    QStringList regions; // codes and names, any matches
    QStringList cities;
    bool requiresRange = false; // a minimum and a maximum
    bool requiresBenefits = false;
    bool requiresStartingPay = false; // a figure or a range
    bool openEndedOk = true; // a minimum alone ("and up")
    bool coversRemote = true;
    QString requirement;
    QDate effective;
    QString source;
};

struct PayTransparencyFinding
{
    QString ruleId;
    QString jurisdiction;
    QString requirement;
    bool ok = false;
    QString message; // what is missing and why, or why it complies
    QDate effective;
    QString source;
    QString location; // the posting location the rule applies through
};

const QList<PayTransparencyRule> &payTransparencyRules();

// The ISO code for a country as people write it ("USA", "Germany", "de"), or the text
// uppercased when unknown.
QString countryCode(const QString &country);

bool ruleCovers(const PayTransparencyRule &rule, const PostingLocation &location);

// One finding per rule that applies to any of the posting's locations, in rule order.
QList<PayTransparencyFinding> checkPayTransparency(const Posting &posting);

} // namespace hirekit
