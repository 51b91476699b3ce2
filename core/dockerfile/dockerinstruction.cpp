// SPDX-License-Identifier: MIT
#include "dockerinstruction.h"

#include "buildflags.h"
#include "common/go/strings.h"
#include "instructionparsers.h"
#include "suggest.h"

#include <QHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

using namespace detail;

namespace {

/// Flags of instructions that accept none still go through BFlags.Parse (B2.3).
bool noFlags(const DockerNode& node, QString* error)
{
    BuildFlags flags(node.flags);
    *error = flags.parse();
    return error->isEmpty();
}

/// MAINTAINER, USER, WORKDIR: exactly one argument, then (no) flags (B3.4).
bool singleArgument(const DockerNode& node, const char* command, QString* value, QString* error)
{
    if (node.args.size() != 1) {
        *error = exactlyOne(command);
        return false;
    }
    if (!noFlags(node, error))
        return false;
    *value = node.args.first();
    return true;
}

bool parseArg(const DockerNode& node, ArgInstruction* arg, QString* error)
{
    // B3.2; ARG never checks its flags (B2.3).
    if (node.args.isEmpty()) {
        *error = atLeastOne("ARG");
        return false;
    }
    for (const QString& word : node.args) {
        ArgDefinition def;
        const qsizetype eq = word.indexOf(u'=');
        if (eq >= 0) {
            if (eq == 0) {
                *error = u"ARG names can not be blank"_s;
                return false;
            }
            def.name = word.left(eq);
            def.defaultValue = word.mid(eq + 1);
        } else {
            def.name = word;
        }
        def.comment = commentFor(node.prevComments, def.name);
        arg->args.append(def);
    }
    return true;
}

bool parseShell(const DockerNode& node, ShellInstruction* shell, QString* error)
{
    // B3.7
    if (!noFlags(node, error))
        return false;
    const QStringList args = jsonArgs(node);
    if (args.isEmpty()) {
        *error = atLeastOne("SHELL");
        return false;
    }
    if (!node.json) {
        *error = u"SHELL requires the arguments to be in JSON form"_s;
        return false;
    }
    shell->shell = args;
    return true;
}

bool parseVolume(const DockerNode& node, VolumeInstruction* volume, QString* error)
{
    // B3.5
    if (node.args.isEmpty()) {
        *error = atLeastOne("VOLUME");
        return false;
    }
    if (!noFlags(node, error))
        return false;
    for (const QString& v : node.args) {
        const QString trimmed = go::trimSpace(v);
        if (trimmed.isEmpty()) {
            *error = u"VOLUME specified can not be an empty string"_s;
            return false;
        }
        volume->volumes.append(trimmed);
    }
    return true;
}

bool parseExpose(const DockerNode& node, ExposeInstruction* expose, QString* error)
{
    if (node.args.isEmpty()) {
        *error = atLeastOne("EXPOSE");
        return false;
    }
    if (!noFlags(node, error))
        return false;
    expose->ports = node.args;
    std::sort(expose->ports.begin(), expose->ports.end());
    return true;
}

template <class T>
bool convert(
    const DockerNode& node, DockerInstruction* out, QString* error, bool (*parse)(const DockerNode&, T*, QString*))
{
    T value;
    if (!parse(node, &value, error))
        return false;
    out->payload = std::move(value);
    return true;
}

QString unknownInstruction(const DockerNode& node)
{
    static const QStringList names = [] {
        QStringList n = { u"ADD"_s, u"ARG"_s, u"CMD"_s, u"COPY"_s, u"ENTRYPOINT"_s, u"ENV"_s, u"EXPOSE"_s, u"FROM"_s,
            u"HEALTHCHECK"_s, u"LABEL"_s, u"MAINTAINER"_s, u"ONBUILD"_s, u"RUN"_s, u"SHELL"_s, u"STOPSIGNAL"_s,
            u"USER"_s, u"VOLUME"_s, u"WORKDIR"_s };
        std::sort(n.begin(), n.end());
        return n;
    }();
    // A5.2: with a "did you mean" hint (case-insensitive, in the casing written).
    return withSuggestion(u"unknown instruction: %1"_s.arg(node.keyword), node.keyword, names, false);
}

} // namespace

