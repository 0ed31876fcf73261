// No SQL is built from strings with values in it: every SQL text in lib/ and app/ is a literal,
// or literals joined with code that is known to hold no user value (a column list, a
// placeholder list "?, ?, ?" made from a count, a table name from a fixed list). The scan
// finds SQL-looking literals (an SQL keyword in capitals) and every operand joined to them
// with + or += or given to their .arg(), and every non-literal SQL passed to QSqlQuery's
// exec()/prepare() or SQLite's prepare; each such operand must be on the allow-list below,
// for its file, with the reason it is safe. Anything else fails naming file:line.

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Allowed
{
    const char *file; // path under the source folder
    const char *operand; // the code joined to SQL text
    const char *reason;
};

// Each entry was reviewed: the operand is made by code from constants, never from a value a
// person typed or a file held. User values are bound with ? and addBindValue()/bindValue().
constexpr Allowed allowList[] = {
    { "lib/storage/Migrations.cpp", "statement",
      "one statement of a migration script compiled into the binary (resources/migrations)" },
    { "lib/storage/Migrations.cpp", "to",
      "PRAGMA user_version takes no parameter; `to` is an int, the migration's number" },
    { "lib/storage/Library.cpp", "ApplicationId",
      "PRAGMA application_id takes no parameter; a constexpr int of Library" },
    { "lib/storage/Library.cpp", "pragma", "one of the PRAGMA literals of the loop above it" },
    { "lib/storage/LibraryConnection.cpp", "pragma",
      "one of the PRAGMA literals of the loop above it" },
    { "lib/storage/BulkWrite.cpp", "CacheMegabytes",
      "PRAGMA cache_size takes no parameter; a constexpr int" },
    { "lib/storage/BulkWrite.cpp", "m_previousCacheSize",
      "PRAGMA cache_size takes no parameter; the int PRAGMA cache_size returned before" },
    { "lib/storage/Transaction.cpp", "m_name",
      "the savepoint's name: \"hk_sp_\" and a process-wide counter" },
    { "lib/storage/Transaction.cpp", "sql",
      "the parameter of Transaction::exec, which this file calls with its literals and "
      "m_name only" },
    { "lib/storage/GuideRepository.cpp", "sql",
      "the parameter of GuideRepository::exec, which this file calls with literals only" },
    { "lib/storage/CandidateRepository.cpp", "what",
      "select()'s parameter: one of this file's two constant column lists (columns, "
      "listedColumns)" },
    { "lib/storage/SalaryRepository.cpp", "rowColumns",
      "a constant column list of SalaryRowSql.cpp" },
    { "lib/storage/SalaryRepository.cpp", "placeholders",
      "\"?, ?, ?\": as many placeholders as values, which are bound" },
    { "lib/storage/SalaryRepository.cpp", "where",
      "a SqlWhere made by this file's whereClause(): column conditions with ? placeholders, "
      "values bound from where.values" },
    { "lib/storage/SalaryRepository.cpp", "where->sql",
      "the same SqlWhere, through a Result (whereFor() of SalaryRowSql.cpp)" },
    { "lib/storage/SalaryRepository.cpp", "orderFor",
      "ORDER BY columns from a switch over the SalarySortKey enum, and ASC or DESC" },
    { "lib/storage/SalaryRowSql.cpp", "column",
      "the parameter of whereFor()'s addList, called with the literals r.area and r.role" },
    { "lib/storage/SalaryRowSql.cpp", "placeholders",
      "\"?, ?, ?\": as many placeholders as values, which are bound" },
    { "lib/storage/SqlRows.cpp", "statement",
      "forEachRow()'s parameter: its callers pass statements of literals and allow-listed "
      "operands, with the values bound" },
    { "lib/storage/SqlRows.cpp", "utf8", "that statement, in UTF-8 for sqlite3_prepare_v2" },
    { "lib/storage/SalaryRowWriter.cpp", "insertRowSql", "a constant INSERT of this file" },
    { "lib/storage/SalaryRowWriter.cpp", "sql",
      "the statement text this function assembled from the entries above" },
    { "lib/storage/SalaryValueCounts.cpp", "placeholders",
      "readCountedRows(): \"?, ?, ?\" for the row ids, which are bound" },
    { "lib/storage/SalaryRepository.cpp", "list",
      "removeRows(): placeholders(chunk.size()), \"?, ?\" for the row ids, which are bound" },
    { "lib/storage/SalaryRepository.cpp", "trashed",
      "emptyTrashWhere()'s SELECT of the trashed dataset ids, whose values are bound" },
    { "lib/storage/SalaryRepository.cpp", "condition",
      "emptyTrashWhere()'s parameter: literal conditions with ? placeholders from emptyTrash() "
      "and emptyTrashDeletedBefore()" },
    { "lib/storage/QuestionRepository.cpp", "table",
      "a table name from the fixed list { question_rubric_anchors, question_follow_ups } "
      "in the loop above it" },
    { "lib/storage/CandidateRepository.cpp", "statement",
      "one of the DELETE literals of the loop above it" },
    { "lib/storage/CandidateRepository.cpp", "rest",
      "select()'s parameter: load() and find() pass literal WHERE and ORDER BY clauses with "
      "? placeholders and bind the values; page() passes whereFor()'s and orderBy()'s" },
    { "lib/storage/CandidateRepository.cpp", "conditions.join",
      "whereFor()'s literal conditions with ? placeholders, whose values are bound" },
    { "lib/storage/CandidateRepository.cpp", "where",
      "page()'s and count()'s WHERE, from whereFor() above" },
    { "lib/storage/CandidateRepository.cpp", "way", "orderBy()'s \" DESC\" or nothing" },
    { "lib/storage/CandidateRepository.cpp", "orderBy",
      "a literal ORDER BY from a switch over CandidateOrder::Key, and \" DESC\" or nothing" },
    { "lib/storage/PostingRepository.cpp", "where",
      "summaries()'s parameter: list() and templates() pass literals with ? placeholders and "
      "bind the values (the search text as an FTS5 query)" },
    { "lib/storage/PostingRepository.cpp", "order",
      "summaries()'s parameter: a literal ORDER BY from list() or templates()" },
    { "lib/storage/PostingRepository.cpp", "postings",
      "summaries()'s FROM: the postings table, or a subquery of it built from `where` and "
      "`order` above with the limit bound" },
    { "lib/storage/PostingRepository.cpp", "joinedWhere",
      "summaries()'s WHERE: `where` above, or nothing when the subquery already applies it" },
    { "lib/storage/PostingRepository.cpp", "table",
      "a table name from the fixed list { posting_locations, posting_sections } above it" },
    { "lib/storage/ScorecardRepository.cpp", "sql",
      "the parameter of this file's run(), called with literals and the .arg(table) below" },
    { "lib/storage/ScorecardRepository.cpp", "where",
      "whereClause() or summary()'s literal, with summariesPage()'s and hiddenCount()'s "
      "literal conditions: literals with ? placeholders; the name pattern, the FTS5 query, "
      "the viewer's name and the page's start are bound" },
    { "lib/storage/ScorecardRepository.cpp", "visibleWhere",
      "whereClause() with a literal condition and ViewerDraftCandidates; values bound" },
    { "lib/storage/ScorecardRepository.cpp", "ViewerDraftCandidates",
      "a constant subquery of this file with ? placeholders, bound with draftValues()" },
    { "lib/storage/ScorecardRepository.cpp", "matching",
      "a literal SELECT joined with that where" },
    { "lib/storage/ScorecardRepository.cpp", "table",
      "a table name from the fixed list { scorecard_answers, scorecard_red_flags } above it" },
    { "lib/storage/LibraryBackups.cpp", "sql", "a constant query of this file" },
};

