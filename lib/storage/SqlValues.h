#pragma once

#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace hirekit::sql {

// Conversions between domain values and what the library file stores.

inline QVariant fromOptional(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

// A LIKE pattern matching `text` anywhere, with LIKE's own characters taken literally;
// use with ESCAPE '\\'.
inline QString containsPattern(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + text + QLatin1Char('%');
}

// Turns what a person types into an FTS5 query: each word a quoted prefix term, so
// punctuation and FTS5 syntax ("AND", quotes, '*') in a search box are plain text.
inline QString ftsQuery(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts))
        terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    return terms.join(QLatin1Char(' '));
}

// An optional row id (a foreign key that may be NULL).
inline QVariant fromOptionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

inline std::optional<double> toOptionalDouble(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

// Text for a NOT NULL column: a null QString would be bound as SQL NULL.
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// Timestamps are stored as ISO 8601 text in UTC, which sorts correctly as text.
inline QString fromDateTime(const QDateTime &value)
{
    return value.toUTC().toString(Qt::ISODateWithMs);
}

// The same instant as Qt's ISO 8601 reading of `value` (invalid when that is). The form
// fromDateTime() writes is read directly: Qt's general parser was a third of the time of
// listing 20,000 scorecards.
QDateTime toDateTime(const QString &value);

inline QDateTime toDateTime(const QVariant &value)
{
    return toDateTime(value.toString());
}

} // namespace hirekit::sql
