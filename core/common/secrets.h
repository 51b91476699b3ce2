// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

namespace gmd {

/// The text every masked secret is replaced with (the same as Go's URL.Redacted()).
inline constexpr char16_t kMask[] = u"xxxxx";

/// Replaces the password of a URL's user info with "xxxxx", and the user name too
/// when it looks like a token (`https://ghp_abc@github.com`). Non-URLs are returned unchanged.
QString redactUrl(const QString& url);

/// Masks every secret found in free text: passwords and token-like user names in URLs
/// (anywhere in the text), well-known token formats (GitHub, GitLab, AWS, Slack, JWT),
/// `Authorization:`/`Bearer` values and `password`/`login` values in .netrc-style text.
/// Used for everything that reaches the UI, a report or a log.
QString maskSecrets(const QString& text);

/// True when an environment/ARG name denotes a secret, with BuildKit's
/// SecretsUsedInArgOrEnv segment rule (spec dockerfile.md D2): a `_`-separated segment
/// equal to apikey, auth, credential(s), key, password, pword, passwd, secret or token,
/// and no segment public, file or version.
bool isSecretName(QStringView name);

/// The value as it may be shown for variable `name`: fully masked for secret names,
/// otherwise maskSecrets(value). Empty values stay empty.
QString maskValue(QStringView name, const QString& value);

/// True when maskSecrets() would change the text or the name is secret.
bool containsSecret(QStringView name, const QString& value);

} // namespace gmd
