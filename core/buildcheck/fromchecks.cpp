// SPDX-License-Identifier: MIT
// Rules on FROM lines, evaluated in the global scope (BK:d2llb/convert.go buildDispatchStates,
// validations.go reportUnusedFromArgs, reportRedundantTargetPlatform,
// reportConstPlatformDisallowed, validateBaseImagesWithDefaultArgs).
#include "checkrun_p.h"
#include "common/go/strconv.h"
#include "dockershell/shelllexer.h"
#include "globalscope_p.h"
#include "imagereference.h"
#include "platformspec.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace gmd::buildcheck_detail {

namespace {

QStringList sortedNames(const QSet<QString>& names)
{
    QStringList out(names.begin(), names.end());
    std::sort(out.begin(), out.end());
    return out;
}

/// D2 UndefinedArgInFrom: a name that is neither an automatic arg nor any global ARG.
void reportUndeclared(
    Emitter& emitter, const DockerStage& stage, const QSet<QString>& unmatched, const QStringList& argKeys)
{
    for (const QString& name : sortedNames(unmatched)) {
        if (argKeys.contains(name))
            continue; // declared without a value: unset, but not undeclared
        QString message = u"FROM argument '"_s + name + u"' is not declared"_s;
        const QString suggestion = closestName(name, argKeys);
        if (!suggestion.isEmpty())
            message += u" (did you mean "_s + suggestion + u"?)"_s;
        emitter.report(u"UndefinedArgInFrom"_s, stage.from.node, message, &stage.from.node.prevComments);
    }
}

void checkPlatform(Emitter& emitter, const DockerStage& stage, const GlobalScope& scope, const QStringList& argKeys)
{
    const ExpandResult p = expandWord(stage.platform, scope.env, scope.escape);
    reportUndeclared(emitter, stage, p.unmatched, argKeys);
    const QStringList* comments = &stage.from.node.prevComments;
    // D2 RedundantTargetPlatform: TARGETPLATFORM is the only name used and the result equals it.
    if (p.matched.size() == 1 && p.unmatched.isEmpty() && p.matched.contains(u"TARGETPLATFORM"_s)
        && p.value == scope.env.value(u"TARGETPLATFORM"_s).value_or(QString())) {
        emitter.report(u"RedundantTargetPlatform"_s, stage.from.node,
            u"Setting platform to predefined "_s + stage.platform
                + u" in FROM is redundant as this is the default behavior"_s,
            comments);
    }
    // D2 FromPlatformFlagConstDisallowed: no variable at all, and neither the OS nor the
    // architecture appears in the stage name (a stage named for its platform is deliberate).
    if (!p.matched.isEmpty() || !p.unmatched.isEmpty())
        return;
    const std::optional<PlatformSpec> spec =
        parsePlatformSpec(p.value, nullptr, scope.target.os, scope.target.architecture);
    if (!spec || stage.name.contains(spec->os) || stage.name.contains(spec->architecture))
        return;
    emitter.report(u"FromPlatformFlagConstDisallowed"_s, stage.from.node,
        u"FROM --platform flag should not use constant value "_s + go::quote(p.value), comments);
}

} // namespace

void runFromChecks(const DockerfileModel& model, const GlobalScope& scope, Emitter& emitter)
{
    // D2 InvalidDefaultArgInFrom: with ARG defaults only, every FROM must still name a valid
    // image. File-level; BuildKit gives up on the first expansion error.
    if (scope.defaultsOk) {
        for (const DockerStage& stage : model.stages) {
            if (!stage.valid)
                continue;
            const ExpandResult r = expandWord(stage.baseName, scope.defaults, scope.escape);
            if (!r.ok())
                break;
            if (!imageReferenceError(r.value).isEmpty()) {
                emitter.report(u"InvalidDefaultArgInFrom"_s, stage.from.node,
                    u"Default value for ARG "_s + stage.baseName + u" results in empty or invalid base image name"_s,
                    nullptr);
            }
        }
    }

    QStringList argKeys = scope.declared + scope.env.names();
    argKeys.removeDuplicates();
    std::sort(argKeys.begin(), argKeys.end());
    for (const DockerStage& stage : model.stages) {
        if (!stage.valid)
            continue;
        const ExpandResult name = expandWord(stage.baseName, scope.env, scope.escape);
        reportUndeclared(emitter, stage, name.unmatched, argKeys);
        if (!stage.platform.isEmpty())
            checkPlatform(emitter, stage, scope, argKeys);
    }
}

} // namespace gmd::buildcheck_detail
