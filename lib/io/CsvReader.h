#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace hirekit {

// Reads RFC 4180 CSV from a device, one record at a time, without loading the whole file:
// quoted fields with commas, doubled quotes and line breaks; CRLF or LF line ends; a UTF-8
// byte-order mark. Text is UTF-8; a field that is not valid UTF-8 is read as Latin-1 and
// the reader says so (latin1Fallback()), so old spreadsheet exports still import.
//
// Written here rather than taken from a library: Qt has no CSV reader, and the one Debian
// packages (libcsv) reports errors as byte offsets, while users need the line and column.
class CsvReader
{
public:
    explicit CsvReader(QIODevice *device);

    // Reads the next record into `fields`. Returns false at the end of the input or on a
    // malformed record; then hasError() tells which, and errorString() says where.
    bool readRecord(QStringList &fields);
    // The same with the fields' raw bytes, for callers that decode only the fields they use
    // (see decode()).
    bool readRecord(QList<QByteArray> &fields);
    // Decodes a raw field as UTF-8, or as Latin-1 when it is not valid UTF-8 (and then
    // latin1Fallback() turns true).
    QString decode(const QByteArray &bytes);

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // The line (1-based) where the record last read starts.
    qint64 recordLine() const { return m_recordLine; }
    // Bytes consumed so far, for progress.
    qint64 bytesRead() const { return m_consumed; }
    bool latin1Fallback() const { return m_latin1Fallback; }

private:
    bool fill();
    bool fail(const QString &message);
    bool failNul(qint64 line, qsizetype bufferPos);

    QIODevice *m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
    bool m_atStart = true;
    bool m_eof = false;
    bool m_latin1Fallback = false;
    QString m_error;
};

// Writes RFC 4180 CSV: fields quoted only when they need it, CRLF line ends.
QByteArray csvRecord(const QStringList &fields);

} // namespace hirekit
