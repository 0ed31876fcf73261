#include "cli/PostingCommands.h"

#include "cli/CommandLine.h"
#include "cli/CommandSupport.h"
#include "io/JsonFile.h"
#include "io/PostingExport.h"
#include "io/PostingJson.h"
#include "storage/PostingRepository.h"
#include "storage/RevisionRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace hirekit::cli {

namespace {

// The translation context of this file's messages.
struct PostingCliText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::cli)
};

int usageError(Invocation &invocation, const QString &message)
{
    invocation.err << u"hirekit: "_s << message << '\n';
    return ExitUsage;
}

// One file to write: where, and what.
struct PendingFile
{
    QString path;
    QByteArray data;
};

// Removes the folders an export created (innermost first), once it has failed.
void removeFolders(const QStringList &createdFolders)
{
    for (auto it = createdFolders.crbegin(); it != createdFolders.crend(); ++it)
        QDir().rmdir(*it);
}

// Writes `files` and returns the ones that did not exist before. On the first failure it
// removes those and the folders the export created, so that a failed export leaves nothing.
Result<QStringList> writeAll(const QList<PendingFile> &files, const QStringList &createdFolders)
{
    QStringList written;
    for (const PendingFile &file : files) {
        const bool existed = QFileInfo::exists(file.path);
        if (Status status = writeFileAtomically(file.path, file.data); !status) {
            for (const QString &path : std::as_const(written))
                QFile::remove(path);
            removeFolders(createdFolders);
            return Error { status.error() };
        }
        if (!existed)
            written.append(file.path);
    }
    return written;
}

// Creates `path` and its missing parents; returns the folders it created, outermost first.
Result<QStringList> makeFolder(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists()) {
        if (!info.isDir())
            return Error {
                PostingCliText::tr("%1 is not a folder.").arg(QDir::toNativeSeparators(path))
            };
        return QStringList();
    }
    QStringList missing;
    for (QString folder = QDir(path).absolutePath(); !QFileInfo::exists(folder);
         folder = QFileInfo(folder).path())
        missing.prepend(folder);
    if (!QDir().mkpath(path)) {
        for (auto it = missing.crbegin(); it != missing.crend(); ++it)
            QDir().rmdir(*it);
        return Error {
            PostingCliText::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(path))
        };
    }
    return missing;
}

} // namespace

