#include "gui/AppSettings.h"

#include "storage/LibraryBackups.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

// All keys in one place. Defaults are the empty values of each type, except the export
// format, which starts as PDF.
const QString geometryKey = u"mainWindow/geometry"_s;
const QString windowStateKey = u"mainWindow/state"_s;
const QString lastLibraryKey = u"libraries/last"_s;
const QString recentLibrariesKey = u"libraries/recent"_s;
const QString languageKey = u"interface/language"_s;
const QString interviewerNameKey = u"interviews/interviewerName"_s;
const QString independentScoringKey = u"interviews/independentScoring"_s;
const QString retentionMonthsKey = u"interviews/retentionMonths"_s;
const QString exportDirectoryKey = u"export/directory"_s;
const QString exportFormatKey = u"export/format"_s;
const QString spellingWordsKey = u"postings/spellingWords"_s;
const QString postingChecksVisibleKey = u"postings/checksVisible"_s;
const QString backupsToKeepKey = u"backups/keep"_s;

// Two spellings of one file must not take two places in the recent list.
QString normalizedPath(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

QStringList normalizedList(const QStringList &paths)
{
    QStringList result;
    for (const QString &path : paths) {
        if (path.isEmpty())
            continue;
        const QString clean = normalizedPath(path);
        if (!result.contains(clean))
            result.append(clean);
        if (result.size() == AppSettings::MaxRecentLibraries)
            break;
    }
    return result;
}

} // namespace

// A fixed organization and application name, so the store does not depend on whether
// main() has set QCoreApplication's names yet (it reads the language before that).
AppSettings::AppSettings()
    : m_settings(QSettings::NativeFormat, QSettings::UserScope, u"hirekit"_s, u"hirekit"_s)
{ }

QByteArray AppSettings::geometry() const
{
    return m_settings.value(geometryKey).toByteArray();
}

void AppSettings::setGeometry(const QByteArray &geometry)
{
    m_settings.setValue(geometryKey, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(windowStateKey).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(windowStateKey, state);
}

QString AppSettings::lastLibrary() const
{
    return m_settings.value(lastLibraryKey).toString();
}

void AppSettings::setLastLibrary(const QString &path)
{
    m_settings.setValue(lastLibraryKey, path.isEmpty() ? QString() : normalizedPath(path));
}

QStringList AppSettings::recentLibraries() const
{
    // Normalized on read too: the file may have been edited by hand.
    return normalizedList(m_settings.value(recentLibrariesKey).toStringList());
}

void AppSettings::setRecentLibraries(const QStringList &paths)
{
    m_settings.setValue(recentLibrariesKey, normalizedList(paths));
}

void AppSettings::addRecentLibrary(const QString &path)
{
    if (path.isEmpty())
        return;
    QStringList paths = recentLibraries();
    paths.prepend(path);
    setRecentLibraries(paths);
}

void AppSettings::removeRecentLibrary(const QString &path)
{
    QStringList paths = recentLibraries();
    paths.removeAll(normalizedPath(path));
    setRecentLibraries(paths);
}

void AppSettings::clearRecentLibraries()
{
    m_settings.remove(recentLibrariesKey);
}

QString AppSettings::language() const
{
    return m_settings.value(languageKey).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(languageKey, language);
}

QString AppSettings::exportDirectory() const
{
    return m_settings.value(exportDirectoryKey).toString();
}

void AppSettings::setExportDirectory(const QString &directory)
{
    m_settings.setValue(exportDirectoryKey, directory);
}

QString AppSettings::exportFormat() const
{
    return m_settings.value(exportFormatKey, u"pdf"_s).toString();
}

void AppSettings::setExportFormat(const QString &format)
{
    m_settings.setValue(exportFormatKey, format);
}

QStringList AppSettings::spellingWords() const
{
    return m_settings.value(spellingWordsKey).toStringList();
}

void AppSettings::setSpellingWords(const QStringList &words)
{
    m_settings.setValue(spellingWordsKey, words);
}

bool AppSettings::postingChecksVisible() const
{
    return m_settings.value(postingChecksVisibleKey, true).toBool();
}

void AppSettings::setPostingChecksVisible(bool visible)
{
    m_settings.setValue(postingChecksVisibleKey, visible);
}

QString AppSettings::interviewerName() const
{
    return m_settings.value(interviewerNameKey).toString();
}

void AppSettings::setInterviewerName(const QString &name)
{
    m_settings.setValue(interviewerNameKey, name.trimmed());
}

bool AppSettings::independentScoring() const
{
    // On unless turned off: structured interviewing scores before it discusses.
    return m_settings.value(independentScoringKey, true).toBool();
}

void AppSettings::setIndependentScoring(bool on)
{
    m_settings.setValue(independentScoringKey, on);
}

int AppSettings::retentionMonths() const
{
    const int months = m_settings.value(retentionMonthsKey, 12).toInt();
    return months > 0 ? months : 12;
}

void AppSettings::setRetentionMonths(int months)
{
    m_settings.setValue(retentionMonthsKey, months);
}

int AppSettings::backupsToKeep() const
{
    const int count = m_settings.value(backupsToKeepKey, LibraryBackups::DefaultKeep).toInt();
    return count >= 1 && count <= LibraryBackups::MaxKeep ? count : LibraryBackups::DefaultKeep;
}

void AppSettings::setBackupsToKeep(int count)
{
    m_settings.setValue(backupsToKeepKey, std::clamp(count, 1, int(LibraryBackups::MaxKeep)));
}

void AppSettings::clear()
{
    m_settings.clear();
}

void AppSettings::sync()
{
    m_settings.sync();
}

} // namespace hirekit
