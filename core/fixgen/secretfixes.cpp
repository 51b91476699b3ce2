// SPDX-License-Identifier: MIT
// GMD307: credentials in ARG/ENV replaced by build secrets (issue 5 section 1). A build arg is
// recorded in the image history and provenance, an ENV value in the image config; a secret mount
// (spec dockerfile B4: `--mount=type=secret,id=<id>,env=<NAME>`) gives the RUN the same variable
// for that command only. The plan removes the stage's ARG/ENV declaration of the variable and adds
// the mount to every RUN of the stage that uses it. It is offered only when that is provably the
// same command with the same variable: each declaration declares just this variable on one line,
// every instruction of the stage that references it is a shell-form RUN without heredocs, no
// SHELL instruction changes the shell, no later stage inherits the ENV (B1.3), and no RUN writes
// the credential into its layer (then the mount would not stop the finding: the user must change
// the command). The build invocation changes from --build-arg to --secret: a manual step.
#include "checks/rules/docker/credentialutil.h"
#include "checks/rules/docker/dockerutil.h"
#include "common/secrets.h"
#include "fix/textdocument.h"
#include "fixgen/fixgenerators.h"
#include "fixgen/fixgenutil.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;
using gmd::rules::credentialWrites;
using gmd::rules::CredentialUse;
using gmd::rules::isReportedElsewhere;
using gmd::rules::reachableRuns;
using gmd::rules::referencesVariable;
using gmd::rules::RunSite;
using gmd::rules::runText;

