// SPDX-License-Identifier: MIT
// The per-stage timeline: the build state before every instruction (spec dockerfile.md S4-S8, C1).
#include "analysis_p.h"
#include "context/copysource.h"
#include "common/go/path.h"
#include "dockershell/shelllexer.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd::docker_detail {

namespace {

class StageWalker
{
public:
    StageWalker(const AnalysisInput& in, DockerfileAnalysis* a, int index)
        : m_in(in)
        , m_a(a)
        , m_index(index)
        , m_stage(a->stages[index])
    { }

    void run();

private:
    QString expand(const QString& text, const DockerNode& node, const BuildState* state = nullptr);
    void initialState();
    void applyArg(const DockerInstruction& inst);
    void applyEnv(const DockerInstruction& inst);
    void applyCopy(const DockerInstruction& inst, const QStringList& sources, const QList<InlineFile>& inlines,
        const QString& dest, const QString& from, CopiedPath::Kind kind);
    void checkOtherFields(const DockerInstruction& inst);
    void step(const DockerInstruction& inst, int command);
    EnvAssignment assignment(
        const QString& name, const QString& value, EnvSource source, const DockerNode& node, bool inImage) const;

    const AnalysisInput& m_in;
    DockerfileAnalysis* m_a;
    int m_index;
    StageInfo& m_stage;
    BuildState m_state;
};

QString StageWalker::expand(const QString& text, const DockerNode& node, const BuildState* state)
{
    return expandField(m_in, state ? *state : m_state, m_stage.image.known, node, text, &m_a->diagnostics);
}

EnvAssignment StageWalker::assignment(
    const QString& name, const QString& value, EnvSource source, const DockerNode& node, bool inImage) const
{
    EnvAssignment a;
    a.name = name;
    a.value = value;
    a.source = source;
    a.origin = m_in.file;
    a.location = locationOf(m_in, node);
    a.stage = m_index;
    a.inImage = inImage;
    return a;
}

void StageWalker::initialState()
{
    if (m_stage.parentStage >= 0) {
        // S6: a stage built FROM an earlier one starts from that stage's final state.
        m_state = m_a->stages.at(m_stage.parentStage).final;
        return;
    }
    const BaseImageFacts& img = m_stage.image;
    for (const auto& kv : img.env) {
        EnvAssignment a;
        a.name = kv.first;
        a.value = kv.second;
        a.source = EnvSource::BaseImage;
        a.origin = m_stage.baseExpanded;
        a.location = m_stage.location;
        a.inImage = true;
        m_state.env.append(a);
    }
    if (!m_state.find(u"PATH"_s)) {
        // S6: BuildKit adds the default PATH when the image has none (unknown images included:
        // their own PATH is not known here).
        EnvAssignment a;
        a.name = u"PATH"_s;
        a.value = defaultImagePath();
        a.source = EnvSource::BaseImage;
        a.origin = img.known ? m_stage.baseExpanded : u"BuildKit default PATH"_s;
        a.location = m_stage.location;
        a.inImage = true;
        m_state.env.append(a);
    }
    m_state.workdir = img.workdir.isEmpty() ? u"/"_s : img.workdir;
    m_state.user = img.user;
    m_state.knownDirectories = { u"/"_s, m_state.workdir };
    if (!img.goroot.isEmpty())
        m_state.knownDirectories.append(img.goroot);
}

void StageWalker::applyArg(const DockerInstruction& inst)
{
    const ArgInstruction* arg = inst.as<ArgInstruction>();
    for (const ArgDefinition& def : arg->args) {
        if (!m_state.declaredArgs.contains(def.name))
            m_state.declaredArgs.append(def.name);
        // S4: --build-arg (verbatim) > own default (expanded) > global value > unset.
        if (m_in.options.buildArgs.contains(def.name)) {
            m_state.env.append(
                assignment(def.name, m_in.options.buildArgs.value(def.name), EnvSource::BuildArg, inst.node, false));
        } else if (def.defaultValue) {
            const QString v = expand(*def.defaultValue, inst.node);
            m_state.env.append(assignment(def.name, v, EnvSource::DockerfileArg, inst.node, false));
        } else {
            for (qsizetype i = m_a->globalScope.size() - 1; i >= 0; --i) {
                const EnvAssignment& g = m_a->globalScope.at(i);
                if (g.name != def.name)
                    continue;
                EnvAssignment a = assignment(def.name, g.value, g.source, inst.node, false);
                if (g.source == EnvSource::DockerfileArg && g.location.isValid())
                    a.location = g.location; // the value is written at the global ARG
                a.origin = g.origin.isEmpty() ? m_in.file : g.origin;
                m_state.env.append(a);
                break;
            }
        }
    }
}

void StageWalker::applyEnv(const DockerInstruction& inst)
{
    // C1: every key and value sees the environment as it was before this ENV.
    const BuildState before = m_state;
    for (const KeyValuePair& kv : inst.as<EnvInstruction>()->pairs) {
        const QString key = expand(kv.key, inst.node, &before);
        const QString value = expand(kv.value, inst.node, &before);
        m_state.env.append(assignment(key, value, EnvSource::DockerfileEnv, inst.node, true));
    }
}

void StageWalker::applyCopy(const DockerInstruction& inst, const QStringList& sources, const QList<InlineFile>& inlines,
    const QString& destRaw, const QString& from, CopiedPath::Kind kind)
{
    int fromStage = -1;
    if (!from.isEmpty()) {
        // C1: --from is never expanded; a `$` that would change it is an error.
        if (from.contains(u'$')) {
            const ExpandResult r = expandWord(from, m_state.shellEnv(), m_in.model.escapeToken);
            if (!r.ok() || r.value != from) {
                m_a->diagnostics.append(diagnosticAt(m_in, inst.node, DiagnosticLevel::Error,
                    u"variable expansion is not supported for --from, define a new stage with FROM using ARG "
                    "from global scope as a workaround"_s));
            }
        }
        QString error;
        fromStage = m_in.model.resolveStageReference(from, m_index, &error);
        m_stage.references.append(StageReference { locationOf(m_in, inst.node), from, fromStage, false });
    }
    const QString dest = expand(destRaw, inst.node);
    const QString absolute = joinImagePath(m_state.workdir, dest);
    const qsizetype count = sources.size() + inlines.size();
    bool destDir = dest.endsWith(u'/') || dest.isEmpty() || dest == u"."_s || count > 1
        || m_state.knownDirectories.contains(absolute);
    for (const QString& raw : sources) {
        CopiedPath f;
        f.kind = kind;
        f.location = locationOf(m_in, inst.node);
        f.from = from;
        f.fromStage = fromStage;
        f.source = expand(raw, inst.node);
        f.remote = kind == CopiedPath::Kind::Add && (f.source.contains(u"://"_s) || f.source.startsWith(u"git@"_s));
        QString cleaned = go::pathClean(f.source);
        while (cleaned.startsWith(u'/'))
            cleaned.remove(0, 1);
        f.contextPath = cleaned == u"."_s ? QString() : cleaned;
        f.wholeContext = from.isEmpty() && !f.remote && f.contextPath.isEmpty();
        f.wildcard = containsCopyWildcards(f.source);
        f.destination = absolute;
        f.destinationIsDirectory = destDir || f.wildcard || f.contextPath.isEmpty();
        m_state.files.append(f);
    }
    for (const InlineFile& h : inlines) {
        CopiedPath f;
        f.kind = CopiedPath::Kind::Inline;
        f.location = locationOf(m_in, inst.node);
        f.source = h.path;
        f.destination = absolute;
        f.destinationIsDirectory = destDir;
        m_state.files.append(f);
    }
    if (destDir && !m_state.knownDirectories.contains(absolute))
        m_state.knownDirectories.append(absolute);
}

void StageWalker::checkOtherFields(const DockerInstruction& inst)
{
    // C1: fields BuildKit expands; only their diagnostics matter here.
    if (const LabelInstruction* l = inst.as<LabelInstruction>()) {
        for (const KeyValuePair& kv : l->pairs) {
            expand(kv.key, inst.node);
            expand(kv.value, inst.node);
        }
    } else if (const VolumeInstruction* v = inst.as<VolumeInstruction>()) {
        for (const QString& s : v->volumes)
            expand(s, inst.node);
    } else if (const StopsignalInstruction* s = inst.as<StopsignalInstruction>()) {
        expand(s->signal, inst.node);
    } else if (const ExposeInstruction* e = inst.as<ExposeInstruction>()) {
        for (const QString& p : e->ports)
            expand(p, inst.node);
    }
}

void StageWalker::step(const DockerInstruction& inst, int command)
{
    TimelineStep step;
    step.kind = inst.kind;
    step.command = command;
    step.location = locationOf(m_in, inst.node);
    step.before = m_state;
    m_stage.steps.append(step);
    const int stepIndex = int(m_stage.steps.size()) - 1;
    switch (inst.kind) {
    case InstructionKind::Arg:
        applyArg(inst);
        break;
    case InstructionKind::Env:
        applyEnv(inst);
        break;
    case InstructionKind::Workdir: {
        const QString dir = expand(inst.as<WorkdirInstruction>()->path, inst.node);
        m_state.workdir = joinImagePath(m_state.workdir, dir);
        if (!m_state.knownDirectories.contains(m_state.workdir))
            m_state.knownDirectories.append(m_state.workdir);
        break;
    }
    case InstructionKind::User:
        m_state.user = expand(inst.as<UserInstruction>()->user, inst.node);
        break;
    case InstructionKind::Shell:
        m_state.shell = inst.as<ShellInstruction>()->shell;
        break;
    case InstructionKind::Copy: {
        const CopyInstruction* c = inst.as<CopyInstruction>();
        applyCopy(inst, c->sources, c->inlineSources, c->dest, c->from, CopiedPath::Kind::Copy);
        break;
    }
    case InstructionKind::Add: {
        const AddInstruction* c = inst.as<AddInstruction>();
        applyCopy(inst, c->sources, c->inlineSources, c->dest, QString(), CopiedPath::Kind::Add);
        break;
    }
    case InstructionKind::Run: {
        RunInfo run = analyzeRun(m_in, m_a, m_index, inst, stepIndex, &m_state);
        m_stage.steps[stepIndex].run = int(m_a->runs.size());
        m_a->runs.append(run);
        break;
    }
    default:
        checkOtherFields(inst);
        break;
    }
}

void StageWalker::run()
{
    initialState();
    m_stage.initial = m_state;
    if (m_stage.parentStage >= 0) {
        // B3.8: the parent's ONBUILD triggers run first, in order (and are not inherited further).
        for (const DockerInstruction& inst : m_in.model.stages.at(m_stage.parentStage).commands) {
            const OnbuildInstruction* ob = inst.as<OnbuildInstruction>();
            if (!ob || !ob->trigger)
                continue;
            DockerInstruction trigger = *ob->trigger;
            trigger.node.startLine = inst.node.startLine;
            trigger.node.endLine = inst.node.endLine;
            trigger.node.column = inst.node.column;
            step(trigger, -1);
        }
    }
    const DockerStage& stage = m_in.model.stages.at(m_index);
    for (int i = 0; i < stage.commands.size(); ++i)
        step(stage.commands.at(i), i);
    m_stage.final = m_state;
}

} // namespace

void walkStage(const AnalysisInput& in, DockerfileAnalysis* analysis, int index)
{
    StageWalker walker(in, analysis, index);
    walker.run();
}

} // namespace gmd::docker_detail
