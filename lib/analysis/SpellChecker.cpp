#include "analysis/SpellChecker.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <hunspell.hxx>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

struct SpellCheckerText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::SpellChecker)
};

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

bool isWordLetter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// Web and e-mail addresses: their pieces are not words.
QList<std::pair<qsizetype, qsizetype>> addressRanges(const QString &text)
{
    static const QRegularExpression address(
        u"(?:[a-z][a-z0-9+.-]*://|www\\.)\\S+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QList<std::pair<qsizetype, qsizetype>> ranges;
    if (!text.contains(u'@') && !text.contains(u"://"_s) && !text.contains(u"www."_s))
        return ranges;
    auto it = address.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        ranges.append({ match.capturedStart(), match.capturedEnd() });
    }
    return ranges;
}

// Words that are not checked at all (see the header).
bool isSkipped(QStringView word)
{
    // Longer than any English word: a hash, a key, an identifier run together.
    if (word.size() > 45)
        return true;
    int letters = 0;
    bool allUpper = true;
    for (const QChar c : word) {
        if (c.isDigit())
            return true;
        if (c.isLetter()) {
            ++letters;
            if (!c.isUpper())
                allUpper = false;
        }
    }
    return letters < 2 || allUpper;
}

QStringList readTechnicalWords()
{
    QStringList words;
    // Compiled in, so a failure to read is a build error, caught by the tests.
    QFile file(u":/checks/technical-words.txt"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return words;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#'))
            words.append(line);
    }
    return words;
}

} // namespace

const QStringList &technicalWords()
{
    static const QStringList words = readTechnicalWords();
    return words;
}

QString SpellChecker::defaultAffixPath()
{
    return u"/usr/share/hunspell/en_US.aff"_s;
}

QString SpellChecker::defaultDictionaryPath()
{
    return u"/usr/share/hunspell/en_US.dic"_s;
}

SpellChecker::SpellChecker() = default;
SpellChecker::~SpellChecker() = default;

Result<std::shared_ptr<SpellChecker>> SpellChecker::open(const QString &affixPath,
                                                         const QString &dictionaryPath)
{
    for (const QString &path : { affixPath, dictionaryPath }) {
        const QFileInfo info(path);
        if (!info.exists())
            return Error { SpellCheckerText::tr(
                               "The spelling dictionary %1 is missing (Debian: install "
                               "hunspell-en-us).")
                               .arg(path) };
        if (!info.isFile() || !info.isReadable())
            return Error {
                SpellCheckerText::tr("The spelling dictionary %1 cannot be read.").arg(path)
            };
    }
    std::shared_ptr<SpellChecker> checker(new SpellChecker);
    checker->m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(affixPath).constData(),
                                                     QFile::encodeName(dictionaryPath).constData());
    // The .aff file's SET line; Debian's en_US says UTF-8, older dictionaries ISO8859-1.
    const QString encoding =
        QString::fromStdString(checker->m_hunspell->get_dict_encoding()).toUpper();
    checker->m_utf8 = encoding == u"UTF-8"_s || encoding == u"UTF8"_s;
    if (!checker->m_utf8 && encoding != u"ISO8859-1"_s && encoding != u"ISO-8859-1"_s)
        return Error { SpellCheckerText::tr("The spelling dictionary %1 is in %2, which Hirekit "
                                            "cannot read; use a UTF-8 dictionary.")
                           .arg(affixPath, encoding) };
    checker->addWords(technicalWords());
    return checker;
}

Result<std::shared_ptr<SpellChecker>> SpellChecker::openDefault()
{
    return open(defaultAffixPath(), defaultDictionaryPath());
}

bool SpellChecker::spell(const QString &word) const
{
    const auto cached = m_cache.constFind(word);
    if (cached != m_cache.cend())
        return *cached;
    const QByteArray bytes = m_utf8 ? word.toUtf8() : word.toLatin1();
    const bool correct = m_hunspell->spell(bytes.toStdString());
    m_cache.insert(word, correct);
    return correct;
}

bool SpellChecker::isCorrect(const QString &word) const
{
    if (isSkipped(word))
        return true;
    if (spell(word))
        return true;
    if (!word.contains(u'-'))
        return false;
    // A hyphenated word is right when each of its parts is ("team-oriented").
    const QStringList parts = word.split(u'-', Qt::SkipEmptyParts);
    return std::all_of(parts.cbegin(), parts.cend(),
                       [this](const QString &part) { return isSkipped(part) || spell(part); });
}

QStringList SpellChecker::suggestions(const QString &word, int max) const
{
    const QByteArray bytes = m_utf8 ? word.toUtf8() : word.toLatin1();
    QStringList result;
    for (const std::string &suggestion : m_hunspell->suggest(bytes.toStdString())) {
        const QByteArray raw = QByteArray::fromStdString(suggestion);
        result.append(m_utf8 ? QString::fromUtf8(raw) : QString::fromLatin1(raw));
        if (result.size() == max)
            break;
    }
    return result;
}

void SpellChecker::addWords(const QStringList &words)
{
    for (const QString &entry : words) {
        for (const TextWord &word : SpellChecker::words(entry)) {
            const QByteArray bytes = m_utf8 ? word.word.toUtf8() : word.word.toLatin1();
            m_hunspell->add(bytes.toStdString());
        }
    }
    // Words refused before may be accepted now.
    m_cache.clear();
}

QList<TextWord> SpellChecker::words(const QString &text)
{
    const auto addresses = addressRanges(text);
    const auto inAddress = [&addresses](qsizetype position) {
        for (const auto &[start, end] : addresses) {
            if (position >= start && position < end)
                return true;
        }
        return false;
    };
    QList<TextWord> result;
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        if (!text.at(i).isLetter()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < size) {
            const QChar c = text.at(i);
            if (isWordLetter(c)) {
                ++i;
                continue;
            }
            // An apostrophe or a hyphen between letters belongs to the word.
            if ((isApostrophe(c) || c == u'-') && i + 1 < size && text.at(i + 1).isLetter()) {
                ++i;
                continue;
            }
            break;
        }
        if (inAddress(start))
            continue;
        const QString word = text.mid(start, i - start);
        if (!isSkipped(word))
            result.append({ word, start, i - start });
    }
    return result;
}

QList<TextWord> SpellChecker::misspelledWords(const QString &text,
                                              const QStringList &alsoAccepted) const
{
    QSet<QString> accepted;
    for (const QString &entry : alsoAccepted) {
        for (const TextWord &word : words(entry))
            accepted.insert(word.word);
    }
    QList<TextWord> result;
    for (const TextWord &word : words(text)) {
        if (accepted.contains(word.word) || spell(word.word))
            continue;
        if (!word.word.contains(u'-')) {
            result.append(word);
            continue;
        }
        // Only the wrong parts of a hyphenated word.
        qsizetype partStart = 0;
        for (qsizetype j = 0; j <= word.word.size(); ++j) {
            if (j < word.word.size() && word.word.at(j) != u'-')
                continue;
            const QString part = word.word.mid(partStart, j - partStart);
            if (!isSkipped(part) && !accepted.contains(part) && !spell(part))
                result.append({ part, word.position + partStart, part.size() });
            partStart = j + 1;
        }
    }
    return result;
}

} // namespace hirekit
