// `hirekit scorecards import` on arbitrary bytes: the JSON file reader and the merge into a
// library with the built-in questions and red flags, rolled back after each input.

#include "FuzzSupport.h"
#include "io/JsonFile.h"
#include "io/ScorecardJson.h"
#include "storage/Transaction.h"

using namespace hirekit;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::startApplication(false);
    fuzz::library();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto object =
        jsonObjectFromBytes(bytes, QStringLiteral("fuzz.json"), QStringLiteral("a scorecard"));
    if (!object)
        return 0;
    QSqlDatabase db = fuzz::library().database();
    Transaction undo(db); // never committed
    const auto outcome = importScorecardJson(db, *object);
    if (!outcome && outcome.error().isEmpty())
        std::abort(); // a failure says why
    return 0;
}
