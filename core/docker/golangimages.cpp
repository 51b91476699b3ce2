// SPDX-License-Identifier: MIT
// The official `golang` images (docker-library/golang). Their Dockerfiles end with
//   ENV GOLANG_VERSION <x.y.z>
//   ENV GOTOOLCHAIN=local            (docker-library/golang#472, merged 2023-09: images built since)
//   ENV GOPATH /go
//   ENV PATH $GOPATH/bin:/usr/local/go/bin:$PATH
//   WORKDIR $GOPATH
// over a Debian (buildpack-deps) or Alpine base whose PATH is the default one (S6), so the image
// config Env is PATH, GOLANG_VERSION, [GOTOOLCHAIN], GOPATH; the user is root.
#include "golangimages.h"

#include "gocmd/goversion.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

/// Floating tags as recorded from docker-library/golang versions.json (tip-20260404).
/// ASSUMPTION: a floating tag is re-pushed on every release, so these age; newer minors are
/// recognised without a patch. 1.24 had ended by then; its final release is not recorded, 1.24.12
/// (the last one seen in the golang Dockerfiles) is a lower bound.
struct MinorRelease
{
    int minor;
    const char* latest; ///< the release the `1.<minor>` tag pointed to at the table date
};

constexpr MinorRelease kMinorReleases[] = {
    { 26, "1.26.1" },
    { 25, "1.25.9" },
    { 24, "1.24.12" },
    { 23, "1.23.12" },
    { 22, "1.22.12" },
    { 21, "1.21.13" },
    { 20, "1.20.14" },
    { 19, "1.19.13" },
    { 18, "1.18.10" },
    { 17, "1.17.13" },
    { 16, "1.16.15" },
    { 15, "1.15.15" },
    { 14, "1.14.15" },
    { 13, "1.13.15" },
};

/// `golang`, `golang:1`, `golang:latest` at the table date. ASSUMPTION: "latest" moves.
constexpr const char* kLatestRelease = "1.26.1";
constexpr const char* kTableDate = "2026-04-04";

QString latestForMinor(int minor)
{
    for (const MinorRelease& r : kMinorReleases) {
        if (r.minor == minor)
            return QString::fromLatin1(r.latest);
    }
    return {};
}

bool isOfficialGolangRepository(const ImageReference& ref)
{
    static const QStringList hub = { u"docker.io"_s, u"index.docker.io"_s, u"registry-1.docker.io"_s,
        u"mirror.gcr.io"_s };
    if (ref.repository == u"library/golang"_s)
        return hub.contains(ref.registry);
    // Amazon's copy of the Docker Official Images.
    return ref.registry == u"public.ecr.aws"_s && ref.repository == u"docker/library/golang"_s;
}

bool isWindowsVariant(const QString& variant)
{
    return variant.startsWith(u"windowsservercore"_s) || variant.startsWith(u"nanoserver"_s)
        || variant.startsWith(u"windows"_s);
}

/// docker-library/golang#472: GOTOOLCHAIN=local in every image built since 2023-09-23, i.e. all
/// releases from 1.21.1 on and every later pre-release; 1.21.0 and 1.21rcN were never rebuilt.
bool setsToolchainLocal(const GoVersion& v)
{
    if (v.major != 1 || v.minor < 21)
        return v.major > 1;
    if (v.minor > 21)
        return true;
    return v.prerelease.isEmpty() && v.patch >= 1;
}

void addGolangEnvironment(BaseImageFacts* f, const QString& versionForEnv, bool toolchainLocal)
{
    f->env.append({ u"PATH"_s, u"/go/bin:/usr/local/go/bin:"_s + defaultImagePath() });
    if (!versionForEnv.isEmpty())
        f->env.append({ u"GOLANG_VERSION"_s, versionForEnv });
    if (toolchainLocal)
        f->env.append({ u"GOTOOLCHAIN"_s, u"local"_s });
    f->env.append({ u"GOPATH"_s, u"/go"_s });
    f->workdir = u"/go"_s;
    f->goroot = u"/usr/local/go"_s;
}

} // namespace

std::optional<QString> BaseImageFacts::envValue(const QString& name) const
{
    for (const auto& kv : env) {
        if (kv.first == name)
            return kv.second;
    }
    return std::nullopt;
}

QString golangImageTableDate()
{
    return QString::fromLatin1(kTableDate);
}

QString defaultImagePath()
{
    return u"/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"_s;
}

QByteArray upstreamGoEnvFile()
{
    // $GOROOT/go.env of official Go releases since 1.21 (ENV-6); the line numbers matter for evidence.
    return QByteArrayLiteral("# This file contains the initial defaults for go command configuration.\n"
                             "# Values set by 'go env -w' and written to the user's go/env file override these.\n"
                             "# The environment overrides everything else.\n"
                             "\n"
                             "# Use the Go module mirror and checksum database by default.\n"
                             "# See https://proxy.golang.org for details.\n"
                             "GOPROXY=https://proxy.golang.org,direct\n"
                             "GOSUMDB=sum.golang.org\n"
                             "\n"
                             "# Automatically download newer toolchains as directed by go.mod files.\n"
                             "# See https://go.dev/doc/toolchain for details.\n"
                             "GOTOOLCHAIN=auto\n");
}

