// SPDX-License-Identifier: MIT
#include "dockershell/shelllexer.h"
#include "globalscope_p.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

PlatformSpec platformOrDefault(const QString& text)
{
    if (const std::optional<PlatformSpec> p = parsePlatformSpec(text))
        return *p;
    return PlatformSpec { u"linux"_s, u"amd64"_s, {} };
}

/// buildMetaArgs: the global ARGs on top of `env`; `buildArgs` may be empty (defaults only).
bool addGlobalArgs(ShellEnv* env, const DockerfileModel& model, const QHash<QString, QString>& buildArgs)
{
    bool ok = true;
    for (const DockerInstruction& inst : model.globalArgs) {
        const ArgInstruction* arg = inst.as<ArgInstruction>();
        if (!arg)
            continue;
        for (const ArgDefinition& def : arg->args) {
            const auto given = buildArgs.constFind(def.name);
            if (given != buildArgs.constEnd()) {
                env->set(def.name, *given); // S2: used verbatim, not expanded
            } else if (def.defaultValue) {
                const ExpandResult r = expandWord(*def.defaultValue, *env, model.escapeToken);
                if (!r.ok()) {
                    ok = false; // BuildKit fails the build here
                    continue;
                }
                env->set(def.name, r.value);
            }
        }
    }
    return ok;
}

} // namespace

GlobalScope computeGlobalScope(const DockerfileModel& model, const BuildCheckOptions& options)
{
    GlobalScope scope;
    scope.escape = model.escapeToken;
    scope.buildArgs = options.buildArgs;
    const PlatformSpec build = platformOrDefault(options.buildPlatform);
    scope.target = platformOrDefault(options.targetPlatform);
    QString targetStage = options.target;
    if (targetStage.isEmpty() && !model.stages.isEmpty())
        targetStage = model.stages.last().name;
    if (targetStage.isEmpty())
        targetStage = u"default"_s;
    // S1: defaultArgs, in BuildKit's order.
    const QList<std::pair<QString, QString>> automatic = {
        { u"BUILDPLATFORM"_s, build.format() },
        { u"BUILDOS"_s, build.os },
        { u"BUILDOSVERSION"_s, QString() },
        { u"BUILDARCH"_s, build.architecture },
        { u"BUILDVARIANT"_s, build.variant },
        { u"TARGETPLATFORM"_s, scope.target.format() },
        { u"TARGETOS"_s, scope.target.os },
        { u"TARGETOSVERSION"_s, QString() },
        { u"TARGETARCH"_s, scope.target.architecture },
        { u"TARGETVARIANT"_s, scope.target.variant },
        { u"TARGETSTAGE"_s, targetStage },
    };
    ShellEnv base;
    for (const auto& [name, value] : automatic)
        base.set(name, options.buildArgs.value(name, value));
    scope.env = base;
    scope.defaults = base;
    addGlobalArgs(&scope.env, model, options.buildArgs);
    scope.defaultsOk = addGlobalArgs(&scope.defaults, model, {});
    for (const DockerInstruction& inst : model.globalArgs) {
        if (const ArgInstruction* arg = inst.as<ArgInstruction>()) {
            for (const ArgDefinition& def : arg->args)
                scope.declared.append(def.name);
        }
    }
    return scope;
}

} // namespace gmd
