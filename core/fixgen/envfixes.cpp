// SPDX-License-Identifier: MIT
// Fixes for environment findings (GOPROXY, GOSUMDB, shadowing, GOTOOLCHAIN, GOFLAGS). The value a
// check proved right is already in its FixHint (fixSetVariable/fixUnsetVariable in
// checks/checkutil.cpp); this turns those commands into plans: `go env -w/-u` where the go env
// file decides the value (ENV-4), copy-only steps where the OS environment decides it (ENV-1: go
// env -w cannot override it, GOENV-5), and an edit of the ENV line in a Dockerfile context.
#include "checks/checkutil.h"
#include "common/secrets.h"
#include "fix/textdocument.h"
#include "fixgen/fixgenerators.h"
#include "fixgen/fixgenutil.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace gmd::fixgen {
namespace {

/// The hint's commands split into go env changes and everything the user must run.
struct ParsedHint
{
    QList<GoEnvChange> goEnv;
    QStringList manual;
};

ParsedHint parseEnvHint(const FixHint& hint)
{
    static const QRegularExpression setRe(u"^go env -w ([A-Za-z_][A-Za-z0-9_]*)=(.*)$"_s);
    static const QRegularExpression unsetRe(u"^go env -u ([A-Za-z_][A-Za-z0-9_]*)$"_s);
    ParsedHint p;
    for (const QString& c : hint.commands) {
        QRegularExpressionMatch m = setRe.match(c);
        if (m.hasMatch()) {
            p.goEnv.append({ m.captured(1), shellUnquote(m.captured(2)) });
            continue;
        }
        m = unsetRe.match(c);
        if (m.hasMatch()) {
            p.goEnv.append({ m.captured(1), std::nullopt });
            continue;
        }
        p.manual << c;
    }
    return p;
}

QString changeTitle(const GoEnvChange& c)
{
    return c.value ? u"go env -w %1=%2"_s.arg(c.key, maskValue(c.key, *c.value)) : u"go env -u %1"_s.arg(c.key);
}

/// Dockerfile ENV value: plain when it has no blank, quote or '$'-free problem, else double-quoted.
QString envWord(const QString& value)
{
    static const QRegularExpression plain(u"^[^\\s\"'\\\\$`]*$"_s);
    if (!value.isEmpty() && plain.match(value).hasMatch())
        return value;
    QString q = value;
    q.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s).replace(u"$"_s, u"\\$"_s);
    return u'"' + q + u'"';
}

/// The ENV line that set `v` in a Dockerfile, changed to `newValue` (nullopt: removed). A one-line
/// ENV is edited: one variable (args: name, value, separator) is rewritten or the line removed;
/// with several NAME=VALUE pairs only this pair changes or goes, the others keep their text as
/// written (every pair of one ENV sees the environment from before it, spec dockerfile B, so
/// the others expand the same). Continued lines stay a copy-only fix.
std::optional<FixPlan> dockerEnvPlan(
    const Facts& facts, const Finding& finding, const EnvValue& v, const std::optional<QString>& newValue)
{
    if (v.source != EnvSource::DockerfileEnv || !v.location.isValid())
        return std::nullopt;
    const DockerfileFacts* df = dockerfileOf(facts, v.location.file);
    if (!df)
        return std::nullopt;
    const DockerNode* node = nodeAt(df->ast, v.location.line);
    if (!node || node->lowerKeyword != u"env"_s || node->endLine != node->startLine || node->args.isEmpty()
        || node->args.size() % 3 != 0)
        return std::nullopt;
    QStringList pairs;
    int found = 0;
    for (qsizetype i = 0; i < node->args.size(); i += 3) {
        if (node->args.at(i) == v.name) {
            ++found;
            if (newValue)
                pairs << v.name + u'=' + envWord(*newValue);
            continue;
        }
        if (node->args.at(i + 2) != u"="_s)
            return std::nullopt; // the legacy "ENV NAME value" form has one pair only
        pairs << node->args.at(i) + u'=' + node->args.at(i + 1);
    }
    if (found != 1)
        return std::nullopt;
    const std::optional<QByteArray> original = readOriginal(df->path);
    if (!original)
        return std::nullopt;
    const QString written = TextDocument::decode(*original).lineText(node->startLine - 1);
    const qsizetype at = written.indexOf(node->keyword); // the keyword is the line's first word
    const QString indent = at > 0 ? written.left(at) : QString();
    const QStringList lines =
        pairs.isEmpty() ? QStringList {} : QStringList { indent + node->keyword + u' ' + pairs.join(u' ') };
    FixPlan plan = planFor(finding, 1,
        newValue ? u"Set ENV %1=%2 at %3:%4"_s.arg(v.name, maskValue(v.name, *newValue), df->displayPath)
                       .arg(v.location.line)
                 : u"Remove ENV %1 at %2:%3"_s.arg(v.name, df->displayPath).arg(v.location.line),
        FixSafety::Confirm);
    plan.edits << replaceLinesEdit(df->path, *original, node->startLine, 1, lines);
    return plan;
}

