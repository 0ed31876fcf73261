#pragma once

#include "cli/Commands.h"

namespace hirekit::cli {

// The posting file commands, a thin layer over lib/'s renderer, exporter and JSON reader.

// postings export ID --format FORMAT --out FILE
// postings export --all --format FORMAT --out-dir DIR
// Options: --page auto|a4|letter and --pdfa for PDF. Every export is kept in the posting's
// revision history. On failure nothing is written: no file, no revision.
int exportPostings(Invocation &invocation);

// postings import FILE.json: inserts the posting the file holds and prints its new id alone.
int importPosting(Invocation &invocation);

} // namespace hirekit::cli
