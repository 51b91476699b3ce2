// SPDX-License-Identifier: MIT
// The fix and undo commands: fix plans from the generators (core/fixgen) over the same facts
// `check --no-network` collects, previewed as libgit2 diffs, applied with applyPlan() (atomic,
// journaled), verified by running the checks again, and undone from the journal.
#include "cli/fixcommand.h"

#include "checks/checkutil.h"
#include "checks/engine.h"
#include "checks/factscollector.h"
#include "checks/registry.h"
#include "cli/probecommand.h"
#include "common/secrets.h"
#include "fix/applyplan.h"
#include "fix/diffrender.h"
#include "fix/filediff.h"
#include "fix/gitintegration.h"
#include "fix/journal.h"
#include "fixgen/fixgenerators.h"
#include "fixgen/repairscript.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace gmd::cli {
namespace {

/// `unset K` / `export K=V` (masked) for the environment a shell profile edit gives new shells.
QString shellCommandsFor(const QList<GoEnvChange>& changes)
{
    QStringList commands;
    for (const GoEnvChange& c : changes)
        commands << (c.value ? u"export %1=%2"_s.arg(c.key, shellQuote(maskValue(c.key, *c.value)))
                             : u"unset %1"_s.arg(c.key));
    return commands.join(u"; "_s);
}

struct FixArgs
{
    QString dir;
    QString go = u"go"_s;
    QString show;
    QString script;
    QStringList apply;
    bool applySafe = false;
    bool docker = true;
    bool help = false;
    bool commit = false; ///< --commit: commit each fix alone in its git repository
    RankingArgs ranking; ///< --rank-proxies and friends: probe and rank proxies, so GMD612's fix is offered
};

QString parseFixArgs(const QStringList& args, FixArgs* a)
{
    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString arg = args[i];
        auto value = [&](QString* target) -> bool {
            if (i + 1 >= args.size())
                return false;
            *target = args[++i];
            return true;
        };
        QString v;
        if (const std::optional<QString> e = a->ranking.parse(arg, value)) {
            if (!e->isEmpty())
                return *e;
        } else if (arg == u"-h"_s || arg == u"--help"_s)
            a->help = true;
        else if (arg == u"--list"_s)
            continue;
        else if (arg == u"--show"_s) {
            if (!value(&a->show))
                return u"--show needs a fix id"_s;
        } else if (arg == u"--apply"_s) {
            if (!value(&v))
                return u"--apply needs a fix id"_s;
            a->apply << v;
        } else if (arg == u"--script"_s) {
            if (!value(&a->script))
                return u"--script needs a file name"_s;
        } else if (arg == u"--apply-safe"_s)
            a->applySafe = true;
        else if (arg == u"--go"_s) {
            if (!value(&a->go))
                return u"--go needs a path"_s;
        } else if (arg == u"--no-docker"_s)
            a->docker = false;
        else if (arg == u"--commit"_s)
            a->commit = true;
        else if (arg.startsWith(u'-'))
            return u"unknown option %1"_s.arg(arg);
        else
            positional << arg;
    }
    if (positional.size() > 1)
        return u"fix takes one folder, got %1"_s.arg(positional.join(u", "_s));
    a->dir = positional.value(0);
    if (!a->show.isEmpty() && (!a->apply.isEmpty() || a->applySafe || !a->script.isEmpty()))
        return u"--show cannot be combined with --apply"_s;
    if (a->commit && a->apply.isEmpty() && !a->applySafe)
        return u"--commit needs --apply or --apply-safe"_s;
    return {};
}

struct Diagnosis
{
    Facts facts;
    DiagnosisResult result;
};

Diagnosis diagnose(const QString& dir, const FixArgs& a, const CliContext& ctx)
{
    CollectOptions co;
    co.projectDir = dir;
    co.environment = ctx.environment;
    co.goCommand = a.go;
    // Fixes are computed from configuration, never from probe outcomes, except the ranked GOPROXY
    // (GMD612) that --rank-proxies measures.
    co.network = a.ranking.rank;
    a.ranking.applyTo(co);
    co.scanDockerfiles = a.docker;
    co.cancel = ctx.cancel;
    Diagnosis d;
    d.facts = collectFacts(co);
    EngineOptions eo;
    eo.cancel = ctx.cancel;
    d.result = runChecks(d.facts, allChecks(), eo);
    return d;
}

QString displayPath(const QString& projectDir, const QString& path)
{
    const QString rel = QDir(projectDir).relativeFilePath(path);
    return rel.startsWith(u"../"_s) ? path : rel;
}

