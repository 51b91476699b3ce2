// SPDX-License-Identifier: MIT
#include "credentialutil.h"

#include "common/secrets.h"
#include "env/goenvironment.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {

namespace {

bool setByDockerfile(const RunSite& site, const QString& name)
{
    for (const EnvAssignment& a : site.run->environment) {
        if (a.name == name && !a.value.isEmpty() && a.source != EnvSource::BaseImage)
            return true;
    }
    return false;
}

bool isCredentialFile(const QString& path)
{
    static const QRegularExpression re(u"(^|/)(\\.netrc|_netrc|\\.git-credentials|\\.gitconfig|\\.ssh)(/|$)"_s);
    return re.match(path).hasMatch();
}

} // namespace

bool buildHasGitCredentials(const RunSite& site)
{
    if (site.run->hasCredentialMount())
        return true;
    for (const RunMount& m : site.run->mounts) {
        if (m.type == u"bind"_s && (isCredentialFile(m.target) || isCredentialFile(m.source)))
            return true;
    }
    static const QRegularExpression configures(
        u"\\.netrc|insteadof|credential\\.helper|GIT_ASKPASS|\\.git-credentials|GOAUTH|\\.ssh/"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (configures.match(runText(*site.run)).hasMatch())
        return true;
    for (const RunInfo* r : earlierRuns(site)) {
        if (configures.match(runText(*r)).hasMatch())
            return true;
    }
    for (const CopiedPath& f : site.before->files) {
        if (isCredentialFile(f.destination) || isCredentialFile(f.contextPath) || isCredentialFile(f.source))
            return true;
    }
    for (const QString& name : { u"GIT_ASKPASS"_s, u"GOAUTH"_s, u"GIT_SSH_COMMAND"_s, u"GIT_CONFIG_GLOBAL"_s,
             u"GIT_CONFIG_COUNT"_s }) {
        if (setByDockerfile(site, name))
            return true;
    }
    return false;
}

QList<CredentialUse> credentialWrites(const QString& runText)
{
    QList<CredentialUse> out;
    // Removed again before the RUN ends: not in the layer (but still in the command history).
    static const QRegularExpression removesGitConfig(
        u"rm\\s+(-\\S+\\s+)*\\S*\\.gitconfig|git\\s+config\\s+(--\\S+\\s+)*--(unset|remove-section)"_s);
    static const QRegularExpression removesNetrc(u"rm\\s+(-\\S+\\s+)*\\S*[._]netrc"_s);
    // url."https://${TOKEN}@github.com/".insteadOf / url."https://user:pw@host/".insteadOf. Not ssh URLs:
    // in url."ssh://git@github.com/" the user is git's login name, the credential is the ssh key.
    static const QRegularExpression insteadOf(
        u"git\\s+config\\b[^\\n;&|]*url\\.[\"']?(?!(?:git\\+)?ssh://|ssh\\+git://)[a-z+]+://[^\"'\\s@/]+@[^\\n;&|]*"
        "insteadof"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (insteadOf.match(runText).hasMatch())
        out.append({ u"writes a URL with credentials into ~/.gitconfig (git config url.<...>.insteadOf)"_s,
            !removesGitConfig.match(runText).hasMatch() });
    static const QRegularExpression helperStore(
        u"git\\s+config\\b[^\\n;&|]*credential\\.helper\\s+[\"']?store"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression gitCredentials(u">>?\\s*\\S*\\.git-credentials"_s);
    if (helperStore.match(runText).hasMatch() || gitCredentials.match(runText).hasMatch())
        out.append({ u"stores credentials in ~/.git-credentials"_s, true });
    static const QRegularExpression netrc(u"(machine|login|password)[^\\n]*>>?\\s*\\S*[._]netrc"_s);
    static const QRegularExpression netrcHeredoc(u">>?\\s*\\S*[._]netrc[^\\n]*\\n[^\\n]*(machine|password)"_s);
    if (netrc.match(runText).hasMatch() || netrcHeredoc.match(runText).hasMatch())
        out.append({ u"writes a .netrc with a password"_s, !removesNetrc.match(runText).hasMatch() });
    // Literal credentials only: `password $PW` or `https://x:${TOKEN}@` hold no value in the text.
    static const QRegularExpression reference(u"\\$(\\{[^}]*\\}|\\([^)]*\\)|[A-Za-z_][A-Za-z0-9_]*)"_s);
    // `https://x-access-token:${TOKEN}@` keeps no credential either: with the password a reference, the
    // user name left (x-access-token, oauth2, a login) is not one, so the whole user info goes.
    static const QRegularExpression referencedPassword(u"://[^\\s/@:\"']*:@"_s);
    QString literal = runText;
    literal.replace(reference, QString());
    literal.replace(referencedPassword, u"://"_s);
    literal.replace(u":@"_s, u"@"_s);
    if (maskSecrets(literal) != literal)
        out.append({ u"has a credential written in the command itself"_s, true });
    return out;
}

bool isReportedElsewhere(const QString& name)
{
    const QString upper = name.toUpper();
    return reportedVariables().contains(upper) || upper.endsWith(u"_PROXY"_s);
}

bool referencesVariable(const QString& text, const QString& name)
{
    const QRegularExpression re(
        u"\\$(\\{%1([:}#%/+?=-]|$)|%1(?![A-Za-z0-9_]))"_s.arg(QRegularExpression::escape(name)));
    return re.match(text).hasMatch();
}

} // namespace gmd::rules
