// SPDX-License-Identifier: MIT
#pragma once

// Recognising git and module credentials in RUN commands and Dockerfile settings (GMD306, GMD307).

#include "checks/rules/docker/dockerutil.h"

#include <QString>
#include <QStringList>

namespace gmd::rules {

/// True when a RUN, an earlier RUN, a copied file or the environment gives git or go credentials
/// in some form (secure or not): ssh/secret mounts, a bind of .netrc, `git config ... insteadOf`
/// or `credential.helper`, a .netrc or .git-credentials written or copied, GIT_ASKPASS, GOAUTH or
/// GIT_SSH_COMMAND set by the Dockerfile.
bool buildHasGitCredentials(const RunSite& site);

/// One way a RUN puts a credential where it stays (a layer, the history).
struct CredentialUse
{
    QString what; ///< "writes ~/.gitconfig with a credential in url.<...>.insteadOf", ...
    bool persisted = true; ///< written to a file of the layer (not removed in the same RUN)
};

/// The credential writes of a RUN's text: git config insteadOf/credential URLs with user info,
/// .netrc and .git-credentials written, URLs with a password. Texts are about the command, never
/// the secret value.
QList<CredentialUse> credentialWrites(const QString& runText);

/// True when `name` is a variable whose value the doctor reports elsewhere (go settings and proxy
/// variables: GMD106, GMD160 and friends look at credentials in them).
bool isReportedElsewhere(const QString& name);

/// True when `text` references $NAME or ${NAME...}.
bool referencesVariable(const QString& text, const QString& name);

} // namespace gmd::rules