bool parseDockerInstruction(const DockerNode& node, DockerInstruction* out, QString* error)
{
    out->node = node;
    out->kind = instructionKindFromKeyword(node.lowerKeyword);
    out->payload = std::monostate {};
    switch (out->kind) {
    case InstructionKind::From:
        return convert<FromInstruction>(node, out, error, parseFrom);
    case InstructionKind::Run:
        return convert<RunInstruction>(node, out, error, parseRun);
    case InstructionKind::Copy:
        return convert<CopyInstruction>(node, out, error, parseCopy);
    case InstructionKind::Add:
        return convert<AddInstruction>(node, out, error, parseAdd);
    case InstructionKind::Healthcheck:
        return convert<HealthcheckInstruction>(node, out, error, parseHealthcheck);
    case InstructionKind::Onbuild:
        return convert<OnbuildInstruction>(node, out, error, parseOnbuild);
    case InstructionKind::Arg:
        return convert<ArgInstruction>(node, out, error, parseArg);
    case InstructionKind::Shell:
        return convert<ShellInstruction>(node, out, error, parseShell);
    case InstructionKind::Volume:
        return convert<VolumeInstruction>(node, out, error, parseVolume);
    case InstructionKind::Expose:
        return convert<ExposeInstruction>(node, out, error, parseExpose);
    case InstructionKind::Env: {
        EnvInstruction env;
        if (!noFlags(node, error) || !parseKeyValues(node, "ENV", &env.pairs, error))
            return false;
        out->payload = env;
        return true;
    }
    case InstructionKind::Label: {
        LabelInstruction label;
        if (!noFlags(node, error) || !parseKeyValues(node, "LABEL", &label.pairs, error))
            return false;
        out->payload = label;
        return true;
    }
    case InstructionKind::Maintainer: {
        MaintainerInstruction m;
        if (!singleArgument(node, "MAINTAINER", &m.maintainer, error))
            return false;
        out->payload = m;
        return true;
    }
    case InstructionKind::Workdir: {
        WorkdirInstruction w;
        if (!singleArgument(node, "WORKDIR", &w.path, error))
            return false;
        out->payload = w;
        return true;
    }
    case InstructionKind::User: {
        UserInstruction u;
        if (!singleArgument(node, "USER", &u.user, error))
            return false;
        out->payload = u;
        return true;
    }
    case InstructionKind::Stopsignal: {
        // STOPSIGNAL never checks its flags (B2.3).
        if (node.args.size() != 1) {
            *error = exactlyOne("STOPSIGNAL");
            return false;
        }
        out->payload = StopsignalInstruction { node.args.first() };
        return true;
    }
    case InstructionKind::Cmd:
        if (!noFlags(node, error))
            return false;
        out->payload = CmdInstruction { commandLine(node) };
        return true;
    case InstructionKind::Entrypoint:
        if (!noFlags(node, error))
            return false;
        out->payload = EntrypointInstruction { commandLine(node) };
        return true;
    case InstructionKind::Unknown:
        break;
    }
    *error = unknownInstruction(node);
    return false;
}

InstructionKind instructionKindFromKeyword(const QString& k)
{
    static const QHash<QString, InstructionKind> kinds = {
        { u"add"_s, InstructionKind::Add },
        { u"arg"_s, InstructionKind::Arg },
        { u"cmd"_s, InstructionKind::Cmd },
        { u"copy"_s, InstructionKind::Copy },
        { u"entrypoint"_s, InstructionKind::Entrypoint },
        { u"env"_s, InstructionKind::Env },
        { u"expose"_s, InstructionKind::Expose },
        { u"from"_s, InstructionKind::From },
        { u"healthcheck"_s, InstructionKind::Healthcheck },
        { u"label"_s, InstructionKind::Label },
        { u"maintainer"_s, InstructionKind::Maintainer },
        { u"onbuild"_s, InstructionKind::Onbuild },
        { u"run"_s, InstructionKind::Run },
        { u"shell"_s, InstructionKind::Shell },
        { u"stopsignal"_s, InstructionKind::Stopsignal },
        { u"user"_s, InstructionKind::User },
        { u"volume"_s, InstructionKind::Volume },
        { u"workdir"_s, InstructionKind::Workdir },
    };
    return kinds.value(k, InstructionKind::Unknown);
}

} // namespace gmd
