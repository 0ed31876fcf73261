// hirekit check: the posting checks (lib/analysis/PostingChecks) on a posting of the library
// or on a text or Markdown file, as readable text or as PRODUCT.md's JSON.

#include "analysis/PostingChecks.h"
#include "cli/CommandLine.h"
#include "cli/CommandSupport.h"
#include "storage/PostingRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace hirekit::cli {

namespace {

struct CheckCliText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::cli)
};

int usageError(Invocation &invocation, const QString &message)
{
    invocation.err << u"hirekit: "_s << message << '\n';
    return ExitUsage;
}

QString mark(bool ok)
{
    return ok ? u"ok  "_s : u"MISS"_s;
}

void printText(QTextStream &out, const PostingChecks &checks)
{
    const GenderCoding &coding = checks.genderCoding;
    out << CheckCliText::tr("Gender-coded wording: %1").arg(verdictLabel(coding.verdict)) << '\n';
    out << CheckCliText::tr("  masculine-coded: %1")
               .arg(coding.masculine.isEmpty() ? CheckCliText::tr("none")
                                               : coding.masculineWords().join(u", "_s))
        << '\n';
    out << CheckCliText::tr("  feminine-coded: %1")
               .arg(coding.feminine.isEmpty() ? CheckCliText::tr("none")
                                              : coding.feminineWords().join(u", "_s))
        << '\n';
    QStringList suggested;
    for (const TextWord &word : coding.masculine + coding.feminine) {
        const QString alternative = neutralAlternative(word.word);
        const QString line = u"%1 -> %2"_s.arg(word.word, alternative);
        if (!alternative.isEmpty() && !suggested.contains(line))
            suggested.append(line);
    }
    if (!suggested.isEmpty())
        out << CheckCliText::tr("  consider: %1").arg(suggested.join(u"; "_s)) << '\n';

    const Readability &r = checks.readability;
    out << '\n'
        << CheckCliText::tr("Readability: Flesch reading ease %1, Flesch-Kincaid grade %2")
               .arg(r.fleschReadingEase, 0, 'f', 1)
               .arg(r.fleschKincaidGrade, 0, 'f', 1)
        << '\n';
    out << CheckCliText::tr("  %1 words, %2 sentences, %3 syllables; %4 words per sentence")
               .arg(r.words)
               .arg(r.sentences)
               .arg(r.syllables)
               .arg(r.averageSentenceLength, 0, 'f', 1)
        << '\n';
    for (const Sentence &sentence : r.longestSentences) {
        out << CheckCliText::tr("  longest (%1 words): %2").arg(sentence.words).arg(sentence.text)
            << '\n';
    }

    out << '\n' << CheckCliText::tr("Pay transparency:") << '\n';
    if (checks.payTransparency.isEmpty())
        out << CheckCliText::tr("  no rule applies to the posting's locations") << '\n';
    for (const PayTransparencyFinding &finding : checks.payTransparency)
        out << u"  ["_s << mark(finding.ok) << u"] "_s << finding.message << '\n';

    out << '\n' << CheckCliText::tr("Completeness (job boards, schema.org JobPosting):") << '\n';
    for (const CompletenessFinding &finding : checks.completeness)
        out << u"  ["_s << mark(finding.ok) << u"] "_s << finding.message << '\n';
}

} // namespace

int checkPosting(Invocation &invocation)
{
    const QCommandLineParser &parser = invocation.parser;
    const bool byPosting = parser.isSet(u"posting"_s);
    const bool byFile = parser.isSet(u"file"_s);
    if (byPosting == byFile)
        return usageError(invocation,
                          CheckCliText::tr("check needs either --posting ID or --file FILE "
                                           "(one of them)."));

    PostingChecks checks;
    if (byPosting) {
        const QString value = parser.value(u"posting"_s);
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok || id <= 0)
            return usageError(invocation,
                              CheckCliText::tr("\"%1\" is not a posting id; ids are whole "
                                               "numbers (see postings list).")
                                  .arg(value));
        const auto library = openLibrary(invocation, Library::OpenMode::OpenExisting);
        if (!library)
            return ExitFailure;
        const auto posting = PostingRepository(library->database()).load(id);
        if (!posting)
            return fail(invocation, posting.error());
        checks = runPostingChecks(*posting);
    } else {
        const QString path = parser.value(u"file"_s);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return fail(invocation,
                        CheckCliText::tr("Cannot read %1: %2")
                            .arg(QDir::toNativeSeparators(path), file.errorString()));
        checks = runTextChecks(QString::fromUtf8(file.readAll()));
    }

    if (wantsJson(invocation)) {
        invocation.out << QString::fromUtf8(
            QJsonDocument(checksToJson(checks)).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    printText(invocation.out, checks);
    return ExitOk;
}

} // namespace hirekit::cli
