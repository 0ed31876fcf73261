// The built-in content of a new library, value by value as the hiring guide states it.

#include "storage/GuideRepository.h"
#include "storage/Library.h"
#include "storage/PostingRepository.h"
#include "storage/QuestionRepository.h"
#include "storage/SalaryRepository.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace hirekit;

class TestSeed : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;

    QList<SalaryRow> salaryRows(const QString &area, Level level)
    {
        SalaryFilter filter;
        filter.area = area;
        filter.level = level;
        auto rows = SalaryRepository(m_library->database()).rows(filter);
        return rows ? *rows : QList<SalaryRow>();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto library = Library::open(m_dir.filePath(u"seeded.sqlite"_s));
        QVERIFY2(library.ok(), qPrintable(library.error()));
        m_library = std::move(library).value();
    }

    void salaryDatasetNamesItsSource()
    {
        const auto datasets = SalaryRepository(m_library->database()).datasets();
        QVERIFY(datasets.ok());
        QCOMPARE(datasets->size(), 1);
        const SalaryDataset &dataset = datasets->first();
        QCOMPARE(dataset.name, u"Backend Developer Guide 2025"_s);
        QCOMPARE(dataset.source,
                 u"Data compiled from Glassdoor, Stack Overflow Developer Survey, "
                 "and Robert Half Technology Salary Guide 2025"_s);
        QCOMPARE(dataset.year, std::optional<int>(2025));
        QVERIFY(dataset.isBuiltin);
        QCOMPARE(dataset.rowCount, 4 + 8 * 3);
    }

    void salaryRanges_data()
    {
        QTest::addColumn<QString>("area");
        QTest::addColumn<Level>("level");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");

        const struct
        {
            const char *area;
            double ranges[3][2];
        } metros[] = {
            { "San Francisco Bay Area",
              { { 95000, 130000 }, { 120000, 180000 }, { 170000, 280000 } } },
            { "New York City", { { 85000, 115000 }, { 110000, 165000 }, { 155000, 250000 } } },
            { "Seattle", { { 80000, 110000 }, { 105000, 155000 }, { 145000, 230000 } } },
            { "Austin", { { 75000, 100000 }, { 95000, 140000 }, { 130000, 200000 } } },
            { "Denver", { { 70000, 95000 }, { 90000, 135000 }, { 125000, 190000 } } },
            { "Chicago", { { 72000, 98000 }, { 92000, 138000 }, { 128000, 195000 } } },
            { "Boston", { { 78000, 105000 }, { 100000, 150000 }, { 140000, 220000 } } },
            { "Remote (US)", { { 65000, 90000 }, { 80000, 125000 }, { 115000, 180000 } } },
        };
        const Level levels[] = { Level::Entry, Level::Mid, Level::Senior };
        for (const auto &metro : metros) {
            for (int i = 0; i < 3; ++i) {
                QTest::addRow("%s %s", metro.area, qPrintable(toKey(levels[i])))
                    << QString::fromUtf8(metro.area) << levels[i] << metro.ranges[i][0]
                    << metro.ranges[i][1];
            }
        }
        QTest::newRow("national entry") << u"United States"_s << Level::Entry << 70000.0 << 95000.0;
        QTest::newRow("national mid") << u"United States"_s << Level::Mid << 85000.0 << 140000.0;
        QTest::newRow("national senior")
            << u"United States"_s << Level::Senior << 130000.0 << 200000.0;
        QTest::newRow("national staff")
            << u"United States"_s << Level::Staff << 180000.0 << 300000.0;
    }

    void salaryRanges()
    {
        QFETCH(QString, area);
        QFETCH(Level, level);
        QFETCH(double, min);
        QFETCH(double, max);
        const QList<SalaryRow> rows = salaryRows(area, level);
        QCOMPARE(rows.size(), 1);
        const SalaryRow &row = rows.first();
        QCOMPARE(row.area, area);
        QCOMPARE(row.role, u"Backend Developer"_s);
        QCOMPARE(row.currency, u"USD"_s);
        QCOMPARE(row.period, PayPeriod::Year);
        QCOMPARE(row.min, std::optional<double>(min));
        QCOMPARE(row.max, std::optional<double>(max));
        QCOMPARE(row.isNational, area == u"United States"_s);
        QVERIFY(!row.median && !row.p10 && !row.p90);
        // Only "$180,000 - $300,000+" is open-ended.
        QCOMPARE(row.topCoded.contains(u"max"_s), level == Level::Staff);
    }

    void careerLevels()
    {
        const auto levels = GuideRepository(m_library->database()).careerLevels();
        QVERIFY(levels.ok());
        QCOMPARE(levels->size(), 4);
        QCOMPARE(levels->at(0).name, u"Entry Level"_s);
        QCOMPARE(levels->at(0).experience, u"0-2 years"_s);
        QCOMPARE(levels->at(1).experience, u"3-5 years"_s);
        QCOMPARE(levels->at(2).experience, u"6+ years"_s);
        QCOMPARE(levels->at(3).name, u"Staff/Principal Level"_s);
    }

    void template_()
    {
        PostingRepository repository(m_library->database());
        const auto templates = repository.templates();
        QVERIFY(templates.ok());
        QCOMPARE(templates->size(), 1);
        const auto posting = repository.load(templates->first().id);
        QVERIFY(posting.ok());
        QCOMPARE(posting->title, u"Backend Developer"_s);
        QVERIFY(posting->isTemplate);
        QVERIFY(posting->isBuiltin);
        QStringList headings;
        for (const PostingSection &section : posting->sections)
            headings.append(section.heading);
        QCOMPARE(
            headings,
            (QStringList { u"Overview"_s, u"Why This Role Matters"_s, u"About the Role"_s,
                           u"Key Responsibilities"_s, u"Requirements"_s, u"What We Offer"_s }));
        const QString responsibilities = posting->sections.at(3).body;
        for (const QString &group :
             { u"### System Architecture & Development"_s,
               u"### Database Management & Optimization"_s, u"### API Development & Integration"_s,
               u"### Security & Authentication"_s, u"### Performance & Monitoring"_s,
               u"### Collaboration & Documentation"_s }) {
            QVERIFY2(responsibilities.contains(group), qPrintable(group));
        }
        const QString requirements = posting->sections.at(4).body;
        QVERIFY(requirements.contains(
            u"- 3+ years of experience in backend development with server-side languages"_s));
        QVERIFY(requirements.contains(u"### Soft Skills & Competencies"_s));
        const QString offer = posting->sections.at(5).body;
        QVERIFY(offer.contains(
            u"- Competitive salary range: $85,000 - $140,000 (varies by experience and location)"_s));
        QCOMPARE(posting->salary.min, std::optional<double>(85000));
        QCOMPARE(posting->salary.max, std::optional<double>(140000));
        QVERIFY(posting->sections.at(0).body.contains(u"**Key Highlights:**"_s));
    }

    void examplePosting()
    {
        PostingRepository repository(m_library->database());
        const auto postings = repository.list();
        QVERIFY(postings.ok());
        QCOMPARE(postings->size(), 1);
        const auto posting = repository.load(postings->first().id);
        QVERIFY(posting.ok());
        QVERIFY(!posting->isTemplate);
        QCOMPARE(posting->level, std::optional<Level>(Level::Mid));
        QCOMPARE(posting->locations.size(), 1);
        QCOMPARE(posting->locations.first().city, u"Austin"_s);
        QCOMPARE(posting->locations.first().workplace, Workplace::Hybrid);
        QCOMPARE(posting->salary.min, std::optional<double>(95000));
        QCOMPARE(posting->salary.max, std::optional<double>(140000));
        QCOMPARE(posting->sections.size(), 6);
    }

    void contextVariations()
    {
        const auto variations = GuideRepository(m_library->database()).contextVariations();
        QVERIFY(variations.ok());
        QCOMPARE(variations->size(), 3);
        QCOMPARE(variations->at(0).name, u"Corporate Environment"_s);
        QCOMPARE(variations->at(1).name, u"Startup Environment"_s);
        QCOMPARE(variations->at(2).name, u"Remote/Hybrid"_s);
        QVERIFY(variations->at(1).guidance.startsWith(
            u"Stress the opportunity to build systems from the ground up"_s));
    }

    void industries()
    {
        const auto industries = GuideRepository(m_library->database()).industries();
        QVERIFY(industries.ok());
        QStringList names;
        for (const IndustryConsideration &industry : *industries) {
            names.append(industry.name);
            QCOMPARE(industry.keyRequirements.size(), 3);
        }
        QCOMPARE(names,
                 (QStringList { u"Financial Services"_s, u"Healthcare"_s, u"E-commerce"_s,
                                u"SaaS/Technology"_s, u"Media/Entertainment"_s,
                                u"Manufacturing/IoT"_s }));
        QCOMPARE(industries->at(0).keyRequirements.at(1),
                 u"High-availability systems (99.99% uptime)"_s);
        QCOMPARE(industries->at(1).uniqueAspects,
                 u"Patient data security, interoperability standards"_s);
    }

    void compensationFactors()
    {
        const auto factors = GuideRepository(m_library->database()).compensationFactors();
        QVERIFY(factors.ok());
        QCOMPARE(factors->size(), 3);
        QCOMPARE(factors->at(0).name, u"Technology Stack Expertise"_s);
        QCOMPARE(factors->at(0).premiumMinPercent, std::optional<double>(15));
        QCOMPARE(factors->at(0).premiumMaxPercent, std::optional<double>(25));
        QCOMPARE(factors->at(1).name, u"Industry Experience"_s);
        QCOMPARE(factors->at(2).name, u"Company Stage"_s);
        QVERIFY(!factors->at(2).premiumMinPercent);
    }

    void questions()
    {
        const auto questions = QuestionRepository(m_library->database()).list();
        QVERIFY(questions.ok());
        QCOMPARE(questions->size(), 17);
        int technical = 0, behavioral = 0, culture = 0;
        for (const InterviewQuestion &question : *questions) {
            technical += question.category == QuestionCategory::Technical;
            behavioral += question.category == QuestionCategory::Behavioral;
            culture += question.category == QuestionCategory::Culture;
            QVERIFY(question.isBuiltin);
            QVERIFY(!question.evaluate.isEmpty());
        }
        QCOMPARE(technical, 8);
        QCOMPARE(behavioral, 5);
        QCOMPARE(culture, 4);
        QCOMPARE(questions->first().topic, u"System Design"_s);
        QCOMPARE(questions->first().text,
                 u"Design a URL shortening service like bit.ly. Walk me through your approach to "
                 "handling millions of requests per day."_s);
        QCOMPARE(questions->first().evaluate,
                 u"System architecture thinking, scalability considerations, database design"_s);
        QCOMPARE(questions->last().topic, u"Priorities"_s);
    }

    void sourcingAndRedFlags()
    {
        GuideRepository guide(m_library->database());
        const auto strategies = guide.sourcingStrategies();
        QVERIFY(strategies.ok());
        QCOMPARE(strategies->size(), 4);
        QCOMPARE(strategies->at(3).name, u"Referral Programs"_s);
        const auto flags = guide.redFlags();
        QVERIFY(flags.ok());
        QCOMPARE(flags->size(), 6);
        QCOMPARE(flags->at(0).name, u"Lack of Production Experience"_s);
        QCOMPARE(flags->at(5).name, u"Poor Database Understanding"_s);
        QCOMPARE(flags->at(2).description,
                 u"Shows little awareness of security best practices or data protection "
                 "requirements"_s);
    }
};

QTEST_GUILESS_MAIN(TestSeed)
#include "tst_seed.moc"
