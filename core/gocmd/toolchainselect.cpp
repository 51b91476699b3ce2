// SPDX-License-Identifier: MIT
// Toolchain selection as cmd/go/internal/toolchain Select() and Exec() do it (TC-2..5), plus the
// "go.mod requires go >= ..." failure of a local toolchain that is too old (gover.TooNewError).
#include "common/go/strconv.h"
#include "gocmd/gotoolchain.h"
#include "gocmd/goversion.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {
namespace {

using Action = ToolchainDecision::Action;
using Mode = ToolchainSetting::Mode;

// go1.21.0 and early patch releases tried to download "go1.22" for a "go 1.22" line and failed
// with "toolchain not available" (golang/go#62278, #65580). Releases from go1.23 on add ".0" to a
// bare 1.N (N >= 21) and name the language-version mistake. Some late 1.21/1.22 patch releases may
// carry the backport; we only claim the behaviour for versions known to have it.
bool appendsDotZero(const QString& local)
{
    return compareGoVersions(local, u"1.23"_s) >= 0;
}

bool hasToolchainTrace(const QString& local)
{
    return compareGoVersions(local, u"1.24"_s) >= 0;
}

bool isLanguageToolchain(const QString& toolchainName)
{
    const QString v = goVersionFromToolchain(toolchainName);
    return parseGoVersion(v).isLanguageVersion() && compareGoVersions(v, u"1.21"_s) >= 0;
}

// State shared by the steps, mirroring gover.Startup (used by TooNewError's explanation).
struct Selection
{
    const ToolchainInputs& in;
    QString local; // gover.Local(): "1.24.4"
    QString localToolchain; // gover.LocalToolchain(): "go1.24.4"
    QString goos, goarch;
    bool autoFile = false;
    QString autoGoVersion, autoToolchain;
    ToolchainDecision d;

    // TC-4 / gover.TooNewError: the local toolchain runs and finds a newer go line.
    void checkTooNew()
    {
        // go install/run m@v never loads the local go.mod.
        if (in.goInstallAtVersion || in.goLine.isEmpty() || compareGoVersions(in.goLine, local) <= 0)
            return;
        QString explain;
        if (!in.setting.raw.isEmpty() && in.setting.raw != u"auto"_s)
            explain += u"; GOTOOLCHAIN="_s + in.setting.raw;
        if (autoFile && (!autoGoVersion.isEmpty() || !autoToolchain.isEmpty())) {
            explain += u"; "_s + in.modFile + u" sets "_s
                + (!autoToolchain.isEmpty() ? u"toolchain "_s + autoToolchain : u"go "_s + autoGoVersion);
        }
        d.action = Action::FailTooOld;
        d.message = u"go: %1 requires go >= %2 (running go %3%4)"_s.arg(in.modFile, in.goLine, local, explain);
        d.reason =
            u"the go line in %1 asks for %2, newer than the local go %3, and switching is not allowed here"_s.arg(
                in.modFile, in.goLine, local);
    }

    void runLocal(const QString& why)
    {
        d.action = Action::RunLocal;
        d.toolchain = u"local"_s;
        d.reason = why;
        if (hasToolchainTrace(local))
            d.trace << u"go: using local toolchain "_s + localToolchain;
        checkTooNew();
    }

    // Exec(): PATH first, then (unless +path) the module download.
    void exec(const QString& chosen, Mode mode)
    {
        d.toolchain = chosen;
        if (in.onPath && in.onPath(chosen)) {
            d.action = Action::ExecFromPath;
            d.reason += u"; %1 is found on PATH and executed"_s.arg(chosen);
            return;
        }
        if (mode == Mode::Path) {
            d.action = Action::FailNotInPath;
            d.message = u"go: cannot find %1 in PATH"_s.arg(go::quote(chosen));
            d.reason += u"; GOTOOLCHAIN=%1 only looks on PATH"_s.arg(in.setting.raw);
            return;
        }
        d.moduleVersion = toolchainModuleVersion(chosen, goos, goarch);
        if (isLanguageToolchain(chosen)) {
            // No golang.org/toolchain version is ever published for a language version.
            d.action = Action::FailLanguageVersion;
            d.message = appendsDotZero(local)
                ? u"go: invalid toolchain: %1 is a language version but not a toolchain version (%1.x)"_s.arg(chosen)
                : u"go: download %1 for %2/%3: toolchain not available"_s.arg(chosen, goos, goarch);
            d.reason += u"; %1 is a language version: cmd/go still asks GOPROXY for golang.org/toolchain@%2 and"
                        " fails once the proxy answers that there is no such release"_s.arg(chosen, d.moduleVersion);
            return;
        }
        d.action = Action::Download;
        d.message = u"go: downloading %1 (%2/%3)"_s.arg(chosen, goos, goarch);
        d.reason += u"; %1 is not on PATH, so golang.org/toolchain@%2 is downloaded through GOPROXY (sumdb is"
                    " mandatory for it)"_s.arg(chosen, d.moduleVersion);
    }
};

QString withoutGo(const QString& v)
{
    return v.startsWith(u"go"_s) ? v.mid(2) : v;
}

} // namespace

