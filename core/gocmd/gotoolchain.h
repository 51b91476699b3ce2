// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <functional>

namespace gmd {

/// GOTOOLCHAIN parsed per spec TC-1 (cmd/go/internal/toolchain/select.go).
struct ToolchainSetting
{
    enum class Mode { Local, Auto, Path };
    QString raw;
    bool empty = false;     ///< GOTOOLCHAIN="" : no switching at all
    QString minimum;        ///< "local" or a toolchain name such as "go1.22.0"
    Mode mode = Mode::Local;
    /// cmd/go's fatal message, verbatim, e.g. `invalid GOTOOLCHAIN "bogus"`,
    /// `invalid GOTOOLCHAIN "go1.22+foo": only version suffixes are +auto and +path`,
    /// `invalid GOTOOLCHAIN "+auto": invalid minimum toolchain ""`. Empty when valid.
    QString error;

    bool isValid() const { return error.isEmpty(); }
};

ToolchainSetting parseGoToolchain(const QString& value);

/// What the go command will do before running any subcommand (spec TC-2..4).
struct ToolchainDecision
{
    enum class Action {
        RunLocal,         ///< the local toolchain runs
        ExecFromPath,     ///< a goX.Y.Z binary is looked up on PATH (+path, or found on PATH)
        Download,         ///< golang.org/toolchain is downloaded through GOPROXY (H9: invisible to -x)
        FailTooOld,       ///< GOTOOLCHAIN=local and go.mod needs newer: "go.mod requires go >= ..."
        FailNotInPath,    ///< +path mode and not on PATH: `cannot find "goX" in PATH`
        FailLanguageVersion, ///< a language version was selected: "... is a language version but not a toolchain version"
        Invalid,          ///< GOTOOLCHAIN itself is invalid: every command fails
        NotApplicable,    ///< GOTOOLCHAIN unsupported by this go (< 1.21) or GO111MODULE=off
    };
    Action action = Action::RunLocal;
    QString toolchain; ///< the chosen toolchain name ("go1.22.0"), or "local"
    QString reason;    ///< why, e.g. "go line in go.mod requires 1.22.0; upgrade allowed by GOTOOLCHAIN=auto"
    QString message;   ///< the go command's message for failures, verbatim where known
};

/// Inputs for toolchain selection.
struct ToolchainInputs
{
    ToolchainSetting setting;
    QString localVersion;     ///< e.g. "1.24.4" (without "go")
    QString goLine;           ///< the main module's go line ("1.22" / "1.22.3"), empty if none
    QString toolchainLine;    ///< its toolchain line ("go1.22.3" or "default"), empty if none
    bool moduleMode = true;   ///< false when GO111MODULE=off
    /// Returns true when a binary with that name is on PATH (exec.LookPath). May be empty (= never).
    std::function<bool(const QString&)> onPath;
};

/// Applies TC-2/TC-3 and returns what cmd/go would do. A local go older than 1.21 never switches.
ToolchainDecision selectToolchain(const ToolchainInputs& in);

/// The module version of a toolchain download, "v0.0.1-go1.22.0.linux-amd64" (TC-3).
QString toolchainModuleVersion(const QString& toolchainName, const QString& goos, const QString& goarch);

} // namespace gmd
