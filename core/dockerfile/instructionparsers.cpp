// SPDX-License-Identifier: MIT
#include "instructionparsers.h"

#include "buildflags.h"
#include "common/go/strconv.h"
#include "common/go/strings.h"
#include "goparse.h"
#include "heredocmarker.h"
#include "suggest.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace gmd::detail {

QString atLeastOne(const char* command)
{
    return u"%1 requires at least one argument"_s.arg(QLatin1StringView(command));
}

QString exactlyOne(const char* command)
{
    return u"%1 requires exactly one argument"_s.arg(QLatin1StringView(command));
}

/// nodeArgs: ONBUILD contributes its child's keyword and arguments.
QStringList nodeArgs(const DockerNode& node)
{
    if (node.child) {
        QStringList out { node.child->keyword };
        out += nodeArgs(*node.child);
        return out;
    }
    return node.args;
}

/// getComment: the text after "name " in the first attached comment that starts so.
QString commentFor(const QStringList& comments, const QString& name)
{
    if (name.isEmpty())
        return {};
    const QString prefix = name + u' ';
    for (const QString& line : comments) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size());
    }
    return {};
}

/// handleJSONArgs: exec form as is, shell form joined into one string.
QStringList jsonArgs(const DockerNode& node)
{
    if (node.args.isEmpty())
        return {};
    if (node.json)
        return node.args;
    return { node.args.join(u' ') };
}

CommandLine commandLine(const DockerNode& node)
{
    CommandLine c;
    for (const DockerHeredoc& h : node.heredocs)
        c.files.append(ShellInlineFile { h.name, h.content, h.chomp });
    c.args = jsonArgs(node);
    c.prependShell = !node.json;
    return c;
}

bool parseKeyValues(const DockerNode& node, const char* command, QList<KeyValuePair>* out, QString* error)
{
    // B3.1
    const QStringList& args = node.args;
    if (args.isEmpty()) {
        *error = atLeastOne(command);
        return false;
    }
    if (args.size() % 3 != 0) {
        *error = u"Bad input to %1, too many arguments"_s.arg(QLatin1StringView(command));
        return false;
    }
    for (qsizetype j = 0; j < args.size(); j += 3) {
        if (args.at(j).isEmpty()) {
            *error = u"%1 names can not be blank"_s.arg(QLatin1StringView(command));
            return false;
        }
        out->append(KeyValuePair { args.at(j), args.at(j + 1), args.at(j + 2).isEmpty() });
    }
    return true;
}

/// parseSourcesAndDest (A8.9, B3.3).
static bool sourcesAndDest(const DockerNode& node, const char* command, QStringList* sources,
    QList<InlineFile>* inlines, QString* dest, QString* error)
{
    const QStringList& args = node.args;
    *dest = args.last();
    if (parseHeredocMarker(*dest)) {
        *error = u"%1 cannot accept a heredoc as a destination"_s.arg(QLatin1StringView(command));
        return false;
    }
    for (qsizetype i = 0; i + 1 < args.size(); ++i) {
        const QString& src = args.at(i);
        if (const std::optional<DockerHeredoc> marker = parseHeredocMarker(src)) {
            QString content;
            for (const DockerHeredoc& h : node.heredocs) {
                if (h.name == marker->name)
                    content = h.content; // the last one of that name wins, like a Go map
            }
            if (marker->chomp)
                content = chompHeredocContent(content);
            inlines->append(InlineFile { marker->name, content, marker->expand });
        } else {
            sources->append(src);
        }
    }
    return true;
}

bool parseFrom(const DockerNode& node, FromInstruction* from, QString* error)
{
    const QStringList& args = node.args;
    // B1.2
    if (args.size() == 3 && go::equalFold(args.at(1), u"as"_s)) {
        from->stageName = go::toLower(args.at(2));
        static const QRegularExpression valid(u"^[a-z][a-z0-9-_.]*$"_s);
        if (!valid.match(from->stageName).hasMatch()) {
            *error = u"invalid name for build stage: %1, name can't start with a number or contain symbols"_s.arg(
                go::quote(args.at(2)));
            return false;
        }
        from->stageNameAsWritten = args.at(2);
        from->asKeyword = args.at(1);
        from->nameLocation = node.locate(int(node.original.lastIndexOf(args.at(2))));
    } else if (args.size() != 1) {
        *error = u"FROM requires either one or three arguments"_s;
        return false;
    }
    BuildFlags flags(node.flags);
    flags.addString(u"platform"_s);
    if (const QString e = flags.parse(); !e.isEmpty()) {
        *error = e;
        return false;
    }
    from->image = args.at(0);
    from->platform = flags.value(u"platform"_s);
    from->comment = commentFor(node.prevComments, from->stageName);
    return true;
}

