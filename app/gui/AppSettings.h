#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace hirekit {

// The user's preferences that outlive a session: window geometry, the last and recent
// libraries, the interface language. Every key and its default lives in AppSettings.cpp,
// so nothing else spells a settings key. Tests call
// QStandardPaths::setTestModeEnabled(true) before the first instance to get a throwaway store.
class AppSettings
{
public:
    static constexpr int MaxRecentLibraries = 8;

    AppSettings();

    QByteArray geometry() const;
    void setGeometry(const QByteArray &geometry);

    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    // The library open when the window last closed; empty when none.
    QString lastLibrary() const;
    void setLastLibrary(const QString &path);

    // Most recent first, without duplicates, at most MaxRecentLibraries.
    QStringList recentLibraries() const;
    void setRecentLibraries(const QStringList &paths);
    // Moves (or adds) `path` to the front of the recent list.
    void addRecentLibrary(const QString &path);
    void removeRecentLibrary(const QString &path);
    void clearRecentLibraries();

    // A locale name such as "de" or "de_DE"; empty means the system's language.
    QString language() const;
    void setLanguage(const QString &language);

    // Where the last posting was exported, and in which format ("pdf", "html", ...).
    QString exportDirectory() const;
    void setExportDirectory(const QString &directory);
    QString exportFormat() const;
    void setExportFormat(const QString &format);

    // Postings: the words the user added to the spelling word list ("Add to Word List"), and
    // whether the editor's checks panel is shown (default on).
    QStringList spellingWords() const;
    void setSpellingWords(const QStringList &words);
    bool postingChecksVisible() const;
    void setPostingChecksVisible(bool visible);

    // Interviews: the name the user interviews under (scorecards they create, independent
    // scoring), whether other interviewers' scorecards stay hidden while the user's own is a
    // draft (default on), and after how many months candidates are listed for erasure
    // (default 12).
    QString interviewerName() const;
    void setInterviewerName(const QString &name);
    bool independentScoring() const;
    void setIndependentScoring(bool on);
    int retentionMonths() const;
    void setRetentionMonths(int months);

    // How many automatic backups of a library are kept (LibraryBackups; default 7, 1 to 100).
    int backupsToKeep() const;
    void setBackupsToKeep(int count);

    // Forgets every stored preference (tests start from the defaults).
    void clear();
    void sync();

private:
    QSettings m_settings;
};

} // namespace hirekit
