#include "cli/CommandLine.h"

#include "cli/Commands.h"
#include "cli/PostingCommands.h"
#include "storage/Library.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <functional>

using namespace Qt::StringLiterals;

namespace hirekit::cli {

namespace {

// The translation context of this file's messages.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::cli)
};

struct Subcommand
{
    QString group;
    QString name; // empty for a one-word command (hirekit check)
    QString synopsis; // the positional part and options, for --help
    const char *description;
    QList<QCommandLineOption> options;
    std::function<int(Invocation &)> handler;
    // Names of the positional arguments after the two command words, e.g. "FILE.csv"; the
    // handler checks they are there.
    QStringList arguments = {};
    // Lays out text (PDF, HTML, ...): needs fonts, so main() starts a GUI application on the
    // offscreen platform instead of a bare QCoreApplication. Still no display.
    bool needsFonts = false;
};

QCommandLineOption jsonOption()
{
    return { u"json"_s, CliText::tr("Print machine-readable JSON.") };
}

const QList<Subcommand> &subcommands()
{
    static const QList<Subcommand> list {
        { u"postings"_s,
          u"list"_s,
          u"[--json]"_s,
          QT_TRANSLATE_NOOP("hirekit::cli", "List the postings."),
          { jsonOption() },
          listPostings },
        { u"postings"_s,
          u"export"_s,
          u"(ID --out FILE | --all --out-dir DIR) --format pdf|html|md|txt|json|jsonld "
          "[--page auto|a4|letter] [--pdfa]"_s,
          QT_TRANSLATE_NOOP("hirekit::cli",
                            "Export a posting, or all postings, as PDF, HTML, Markdown, plain "
                            "text, JSON or schema.org JSON-LD."),
          { { u"format"_s, CliText::tr("pdf, html, md, txt, json or jsonld."), u"FORMAT"_s },
            { u"out"_s, CliText::tr("The file to write."), u"FILE"_s },
            { u"all"_s, CliText::tr("Export every posting (not the templates).") },
            { u"out-dir"_s,
              CliText::tr("With --all: the folder to write to, created when missing."), u"DIR"_s },
            { u"page"_s,
              CliText::tr("PDF paper: auto (from the locale, the default), a4 or letter."),
              u"PAGE"_s },
            { u"pdfa"_s, CliText::tr("Write PDF/A-1b, for archiving.") } },
          exportPostings,
          { u"[ID]"_s },
          true },
        { u"postings"_s,
          u"import"_s,
          u"FILE.json"_s,
          QT_TRANSLATE_NOOP("hirekit::cli",
                            "Add the posting in FILE.json (the shape postings list --json "
                            "prints) and print its new id."),
          {},
          importPosting,
          { u"FILE.json"_s } },
        { u"check"_s,
          QString(),
          u"(--posting ID | --file TEXT_OR_MD_FILE) [--json]"_s,
          QT_TRANSLATE_NOOP("hirekit::cli",
                            "Check a posting, or a text or Markdown file: gender-coded wording, "
                            "readability, pay-transparency law, completeness."),
          { { u"posting"_s, CliText::tr("The posting to check (see postings list)."), u"ID"_s },
            { u"file"_s, CliText::tr("A plain-text or Markdown file to check."), u"FILE"_s },
            jsonOption() },
          checkPosting },
        { u"salaries"_s,
          u"list"_s,
          u"[--dataset NAME] [--city TEXT] [--role TEXT] [--level LEVEL] [--json]"_s,
          QT_TRANSLATE_NOOP("hirekit::cli", "List salary rows, filtered."),
          { { u"dataset"_s, CliText::tr("Only rows of the dataset NAME."), u"NAME"_s },
            { u"city"_s, CliText::tr("Only areas containing TEXT."), u"TEXT"_s },
            { u"role"_s, CliText::tr("Only roles containing TEXT."), u"TEXT"_s },
            { u"level"_s, CliText::tr("Only LEVEL: entry, mid, senior or staff."), u"LEVEL"_s },
            jsonOption() },
          listSalaries },
        { u"salaries"_s,
          u"import"_s,
          u"FILE.csv [--dataset NAME] [--format auto|bls|generic] [--year YEAR]"_s,
          QT_TRANSLATE_NOOP("hirekit::cli",
                            "Import a salary CSV (BLS OEWS or generic) as a new dataset."),
          { { u"dataset"_s, CliText::tr("Name of the new dataset (default: the file name)."),
              u"NAME"_s },
            { u"format"_s, CliText::tr("auto (the default), bls or generic."), u"FORMAT"_s },
            { u"year"_s, CliText::tr("Survey year (for BLS files guessed from the file name)."),
              u"YEAR"_s } },
          importSalaries,
          { u"FILE.csv"_s } },
        { u"salaries"_s,
          u"export"_s,
          u"--dataset NAME --out FILE.csv [--city TEXT] [--role TEXT] [--level LEVEL]"_s,
          QT_TRANSLATE_NOOP("hirekit::cli",
                            "Export a dataset, or its filtered rows, as a generic CSV file."),
          { { u"dataset"_s, CliText::tr("The dataset to export."), u"NAME"_s },
            { u"out"_s, CliText::tr("The CSV file to write."), u"FILE"_s },
            { u"city"_s, CliText::tr("Only areas containing TEXT."), u"TEXT"_s },
            { u"role"_s, CliText::tr("Only roles containing TEXT."), u"TEXT"_s },
            { u"level"_s, CliText::tr("Only LEVEL: entry, mid, senior or staff."), u"LEVEL"_s } },
          exportSalaries },
        { u"questions"_s,
          u"list"_s,
          u"[--json]"_s,
          QT_TRANSLATE_NOOP("hirekit::cli", "List the interview question bank."),
          { jsonOption() },
          listQuestions },
        { u"scorecards"_s,
          u"list"_s,
          u"[--posting ID] [--candidate TEXT] [--search WORDS] [--json]"_s,
          QT_TRANSLATE_NOOP("hirekit::cli", "List interview scorecards, newest first."),
          { { u"posting"_s, CliText::tr("Only scorecards for the posting ID."), u"ID"_s },
            { u"candidate"_s, CliText::tr("Only candidates whose name contains TEXT."), u"TEXT"_s },
            { u"search"_s,
              CliText::tr("Only scorecards whose notes or key takeaways have these words (or "
                          "words starting with them)."),
              u"WORDS"_s },
            jsonOption() },
          listScorecards },
        { u"scorecards"_s,
          u"new"_s,
          u"--posting ID --candidate NAME --interviewer NAME [--kit ID]"_s,
          QT_TRANSLATE_NOOP("hirekit::cli",
                            "Start a draft scorecard (the candidate is added when new) and "
                            "print its id."),
          { { u"posting"_s, CliText::tr("The posting interviewed for."), u"ID"_s },
            { u"candidate"_s, CliText::tr("The candidate's name."), u"NAME"_s },
            { u"interviewer"_s, CliText::tr("The interviewer's name."), u"NAME"_s },
            { u"kit"_s,
              CliText::tr("The interview kit (default: the posting's first kit, else "
                          "every question)."),
              u"ID"_s } },
          newScorecard },
        { u"scorecards"_s,
          u"rate"_s,
          u"ID --question QID --rating N [--note TEXT]"_s,
          QT_TRANSLATE_NOOP("hirekit::cli",
                            "Rate a question: 1 Strong No, 2 No, 3 Yes, 4 Strong Yes, 0 not "
                            "asked."),
          { { u"question"_s, CliText::tr("The question's id (see questions list)."), u"QID"_s },
            { u"rating"_s, CliText::tr("1 to 4, or 0 for not asked."), u"N"_s },
            { u"note"_s, CliText::tr("The note for the question."), u"TEXT"_s } },
          rateScorecard,
          { u"ID"_s } },
        { u"scorecards"_s,
          u"submit"_s,
          u"ID"_s,
          QT_TRANSLATE_NOOP("hirekit::cli", "Submit a scorecard; it becomes read-only."),
          {},
          submitScorecard,
          { u"ID"_s } },
        { u"scorecards"_s,
          u"export"_s,
          u"ID --format pdf|json --out FILE"_s,
          QT_TRANSLATE_NOOP("hirekit::cli", "Write a scorecard as PDF or JSON."),
          { { u"format"_s, CliText::tr("pdf or json."), u"FORMAT"_s },
            { u"out"_s, CliText::tr("The file to write."), u"FILE"_s } },
          exportScorecard,
          { u"ID"_s },
          true },
        { u"scorecards"_s,
          u"import"_s,
          u"FILE.json"_s,
          QT_TRANSLATE_NOOP("hirekit::cli",
                            "Merge a colleague's scorecard file (matched by its uuid; a newer "
                            "local version is never overwritten)."),
          {},
          importScorecard,
          { u"FILE.json"_s } },
        { u"db"_s,
          u"check"_s,
          QString(),
          QT_TRANSLATE_NOOP("hirekit::cli", "Check the library file's integrity."),
          {},
          checkDatabase },
        { u"db"_s,
          u"backup"_s,
          u"--out FILE"_s,
          QT_TRANSLATE_NOOP("hirekit::cli", "Write a consistent copy of the library to FILE."),
          { { u"out"_s, CliText::tr("The backup file to write."), u"FILE"_s } },
          backupDatabase },
        { u"db"_s,
          u"backups"_s,
          u"[--json]"_s,
          QT_TRANSLATE_NOOP("hirekit::cli", "List the library's automatic backups, newest first."),
          { jsonOption() },
          listBackups },
        { u"db"_s,
          u"restore"_s,
          u"FILE"_s,
          QT_TRANSLATE_NOOP("hirekit::cli",
                            "Replace the library with the backup FILE (checked first; the "
                            "library as it was is kept as a backup)."),
          {},
          restoreBackup,
          { u"FILE"_s } },
    };
    return list;
}

// Whether `words` (the positional words) name `command`: one word for a one-word command.
bool matches(const Subcommand &command, const QStringList &words)
{
    if (words.isEmpty() || command.group != words.at(0))
        return false;
    return command.name.isEmpty() || (words.size() >= 2 && command.name == words.at(1));
}

// Options whose next word is their value, not a command: the global ones and the window's
// (so that "hirekit --tab salaries" opens the window on its Salaries tab).
bool takesValue(const QString &argument)
{
    return argument == u"--db"_s || argument == u"--lang"_s || argument == u"--tab"_s
        || argument == u"--screenshot"_s;
}

// The positional words of `arguments`, skipping the program name, options and the values
// of the global options.
QStringList positionalWords(const QStringList &arguments)
{
    QStringList words;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument.startsWith(u'-')) {
            if (takesValue(argument))
                ++i;
            continue;
        }
        words.append(argument);
    }
    return words;
}

void addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption({ u"db"_s, CliText::tr("Use the library file PATH."), u"PATH"_s });
    parser.addOption({ u"lang"_s, CliText::tr("Use the language CODE (e.g. de)."), u"CODE"_s });
}

} // namespace

QString usage()
{
    return CliText::tr(
               "Usage: hirekit [--db PATH] [--lang CODE] [COMMAND ...]\n"
               "Hirekit, the offline hiring toolkit: job postings, salary tables and "
               "interview scorecards in one library file.\n\n"
               "Without a command, hirekit opens its window:\n"
               "  hirekit [--db PATH] [--lang CODE]\n"
               "  hirekit [--db PATH] --screenshot OUT.png [--tab postings|salaries|interviews]\n"
               "      Render the window offscreen to a PNG and exit.\n\n"
               "Options:\n"
               "  --db PATH      The library file (default: %1).\n"
               "  --lang CODE    The language of the interface, e.g. de.\n"
               "  -h, --help     Show this help; after a command, that command's options.\n"
               "  -v, --version  Show the version.\n\n")
               .arg(Library::defaultPath())
        + commandOverview();
}

QString commandOverview()
{
    QString text = CliText::tr("Commands:\n");
    for (const Subcommand &command : subcommands()) {
        const QString words =
            command.name.isEmpty() ? command.group : command.group + u' ' + command.name;
        text += u"  hirekit %1 %2\n      %3\n"_s.arg(
            words, command.synopsis,
            QCoreApplication::translate("hirekit::cli", command.description));
    }
    return text;
}

