// CsvReader on arbitrary bytes: every record is read (raw and decoded) until the end or the
// first error; nothing may crash, hang or read out of bounds.

#include "FuzzSupport.h"
#include "io/CsvReader.h"

#include <QBuffer>

using namespace hirekit;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::startApplication(false);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<QByteArray> fields;
    while (reader.readRecord(fields)) {
        for (const QByteArray &field : std::as_const(fields))
            reader.decode(field);
    }
    // An error must say where it is.
    if (reader.hasError() && !reader.errorString().startsWith(QStringLiteral("line ")))
        std::abort();
    return 0;
}
