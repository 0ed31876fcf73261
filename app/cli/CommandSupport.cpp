#include "cli/CommandSupport.h"

#include "cli/CommandLine.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace hirekit::cli {

std::unique_ptr<Library> openLibrary(Invocation &invocation, Library::OpenMode mode)
{
    QString path = invocation.parser.value(u"db"_s);
    if (path.isEmpty())
        path = Library::defaultPath();
    auto library = Library::open(path, mode);
    if (!library) {
        invocation.err << u"hirekit: "_s << library.error() << '\n';
        return nullptr;
    }
    return std::move(library).value();
}

int fail(Invocation &invocation, const QString &message)
{
    invocation.err << u"hirekit: "_s << message << '\n';
    return ExitFailure;
}

void printJson(Invocation &invocation, const QJsonArray &array)
{
    invocation.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

bool wantsJson(const Invocation &invocation)
{
    return invocation.parser.isSet(u"json"_s);
}

} // namespace hirekit::cli
