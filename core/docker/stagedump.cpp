// SPDX-License-Identifier: MIT
#include "stagedump.h"

#include "common/secrets.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

QString where(const SourceLocation& l)
{
    return l.line > 0 ? u"line %1"_s.arg(l.line) : QString();
}

QString imageSummary(const StageInfo& s)
{
    const BaseImageFacts& img = s.image;
    if (s.parentStage >= 0)
        return {};
    if (!img.known) {
        if (img.officialGolang)
            return u"official golang image, not modelled"_s;
        return s.baseExpanded == u"scratch"_s ? u"empty image"_s
                                              : u"unknown image: no Go version or environment assumed"_s;
    }
    QString text = u"official golang image"_s;
    if (img.goVersion.isEmpty()) {
        text += u", Go version unknown"_s;
    } else if (img.patchUnknown && !img.assumedVersion.isEmpty()) {
        text += u", Go %1 (floating tag; %2 on %3)"_s.arg(
            img.goVersion == u"1"_s ? u"1.x"_s : QString(img.goVersion + u".x"_s), img.assumedVersion,
            golangImageTableDate());
    } else if (img.patchUnknown) {
        text += u", Go %1.x"_s.arg(img.goVersion);
    } else {
        text += u", Go "_s + img.goVersion;
    }
    if (const std::optional<QString> tc = img.envValue(u"GOTOOLCHAIN"_s))
        text += u", GOTOOLCHAIN="_s + *tc;
    return text;
}

QString valueSource(const EnvValue& v)
{
    if (v.source == EnvSource::Derived)
        return u"derived from "_s + v.derivedFrom;
    QString s = envSourceName(v.source);
    if (!v.location.file.isEmpty() && v.origin.startsWith(v.location.file + u", "_s))
        s = v.origin.mid(v.location.file.size() + 2); // "RUN command line"
    else if (!v.origin.isEmpty() && v.origin != v.location.file)
        s += u' ' + v.origin;
    if (v.location.isValid())
        s += u' ' + (v.location.file.isEmpty() ? u"line %1"_s.arg(v.location.line) : v.location.toString());
    return s;
}

void describeRun(const DockerfileAnalysis& a, const RunInfo& run, QString& out)
{
    const StageInfo& stage = a.stages.at(run.stage);
    out += u"\n  stage %1, RUN at line %2%3\n"_s.arg(stage.label())
               .arg(run.location.line)
               .arg(stage.reachable ? QString() : u" (stage not reachable: never runs)"_s);
    for (const GoInvocation& g : run.go) {
        QString cmd = u"go "_s + g.subcommand;
        if (!g.args.isEmpty())
            cmd += u' ' + g.args.join(u' ');
        out += u"    %1  (line %2, in %3%4)\n"_s.arg(maskSecrets(cmd.trimmed()))
                   .arg(g.location.line)
                   .arg(g.directoryKnown ? g.directory : u"an unknown directory"_s,
                       g.inHeredoc ? u", heredoc"_s : QString());
    }
    if (run.network != u"default"_s)
        out += u"    --network=%1\n"_s.arg(run.network);
    for (const RunMount& m : run.mounts) {
        QString text = u"    mount type=%1"_s.arg(m.type);
        if (!m.target.isEmpty())
            text += u" target="_s + m.target;
        if (m.type == u"cache"_s)
            text += u" id=%1 sharing=%2"_s.arg(m.effectiveCacheId(), m.effectiveSharing());
        else if (!m.id.isEmpty())
            text += u" id="_s + m.id;
        out += text + u'\n';
    }
    if (run.context < 0)
        return;
    const EnvContext& ctx = a.contexts.at(run.context);
    out += u"    go %1, %2/%3\n"_s.arg(
        ctx.goVersion.isEmpty() ? u"version unknown"_s : ctx.goVersion, ctx.goos, ctx.goarch);
    for (const QString& name : describedGoVariables()) {
        const EnvValue v = ctx.env.get(name);
        if (!v.isSet() && v.hidden.isEmpty())
            continue;
        out += u"      %1=%2  [%3]\n"_s.arg(name, maskValue(name, v.value), valueSource(v));
        for (const EnvValue& h : v.hidden)
            out += u"        hides %1  [%2]\n"_s.arg(maskValue(name, h.value), valueSource(h));
    }
}

} // namespace