/// GMD142 in a Dockerfile context: the stage's `FROM golang:<old>[-variant]` with the go.mod
/// version (the official images carry the Go of their tag). Images named by a variable, a digest
/// or another stage are left to the user.
std::optional<FixPlan> baseImagePlan(const Facts& facts, const Finding& finding, const EnvContext& ctx)
{
    static const QRegularExpression wanted(u"Go (1\\.[0-9]+(?:\\.[0-9]+)?) or newer"_s);
    static const QRegularExpression image(
        u"(\\s)((?:docker\\.io/)?(?:library/)?golang):([0-9][0-9.]*)((?:-[A-Za-z0-9.]+)?)(?=\\s|$)"_s);
    const QString version = wanted.match(finding.fix->description).captured(1);
    const DockerfileFacts* df = dockerfileOf(facts, ctx.anchor.file);
    if (version.isEmpty() || !df || !df->ok() || !ctx.anchor.isValid())
        return std::nullopt;
    const DockerNode* from = nullptr;
    for (const DockerNode& n : df->ast.nodes) {
        if (n.lowerKeyword == u"from"_s && n.startLine <= ctx.anchor.line)
            from = &n;
    }
    const std::optional<QByteArray> original = readOriginal(df->path);
    if (!from || from->endLine != from->startLine || !original)
        return std::nullopt;
    const QString line = QString::fromUtf8(TextDocument::decode(*original).line(from->startLine - 1));
    const QRegularExpressionMatch m = image.match(line);
    if (!m.hasMatch() || m.captured(3) == version)
        return std::nullopt;
    QString fixed = line;
    fixed.replace(m.capturedStart(3), m.capturedLength(3), version);
    FixPlan plan = planFor(finding, 1,
        u"Build on %1:%2%3 (%4:%5)"_s.arg(m.captured(2), version, m.captured(4), df->displayPath).arg(from->startLine),
        FixSafety::Confirm);
    plan.id = makeFixPlanId(finding.id, ctx.id, 1); // one go.mod line, one plan per stage
    plan.description = u"The go line of go.mod asks for Go %1; the official golang image of that version "
                       "has it, so go neither fails nor has to download a toolchain."_s.arg(version);
    plan.edits << replaceLinesEdit(df->path, *original, from->startLine, 1, { fixed });
    return plan;
}

QList<FixPlan> containerFixes(const Facts& facts, const Finding& finding, const EnvContext& ctx)
{
    if (finding.id == u"GMD142"_s) {
        if (const auto p = baseImagePlan(facts, finding, ctx))
            return { *p };
        return {};
    }
    static const QRegularExpression setRe(u"^ENV ([A-Za-z_][A-Za-z0-9_]*)=(.*)$"_s);
    static const QRegularExpression delRe(u"^# delete: ENV ([A-Za-z_][A-Za-z0-9_]*)=\\.\\.\\.$"_s);
    QList<FixPlan> plans;
    if (!finding.fix || finding.fix->commands.size() != 1)
        return plans; // several variables at once: not one ENV line
    const QString c = finding.fix->commands.first();
    QRegularExpressionMatch m = setRe.match(c);
    std::optional<QString> value;
    QString name;
    if (m.hasMatch()) {
        name = m.captured(1);
        value = m.captured(2);
    } else if ((m = delRe.match(c)).hasMatch()) {
        name = m.captured(1);
    } else {
        return plans;
    }
    if (const auto p = dockerEnvPlan(facts, finding, ctx.env.get(name), value))
        plans << *p;
    return plans;
}

/// `export NAME=VALUE` / `unset NAME` commands of a hint: the OS environment changes they ask for.
QList<GoEnvChange> osChangesOf(const QStringList& manual)
{
    static const QRegularExpression exportRe(u"^export ([A-Za-z_][A-Za-z0-9_]*)=(.*)$"_s);
    static const QRegularExpression unsetRe(u"^unset ([A-Za-z_][A-Za-z0-9_]*)$"_s);
    QList<GoEnvChange> changes;
    for (const QString& c : manual) {
        QRegularExpressionMatch m = exportRe.match(c);
        if (m.hasMatch()) {
            changes.append(GoEnvChange { m.captured(1), shellUnquote(m.captured(2)) });
        } else if ((m = unsetRe.match(c)).hasMatch()) {
            changes.append(GoEnvChange { m.captured(1), std::nullopt });
        } else {
            return {}; // something else only the user can do
        }
    }
    return changes;
}