namespace gmd::fixgen {
namespace {

/// The lines [first, end) of a stage: its FROM up to the next stage's FROM (or the file's end).
struct StageLines
{
    int first = 0;
    int end = 0;
};

StageLines stageLines(const DockerfileFacts& df, int stageIndex)
{
    StageLines s;
    s.first = df.analysis.stages.at(stageIndex).location.line;
    s.end = stageIndex + 1 < df.analysis.stages.size() ? df.analysis.stages.at(stageIndex + 1).location.line
                                                       : std::numeric_limits<int>::max();
    return s;
}

/// True when `n` declares exactly the one variable `name` (ARG name[=v] or ENV name=v) on one line.
bool declaresOnly(const DockerNode& n, const QString& name)
{
    if (n.startLine != n.endLine)
        return false;
    if (n.lowerKeyword == u"arg"_s)
        return n.args.size() == 1 && (n.args.first() == name || n.args.first().startsWith(name + u'='));
    if (n.lowerKeyword == u"env"_s)
        return n.args.size() == 3 && n.args.first() == name;
    return false;
}

bool declares(const DockerNode& n, const QString& name)
{
    if (n.lowerKeyword == u"arg"_s) {
        return std::any_of(n.args.cbegin(), n.args.cend(),
            [&](const QString& a) { return a == name || a.startsWith(name + u'='); });
    }
    if (n.lowerKeyword == u"env"_s) {
        for (qsizetype i = 0; i < n.args.size(); i += 3) { // (name, value, separator) triples
            if (n.args.at(i) == name)
                return true;
        }
    }
    return false;
}

/// The secret variables a RUN uses, as GMD307 finds them (secret name or credential value,
/// set by the Dockerfile or a declared ARG passed with --build-arg).
QStringList secretVariablesOf(const RunSite& site)
{
    const QString text = runText(*site.run);
    QStringList names;
    for (const EnvAssignment& a : site.run->environment) {
        const bool fromDockerfile = a.source == EnvSource::DockerfileEnv || a.source == EnvSource::DockerfileArg
            || a.source == EnvSource::BuildArg;
        if (fromDockerfile && !isReportedElsewhere(a.name)
            && (isSecretName(a.name) || (!a.value.isEmpty() && containsSecret(a.name, a.value)))
            && referencesVariable(text, a.name) && !names.contains(a.name))
            names << a.name;
    }
    for (const QString& name : site.before->declaredArgs) {
        if (isSecretName(name) && !isReportedElsewhere(name) && !site.before->find(name)
            && referencesVariable(text, name) && !names.contains(name))
            names << name;
    }
    return names;
}

bool writesCredential(const QString& text)
{
    const QList<CredentialUse> writes = credentialWrites(text);
    return std::any_of(writes.cbegin(), writes.cend(), [](const CredentialUse& w) { return w.persisted; });
}

/// "--mount=type=secret,id=NAME,env=NAME" for each name the RUN at `node` uses, after "RUN".
QString withSecretMounts(const QString& firstLine, const QStringList& names)
{
    static const QRegularExpression keyword(u"^(\\s*RUN)\\s+"_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = keyword.match(firstLine);
    if (!m.hasMatch())
        return {};
    QStringList flags;
    for (const QString& n : names)
        flags << u"--mount=type=secret,id=%1,env=%1"_s.arg(n);
    return m.captured(1) + u' ' + flags.join(u' ') + u' ' + firstLine.mid(m.capturedEnd());
}

/// The plan for the variables `names` declared in the stage `stageIndex` of `df`.
std::optional<FixPlan> secretMountPlan(const Finding& finding, const DockerfileFacts& df, int stageIndex, const QStringList& names)
{
    if (names.isEmpty())
        return std::nullopt;
    const StageLines lines = stageLines(df, stageIndex);
    QList<int> removeLines; // 1-based declaration lines
    QMap<int, QStringList> mountsAt; // RUN start line -> names
    bool removesEnv = false;
    for (const QString& name : names) {
        int declared = 0;
        for (const DockerNode& n : df.ast.nodes) {
            if (n.startLine < lines.first || n.startLine >= lines.end)
                continue;
            if (n.lowerKeyword == u"shell"_s)
                return std::nullopt; // another shell: the mount's env= still works, but keep to /bin/sh
            if (declares(n, name)) {
                if (!declaresOnly(n, name))
                    return std::nullopt;
                removeLines << n.startLine;
                removesEnv = removesEnv || n.lowerKeyword == u"env"_s;
                declared = n.startLine;
                continue;
            }
            if (!declared || !referencesVariable(n.original, name))
                continue;
            const RunInfo* run = df.analysis.runAtLine(n.startLine);
            if (n.lowerKeyword != u"run"_s || n.json || !n.heredocs.isEmpty() || !run || run->execForm
                || writesCredential(runText(*run)))
                return std::nullopt;
            mountsAt[n.startLine] << name;
        }
        if (!declared)
            return std::nullopt; // declared before FROM or inherited: not this stage's line
    }
    if (mountsAt.isEmpty())
        return std::nullopt;
    if (removesEnv) {
        // ENV is inherited by stages built FROM this one (B1.3): they would lose the variable.
        for (const StageInfo& s : df.analysis.stages) {
            if (s.parentStage == stageIndex)
                return std::nullopt;
        }
    }
    const std::optional<QByteArray> original = readOriginal(df.path);
    if (!original)
        return std::nullopt;
    TextDocument doc = TextDocument::decode(*original);
    // Bottom up, so earlier line numbers stay valid.
    QList<int> order = removeLines;
    for (auto it = mountsAt.cbegin(); it != mountsAt.cend(); ++it)
        order << it.key();
    std::sort(order.begin(), order.end(), std::greater<int>());
    order.erase(std::unique(order.begin(), order.end()), order.end());
    for (int line : order) {
        if (line < 1 || line > doc.lineCount())
            return std::nullopt;
        if (mountsAt.contains(line)) {
            const QString fixed = withSecretMounts(doc.lineText(line - 1), mountsAt.value(line));
            if (fixed.isEmpty())
                return std::nullopt;
            doc.replaceRange(line - 1, 1, QStringList { fixed });
        } else {
            doc.removeLines(line - 1, 1);
        }
    }
    QStringList secrets;
    for (const QString& n : names)
        secrets << u"--secret id=%1,env=%1"_s.arg(n);
    FixPlan plan = planFor(finding, 1,
        u"Pass %1 as a build secret (%2:%3)"_s.arg(names.join(u", "_s), df.displayPath)
            .arg(finding.location ? finding.location->line : removeLines.first()),
        FixSafety::Confirm);
    plan.description = u"Removes the ARG/ENV declaration of %1 and mounts it as a secret into the RUN "
                       "instructions of the stage that use it (RUN --mount=type=secret,id=NAME,env=NAME): the "
                       "commands see the same variable, but its value is no longer recorded in the image "
                       "history, its provenance or its config. The env= option needs Dockerfile syntax 1.10 "
                       "or newer (BuildKit 0.16, Docker Engine 27); older builders need "
                       "'# syntax=docker/dockerfile:1' on the first line."_s.arg(names.join(u", "_s));
    if (removesEnv)
        plan.description += u" Containers started from the image no longer get the variable."_s;
    plan.edits << FileEdit { df.path, false, *original, doc.encode() };
    plan.manual.append(ManualStep { u"Build with the secret instead of a build argument, and rotate the "
                                    "credential that the image history already holds:"_s,
        { u"docker build %1 ."_s.arg(secrets.join(u' ')) } });
    plan.touchesChecks << u"GMD306"_s << u"SecretsUsedInArgOrEnv"_s;
    return plan;
}

} // namespace

QList<FixPlan> secretFixes(const Facts& facts, const Finding& finding)
{
    if (finding.id != u"GMD307"_s || !finding.location || !finding.location->isValid())
        return {};
    const DockerfileFacts* df = dockerfileOf(facts, finding.location->file);
    if (!df || !df->ok())
        return {};
    const DockerNode* node = nodeAt(df->ast, finding.location->line);
    if (!node)
        return {};
    if (node->lowerKeyword == u"run"_s) {
        for (const RunSite& site : reachableRuns(facts)) {
            if (site.df != df || site.run->location.line != node->startLine)
                continue;
            if (writesCredential(runText(*site.run)))
                return {}; // the layer keeps the credential: the command itself must change
            if (const auto p = secretMountPlan(finding, *df, site.run->stage, secretVariablesOf(site)))
                return { *p };
            return {};
        }
        return {};
    }
    if (node->lowerKeyword == u"env"_s && node->args.size() == 3) {
        // An ENV holding a credential: the stage that has the line.
        for (int i = df->analysis.stages.size() - 1; i >= 0; --i) {
            if (df->analysis.stages.at(i).location.line < node->startLine) {
                if (const auto p = secretMountPlan(finding, *df, i, { node->args.first() }))
                    return { *p };
                return {};
            }
        }
    }
    return {};
}

} // namespace gmd::fixgen
