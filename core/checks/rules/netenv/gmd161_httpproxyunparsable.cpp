// SPDX-License-Identifier: MIT
// GMD161: a proxy variable Go reads cannot be used. Go parses it as a URL (with "http://"
// prepended when the scheme is missing or unsupported); when even that fails the value is
// silently ignored and requests go out directly (NET-3). A value that parses into a URL without
// a usable scheme or host ("socks5h://x", "a b") is kept, and then every request fails with
// a proxyconnect error.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/netenv/netenvutil.h"
#include "common/secrets.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

using netenv::proxyConfigOf;
using netenv::fixShellVariables;

class HttpProxyUnparsable final : public EnvCheck
{
public:
    CheckInfo info() const override
    {
        return {u"GMD161"_s, u"http-proxy-unparsable"_s, u"Network environment"_s,
                u"Go cannot use the HTTP proxy variable"_s, Severity::Warning};
    }
    void runEnv(const EnvContext& ctx, const Facts&, FindingSink& out) const override
    {
        const HttpProxyConfig config = proxyConfigOf(ctx);
        check(ctx, config.httpsProxyVar, config.httpsProxy, u"https"_s, out);
        check(ctx, config.httpProxyVar, config.httpProxy, u"http"_s, out);
    }

private:
    static void check(const EnvContext& ctx, const QString& var, const QString& value, const QString& scheme,
                      FindingSink& out)
    {
        const ParsedProxyValue p = parseProxyValue(value);
        if (!p.set || (p.usable && !p.broken))
            return;
        const QString shown = maskValue(var, value);
        QString message;
        if (!p.usable) {
            message = u"Go cannot parse %1='%2' (%3) and silently ignores it, so every %4 request of go goes out "
                      "directly, without a proxy (NET-3). Where only the proxy can reach the internet, downloads "
                      "then fail, typically after the 30 s connect timeout (NET-1)."_s.arg(
                          var, shown, maskSecrets(p.error), scheme);
        } else {
            message = u"Go reads %1='%2' as the proxy URL '%3', which has no scheme it can use (http, https, "
                      "socks5) or no host: every %4 request of go fails with a 'proxyconnect' error (NET-3)."_s.arg(
                          var, shown, maskSecrets(p.effective), scheme);
            if (value.startsWith(u"socks5h://"_s, Qt::CaseInsensitive) || value.startsWith(u"socks4"_s, Qt::CaseInsensitive))
                message += u" Go supports socks5:// only; it already lets the proxy resolve host names."_s;
        }
        Finding& f = out.report(var, message);
        describeValue(f, ctx.env.get(var));
        const QString suggestion = suggest(value);
        const QString why = u"Write the proxy as scheme://[user:password@]host:port, without quotes or blanks."_s;
        if (!suggestion.isEmpty() && !containsSecret(var, value))
            f.fix = fixShellVariables(ctx, {{ctx.env.get(var), suggestion}}, why);
        else
            f.fix = FixHint{why, {}};
        f.rootCauseScore = scheme == u"https"_s ? score::kHangCause - 10 : score::kConfusing;
    }

    /// The value Go can use, for the usual mistakes: quotes, blanks, a trailing '\r', socks5h.
    static QString suggest(const QString& value)
    {
        QString v = value.trimmed();
        v.remove(u'"');
        v.remove(u'\'');
        v.remove(u'\r');
        if (v.startsWith(u"socks5h://"_s, Qt::CaseInsensitive))
            v = u"socks5://"_s + v.mid(10);
        const ParsedProxyValue p = parseProxyValue(v);
        if (v == value || !p.usable || p.broken)
            return {};
        return v;
    }
};

} // namespace

std::unique_ptr<Check> makeHttpProxyUnparsable()
{
    return std::make_unique<HttpProxyUnparsable>();
}

} // namespace gmd::rules
