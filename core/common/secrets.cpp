// SPDX-License-Identifier: MIT
#include "secrets.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

const QString& mask()
{
    static const QString m = QString::fromUtf16(kMask);
    return m;
}

/// A user name that is really a credential: known token prefixes, or a long opaque string.
bool looksLikeToken(QStringView user)
{
    static const QRegularExpression prefixes(
        u"^(gh[pousr]_|github_pat_|glpat-|glcbt-|gldt-|x-access-token|x-token-auth|oauth2|AKIA|xox[baprs]-)"_s);
    if (prefixes.match(user).hasMatch())
        return true;
    if (user.size() >= 20) {
        static const QRegularExpression opaque(u"^[A-Za-z0-9_\\-\\.=+/]{20,}$"_s);
        return opaque.match(user).hasMatch();
    }
    return false;
}

QString redactUserInfo(const QString& userInfo)
{
    const qsizetype colon = userInfo.indexOf(u':');
    if (colon >= 0) {
        const QString user = userInfo.left(colon);
        return (looksLikeToken(user) ? mask() : user) + u':' + mask();
    }
    return looksLikeToken(userInfo) ? mask() : userInfo;
}

} // namespace

QString redactUrl(const QString& url)
{
    // scheme://userinfo@host...; userinfo may not contain '/', '?' or '#'.
    static const QRegularExpression re(u"^([A-Za-z][A-Za-z0-9+.\\-]*://)([^/?#@\\s]*)@"_s);
    const QRegularExpressionMatch m = re.match(url);
    if (!m.hasMatch())
        return url;
    return m.captured(1) + redactUserInfo(m.captured(2)) + u'@' + url.mid(m.capturedEnd(0));
}

QString maskSecrets(const QString& text)
{
    if (text.isEmpty())
        return text;
    QString out = text;

    // URLs with user info anywhere in the text (git insteadOf lines, proxy URLs, GOPROXY lists).
    static const QRegularExpression urlUser(u"([A-Za-z][A-Za-z0-9+.\\-]*://)([^/?#@\\s\"'`,|]+)@"_s);
    {
        QString rebuilt;
        qsizetype last = 0;
        auto it = urlUser.globalMatch(out);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            rebuilt += QStringView(out).mid(last, m.capturedStart(2) - last);
            rebuilt += redactUserInfo(m.captured(2));
            last = m.capturedEnd(2);
        }
        rebuilt += QStringView(out).mid(last);
        out = rebuilt;
    }

    // Well-known token formats.
    static const QRegularExpression tokens(
        u"\\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|glpat-[A-Za-z0-9_\\-]{16,}"
        "|AKIA[0-9A-Z]{16}|xox[baprs]-[A-Za-z0-9\\-]{10,}"
        "|eyJ[A-Za-z0-9_\\-]{8,}\\.[A-Za-z0-9_\\-]{8,}\\.[A-Za-z0-9_\\-]{8,})"_s);
    out.replace(tokens, mask());

    // Authorization headers and bearer tokens.
    // (Not a variable name ending in TOKEN followed by a command-line flag: "GITHUB_TOKEN --mount=...".)
    static const QRegularExpression bearer(
        u"((?<![A-Za-z0-9_])(?:Authorization:\\s*)?(?:Bearer|Basic|token)\\s+)(?!-)[A-Za-z0-9_\\-\\.=+/]{8,}"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    out.replace(bearer, u"\\1"_s + mask());

    // key=value and key: value (env files, ini, YAML, URLs' query strings). "secret" and "token"
    // are also ordinary words ("mount it as a secret: RUN ..."), so after a colon their value
    // must look like one (8 characters or more); password-like keys are always masked.
    static const QRegularExpression passwordKv(
        u"((?<![A-Za-z0-9])(?:password|passwd|pwd|api[_-]?key|access[_-]?key|client[_-]?secret)\\b\\s*[=:]\\s*)([^\\s,;\"']+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    out.replace(passwordKv, u"\\1"_s + mask());
    static const QRegularExpression tokenAssign(u"((?<![A-Za-z0-9])(?:token|secret)\\b\\s*=\\s*)([^\\s,;\"']+)"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    out.replace(tokenAssign, u"\\1"_s + mask());
    static const QRegularExpression tokenColon(u"((?<![A-Za-z0-9])(?:token|secret)\\b:\\s*)([^\\s,;\"']{8,})"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    out.replace(tokenColon, u"\\1"_s + mask());

    // .netrc: "machine host login user password secret" (the password after whitespace only
    // on a line that is netrc-shaped, not in prose such as "asks for a password and hangs").
    static const QRegularExpression netrc(
        u"(\\b(?:machine|login|default)\\b[^\\n]*?\\b(?:password|passwd)\\s+)([^\\s\"']+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    out.replace(netrc, u"\\1"_s + mask());

    // Command-line flags: --password VALUE, --token=VALUE (not --secret, which names a secret).
    static const QRegularExpression flags(u"((?:^|\\s)--?(?:password|passwd|token|api-key)(?:=|\\s+))([^\\s\"']+)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    out.replace(flags, u"\\1"_s + mask());
    return out;
}

bool isSecretName(QStringView name)
{
    static const QStringList secretSegments = {u"apikey"_s, u"auth"_s,   u"credential"_s, u"credentials"_s, u"key"_s,
                                               u"password"_s, u"pword"_s, u"passwd"_s,    u"secret"_s,      u"token"_s};
    static const QStringList allowSegments = {u"public"_s, u"file"_s, u"version"_s};
    bool secret = false;
    for (QStringView seg : name.split(u'_')) {
        const QString lower = seg.toString().toLower();
        if (allowSegments.contains(lower))
            return false;
        if (secretSegments.contains(lower))
            secret = true;
    }
    return secret;
}

QString maskValue(QStringView name, const QString& value)
{
    if (value.isEmpty())
        return value;
    if (isSecretName(name))
        return mask();
    return maskSecrets(value);
}

bool containsSecret(QStringView name, const QString& value)
{
    if (value.isEmpty())
        return false;
    return isSecretName(name) || maskSecrets(value) != value;
}

} // namespace gmd
