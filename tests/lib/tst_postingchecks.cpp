// Pay-transparency rules (each passing and failing), completeness for job boards and
// schema.org, and the JSON shape of all checks together (PRODUCT.md, `hirekit check`).

#include "analysis/PostingChecks.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hirekit;

namespace {

PostingLocation place(const QString &city, const QString &region, const QString &country,
                      Workplace workplace = Workplace::Onsite)
{
    return { city, region, country, workplace };
}

Posting postingAt(const QList<PostingLocation> &locations, std::optional<double> min,
                  std::optional<double> max, const QString &benefits = QString())
{
    Posting posting;
    posting.title = u"Backend Developer"_s;
    posting.locations = locations;
    posting.salary.min = min;
    posting.salary.max = max;
    posting.benefitsSummary = benefits;
    return posting;
}

const PayTransparencyFinding *findingFor(const QList<PayTransparencyFinding> &findings,
                                         const QString &id)
{
    for (const PayTransparencyFinding &finding : findings) {
        if (finding.ruleId == id)
            return &finding;
    }
    return nullptr;
}

} // namespace

class TestPostingChecks : public QObject
{
    Q_OBJECT

private slots:
    void rulesAreData()
    {
        const QList<PayTransparencyRule> &rules = payTransparencyRules();
        QCOMPARE(rules.size(), qsizetype(5));
        for (const PayTransparencyRule &rule : rules) {
            QVERIFY(!rule.jurisdiction.isEmpty());
            QVERIFY(!rule.requirement.isEmpty());
            QVERIFY(rule.effective.isValid());
            QVERIFY(!rule.source.isEmpty());
        }
    }

    void payRules_data()
    {
        QTest::addColumn<Posting>("posting");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("messagePart");
        const auto denver = place(u"Denver"_s, u"CO"_s, u"US"_s);
        const auto nyc = place(u"New York"_s, u"NY"_s, u"US"_s, Workplace::Hybrid);
        const auto sf = place(u"San Francisco"_s, u"California"_s, u"USA"_s);
        const auto seattle = place(u"Seattle"_s, u"WA"_s, u"US"_s);
        const auto berlin = place(u"Berlin"_s, QString(), u"Germany"_s);
        const QString benefits = u"Health insurance, 401(k), 25 days off."_s;

        QTest::newRow("colorado ok") << postingAt({ denver }, 90000, 120000, benefits)
                                     << u"colorado"_s << true << u"Complies"_s;
        QTest::newRow("colorado no benefits")
            << postingAt({ denver }, 90000, 120000) << u"colorado"_s << false << u"benefits"_s;
        QTest::newRow("colorado remote US, no pay") << postingAt(
            { place(QString(), QString(), u"US"_s, Workplace::Remote) }, {}, {}, benefits)
                                                    << u"colorado"_s << false << u"no pay range"_s;
        QTest::newRow("nyc ok") << postingAt({ nyc }, 100000, 130000) << u"new-york-city"_s << true
                                << u"Complies"_s;
        QTest::newRow("nyc and up")
            << postingAt({ nyc }, 100000, {}) << u"new-york-city"_s << false << u"and up"_s;
        QTest::newRow("california ok")
            << postingAt({ sf }, 120000, 150000) << u"california"_s << true << u"Complies"_s;
        QTest::newRow("california none")
            << postingAt({ sf }, {}, {}) << u"california"_s << false << u"no pay range"_s;
        QTest::newRow("washington ok") << postingAt({ seattle }, 100000, 140000, benefits)
                                       << u"washington"_s << true << u"Complies"_s;
        QTest::newRow("washington open-ended") << postingAt({ seattle }, 100000, {}, benefits)
                                               << u"washington"_s << false << u"open-ended"_s;
        QTest::newRow("eu starting pay ok")
            << postingAt({ berlin }, 60000, {}) << u"eu"_s << true << u"Complies"_s;
        QTest::newRow("eu nothing")
            << postingAt({ berlin }, {}, {}) << u"eu"_s << false << u"starting pay"_s;
    }

