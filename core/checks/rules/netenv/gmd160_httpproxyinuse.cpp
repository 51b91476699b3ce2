// SPDX-License-Identifier: MIT
// GMD160: HTTPS_PROXY/HTTP_PROXY are set. Explains, per host the go command contacts (GOPROXY
// entries, the checksum database, go-get discovery of modules fetched directly), whether Go sends
// the request through the proxy and why, with Go's own rules (NET-3). git, which does the direct
// fetches, picks its proxy by git/curl rules, which differ.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/netenv/netenvutil.h"
#include "common/secrets.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

using netenv::proxyConfigOf;
using netenv::GoRequest;
using netenv::goRequests;
using netenv::choiceText;

class HttpProxyInUse final : public EnvCheck
{
public:
    CheckInfo info() const override
    {
        return {u"GMD160"_s, u"http-proxy-in-use"_s, u"Network environment"_s,
                u"Which requests of go use the HTTP proxy"_s, Severity::Info};
    }
    void runEnv(const EnvContext& ctx, const Facts& facts, FindingSink& out) const override
    {
        const HttpProxyConfig config = proxyConfigOf(ctx);
        const bool httpsUsable = parseProxyValue(config.httpsProxy).usable;
        const bool httpUsable = parseProxyValue(config.httpProxy).usable;
        if (!httpsUsable && !httpUsable)
            return; // nothing Go uses (an unparsable value is GMD161's)

        QStringList uses;
        if (httpsUsable)
            uses << u"%1 (%2) for https URLs"_s.arg(config.httpsProxyVar, maskSecrets(config.httpsProxy));
        if (httpUsable)
            uses << u"%1 (%2) for http URLs"_s.arg(config.httpProxyVar, maskSecrets(config.httpProxy));
        QString message = u"Go's own requests use %1"_s.arg(uses.join(u" and "_s));
        if (!config.noProxy.isEmpty())
            message += u", except for hosts matching %1=%2"_s.arg(config.noProxyVar, config.noProxy);
        message += u" (NET-3)."_s;

        const QList<GoRequest> requests = goRequests(ctx, facts);
        QStringList lines;
        QList<Evidence> evidence;
        for (const GoRequest& r : requests) {
            const HttpProxyChoice c = httpProxyForUrl(config, r.url);
            const QString shown = maskSecrets(r.url.toString());
            lines << u"%1 (%2): %3"_s.arg(r.url.host(), r.what, choiceText(c));
            evidence.append({shown, choiceText(c), c.reason});
        }
        if (!lines.isEmpty())
            message += u" "_s + lines.join(u"; "_s) + u'.';
        message += u" Direct fetches run git, which chooses its proxy by its own rules (http.proxy in git config, "
                   "then curl's https_proxy/HTTPS_PROXY, all_proxy and no_proxy), so git may take another route "
                   "than go."_s;

        const QString subjectVar = httpsUsable ? config.httpsProxyVar : config.httpProxyVar;
        Finding& f = out.report(subjectVar, message);
        describeValue(f, ctx.env.get(subjectVar));
        if (httpsUsable && httpUsable)
            f.evidence.append(evidenceFor(ctx.env.get(config.httpProxyVar)));
        if (!config.noProxy.isEmpty())
            f.evidence.append(evidenceFor(ctx.env.get(config.noProxyVar)));
        f.evidence.append(evidence);
        f.rootCauseScore = score::kHygiene;
    }
};

} // namespace

std::unique_ptr<Check> makeHttpProxyInUse()
{
    return std::make_unique<HttpProxyInUse>();
}

} // namespace gmd::rules
