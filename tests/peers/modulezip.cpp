// SPDX-License-Identifier: MIT
#include "modulezip.h"

#include <QtEndian>

#include <array>

namespace gmdtest {
namespace {

std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table {};
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}

void put16(QByteArray& out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray& out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

constexpr quint16 kVersion = 20; // 2.0: what archive/zip writes
constexpr quint16 kUtf8Flag = 0x0800; // general purpose bit 11: names are UTF-8
constexpr quint16 kDosTime = 0; // 00:00:00
constexpr quint16 kDosDate = (40 << 9) | (1 << 5) | 1; // 2020-01-01

} // namespace

quint32 crc32(QByteArrayView data)
{
    static const std::array<quint32, 256> table = makeCrcTable();
    quint32 c = 0xFFFFFFFFu;
    for (const char ch : data)
        c = table[(c ^ quint8(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

QByteArray storedZip(const QList<QPair<QString, QByteArray>>& entries)
{
    QByteArray out;
    QByteArray central;
    for (const auto& [name, content] : entries) {
        const QByteArray utf8 = name.toUtf8();
        const quint32 crc = crc32(content);
        const auto size = quint32(content.size());
        const auto offset = quint32(out.size());
        put32(out, 0x04034b50); // local file header
        put16(out, kVersion);
        put16(out, kUtf8Flag);
        put16(out, 0); // method: stored
        put16(out, kDosTime);
        put16(out, kDosDate);
        put32(out, crc);
        put32(out, size);
        put32(out, size);
        put16(out, quint16(utf8.size()));
        put16(out, 0); // extra length
        out += utf8;
        out += content;

        put32(central, 0x02014b50); // central directory header
        put16(central, (3 << 8) | kVersion); // made by: Unix
        put16(central, kVersion);
        put16(central, kUtf8Flag);
        put16(central, 0);
        put16(central, kDosTime);
        put16(central, kDosDate);
        put32(central, crc);
        put32(central, size);
        put32(central, size);
        put16(central, quint16(utf8.size()));
        put16(central, 0); // extra
        put16(central, 0); // comment
        put16(central, 0); // disk number
        put16(central, 0); // internal attributes
        put32(central, 0100644u << 16); // external attributes: a regular file, rw-r--r--
        put32(central, offset);
        central += utf8;
    }
    const auto centralOffset = quint32(out.size());
    out += central;
    put32(out, 0x06054b50); // end of central directory
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(entries.size()));
    put16(out, quint16(entries.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0); // comment length
    return out;
}

QByteArray moduleZip(const QString& path, const QString& version, const QMap<QString, QByteArray>& files)
{
    const QString prefix = path + u'@' + version + u'/';
    QList<QPair<QString, QByteArray>> entries;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        entries.append({ prefix + it.key(), it.value() });
    return storedZip(entries);
}

QString proxyEscape(const QString& pathOrVersion)
{
    QString out;
    out.reserve(pathOrVersion.size());
    for (const QChar c : pathOrVersion) {
        if (c >= u'A' && c <= u'Z') {
            out += u'!';
            out += c.toLower();
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace gmdtest
