#include "gui/MarkdownText.h"

using namespace Qt::StringLiterals;

namespace hirekit {

QString escapeMarkdown(const QString &text)
{
    static const QString special = u"\\`*_{}[]<>()#+-.!|~"_s;
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (special.contains(c))
            result.append(u'\\');
        result.append(c);
    }
    return result;
}

} // namespace hirekit
