// SPDX-License-Identifier: MIT
#include "imagereference.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

/// distribution/reference's ReferenceRegexp (anchored): name, optional tag, optional digest.
const QRegularExpression& referenceRegexp()
{
    static const QString alnum = u"[a-z0-9]+"_s;
    static const QString separator = u"(?:[._]|__|[-]+)"_s;
    static const QString pathComponent = alnum + u"(?:"_s + separator + alnum + u")*"_s;
    static const QString domainComponent = u"(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])"_s;
    static const QString domainName = domainComponent + u"(?:\\."_s + domainComponent + u")*"_s;
    static const QString host = u"(?:"_s + domainName + u"|\\[(?:[a-fA-F0-9:]+)\\])"_s;
    static const QString domainAndPort = host + u"(?::[0-9]+)?"_s;
    static const QString name =
        u"(?:"_s + domainAndPort + u"/)?"_s + pathComponent + u"(?:/"_s + pathComponent + u")*"_s;
    static const QString tag = u"[\\w][\\w.-]{0,127}"_s;
    static const QString digest = u"[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][[:xdigit:]]{32,}"_s;
    static const QRegularExpression re(u"^("_s + name + u")(?::("_s + tag + u"))?(?:@("_s + digest + u"))?$"_s);
    return re;
}

/// go-digest Validate for the algorithms BuildKit registers.
bool validDigest(const QString& digest)
{
    const qsizetype colon = digest.indexOf(u':');
    const QString algorithm = digest.left(colon);
    const QString hex = digest.mid(colon + 1);
    qsizetype size = 0;
    if (algorithm == "sha256"_L1)
        size = 64;
    else if (algorithm == "sha384"_L1)
        size = 96;
    else if (algorithm == "sha512"_L1)
        size = 128;
    if (size == 0 || hex.size() != size)
        return false;
    static const QRegularExpression lowerHex(u"^[a-f0-9]+$"_s);
    return lowerHex.match(hex).hasMatch();
}

/// splitDockerDomain: the registry part and the rest, with docker.io's library/ prefix added.
void splitDockerDomain(const QString& name, QString* domain, QString* remainder)
{
    const qsizetype slash = name.indexOf(u'/');
    const QString first = name.left(slash);
    if (slash < 0
        || (!first.contains(u'.') && !first.contains(u':') && first != "localhost"_L1 && first.toLower() == first)) {
        *domain = u"docker.io"_s;
        *remainder = name;
    } else {
        *domain = first;
        *remainder = name.mid(slash + 1);
    }
    if (*domain == "index.docker.io"_L1)
        *domain = u"docker.io"_s;
    if (*domain == "docker.io"_L1 && !remainder->contains(u'/'))
        *remainder = u"library/"_s + *remainder;
}

} // namespace

QString imageReferenceError(const QString& ref)
{
    static const QRegularExpression identifier(u"^[a-f0-9]{64}$"_s);
    if (identifier.match(ref).hasMatch())
        return u"invalid repository name ("_s + ref + u"), cannot specify 64-byte hexadecimal strings"_s;
    QString domain;
    QString remainder;
    splitDockerDomain(ref, &domain, &remainder);
    const qsizetype tagSep = remainder.indexOf(u':');
    const QString remote = tagSep < 0 ? remainder : remainder.left(tagSep);
    if (remote.toLower() != remote)
        return u"invalid reference format: repository name ("_s + remote + u") must be lowercase"_s;
    const QString full = domain + u'/' + remainder;
    const QRegularExpressionMatch m = referenceRegexp().match(full);
    if (!m.hasMatch())
        return u"invalid reference format"_s;
    if (m.captured(1).size() > 255)
        return u"repository name must not be more than 255 characters"_s;
    if (m.capturedLength(3) > 0 && !validDigest(m.captured(3)))
        return u"invalid digest format"_s;
    return {};
}

QString imageRepository(const QString& ref)
{
    if (!imageReferenceError(ref).isEmpty())
        return {};
    QString domain;
    QString remainder;
    splitDockerDomain(ref, &domain, &remainder);
    const QRegularExpressionMatch m = referenceRegexp().match(domain + u'/' + remainder);
    QString name = m.captured(1);
    if (name.startsWith("docker.io/library/"_L1))
        return name.mid(18);
    if (name.startsWith("docker.io/"_L1))
        return name.mid(10);
    return name;
}

} // namespace gmd
