#include "storage/SqlValues.h"

namespace hirekit::sql {

namespace {

// The number written in `value` from `from` on in `count` decimal digits, or -1.
int digits(const QString &value, qsizetype from, qsizetype count)
{
    int result = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = value.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        result = result * 10 + (c - u'0');
    }
    return result;
}

} // namespace

QDateTime toDateTime(const QString &value)
{
    // "2026-03-14T09:26:53.589Z", as fromDateTime() writes it; anything else (an older
    // library, a hand-edited value) goes to Qt's parser.
    static constexpr qsizetype Length = 24;
    if (value.size() == Length && value.at(4) == u'-' && value.at(7) == u'-' && value.at(10) == u'T'
        && value.at(13) == u':' && value.at(16) == u':' && value.at(19) == u'.'
        && value.at(23) == u'Z') {
        int fields[7] = {};
        const qsizetype at[7][2] = { { 0, 4 },  { 5, 2 },  { 8, 2 }, { 11, 2 },
                                     { 14, 2 }, { 17, 2 }, { 20, 3 } };
        bool numbers = true;
        for (int i = 0; i < 7; ++i) {
            fields[i] = digits(value, at[i][0], at[i][1]);
            numbers = numbers && fields[i] >= 0;
        }
        const QDate date(fields[0], fields[1], fields[2]);
        const QTime time(fields[3], fields[4], fields[5], fields[6]);
        if (numbers && date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime::fromString(value, Qt::ISODateWithMs);
}

} // namespace hirekit::sql