    void payRules()
    {
        QFETCH(Posting, posting);
        QFETCH(QString, rule);
        QFETCH(bool, ok);
        QFETCH(QString, messagePart);
        const QList<PayTransparencyFinding> findings = checkPayTransparency(posting);
        const PayTransparencyFinding *finding = findingFor(findings, rule);
        QVERIFY2(finding, qPrintable(rule));
        QCOMPARE(finding->ok, ok);
        QVERIFY2(finding->message.contains(messagePart), qPrintable(finding->message));
    }

    void coverage()
    {
        const auto rules = payTransparencyRules();
        const auto rule = [&rules](const QString &id) {
            for (const PayTransparencyRule &r : rules) {
                if (r.id == id)
                    return r;
            }
            return PayTransparencyRule();
        };
        // Remote in the whole country: open to Colorado and NYC; remote in one state: only it.
        const auto remoteUs = place(QString(), QString(), u"US"_s, Workplace::Remote);
        QVERIFY(ruleCovers(rule(u"colorado"_s), remoteUs));
        QVERIFY(ruleCovers(rule(u"new-york-city"_s), remoteUs));
        const auto remoteCo = place(QString(), u"Colorado"_s, u"US"_s, Workplace::Remote);
        QVERIFY(ruleCovers(rule(u"colorado"_s), remoteCo));
        QVERIFY(!ruleCovers(rule(u"california"_s), remoteCo));
        // On-site elsewhere: nothing; on-site in New York State outside the city: not NYC.
        QVERIFY(!ruleCovers(rule(u"colorado"_s), place(u"Austin"_s, u"TX"_s, u"US"_s)));
        QVERIFY(!ruleCovers(rule(u"new-york-city"_s), place(u"Albany"_s, u"NY"_s, u"US"_s)));
        QVERIFY(ruleCovers(rule(u"new-york-city"_s), place(u"Brooklyn"_s, u"NY"_s, u"US"_s)));
        // A city alone is enough for NYC; a remote job in a named city is not open elsewhere.
        QVERIFY(ruleCovers(rule(u"new-york-city"_s), place(u"New York"_s, QString(), u"US"_s)));
        QVERIFY(!ruleCovers(rule(u"new-york-city"_s), place(u"New York"_s, u"CA"_s, u"US"_s)));
        QVERIFY(!ruleCovers(rule(u"colorado"_s),
                            place(u"Boston"_s, QString(), u"US"_s, Workplace::Remote)));
        const auto remoteNy = place(QString(), u"NY"_s, u"US"_s, Workplace::Remote);
        QVERIFY(ruleCovers(rule(u"new-york-city"_s), remoteNy));
        QVERIFY(!ruleCovers(rule(u"new-york-city"_s), place(QString(), u"NY"_s, u"US"_s)));
        // A country alone on-site does not say which state.
        QVERIFY(!ruleCovers(rule(u"colorado"_s), place(QString(), QString(), u"US"_s)));
        QVERIFY(ruleCovers(rule(u"eu"_s), place(u"Paris"_s, QString(), u"FR"_s)));
        QVERIFY(!ruleCovers(rule(u"eu"_s), place(u"London"_s, QString(), u"GB"_s)));
        QCOMPARE(checkPayTransparency(postingAt({ place(u"Austin"_s, u"TX"_s, u"US"_s) }, {}, {}))
                     .size(),
                 qsizetype(0));
        // Remote across the US: all four US rules apply, each once.
        QCOMPARE(checkPayTransparency(postingAt({ remoteUs }, 1, 2, u"x"_s)).size(), qsizetype(4));
    }