bool isSubcommand(const QStringList &arguments)
{
    const QStringList words = positionalWords(arguments);
    if (words.isEmpty())
        return false;
    for (const Subcommand &command : subcommands()) {
        if (command.group == words.first())
            return true;
    }
    return false;
}

bool isHeadless(const QStringList &arguments)
{
    if (isSubcommand(arguments))
        return true;
    for (const QString &argument : arguments.mid(1)) {
        if (argument == u"--help"_s || argument == u"-h"_s || argument == u"--version"_s
            || argument == u"-v"_s || argument == u"--help-all"_s)
            return true;
    }
    return false;
}

bool needsFonts(const QStringList &arguments)
{
    const QStringList words = positionalWords(arguments);
    for (const Subcommand &command : subcommands()) {
        if (matches(command, words))
            return command.needsFonts;
    }
    return false;
}

QString optionValue(const QStringList &arguments, const QString &name)
{
    const QString flag = u"--"_s + name;
    const QString prefix = flag + u'=';
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == flag && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(prefix))
            return arguments.at(i).mid(prefix.size());
    }
    return {};
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QStringList words = positionalWords(arguments);
    if (words.isEmpty()) {
        // No command: only --help and --version reach here (see isHeadless()).
        if (arguments.contains(u"--version"_s) || arguments.contains(u"-v"_s)) {
            out << u"hirekit "_s << QCoreApplication::applicationVersion() << '\n';
            return ExitOk;
        }
        out << usage();
        return ExitOk;
    }
    const Subcommand *match = nullptr;
    for (const Subcommand &command : subcommands()) {
        if (matches(command, words))
            match = &command;
    }
    if (!match) {
        if (words.size() >= 2)
            err << CliText::tr("hirekit: unknown command \"%1\".").arg(words.mid(0, 2).join(u' '))
                << '\n';
        else
            err << CliText::tr("hirekit: \"%1\" needs a subcommand.").arg(words.value(0)) << '\n';
        err << usage();
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("hirekit::cli", match->description));
    parser.addHelpOption();
    addGlobalOptions(parser);
    parser.addOptions(match->options);
    parser.addPositionalArgument(match->group, QString(), match->group);
    if (!match->name.isEmpty())
        parser.addPositionalArgument(match->name, QString(), match->name);
    for (const QString &argument : match->arguments)
        parser.addPositionalArgument(argument, QString(), argument);
    if (!parser.parse(arguments)) {
        err << u"hirekit: "_s << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return ExitOk;
    }
    const qsizetype allowed = (match->name.isEmpty() ? 1 : 2) + match->arguments.size();
    if (parser.positionalArguments().size() > allowed) {
        err << CliText::tr("hirekit: unexpected argument \"%1\".")
                   .arg(parser.positionalArguments().at(allowed))
            << '\n';
        return ExitUsage;
    }
    Invocation invocation { parser, out, err };
    return match->handler(invocation);
}

} // namespace hirekit::cli