int exportPostings(Invocation &invocation)
{
    const QCommandLineParser &parser = invocation.parser;
    const QStringList ids = parser.positionalArguments().mid(2);
    const bool all = parser.isSet(u"all"_s);
    const QString formats = exportFormatKeys().join(u'|');

    if (!parser.isSet(u"format"_s))
        return usageError(invocation,
                          PostingCliText::tr("postings export needs --format %1.").arg(formats));
    const auto format = exportFormatFromKey(parser.value(u"format"_s));
    if (!format) {
        return usageError(invocation,
                          PostingCliText::tr("--format must be %1, not \"%2\".")
                              .arg(formats, parser.value(u"format"_s)));
    }
    ExportOptions options;
    options.pdfA = parser.isSet(u"pdfa"_s);
    const QString page = parser.value(u"page"_s).toLower();
    if (page == u"a4"_s)
        options.page = PageChoice::A4;
    else if (page == u"letter"_s)
        options.page = PageChoice::Letter;
    else if (!page.isEmpty() && page != u"auto"_s)
        return usageError(invocation,
                          PostingCliText::tr("--page must be auto, a4 or letter, "
                                             "not \"%1\".")
                              .arg(parser.value(u"page"_s)));

    qint64 id = 0;
    if (all) {
        if (!ids.isEmpty())
            return usageError(invocation,
                              PostingCliText::tr("postings export takes a posting "
                                                 "ID or --all, not both."));
        if (!parser.isSet(u"out-dir"_s) || parser.value(u"out-dir"_s).isEmpty())
            return usageError(invocation,
                              PostingCliText::tr("postings export --all needs --out-dir DIR."));
        if (parser.isSet(u"out"_s))
            return usageError(invocation,
                              PostingCliText::tr("--out names one file; with --all, "
                                                 "use --out-dir DIR."));
    } else {
        if (ids.isEmpty())
            return usageError(invocation,
                              PostingCliText::tr("postings export needs a posting "
                                                 "ID (see postings list) or --all."));
        if (!parser.isSet(u"out"_s) || parser.value(u"out"_s).isEmpty())
            return usageError(invocation, PostingCliText::tr("postings export needs --out FILE."));
        if (parser.isSet(u"out-dir"_s))
            return usageError(invocation,
                              PostingCliText::tr("--out-dir goes with --all; for one "
                                                 "posting, use --out FILE."));
        bool ok = false;
        id = ids.first().toLongLong(&ok);
        if (!ok || id <= 0)
            return usageError(invocation,
                              PostingCliText::tr("\"%1\" is not a posting id; ids "
                                                 "are whole numbers (see postings "
                                                 "list).")
                                  .arg(ids.first()));
    }

    const auto library = openLibrary(invocation, Library::OpenMode::OpenExisting);
    if (!library)
        return ExitFailure;
    PostingRepository postings(library->database());

    QList<Posting> selected;
    if (all) {
        const auto summaries = postings.list();
        if (!summaries)
            return fail(invocation, summaries.error());
        for (const PostingSummary &summary : *summaries) {
            auto posting = postings.load(summary.id);
            if (!posting)
                return fail(invocation, posting.error());
            selected.append(std::move(posting).value());
        }
    } else {
        auto posting = postings.load(id);
        if (!posting)
            return fail(invocation, posting.error());
        selected.append(std::move(posting).value());
    }

    // Everything is laid out before anything is written, so that a posting that cannot be
    // exported stops the command before it leaves files behind.
    QList<PendingFile> files;
    QStringList createdFolders;
    if (all) {
        const QString folder = parser.value(u"out-dir"_s);
        auto created = makeFolder(folder);
        if (!created)
            return fail(invocation, created.error());
        createdFolders = *created;
        const QDir dir(folder);
        for (const Posting &posting : std::as_const(selected)) {
            const QString path = dir.filePath(suggestedFileName(posting, *format));
            auto data = exportToBytes(posting, *format, options);
            if (!data) {
                removeFolders(createdFolders);
                return fail(invocation,
                            PostingCliText::tr("Cannot export posting %1 to %2: %3")
                                .arg(posting.id)
                                .arg(QDir::toNativeSeparators(path), data.error()));
            }
            files.append({ path, std::move(data).value() });
        }
    } else {
        const QString path = parser.value(u"out"_s);
        auto data = exportToBytes(selected.first(), *format, options);
        if (!data) {
            return fail(invocation,
                        PostingCliText::tr("Cannot export posting %1 to %2: %3")
                            .arg(id)
                            .arg(QDir::toNativeSeparators(path), data.error()));
        }
        files.append({ path, std::move(data).value() });
    }

    // Every export is kept in the history (built-in templates have none: they never change).
    // The revisions and the files go together: if the files cannot be written, the
    // revisions are rolled back.
    Transaction transaction(library->database());
    RevisionRepository revisions(library->database());
    for (const Posting &posting : std::as_const(selected)) {
        if (posting.isBuiltin)
            continue;
        if (auto kept = revisions.add(posting, RevisionReason::Export, toKey(*format)); !kept) {
            removeFolders(createdFolders);
            return fail(invocation, kept.error());
        }
    }
    const auto written = writeAll(files, createdFolders);
    if (!written)
        return fail(invocation, written.error());
    if (!transaction.commit()) {
        for (const QString &path : *written)
            QFile::remove(path);
        removeFolders(createdFolders);
        return fail(invocation,
                    PostingCliText::tr("Cannot record the export in %1: %2")
                        .arg(QDir::toNativeSeparators(library->path()), transaction.errorString()));
    }
    for (const PendingFile &file : std::as_const(files))
        invocation.out << PostingCliText::tr("Wrote %1").arg(QDir::toNativeSeparators(file.path))
                       << '\n';
    return ExitOk;
}

int importPosting(Invocation &invocation)
{
    const QStringList arguments = invocation.parser.positionalArguments().mid(2);
    if (arguments.isEmpty())
        return usageError(invocation, PostingCliText::tr("postings import needs a FILE.json."));
    const QString path = arguments.first();
    const QString shown = QDir::toNativeSeparators(path);

    // The file is read and checked before the library is touched: a bad file changes nothing.
    const auto object = readJsonObjectFile(shown, PostingCliText::tr("a posting"));
    if (!object)
        return fail(invocation, object.error());
    auto posting = postingFromJson(*object);
    if (!posting)
        return fail(invocation, u"%1: %2"_s.arg(shown, posting.error()));
    posting->id = 0;
    posting->isTemplate = false;
    posting->isBuiltin = false;

    const auto library = openLibrary(invocation, Library::OpenMode::OpenOrCreate);
    if (!library)
        return ExitFailure;
    const auto id = PostingRepository(library->database()).insert(*posting);
    if (!id)
        return fail(invocation, id.error());
    invocation.out << *id << '\n';
    return ExitOk;
}

} // namespace hirekit::cli