/// "tracked, has uncommitted changes" and the like (issue 5 section 3: shown before editing).
QString gitStatusText(const GitFileStatus& s)
{
    if (!s.error.isEmpty())
        return u"git status unknown: "_s + s.error;
    if (!s.inRepository)
        return u"not in a git repository"_s;
    if (s.ignored)
        return u"ignored by git"_s;
    if (!s.tracked)
        return u"untracked"_s;
    return s.hasUncommittedChanges() ? u"tracked, has uncommitted changes"_s : u"tracked, no uncommitted changes"_s;
}

void printPlan(QTextStream& out, const FixPlan& plan, const QString& projectDir)
{
    out << u"%1  [%2]  %3\n"_s.arg(plan.id, fixSafetyKey(plan.safety), maskSecrets(plan.title));
    if (!plan.description.isEmpty())
        out << u"\n"_s << maskSecrets(plan.description) << u"\n"_s;
    for (const GoEnvChange& c : plan.goEnv) {
        out << (c.value ? u"\n  go env -w %1=%2"_s.arg(c.key, maskValue(c.key, *c.value))
                        : u"\n  go env -u %1"_s.arg(c.key));
    }
    if (!plan.goEnv.isEmpty())
        out << u"\n"_s;
    for (const ManualStep& m : plan.manual) {
        out << u"\nRun yourself (the doctor never does): "_s << maskSecrets(m.description) << u"\n"_s;
        for (const QString& c : m.commands)
            out << u"  "_s << maskSecrets(c) << u"\n"_s;
    }
    if (!plan.edits.isEmpty())
        out << u"\n"_s;
    for (const FileEdit& e : plan.edits)
        out << u"git: %1: %2\n"_s.arg(displayPath(projectDir, e.path), gitStatusText(gitStatusFor(e.path)));
    const QList<FileDiff> diffs = diffPlan(plan);
    for (int i = 0; i < diffs.size(); ++i) {
        const QString shown = displayPath(projectDir, diffs[i].path);
        out << u"\n"_s << maskSecrets(QString::fromUtf8(renderUnifiedDiff(diffs[i], shown)));
    }
}

/// fix --script: the fixes chosen with --apply/--apply-safe (default: the first, best fix of each
/// finding; the others are alternatives, such as go env -u or the shell profile edit for GMD010)
/// as a POSIX sh script.
int writeScript(const FixArgs& a, const QList<FixPlan>& plans, const QList<int>& findingOfPlan, const QString& dir,
    const CliContext& ctx)
{
    QList<FixPlan> chosen;
    QList<int> findingsDone;
    for (qsizetype i = 0; i < plans.size(); ++i) {
        const FixPlan& p = plans.at(i);
        const int finding = findingOfPlan.value(i, -1);
        const bool byDefault = a.apply.isEmpty() && !a.applySafe && !findingsDone.contains(finding);
        const bool selected =
            a.apply.contains(p.id) || (a.applySafe && p.safety == FixSafety::Automatic) || byDefault;
        if (byDefault)
            findingsDone << finding;
        if (selected)
            chosen << p;
    }
    for (const QString& id : a.apply) {
        bool found = false;
        for (const FixPlan& p : plans)
            found = found || p.id == id;
        if (!found) {
            *ctx.err << u"gomoddoctor-cli fix: no fix with id '%1' (see fix --list)\n"_s.arg(id);
            return kExitUsage;
        }
    }
    const QString path = resolvePath(a.script, ctx);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(repairScript(chosen, dir).toUtf8()) < 0 || !f.commit()) {
        *ctx.err << u"gomoddoctor-cli fix: cannot write '%1': %2\n"_s.arg(path, f.errorString());
        return kExitUsage;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    *ctx.out << u"wrote %1 with %2 fix(es)\n"_s.arg(path).arg(chosen.size());
    return kExitOk;
}

} // namespace

