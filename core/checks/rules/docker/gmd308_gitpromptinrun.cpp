// SPDX-License-Identifier: MIT
// GMD308: a RUN calls git itself (clone, fetch, pull, ls-remote, submodule) without
// GIT_TERMINAL_PROMPT=0 in its environment. cmd/go sets that variable for the git it runs (VCS-3),
// nobody does it for this one. A build has no terminal: when credentials are missing git fails with
// a misleading "could not read Username ...: No such device or address", and a credential helper or
// askpass program in the image may wait for input nobody gives (H7). For ssh remotes the prompt is
// ssh's (host key, passphrase): there GIT_SSH_COMMAND needs -o BatchMode=yes.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/docker/dockerutil.h"
#include "docker/shellscan.h"

#include <QRegularExpression>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

bool isFalse(const QString& v)
{
    static const QStringList no = { u"0"_s, u"false"_s, u"no"_s, u"off"_s };
    return no.contains(v.toLower());
}

bool isAssignment(const QString& word)
{
    static const QRegularExpression re(u"^[A-Za-z_][A-Za-z0-9_]*="_s);
    return re.match(word).hasMatch();
}

/// One git command that contacts a remote.
struct GitCall
{
    QString subcommand;
    QString words; ///< the command as written (for evidence)
    bool ssh = false; ///< an ssh remote is named (git@host:, ssh://)
    bool promptOff = false; ///< GIT_TERMINAL_PROMPT=0 reaches it
    bool batchMode = false; ///< GIT_SSH_COMMAND with BatchMode=yes reaches it
};

class Scanner
{
public:
    explicit Scanner(QMap<QString, QString> env)
        : m_env(std::move(env))
    { }

    void scan(const QString& script, int depth)
    {
        static const QStringList prefixes = { u"if"_s, u"then"_s, u"else"_s, u"elif"_s, u"do"_s, u"while"_s,
            u"until"_s, u"!"_s, u"{"_s, u"}"_s };
        for (const ShellCommand& cmd : splitShellCommands(script)) {
            if (cmd.kind != ShellCommand::Kind::Command)
                continue;
            QStringList words;
            for (const ShellToken& t : cmd.words)
                words << t.text;
            while (!words.isEmpty() && prefixes.contains(words.constFirst()))
                words.removeFirst();
            command(words, depth);
        }
    }
    void command(QStringList words, int depth)
    {
        QMap<QString, QString> local = m_env;
        bool assignmentsOnly = true;
        while (!words.isEmpty()) {
            const QString w = words.constFirst();
            if (isAssignment(w)) {
                local.insert(w.section(u'=', 0, 0), w.section(u'=', 1));
            } else if (w == u"env"_s || w == u"sudo"_s || w == u"exec"_s || w == u"command"_s || w.startsWith(u'-')) {
                assignmentsOnly = false;
            } else {
                assignmentsOnly = false;
                break;
            }
            words.removeFirst();
        }
        if (words.isEmpty()) {
            if (assignmentsOnly)
                m_env = local; // plain assignments change the shell for later commands
            return;
        }
        const QString program = words.constFirst().section(u'/', -1);
        if (program == u"export"_s) {
            for (const QString& a : words.mid(1)) {
                if (isAssignment(a))
                    m_env.insert(a.section(u'=', 0, 0), a.section(u'=', 1));
            }
            return;
        }
        static const QStringList shells = { u"sh"_s, u"bash"_s, u"ash"_s, u"dash"_s };
        if (shells.contains(program) && depth < 3) {
            const qsizetype c = words.indexOf(u"-c"_s);
            if (c > 0 && c + 1 < words.size())
                scan(words.at(c + 1), depth + 1);
            return;
        }
        if (program != u"git"_s)
            return;
        qsizetype i = 1;
        while (i < words.size() && words.at(i).startsWith(u'-')) {
            if (words.at(i) == u"-C"_s || words.at(i) == u"-c"_s)
                ++i;
            ++i;
        }
        static const QStringList remote = { u"clone"_s, u"fetch"_s, u"pull"_s, u"ls-remote"_s, u"submodule"_s };
        if (i >= words.size() || !remote.contains(words.at(i)))
            return;
        GitCall call;
        call.subcommand = words.at(i);
        call.words = words.join(u' ');
        static const QRegularExpression sshRemote(u"(^|\\s)(ssh://|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:)"_s);
        call.ssh = sshRemote.match(call.words).hasMatch();
        call.promptOff = local.contains(u"GIT_TERMINAL_PROMPT"_s) && isFalse(local.value(u"GIT_TERMINAL_PROMPT"_s));
        call.batchMode = local.value(u"GIT_SSH_COMMAND"_s).contains(u"BatchMode=yes"_s, Qt::CaseInsensitive);
        calls.append(call);
    }

    QList<GitCall> calls;

private:
    QMap<QString, QString> m_env;
};

class GitPromptInRun final : public Check
{
public:
    CheckInfo info() const override
    {
        return { u"GMD308"_s, u"git-prompt-in-run"_s, u"Dockerfile"_s,
            u"A RUN calls git without GIT_TERMINAL_PROMPT=0"_s, Severity::Warning };
    }
    void run(const Facts& facts, FindingSink& out) const override
    {
        for (const RunSite& site : reachableRuns(facts)) {
            QMap<QString, QString> env;
            for (const EnvAssignment& a : site.run->environment)
                env.insert(a.name, a.value);
            Scanner scanner(env);
            if (site.run->execForm)
                scanner.command(site.run->command, 0);
            else
                scanner.scan(runText(*site.run), 0);
            for (const GitCall& call : std::as_const(scanner.calls)) {
                if (call.ssh ? call.batchMode : call.promptOff)
                    continue;
                report(site, call, out);
                break; // one finding per RUN
            }
        }
    }

private:
    static void report(const RunSite& site, const GitCall& call, FindingSink& out)
    {
        const QString line = QString::number(site.run->location.line);
        const QString message = call.ssh
            ? u"The RUN at line %1 (stage %2) runs 'git %3' against an ssh remote without GIT_SSH_COMMAND "
              "\"ssh -o BatchMode=yes\": cmd/go adds that for the git it runs (VCS-3), nobody does for this one. "
              "An unknown host key or a key passphrase makes ssh ask on a terminal the build does not have; it "
              "fails with 'Host key verification failed' or waits on an askpass program (H7)."_s.arg(
                  line, site.stage->label(), call.subcommand)
            : u"The RUN at line %1 (stage %2) runs 'git %3' without GIT_TERMINAL_PROMPT=0: cmd/go sets it for "
              "the git it runs (VCS-3), nobody does for this one. When credentials are missing git asks for "
              "them on a terminal the build does not have, and fails with the misleading 'could not read "
              "Username ...: No such device or address', or a credential helper in the image waits for input "
              "nobody gives (H7)."_s.arg(line, site.stage->label(), call.subcommand);
        Finding& f = out.report(lineSubject(site.run->location), message);
        f.location = site.run->location;
        f.evidence.append(runEvidence(site));
        const QString setting = call.ssh ? u"ENV GIT_SSH_COMMAND=\"ssh -o BatchMode=yes\""_s
                                         : u"ENV GIT_TERMINAL_PROMPT=0"_s;
        f.fix = FixHint { u"Make git fail fast with a clear message instead of prompting: set it for the stage "
                          "before the RUN (or prefix the git command with the variable):"_s,
            { setting } };
        f.rootCauseScore = score::kConfusing;
    }
};

} // namespace

std::unique_ptr<Check> makeGitPromptInRun()
{
    return std::make_unique<GitPromptInRun>();
}

} // namespace gmd::rules
