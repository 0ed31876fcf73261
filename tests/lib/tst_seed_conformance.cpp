// Reads the hiring guide itself (../shared/seed) and checks that every salary figure,
// question, red flag, sourcing strategy, context variation and template bullet in it
// arrives in a new library exactly. Label: conformance.

#include "storage/GuideRepository.h"
#include "storage/Library.h"
#include "storage/PostingRepository.h"
#include "storage/QuestionRepository.h"
#include "storage/SalaryRepository.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace hirekit;

namespace {

double money(const QString &text)
{
    QString digits = text;
    digits.remove(u',');
    return digits.toDouble();
}

// The lines of the guide between the line `from` and the line `to` (both exclusive).
QStringList linesBetween(const QStringList &lines, const QString &from, const QString &to)
{
    const qsizetype start = lines.indexOf(from);
    const qsizetype end = lines.indexOf(to, start + 1);
    if (start < 0 || end < 0)
        return {};
    return lines.mid(start + 1, end - start - 1);
}

QStringList bullets(const QStringList &lines)
{
    QStringList result;
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u"• "_s))
            result.append(trimmed.mid(2));
    }
    return result;
}

} // namespace

class TestSeedConformance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    QString m_guide;
    QStringList m_lines;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile file(QStringLiteral(HIREKIT_SHARED_DIR) + u"/seed/000_83aa46721999e75a.txt"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL(qPrintable(u"The hiring guide is missing: "_s + file.fileName()));
            QSKIP("The hiring guide (../shared/seed) is not here.");
        }
        m_guide = QString::fromUtf8(file.readAll());
        m_lines = m_guide.split(u'\n');
        auto library = Library::open(m_dir.filePath(u"seeded.sqlite"_s));
        QVERIFY2(library.ok(), qPrintable(library.error()));
        m_library = std::move(library).value();
    }

    void nationalRanges()
    {
        static const QRegularExpression pattern(
            u"• (Entry|Mid|Senior|Staff/Principal) Level[^:]*: \\$([\\d,]+) - \\$([\\d,]+)(\\+?)"_s);
        const QHash<QString, Level> levels { { u"Entry"_s, Level::Entry },
                                             { u"Mid"_s, Level::Mid },
                                             { u"Senior"_s, Level::Senior },
                                             { u"Staff/Principal"_s, Level::Staff } };
        int found = 0;
        for (auto it = pattern.globalMatch(m_guide); it.hasNext();) {
            const auto match = it.next();
            SalaryFilter filter;
            filter.area = u"United States"_s;
            filter.level = levels.value(match.captured(1));
            const auto rows = SalaryRepository(m_library->database()).rows(filter);
            QVERIFY(rows.ok());
            QCOMPARE(rows->size(), 1);
            QCOMPARE(rows->first().min, std::optional<double>(money(match.captured(2))));
            QCOMPARE(rows->first().max, std::optional<double>(money(match.captured(3))));
            QCOMPARE(rows->first().topCoded.contains(u"max"_s), !match.captured(4).isEmpty());
            ++found;
        }
        QCOMPARE(found, 4);
    }

    void metroRanges()
    {
        static const QRegularExpression row(
            u"\\| ([^|$-][^|$]*?) \\| \\$([\\d,]+) - \\$([\\d,]+) \\| \\$([\\d,]+) - \\$([\\d,]+) "
            "\\| \\$([\\d,]+) - \\$([\\d,]+) \\|"_s);
        int found = 0;
        for (auto it = row.globalMatch(m_guide); it.hasNext();) {
            const auto match = it.next();
            const QString area = match.captured(1).trimmed();
            const Level levels[] = { Level::Entry, Level::Mid, Level::Senior };
            for (int i = 0; i < 3; ++i) {
                SalaryFilter filter;
                filter.area = area;
                filter.level = levels[i];
                const auto rows = SalaryRepository(m_library->database()).rows(filter);
                QVERIFY(rows.ok());
                QCOMPARE(rows->size(), 1);
                QCOMPARE(rows->first().area, area);
                QCOMPARE(rows->first().min,
                         std::optional<double>(money(match.captured(2 + 2 * i))));
                QCOMPARE(rows->first().max,
                         std::optional<double>(money(match.captured(3 + 2 * i))));
            }
            ++found;
        }
        QCOMPARE(found, 8);
    }

    void questions()
    {
        static const QRegularExpression pattern(
            u"^\\s*\\d+\\. ([^:]+): \"(.+)\" Evaluate: (.+?)\\s*$"_s,
            QRegularExpression::MultilineOption);
        const auto questions = QuestionRepository(m_library->database()).list();
        QVERIFY(questions.ok());
        qsizetype index = 0;
        for (auto it = pattern.globalMatch(m_guide); it.hasNext(); ++index) {
            const auto match = it.next();
            QVERIFY(index < questions->size());
            const InterviewQuestion &question = questions->at(index);
            QCOMPARE(question.topic, match.captured(1));
            QCOMPARE(question.text, match.captured(2));
            QCOMPARE(question.evaluate, match.captured(3));
        }
        QCOMPARE(index, 17);
        QCOMPARE(questions->size(), 17);
    }

    void redFlagsAndSourcing()
    {
        GuideRepository guide(m_library->database());
        const auto flags = guide.redFlags();
        QVERIFY(flags.ok());
        const QStringList flagLines =
            bullets(linesBetween(m_lines, u"Red Flags to Avoid"_s, u"FAQ Section"_s));
        QCOMPARE(flagLines.size(), 6);
        for (qsizetype i = 0; i < flagLines.size(); ++i)
            QCOMPARE(flags->at(i).name + u": "_s + flags->at(i).description, flagLines.at(i));

        const auto strategies = guide.sourcingStrategies();
        QVERIFY(strategies.ok());
        const QStringList strategyLines =
            bullets(linesBetween(m_lines, u"Sourcing Strategies"_s, u"Red Flags to Avoid"_s));
        QCOMPARE(strategyLines.size(), 4);
        for (qsizetype i = 0; i < strategyLines.size(); ++i) {
            QCOMPARE(strategies->at(i).name + u": "_s + strategies->at(i).description,
                     strategyLines.at(i));
        }
    }

    void contextVariations()
    {
        const auto variations = GuideRepository(m_library->database()).contextVariations();
        QVERIFY(variations.ok());
        QCOMPARE(variations->size(), 3);
        for (const ContextVariation &variation : *variations)
            QVERIFY2(m_lines.contains(variation.name + u": "_s + variation.guidance),
                     qPrintable(variation.name));
    }

    void templateCarriesEveryBullet()
    {
        PostingRepository repository(m_library->database());
        const auto templates = repository.templates();
        QVERIFY(templates.ok() && !templates->isEmpty());
        const auto posting = repository.load(templates->first().id);
        QVERIFY(posting.ok());
        QString bodies;
        for (const PostingSection &section : posting->sections)
            bodies += section.body + u'\n';
        const QStringList guideBullets =
            bullets(linesBetween(m_lines, u"Overview"_s, u"Context Variations"_s));
        // 6 highlights, 24 responsibilities, 23 requirements, 14 offers.
        QCOMPARE(guideBullets.size(), 67);
        for (const QString &bullet : guideBullets)
            QVERIFY2(bodies.contains(u"- "_s + bullet + u'\n'), qPrintable(bullet));
    }
};

QTEST_GUILESS_MAIN(TestSeedConformance)
#include "tst_seed_conformance.moc"