bool parseRun(const DockerNode& node, RunInstruction* run, QString* error)
{
    // B2.3: RUN flags; the hooks run in upstream's order: device, mount, network, security.
    BuildFlags flags(node.flags);
    flags.addStrings(u"device"_s);
    flags.addStrings(u"mount"_s);
    flags.addString(u"network"_s, u"default"_s);
    flags.addString(u"security"_s, u"sandbox"_s);
    if ((*error = flags.parse()), !error->isEmpty())
        return false;
    run->flagsUsed = flags.used();
    run->command = commandLine(node);
    for (const QString& d : flags.values(u"device"_s)) {
        RunDevice device;
        if (!parseRunDevice(d, &device, error))
            return false;
        run->devices.append(device);
    }
    for (const QString& m : flags.values(u"mount"_s)) {
        RunMountResult r = parseRunMount(m);
        if (!r.ok()) {
            *error = r.error;
            return false;
        }
        run->mounts.append(r.mount);
    }
    run->network = flags.value(u"network"_s);
    static const QStringList networks = { u"default"_s, u"none"_s, u"host"_s };
    if (!networks.contains(run->network)) {
        *error = u"invalid network mode %1"_s.arg(go::quote(run->network));
        return false;
    }
    run->security = flags.value(u"security"_s);
    if (run->security != "sandbox"_L1 && run->security != "insecure"_L1) {
        *error = u"security %1 is not valid"_s.arg(go::quote(run->security));
        return false;
    }
    return true;
}

bool parseCopy(const DockerNode& node, CopyInstruction* copy, QString* error)
{
    if (node.args.size() < 2) {
        *error =
            u"COPY requires at least two arguments, but only one was provided. Destination could not be determined"_s;
        return false;
    }
    BuildFlags flags(node.flags);
    flags.addStrings(u"exclude"_s);
    flags.addBool(u"parents"_s);
    flags.addString(u"chown"_s);
    flags.addString(u"from"_s);
    flags.addString(u"chmod"_s);
    flags.addBool(u"link"_s);
    if ((*error = flags.parse()), !error->isEmpty())
        return false;
    if (!sourcesAndDest(node, "COPY", &copy->sources, &copy->inlineSources, &copy->dest, error))
        return false;
    copy->from = flags.value(u"from"_s);
    copy->chown = flags.value(u"chown"_s);
    copy->chmod = flags.value(u"chmod"_s);
    copy->link = flags.isTrue(u"link"_s);
    copy->parents = flags.isTrue(u"parents"_s);
    copy->exclude = flags.values(u"exclude"_s);
    return true;
}

bool parseAdd(const DockerNode& node, AddInstruction* add, QString* error)
{
    if (node.args.size() < 2) {
        *error =
            u"ADD requires at least two arguments, but only one was provided. Destination could not be determined"_s;
        return false;
    }
    BuildFlags flags(node.flags);
    flags.addStrings(u"exclude"_s);
    flags.addString(u"chown"_s);
    flags.addString(u"chmod"_s);
    flags.addBool(u"link"_s);
    flags.addBool(u"keep-git-dir"_s);
    flags.addString(u"checksum"_s);
    flags.addBool(u"unpack"_s);
    if ((*error = flags.parse()), !error->isEmpty())
        return false;
    if (!sourcesAndDest(node, "ADD", &add->sources, &add->inlineSources, &add->dest, error))
        return false;
    add->chown = flags.value(u"chown"_s);
    add->chmod = flags.value(u"chmod"_s);
    add->link = flags.isTrue(u"link"_s);
    add->keepGitDir = flags.isTrue(u"keep-git-dir"_s);
    add->checksum = flags.value(u"checksum"_s);
    if (flags.isUsed(u"unpack"_s))
        add->unpack = flags.isTrue(u"unpack"_s);
    add->exclude = flags.values(u"exclude"_s);
    return true;
}

