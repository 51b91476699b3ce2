// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace gmd {

enum class ReadStatus { Ok, Missing, IsDirectory, Unreadable, TooLarge, Binary };

/// The outcome of reading a small text file (go.mod, Dockerfile, env file...).
struct FileReadResult
{
    ReadStatus status = ReadStatus::Missing;
    QByteArray bytes;
    QString message; ///< user-facing reason when status != Ok; names the path

    bool ok() const { return status == ReadStatus::Ok; }
};

inline constexpr qint64 kDefaultMaxTextFile = 16 * 1024 * 1024; // the go command's go.mod limit

/// Reads a whole file, refusing directories, files larger than `maxBytes`
/// and (when rejectBinary) files whose first 8 KiB contain a NUL byte.
/// Never blocks on FIFOs or devices: only regular files are opened.
FileReadResult readTextFile(const QString& path, qint64 maxBytes = kDefaultMaxTextFile, bool rejectBinary = true);

/// True when the data contains a NUL byte in its first 8 KiB.
bool looksBinary(const QByteArray& data);

/// Decodes UTF-8, dropping one leading BOM.
QString decodeUtf8(const QByteArray& bytes);

} // namespace gmd
