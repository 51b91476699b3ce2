// SPDX-License-Identifier: MIT
// One RUN instruction: mounts (B4), network (G2), the go commands it runs (G) and what they
// leave in the image (`go env -w` writes the user env file; `go mod init/tidy` write files).
#include "analysis_p.h"
#include "dockerfile/heredocmarker.h"
#include "env/goenvresolver.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd::docker_detail {

namespace {

/// The shell-form text with the file positions of its pieces (continuations joined, A4).
ScriptText lineScript(const AnalysisInput& in, const DockerNode& node, const QString& text)
{
    ScriptText s;
    s.text = text;
    s.file = in.file;
    const qsizetype base = node.original.indexOf(text, node.keyword.size());
    if (base < 0) {
        s.anchors.append(ScriptText::Anchor { 0, node.startLine, node.column });
        return s;
    }
    const SourceLocation first = node.locate(int(base));
    s.anchors.append(ScriptText::Anchor { 0, first.line, first.column });
    for (const DockerLineSegment& seg : node.segments) {
        if (seg.offset > base && seg.offset - base < text.size())
            s.anchors.append(ScriptText::Anchor { int(seg.offset - base), seg.line, seg.column });
    }
    return s;
}

bool isShellInterpreter(const QString& shebang)
{
    // "#!/bin/sh -e", "#!/usr/bin/env bash"
    const QStringList words = shebang.mid(2).split(u' ', Qt::SkipEmptyParts);
    QString program = words.value(0).section(u'/', -1);
    if (program == u"env"_s)
        program = words.value(1);
    static const QStringList shells = { u"sh"_s, u"bash"_s, u"ash"_s, u"dash"_s, u"zsh"_s, u"ksh"_s };
    return shells.contains(program);
}

/// A8.10: the script a shell-form RUN with heredocs gives to the shell, with positions.
ScriptText heredocScript(
    const AnalysisInput& in, const DockerNode& node, const CommandLine& cmd, bool* wholeScript, bool* skip)
{
    const QString line = cmd.args.value(0);
    const QString trimmed = line.trimmed();
    const std::optional<DockerHeredoc> marker = parseHeredocMarker(trimmed);
    if (marker && !trimmed.contains(u' ') && !node.heredocs.isEmpty()) {
        // Only one heredoc marker: its content is the command (or a #! script).
        const DockerHeredoc& h = node.heredocs.constFirst();
        ScriptText s;
        s.text = h.chomp ? chompHeredocContent(h.content) : h.content;
        s.file = in.file;
        s.anchors.append(ScriptText::Anchor { 0, h.startLine, 1 });
        *wholeScript = true;
        *skip = s.text.startsWith(u"#!"_s) && !isShellInterpreter(s.text.section(u'\n', 0, 0));
        return s;
    }
    // Otherwise BuildKit hands the shell `<line>\n<body1><name1>\n...`.
    ScriptText s = lineScript(in, node, line);
    QString text = line + u'\n';
    for (const DockerHeredoc& h : node.heredocs) {
        s.anchors.append(ScriptText::Anchor { int(text.size()), h.startLine, 1 });
        text += h.content + h.name + u'\n';
    }
    s.text = text;
    return s;
}

/// Files a go command writes in the image (so later RUNs find them).
void addGeneratedFiles(const GoInvocation& g, BuildState* state)
{
    QStringList names;
    if (g.subcommand == u"mod init"_s)
        names = { u"go.mod"_s };
    else if (g.subcommand == u"mod tidy"_s)
        names = { u"go.mod"_s, u"go.sum"_s };
    else if (g.subcommand == u"mod vendor"_s)
        names = { u"vendor/modules.txt"_s };
    if (!g.directoryKnown)
        return;
    for (const QString& n : std::as_const(names)) {
        CopiedPath f;
        f.kind = CopiedPath::Kind::Generated;
        f.location = g.location;
        f.source = n;
        f.destination = g.directory;
        f.destinationIsDirectory = true;
        state->files.append(f);
    }
}

} // namespace

QString imageUserEnvFile(const QMap<QString, QString>& env, const QString& goVersion)
{
    return userEnvFilePath(env, u"linux"_s, goVersion);
}

