// SPDX-License-Identifier: MIT
// Converting the stages for the dispatch-time rules (BK:d2llb/convert.go toDispatchState,
// resolveStages, dispatchStages): which stages run, what each starts from, ONBUILD triggers.
#include "baseimages.h"
#include "common/go/strconv.h"
#include "dockershell/shelllexer.h"
#include "platformspec.h"
#include "stagechecks_p.h"

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace gmd::buildcheck_detail {

namespace {

/// The earlier stage a FROM names once expanded in the global scope (B1.3: exact comparison
/// with the lower-cased names; the latest earlier stage of that name), or -1 for an image.
int baseStageOf(const DockerfileModel& model, int index, const QString& expandedBase)
{
    int found = -1;
    for (int i = 0; i < index; ++i) {
        if (!model.stages.at(i).name.isEmpty() && model.stages.at(i).name == expandedBase)
            found = i;
    }
    return found;
}

/// A stage reference of COPY --from / RUN --mount from= (B1.3), -1 for an image or none.
int stageReference(const DockerfileModel& model, const QString& ref)
{
    if (ref.isEmpty() || ref.contains(u'$'))
        return -1;
    bool number = false;
    const int n = ref.toInt(&number);
    if (number)
        return n >= 0 && n < model.stages.size() ? n : -1;
    return model.findStage(ref);
}

QList<int> dependenciesOf(const DockerfileModel& model, int index, int base)
{
    QList<int> deps;
    if (base >= 0)
        deps.append(base);
    for (const DockerInstruction& inst : model.stages.at(index).commands) {
        if (const CopyInstruction* copy = inst.as<CopyInstruction>())
            deps.append(stageReference(model, copy->from));
        if (const RunInstruction* run = inst.as<RunInstruction>()) {
            for (const RunMount& mount : run->mounts)
                deps.append(stageReference(model, mount.from));
        }
    }
    deps.removeAll(-1);
    return deps;
}

/// allReachableStages: the target and everything it depends on.
QList<bool> reachableFrom(int target, const QList<QList<int>>& deps)
{
    QList<bool> seen(deps.size(), false);
    QList<int> todo { target };
    while (!todo.isEmpty()) {
        const int i = todo.takeLast();
        if (i < 0 || i >= deps.size() || seen.at(i))
            continue;
        seen[i] = true;
        todo += deps.at(i);
    }
    return seen;
}

/// S6: what a stage built on an image starts from. Offline the ENV is known for scratch,
/// images the caller describes and well-known official images only.
StageState imageState(const QString& image, const BuildCheckOptions& options)
{
    StageState state;
    std::optional<QStringList> env;
    if (image == "scratch"_L1)
        env = QStringList();
    else if (options.baseImageEnv.contains(image))
        env = options.baseImageEnv.value(image);
    else
        env = wellKnownImageEnv(image);
    state.envKnown = env.has_value();
    for (const QString& entry : env.value_or(QStringList()))
        state.env.append(entry);
    if (!state.env.contains(u"PATH"_s))
        state.env.set(u"PATH"_s, QStringView(kDefaultImagePath).toString());
    return state;
}

} // namespace

QString runStageChecks(
    const DockerfileModel& model, const GlobalScope& scope, const BuildCheckOptions& options, Emitter& emitter)
{
    const int count = int(model.stages.size());
    if (count == 0)
        return {};
    QList<int> bases(count, -1);
    QList<QString> images(count);
    QList<QList<int>> deps(count);
    for (int i = 0; i < count; ++i) {
        const ExpandResult base = expandWord(model.stages.at(i).baseName, scope.env, scope.escape);
        images[i] = base.ok() ? base.value : model.stages.at(i).baseName;
        bases[i] = baseStageOf(model, i, images.at(i));
        deps[i] = dependenciesOf(model, i, bases.at(i));
    }
    int target = count - 1;
    if (!options.target.isEmpty()) {
        target = model.findStage(options.target);
        if (target < 0)
            return u"target stage "_s + go::quote(options.target) + u" could not be found"_s;
    }
    const QList<bool> reachable = reachableFrom(target, deps);
    // D1.7: `--check` without a target evaluates every stage; otherwise only reachable ones.
    const bool allStages = options.target.isEmpty() && !options.reachableOnly;

    QList<std::optional<StageState>> finals(count);
    for (int i = 0; i < count; ++i) {
        const DockerStage& stage = model.stages.at(i);
        if (!stage.valid || (!allStages && !reachable.at(i)))
            continue;
        const int base = bases.at(i);
        StageState state;
        if (base >= 0 && finals.at(base)) {
            state = *finals.at(base); // S6: ENV and ARG values, declared ARGs, workdir, platform
        } else {
            state = imageState(images.at(i), options);
            state.os = scope.target.os;
            if (!stage.platform.isEmpty()) {
                const ExpandResult p = expandWord(stage.platform, scope.env, scope.escape);
                if (const std::optional<PlatformSpec> spec = parsePlatformSpec(p.value))
                    state.os = spec->os;
            }
        }
        StageDispatcher dispatcher(scope, options, emitter, state);
        const SourceLocation fromLocation = nodeLocation(emitter.fileName(), stage.from.node);
        // B3.8: the ONBUILD triggers of an in-file base stage run first, reported at this FROM.
        // BuildKit installs them only in stages the target reaches.
        if (base >= 0 && reachable.at(i)) {
            for (const DockerInstruction& inst : model.stages.at(base).commands) {
                const OnbuildInstruction* onbuild = inst.as<OnbuildInstruction>();
                if (onbuild && onbuild->trigger)
                    dispatcher.dispatch(*onbuild->trigger, fromLocation, nullptr);
            }
        }
        for (const DockerInstruction& inst : stage.commands)
            dispatcher.dispatch(inst, nodeLocation(emitter.fileName(), inst.node), &inst.node.prevComments);
        finals[i] = dispatcher.state();
    }
    return {};
}

} // namespace gmd::buildcheck_detail
