// SPDX-License-Identifier: MIT
// GMD141: before running any command, go downloads another toolchain (TC-2..6, H9): the go or
// toolchain line (or GOTOOLCHAIN itself) asks for a newer Go than the local one, switching is
// allowed and the wanted goX.Y.Z is not on PATH. The download is golang.org/toolchain, a whole Go
// distribution, fetched through GOPROXY with a mandatory checksum database, before flags are
// parsed: -x never shows it (TC-5). It fails for sure when no GOPROXY entry can serve it or the
// checksum database is off or invalid. A language version as the target is GMD144's.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/toolchain/toolchainutil.h"
#include "common/secrets.h"
#include "env/routes.h"
#include "gocmd/goversion.h"
#include "goenv/goproxy.h"
#include "goenv/gosumdb.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

/// Why the toolchain download cannot succeed with this environment; empty when it may.
QString blockingReason(const EnvContext& ctx, const ModuleRoute& route, const QString& toolchain)
{
    const QString goproxy = ctx.env.value(u"GOPROXY"_s);
    if (!route.configError.isEmpty())
        return u"GOPROXY is unusable (%1), so the download fails with that error."_s.arg(
            maskSecrets(route.configError));
    bool usable = false;
    bool off = false;
    for (const RouteSource& s : route.sources) {
        if (s.kind == RouteSource::Kind::Off) {
            off = true;
            break;
        }
        if (s.kind == RouteSource::Kind::Proxy || s.kind == RouteSource::Kind::Direct) {
            usable = true;
            break;
        }
    }
    if (!usable && off)
        return u"GOPROXY=%1 disables the lookup, and go reports the misleading 'go: download %2 for %3/%4: "
               "toolchain not available' (TC-4)."_s.arg(
                   maskValue(u"GOPROXY", goproxy), toolchain, ctx.goos, ctx.goarch);
    if (!usable)
        return u"no GOPROXY entry can serve golang.org/toolchain, so the download fails."_s;
    // SUMDB-1: the only exemption from the mandatory database is a GOPROXY that is a single file:// URL.
    const ProxyList list = parseGoProxy(goproxy);
    const bool fileOnly = list.isValid() && list.entries.size() == 1 && list.entries.first().kind == ProxyEntryKind::Url
        && list.entries.first().url.startsWith(u"file:"_s);
    const SumDbConfig db = parseGoSumDb(ctx.env.value(u"GOSUMDB"_s));
    if (!fileOnly && (db.off || !db.isValid()))
        return u"golang.org/toolchain is always verified against the checksum database, even with GOSUMDB=off "
               "(SUMDB-1), so the download fails with: verifying module: %1."_s.arg(maskSecrets(db.dialError()));
    return {};
}

class ToolchainDownload final : public EnvCheck
{
public:
    CheckInfo info() const override
    {
        return { u"GMD141"_s, u"toolchain-download"_s, u"Toolchain"_s,
            u"go downloads another toolchain before every command"_s, Severity::Warning };
    }
    void runEnv(const EnvContext& ctx, const Facts& facts, FindingSink& out) const override
    {
        const ToolchainView view = evaluateToolchain(ctx, facts);
        if (!view.applicable) {
            out.skip(view.skipReason);
            return;
        }
        const ToolchainDecision& d = view.decision;
        if (d.action != ToolchainDecision::Action::Download)
            return;
        const ModuleRoute route = resolveModuleRoute(u"golang.org/toolchain"_s, d.moduleVersion, ctx.env);
        const QString blocked = blockingReason(ctx, route, d.toolchain);
        const QString allowed = causeOf(view) == ToolchainCause::Setting
            ? u"names that toolchain"_s
            : u"asks for %1 and GOTOOLCHAIN=%2 allows switching"_s.arg(d.toolchain, view.gotoolchain.value);
        const QString notOnPath = ctx.container ? u"nothing shows that %1 is on the PATH of the image"_s.arg(d.toolchain)
                                                : u"%1 is not on PATH"_s.arg(d.toolchain);
        QString message = u"The local go is go%1, %2 %3, and %4. Before anything else, every go command here "
                          "downloads golang.org/toolchain@%5, a whole Go distribution of tens of MB, through "
                          "GOPROXY (%6) and checks it against the checksum database (TC-2, TC-3, SUMDB-1). The "
                          "flags are not parsed yet, so -x shows nothing of it: the only output is '%7', then "
                          "silence until it is done (TC-5, H9)."_s.arg(view.localVersion, describeCause(view), allowed,
                              notOnPath, d.moduleVersion, route.summary(), d.message);
        if (!blocked.isEmpty())
            message += u" Here the download cannot succeed: "_s + blocked;
        else if (route.sources.size() == 1 && route.sources.first().kind == RouteSource::Kind::Direct)
            message += u" With GOPROXY=direct the toolchain comes from golang.org/toolchain?go-get=1, which serves "
                       "only the latest patch release of supported Go versions (TC-6)."_s;
        if (compareGoVersions(view.localVersion, u"1.24"_s) >= 0)
            message += u" GODEBUG=toolchaintrace=1 shows the switch."_s;
        Finding& f = out.report(u"GOTOOLCHAIN"_s, message);
        pointAtCause(f, view);
        addToolchainEvidence(f, view);
        f.evidence.append({ u"toolchain module"_s, u"golang.org/toolchain@"_s + d.moduleVersion, route.summary() });
        if (!blocked.isEmpty()) {
            f.severity = Severity::Error;
            f.evidence.append(evidenceFor(ctx.env.get(u"GOPROXY"_s)));
            f.evidence.append(evidenceFor(ctx.env.get(u"GOSUMDB"_s)));
        }
        const QString wanted = goVersionFromToolchain(d.toolchain);
        f.fix = fixSetVariable(ctx, view.gotoolchain, u"local"_s,
            u"Install Go %1 (or build on a newer base image) so that nothing has to be downloaded. To fail fast "
            "instead of downloading, set GOTOOLCHAIN=local; then the go line must be lowered to the local go or Go "
            "upgraded, or every command stops with 'requires go >= %1'."_s.arg(wanted));
        f.rootCauseScore = score::kHangCause;
    }
};

} // namespace

std::unique_ptr<Check> makeToolchainDownload()
{
    return std::make_unique<ToolchainDownload>();
}

} // namespace gmd::rules