QString fixHelpText()
{
    return u"Usage: gomoddoctor-cli fix [DIR] [--list | --show ID | --apply ID ... | --apply-safe] [--script FILE]\n"
           "       gomoddoctor-cli undo [--last | JOURNAL-ID]\n"
           "\n"
           "fix lists the fixes for the findings of the project in DIR (default: the current directory;\n"
           "no network probes unless --rank-proxies), shows one as a plan with its diff, or applies fixes\n"
           "(each file written atomically, refused when it changed since the fixes were computed,\n"
           "journaled for undo), then runs the checks again and says which findings are verified fixed.\n"
           "A shell profile edit is verified with the environment a new shell will have.\n"
           "\n"
           "Options:\n"
           "  --list             list the fixes: id, safety (automatic|confirm|manual), title (default)\n"
           "  --show ID          print the plan and the unified diff of fix ID (secrets masked)\n"
           "  --apply ID         apply fix ID (repeatable)\n"
           "  --apply-safe       apply every automatic fix\n"
           "  --script FILE      write the fixes (those of --apply/--apply-safe, default the first fix of\n"
           "                     each finding) as a POSIX sh repair script instead of applying them\n"
           "                     (idempotent, with backups)\n"
           "  --go PATH          the go command (also runs go env -w/-u; default: go on PATH)\n"
           "  --no-docker        do not analyse Dockerfiles\n"
           "  --commit           with --apply/--apply-safe: commit each fix alone in its git repository\n"
           "                     (only the fixed files; refused when one has uncommitted changes)\n"
           "  --rank-proxies     probe and rank proxies (as probe --rank-proxies does) and offer the\n"
           "                     ranked GOPROXY order (GMD612); verification ranks them again\n"
           "  --proxy URL        a ranking candidate (repeatable; implies --rank-proxies)\n"
           "  --no-defaults      rank only GOPROXY's entries and --proxy URLs\n"
           "  --rounds N         ranking rounds (1..20, default 3)\n"
           "\n"
           "undo restores what an applied fix changed, byte for byte (the newest fix not undone with\n"
           "--last or no argument); it refuses when a file changed after the fix.\n"_s;
}

