// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace gmd {

// Message convention of this module: an `error` field holds the error text as cmd/go formats it
// but without the "go: " prefix that its logger adds (`invalid GOTOOLCHAIN "bogus"`); a `message`
// field holds the whole line the go command prints on stderr, prefix included
// (`go: invalid GOTOOLCHAIN "bogus"`).

/// GOTOOLCHAIN parsed per spec TC-1 (cmd/go/internal/toolchain/select.go).
struct ToolchainSetting
{
    /// Local: no switching beyond `minimum` ("local", "go1.22.0"); Auto: "+auto" / "auto";
    /// Path: "+path" / "path".
    enum class Mode { Local, Auto, Path };
    QString raw;
    bool empty = false; ///< GOTOOLCHAIN="" : no switching at all
    QString minimum; ///< "local" or a toolchain name such as "go1.22.0"
    Mode mode = Mode::Local;
    /// cmd/go's fatal error, verbatim without "go: ", e.g. `invalid GOTOOLCHAIN "bogus"`,
    /// `invalid GOTOOLCHAIN "go1.22+foo": only version suffixes are +auto and +path`,
    /// `invalid GOTOOLCHAIN "+auto": invalid minimum toolchain ""`. Empty when valid.
    QString error;

    bool isValid() const { return error.isEmpty(); }
};

/// Parses a GOTOOLCHAIN value exactly as Select() does (TC-1). Values are taken as they are: a
/// value with spaces or quotes from an env file is invalid, as it is for cmd/go.
ToolchainSetting parseGoToolchain(const QString& value);

/// What the go command will do before running any subcommand (spec TC-2..4).
struct ToolchainDecision
{
    enum class Action {
        RunLocal, ///< the local toolchain runs
        ExecFromPath, ///< a goX.Y.Z binary is looked up on PATH (+path, or found on PATH)
        Download, ///< golang.org/toolchain is downloaded through GOPROXY (H9: invisible to -x)
        FailTooOld, ///< the local toolchain runs but go.mod needs newer: "go.mod requires go >= ..."
        FailNotInPath, ///< +path mode and not on PATH: `cannot find "goX" in PATH`
        FailLanguageVersion, ///< a language version (go1.22) was chosen: no such download exists
        Invalid, ///< GOTOOLCHAIN (or go.mod's toolchain line) is invalid: every command fails
        NotApplicable, ///< GOTOOLCHAIN unsupported by this go (< 1.21) or GO111MODULE=off
    };
    Action action = Action::RunLocal;
    QString toolchain; ///< the chosen toolchain name ("go1.22.0"), or "local"
    QString reason; ///< why, e.g. "go line in go.mod requires 1.22.0; upgrade allowed by GOTOOLCHAIN=auto"
    /// The go command's stderr line: the fatal message for Fail*/Invalid, the
    /// `go: downloading go1.22.0 (linux/amd64)` line for Download; empty otherwise.
    QString message;
    /// For Download and FailLanguageVersion: the golang.org/toolchain module version asked from
    /// GOPROXY, "v0.0.1-go1.22.0.linux-amd64" (TC-3).
    QString moduleVersion;
    /// The lines GODEBUG=toolchaintrace=1 prints (TC-5; Go 1.24 and later, else empty), e.g.
    /// `go: upgrading toolchain to go1.99.1 (required by toolchain line in go.mod; upgrade allowed
    /// by GOTOOLCHAIN=auto)`.
    QStringList trace;

    /// True for the actions after which every go command fails.
    bool fails() const;
};

/// Inputs for toolchain selection.
struct ToolchainInputs
{
    ToolchainSetting setting;
    QString localVersion; ///< e.g. "1.24.4" or "go1.24.4" (`go env GOVERSION`)
    QString goLine; ///< the main module's go line ("1.22" / "1.22.3"), empty if none
    QString toolchainLine; ///< its toolchain line ("go1.22.3" or "default"), empty if none
    QString modFile = QStringLiteral("go.mod"); ///< the file holding those lines, as cmd/go names it
    bool moduleMode = true; ///< false when GO111MODULE=off
    /// `go install m@v` / `go run m@v`: the local go.mod is not read (TC-2); the module's own go
    /// line decides, which needs the network and is not modelled here.
    bool goInstallAtVersion = false;
    QString goos; ///< runtime.GOOS of the local go (GOHOSTOS); empty: this machine's
    QString goarch; ///< runtime.GOARCH of the local go (GOHOSTARCH); empty: this machine's
    /// Returns true when a binary with that name is on PATH (exec.LookPath). May be empty (= never).
    std::function<bool(const QString&)> onPath;
};

/// Applies TC-2/TC-3 and returns what cmd/go would do. A local go older than 1.21 never switches.
ToolchainDecision selectToolchain(const ToolchainInputs& in);

/// The module version of a toolchain download, "v0.0.1-go1.22.0.linux-amd64" (TC-3).
QString toolchainModuleVersion(const QString& toolchainName, const QString& goos, const QString& goarch);

/// runtime.GOOS / runtime.GOARCH of a go built for this machine ("linux", "amd64").
QString hostGoos();
QString hostGoarch();

} // namespace gmd
