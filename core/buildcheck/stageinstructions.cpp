// SPDX-License-Identifier: MIT
// The dispatch-time rules, per instruction (BK:d2llb/convert.go dispatch, dispatchEnv,
// dispatchArg, dispatchWorkdir, dispatchCmd, dispatchEntrypoint, dispatchHealthcheck;
// convert_copy.go, convert_expose.go; validations.go).
#include "common/secrets.h"
#include "common/go/path.h"
#include "context/patternmatcher.h"
#include "common/go/strconv.h"
#include "dockerfile/runmount.h"
#include "dockershell/shelllexer.h"
#include "exposeports_p.h"
#include "stagechecks_p.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace gmd::buildcheck_detail {

namespace {

/// Build args BuildKit never puts into the environment (BK:d2llb/convert.go nonEnvArgs).
bool isNonEnvArg(const QString& name)
{
    return name == "BUILDKIT_SBOM_SCAN_CONTEXT"_L1 || name == "BUILDKIT_SBOM_SCAN_STAGE"_L1;
}

/// Whether a base image's ENV could define `name`: special and positional parameters ($0, $@,
/// $#, ...) are never image variables, so they stay reportable in stages whose base is unknown.
bool couldBeImageEnv(const QString& name)
{
    return !name.isEmpty() && (name.at(0).isLetter() || name.at(0) == u'_');
}

/// system.IsAbs for the stage OS: Windows accepts a C: drive letter and backslashes.
bool isAbsoluteFor(QString path, const QString& os)
{
    if (os == "windows"_L1) {
        if (path.size() >= 2 && path.at(1) == u':') {
            if (path.at(0).toLower() != u'c')
                return false;
            path = path.mid(2);
        }
        path.replace(u'\\', u'/');
    }
    return path.startsWith(u'/');
}

bool isRemoteSource(const QString& src)
{
    for (const char* prefix : { "http://", "https://", "git://", "git@", "ssh://" }) {
        if (src.startsWith(QLatin1StringView(prefix)))
            return true;
    }
    return false;
}

/// copySourceRootIgnored: "." and "/" count as excluded only under `*`, `**` or `**/*`.
bool rootIgnored(const PatternMatcher& matcher)
{
    for (int i = 0; i < matcher.size(); ++i) {
        const IgnorePattern& p = matcher.pattern(i);
        if (!p.isException() && (p.text() == "*"_L1 || p.text() == "**"_L1 || p.text() == "**/*"_L1))
            return true;
    }
    return false;
}

} // namespace

StageDispatcher::StageDispatcher(
    const GlobalScope& scope, const BuildCheckOptions& options, Emitter& emitter, StageState state)
    : m_scope(scope)
    , m_options(options)
    , m_emitter(emitter)
    , m_state(std::move(state))
{ }

void StageDispatcher::report(const QString& rule, const QString& message)
{
    m_emitter.reportAt(rule, m_at, message, m_comments);
}

QString StageDispatcher::expand(const QString& word)
{
    const ExpandResult r = expandWord(word, m_state.env, m_scope.escape);
    reportUnmatched(r.unmatched);
    return r.ok() ? r.value : word;
}

void StageDispatcher::reportUnmatched(const QSet<QString>& unmatched)
{
    // D2 UndefinedVar (reportUnmatchedVariables): not in the environment and not declared by an
    // ARG of this stage or its in-file ancestors.
    QStringList names(unmatched.begin(), unmatched.end());
    std::sort(names.begin(), names.end());
    for (const QString& name : std::as_const(names)) {
        if (m_state.declaredArgs.contains(name) || isNonEnvArg(name))
            continue;
        // D1.7: an unknown base image may define it; offline that is "unknown", not reported.
        if (!m_state.envKnown && couldBeImageEnv(name))
            continue;
        QString message = u"Usage of undefined variable '$"_s + name + u'\'';
        const QString suggestion = closestName(name, m_state.env.names());
        if (!suggestion.isEmpty())
            message += u" (did you mean $"_s + suggestion + u"?)"_s;
        report(u"UndefinedVar"_s, message);
    }
}

void StageDispatcher::usedOnce(SourceLocation* previous, const QString& keyword)
{
    if (previous->isValid()) {
        m_emitter.reportAt(u"MultipleInstructionsDisallowed"_s, *previous,
            u"Multiple "_s + keyword
                + u" instructions should not be used in the same stage because only the last one "
                  "will be used"_s,
            m_comments);
    }
    *previous = m_at;
}

