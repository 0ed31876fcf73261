// Applying the hiring guide's context variations and industries to a posting, and taking
// pay ranges for a posting from the salary table.

#include "analysis/SalaryMatch.h"
#include "content/PostingGuidance.h"
#include "storage/GuideRepository.h"
#include "storage/Library.h"
#include "storage/PostingRepository.h"
#include "storage/SalaryRepository.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace hirekit;

namespace {

QString body(const Posting &posting, const QString &heading)
{
    for (const PostingSection &section : posting.sections) {
        if (section.heading == heading)
            return section.body;
    }
    return {};
}

} // namespace

class TestPostingGuidance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    Posting m_template;
    QList<ContextVariation> m_variations;
    QList<IndustryConsideration> m_industries;
    QList<SalaryRow> m_rows;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto library = Library::open(m_dir.filePath(u"lib.sqlite"_s));
        QVERIFY2(library.ok(), qPrintable(library.error()));
        m_library = std::move(library).value();
        PostingRepository postings(m_library->database());
        m_template = *postings.load(postings.templates()->first().id);
        GuideRepository guide(m_library->database());
        m_variations = *guide.contextVariations();
        m_industries = *guide.industries();
        m_rows = *SalaryRepository(m_library->database()).rows({});
    }

    void everyVariationHasWording()
    {
        for (const ContextVariation &variation : m_variations)
            QVERIFY2(!contextVariationAdditions(variation.key).isEmpty(),
                     qPrintable(variation.key));
        QVERIFY(contextVariationAdditions(u"nonsense"_s).isEmpty());
    }

    void applyAddsToTheRightSections()
    {
        const Posting startup = withContextVariation(m_template, u"startup"_s, m_variations);
        QCOMPARE(startup.contextVariation, u"startup"_s);
        QCOMPARE(startup.sections.size(), m_template.sections.size());
        QVERIFY(body(startup, u"About the Role"_s)
                    .endsWith(u"a real say in architectural decisions."_s));
        QVERIFY(body(startup, u"What We Offer"_s).contains(u"### Startup Environment"_s));
        QCOMPARE(body(startup, u"Overview"_s), body(m_template, u"Overview"_s));
    }

    void anotherReplacesIt()
    {
        const Posting startup = withContextVariation(m_template, u"startup"_s, m_variations);
        const Posting remote = withContextVariation(startup, u"remote_hybrid"_s, m_variations);
        QVERIFY(!body(remote, u"What We Offer"_s).contains(u"Startup Environment"_s));
        QVERIFY(body(remote, u"What We Offer"_s).contains(u"### Remote/Hybrid Work"_s));
        QVERIFY(body(remote, u"Requirements"_s).contains(u"### Remote/Hybrid Work"_s));
        // Back to none: exactly the template again.
        const Posting none = withContextVariation(remote, QString(), m_variations);
        QCOMPARE(none.sections, m_template.sections);
        QVERIFY(none.contextVariation.isEmpty());
    }

    void editedWordingStays()
    {
        Posting corporate = withContextVariation(m_template, u"corporate"_s, m_variations);
        for (PostingSection &section : corporate.sections) {
            if (section.heading == u"About the Role"_s)
                section.body.replace(u"large user base"_s, u"huge user base"_s);
        }
        const Posting startup = withContextVariation(corporate, u"startup"_s, m_variations);
        QVERIFY(body(startup, u"About the Role"_s).contains(u"huge user base"_s));
        QVERIFY(!body(startup, u"Requirements"_s).contains(u"### Corporate Environment"_s));
    }

    void missingSectionIsCreatedAndRemoved()
    {
        Posting bare;
        bare.title = u"Bare"_s;
        const Posting remote = withContextVariation(bare, u"remote_hybrid"_s, m_variations);
        QCOMPARE(remote.sections.size(), 3);
        const Posting none = withContextVariation(remote, QString(), m_variations);
        QVERIFY(none.sections.isEmpty());
    }

    void industries()
    {
        const Posting fintech = withIndustry(m_template, u"financial_services"_s, m_industries);
        QVERIFY(body(fintech, u"Requirements"_s)
                    .contains(u"### Financial Services\n\n- PCI compliance and security standards\n"
                              "- High-availability systems (99.99% uptime)\n"
                              "- Real-time transaction processing"_s));
        QVERIFY(body(fintech, u"About the Role"_s)
                    .endsWith(u"**Financial Services:** Regulatory compliance, audit trails, fraud "
                              "detection."_s));
        const Posting health = withIndustry(fintech, u"healthcare"_s, m_industries);
        QVERIFY(!body(health, u"Requirements"_s).contains(u"PCI"_s));
        QVERIFY(body(health, u"Requirements"_s).contains(u"HIPAA"_s));
        QCOMPARE(withIndustry(health, QString(), m_industries).sections, m_template.sections);
    }

    void salaryMatch_data()
    {
        QTest::addColumn<QString>("city");
        QTest::addColumn<Workplace>("workplace");
        QTest::addColumn<Level>("level");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<QString>("explanation");
        QTest::newRow("exact city") << u"Austin"_s << Workplace::Hybrid << Level::Mid << 95000.0
                                    << 140000.0 << u"Austin, Mid level: the Austin figures"_s;
        QTest::newRow("city in metro name")
            << u"San Francisco"_s << Workplace::Onsite << Level::Senior << 170000.0 << 280000.0
            << u"the San Francisco Bay Area figures"_s;
        QTest::newRow("remote") << QString() << Workplace::Remote << Level::Entry << 65000.0
                                << 90000.0 << u"Remote (US)"_s;
        QTest::newRow("no staff in metro")
            << u"Boston"_s << Workplace::Onsite << Level::Staff << 180000.0 << 300000.0
            << u"No Staff figures for Boston; the national range"_s;
        QTest::newRow("unknown city") << u"Lisbon"_s << Workplace::Onsite << Level::Entry << 70000.0
                                      << 95000.0 << u"No Entry figures for Lisbon"_s;
    }

    void salaryMatch()
    {
        QFETCH(QString, city);
        QFETCH(Workplace, workplace);
        QFETCH(Level, level);
        QFETCH(double, min);
        QFETCH(double, max);
        QFETCH(QString, explanation);
        Posting posting;
        posting.level = level;
        posting.locations = { { city, QString(), u"US"_s, workplace } };
        const auto match = matchSalary(posting, m_rows);
        QVERIFY(match.has_value());
        QCOMPARE(match->range.min, std::optional<double>(min));
        QCOMPARE(match->range.max, std::optional<double>(max));
        QCOMPARE(match->range.currency, u"USD"_s);
        QVERIFY2(match->explanation.contains(explanation), qPrintable(match->explanation));
    }

    void salaryMatchWithoutLevelOrRows()
    {
        Posting posting;
        const auto national = matchSalary(posting, m_rows);
        QVERIFY(national.has_value());
        QCOMPARE(national->range.min, std::optional<double>(85000));
        QVERIFY(national->explanation.contains(u"Mid was assumed"_s));
        QVERIFY(!matchSalary(posting, {}).has_value());
    }
};

QTEST_GUILESS_MAIN(TestPostingGuidance)
#include "tst_postingguidance.moc"
