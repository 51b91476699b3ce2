// SPDX-License-Identifier: MIT
// GMD307: credentials that end up in the image or its history. A RUN that uses an ARG/ENV whose
// name is a secret one (BuildKit's SecretsUsedInArgOrEnv segment rule) or whose value looks like
// a credential (gmd::containsSecret): build args are recorded in the image history and provenance,
// ENV values in the image config. A RUN that writes credentials into a file of its layer
// (git config url."https://${TOKEN}@host/".insteadOf, a .netrc, .git-credentials) or has one in
// its command text. An ENV whose value is a credential. Secret values are never printed.
#include "checks/checkutil.h"
#include "checks/facts.h"
#include "checks/rules/docker/credentialutil.h"
#include "checks/rules/docker/dockerutil.h"
#include "common/secrets.h"

#include <QSet>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

bool isDockerfileSetting(EnvSource s)
{
    return s == EnvSource::DockerfileEnv || s == EnvSource::DockerfileArg || s == EnvSource::BuildArg;
}

bool isSecretSetting(const EnvAssignment& a)
{
    return isDockerfileSetting(a.source) && !isReportedElsewhere(a.name)
        && (isSecretName(a.name) || (!a.value.isEmpty() && containsSecret(a.name, a.value)));
}

/// The line of the last `ARG <name>` before `line`.
int argLine(const DockerfileFacts& df, const QString& name, int line)
{
    int found = 0;
    for (const DockerNode& n : df.ast.nodes) {
        if (n.startLine >= line || n.lowerKeyword != u"arg"_s)
            continue;
        for (const QString& a : n.args) {
            if (a == name || a.startsWith(name + u'='))
                found = n.startLine;
        }
    }
    return found;
}

class GitCredentialsInImage final : public Check
{
public:
    CheckInfo info() const override
    {
        return { u"GMD307"_s, u"git-credentials-in-image"_s, u"Dockerfile"_s,
            u"Credentials are stored in the image or its history"_s, Severity::Error };
    }
    void run(const Facts& facts, FindingSink& out) const override
    {
        QSet<QString> envReported;
        for (const RunSite& site : reachableRuns(facts)) {
            const QString text = runText(*site.run);
            QStringList used;
            QList<Evidence> evidence;
            for (const EnvAssignment& a : site.run->environment) {
                if (!isSecretSetting(a) || !referencesVariable(text, a.name))
                    continue;
                used << u"%1 %2 (line %3)"_s.arg(a.source == EnvSource::DockerfileEnv ? u"ENV"_s : u"ARG"_s, a.name,
                    QString::number(a.location.line));
                evidence.append(evidenceFor(a.toEnvValue()));
            }
            // ARGs declared without a value here: the real build passes them with --build-arg.
            for (const QString& name : site.before->declaredArgs) {
                if (!isSecretName(name) || isReportedElsewhere(name) || site.before->find(name)
                    || !referencesVariable(text, name) || used.join(u' ').contains(u' ' + name + u' '))
                    continue;
                used << u"ARG %1 (line %2)"_s.arg(name, QString::number(argLine(*site.df, name, site.run->location.line)));
            }
            const QList<CredentialUse> writes = credentialWrites(text);
            QStringList written;
            for (const CredentialUse& w : writes) {
                if (w.persisted)
                    written << w.what;
            }
            if (!used.isEmpty() || !written.isEmpty())
                reportRun(site, used, written, evidence, out);
            // ENV values that are credentials sit in the image config of this stage.
            for (const EnvAssignment& a : site.before->env) {
                if (a.source != EnvSource::DockerfileEnv || !a.location.isValid() || isReportedElsewhere(a.name)
                    || a.value.isEmpty() || maskSecrets(a.value) == a.value)
                    continue;
                const QString key = site.df->path + u':' + a.location.toString() + u':' + a.name;
                if (envReported.contains(key))
                    continue;
                envReported.insert(key);
                reportEnv(a, out);
            }
        }
    }

private:
    static void reportRun(const RunSite& site, const QStringList& used, const QStringList& written,
        const QList<Evidence>& evidence, FindingSink& out)
    {
        QStringList what;
        if (!used.isEmpty())
            what << u"uses %1, whose value%2 recorded in the image history and the build's provenance"_s.arg(
                used.join(u", "_s), used.size() == 1 ? u" is"_s : u"s are"_s);
        if (!written.isEmpty())
            what << written.join(u"; "_s) + u", which stays in the layer of this RUN"_s;
        const bool finalStage = site.stage->isTarget;
        Finding& f = out.report(lineSubject(site.run->location),
            u"The RUN at line %1 (stage %2) %3. %4"_s.arg(QString::number(site.run->location.line),
                site.stage->label(), what.join(u", and "_s),
                finalStage ? u"Anyone who can pull the image can read them."_s
                           : u"This stage is not the final image, but its layers and history stay in the build "
                             "cache and in any exported cache (--cache-to)."_s));
        f.location = site.run->location;
        f.evidence.append(runEvidence(site));
        f.evidence.append(evidence);
        f.fix = FixHint { u"Pass credentials as build secrets or through the ssh agent, used only by the "
                          "command that needs them, and rotate the ones already published:"_s,
            { u"RUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download"_s,
                u"docker build --secret id=netrc,src=$HOME/.netrc ."_s,
                u"# or: RUN --mount=type=ssh ... with docker build --ssh default ."_s } };
        f.rootCauseScore = score::kSecurity;
    }

    static void reportEnv(const EnvAssignment& a, FindingSink& out)
    {
        Finding& f = out.report(lineSubject(a.location),
            u"ENV %1 at line %2 holds a credential: ENV values are part of the image config, readable by anyone "
            "who can pull the image (docker inspect)."_s.arg(a.name, QString::number(a.location.line)));
        f.location = a.location;
        f.evidence.append(evidenceFor(a.toEnvValue()));
        f.fix = FixHint { u"Remove the credential from the ENV line, pass it as a build secret to the RUN that "
                          "needs it, and rotate it:"_s,
            { u"RUN --mount=type=secret,id=%1,env=%1 <command>"_s.arg(a.name),
                u"docker build --secret id=%1,env=%1 ."_s.arg(a.name) } };
        f.rootCauseScore = score::kSecurity;
    }
};

} // namespace

std::unique_ptr<Check> makeGitCredentialsInImage()
{
    return std::make_unique<GitCredentialsInImage>();
}

} // namespace gmd::rules