int runFix(const QStringList& arguments, const CliContext& ctx)
{
    QTextStream& out = *ctx.out;
    QTextStream& err = *ctx.err;
    FixArgs a;
    const QString error = parseFixArgs(arguments, &a);
    if (const std::optional<int> done = helpOrUsageError(a.help, error, u"fix"_s, fixHelpText(), ctx))
        return *done;
    const QString dir = projectDirArgument(a.dir, ctx, u"fix"_s);
    if (dir.isEmpty())
        return kExitUsage;
    const Diagnosis before = diagnose(dir, a, ctx);
    QList<int> findingOfPlan;
    const QList<FixPlan> plans = fixPlansForAll(before.facts, before.result.findings, &findingOfPlan);

    if (!a.show.isEmpty()) {
        for (const FixPlan& p : plans) {
            if (p.id == a.show) {
                printPlan(out, p, dir);
                return kExitOk;
            }
        }
        err << u"gomoddoctor-cli fix: no fix with id '%1' (see fix --list)\n"_s.arg(a.show);
        return kExitUsage;
    }
    if (!a.script.isEmpty())
        return writeScript(a, plans, findingOfPlan, dir, ctx);
    if (a.apply.isEmpty() && !a.applySafe) {
        if (plans.isEmpty())
            out << u"No applicable fixes.\n"_s;
        for (const FixPlan& p : plans)
            out << u"%1  [%2]  %3\n"_s.arg(p.id, fixSafetyKey(p.safety), maskSecrets(p.title));
        return kExitOk;
    }

    QList<FixPlan> chosen;
    for (const QString& id : a.apply) {
        bool found = false;
        for (const FixPlan& p : plans) {
            if (p.id == id) {
                found = true;
                if (!p.isApplicable()) {
                    err << u"gomoddoctor-cli fix: %1 is a manual fix; run its commands yourself (fix --show %1)\n"_s
                               .arg(id);
                    return kExitUsage;
                }
                chosen << p;
            }
        }
        if (!found) {
            err << u"gomoddoctor-cli fix: no fix with id '%1' (see fix --list)\n"_s.arg(id);
            return kExitUsage;
        }
    }
    if (a.applySafe) {
        for (const FixPlan& p : plans) {
            if (p.safety == FixSafety::Automatic && p.isApplicable() && !chosen.contains(p))
                chosen << p;
        }
    }
    if (chosen.isEmpty()) {
        out << u"No automatic fixes to apply.\n"_s;
        return kExitOk;
    }

    ApplyOptions ao;
    ao.goExecutable = before.facts.go.path.isEmpty() ? a.go : before.facts.go.path;
    ao.goEnvironment = ctx.environment;
    ao.goEnvFile = before.facts.hostInputs.userEnvFilePath;
    ao.journalDirectory = Journal::defaultDirectory(ctx.environment);
    ao.commitToGit = a.commit;
    int failures = 0;
    QList<FixPlan> applied;
    for (const FixPlan& p : chosen) {
        if (!p.goEnv.isEmpty() && ao.goEnvFile.isEmpty()) {
            err << u"%1: not applied: there is no go env file (%2)\n"_s.arg(
                p.id, before.facts.hostInputs.userEnvFileProblem);
            ++failures;
            continue;
        }
        if (!a.commit) {
            // Warn before editing a file with uncommitted changes (--commit refuses them).
            for (const FileEdit& e : p.edits) {
                if (gitStatusFor(e.path).hasUncommittedChanges())
                    err << u"%1: warning: %2 has uncommitted changes; the fix will be mixed with them (undo: "
                           "gomoddoctor-cli undo)\n"_s.arg(p.id, displayPath(dir, e.path));
            }
        }
        const qsizetype at = plans.indexOf(p);
        ao.findingTitle = at >= 0 ? before.result.findings.at(findingOfPlan.at(at)).title : QString();
        const ApplyResult r = applyPlan(p, ao);
        if (!r.ok) {
            err << u"%1: not applied: %2\n"_s.arg(p.id, maskSecrets(r.error));
            if (!r.changedSincePreview.isEmpty() && !applied.isEmpty())
                err << u"%1: an earlier fix of this run changed the file; run fix --list again\n"_s.arg(p.id);
            ++failures;
            continue;
        }
        for (const QString& w : r.warnings)
            err << u"%1: warning: %2\n"_s.arg(p.id, maskSecrets(w));
        out << u"%1: applied (undo: gomoddoctor-cli undo %2)\n"_s.arg(p.id, r.journalEntryId);
        for (const JournalCommit& c : r.commits)
            out << u"%1: committed %2 in %3 (only the fixed files)\n"_s.arg(p.id, c.commitId.left(12), c.repositoryRoot);
        applied << p;
    }
    if (!applied.isEmpty()) {
        // The finding counts as fixed only when the checks, run again, no longer report it; after
        // a shell profile edit they run with the environment a new shell will have.
        CliContext afterCtx = ctx;
        afterCtx.environment = withShellEnvironment(ctx.environment, applied);
        const Diagnosis after = diagnose(dir, a, afterCtx);
        for (const FixPlan& p : applied) {
            const qsizetype at = plans.indexOf(p);
            const Finding* f = at >= 0 ? &before.result.findings.at(findingOfPlan.at(at)) : nullptr;
            const bool fixed = f && verifiedFixed(*f, before.result.findings, after.result.findings);
            out << u"%1: %2\n"_s.arg(p.id, fixed ? u"verified fixed"_s : u"applied, but the finding still fires"_s);
            if (fixed && !p.shellEnvironment.isEmpty())
                out << u"%1: takes effect in shells started from now on; in open shells run: %2\n"_s.arg(
                    p.id, shellCommandsFor(p.shellEnvironment));
            if (!fixed)
                ++failures;
        }
    }
    return failures == 0 ? kExitOk : kExitFindings;
}

int runUndo(const QStringList& arguments, const CliContext& ctx)
{
    QTextStream& out = *ctx.out;
    QTextStream& err = *ctx.err;
    QString id;
    for (const QString& arg : arguments) {
        if (arg == u"-h"_s || arg == u"--help"_s) {
            out << fixHelpText();
            return kExitOk;
        }
        if (arg == u"--last"_s)
            continue;
        if (arg.startsWith(u'-') || !id.isEmpty()) {
            err << u"gomoddoctor-cli undo: unexpected argument '%1'\n\n"_s.arg(arg) << fixHelpText();
            return kExitUsage;
        }
        id = arg;
    }
    Journal journal(Journal::defaultDirectory(ctx.environment));
    if (id.isEmpty()) {
        const std::optional<JournalEntry> last = journal.lastEntry();
        if (!last) {
            err << u"gomoddoctor-cli undo: nothing to undo in %1\n"_s.arg(journal.directory());
            return kExitFindings;
        }
        id = last->id;
    }
    const UndoResult r = journal.undo(id);
    if (!r.ok) {
        err << u"gomoddoctor-cli undo: %1\n"_s.arg(maskSecrets(r.error));
        for (const QString& f : r.changedSinceFix)
            err << u"  changed since the fix: %1\n"_s.arg(f);
        return kExitFindings;
    }
    out << u"undone %1\n"_s.arg(id);
    for (const QString& f : r.restored)
        out << u"  restored %1\n"_s.arg(f);
    return kExitOk;
}

} // namespace gmd::cli
