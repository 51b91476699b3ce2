// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

namespace gmdtest {

/// CRC-32 (IEEE 802.3, as in ZIP and gzip) of `data`.
quint32 crc32(QByteArrayView data);

/// A ZIP archive with the given entries (name -> content), all stored without compression,
/// names in UTF-8, in the given order.
QByteArray storedZip(const QList<QPair<QString, QByteArray>>& entries);

/// A module zip as golang.org/x/mod/zip expects: every file under "<path>@<version>/".
/// `files` maps relative paths (go.mod included) to contents.
QByteArray moduleZip(const QString& path, const QString& version, const QMap<QString, QByteArray>& files);

/// The proxy escaping of PROTO-2 (each upper-case ASCII letter -> '!' + lower case), written
/// independently of gmd::escapeModulePath so tests can cross-check it. No validation.
QString proxyEscape(const QString& pathOrVersion);

} // namespace gmdtest