ImageReference parseImageReference(const QString& text)
{
    ImageReference ref;
    ref.text = text;
    QString rest = text.trimmed();
    if (rest.isEmpty() || rest.contains(u'$') || rest.contains(u' '))
        return ref;
    const qsizetype at = rest.indexOf(u'@');
    if (at >= 0) {
        ref.digest = rest.mid(at + 1);
        rest = rest.left(at);
    }
    const qsizetype lastSlash = rest.lastIndexOf(u'/');
    const qsizetype colon = rest.lastIndexOf(u':');
    if (colon > lastSlash) {
        ref.tag = rest.mid(colon + 1);
        rest = rest.left(colon);
    }
    QStringList parts = rest.split(u'/');
    const QString& first = parts.constFirst();
    if (parts.size() > 1 && (first.contains(u'.') || first.contains(u':') || first == u"localhost"_s)) {
        ref.registry = first;
        parts.removeFirst();
    } else {
        ref.registry = u"docker.io"_s;
    }
    if (ref.registry == u"docker.io"_s && parts.size() == 1)
        parts.prepend(u"library"_s);
    ref.repository = parts.join(u'/');
    static const QRegularExpression component(u"^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$"_s);
    ref.valid = !ref.repository.isEmpty();
    for (const QString& p : std::as_const(parts)) {
        if (!component.match(p).hasMatch())
            ref.valid = false;
    }
    return ref;
}

BaseImageFacts lookupBaseImage(const QString& image)
{
    BaseImageFacts f;
    f.image = image;
    const ImageReference ref = parseImageReference(image);
    if (!ref.valid || !isOfficialGolangRepository(ref))
        return f; // S6: unknown image, nothing is guessed
    f.officialGolang = true;
    f.tag = ref.tag.isEmpty() && ref.digest.isEmpty() ? u"latest"_s : ref.tag;
    const QString date = golangImageTableDate();

    if (f.tag.isEmpty()) {
        // Digest only: the content is fixed but the table cannot tell which release it is.
        f.known = true;
        f.patchUnknown = true;
        addGolangEnvironment(&f, {}, false);
        f.goEnvFile = upstreamGoEnvFile();
        f.notes.append(u"the image is pinned by digest only, so its Go version is unknown; GOTOOLCHAIN and "
                       "GOLANG_VERSION are not assumed"_s);
        f.notes.append(u"$GOROOT/go.env assumed to hold the upstream defaults"_s);
        return f;
    }

    static const QRegularExpression versioned(
        u"^(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?((?:rc|beta)\\d+)?(?:-([a-z][a-z0-9.-]*))?$"_s);
    static const QRegularExpression named(u"^(latest|tip(?:-\\d{8})?|[a-z][a-z0-9.]*)(?:-([a-z][a-z0-9.-]*))?$"_s);

    QString version; // what the tag fixes: "1", "1.22", "1.22.3", "1.21rc2"
    bool tip = false;
    if (const QRegularExpressionMatch m = versioned.match(f.tag); m.hasMatch()) {
        version = m.captured(0).section(u'-', 0, 0);
        f.variant = m.captured(5);
    } else if (const QRegularExpressionMatch n = named.match(f.tag); n.hasMatch()) {
        const QString word = n.captured(1);
        if (word == u"latest"_s) {
            version = u"1"_s;
            f.variant = n.captured(2);
        } else if (word.startsWith(u"tip"_s)) {
            tip = true;
            f.variant = n.captured(2);
        } else {
            version = u"1"_s; // `golang:alpine`, `golang:bookworm`: the latest release
            f.variant = n.captured(0);
        }
    } else {
        f.notes.append(u"tag %1 is not one the golang image table understands"_s.arg(f.tag));
        return f;
    }
    if (isWindowsVariant(f.variant)) {
        f.notes.append(u"Windows variants of the golang image are not modelled"_s);
        return f;
    }
    f.known = true;
    f.goEnvFile = upstreamGoEnvFile();

    if (tip) {
        f.patchUnknown = true;
        addGolangEnvironment(&f, {}, true);
        f.notes.append(u"golang:%1 is a development snapshot: its Go version is unknown"_s.arg(f.tag));
        return f;
    }

    const QStringList parts = version.split(u'.');
    if (parts.size() == 1) {
        // "1", "latest", a bare variant: the newest release.
        f.goVersion = u"1"_s;
        f.patchUnknown = true;
        f.assumedVersion = QString::fromLatin1(kLatestRelease);
        f.notes.append(u"ASSUMPTION: golang:%1 was Go %2 on %3; the tag moves with every release"_s.arg(
            f.tag, f.assumedVersion, date));
    } else if (parts.size() == 2 && !version.contains(u"rc"_s) && !version.contains(u"beta"_s)) {
        f.goVersion = version; // "latest 1.22.x"
        f.patchUnknown = true;
        f.assumedVersion = latestForMinor(parts.at(1).toInt());
        if (f.assumedVersion.isEmpty())
            f.notes.append(u"golang:%1 is the latest Go %2.x; the table (%3) does not record which patch"_s.arg(
                f.tag, version, date));
        else
            f.notes.append(u"ASSUMPTION: golang:%1 was Go %2 on %3 (the latest %4.x)"_s.arg(
                f.tag, f.assumedVersion, date, version));
    } else {
        f.goVersion = version; // exact release or pre-release
    }
    const GoVersion cmp = parseGoVersion(f.comparableVersion() == u"1"_s ? u"1.0"_s : f.comparableVersion());
    const bool toolchainLocal = cmp.valid && setsToolchainLocal(cmp);
    // GOLANG_VERSION holds a full release; leave it out rather than invent a patch.
    const QString envVersion =
        !f.assumedVersion.isEmpty() ? f.assumedVersion : (f.patchUnknown ? QString() : f.goVersion);
    addGolangEnvironment(&f, envVersion, toolchainLocal);
    if (cmp.valid && (cmp.major > 1 || cmp.minor >= 21))
        f.goEnvFile = upstreamGoEnvFile();
    else
        f.goEnvFile.reset(); // ENV-6: before Go 1.21 the defaults are compiled in
    return f;
}

} // namespace gmd
