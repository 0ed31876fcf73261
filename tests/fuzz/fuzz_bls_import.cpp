// The salary importer on arbitrary bytes, the way `hirekit salaries import` runs it: the
// input is written to a file and imported into a real library, inside a transaction that is
// rolled back afterwards. Text is imported with --format auto (BLS files are recognised by
// their header); a first byte 0, 1 or 2 forces generic, bls or auto on the rest.

#include "FuzzSupport.h"
#include "io/SalaryImport.h"
#include "storage/Transaction.h"

#include <QFile>

using namespace hirekit;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::startApplication(false);
    fuzz::library();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    SalaryImportOptions options;
    if (size > 0 && data[0] <= 2) {
        constexpr SalaryCsvFormat formats[] = { SalaryCsvFormat::Generic, SalaryCsvFormat::Bls,
                                                SalaryCsvFormat::Auto };
        options.format = formats[data[0]];
        ++data;
        --size;
    }
    // The year in the name gives the importer a known wage ceiling for "#" cells.
    static const QString path = fuzz::scratch().filePath(QStringLiteral("oews-2022.csv"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    QSqlDatabase db = fuzz::library().database();
    Transaction undo(db); // never committed: the library stays empty of imports
    const auto report = importSalaryCsv(db, path, options);
    if (report && report->imported == 0)
        std::abort(); // an import that succeeds has rows
    if (!report && report.error().isEmpty())
        std::abort(); // a failure says why
    // The preview must not crash either; what it says is not judged here.
    (void)previewSalaryCsv(path);
    return 0;
}
