// SPDX-License-Identifier: MIT
#include "privateutil.h"

#include "checks/factscollector.h"
#include "goenv/modulepath.h"
#include "goenv/prefixpatterns.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {

bool looksPrivate(const QString& modulePath)
{
    const QString host = modulePathHost(modulePath);
    return host.contains(u'.') && !isWellKnownPublicHost(host);
}

const QStringList& publicModuleSample()
{
    static const QStringList paths = { u"github.com/stretchr/testify"_s, u"golang.org/x/text"_s,
        u"google.golang.org/grpc"_s, u"gopkg.in/yaml.v3"_s, u"go.uber.org/zap"_s, u"k8s.io/api"_s };
    return paths;
}

QStringList publicSampleMatches(const QString& glob)
{
    QStringList hits;
    if (glob.isEmpty())
        return hits;
    for (const QString& path : publicModuleSample()) {
        if (matchPrefixPatterns(glob, path))
            hits << path;
    }
    return hits;
}

bool isHostContext(const EnvContext& ctx, const Facts& facts)
{
    return !ctx.container && ctx.id == facts.host().id;
}

QList<ModuleRoute> routesFor(const EnvContext& ctx, const Facts& facts)
{
    if (isHostContext(ctx, facts))
        return facts.hostRoutes;
    return routesForProject(facts.project, ctx.env);
}

QString mergePatterns(const QString& existing, const QStringList& additions)
{
    QString merged = correctedPatternList(existing);
    QStringList globs = merged.split(u',', Qt::SkipEmptyParts);
    for (const QString& add : additions) {
        if (add.isEmpty() || globs.contains(add) || matchPrefixPatterns(globs.join(u','), add))
            continue;
        globs.append(add);
    }
    return globs.join(u',');
}

void appendFixSentence(FixHint& fix, const QString& sentence)
{
    QString& d = fix.description;
    while (d.endsWith(u' '))
        d.chop(1);
    if (d.endsWith(u':'))
        d[d.size() - 1] = u'.';
    else if (!d.isEmpty() && !d.endsWith(u'.'))
        d += u'.';
    if (!d.isEmpty())
        d += u' ';
    d += sentence;
}

std::optional<SourceLocation> requirementLocation(const Facts& facts, const QString& path)
{
    if (!facts.project.goMod)
        return std::nullopt;
    const GoModFile& mod = *facts.project.goMod;
    for (const ModRequire& req : mod.requirements) {
        if (req.path == path && req.location.isValid())
            return req.location;
    }
    for (const ModReplace& rep : mod.replaces) {
        if (rep.newPath == path) {
            for (const ModRequire& req : mod.requirements) {
                if (req.path == rep.oldPath && req.location.isValid())
                    return req.location;
            }
        }
    }
    return std::nullopt;
}

} // namespace gmd::rules