/// The shell profile plan for OS environment changes (issue 5 section 1: "editing the profile is
/// offered as a separate, explicit file edit of that profile"), with `goEnv` applied too; nullopt
/// when a variable's assignment is not found or not plainly editable in the startup files.
std::optional<FixPlan> profilePlan(const Facts& facts, const Finding& finding, int n,
    const QList<GoEnvChange>& osChanges, const QList<GoEnvChange>& goEnv, const QString& why)
{
    if (osChanges.isEmpty())
        return std::nullopt;
    const QString home = facts.hostInputs.os.value(u"HOME"_s);
    const QString xdg = facts.hostInputs.os.value(u"XDG_CONFIG_HOME"_s);
    QList<FileEdit> edits;
    QStringList where;
    QStringList openShells;
    for (const GoEnvChange& c : osChanges) {
        const ProfileEdits pe = profileEdits(home, xdg, c.key, c.value, finding.id);
        if (!pe.usable())
            return std::nullopt;
        for (const FileEdit& e : pe.edits) {
            // Two variables in one file would need chained edits: rare, left to the user.
            if (std::any_of(edits.cbegin(), edits.cend(), [&](const FileEdit& x) { return x.path == e.path; }))
                return std::nullopt;
            edits << e;
        }
        where << pe.where;
        openShells << (c.value ? u"export %1=%2"_s.arg(c.key, shellQuote(*c.value)) : u"unset %1"_s.arg(c.key));
    }
    QStringList what;
    for (const GoEnvChange& c : osChanges)
        what << (c.value ? u"set %1=%2"_s.arg(c.key, maskValue(c.key, *c.value)) : u"remove %1"_s.arg(c.key));
    FixPlan plan = planFor(finding, n, u"Edit the shell profile: %1 (%2)"_s.arg(what.join(u", "_s), where.join(u", "_s)),
        FixSafety::Confirm);
    plan.description = why
        + u" Shells started after the change get the new environment; shells already open, and programs "
          "started from them (this one included), keep the old one until they are restarted."_s;
    plan.edits = edits;
    plan.goEnv = goEnv;
    plan.shellEnvironment = osChanges;
    plan.manual.append(ManualStep { u"In a shell that is already open:"_s, openShells });
    return plan;
}

QList<FixPlan> hostFixes(const Facts& facts, const Finding& finding)
{
    QList<FixPlan> plans;
    const ParsedHint h = parseEnvHint(*finding.fix);
    if (finding.id == u"GMD010"_s) {
        // Shadowing: the user chooses which value stays (issue 5: go env -u or the profile line).
        FixPlan unset = planFor(
            finding, 1, u"go env -u %1 (keep the environment's value)"_s.arg(finding.subject), FixSafety::Confirm);
        unset.description = u"Removes %1 from the go env file, so that the file no longer disagrees with the "
                            "environment variable that go already uses."_s.arg(finding.subject);
        unset.goEnv.append({ finding.subject, std::nullopt });
        plans << unset;
        if (auto p = profilePlan(facts, finding, 3, { GoEnvChange { finding.subject, std::nullopt } }, {},
                u"Disables the shell profile lines that export %1, so that the go env -w value applies (ENV-1)."_s
                    .arg(finding.subject)))
            plans << *p;
        FixPlan manual = planFor(finding, 2,
            u"Remove %1 from the OS environment (keep the go env -w value)"_s.arg(finding.subject), FixSafety::Manual);
        manual.manual.append({ finding.fix->description, h.manual.isEmpty() ? finding.fix->commands : h.manual });
        plans << manual;
        return plans;
    }
    if (h.goEnv.isEmpty() && h.manual.isEmpty())
        return plans;
    if (!h.manual.isEmpty()) {
        // The OS environment decides the value (ENV-1): the profile line that sets it, or the user.
        if (auto p = profilePlan(facts, finding, 2, osChangesOf(h.manual), h.goEnv,
                u"Changes the shell profile lines that set %1, where the OS environment gets it (ENV-1)."_s.arg(
                    finding.subject)))
            plans << *p;
        FixPlan manual =
            planFor(finding, 1, u"Change %1 where the environment is set"_s.arg(finding.subject), FixSafety::Manual);
        manual.manual.append({ finding.fix->description, finding.fix->commands });
        plans << manual;
        return plans;
    }
    QStringList titles;
    for (const GoEnvChange& c : h.goEnv)
        titles << changeTitle(c);
    FixPlan plan = planFor(finding, 1, titles.join(u"; "_s), FixSafety::Confirm);
    plan.goEnv = h.goEnv;
    plans << plan;
    return plans;
}

} // namespace

QList<FixPlan> envFixes(const Facts& facts, const Finding& finding)
{
    if (!finding.fix)
        return {};
    const EnvContext* ctx = contextOf(facts, finding);
    if (!ctx)
        return {};
    if (ctx->container)
        return containerFixes(facts, finding, *ctx);
    return hostFixes(facts, finding);
}

} // namespace gmd::fixgen
