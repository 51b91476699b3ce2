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
    /// "invalid GOSUMDB: malformed verifier id", "invalid sumdb name (must be host[/path]): ...",
    /// "invalid GOSUMDB URL: parse ...". Empty when valid (also for off).
    QString error;

    bool isValid() const { return error.isEmpty(); }
    /// True when the database is reached through GOPROXY's /sumdb/<name>/supported walk (SUMDB-3).
    bool reachedViaProxy() const { return !off && isValid() && url.isEmpty(); }
    /// The direct URL, "https://<name>", used when no proxy supports the database (SUMDB-3).
    QString directUrl() const;
    /// The error cmd/go's dbDial gives when the database is needed anyway: `error`, or for
    /// GOSUMDB=off "checksum database disabled by GOSUMDB=off" (golang.org/toolchain, SUMDB-1).
    QString dialError() const;
    /// How the database is reached, in the notation of vectors/gosumdb.tsv:
    /// "(via GOPROXY /sumdb/<name>/supported, else https://<name>)", "<url> (explicit; proxies bypassed)",
    /// "(not used for ordinary modules)" for off; empty when invalid.
    QString describeAccess() const;
};

/// The built-in verifier key of sum.golang.org.
QString sumGolangOrgKey();

/// Parses GOSUMDB (SUMDB-2). An empty value gives error "missing GOSUMDB". The value is taken as
/// cmd/go sees it: an empty OS variable falls back to the file or go.env first (ENV-2).
SumDbConfig parseGoSumDb(const QString& gosumdb);

/// note.NewVerifier's error for `vkey`: "malformed verifier id", "invalid verifier hash" or
/// "unknown verifier algorithm"; empty when valid. `name` receives the key's name once the
/// key's shape is right (even when the hash is wrong).
QString verifierKeyError(const QString& vkey, QString* name = nullptr);

/// True when `key` is a well-formed note verifier key: "<name>+<8 hex>+<base64 of 0x01 + 32 bytes>"
/// whose hash equals the first 4 bytes of SHA-256(name + "\n" + keybytes) (golang.org/x/mod/sumdb/note).
bool isValidVerifierKey(const QString& key, QString* name = nullptr);

} // namespace gmd
