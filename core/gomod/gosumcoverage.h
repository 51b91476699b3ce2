// SPDX-License-Identifier: MIT
#pragma once

#include "gomodfile.h"
#include "gosumfile.h"

namespace gmd {

/// Requirements of a go.mod whose checksums a go.sum lacks. Each entry is the module go.sum must
/// list, i.e. after replacement (a `replace a => b v2` requirement of `a` needs b@v2's lines); its
/// `location` and `indirect` are those of the require line.
struct GoSumCoverage
{
    QList<ModRequire> missingGoMod; ///< no `path version/go.mod h1:` line
    QList<ModRequire> missingZip; ///< direct requirements without a `path version h1:` line
    bool complete() const { return missingGoMod.isEmpty() && missingZip.isEmpty(); }
};

/// Compares the requirements of `mod` with `sum`. Requirements replaced by a local directory and
/// excluded versions are exempt.
GoSumCoverage goSumCoverage(const GoModFile& mod, const GoSumFile& sum);

} // namespace gmd