void StageDispatcher::dispatch(const DockerInstruction& inst, const SourceLocation& at, const QStringList* comments)
{
    m_at = at;
    m_comments = comments;
    const QString& keyword = inst.node.keyword; // Name(): the keyword as written
    if (const EnvInstruction* env = inst.as<EnvInstruction>()) {
        dispatchEnv(env->pairs, keyword, false);
    } else if (const LabelInstruction* label = inst.as<LabelInstruction>()) {
        dispatchEnv(label->pairs, keyword, true);
    } else if (const ArgInstruction* arg = inst.as<ArgInstruction>()) {
        dispatchArg(*arg);
    } else if (const WorkdirInstruction* workdir = inst.as<WorkdirInstruction>()) {
        dispatchWorkdir(workdir->path);
    } else if (const UserInstruction* user = inst.as<UserInstruction>()) {
        expand(user->user);
    } else if (const StopsignalInstruction* signal = inst.as<StopsignalInstruction>()) {
        expand(signal->signal);
    } else if (const VolumeInstruction* volume = inst.as<VolumeInstruction>()) {
        for (const QString& v : volume->volumes)
            expand(v);
    } else if (const CopyInstruction* copy = inst.as<CopyInstruction>()) {
        expand(copy->chown);
        expand(copy->chmod);
        dispatchCopy(copy->sources + QStringList { copy->dest }, copy->inlineSources, copy->from.isEmpty(), false);
    } else if (const AddInstruction* add = inst.as<AddInstruction>()) {
        expand(add->chown);
        expand(add->chmod);
        expand(add->checksum);
        dispatchCopy(add->sources + QStringList { add->dest }, add->inlineSources, true, true);
    } else if (const RunInstruction* run = inst.as<RunInstruction>()) {
        dispatchRunMounts(*run);
    } else if (const CmdInstruction* cmd = inst.as<CmdInstruction>()) {
        dispatchCommand(cmd->command, keyword, &m_cmd);
    } else if (const EntrypointInstruction* entrypoint = inst.as<EntrypointInstruction>()) {
        dispatchCommand(entrypoint->command, keyword, &m_entrypoint);
    } else if (inst.as<HealthcheckInstruction>()) {
        usedOnce(&m_healthcheck, keyword);
    } else if (const ShellInstruction* shell = inst.as<ShellInstruction>()) {
        m_state.shellSet = !shell->shell.isEmpty();
    } else if (const ExposeInstruction* expose = inst.as<ExposeInstruction>()) {
        dispatchExpose(expose->ports);
    }
}

void StageDispatcher::dispatchEnv(const QList<KeyValuePair>& pairs, const QString& keyword, bool isLabel)
{
    // C1: every key and value is expanded against the environment before this instruction.
    QStringList keys;
    QStringList values;
    for (const KeyValuePair& pair : pairs) {
        keys.append(expand(pair.key));
        values.append(expand(pair.value));
    }
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        // D2 LegacyKeyValueFormat (ENV and LABEL, never ARG).
        if (pairs.at(i).legacy) {
            report(u"LegacyKeyValueFormat"_s,
                u"\""_s + keyword + u" key=value\" should be used instead of legacy \""_s + keyword
                    + u" key value\" format"_s);
        }
        if (isLabel)
            continue;
        // D2 SecretsUsedInArgOrEnv on the expanded key. isSecretName is BuildKit's segment rule:
        // a whole `_`-separated segment apikey/auth/credential(s)/key/password/pword/passwd/
        // secret/token and no public/file/version segment. GOPRIVATE, GONOSUMDB, GONOPROXY,
        // GOAUTH, GOPROXY, GOFLAGS hold module patterns, proxy URLs or the name of an auth
        // command, never a credential, and are single segments: a substring test would flag
        // GOAUTH ("auth") and push users to hide harmless settings, so they must not fire.
        if (isSecretName(keys.at(i))) {
            report(u"SecretsUsedInArgOrEnv"_s,
                u"Do not use ARG or ENV instructions for sensitive data (ENV "_s + go::quote(keys.at(i)) + u')');
        }
        m_state.env.set(keys.at(i), values.at(i));
    }
}

