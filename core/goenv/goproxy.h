// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace gmd {

enum class ProxyEntryKind {
    Url,     ///< an http(s):// or file:// proxy
    Direct,  ///< the `direct` keyword: fetch from the VCS
    Off,     ///< the `off` keyword: lookups disabled
    NoProxy, ///< implicit first entry when GONOPROXY is non-empty (PROXY-7)
};

/// When cmd/go moves on to the next entry after this one fails (PROXY-1, PROXY-8).
enum class FallbackMode {
    OnNotFound, ///< followed by ',' or last: only after 404/410
    OnAnyError, ///< followed by '|': after any error
};

struct ProxyEntry
{
    ProxyEntryKind kind = ProxyEntryKind::Url;
    QString url;      ///< normalised URL for Url entries (implied "https://" added, PROXY-3); else empty
    QString raw;      ///< the entry as written, trimmed (e.g. "proxy.golang.org", "direct")
    FallbackMode fallback = FallbackMode::OnNotFound;
    int offset = -1;  ///< 0-based position of `raw` in the GOPROXY value; -1 for NoProxy
    bool impliedScheme = false; ///< "https://" was prepended (PROXY-3)
    friend bool operator==(const ProxyEntry&, const ProxyEntry&) = default;
};

/// GOPROXY parsed exactly as cmd/go's proxyList() does.
struct ProxyList
{
    QList<ProxyEntry> entries; ///< empty when `error` is set
    /// cmd/go's error text, verbatim, e.g. "invalid proxy URL missing scheme: DIRECT",
    /// "GOPROXY list is not the empty string, but contains no entries",
    /// "parse \"\\\"https://x\": first path segment in URL cannot contain colon". Empty when valid.
    /// Like Go, a url.Parse error quotes the entry as written, password included: mask before showing.
    QString error;
    int errorOffset = -1;      ///< 0-based position of the entry that caused `error`, -1 if none
    /// Text after a `direct` or `off` keyword that cmd/go ignores (PROXY-2), without surrounding
    /// spaces and separators; empty if none.
    QString ignoredTail;
    int ignoredTailOffset = -1;

    bool isValid() const { return error.isEmpty(); }
};

/// Parses GOPROXY (PROXY-1..5), prepending a NoProxy entry when GONOPROXY is non-empty and
/// GOPROXY is not exactly "direct" (PROXY-7). Pure function; never throws.
ProxyList parseGoProxy(const QString& goproxy, const QString& gonoproxy = {});

/// Renders entries in the notation of vectors/goproxy_list.tsv:
/// "https://a [fallback=404/410] ; direct" (NoProxy as "noproxy", Off as "off").
QString formatProxyEntries(const QList<ProxyEntry>& entries);

/// Go's net/url.Parse error for `rawUrl`, verbatim ("parse \"...\": <reason>"), or empty if Go would
/// accept it (go1.24.4 rules): invalid host characters, invalid port, missing ']', colon in the first
/// path segment, control characters, bad percent-escapes, invalid userinfo, a leading ':'
/// ("missing protocol scheme"). A URL without a scheme is not a parse error; parseGoProxy()
/// reports that one ("invalid proxy URL missing scheme: ...").
QString goUrlParseError(const QString& rawUrl);

/// Go's strconv.Quote of a string (used in error texts): go::quote() (common/go/strconv.h), kept
/// here for the callers that only include this header.
QString goQuote(const QString& s);

} // namespace gmd
