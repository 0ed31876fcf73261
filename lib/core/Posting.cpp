#include "core/Posting.h"

#include <QStringList>

namespace hirekit {

QString PostingLocation::displayText() const
{
    QStringList parts;
    for (const QString &part : { city, region, country }) {
        if (!part.isEmpty())
            parts.append(part);
    }
    if (parts.isEmpty())
        return displayName(workplace);
    return QStringLiteral("%1 (%2)").arg(parts.join(QStringLiteral(", ")), displayName(workplace));
}

} // namespace hirekit