    void completeness()
    {
        Posting empty;
        const QDate today(2026, 6, 1);
        QList<CompletenessFinding> findings = checkCompleteness(empty, today);
        QCOMPARE(findings.size(), qsizetype(8));
        QStringList failing;
        for (const CompletenessFinding &finding : findings) {
            if (!finding.ok)
                failing.append(finding.field);
        }
        QCOMPARE(
            failing,
            QStringList({ u"title"_s, u"description"_s, u"date_posted"_s, u"hiring_organization"_s,
                          u"location"_s, u"valid_through"_s, u"salary"_s }));

        Posting full = postingAt({ place(u"Denver"_s, u"CO"_s, u"US"_s),
                                   place(QString(), QString(), u"US"_s, Workplace::Remote) },
                                 90000, 120000, u"Benefits."_s);
        full.sections.append({ u"About"_s, u"We build things."_s });
        full.companyName = u"Acme"_s;
        full.createdAt = QDateTime(QDate(2026, 5, 1), QTime(9, 0));
        full.validThrough = QDate(2026, 7, 1);
        findings = checkCompleteness(full, today);
        for (const CompletenessFinding &finding : std::as_const(findings))
            QVERIFY2(finding.ok, qPrintable(finding.field + u": "_s + finding.message));

        // Remote without a country: applicants cannot tell where they may live.
        full.locations = { place(QString(), QString(), QString(), Workplace::Remote) };
        full.validThrough = QDate(2026, 5, 1); // passed
        findings = checkCompleteness(full, today);
        QVERIFY(!findings.at(4).ok);
        QVERIFY(findings.at(4).message.contains(u"applicantLocationRequirements"_s));
        QVERIFY(!findings.at(5).ok);
        QVERIFY(findings.at(5).message.contains(u"passed"_s));
    }

    void markdownProse()
    {
        const QString prose = markdownToProse(
            u"# Backend Developer\n\nWe **build** [things](http://x).\nAnd more.\n\n"
            "- Go\n- SQL\n"_s);
        QCOMPARE(prose, u"Backend Developer.\nWe build things. And more.\nGo.\nSQL."_s);
    }

    void proseKnowsWhereEachWordWasTyped()
    {
        Posting posting;
        posting.title = u"Data Engineer"_s;
        posting.companyDescription = u"We ship *fast* and\ncarefully"_s;
        posting.sections.append({ u"About the [team](http://x)"_s,
                                  u"- You are **competitive** and kind\n- Lead with `care`"_s });
        posting.howToApply = u"Write to us."_s;
        const PostingProse prose(posting);
        QCOMPARE(prose.text(), postingProse(posting));
        QCOMPARE(prose.text(),
                 u"Data Engineer.\nWe ship fast and carefully\nAbout the team.\nYou are "
                 "competitive and kind.\nLead with care.\nWrite to us."_s);

        const auto fieldText = [&posting](const TextPlace &place) {
            QString text;
            switch (place.source) {
            case TextSource::Title:
                text = posting.title;
                break;
            case TextSource::CompanyDescription:
                text = posting.companyDescription;
                break;
            case TextSource::SectionHeading:
                text = posting.sections.at(place.section).heading;
                break;
            case TextSource::SectionBody:
                text = posting.sections.at(place.section).body;
                break;
            case TextSource::HowToApply:
                text = posting.howToApply;
                break;
            default:
                break;
            }
            return text.mid(place.position, place.length);
        };
        // Every word of the prose maps back to the same word in its field.
        for (const TextWord &word : codingWords(prose.text())) {
            const TextPlace place = prose.place(word.position, word.length);
            QVERIFY(place.isValid());
            QCOMPARE(fieldText(place).toLower(), word.word);
        }
        const qsizetype competitive = prose.text().indexOf(u"competitive"_s);
        QCOMPARE(prose.place(competitive, 11), (TextPlace { TextSource::SectionBody, 0, 12, 11 }));
        // The full stop after a heading was added: it has no place.
        QVERIFY(!prose.place(prose.text().indexOf(u"team."_s) + 4, 1).isValid());
        // A range over two lines of one paragraph is one place, markers included.
        const qsizetype fast = prose.text().indexOf(u"fast and carefully"_s);
        QCOMPARE(prose.place(fast, 18), (TextPlace { TextSource::CompanyDescription, -1, 9, 19 }));
        // A sentence that runs from one field into the next has a place in each.
        const qsizetype ship = prose.text().indexOf(u"We ship"_s);
        const QList<TextPlace> both =
            prose.places(ship, prose.text().indexOf(u"team."_s) + 4 - ship);
        QCOMPARE(both.size(), qsizetype(2));
        QCOMPARE(both.at(0).source, TextSource::CompanyDescription);
        QCOMPARE(both.at(1), (TextPlace { TextSource::SectionHeading, 0, 0, 15 }));
    }