ToolchainDecision selectToolchain(const ToolchainInputs& in)
{
    Selection s { in, {}, {}, {}, {}, false, {}, {}, {} };
    s.goos = in.goos.isEmpty() ? hostGoos() : in.goos;
    s.goarch = in.goarch.isEmpty() ? hostGoarch() : in.goarch;
    ToolchainDecision& d = s.d;

    const GoVersion local = parseGoVersion(in.localVersion);
    if (!local.isValid()) {
        d.action = Action::NotApplicable;
        d.reason = u"the local go version is unknown"_s;
        return d;
    }
    s.local = local.text;
    s.localToolchain = u"go"_s + withoutGo(in.localVersion.trimmed());
    if (compareGoVersions(s.local, u"1.21"_s) < 0) {
        d.action = Action::NotApplicable;
        d.reason = u"go %1 predates GOTOOLCHAIN (Go 1.21): it always runs itself and ignores GOTOOLCHAIN and the"
                   " toolchain line"_s.arg(s.local);
        return d;
    }
    // Select() returns before reading GOTOOLCHAIN when modules are off (TC-2, FLAGS-3).
    if (!in.moduleMode) {
        d.action = Action::NotApplicable;
        d.reason = u"GO111MODULE=off: GOPATH mode does no toolchain selection"_s;
        return d;
    }
    const ToolchainSetting& set = in.setting;
    if (set.empty) {
        s.runLocal(u"GOTOOLCHAIN is empty, which turns toolchain switching off"_s);
        return d;
    }
    if (!set.isValid()) {
        d.action = Action::Invalid;
        d.message = u"go: "_s + set.error;
        d.reason = u"GOTOOLCHAIN=%1 is invalid, so every go command fails before it starts"_s.arg(set.raw);
        return d;
    }

    QString chosen = set.minimum == u"local"_s ? s.localToolchain : set.minimum;
    QString minVers = set.minimum == u"local"_s ? s.local : goVersionFromToolchain(set.minimum);
    const bool trace = hasToolchainTrace(s.local);
    if (trace && set.raw != u"auto"_s && set.raw != u"path"_s)
        d.trace << u"go: default toolchain set to %1 from GOTOOLCHAIN=%2"_s.arg(chosen, set.raw);
    d.reason = set.minimum == u"local"_s ? u"the default toolchain is the local go %1"_s.arg(s.local)
                                         : u"GOTOOLCHAIN sets the default toolchain to %1"_s.arg(chosen);

    const bool canUpgrade = set.mode == Mode::Auto || set.mode == Mode::Path;
    const QString modeName = set.mode == Mode::Auto ? u"auto"_s : u"path"_s;
    const QString allowedBy = set.raw.contains(u'+') ? u"<name>+"_s + modeName : modeName;
    if (canUpgrade && in.goInstallAtVersion) {
        d.reason += u"; go install/run m@v ignores the local go.mod"_s;
    } else if (canUpgrade) {
        s.autoFile = true;
        if (in.toolchainLine == u"default"_s) {
            // TC-2: "toolchain default" keeps the default toolchain, go line included.
            s.autoToolchain = in.toolchainLine;
            d.reason += u"; 'toolchain default' in %1 disables upgrades"_s.arg(in.modFile);
        } else {
            if (!in.toolchainLine.isEmpty()) {
                const QString toolVers = goVersionFromToolchain(in.toolchainLine);
                if (toolVers.isEmpty()) {
                    d.action = Action::Invalid;
                    d.message = u"go: invalid toolchain %1 in %2"_s.arg(go::quote(in.toolchainLine), in.modFile);
                    d.reason = u"the toolchain line of %1 is not a toolchain name"_s.arg(in.modFile);
                    return d;
                }
                if (compareGoVersions(toolVers, minVers) > 0) {
                    if (trace)
                        d.trace << u"go: upgrading toolchain to %1 (required by toolchain line in %2; upgrade allowed"
                                   " by GOTOOLCHAIN=%3)"_s.arg(in.toolchainLine, in.modFile, allowedBy);
                    chosen = in.toolchainLine;
                    minVers = toolVers;
                    s.autoToolchain = in.toolchainLine;
                    d.reason = u"toolchain line in %1 asks for %2; upgrade allowed by GOTOOLCHAIN=%3"_s.arg(
                        in.modFile, chosen, set.raw);
                }
            }
            if (compareGoVersions(in.goLine, minVers) > 0) {
                chosen = u"go"_s + in.goLine;
                // TC-2: ".0" is added to a bare 1.N (N >= 21) by releases that have the fix.
                if (appendsDotZero(s.local) && isLanguageToolchain(chosen))
                    chosen += u".0"_s;
                s.autoGoVersion = in.goLine;
                s.autoToolchain.clear();
                if (trace)
                    d.trace << u"go: upgrading toolchain to %1 (required by go line in %2; upgrade allowed by"
                               " GOTOOLCHAIN=%3)"_s.arg(chosen, in.modFile, allowedBy);
                d.reason = u"go line in %1 requires %2; upgrade allowed by GOTOOLCHAIN=%3"_s.arg(
                    in.modFile, in.goLine, set.raw);
            }
        }
    }

    if (chosen == s.localToolchain) {
        s.runLocal(d.reason + u"; that is the running toolchain"_s);
        return d;
    }
    // Select()'s last sanity check, before any PATH lookup.
    if (!chosen.startsWith(u"go1"_s) && !chosen.contains(u"-go1"_s)) {
        d.action = Action::Invalid;
        d.toolchain = chosen;
        d.message = u"go: invalid GOTOOLCHAIN %1"_s.arg(go::quote(chosen));
        d.reason = u"%1 is not a Go 1 toolchain name"_s.arg(chosen);
        return d;
    }
    s.exec(chosen, set.mode);
    return d;
}

} // namespace gmd
