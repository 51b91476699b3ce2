// SPDX-License-Identifier: MIT
// GMD121: go.mod requirements that look private (a host with a dot that is not a well-known public
// host) but that GONOPROXY/GONOSUMDB do not cover (H5). Their paths go to the public proxy, which
// answers 404/410 Gone and learns the path, before go falls back to a direct fetch that needs
// credentials; and their checksums are looked up in sum.golang.org, which fails with "verifying
// module: ... 404 Not Found / 410 Gone". One finding per environment; the fix extends GOPRIVATE.
// Broken patterns themselves are GMD120's; a pattern that covers public modules is GMD112's.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/private/privateutil.h"
#include "checks/rules/proxy/proxyutil.h"
#include "common/secrets.h"
#include "goenv/goproxy.h"
#include "goenv/gosumdb.h"
#include "goenv/modulepath.h"

#include <QUrl>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

struct Uncovered
{
    ModuleRoute route;
    QString publicProxy; ///< the public proxy the path reaches (redacted), empty if none
    bool sumdb = false; ///< looked up in sum.golang.org
};

/// True when GOPROXY is one file:// URL: a local mirror, typically offline with a complete go.sum.
bool singleFileProxy(const QString& goproxy)
{
    const ProxyList list = parseGoProxy(goproxy);
    return list.isValid() && list.entries.size() == 1 && list.entries.first().kind == ProxyEntryKind::Url
        && list.entries.first().url.startsWith(u"file:"_s);
}

class PrivateModuleNotCovered final : public EnvCheck
{
public:
    CheckInfo info() const override
    {
        return { u"GMD121"_s, u"private-module-not-covered"_s, u"Private modules"_s,
            u"Private-looking requirements are not covered by GOPRIVATE"_s, Severity::Warning };
    }
    void runEnv(const EnvContext& ctx, const Facts& facts, FindingSink& out) const override
    {
        if (singleFileProxy(ctx.env.value(u"GOPROXY"_s)))
            return;
        const SumDbConfig db = parseGoSumDb(ctx.env.value(u"GOSUMDB"_s));
        // A private database (another name) may well serve private modules: only sum.golang.org cannot.
        const bool publicSumDb = db.isValid() && !db.off && db.name == u"sum.golang.org"_s;
        QList<Uncovered> found;
        for (const ModuleRoute& r : routesFor(ctx, facts)) {
            if (!looksPrivate(r.module) || !r.configError.isEmpty())
                continue;
            Uncovered u { r, {}, false };
            bool fetched = false;
            for (const RouteSource& s : r.sources) {
                fetched = fetched || s.kind == RouteSource::Kind::Proxy || s.kind == RouteSource::Kind::Direct;
                if (u.publicProxy.isEmpty() && s.kind == RouteSource::Kind::Proxy
                    && isPublicProxyHost(QUrl(s.url).host()))
                    u.publicProxy = redactUrl(s.url);
            }
            // The database is asked only after a download, and only when go.sum lacks the lines (SUMDB-1).
            u.sumdb = fetched && publicSumDb && !r.noSumDb && r.sumdb.consulted;
            if (!u.publicProxy.isEmpty() || u.sumdb)
                found.append(u);
        }
        if (!found.isEmpty())
            report(ctx, facts, found, out);
    }

private:
    static void report(const EnvContext& ctx, const Facts& facts, const QList<Uncovered>& found, FindingSink& out)
    {
        QStringList items;
        QStringList hosts;
        bool anyProxy = false;
        bool anySumDb = false;
        for (const Uncovered& u : found) {
            QStringList what;
            if (!u.publicProxy.isEmpty())
                what << u"requested from %1 (GONOPROXY does not match)"_s.arg(u.publicProxy);
            if (u.sumdb)
                what << u"looked up in sum.golang.org (GONOSUMDB does not match)"_s;
            items << u"%1 is %2"_s.arg(u.route.module, what.join(u" and "_s));
            anyProxy = anyProxy || !u.publicProxy.isEmpty();
            anySumDb = anySumDb || u.sumdb;
            const QString host = modulePathHost(u.route.module);
            if (!hosts.contains(host))
                hosts << host;
        }
        QString message = u"%1 requirement%2 look%3 private but %4 not covered by GOPRIVATE (H5): %5."_s.arg(
            QString::number(found.size()), found.size() == 1 ? QString() : u"s"_s,
            found.size() == 1 ? u"s"_s : QString(), found.size() == 1 ? u"is"_s : u"are"_s, items.join(u"; "_s));
        if (anyProxy)
            message += u" The public proxy cannot see private repositories: it answers 404 or 410 Gone and learns "
                       "the module path, and go then fetches directly, which needs credentials for the host."_s;
        if (anySumDb)
            message += u" The checksum database does not know private modules either, so the download fails with "
                       "'verifying module: ... 404 Not Found' (or 410 Gone)."_s;

        const EnvValue priv = ctx.env.get(u"GOPRIVATE"_s);
        Finding& f = out.report(u"GOPRIVATE"_s, message);
        describeValue(f, priv);
        for (const QString& name : { u"GONOPROXY"_s, u"GONOSUMDB"_s, u"GOPROXY"_s, u"GOSUMDB"_s })
            f.evidence.append(evidenceFor(ctx.env.get(name)));
        for (const Uncovered& u : found) {
            const std::optional<SourceLocation> at = requirementLocation(facts, u.route.module);
            f.evidence.append({ u.route.module + u" (route)"_s, u.route.summary(),
                at ? u"%1:%2"_s.arg(at->file).arg(at->line) : u"go.mod"_s });
        }

        FixHint fix = fixSetVariable(ctx, priv, mergePatterns(priv.value, hosts),
            u"Mark the private hosts with GOPRIVATE (it also sets GONOPROXY and GONOSUMDB "
            "unless they are set on their own), and give go credentials for direct access "
            "(~/.netrc or GOAUTH for https, an ssh key for ssh)."_s);
        const EnvValue nosumdb = ctx.env.get(u"GONOSUMDB"_s);
        if (anySumDb && nosumdb.source != EnvSource::Derived && !nosumdb.value.isEmpty())
            fix.commands += fixSetVariable(ctx, nosumdb, mergePatterns(nosumdb.value, hosts), QString()).commands;
        const EnvValue noproxy = ctx.env.get(u"GONOPROXY"_s);
        if (anyProxy && noproxy.source != EnvSource::Derived && !noproxy.value.isEmpty())
            fix.description +=
                u" GONOPROXY is set on its own ('%1'), so GOPRIVATE does not change which modules "
                "bypass the proxy; add the hosts there too if they must never reach a public proxy."_s.arg(
                    maskValue(noproxy.name, noproxy.value));
        f.fix = fix;
        f.rootCauseScore = score::kBreaksSome;
    }
};

} // namespace

std::unique_ptr<Check> makePrivateModuleNotCovered()
{
    return std::make_unique<PrivateModuleNotCovered>();
}

} // namespace gmd::rules
