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
    }
    return true;
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
            fields.append(decode(field));
            return true;
        }
        const char c = m_buffer.at(m_pos++);
        if (inQuotes) {
            if (c == '"') {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '"') {
                    field += '"';
                    ++m_pos;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else {
                if (c == '\n')
                    ++m_line;
                field += c;
            }
            continue;
        }
        if (c == ',') {
            fields.append(decode(field));
            field.clear();
            quoted = afterQuote = false;
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (c == '\r') {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '\n')
                    ++m_pos;
            }
            ++m_line;
            fields.append(decode(field));
            return true;
        }
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
            quoted = inQuotes = true;
            quoteLine = m_line;
            continue;
        }
        field += c;
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
