// SPDX-License-Identifier: MIT
#include "dockerfilefacts.h"

#include "common/textfile.h"
#include "context/contextscanner.h"
#include "dockerfile/dockerfileparser.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

bool isDockerfileName(const QString& name)
{
    if (name.endsWith(u".dockerignore"_s, Qt::CaseInsensitive))
        return false;
    return name == u"Dockerfile"_s || name == u"dockerfile"_s || name.startsWith(u"Dockerfile."_s)
        || name.endsWith(u".Dockerfile"_s) || name.endsWith(u".dockerfile"_s);
}

void collectCopySources(DockerfileFacts* f)
{
    const CopySourceQuery query(f->context.index, f->matcher);
    for (const StageInfo& stage : std::as_const(f->analysis.stages)) {
        for (const CopiedPath& c : stage.final.files) {
            // Files inherited from a parent stage were listed with that stage.
            if (c.location.line <= stage.location.line || !c.from.isEmpty() || c.remote
                || c.kind == CopiedPath::Kind::Inline || c.kind == CopiedPath::Kind::Generated)
                continue;
            CopySourceFact fact;
            fact.stage = stage.index;
            fact.location = c.location;
            fact.source = c.source;
            fact.destination = c.destination;
            if (f->contextScanned)
                fact.result = query.resolve(c.source);
            f->copySources.append(fact);
        }
    }
}

} // namespace

CopySourceResult DockerfileFacts::resolveCopySource(const QString& source) const
{
    const CopySourceQuery query(context.index, matcher);
    return query.resolve(source);
}

ImagePathQuery DockerfileFacts::pathAtRun(int runLine, const QString& absPath) const
{
    const RunInfo* run = analysis.runAtLine(runLine);
    if (!run)
        return {};
    const BuildState& state = analysis.stages.at(run->stage).steps.at(run->step).before;
    return state.pathInImage(absPath, contextScanned ? &context.index : nullptr);
}

DockerfileFacts collectDockerfileFacts(const QString& dockerfilePath, const QString& contextDir,
    const DockerAnalysisOptions& options, const std::atomic<bool>* cancel)
{
    DockerfileFacts f;
    f.contextDir = QDir::cleanPath(
        QFileInfo(contextDir.isEmpty() ? QFileInfo(dockerfilePath).path() : contextDir).absoluteFilePath());
    f.path = QDir::cleanPath(
        QDir::isAbsolutePath(dockerfilePath) ? dockerfilePath : QFileInfo(dockerfilePath).absoluteFilePath());
    const QString rel = QDir(f.contextDir).relativeFilePath(f.path);
    f.displayPath = rel.startsWith(u"../"_s) ? f.path : rel;

    const FileReadResult read = readTextFile(f.path);
    if (!read.ok()) {
        f.problem = read.message;
        return f;
    }
    f.ast = parseDockerfile(read.bytes, f.displayPath);
    f.model = buildDockerfileModel(f.ast);
    DockerAnalysisOptions opts = options;
    if (opts.fileName.isEmpty())
        opts.fileName = f.displayPath;
    f.analysis = analyzeDockerfile(f.ast, f.model, opts);

    // The ignore file BuildKit reads for this Dockerfile (dockerignore.md 1.1-1.4).
    f.ignoreSelection = selectIgnoreFile(f.contextDir, f.path);
    if (!f.ignoreSelection.path.isEmpty()) {
        f.ignoreFile = readIgnoreFile(f.ignoreSelection.path, f.ignoreSelection.displayName);
        f.matcher = PatternMatcher::fromIgnoreFile(*f.ignoreFile);
    }
    if (!QFileInfo(f.contextDir).isDir()) {
        f.notes.append(u"the build context %1 is not a folder; COPY sources were not checked"_s.arg(f.contextDir));
        collectCopySources(&f);
        return f;
    }
    ContextScanner scanner(f.contextDir);
    scanner.setMatcher(f.matcher);
    ScanOptions scanOptions;
    scanOptions.keepIndex = true;
    scanner.setOptions(scanOptions);
    scanner.setCancelFlag(cancel);
    f.context = scanner.scan();
    f.contextScanned = f.context.completed && !f.context.cancelled;
    if (!f.contextScanned)
        f.notes.append(f.context.cancelled ? u"the build context scan was cancelled"_s
                                           : u"the build context could not be scanned"_s);
    collectCopySources(&f);
    return f;
}

QStringList findDockerfiles(const QString& projectDir)
{
    static const QStringList skipped = { u".git"_s, u"node_modules"_s, u"vendor"_s };
    QStringList out;
    const QDir root(projectDir);
    auto scanDir = [&](const QDir& dir) {
        const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::Hidden, QDir::Name);
        for (const QFileInfo& fi : files) {
            if (isDockerfileName(fi.fileName()))
                out.append(QDir::cleanPath(fi.absoluteFilePath()));
        }
    };
    scanDir(root);
    const QFileInfoList dirs = root.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    for (const QFileInfo& d : dirs) {
        if (skipped.contains(d.fileName()) || d.isSymLink())
            continue;
        scanDir(QDir(d.absoluteFilePath()));
    }
    out.sort();
    return out;
}

} // namespace gmd
