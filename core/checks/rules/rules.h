// SPDX-License-Identifier: MIT
#pragma once

#include "checks/check.h"

#include <QList>

#include <memory>
#include <vector>

namespace gmd::rules {

using CheckList = std::vector<std::unique_ptr<Check>>;

// Each function appends one family of checks, in id order. One check per .cpp file under
// core/checks/rules/<family>/; each file ends with its factory, listed in <family>.cpp.
void addGoToolChecks(CheckList& out);     // GMD00x: the go command itself
void addEnvSourceChecks(CheckList& out);  // GMD01x: where values come from (OS, env file, go.env)
void addProxyChecks(CheckList& out);      // GMD10x: GOPROXY
void addSumDbChecks(CheckList& out);      // GMD11x: GOSUMDB / GONOSUMDB
void addPrivateChecks(CheckList& out);    // GMD12x: GOPRIVATE / GONOPROXY / GOINSECURE / GOVCS
void addModeChecks(CheckList& out);       // GMD13x: GO111MODULE / GOFLAGS
void addToolchainChecks(CheckList& out);  // GMD14x: GOTOOLCHAIN vs go.mod
void addCacheChecks(CheckList& out);      // GMD15x: GOMODCACHE / GOPATH / GOCACHE
void addNetEnvChecks(CheckList& out);     // GMD16x: HTTP(S)_PROXY / NO_PROXY
void addGitChecks(CheckList& out);        // GMD17x: git and ssh variables, GODEBUG
void addModuleFileChecks(CheckList& out); // GMD18x: go.mod / go.sum / go.work
void addDockerChecks(CheckList& out);     // GMD30x/31x: Go-aware Dockerfile rules
void addContextChecks(CheckList& out);    // GMD40x: the build context and its ignore file
void addBuildKitChecks(CheckList& out);   // BuildKit's own build checks, ids = BuildKit's rule names
void addNetworkChecks(CheckList& out);    // GMD60x: measured network faults (probes) and the proxy ranking

} // namespace gmd::rules
