// SPDX-License-Identifier: MIT
// The stage graph (B1.3, B1.4), the global scope (S1-S3) and the analysis entry point.
#include "analysis_p.h"
#include "common/secrets.h"
#include "dockershell/shelllexer.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace docker_detail {

Diagnostic diagnosticAt(const AnalysisInput& in, const DockerNode& node, DiagnosticLevel level, const QString& message)
{
    Diagnostic d = makeDiagnostic(
        level, in.file, node.startLine, node.column, maskSecrets(message), in.ast.lines.value(node.startLine - 1));
    d.location.endLine = node.endLine > node.startLine ? node.endLine : 0;
    return d;
}

SourceLocation locationOf(const AnalysisInput& in, const DockerNode& node)
{
    SourceLocation l;
    l.file = in.file;
    l.line = node.startLine;
    l.column = node.column;
    return l;
}

QString expandField(const AnalysisInput& in, const BuildState& state, bool imageKnown, const DockerNode& node,
    const QString& text, Diagnostics* diagnostics, bool* ok)
{
    if (ok)
        *ok = true;
    const ExpandResult r = expandWord(text, state.shellEnv(), in.model.escapeToken);
    if (!r.ok()) {
        diagnostics->append(diagnosticAt(in, node, DiagnosticLevel::Error, r.error));
        if (ok)
            *ok = false;
        return text;
    }
    // UndefinedVar (D2): neither set nor declared by an ARG here or in an ancestor. With an
    // unknown base image the name may come from the image's ENV (D1.7), so only a note.
    QStringList names(r.unmatched.cbegin(), r.unmatched.cend());
    names.sort();
    for (const QString& name : std::as_const(names)) {
        if (!state.declaredArgs.contains(name)) {
            diagnostics->append(diagnosticAt(in, node, imageKnown ? DiagnosticLevel::Warning : DiagnosticLevel::Note,
                u"Usage of undefined variable '$%1'"_s.arg(name)));
        }
    }
    return r.value;
}

} // namespace docker_detail

using namespace docker_detail;

