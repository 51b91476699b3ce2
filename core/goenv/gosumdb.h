// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace gmd {

/// GOSUMDB parsed as cmd/go's modfetch/key.go + sumdb.go do (spec SUMDB-2).
struct SumDbConfig
{
    bool off = false;  ///< GOSUMDB=off
    QString name;      ///< database name (host[/path]), e.g. "sum.golang.org"
    QString key;       ///< verifier key "<name>+<hash>+<key>" (the built-in key for sum.golang.org)
    QString url;       ///< explicit base URL (field 2, or the sum.golang.google.cn alias); empty = via GOPROXY
    /// cmd/go's error text, verbatim: "missing GOSUMDB", "invalid GOSUMDB: too many fields",
    /// "invalid GOSUMDB: malformed verifier id". Empty when valid.
    QString error;

    bool isValid() const { return error.isEmpty(); }
    /// True when the database is reached through GOPROXY's /sumdb/<name>/supported walk (SUMDB-3).
    bool reachedViaProxy() const { return !off && isValid() && url.isEmpty(); }
    /// The direct URL, "https://<name>", used when no proxy supports the database.
    QString directUrl() const;
};

/// The built-in verifier key of sum.golang.org.
QString sumGolangOrgKey();

/// Parses GOSUMDB. An empty value gives error "missing GOSUMDB".
SumDbConfig parseGoSumDb(const QString& gosumdb);

/// True when `key` is a well-formed note verifier key: "<name>+<8 hex>+<base64 of 0x01 + 32 bytes>"
/// whose hash equals the first 4 bytes of SHA-256(name + "\n" + keybytes) (golang.org/x/mod/sumdb/note).
bool isValidVerifierKey(const QString& key, QString* name = nullptr);

} // namespace gmd
