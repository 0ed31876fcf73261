#include "analysis/PostingChecks.h"

#include "analysis/SpellChecker.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

double rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

} // namespace

PostingChecks runPostingChecks(const Posting &posting, const QDate &today,
                               const SpellChecker *spelling)
{
    PostingChecks checks;
    checks.prose = PostingProse(posting);
    const QString &prose = checks.prose.text();
    checks.genderCoding = analyseGenderCoding(prose);
    checks.readability = analyseReadability(prose);
    checks.payTransparency = checkPayTransparency(posting);
    checks.completeness = checkCompleteness(posting, today);
    if (spelling) {
        // The company writes its own name as it likes.
        checks.misspelled = spelling->misspelledWords(prose, { posting.companyName });
        checks.spellingChecked = true;
    }
    return checks;
}

PostingChecks runTextChecks(const QString &text, const QDate &today)
{
    static const QRegularExpression heading(u"^\\s{0,3}#{1,6}\\s+(.*)$"_s,
                                            QRegularExpression::MultilineOption);
    Posting posting;
    const QRegularExpressionMatch match = heading.match(text);
    QString body = text;
    if (match.hasMatch()) {
        posting.title = match.captured(1).trimmed();
        body.remove(match.capturedStart(), match.capturedLength());
    } else {
        const qsizetype end = text.trimmed().indexOf(u'\n');
        posting.title = stripInlineMarkdown(end < 0 ? text.trimmed() : text.trimmed().left(end));
    }
    posting.sections.append({ QString(), body });

    const QString prose = markdownToProse(text);
    PostingChecks checks;
    checks.genderCoding = analyseGenderCoding(prose);
    checks.readability = analyseReadability(prose);
    checks.completeness = checkCompleteness(posting, today, { false });
    return checks;
}

QJsonObject checksToJson(const PostingChecks &checks)
{
    const GenderCoding &coding = checks.genderCoding;
    QJsonObject gender {
        { u"verdict"_s, verdictLabel(coding.verdict) },
        { u"masculine_words"_s, QJsonArray::fromStringList(coding.masculineWords()) },
        { u"feminine_words"_s, QJsonArray::fromStringList(coding.feminineWords()) },
    };
    QJsonArray alternatives;
    QStringList seen;
    for (const TextWord &word : coding.masculine + coding.feminine) {
        const QString alternative = neutralAlternative(word.word);
        if (alternative.isEmpty() || seen.contains(word.word))
            continue;
        seen.append(word.word);
        alternatives.append(
            QJsonObject { { u"word"_s, word.word }, { u"alternative"_s, alternative } });
    }
    gender.insert(u"alternatives"_s, alternatives);

    const Readability &r = checks.readability;
    QJsonArray longest;
    for (const Sentence &sentence : r.longestSentences) {
        longest.append(QJsonObject { { u"text"_s, sentence.text },
                                     { u"position"_s, double(sentence.position) },
                                     { u"words"_s, sentence.words } });
    }
    const QJsonObject readability {
        { u"flesch_reading_ease"_s, rounded(r.fleschReadingEase) },
        { u"flesch_kincaid_grade"_s, rounded(r.fleschKincaidGrade) },
        { u"words"_s, r.words },
        { u"sentences"_s, r.sentences },
        { u"syllables"_s, r.syllables },
        { u"average_sentence_length"_s, rounded(r.averageSentenceLength) },
        { u"longest_sentences"_s, longest },
    };

    QJsonArray pay;
    for (const PayTransparencyFinding &finding : checks.payTransparency) {
        pay.append(QJsonObject {
            { u"jurisdiction"_s, finding.jurisdiction },
            { u"requirement"_s, finding.requirement },
            { u"ok"_s, finding.ok },
            { u"message"_s, finding.message },
            { u"location"_s, finding.location },
            { u"effective"_s, finding.effective.toString(Qt::ISODate) },
            { u"source"_s, finding.source },
        });
    }

    QJsonArray completeness;
    for (const CompletenessFinding &finding : checks.completeness) {
        completeness.append(QJsonObject {
            { u"field"_s, finding.field },
            { u"property"_s, finding.property },
            { u"ok"_s, finding.ok },
            { u"message"_s, finding.message },
        });
    }

    return {
        { u"gender_coding"_s, gender },
        { u"readability"_s, readability },
        { u"pay_transparency"_s, pay },
        { u"completeness"_s, completeness },
    };
}

} // namespace hirekit