const QStringList& describedGoVariables()
{
    static const QStringList vars = { u"GOPROXY"_s, u"GOSUMDB"_s, u"GOPRIVATE"_s, u"GONOPROXY"_s, u"GONOSUMDB"_s,
        u"GOINSECURE"_s, u"GOFLAGS"_s, u"GOTOOLCHAIN"_s, u"GOPATH"_s, u"GOMODCACHE"_s, u"GOCACHE"_s, u"GOENV"_s,
        u"GOAUTH"_s, u"GONOSUMCHECK"_s, u"GO111MODULE"_s, u"HTTPS_PROXY"_s, u"https_proxy"_s, u"HTTP_PROXY"_s,
        u"http_proxy"_s, u"NO_PROXY"_s, u"no_proxy"_s, u"ALL_PROXY"_s, u"all_proxy"_s, u"GIT_SSH_COMMAND"_s };
    return vars;
}

QString describeStages(const DockerfileAnalysis& a)
{
    QString out = u"Dockerfile %1\n"_s.arg(a.fileName);
    if (a.target >= 0)
        out += u"target: %1\n"_s.arg(a.stages.at(a.target).label());
    if (!a.globalArgs.isEmpty()) {
        out += u"global ARGs:\n"_s;
        for (const GlobalArg& g : a.globalArgs) {
            out += u"  %1=%2  [%3 %4]\n"_s.arg(g.name, g.value ? maskValue(g.name, *g.value) : u"(unset)"_s,
                envSourceName(g.source), where(g.location));
        }
    }
    if (!a.proxyBuildArgs.isEmpty()) {
        out += u"proxy build args passed to every RUN (S8):"_s;
        for (const auto& kv : a.proxyBuildArgs)
            out += u' ' + kv.first + u'=' + maskValue(kv.first, kv.second);
        out += u'\n';
    }
    out += u"stages:\n"_s;
    for (const StageInfo& s : a.stages) {
        QString base = s.baseAsWritten;
        if (s.baseExpanded != s.baseAsWritten)
            base += u" -> "_s + s.baseExpanded;
        QStringList flags;
        if (s.isTarget)
            flags.append(u"target"_s);
        flags.append(s.reachable ? u"reachable"_s : u"not reachable from the target"_s);
        out += u"  #%1 %2  FROM %3  (line %4; %5)\n"_s.arg(s.index)
                   .arg(s.name.isEmpty() ? u"(unnamed)"_s : s.name, base)
                   .arg(s.location.line)
                   .arg(flags.join(u", "_s));
        if (s.parentStage >= 0)
            out += u"      parent stage: %1\n"_s.arg(a.stages.at(s.parentStage).label());
        if (const QString img = imageSummary(s); !img.isEmpty())
            out += u"      image: "_s + img + u'\n';
        out += u"      platform: %1\n"_s.arg(s.platform);
        for (const StageReference& r : s.references) {
            out += u"      %1%2 at line %3%4\n"_s.arg(r.mount ? u"RUN --mount from="_s : u"COPY --from="_s, r.reference)
                       .arg(r.location.line)
                       .arg(r.stage >= 0 ? u" (stage %1)"_s.arg(a.stages.at(r.stage).label()) : u" (image)"_s);
        }
    }
    bool any = false;
    for (const RunInfo& run : a.runs) {
        if (!run.invokesGo())
            continue;
        if (!any)
            out += u"go commands:"_s;
        any = true;
        describeRun(a, run, out);
    }
    if (!any)
        out += u"go commands: none found\n"_s;
    if (!a.diagnostics.isEmpty()) {
        out += u"diagnostics:\n"_s;
        for (const Diagnostic& d : a.diagnostics)
            out += u"  "_s + d.location.toString() + u": "_s + levelName(d.level) + u": "_s + d.message + u'\n';
    }
    return out;
}

} // namespace gmd
