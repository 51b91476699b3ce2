// SPDX-License-Identifier: MIT
// Go's net/url (go1.24.4): Parse, String, Redacted, Hostname, Port and the %+v dump of url.URL.
// cmd/go validates GOPROXY entries and GOSUMDB names with it (PROXY-4, SUMDB-2) and
// x/net/http/httpproxy reads proxy variables with it (NET-3); its error texts reach the user
// verbatim. Everything works on UTF-8 bytes, like Go.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace gmd::go {

struct Userinfo
{
    QByteArray username;
    QByteArray password;
    bool passwordSet = false;
    friend bool operator==(const Userinfo&, const Userinfo&) = default;
};

/// url.URL with the go1.24 field set.
struct Url
{
    QByteArray scheme;
    QByteArray opaque;
    std::optional<Userinfo> user;
    QByteArray host;
    QByteArray path;
    QByteArray rawPath;
    bool omitHost = false;
    bool forceQuery = false;
    QByteArray rawQuery;
    QByteArray fragment;
    QByteArray rawFragment;

    /// URL.String().
    QByteArray toString() const;
    /// URL.Redacted(): String() with a set password replaced by "xxxxx".
    QByteArray redacted() const;
    /// URL.EscapedPath().
    QByteArray escapedPath() const;
    /// URL.Hostname(): host without port and without the brackets of an IPv6 literal.
    QByteArray hostname() const;
    /// URL.Port(): the digits after the host's last ':' when they form a valid port, else empty.
    QByteArray port() const;
    /// fmt's %+v of the struct value, e.g. "{Scheme:https Opaque: User: Host:a Path:/ ...}"
    /// (the User field prints through Userinfo.String, so a password shows in clear).
    QString goStructDump() const;
    friend bool operator==(const Url&, const Url&) = default;
};

/// The outcome of url.Parse.
struct UrlParseResult
{
    Url url;
    QString reason; ///< the inner error ("invalid character \" \" in host name"); empty on success
    QString error; ///< the *url.Error text: `parse "<url>": <reason>`; empty on success
    bool ok() const { return error.isEmpty(); }
};

/// url.Parse.
UrlParseResult parseUrl(const QByteArray& rawUrl);

} // namespace gmd::go
