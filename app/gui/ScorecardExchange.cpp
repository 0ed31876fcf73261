#include "gui/ScorecardExchange.h"

#include "gui/FileDialogs.h"
#include "gui/MessageBoxes.h"
#include "io/JsonFile.h"
#include "io/ScorecardJson.h"
#include "render/PostingPdf.h"
#include "storage/Library.h"
#include "storage/PostingRepository.h"
#include "storage/QuestionRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace hirekit::scorecardExchange {

namespace {

// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::ScorecardExchange)
};

// A file name from people's names: letters, digits and dashes only, so it is valid on
// every file system.
QString suggestedName(const QStringList &parts, const QString &suffix)
{
    QString name = parts.join(u'-');
    name.replace(QRegularExpression(u"[^\\w]+"_s), u"-"_s);
    name = name.trimmed();
    while (name.startsWith(u'-'))
        name.remove(0, 1);
    while (name.endsWith(u'-'))
        name.chop(1);
    if (name.isEmpty())
        name = u"scorecard"_s;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(name + u'.' + suffix);
}

QString withSuffix(QString path, const QString &suffix)
{
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    return path;
}

bool writePdf(QWidget *parent, QTextDocument &document, const QString &path)
{
    if (const auto written = exportDocumentPdf(document, path); !written) {
        MessageBoxes::critical(parent, Text::tr("Cannot Export PDF"), written.error());
        return false;
    }
    return true;
}

} // namespace

ScorecardContext context(const Library &library, std::optional<qint64> postingId)
{
    ScorecardContext result;
    if (const auto questions = QuestionRepository(library.database()).list()) {
        for (const InterviewQuestion &question : *questions)
            result.questions.insert(question.id, question);
    }
    if (postingId) {
        if (const auto posting = PostingRepository(library.database()).load(*postingId))
            result.postingTitle = posting->title;
    }
    return result;
}

bool exportScorecardPdf(QWidget *parent, const Library &library, const Scorecard &scorecard)
{
    QString path = FileDialogs::getSaveFileName(
        parent, Text::tr("Export Scorecard"),
        suggestedName({ scorecard.candidateName, scorecard.interviewer }, u"pdf"_s),
        Text::tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    QTextDocument document;
    renderScorecard(document, scorecard, context(library, scorecard.postingId));
    return writePdf(parent, document, withSuffix(path, u"pdf"_s));
}

bool exportDebriefPdf(QWidget *parent, const Library &library, const QString &candidate,
                      std::optional<qint64> postingId, const Debrief &debrief)
{
    QString path =
        FileDialogs::getSaveFileName(parent, Text::tr("Export Debrief"),
                                     suggestedName({ candidate, Text::tr("debrief") }, u"pdf"_s),
                                     Text::tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    QTextDocument document;
    renderDebrief(document, candidate, debrief, context(library, postingId));
    return writePdf(parent, document, withSuffix(path, u"pdf"_s));
}

bool exportScorecardJson(QWidget *parent, const Library &library, const Scorecard &scorecard)
{
    QString path = FileDialogs::getSaveFileName(
        parent, Text::tr("Export Scorecard as JSON"),
        suggestedName({ scorecard.candidateName, scorecard.interviewer }, u"json"_s),
        Text::tr("JSON files (*.json)"));
    if (path.isEmpty())
        return false;
    path = withSuffix(path, u"json"_s);
    // Question texts travel with the answers, so another library can match its questions.
    QHash<qint64, QString> texts;
    const ScorecardContext known = context(library, std::nullopt);
    for (auto it = known.questions.cbegin(); it != known.questions.cend(); ++it)
        texts.insert(it.key(), it->text);
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(scorecardToJson(scorecard, texts)).toJson());
        if (file.commit())
            return true;
    }
    MessageBoxes::critical(
        parent, Text::tr("Cannot Export Scorecard"),
        Text::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return false;
}

std::optional<MergeOutcome> importScorecardJson(QWidget *parent, Library &library)
{
    const QString path = FileDialogs::getOpenFileName(
        parent, Text::tr("Import Scorecard"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        Text::tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return std::nullopt;
    const QString title = Text::tr("Cannot Import Scorecard");
    // The same reader as the command line's: line and column, duplicate keys, size limit.
    const auto object =
        hirekit::readJsonObjectFile(QDir::toNativeSeparators(path), Text::tr("a scorecard"));
    if (!object) {
        MessageBoxes::critical(parent, title, object.error());
        return std::nullopt;
    }
    const auto merged = hirekit::importScorecardJson(library.database(), *object);
    if (!merged) {
        MessageBoxes::critical(
            parent, title, Text::tr("%1: %2").arg(QDir::toNativeSeparators(path), merged.error()));
        return std::nullopt;
    }
    MessageBoxes::information(parent, Text::tr("Scorecard Imported"), describe(merged.value()));
    return merged.value();
}

QString describe(MergeOutcome outcome)
{
    switch (outcome) {
    case MergeOutcome::Created:
        return Text::tr("The scorecard was new here and has been added.");
    case MergeOutcome::Updated:
        return Text::tr("The file held a newer version of a scorecard already here; it has "
                        "replaced the older one.");
    case MergeOutcome::Unchanged:
        return Text::tr("The scorecard is here already, exactly as in the file; nothing "
                        "changed.");
    case MergeOutcome::KeptLocalNewer:
        return Text::tr("The scorecard here is newer than the one in the file (or was changed "
                        "at the same time); it was kept and nothing changed.");
    }
    return {};
}

} // namespace hirekit::scorecardExchange