// A literal stands in the scanned text as @N@; N indexes the literals found.
struct Literal
{
    QString text;
    int line = 0;
};

struct Scanned
{
    QString code; // comments removed, literals replaced
    QList<Literal> literals;
    QList<int> lineOf; // the line of each character of `code`
};

// Removes comments and replaces string literals (adjacent ones joined, u/L/u8 prefixes,
// _s suffixes and QStringLiteral() wrappers dropped) by @N@ tokens.
Scanned scan(const QString &source)
{
    Scanned out;
    int line = 1;
    const auto put = [&](QChar c) {
        out.code.append(c);
        out.lineOf.append(line);
    };
    const qsizetype size = source.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = source.at(i);
        if (c == u'\n')
            ++line;
        if (c == u'/' && i + 1 < size && source.at(i + 1) == u'/') {
            while (i < size && source.at(i) != u'\n')
                ++i;
            --i;
            continue;
        }
        if (c == u'/' && i + 1 < size && source.at(i + 1) == u'*') {
            i += 2;
            while (i + 1 < size && !(source.at(i) == u'*' && source.at(i + 1) == u'/')) {
                if (source.at(i) == u'\n')
                    ++line;
                ++i;
            }
            ++i;
            continue;
        }
        if (c == u'\'') { // a character literal, such as '"' or u')'
            static const QRegularExpression charPrefix(u"(?<![\\w])(u8|u|U|L)$"_s);
            const auto prefixed = charPrefix.match(out.code.right(3));
            if (prefixed.hasMatch()) {
                out.code.chop(prefixed.capturedLength(1));
                out.lineOf.resize(out.code.size());
            }
            put(c);
            put(u'c');
            for (++i; i < size && source.at(i) != u'\''; ++i) {
                if (source.at(i) == u'\\')
                    ++i;
            }
            put(u'\'');
            continue;
        }
        if (c != u'"') {
            put(c);
            continue;
        }
        // A string literal: drop an encoding prefix already emitted.
        static const QRegularExpression prefix(u"(?<![\\w])(u8|u|U|L)$"_s);
        const auto match = prefix.match(out.code.right(3));
        if (match.hasMatch()) {
            out.code.chop(match.capturedLength(1));
            out.lineOf.resize(out.code.size());
        }
        const int startLine = line;
        QString text;
        for (++i; i < size && source.at(i) != u'"'; ++i) {
            if (source.at(i) == u'\\' && i + 1 < size) {
                text.append(source.at(i + 1));
                ++i;
                continue;
            }
            text.append(source.at(i));
        }
        // Adjacent literals ("a" "b") are one literal.
        static const QRegularExpression previous(u"@(\\d+)@\\s*$"_s);
        const auto joined = previous.match(out.code);
        if (joined.hasMatch()) {
            out.literals[joined.captured(1).toInt()].text += text;
            continue;
        }
        const QString token = u"@%1@"_s.arg(out.literals.size());
        out.literals.append({ text, startLine });
        for (const QChar t : token)
            put(t);
    }
    // u"..."_s and QStringLiteral("...") are the literal itself.
    static const QRegularExpression suffix(u"(@\\d+@)\\s*_s\\b"_s);
    static const QRegularExpression wrapper(u"QStringLiteral\\(\\s*(@\\d+@)\\s*\\)"_s);
    for (const auto *pattern : { &suffix, &wrapper }) {
        for (;;) {
            const auto match = pattern->match(out.code);
            if (!match.hasMatch())
                break;
            const qsizetype from = match.capturedStart(0);
            const qsizetype length = match.capturedLength(0);
            out.code.replace(from, length, match.captured(1));
            out.lineOf.remove(from + match.capturedLength(1), length - match.capturedLength(1));
        }
    }
    return out;
}