    void longSentencesInTextOrder()
    {
        const QString longOne = u"This sentence keeps going with one more word and then another "
                                "word after that until it has far more words than any reader "
                                "would like to hold in mind at once."_s;
        const QString text = u"Short one here. "_s + longOne + u" Another short one. "_s + longOne;
        const Readability readability = analyseReadability(text);
        QCOMPARE(readability.longSentences.size(), qsizetype(2));
        QVERIFY(readability.longSentences.at(0).position
                < readability.longSentences.at(1).position);
        QCOMPARE(readability.longSentences.at(0).text, longOne);
        QCOMPARE(readability.longSentences.at(0).position, text.indexOf(longOne));
        QVERIFY(readability.longSentences.at(0).words > LongSentenceWords);
        QVERIFY(analyseReadability(u"Short one here. And this too."_s).longSentences.isEmpty());
    }

    void json()
    {
        Posting posting = postingAt({ place(u"New York"_s, u"NY"_s, u"US"_s) }, 100000, {});
        posting.sections.append(
            { u"About you"_s, u"You are competitive and collaborative. You are driven."_s });
        const QJsonObject json = checksToJson(runPostingChecks(posting, QDate(2026, 6, 1)));
        const QJsonObject gender = json.value(u"gender_coding"_s).toObject();
        QCOMPARE(gender.value(u"verdict"_s).toString(), u"masculine-coded"_s);
        QCOMPARE(gender.value(u"masculine_words"_s).toArray(),
                 QJsonArray({ u"competitive"_s, u"driven"_s }));
        QCOMPARE(gender.value(u"feminine_words"_s).toArray(), QJsonArray({ u"collaborative"_s }));
        const QJsonObject readability = json.value(u"readability"_s).toObject();
        for (const QString &key :
             { u"flesch_reading_ease"_s, u"flesch_kincaid_grade"_s, u"words"_s, u"sentences"_s,
               u"syllables"_s, u"average_sentence_length"_s, u"longest_sentences"_s })
            QVERIFY2(readability.contains(key), qPrintable(key));
        const QJsonArray pay = json.value(u"pay_transparency"_s).toArray();
        QCOMPARE(pay.size(), qsizetype(1));
        const QJsonObject nyc = pay.first().toObject();
        QCOMPARE(nyc.value(u"jurisdiction"_s).toString(), u"New York City"_s);
        QCOMPARE(nyc.value(u"ok"_s).toBool(), false);
        QVERIFY(nyc.contains(u"requirement"_s) && nyc.contains(u"message"_s));
        QCOMPARE(json.value(u"completeness"_s).toArray().size(), qsizetype(8));
    }

    void textChecks()
    {
        const PostingChecks checks = runTextChecks(
            u"# Data Engineer\n\nA collaborative team. We share knowledge and trust.\n"_s);
        QCOMPARE(verdictLabel(checks.genderCoding.verdict), u"feminine-coded"_s);
        QVERIFY(checks.payTransparency.isEmpty());
        QVERIFY(checks.completeness.first().ok); // title from the heading
        QVERIFY(checks.completeness.first().message.contains(u"Data Engineer"_s));
    }
};

QTEST_GUILESS_MAIN(TestPostingChecks)
#include "tst_postingchecks.moc"
