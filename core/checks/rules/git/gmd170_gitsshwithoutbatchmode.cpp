// SPDX-License-Identifier: MIT
// GMD170: GIT_SSH or GIT_SSH_COMMAND is set without BatchMode=yes. cmd/go gives git
// GIT_SSH_COMMAND="ssh -o ControlMaster=no -o BatchMode=yes" only when neither is set (VCS-3); a
// user value loses both, so ssh may prompt for a passphrase or a host key that nobody sees (H7),
// and an ssh ControlMaster process can keep git's pipes open after the fetch (H8).
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/netenv/netenvutil.h"
#include "common/secrets.h"

#include <QRegularExpression>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

/// The program of a command line: its first word, unquoted, base name, lower case, no ".exe".
QString programOf(const QString& commandLine)
{
    QString s = commandLine.trimmed();
    QString word;
    if (s.startsWith(u'"') || s.startsWith(u'\'')) {
        const qsizetype end = s.indexOf(s[0], 1);
        word = s.mid(1, end < 0 ? -1 : end - 1);
    } else {
        word = s.section(QRegularExpression(u"\\s+"_s), 0, 0);
    }
    // Windows paths too (C:\Tools\plink.exe): the part after the last separator.
    QString base = word.mid(qMax(word.lastIndexOf(u'/'), word.lastIndexOf(u'\\')) + 1).toLower();
    if (base.endsWith(u".exe"_s))
        base.chop(4);
    return base;
}

bool isPlink(const QString& program)
{
    return program == u"plink"_s || program == u"tortoiseplink"_s;
}

/// ssh's -o BatchMode=yes in any spelling: "-oBatchMode=yes", "-o 'BatchMode yes'", any case.
bool hasBatchMode(const QString& commandLine)
{
    static const QRegularExpression re(u"batchmode\\s*[= ]\\s*[\"']?yes\\b"_s, QRegularExpression::CaseInsensitiveOption);
    return re.match(commandLine).hasMatch();
}

bool hasControlMaster(const QString& commandLine)
{
    return commandLine.contains(u"controlmaster"_s, Qt::CaseInsensitive);
}

class GitSshWithoutBatchMode final : public EnvCheck
{
public:
    CheckInfo info() const override
    {
        return {u"GMD170"_s, u"git-ssh-without-batchmode"_s, u"Git and ssh"_s,
                u"A custom GIT_SSH or GIT_SSH_COMMAND lets ssh prompt"_s, Severity::Warning};
    }
    void runEnv(const EnvContext& ctx, const Facts&, FindingSink& out) const override
    {
        const EnvValue command = ctx.env.get(u"GIT_SSH_COMMAND"_s);
        const EnvValue program = ctx.env.get(u"GIT_SSH"_s);
        if (command.value.trimmed().isEmpty() && program.value.trimmed().isEmpty())
            return;
        // git prefers GIT_SSH_COMMAND; GIT_SSH is a program name without arguments.
        const bool useCommand = !command.value.trimmed().isEmpty();
        const EnvValue& used = useCommand ? command : program;
        const QString prog = programOf(used.value);
        if (isPlink(prog) ? used.value.contains(u"-batch"_s) : (useCommand && hasBatchMode(used.value)))
            return;

        const QString shown = maskValue(used.name, used.value);
        QString message = u"%1='%2' is set, so cmd/go does not give git its own GIT_SSH_COMMAND=\"ssh -o "
                          "ControlMaster=no -o BatchMode=yes\" (VCS-3), and "_s.arg(used.name, shown);
        if (isPlink(prog))
            message += u"plink runs without -batch: "_s;
        else if (useCommand)
            message += u"the command has no -o BatchMode=yes: "_s;
        else
            message += u"GIT_SSH names a program, which cannot carry ssh options (unless it is a wrapper that "
                       "adds -o BatchMode=yes itself): "_s;
        message += u"ssh may ask for a key passphrase or to accept an unknown host key. go does not show git's "
                   "output and waits without a timeout, so go mod download hangs silently (H7)."_s;
        if (!hasControlMaster(used.value))
            message += u" Without ControlMaster=no, a ControlMaster/ControlPersist setting in the ssh config "
                       "leaves a background ssh that keeps git's pipes open, and go never returns (H8)."_s;
        if (useCommand && used.value.contains(u" -F"_s))
            message += u" (If the ssh config file named with -F sets BatchMode yes, this is a false alarm.)"_s;

        Finding& f = out.report(used.name, message);
        describeValue(f, used);
        if (useCommand && !program.value.isEmpty())
            f.evidence.append({evidenceFor(program).label, evidenceFor(program).value,
                               u"ignored by git: GIT_SSH_COMMAND takes precedence"_s});
        f.fix = fixFor(ctx, used, prog, useCommand);
        f.rootCauseScore = score::kHangCause;
    }

private:
    static FixHint fixFor(const EnvContext& ctx, const EnvValue& used, const QString& prog, bool useCommand)
    {
        const QString unset = u"Or unset it, so that go uses its own non-interactive ssh command."_s;
        if (containsSecret(used.name, used.value))
            return FixHint{u"Add -o BatchMode=yes -o ControlMaster=no to the ssh command (the value holds a "
                           "secret, so it is not repeated here). "_s + unset, {}};
        QString corrected;
        if (isPlink(prog)) {
            corrected = used.value.trimmed() + u" -batch"_s;
        } else if (prog == u"ssh"_s) {
            corrected = used.value.trimmed() + u" -o BatchMode=yes"_s;
            if (!hasControlMaster(used.value))
                corrected += u" -o ControlMaster=no"_s;
        } else {
            return FixHint{u"Make %1 pass -o BatchMode=yes -o ControlMaster=no to ssh. "_s.arg(used.value.trimmed())
                               + unset,
                           {}};
        }
        if (!useCommand) {
            // GIT_SSH cannot take options: move to GIT_SSH_COMMAND.
            const EnvValue target = ctx.env.get(u"GIT_SSH_COMMAND"_s);
            FixHint fix = fixUnsetVariable(ctx, used, u"Replace GIT_SSH by a GIT_SSH_COMMAND that cannot prompt. "_s
                                                          + unset);
            fix.commands << netenv::fixShellVariables(ctx, {{target, corrected}}, {}).commands;
            return fix;
        }
        return netenv::fixShellVariables(ctx, {{used, corrected}}, u"Let ssh fail instead of prompting. "_s + unset);
    }
};

} // namespace

std::unique_ptr<Check> makeGitSshWithoutBatchMode()
{
    return std::make_unique<GitSshWithoutBatchMode>();
}

} // namespace gmd::rules