namespace {

/// "os/arch[/variant]" split; empty parts stay empty.
void splitPlatform(const QString& platform, QString* os, QString* arch, QString* variant)
{
    const QStringList parts = platform.split(u'/');
    *os = parts.value(0);
    *arch = parts.value(1);
    *variant = parts.value(2);
}

EnvAssignment globalAssignment(const QString& name, const QString& value, EnvSource source, const QString& origin,
    const SourceLocation& location = {})
{
    EnvAssignment a;
    a.name = name;
    a.value = value;
    a.source = source;
    a.origin = origin;
    a.location = location;
    return a;
}

/// S1/S2: automatic platform args, then the global ARGs top to bottom.
void buildGlobalScope(const AnalysisInput& in, DockerfileAnalysis* a, const QString& targetStage)
{
    const QMap<QString, QString>& buildArgs = in.options.buildArgs;
    QString bos, barch, bvar, tos, tarch, tvar;
    splitPlatform(in.options.buildPlatform, &bos, &barch, &bvar);
    splitPlatform(in.options.targetPlatform, &tos, &tarch, &tvar);
    const QList<QPair<QString, QString>> automatic = {
        { u"BUILDPLATFORM"_s, in.options.buildPlatform },
        { u"BUILDOS"_s, bos },
        { u"BUILDOSVERSION"_s, {} },
        { u"BUILDARCH"_s, barch },
        { u"BUILDVARIANT"_s, bvar },
        { u"TARGETPLATFORM"_s, in.options.targetPlatform },
        { u"TARGETOS"_s, tos },
        { u"TARGETOSVERSION"_s, {} },
        { u"TARGETARCH"_s, tarch },
        { u"TARGETVARIANT"_s, tvar },
        { u"TARGETSTAGE"_s, targetStage },
    };
    for (const auto& kv : automatic) {
        if (buildArgs.contains(kv.first))
            a->globalScope.append(globalAssignment(kv.first, buildArgs.value(kv.first), EnvSource::BuildArg, {}));
        else
            a->globalScope.append(
                globalAssignment(kv.first, kv.second, EnvSource::DockerfileArg, u"automatic platform ARG"_s));
    }
    for (const DockerInstruction& inst : in.model.globalArgs) {
        const ArgInstruction* arg = inst.as<ArgInstruction>();
        if (!arg)
            continue;
        for (const ArgDefinition& def : arg->args) {
            GlobalArg g;
            g.name = def.name;
            g.location = locationOf(in, inst.node);
            if (buildArgs.contains(def.name)) {
                g.value = buildArgs.value(def.name); // verbatim, not expanded (S2)
                g.source = EnvSource::BuildArg;
            } else if (def.defaultValue) {
                BuildState scope;
                scope.env = a->globalScope;
                // Earlier global ARGs without a value are declared, not undefined (UndefinedVar).
                for (const GlobalArg& earlier : std::as_const(a->globalArgs))
                    scope.declaredArgs.append(earlier.name);
                g.value = expandField(in, scope, true, inst.node, *def.defaultValue, &a->diagnostics);
            }
            a->globalArgs.append(g);
            if (g.value)
                a->globalScope.append(globalAssignment(g.name, *g.value, g.source, in.file, g.location));
        }
    }
}

/// S3 + B1.3: the FROM text against the global scope, the parent stage, the platform, the image.
void resolveFrom(const AnalysisInput& in, DockerfileAnalysis* a, const DockerStage& ds, StageInfo* s)
{
    BuildState global;
    global.env = a->globalScope;
    const ShellEnv env = global.shellEnv();
    const DockerNode& node = ds.from.node;
    QStringList declared;
    for (const GlobalArg& g : std::as_const(a->globalArgs))
        declared.append(g.name);

    auto expandFrom = [&](const QString& text, QString* out) {
        const ExpandResult r = expandWord(text, env, in.model.escapeToken);
        if (!r.ok()) {
            a->diagnostics.append(diagnosticAt(in, node, DiagnosticLevel::Error, r.error));
            *out = text;
            return false;
        }
        bool resolved = true;
        QStringList names(r.unmatched.cbegin(), r.unmatched.cend());
        names.sort();
        for (const QString& name : std::as_const(names)) {
            resolved = false;
            if (!declared.contains(name)) {
                a->diagnostics.append(diagnosticAt(in, node, DiagnosticLevel::Warning,
                    u"FROM argument '%1' is not declared"_s.arg(name))); // UndefinedArgInFrom (D2)
            }
        }
        if (!resolved) {
            // `${X:-default}` still gives a usable value: with unset names left as written
            // (Lex.SkipUnsetEnv) the text only differs when a bare reference was unset.
            ShellOptions keep;
            keep.escape = in.model.escapeToken;
            keep.skipUnsetEnv = true;
            resolved = expandShell(text, env, keep).value == r.value;
        }
        *out = r.value;
        return resolved;
    };

    s->baseResolved = expandFrom(ds.baseName, &s->baseExpanded);
    if (s->baseExpanded.isEmpty() && ds.valid) {
        a->diagnostics.append(
            diagnosticAt(in, node, DiagnosticLevel::Error, u"base name (%1) should not be blank"_s.arg(ds.baseName)));
    }
    // B1.3: exact comparison of the expanded text with the lower-cased names of earlier stages.
    for (int i = 0; i < s->index; ++i) {
        if (!a->stages.at(i).name.isEmpty() && a->stages.at(i).name == s->baseExpanded)
            s->parentStage = i;
    }
    QString platform;
    if (!ds.platform.isEmpty())
        expandFrom(ds.platform, &platform);
    if (platform.isEmpty())
        platform = s->parentStage >= 0 ? a->stages.at(s->parentStage).platform : in.options.targetPlatform;
    s->platform = platform;
    QString variant;
    splitPlatform(platform, &s->goos, &s->goarch, &variant);
    if (s->goos.isEmpty())
        s->goos = u"linux"_s;
    if (s->goarch.isEmpty())
        s->goarch = u"amd64"_s;

    if (s->parentStage >= 0) {
        s->image = a->stages.at(s->parentStage).image;
    } else if (s->baseExpanded == u"scratch"_s) {
        s->image.image = s->baseExpanded;
        s->image.notes.append(u"scratch: an empty image"_s);
    } else if (s->baseResolved) {
        s->image = lookupBaseImage(s->baseExpanded);
    } else {
        s->image.image = s->baseExpanded;
        s->image.notes.append(u"the FROM text uses an undefined variable, so the image is unknown"_s);
    }
}

/// B1.4: stages the target needs, following FROM parents, COPY --from and RUN --mount from=.
void markReachable(DockerfileAnalysis* a)
{
    if (a->target < 0)
        return;
    QList<int> queue = { a->target };
    while (!queue.isEmpty()) {
        const int i = queue.takeFirst();
        StageInfo& s = a->stages[i];
        if (s.reachable)
            continue;
        s.reachable = true;
        if (s.parentStage >= 0)
            queue.append(s.parentStage);
        for (const StageReference& ref : std::as_const(s.references)) {
            if (ref.stage >= 0)
                queue.append(ref.stage);
        }
    }
}

} // namespace

