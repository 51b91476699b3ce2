// SPDX-License-Identifier: MIT
// GMD104: what the separators of this GOPROXY really do (PROXY-1, PROXY-8, PROXY-11). ',' is the
// documented separator: the next entry is tried only after 404/410. '|' moves on after any error,
// which can send private module paths onward, and neither cures a proxy that never answers.
// This check explains; it never calls a comma an error.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/proxy/proxyutil.h"
#include "common/secrets.h"
#include "goenv/goproxy.h"

#include <QUrl>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

class GoproxyFallback final : public EnvCheck
{
public:
    CheckInfo info() const override
    {
        return {u"GMD104"_s, u"goproxy-fallback-semantics"_s, u"Proxy"_s,
                u"How GOPROXY falls back from one entry to the next"_s, Severity::Info};
    }
    void runEnv(const EnvContext& ctx, const Facts& facts, FindingSink& out) const override
    {
        const EnvValue v = ctx.env.get(u"GOPROXY"_s);
        const ProxyList list = parseGoProxy(v.value);
        if (!list.isValid() || list.entries.size() < 2)
            return;
        bool hasPipe = false;
        for (qsizetype i = 0; i + 1 < list.entries.size(); ++i)
            hasPipe = hasPipe || list.entries[i].fallback == FallbackMode::OnAnyError;
        const ProxyEntry& first = list.entries.first();
        const bool privateFirst = first.kind == ProxyEntryKind::Url
            && !isPublicProxyHost(QUrl(first.url).host()) && first.fallback == FallbackMode::OnNotFound;
        if (!hasPipe && !privateFirst)
            return;

        QStringList steps;
        for (qsizetype i = 0; i < list.entries.size(); ++i) {
            const ProxyEntry& e = list.entries[i];
            const bool last = i + 1 == list.entries.size();
            QString name = e.kind == ProxyEntryKind::Url ? redactUrl(e.url)
                                                          : (e.kind == ProxyEntryKind::Direct ? u"direct"_s : u"off"_s);
            if (last)
                steps << u"%1 (last: its error is final)"_s.arg(name);
            else if (e.fallback == FallbackMode::OnAnyError)
                steps << u"%1 ('|': the next entry is tried after any error)"_s.arg(name);
            else
                steps << u"%1 (',': the next entry is tried only after 404 or 410; 403, 5xx, TLS and network "
                         "errors stop the command)"_s.arg(name);
        }
        QString message = u"GOPROXY is walked in order for every request: "_s + steps.join(u"; then "_s) + u'.';
        if (hasPipe) {
            message += u" With '|', a failing entry (for example a corporate proxy answering 401/403) sends the "
                       "module path on to the next source, which may be public. Neither separator helps against a "
                       "proxy that accepts the connection and never answers: go waits for ever (PROXY-11)."_s;
            bool privateModules = false;
            for (const ModuleRoute& r : facts.hostRoutes)
                privateModules = privateModules || r.goprivate;
            if (privateModules)
                message += u" This project has private requirements; keep them out of the list with GOPRIVATE."_s;
        } else {
            message += u" A proxy that answers 'not here' with 403 or 5xx instead of 404/410 stops the command "
                       "with that error (H15); that is the comma working as designed, not a bug."_s;
        }
        Finding& f = out.report(u"GOPROXY"_s, message);
        describeValue(f, v);
        f.rootCauseScore = score::kHygiene;
    }
};

} // namespace

std::unique_ptr<Check> makeGoproxyFallback()
{
    return std::make_unique<GoproxyFallback>();
}

} // namespace gmd::rules