void StageDispatcher::dispatchArg(const ArgInstruction& arg)
{
    for (const ArgDefinition& def : arg.args) {
        // D2 SecretsUsedInArgOrEnv: in-stage ARG names (never expanded, C1).
        if (isSecretName(def.name)) {
            report(u"SecretsUsedInArgOrEnv"_s,
                u"Do not use ARG or ENV instructions for sensitive data (ARG "_s + go::quote(def.name) + u')');
        }
        // S4: --build-arg (verbatim) > own default (expanded) > global value > unset.
        std::optional<QString> value;
        const auto given = m_scope.buildArgs.constFind(def.name);
        if (given != m_scope.buildArgs.constEnd())
            value = *given;
        else if (def.defaultValue)
            value = expand(*def.defaultValue);
        else
            value = m_scope.env.value(def.name);
        if (value && !isNonEnvArg(def.name))
            m_state.env.set(def.name, *value);
        m_state.declaredArgs.append(def.name);
    }
}

void StageDispatcher::dispatchWorkdir(const QString& path)
{
    const QString expanded = expand(path);
    // D2 WorkdirRelativePath: only the first WORKDIR of the stage and its in-file ancestors.
    if (!m_state.workdirSet && !isAbsoluteFor(expanded, m_state.os)) {
        report(u"WorkdirRelativePath"_s,
            u"Relative workdir "_s + go::quote(expanded)
                + u" can have unexpected results if the base image changes"_s);
    }
    m_state.workdirSet = true;
}

void StageDispatcher::dispatchCopy(
    const QStringList& sourcesAndDest, const QList<InlineFile>& inlines, bool fromContext, bool isAdd)
{
    QStringList sources;
    for (const QString& word : sourcesAndDest)
        sources.append(expand(word));
    sources.removeLast(); // the destination
    for (const InlineFile& file : inlines) {
        if (file.expand)
            reportUnmatched(expandHeredocBody(file.data, m_state.env).unmatched); // C6
    }
    // D2 CopyIgnoredFile (validateCopySourcePath, dockerignore.md 8): COPY from the context and
    // local ADD sources, cleaned and matched literally, when the ignore file has no exception.
    const PatternMatcher* matcher = m_options.ignoreMatcher;
    if (!fromContext || !matcher || !matcher->isValid() || matcher->size() == 0 || matcher->hasExceptions())
        return;
    for (const QString& src : std::as_const(sources)) {
        if (isRemoteSource(src))
            continue;
        const QString cleaned = go::toSlash(go::pathClean(src), PathStyle::Unix);
        if ((cleaned == "."_L1 || cleaned == "/"_L1) && !rootIgnored(*matcher))
            continue;
        const MatchOutcome outcome = matcher->matchesOrParentMatches(cleaned);
        if (outcome.excluded && !outcome.error) {
            report(u"CopyIgnoredFile"_s,
                u"Attempting to "_s + (isAdd ? u"Add"_s : u"Copy"_s) + u" file "_s + go::quote(cleaned)
                    + u" that is excluded by .dockerignore"_s);
        }
    }
}

void StageDispatcher::dispatchRunMounts(const RunInstruction& run)
{
    // C1/B4.5: every key=value of every --mount is expanded.
    for (const RunMount& mount : run.mounts) {
        QStringList fields;
        QString error;
        if (!parseCsvFields(mount.raw, &fields, &error))
            continue;
        for (const QString& field : std::as_const(fields)) {
            const qsizetype eq = field.indexOf(u'=');
            if (eq >= 0)
                expand(field.mid(eq + 1));
        }
    }
}

void StageDispatcher::dispatchCommand(const CommandLine& command, const QString& keyword, SourceLocation* previous)
{
    usedOnce(previous, keyword);
    // D2 JSONArgsRecommended: shell form while the image config has no SHELL.
    if (command.prependShell && !m_state.shellSet) {
        report(u"JSONArgsRecommended"_s,
            u"JSON arguments recommended for "_s + keyword
                + u" to prevent unintended behavior related to OS signals"_s);
    }
}

void StageDispatcher::dispatchExpose(const QStringList& ports)
{
    // C5: each argument expanded and split into words; no UndefinedVar here (as BuildKit).
    QStringList words;
    for (const QString& port : ports) {
        const ExpandResult r = expandWords(port, m_state.env, m_scope.escape);
        if (!r.ok())
            return;
        words += r.words;
    }
    for (const PortFinding& finding : checkExposedPorts(words))
        report(finding.rule, finding.message);
}

} // namespace gmd::buildcheck_detail
