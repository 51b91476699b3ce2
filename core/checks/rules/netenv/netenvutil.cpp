// SPDX-License-Identifier: MIT
#include "netenvutil.h"

#include "checks/checkutil.h"
#include "checks/factscollector.h"
#include "common/secrets.h"
#include "goenv/goproxy.h"
#include "goenv/gosumdb.h"
#include "goenv/modulepath.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules::netenv {

HttpProxyConfig proxyConfigOf(const EnvContext& ctx)
{
    return HttpProxyConfig::fromLookup([&ctx](const QString& name) { return ctx.env.value(name); });
}

QList<ModuleRoute> routesOf(const EnvContext& ctx, const Facts& facts)
{
    if (!facts.environments.isEmpty() && ctx.id == facts.host().id)
        return facts.hostRoutes;
    return routesForProject(facts.project, ctx.env);
}

bool fetchesDirectFirst(const ModuleRoute& route)
{
    for (const RouteSource& s : route.sources) {
        if (s.kind == RouteSource::Kind::Skipped)
            continue;
        return s.kind == RouteSource::Kind::Direct;
    }
    return false;
}

bool usesGoGetDiscovery(const QString& module)
{
    // cmd/go's vcsPaths: hosting sites resolved without an HTTP request (VCS-1).
    static const QStringList known = {u"github.com/"_s,       u"bitbucket.org/"_s,     u"hub.jazz.net/git/"_s,
                                      u"git.apache.org/"_s,   u"git.openstack.org/"_s, u"chiselapp.com/"_s};
    for (const QString& prefix : known) {
        if (module.startsWith(prefix))
            return false;
    }
    // The generic "host/path.vcs" form names its VCS and repository itself.
    static const QRegularExpression vcsSuffix(u"^[^/]+(/~?[A-Za-z0-9_.\\-]+)+?\\.(bzr|fossil|git|hg|svn)(/|$)"_s);
    return !vcsSuffix.match(module).hasMatch();
}

QUrl goGetUrl(const QString& module)
{
    return QUrl(u"https://"_s + module + u"?go-get=1"_s);
}

QList<GoRequest> goRequests(const EnvContext& ctx, const Facts& facts, int limit)
{
    QList<GoRequest> out;
    QSet<QString> hosts;
    auto add = [&](const QUrl& url, const QString& what, const QString& module) {
        const QString scheme = url.scheme();
        if ((scheme != u"https"_s && scheme != u"http"_s) || url.host().isEmpty() || hosts.contains(url.host()))
            return;
        if (out.size() >= limit)
            return;
        hosts.insert(url.host());
        out.append({url, what, module});
    };
    const ProxyList list = parseGoProxy(ctx.env.value(u"GOPROXY"_s));
    if (list.isValid()) {
        for (const ProxyEntry& e : list.entries) {
            if (e.kind == ProxyEntryKind::Url)
                add(QUrl(e.url), u"GOPROXY entry"_s, {});
        }
    }
    const SumDbConfig sumdb = parseGoSumDb(ctx.env.value(u"GOSUMDB"_s));
    if (sumdb.isValid() && !sumdb.off)
        add(QUrl(sumdb.url.isEmpty() ? sumdb.directUrl() : sumdb.url), u"checksum database"_s, {});
    for (const ModuleRoute& r : routesOf(ctx, facts)) {
        if (fetchesDirectFirst(r) && usesGoGetDiscovery(r.module))
            add(goGetUrl(r.module), u"go-get discovery of %1"_s.arg(r.module), r.module);
    }
    return out;
}

QString choiceText(const HttpProxyChoice& choice)
{
    if (!choice.error.isEmpty())
        return u"fails: "_s + choice.error;
    if (choice.proxyText.isEmpty())
        return u"directly"_s;
    return u"through "_s + maskSecrets(choice.proxyText);
}

FixHint fixShellVariables(const EnvContext& ctx, const QList<std::pair<EnvValue, QString>>& values,
                          const QString& description)
{
    FixHint fix;
    fix.description = description;
    for (const auto& [current, value] : values) {
        if (ctx.container || current.source == EnvSource::DockerfileEnv || current.source == EnvSource::DockerfileArg)
            fix.commands << fixSetVariable(ctx, current, value, {}).commands;
        else
            fix.commands << u"export %1=%2"_s.arg(current.name, shellQuote(value));
    }
    return fix;
}

} // namespace gmd::rules::netenv
