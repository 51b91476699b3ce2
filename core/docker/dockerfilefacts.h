// SPDX-License-Identifier: MIT
#pragma once

// Everything about one Dockerfile and its build context, collected from disk in one go.

#include "context/contextscanresult.h"
#include "context/copysource.h"
#include "context/ignorefile.h"
#include "context/ignoreselection.h"
#include "context/patternmatcher.h"
#include "docker/dockeranalysis.h"
#include "dockerfile/dockerfileast.h"
#include "dockerfile/dockerfilemodel.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace gmd {

/// One COPY/ADD source from the build context, resolved against the scanned context (spec G6).
struct CopySourceFact
{
    int stage = -1;
    SourceLocation location; ///< the COPY/ADD
    QString source; ///< expanded source
    QString destination; ///< absolute destination in the image
    CopySourceResult result; ///< what it really copies (empty when the context was not scanned)
};

/// The result of collectDockerfileFacts(): never fails, problems are recorded.
struct DockerfileFacts
{
    QString path; ///< the Dockerfile (absolute)
    QString displayPath; ///< relative to the context when inside it; used in locations and context ids
    QString contextDir; ///< absolute
    QString problem; ///< why the Dockerfile could not be read; empty when it was
    DockerfileAst ast;
    DockerfileModel model;
    DockerfileAnalysis analysis;
    IgnoreFileSelection ignoreSelection;
    std::optional<IgnoreFile> ignoreFile; ///< the ignore file that applies, when there is one
    PatternMatcher matcher; ///< compiled from it (empty: nothing excluded)
    bool contextScanned = false; ///< false when the context folder is missing or the scan was cancelled
    ContextScanResult context; ///< the scan, with an index for COPY queries
    QList<CopySourceFact> copySources; ///< every COPY/ADD source taken from the context
    QStringList notes; ///< assumptions and skipped steps, for the report

    /// True when the file was read and parsed without a fatal error.
    bool ok() const { return problem.isEmpty() && ast.ok(); }
    /// The contexts of go-invoking RUNs (all stages), for Facts::environments.
    QList<EnvContext> environments() const { return analysis.contexts; }
    /// Resolves one more COPY source against the scanned context.
    CopySourceResult resolveCopySource(const QString& source) const;
    /// Whether `absPath` is in the image before the RUN at `runLine`, checked against the context.
    ImagePathQuery pathAtRun(int runLine, const QString& absPath) const;
};

/// Reads, parses and analyses a Dockerfile and scans its build context: selects the ignore file
/// (Dockerfile-specific one first, spec dockerignore.md 1.1-1.4), compiles it, walks the context
/// (ContextScanner, index kept) and resolves every COPY/ADD source. Blocking; `cancel` stops the
/// scan. `options.fileName` defaults to the path relative to the context.
DockerfileFacts collectDockerfileFacts(const QString& dockerfilePath, const QString& contextDir,
    const DockerAnalysisOptions& options = {}, const std::atomic<bool>* cancel = nullptr);

/// Dockerfiles of a project: `Dockerfile`, `dockerfile`, `*.Dockerfile`, `*.dockerfile` and
/// `Dockerfile.*` (not `*.dockerignore`) at the top level and one folder down, skipping .git,
/// node_modules and vendor. Absolute paths, sorted.
QStringList findDockerfiles(const QString& projectDir);

} // namespace gmd