QString StageInfo::label() const
{
    return name.isEmpty() ? u"#%1"_s.arg(index) : name;
}

QString dockerContextId(const QString& file, const StageInfo& stage, int line)
{
    return u"%1:%2:%3"_s.arg(file, stage.label()).arg(line);
}

DockerfileAnalysis analyzeDockerfile(
    const DockerfileAst& ast, const DockerfileModel& model, const DockerAnalysisOptions& options)
{
    const QString file = !options.fileName.isEmpty() ? options.fileName
        : !ast.fileName.isEmpty()                    ? ast.fileName
                                                     : model.fileName;
    const AnalysisInput in { ast, model, options, file };
    DockerfileAnalysis a;
    a.fileName = file;
    a.suppressions = parseSuppressions(ast, &a.diagnostics);
    for (Suppression& s : a.suppressions)
        s.file = file;
    for (Diagnostic& d : a.diagnostics)
        d.location.file = file;

    // --target, else the last stage (B1.4); the target is looked up like --target does.
    if (!model.stages.isEmpty()) {
        a.target = options.target.isEmpty() ? int(model.stages.size()) - 1 : model.findStage(options.target);
        if (a.target < 0) {
            a.diagnostics.append(makeDiagnostic(
                DiagnosticLevel::Error, file, 0, 0, u"target stage \"%1\" could not be found"_s.arg(options.target)));
        }
    }
    QString targetStage = u"default"_s;
    if (a.target >= 0 && !model.stages.at(a.target).name.isEmpty())
        targetStage = model.stages.at(a.target).name;
    buildGlobalScope(in, &a, targetStage);

    // S8: proxy build args, both spellings, the lower-case (last byte-wise) spelling winning.
    static const QStringList proxies = { u"http_proxy"_s, u"https_proxy"_s, u"ftp_proxy"_s, u"no_proxy"_s,
        u"all_proxy"_s };
    for (const QString& p : proxies) {
        QString value;
        QString winner;
        for (auto it = options.buildArgs.cbegin(); it != options.buildArgs.cend(); ++it) {
            if (it.key().toLower() == p && !it.value().isEmpty() && (winner.isEmpty() || it.key() > winner)) {
                winner = it.key();
                value = it.value();
            }
        }
        if (!winner.isEmpty()) {
            a.proxyBuildArgs.append({ p.toUpper(), value });
            a.proxyBuildArgs.append({ p, value });
        }
    }

    for (const DockerStage& ds : model.stages) {
        StageInfo s;
        s.index = ds.index;
        s.name = ds.name;
        s.baseAsWritten = ds.baseName;
        s.platformAsWritten = ds.platform;
        s.location = locationOf(in, ds.from.node);
        s.isTarget = ds.index == a.target;
        a.stages.append(s);
        resolveFrom(in, &a, ds, &a.stages.last());
        walkStage(in, &a, ds.index);
    }
    markReachable(&a);

    for (RunInfo& run : a.runs) {
        if (!run.invokesGo())
            continue;
        run.context = int(a.contexts.size());
        a.contexts.append(buildGoRunContext(in, a.stages.at(run.stage), run));
    }
    return a;
}

const StageInfo* DockerfileAnalysis::stage(const QString& nameOrIndex) const
{
    for (const StageInfo& s : stages) {
        if (s.label() == nameOrIndex || (!s.name.isEmpty() && s.name == nameOrIndex.toLower()))
            return &s;
    }
    return nullptr;
}

const RunInfo* DockerfileAnalysis::runAtLine(int line) const
{
    for (const RunInfo& r : runs) {
        if (r.location.line == line)
            return &r;
    }
    return nullptr;
}

QList<EnvContext> DockerfileAnalysis::reachableContexts() const
{
    QList<EnvContext> out;
    for (const RunInfo& r : runs) {
        if (r.context >= 0 && stages.at(r.stage).reachable)
            out.append(contexts.at(r.context));
    }
    return out;
}

QStringList RunInfo::goSubcommands() const
{
    QStringList out;
    for (const GoInvocation& g : go) {
        if (!out.contains(g.subcommand))
            out.append(g.subcommand);
    }
    return out;
}

QList<RunMount> RunInfo::cacheMounts() const
{
    QList<RunMount> out;
    for (const RunMount& m : mounts) {
        if (m.type == u"cache"_s)
            out.append(m);
    }
    return out;
}

bool RunInfo::hasCredentialMount() const
{
    for (const RunMount& m : mounts) {
        if (m.type == u"secret"_s || m.type == u"ssh"_s)
            return true;
    }
    return false;
}

} // namespace gmd
