#include "storage/FileProbe.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace hirekit {

namespace {

// The translation context of this file's messages.
struct FileProbeText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::FileProbe)
};

constexpr int HeaderSize = 100;

// Names a few common kinds of file, so the message can say what was found instead.
QString describeContent(const QByteArray &head)
{
    if (head.startsWith("\x89PNG"))
        return FileProbeText::tr("a PNG image");
    if (head.startsWith("%PDF"))
        return FileProbeText::tr("a PDF document");
    if (head.startsWith("PK\x03\x04"))
        return FileProbeText::tr("a ZIP archive or office document");
    if (head.startsWith("\xff\xd8\xff"))
        return FileProbeText::tr("a JPEG image");
    const bool printable = std::all_of(head.begin(), head.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 0x20 || u == '\n' || u == '\r' || u == '\t';
    });
    return printable ? FileProbeText::tr("a text file")
                     : FileProbeText::tr("not an SQLite database");
}

quint32 readBigEndian32(const QByteArray &data, int offset)
{
    return qFromBigEndian<quint32>(data.constData() + offset);
}

} // namespace

Result<SqliteHeader> probeSqliteFile(const QString &path, bool checkLength)
{
    const QFileInfo info(path);
    if (info.isDir())
        return Error { FileProbeText::tr("%1 is a folder, not a Hirekit library file.").arg(path) };
    if (!info.exists())
        return Error { FileProbeText::tr("%1 does not exist.").arg(path) };

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { FileProbeText::tr("Cannot read %1: %2").arg(path, file.errorString()) };

    SqliteHeader header;
    header.fileSize = file.size();
    if (header.fileSize == 0)
        return Error { FileProbeText::tr("%1 is an empty file, not a Hirekit library.").arg(path) };

    const QByteArray head = file.read(HeaderSize);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!head.startsWith(magic)) {
        return Error { FileProbeText::tr("%1 is not a Hirekit library: the file is %2.")
                           .arg(path, describeContent(head.left(512))) };
    }
    if (head.size() < HeaderSize) {
        return Error { FileProbeText::tr("%1 is damaged: the file is cut short (%2 bytes).")
                           .arg(path)
                           .arg(header.fileSize) };
    }

    const quint16 rawPageSize = qFromBigEndian<quint16>(head.constData() + 16);
    header.pageSize = rawPageSize == 1 ? 65536u : rawPageSize;
    const bool powerOfTwo =
        header.pageSize >= 512 && (header.pageSize & (header.pageSize - 1)) == 0;
    if (!powerOfTwo)
        return Error {
            FileProbeText::tr("%1 is damaged: its SQLite header is invalid.").arg(path)
        };

    // The in-header page count is only valid when the change counter matches the
    // "version valid for" field; older writers leave it stale.
    const quint32 changeCounter = readBigEndian32(head, 24);
    const quint32 validFor = readBigEndian32(head, 92);
    if (changeCounter == validFor)
        header.pageCount = readBigEndian32(head, 28);
    header.userVersion = static_cast<qint32>(readBigEndian32(head, 60));
    header.applicationId = static_cast<qint32>(readBigEndian32(head, 68));

    const qint64 expectedSize = qint64(header.pageCount) * header.pageSize;
    if (checkLength && header.fileSize < expectedSize) {
        return Error { FileProbeText::tr("%1 is damaged: the file is cut short (%2 of %3 bytes).")
                           .arg(path)
                           .arg(header.fileSize)
                           .arg(expectedSize) };
    }
    // Not "cut short (N of N bytes)": the count may be right and the page size wrong.
    if (checkLength && header.fileSize % header.pageSize != 0) {
        return Error { FileProbeText::tr("%1 is damaged: its %2 bytes are not a whole number of "
                                         "its %3-byte pages (cut short, or a wrong page size in "
                                         "its header).")
                           .arg(path)
                           .arg(header.fileSize)
                           .arg(header.pageSize) };
    }
    return header;
}

} // namespace hirekit