bool looksLikeSql(const QString &text)
{
    static const QRegularExpression sql(
        u"^\\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|WITH|BEGIN|COMMIT|"
        "SAVEPOINT|RELEASE|ROLLBACK|VACUUM|EXPLAIN|REPLACE|ATTACH|DETACH|ANALYZE|REINDEX)\\b"
        "|\\b(FROM|WHERE|VALUES|ORDER BY|GROUP BY|LIMIT|OFFSET|AND|OR|IN|JOIN|SET)\\b"_s);
    return sql.match(text).hasMatch();
}

struct Finding
{
    int line = 0;
    QString operand;
    QString context;
};

// An operand: an identifier chain (a.b, a->b, a::b), perhaps called.
const QString IdChain = u"[A-Za-z_]\\w*(?:(?:\\.|->|::)[A-Za-z_]\\w*)*"_s;
const QString Call = u"(?:\\((?:[^()]|\\((?:[^()]|\\([^()]*\\))*\\))*\\))?"_s;

QList<Finding> findingsIn(const Scanned &file)
{
    QList<Finding> findings;
    const QString &code = file.code;
    // Statements: split at ; and braces, so a concatenation is looked at as a whole.
    static const QRegularExpression statementEnd(u"[;{}]"_s);
    static const QRegularExpression literalToken(u"@(\\d+)@"_s);
    static const QRegularExpression rightOperand(u"\\+=?\\s*("_s + IdChain + u")"_s);
    static const QRegularExpression leftOperand(u"("_s + IdChain + u")"_s + Call
                                                + u"\\s*\\+(?!=)"_s);
    static const QRegularExpression argCall(u"@\\d+@\\s*\\.arg\\("_s);
    static const QRegularExpression queryVar(u"\\bQSqlQuery\\s+(\\w+)"_s);
    qsizetype start = 0;
    QStringList queries;
    for (auto it = queryVar.globalMatch(code); it.hasNext();)
        queries.append(it.next().captured(1));
    while (start < code.size()) {
        qsizetype end = code.indexOf(statementEnd, start);
        if (end < 0)
            end = code.size();
        const QString statement = code.mid(start, end - start);
        const auto lineAt = [&](qsizetype offset) { return file.lineOf.value(start + offset); };

        bool sql = false;
        for (auto it = literalToken.globalMatch(statement); it.hasNext();) {
            if (looksLikeSql(file.literals.at(it.next().captured(1).toInt()).text))
                sql = true;
        }
        if (sql) {
            for (const auto *pattern : { &rightOperand, &leftOperand }) {
                for (auto it = pattern->globalMatch(statement); it.hasNext();) {
                    const auto match = it.next();
                    findings.append({ lineAt(match.capturedStart(1)), match.captured(1),
                                      statement.simplified() });
                }
            }
            for (auto it = argCall.globalMatch(statement); it.hasNext();) {
                const auto match = it.next();
                // The .arg() arguments, split at top-level commas.
                qsizetype pos = match.capturedEnd(0);
                int depth = 0;
                QString argument;
                for (; pos < statement.size(); ++pos) {
                    const QChar c = statement.at(pos);
                    if ((c == u',' || c == u')') && depth == 0) {
                        static const QRegularExpression lead(u"^\\s*("_s + IdChain + u")"_s);
                        const auto name = lead.match(argument);
                        if (name.hasMatch())
                            findings.append(
                                { lineAt(pos), name.captured(1), statement.simplified() });
                        argument.clear();
                        if (c == u')')
                            break;
                        continue;
                    }
                    depth += c == u'(' ? 1 : c == u')' ? -1 : 0;
                    argument.append(c);
                }
            }
        }
        // SQL handed over in a variable: query.exec(x), query.prepare(x), sqlite3_prepare_v2(h, x.
        QStringList receivers;
        for (const QString &query : std::as_const(queries))
            receivers.append(QRegularExpression::escape(query));
        if (!receivers.isEmpty()) {
            const QRegularExpression handedOver(
                u"(?:\\b(?:"_s + receivers.join(u'|')
                + u")\\.(?:exec|prepare)\\(|\\bsqlite3_(?:prepare_"
                  u"v2|prepare_v3|exec)\\(\\s*\\w+\\s*,)"
                  "\\s*(\\w+)(?:(?:\\.|->)\\w+(?:\\(\\))?)*\\s*[,)]"_s);
            for (auto it = handedOver.globalMatch(statement); it.hasNext();) {
                const auto match = it.next();
                findings.append(
                    { lineAt(match.capturedStart(1)), match.captured(1), statement.simplified() });
            }
        }
        start = end + 1;
    }
    return findings;
}

} // namespace