static bool parseDuration(const BuildFlags& flags, const QString& name, qint64* out, QString* error)
{
    const QString value = flags.value(name);
    if (value.isEmpty())
        return true;
    const std::optional<qint64> d = goparse::parseDuration(value, error);
    if (!d)
        return false;
    if (*d != 0 && *d < 1000000) {
        // B3.6: non-zero durations below 1ms are rejected.
        *error = u"Interval %1 cannot be less than 1ms"_s.arg(go::quote(name));
        return false;
    }
    *out = *d;
    return true;
}

bool parseHealthcheck(const DockerNode& node, HealthcheckInstruction* hc, QString* error)
{
    if (node.args.isEmpty()) {
        *error = atLeastOne("HEALTHCHECK");
        return false;
    }
    const QString type = go::toUpper(node.args.first());
    const QStringList rest = node.args.mid(1);
    if (type == "NONE"_L1) {
        // B2.3: flags of HEALTHCHECK NONE are never checked.
        if (!rest.isEmpty()) {
            *error = u"HEALTHCHECK NONE takes no arguments"_s;
            return false;
        }
        hc->test = { type };
        return true;
    }
    BuildFlags flags(node.flags);
    for (const QString& f : { u"interval"_s, u"timeout"_s, u"start-period"_s, u"start-interval"_s, u"retries"_s })
        flags.addString(f);
    if ((*error = flags.parse()), !error->isEmpty())
        return false;
    if (type != "CMD"_L1) {
        *error = u"Unknown type %1 in HEALTHCHECK (try CMD)"_s.arg(go::quote(type));
        return false;
    }
    QStringList cmd = rest;
    if (!node.json && !cmd.isEmpty())
        cmd = { cmd.join(u' ') };
    if (cmd.isEmpty()) {
        *error = u"Missing command after HEALTHCHECK CMD"_s;
        return false;
    }
    hc->test = QStringList { node.json ? type : u"CMD-SHELL"_s } + cmd;
    if (!parseDuration(flags, u"interval"_s, &hc->intervalNs, error)
        || !parseDuration(flags, u"timeout"_s, &hc->timeoutNs, error)
        || !parseDuration(flags, u"start-period"_s, &hc->startPeriodNs, error)
        || !parseDuration(flags, u"start-interval"_s, &hc->startIntervalNs, error))
        return false;
    const QString retries = flags.value(u"retries"_s);
    if (!retries.isEmpty()) {
        const go::NumResult<qint64> n = go::parseInt(retries, 10, 32);
        if (!n.ok()) {
            *error = go::numErrorText(u"ParseInt", retries, n.error);
            return false;
        }
        if (n.value < 0) {
            *error = u"--retries cannot be negative (%1)"_s.arg(n.value);
            return false;
        }
        hc->retries = int(n.value);
    }
    return true;
}

bool parseOnbuild(const DockerNode& node, OnbuildInstruction* ob, QString* error)
{
    const QStringList args = nodeArgs(node);
    if (args.isEmpty()) {
        *error = atLeastOne("ONBUILD");
        return false;
    }
    BuildFlags flags(node.flags);
    if ((*error = flags.parse()), !error->isEmpty())
        return false;
    // B3.8
    const QString trigger = go::toUpper(go::trimSpace(args.first()));
    if (trigger == "ONBUILD"_L1) {
        *error = u"Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed"_s;
        return false;
    }
    if (trigger == "MAINTAINER"_L1 || trigger == "FROM"_L1) {
        *error = u"%1 isn't allowed as an ONBUILD trigger"_s.arg(trigger);
        return false;
    }
    // A8.11: `(?i)^\s*ONBUILD\s*` removed, then each body and its terminator.
    static const QRegularExpression prefix(u"^[\\t\\n\\f\\r ]*[oO][nN][bB][uU][iI][lL][dD][\\t\\n\\f\\r ]*"_s);
    ob->expression = node.original;
    ob->expression.remove(prefix);
    for (const DockerHeredoc& h : node.heredocs)
        ob->expression += u'\n' + h.content + h.name;
    auto inner = std::make_shared<DockerInstruction>();
    DockerNode child = *node.child;
    child.startLine = node.startLine;
    child.endLine = node.endLine;
    child.column = node.column;
    child.heredocs = node.heredocs;
    if (parseDockerInstruction(child, inner.get(), &ob->triggerError))
        ob->trigger = inner;
    return true;
}

} // namespace gmd::detail
