#include "io/CsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

// The translation context of this file's messages.
struct CsvText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::CsvReader)
};

constexpr qint64 ChunkSize = 1 << 16;
// No salary table has a field this long; a file that does is not one, or a quote is never
// closed. Stopping here keeps a one-line file of gigabytes from being read into memory.
constexpr qsizetype MaxFieldBytes = 1 << 20;
// The same for a line of commas: each field costs memory even when it is empty.
constexpr qsizetype MaxFields = 1 << 16;

} // namespace

CsvReader::CsvReader(QIODevice *device)
    : m_device(device)
{ }

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    m_consumed += m_pos;
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    const QByteArray chunk = m_device->read(ChunkSize);
    if (chunk.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_buffer += chunk;
    if (m_atStart) {
        if (m_buffer.size() < 3 && !m_device->atEnd())
            return fill();
        if (m_buffer.startsWith("\xEF\xBB\xBF")) {
            m_buffer.remove(0, 3);
            m_consumed += 3;
        }
        m_atStart = false;
        if (m_buffer.isEmpty())
            return fill(); // a byte-order mark and nothing else is an empty file
        // A binary file (a spreadsheet saved under a .csv name) or UTF-16 text is said to be
        // one at once, before the CSV syntax complains about one of its bytes.
        if (m_buffer.startsWith("\xFF\xFE") || m_buffer.startsWith("\xFE\xFF")) {
            m_eof = true;
            return fail(CsvText::tr("line 1, column 1: the file is UTF-16 text; save it as "
                                    "UTF-8"));
        }
        if (const qsizetype nul = m_buffer.indexOf('\0'); nul >= 0) {
            m_eof = true;
            return failNul(m_line + QByteArrayView(m_buffer).first(nul).count('\n'), nul);
        }
    }
    return true;
}

bool CsvReader::failNul(qint64 line, qsizetype bufferPos)
{
    return fail(CsvText::tr("line %1: a NUL byte (byte %2 of the file); this is not a text "
                            "file but binary data or UTF-16 text")
                    .arg(line)
                    .arg(m_consumed + bufferPos + 1));
}

QString CsvReader::decode(const QByteArray &bytes)
{
    // Most fields are ASCII; they need no UTF-8 decoder.
    if (std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return (c & 0x80) == 0; }))
        return QString::fromLatin1(bytes);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (!utf8.hasError())
        return text;
    m_latin1Fallback = true;
    return QString::fromLatin1(bytes);
}

bool CsvReader::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool CsvReader::readRecord(QStringList &fields)
{
    QList<QByteArray> raw;
    const bool read = readRecord(raw);
    fields.clear();
    fields.reserve(raw.size());
    for (const QByteArray &field : std::as_const(raw))
        fields.append(decode(field));
    return read;
}

bool CsvReader::readRecord(QList<QByteArray> &fields)
{
    fields.clear();
    if (hasError())
        return false;
    if (m_pos >= m_buffer.size() && !fill())
        return false;

    m_recordLine = m_line;
    QByteArray field;
    bool quoted = false; // the current field started with a quote
    bool inQuotes = false; // inside the quotes of a quoted field
    bool afterQuote = false; // the quoted field's closing quote was read
    qint64 quoteLine = m_line;
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            // End of input ends the record, unless a quoted field is still open.
            if (inQuotes) {
                return fail(CsvText::tr("line %1, column %2: a quoted field is never closed "
                                        "(its closing quote is missing)")
                                .arg(quoteLine)
                                .arg(fields.size() + 1));
            }
            fields.append(field);
            return true;
        }
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        if (inQuotes) {
            // Copy the run up to the next quote at once; count the line breaks in it.
            qsizetype end = m_pos;
            while (end < size && data[end] != '"' && data[end] != '\0') {
                if (data[end] == '\n')
                    ++m_line;
                ++end;
            }
            field.append(data + m_pos, end - m_pos);
            m_pos = end;
            if (field.size() > MaxFieldBytes) {
                return fail(CsvText::tr("line %1, column %2: a field is longer than %3 MB (is its "
                                        "closing quote missing?)")
                                .arg(quoteLine)
                                .arg(fields.size() + 1)
                                .arg(MaxFieldBytes >> 20));
            }
            if (m_pos >= size)
                continue;
            if (data[m_pos] == '\0')
                return failNul(m_line, m_pos);
            ++m_pos; // the quote
            if (m_pos >= m_buffer.size())
                fill();
            if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '"') {
                field += '"';
                ++m_pos;
            } else {
                inQuotes = false;
                afterQuote = true;
            }
            continue;
        }
        const char c = data[m_pos];
        if (c == ',') {
            ++m_pos;
            if (fields.size() >= MaxFields) {
                return fail(
                    CsvText::tr("line %1: more than %2 columns").arg(m_recordLine).arg(MaxFields));
            }
            fields.append(field);
            field.clear();
            quoted = afterQuote = false;
            continue;
        }
        if (c == '\n' || c == '\r') {
            ++m_pos;
            if (c == '\r') {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '\n')
                    ++m_pos;
            }
            ++m_line;
            fields.append(field);
            return true;
        }
        if (c == '\0')
            return failNul(m_line, m_pos);
        if (afterQuote) {
            return fail(CsvText::tr("line %1, column %2: unexpected text after the closing quote "
                                    "of a quoted field")
                            .arg(m_line)
                            .arg(fields.size() + 1));
        }
        if (c == '"') {
            if (!field.isEmpty() || quoted) {
                return fail(CsvText::tr("line %1, column %2: a quote inside an unquoted field "
                                        "(quote the whole field and double the quote)")
                                .arg(m_line)
                                .arg(fields.size() + 1));
            }
            ++m_pos;
            quoted = inQuotes = true;
            quoteLine = m_line;
            continue;
        }
        // An unquoted run: copy it up to the next separator, line end or quote at once.
        qsizetype end = m_pos;
        while (end < size && data[end] != ',' && data[end] != '\n' && data[end] != '\r'
               && data[end] != '"' && data[end] != '\0') {
            ++end;
        }
        field.append(data + m_pos, end - m_pos);
        m_pos = end;
        if (field.size() > MaxFieldBytes) {
            return fail(CsvText::tr("line %1, column %2: a field is longer than %3 MB")
                            .arg(m_line)
                            .arg(fields.size() + 1)
                            .arg(MaxFieldBytes >> 20));
        }
    }
}

QByteArray csvRecord(const QStringList &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        QByteArray field = fields.at(i).toUtf8();
        const bool needsQuotes = field.contains(',') || field.contains('"') || field.contains('\n')
            || field.contains('\r') || field.startsWith(' ') || field.endsWith(' ');
        if (needsQuotes) {
            field.replace("\"", "\"\"");
            line += '"' + field + '"';
        } else {
            line += field;
        }
    }
    line += "\r\n";
    return line;
}

} // namespace hirekit