class TestSqlStrings : public QObject
{
    Q_OBJECT

private slots:
    void scannerFindsConcatenation()
    {
        // The scan itself: a value joined to SQL, or given to its arg(), is found.
        const Scanned file = scan(uR"(QSqlQuery query(db);
query.prepare(u"SELECT id FROM postings WHERE title = '"_s + title + u"'"_s);
query.exec(QStringLiteral("DELETE FROM candidates WHERE name = '%1'").arg(name));
query.exec(text);
QString sql = u"SELECT 1"_s;
sql += u" AND x = "_s + other;
query.prepare(u"SELECT id FROM postings WHERE title = ?"_s);
)"_s);
        QStringList operands;
        for (const Finding &finding : findingsIn(file))
            operands.append(u"%1:%2"_s.arg(finding.line).arg(finding.operand));
        operands.sort();
        operands.removeDuplicates();
        QCOMPARE(operands, (QStringList { u"2:title"_s, u"3:name"_s, u"4:text"_s, u"6:other"_s }));
    }

    void noSqlIsBuiltFromValues()
    {
        const QString root = QStringLiteral(HIREKIT_SOURCE_DIR);
        QStringList problems;
        QSet<QString> used;
        int files = 0;
        for (const QString &folder : { u"lib"_s, u"app"_s }) {
            QDirIterator it(root + u'/' + folder, { u"*.cpp"_s, u"*.h"_s }, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QString relative = path.mid(root.size() + 1);
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                ++files;
                for (const Finding &finding : findingsIn(scan(QString::fromUtf8(file.readAll())))) {
                    bool allowed = false;
                    for (const Allowed &entry : allowList) {
                        if (relative == QLatin1String(entry.file)
                            && finding.operand == QLatin1String(entry.operand)) {
                            allowed = true;
                            used.insert(relative + u':' + finding.operand);
                        }
                    }
                    if (!allowed) {
                        problems.append(u"%1:%2: SQL built with `%3` (bind values with ?, or "
                                        "allow-list it with a reason): %4"_s.arg(relative)
                                            .arg(finding.line)
                                            .arg(finding.operand, finding.context.left(200)));
                    }
                }
            }
        }
        QVERIFY(files > 50);
        for (const Allowed &entry : allowList) {
            const QString key = QLatin1String(entry.file) + u':' + QLatin1String(entry.operand);
            if (!used.contains(key))
                problems.append(u"allow-list entry %1 is not used any more; remove it"_s.arg(key));
        }
        problems.removeDuplicates();
        // One line each (QVERIFY2 would cut a long list short).
        for (const QString &problem : std::as_const(problems))
            qWarning().noquote() << problem;
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"%1 problems, listed above"_s.arg(problems.size())));
    }
};

QTEST_GUILESS_MAIN(TestSqlStrings)
#include "tst_sqlstrings.moc"