RunInfo analyzeRun(const AnalysisInput& in, DockerfileAnalysis* analysis, int stageIndex, const DockerInstruction& inst,
    int step, BuildState* state)
{
    StageInfo& stage = analysis->stages[stageIndex];
    const RunInstruction* run = inst.as<RunInstruction>();
    RunInfo r;
    r.stage = stageIndex;
    r.step = step;
    r.location = locationOf(in, inst.node);
    r.execForm = !run->command.prependShell;
    r.command = run->command.args;
    r.network = run->network;
    r.security = run->security;
    r.workdir = state->workdir;

    // B4.5: every mount option value is expanded against the stage environment.
    for (const RunMount& m : run->mounts) {
        const MountValueExpander expander = [&](const QString& value, QString* out, QString* error) {
            bool ok = true;
            *out = expandField(in, *state, stage.image.known, inst.node, value, &analysis->diagnostics, &ok);
            if (!ok)
                *error = u"failed to expand %1"_s.arg(value);
            return ok;
        };
        const RunMountResult parsed =
            m.deferredKeys.isEmpty() ? RunMountResult { m, {} } : parseRunMount(m.raw, expander);
        RunMount mount = parsed.ok() ? parsed.mount : m;
        if (!parsed.ok())
            analysis->diagnostics.append(diagnosticAt(in, inst.node, DiagnosticLevel::Error, parsed.error));
        if (!mount.target.isEmpty() && !mount.target.startsWith(u'/'))
            mount.target = joinImagePath(state->workdir, mount.target); // B4.4
        if (!mount.from.isEmpty()) {
            QString error;
            const int index = in.model.resolveStageReference(mount.from, stageIndex, &error);
            stage.references.append(StageReference { r.location, mount.from, index, true });
        }
        r.mounts.append(mount);
    }

    // S8: what the process gets, proxy build args appended after the build environment.
    r.environment = state->effective();
    for (const auto& kv : std::as_const(analysis->proxyBuildArgs)) {
        EnvAssignment a;
        a.name = kv.first;
        a.value = kv.second;
        a.source = EnvSource::ProxyBuildArg;
        a.origin = u"--build-arg"_s;
        a.stage = stageIndex;
        r.environment.append(a);
    }

    ShellScanOptions scan;
    scan.workdir = state->workdir;
    scan.home = state->home();
    for (const EnvAssignment& a : std::as_const(r.environment)) {
        // A shell keeps the last of duplicate entries (the proxy arg); Go's os.Getenv the first.
        if (!r.execForm || !scan.env.contains(a.name))
            scan.env.insert(a.name, a.value);
    }
    if (!scan.env.contains(u"HOME"_s) && !scan.home.isEmpty())
        scan.env.insert(u"HOME"_s, scan.home);

    if (r.execForm) {
        r.go = scanExecForGo(run->command.args, r.location, scan);
    } else {
        bool whole = false;
        bool skip = false;
        const ScriptText script = inst.node.heredocs.isEmpty()
            ? lineScript(in, inst.node, run->command.args.value(0))
            : heredocScript(in, inst.node, run->command, &whole, &skip);
        r.heredocScript = whole;
        if (!inst.node.heredocs.isEmpty())
            r.command = { script.text };
        if (!skip) {
            r.go = scanShellForGo(script, scan);
            if (whole) {
                for (GoInvocation& g : r.go)
                    g.inHeredoc = true;
            }
        }
    }

    // What stays in the image: `go env -w` writes (ENV-4 path at that point) and generated files.
    const QString goVersion = stage.image.comparableVersion();
    for (const GoInvocation& g : std::as_const(r.go)) {
        addGeneratedFiles(g, state);
        if (!g.writesEnvFile())
            continue;
        QMap<QString, QString> env = scan.env;
        for (const QString& u : g.unsets)
            env.remove(u);
        for (const auto& kv : g.exports)
            env.insert(kv.first, kv.second);
        for (const auto& kv : g.assignments)
            env.insert(kv.first, kv.second);
        const QString file = imageUserEnvFile(env, goVersion);
        for (const auto& kv : g.envWrites)
            state->goEnvWrites.append(GoEnvWrite { file, kv.first, kv.second, g.location, stageIndex });
        for (const QString& name : g.envUnsets)
            state->goEnvWrites.append(GoEnvWrite { file, name, std::nullopt, g.location, stageIndex });
    }
    return r;
}

} // namespace gmd::docker_detail
