// SPDX-License-Identifier: MIT
#include "textfile.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

bool looksBinary(const QByteArray& data)
{
    return data.left(8192).contains('\0');
}

QString decodeUtf8(const QByteArray& bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes.constData() + 3, bytes.size() - 3);
    return QString::fromUtf8(bytes);
}

FileReadResult readTextFile(const QString& path, qint64 maxBytes, bool rejectBinary)
{
    FileReadResult r;
    const QFileInfo info(path);
    if (!info.exists()) {
        r.status = ReadStatus::Missing;
        r.message = u"File '%1' does not exist."_s.arg(path);
        return r;
    }
    if (info.isDir()) {
        r.status = ReadStatus::IsDirectory;
        r.message = u"'%1' is a directory, not a file."_s.arg(path);
        return r;
    }
    if (!info.isFile()) {
        r.status = ReadStatus::Unreadable;
        r.message = u"'%1' is not a regular file (socket, FIFO or device); it was not read."_s.arg(path);
        return r;
    }
    if (info.size() > maxBytes) {
        r.status = ReadStatus::TooLarge;
        r.message = u"File '%1' is too large (%2 bytes, limit %3); it was not read."_s.arg(path).arg(info.size()).arg(maxBytes);
        return r;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.status = ReadStatus::Unreadable;
        r.message = u"File '%1' is not readable: %2"_s.arg(path, f.errorString());
        return r;
    }
    r.bytes = f.read(maxBytes + 1);
    if (r.bytes.size() > maxBytes) {
        r.status = ReadStatus::TooLarge;
        r.bytes.clear();
        r.message = u"File '%1' is too large (limit %2 bytes); it was not read."_s.arg(path).arg(maxBytes);
        return r;
    }
    if (rejectBinary && looksBinary(r.bytes)) {
        r.status = ReadStatus::Binary;
        r.bytes.clear();
        r.message = u"File '%1' looks binary (it contains NUL bytes); it was not parsed."_s.arg(path);
        return r;
    }
    r.status = ReadStatus::Ok;
    return r;
}

} // namespace gmd
