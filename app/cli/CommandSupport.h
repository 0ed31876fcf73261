#pragma once

#include "cli/Commands.h"
#include "storage/Library.h"

#include <QJsonArray>

#include <memory>

namespace hirekit::cli {

// What every command handler needs: the library named by --db (or the default one),
// errors on stderr, JSON on stdout.

// Opens the library; on failure prints why and returns nullptr.
std::unique_ptr<Library> openLibrary(Invocation &invocation, Library::OpenMode mode);
// Prints "hirekit: message" on stderr and returns ExitFailure.
int fail(Invocation &invocation, const QString &message);
void printJson(Invocation &invocation, const QJsonArray &array);
bool wantsJson(const Invocation &invocation);

} // namespace hirekit::cli
