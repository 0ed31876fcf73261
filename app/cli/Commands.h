#pragma once

#include <QCommandLineParser>
#include <QTextStream>

namespace hirekit::cli {

// What a command handler gets: the parsed command line and the two output streams.
struct Invocation
{
    const QCommandLineParser &parser;
    QTextStream &out;
    QTextStream &err;
};

// The headless commands. Each returns the process exit code (see ExitCode).
int listPostings(Invocation &invocation);
int listSalaries(Invocation &invocation);
int importSalaries(Invocation &invocation);
int exportSalaries(Invocation &invocation);
int listScorecards(Invocation &invocation);
int newScorecard(Invocation &invocation);
int rateScorecard(Invocation &invocation);
int submitScorecard(Invocation &invocation);
int exportScorecard(Invocation &invocation);
int importScorecard(Invocation &invocation);
int listQuestions(Invocation &invocation);
int checkDatabase(Invocation &invocation);
// hirekit check: gender-coded wording, readability, pay transparency, completeness.
int checkPosting(Invocation &invocation);
int backupDatabase(Invocation &invocation);
// hirekit db backups, hirekit db restore FILE: the automatic backups (BackupCommands.cpp).
int listBackups(Invocation &invocation);
int restoreBackup(Invocation &invocation);

} // namespace hirekit::cli
