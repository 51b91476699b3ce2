// SPDX-License-Identifier: MIT
// GOTOOLCHAIN parsing (TC-1) and the toolchain module's version (TC-3).
#include "gocmd/gotoolchain.h"

#include "common/go/strconv.h"
#include "gocmd/goversion.h"

#include <QSysInfo>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

ToolchainSetting parseGoToolchain(const QString& value)
{
    ToolchainSetting s;
    s.raw = value;
    s.minimum = u"local"_s;
    if (value.isEmpty()) {
        // TC-1: an empty GOTOOLCHAIN (go.env without the line) switches nothing.
        s.empty = true;
        return s;
    }
    // TC-1: "auto" is local+auto and "path" is local+path.
    if (value == u"auto"_s) {
        s.mode = ToolchainSetting::Mode::Auto;
        return s;
    }
    if (value == u"path"_s) {
        s.mode = ToolchainSetting::Mode::Path;
        return s;
    }
    // Select() cuts at the first '+': "go1.2.3+auto".
    const qsizetype plusAt = value.indexOf(u'+');
    const bool plus = plusAt >= 0;
    const QString min = plus ? value.left(plusAt) : value;
    const QString suffix = plus ? value.mid(plusAt + 1) : QString();
    if (min != u"local"_s) {
        if (goVersionFromToolchain(min).isEmpty()) {
            s.error = plus ? u"invalid GOTOOLCHAIN %1: invalid minimum toolchain %2"_s.arg(go::quote(value), go::quote(min))
                           : u"invalid GOTOOLCHAIN %1"_s.arg(go::quote(value));
            return s;
        }
        s.minimum = min;
    }
    if (plus && suffix != u"auto"_s && suffix != u"path"_s) {
        s.error = u"invalid GOTOOLCHAIN %1: only version suffixes are +auto and +path"_s.arg(go::quote(value));
        return s;
    }
    if (suffix == u"auto"_s)
        s.mode = ToolchainSetting::Mode::Auto;
    else if (suffix == u"path"_s)
        s.mode = ToolchainSetting::Mode::Path;
    return s;
}

bool ToolchainDecision::fails() const
{
    switch (action) {
    case Action::FailTooOld:
    case Action::FailNotInPath:
    case Action::FailLanguageVersion:
    case Action::Invalid:
        return true;
    default:
        return false;
    }
}

QString toolchainModuleVersion(const QString& toolchainName, const QString& goos, const QString& goarch)
{
    // TC-3: golang.org/toolchain@v0.0.1-<name>.<GOOS>-<GOARCH>.
    return u"v0.0.1-"_s + toolchainName + u'.' + goos + u'-' + goarch;
}

QString hostGoos()
{
#if defined(Q_OS_LINUX)
    return u"linux"_s;
#elif defined(Q_OS_MACOS)
    return u"darwin"_s;
#elif defined(Q_OS_WIN)
    return u"windows"_s;
#elif defined(Q_OS_FREEBSD)
    return u"freebsd"_s;
#elif defined(Q_OS_OPENBSD)
    return u"openbsd"_s;
#elif defined(Q_OS_NETBSD)
    return u"netbsd"_s;
#else
    return QSysInfo::kernelType();
#endif
}

QString hostGoarch()
{
    // Go's names for the architectures Qt reports.
    const QString arch = QSysInfo::currentCpuArchitecture();
    if (arch == u"x86_64"_s)
        return u"amd64"_s;
    if (arch == u"i386"_s)
        return u"386"_s;
    if (arch == u"power64"_s)
        return QSysInfo::ByteOrder == QSysInfo::LittleEndian ? u"ppc64le"_s : u"ppc64"_s;
    return arch; // arm64, arm, riscv64, s390x, mips... are spelled alike
}

} // namespace gmd
