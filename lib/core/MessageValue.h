#pragma once

#include <QString>

namespace hirekit {

// A value from a file, quoted in a message for a person: cut to `limit` characters with an
// ellipsis. A hostile file can hold a megabyte where a word belongs; repeating it whole would
// bury the message (and print the megabyte on a terminal).
// Control characters (a NUL, an escape sequence for the terminal) show as U+FFFD.
inline QString messageValue(const QString &value, qsizetype limit = 60)
{
    QString shown = value.size() <= limit ? value : value.left(limit) + QChar(0x2026);
    for (QChar &c : shown) {
        if (c.category() == QChar::Other_Control)
            c = QChar::ReplacementCharacter;
    }
    return shown;
}

} // namespace hirekit
