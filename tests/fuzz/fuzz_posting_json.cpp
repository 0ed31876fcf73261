// `hirekit postings import` on arbitrary bytes: the JSON file reader, the posting reader, and
// the insert into a library (rolled back). A posting that was read must survive being written
// as JSON and read again.

#include "FuzzSupport.h"
#include "io/JsonFile.h"
#include "io/PostingJson.h"
#include "storage/PostingRepository.h"
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
        jsonObjectFromBytes(bytes, QStringLiteral("fuzz.json"), QStringLiteral("a posting"));
    if (!object)
        return 0;
    auto posting = postingFromJson(*object);
    if (!posting)
        return 0;
    if (!postingFromJson(postingToJson(*posting)))
        std::abort();
    QSqlDatabase db = fuzz::library().database();
    Transaction undo(db); // never committed
    posting->id = 0;
    posting->isTemplate = false;
    posting->isBuiltin = false;
    if (!PostingRepository(db).insert(*posting))
        std::abort(); // a posting that was read must be storable
    return 0;
}
