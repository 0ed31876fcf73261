#include "io/JsonFile.h"

#include "core/MessageValue.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <optional>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

// The translation context of this file's messages.
struct JsonFileText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::JsonFile)
};

// What the scan below finds wrong: where, and what.
struct Problem
{
    qsizetype offset = 0;
    QString message;
};

// A JSON string token's text: `raw` is the token with its quotes. Most keys have no escapes
// and need no second parser.
QString decodeJsonString(QByteArrayView raw)
{
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw.sliced(1, raw.size() - 2));
    const QByteArray wrapped = '[' + raw.toByteArray() + ']';
    return QJsonDocument::fromJson(wrapped).array().at(0).toString();
}

// Finds what QJsonDocument lets through in `data`, which it has already accepted (so the
// scan can trust its syntax, and its depth is bounded by Qt's nesting limit): a key that
// appears twice in one object, and a control character written into a string unescaped
// (RFC 8259 forbids it; Qt keeps it, and a NUL would then cut a name short on screen).
std::optional<Problem> findProblem(const QByteArray &data)
{
    struct Container
    {
        bool isObject = false;
        QString path;
        QSet<QString> keys;
        QString lastKey;
        qsizetype index = 0;
        bool expectKey = true;
    };
    const auto childPath = [](const Container &parent) {
        if (!parent.isObject)
            return u"%1[%2]"_s.arg(parent.path).arg(parent.index);
        return parent.path.isEmpty() ? parent.lastKey : parent.path + u'.' + parent.lastKey;
    };
    QList<Container> stack;
    const qsizetype size = data.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data.at(i);
        if (c == '"') {
            qsizetype end = i + 1;
            while (end < size && data.at(end) != '"') {
                if (static_cast<unsigned char>(data.at(end)) < 0x20) {
                    return Problem { end,
                                     JsonFileText::tr("a control character (U+%1) inside a text; "
                                                      "JSON needs it written as an escape")
                                         .arg(QString::number(int(data.at(end)), 16)
                                                  .rightJustified(4, u'0')
                                                  .toUpper()) };
                }
                end += data.at(end) == '\\' ? 2 : 1;
            }
            if (end >= size)
                break;
            if (!stack.isEmpty() && stack.last().isObject && stack.last().expectKey) {
                Container &object = stack.last();
                object.lastKey = decodeJsonString(QByteArrayView(data).sliced(i, end - i + 1));
                if (object.keys.contains(object.lastKey)) {
                    return Problem { i,
                                     JsonFileText::tr("the key %1 appears twice in one object; "
                                                      "which value is meant cannot be told")
                                         .arg(messageValue(childPath(object))) };
                }
                object.keys.insert(object.lastKey);
                object.expectKey = false;
            }
            i = end;
        } else if (c == '{' || c == '[') {
            Container container;
            container.isObject = c == '{';
            if (!stack.isEmpty())
                container.path = childPath(stack.last());
            stack.append(container);
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
        } else if (c == ',' && !stack.isEmpty()) {
            if (stack.last().isObject)
                stack.last().expectKey = true;
            else
                ++stack.last().index;
        }
    }
    return std::nullopt;
}

} // namespace

QString jsonPosition(const QByteArray &data, qsizetype offset)
{
    const QByteArrayView before =
        QByteArrayView(data).first(qBound(qsizetype(0), offset, data.size()));
    const qsizetype line = before.count('\n') + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.sliced(lineStart)).size() + 1;
    return JsonFileText::tr("line %1, column %2").arg(line).arg(column);
}

Result<QJsonObject> jsonObjectFromBytes(const QByteArray &data, const QString &shown,
                                        const QString &what)
{
    if (data.trimmed().isEmpty())
        return Error { JsonFileText::tr("%1 is not valid JSON: the file is empty.").arg(shown) };
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        return Error { JsonFileText::tr("%1 is not valid JSON: %2 at %3 (byte %4).")
                           .arg(shown, error.errorString(), jsonPosition(data, error.offset))
                           .arg(error.offset) };
    }
    if (!document.isObject()) {
        return Error { JsonFileText::tr("%1 holds a JSON %2; it should hold %3, one JSON object.")
                           .arg(shown,
                                document.isArray() ? JsonFileText::tr("list")
                                                   : JsonFileText::tr("value"),
                                what) };
    }
    if (const auto problem = findProblem(data)) {
        return Error { JsonFileText::tr("%1, %2: %3.")
                           .arg(shown, jsonPosition(data, problem->offset), problem->message) };
    }
    return document.object();
}

Result<QJsonObject> readJsonObjectFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (QFileInfo(path).isDir())
        return Error { JsonFileText::tr("%1 is a folder, not a JSON file.").arg(path) };
    if (!file.open(QIODevice::ReadOnly))
        return Error { JsonFileText::tr("Cannot read %1: %2").arg(path, file.errorString()) };
    if (file.size() > MaxJsonFileBytes) {
        return Error { JsonFileText::tr("%1 is %2 MB; it cannot be %3, which is at most %4 MB.")
                           .arg(path)
                           .arg(double(file.size()) / (1024 * 1024), 0, 'f', 1)
                           .arg(what)
                           .arg(MaxJsonFileBytes / (1024 * 1024)) };
    }
    return jsonObjectFromBytes(file.readAll(), path, what);
}

} // namespace hirekit
