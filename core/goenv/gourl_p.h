// SPDX-License-Identifier: MIT
// Internal model of Go's net/url (go1.24.4): Parse, String, Redacted, and the %+v dump of
// url.URL. cmd/go validates GOPROXY entries and GOSUMDB names with it, and its error texts
// reach the user verbatim (PROXY-4, SUMDB-2). Everything works on UTF-8 bytes, like Go.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace gmd::gourl {

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
    /// fmt's %+v of the struct value, e.g. "{Scheme:https Opaque: User: Host:a Path:/ ...}"
    /// (the User field prints through Userinfo.String, so a password shows in clear).
    QString goStructDump() const;
    friend bool operator==(const Url&, const Url&) = default;
};

/// The outcome of url.Parse.
struct ParseResult
{
    Url url;
    QString reason; ///< the inner error ("invalid character \" \" in host name"); empty on success
    QString error; ///< the *url.Error text: `parse "<url>": <reason>`; empty on success
    bool ok() const { return error.isEmpty(); }
};

/// url.Parse.
ParseResult parse(const QByteArray& rawUrl);

} // namespace gmd::gourl
