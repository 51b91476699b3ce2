// SPDX-License-Identifier: MIT
#include "platformspec.h"

#include "common/go/strconv.h"
#include "common/go/strings.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

bool isKnownOs(const QString& os)
{
    static const QStringList known = { u"aix"_s, u"android"_s, u"darwin"_s, u"dragonfly"_s, u"freebsd"_s, u"hurd"_s,
        u"illumos"_s, u"ios"_s, u"js"_s, u"linux"_s, u"nacl"_s, u"netbsd"_s, u"openbsd"_s, u"plan9"_s, u"solaris"_s,
        u"windows"_s, u"zos"_s };
    return known.contains(os);
}

bool isKnownArch(const QString& arch)
{
    static const QStringList known = { u"386"_s, u"amd64"_s, u"amd64p32"_s, u"arm"_s, u"armbe"_s, u"arm64"_s,
        u"arm64be"_s, u"ppc64"_s, u"ppc64le"_s, u"loong64"_s, u"mips"_s, u"mipsle"_s, u"mips64"_s, u"mips64le"_s,
        u"mips64p32"_s, u"mips64p32le"_s, u"ppc"_s, u"riscv"_s, u"riscv64"_s, u"s390"_s, u"s390x"_s, u"sparc"_s,
        u"sparc64"_s, u"wasm"_s };
    return known.contains(arch);
}

QString normalizeOs(const QString& os)
{
    const QString lower = go::toLower(os);
    return lower == "macos"_L1 ? u"darwin"_s : lower;
}

void normalizeArch(const QString& archIn, const QString& variantIn, PlatformSpec* p)
{
    const QString arch = go::toLower(archIn);
    QString variant = go::toLower(variantIn);
    if (arch == "i386"_L1) {
        p->architecture = u"386"_s;
        variant.clear();
    } else if (arch == "x86_64"_L1 || arch == "x86-64"_L1 || arch == "amd64"_L1) {
        p->architecture = u"amd64"_s;
        if (variant == "v1"_L1)
            variant.clear();
    } else if (arch == "aarch64"_L1 || arch == "arm64"_L1) {
        p->architecture = u"arm64"_s;
        if (variant == "8"_L1 || variant == "v8"_L1 || variant == "v8.0"_L1)
            variant.clear();
    } else if (arch == "armhf"_L1) {
        p->architecture = u"arm"_s;
        variant = u"v7"_s;
    } else if (arch == "armel"_L1) {
        p->architecture = u"arm"_s;
        variant = u"v6"_s;
    } else if (arch == "arm"_L1) {
        p->architecture = u"arm"_s;
        if (variant.isEmpty() || variant == "7"_L1)
            variant = u"v7"_s;
        else if (variant == "5"_L1 || variant == "6"_L1 || variant == "8"_L1)
            variant = u'v' + variant;
    } else {
        p->architecture = arch;
    }
    p->variant = variant;
}

bool validComponent(const QString& part)
{
    if (part.isEmpty())
        return false;
    for (QChar c : part) {
        const char16_t u = c.unicode();
        const bool ok =
            (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_' || u == u'-';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

QString PlatformSpec::format() const
{
    QString out = os + u'/' + architecture;
    if (!variant.isEmpty())
        out += u'/' + variant;
    return out;
}

std::optional<PlatformSpec> parsePlatformSpec(
    const QString& specifier, QString* error, const QString& defaultOs, const QString& defaultArch)
{
    const auto fail = [&](const QString& message) -> std::optional<PlatformSpec> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QStringList parts = specifier.split(u'/');
    for (const QString& part : parts) {
        if (!validComponent(part)) {
            return fail(go::quote(part) + u" is an invalid component of "_s + go::quote(specifier)
                + u": platform specifier component must match \"^[A-Za-z0-9_-]+$\": invalid argument"_s);
        }
    }
    PlatformSpec p;
    switch (parts.size()) {
    case 1:
        p.os = normalizeOs(parts.at(0));
        if (isKnownOs(p.os)) {
            p.architecture = defaultArch;
            return p;
        }
        normalizeArch(parts.at(0), {}, &p);
        if (p.architecture == "arm"_L1 && p.variant == "v7"_L1)
            p.variant.clear();
        if (isKnownArch(p.architecture)) {
            p.os = defaultOs;
            return p;
        }
        return fail(go::quote(specifier) + u": unknown operating system or architecture: invalid argument"_s);
    case 2:
        p.os = normalizeOs(parts.at(0));
        normalizeArch(parts.at(1), {}, &p);
        if (p.architecture == "arm"_L1 && p.variant == "v7"_L1)
            p.variant.clear();
        return p;
    case 3:
        p.os = normalizeOs(parts.at(0));
        normalizeArch(parts.at(1), parts.at(2), &p);
        if (p.architecture == "arm64"_L1 && p.variant.isEmpty())
            p.variant = u"v8"_s;
        return p;
    default:
        return fail(go::quote(specifier) + u": cannot parse platform specifier: invalid argument"_s);
    }
}

} // namespace gmd
