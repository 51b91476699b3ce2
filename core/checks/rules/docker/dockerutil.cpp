// SPDX-License-Identifier: MIT
#include "dockerutil.h"

#include "checks/rules/context/contextutil.h"

#include "common/secrets.h"
#include "context/gopath.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {

namespace {

QString parentOf(const QString& dir)
{
    const qsizetype slash = dir.lastIndexOf(u'/');
    return slash <= 0 ? u"/"_s : dir.left(slash);
}

/// `path` below `dir` ("" when equal), or a null string when it is not within.
QString relativeWithin(const QString& path, const QString& dir)
{
    if (path == dir)
        return u""_s;
    if (dir == u"/"_s)
        return path.mid(1);
    if (path.startsWith(dir) && path.size() > dir.size() && path.at(dir.size()) == u'/')
        return path.mid(dir.size() + 1);
    return {};
}

QString joinRel(const QString& a, const QString& b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return a + u'/' + b;
}

/// Text of earlier RUNs that may have put a go.mod into the image in ways the analysis cannot
/// follow: a clone, an archive, a script that writes or moves module files.
bool mayCreateModuleFiles(const QString& text)
{
    static const QRegularExpression re(
        u"\\bgit\\s+clone\\b|go\\.mod|go\\.work|\\btar\\s|\\bunzip\\b|\\bbsdtar\\b|\\bgonew\\b|\\bcp\\s+-[a-zA-Z]*[rRa]"_s);
    return re.match(text).hasMatch();
}

bool isSkippedNestedPath(const QString& path)
{
    return path.startsWith(u"vendor/"_s) || path.contains(u"/vendor/"_s) || path.startsWith(u"testdata/"_s)
        || path.contains(u"/testdata/"_s) || path.startsWith(u".git/"_s);
}

} // namespace

QList<RunSite> reachableRuns(const Facts& facts)
{
    QList<RunSite> out;
    for (const DockerfileFacts& df : facts.dockerfiles) {
        for (const RunInfo& run : df.analysis.runs) {
            if (run.stage < 0 || run.stage >= df.analysis.stages.size())
                continue;
            const StageInfo& stage = df.analysis.stages.at(run.stage);
            if (!stage.reachable || run.step < 0 || run.step >= stage.steps.size())
                continue;
            RunSite s;
            s.df = &df;
            s.stage = &stage;
            s.run = &run;
            s.before = &stage.steps.at(run.step).before;
            if (run.context >= 0 && run.context < df.analysis.contexts.size())
                s.context = &df.analysis.contexts.at(run.context);
            out.append(s);
        }
    }
    return out;
}

QList<const RunInfo*> earlierRuns(const RunSite& site)
{
    QList<int> chain; // ancestors, nearest first
    for (int p = site.stage->parentStage; p >= 0 && !chain.contains(p);
         p = site.df->analysis.stages.at(p).parentStage)
        chain.append(p);
    QList<const RunInfo*> out;
    for (qsizetype i = chain.size() - 1; i >= 0; --i) {
        for (const RunInfo& r : site.df->analysis.runs) {
            if (r.stage == chain.at(i))
                out.append(&r);
        }
    }
    for (const RunInfo& r : site.df->analysis.runs) {
        if (r.stage == site.run->stage && r.step < site.run->step)
            out.append(&r);
    }
    return out;
}

QString runText(const RunInfo& run)
{
    return run.command.join(u' ');
}

QStringList instructionLines(const DockerfileFacts& df, int line)
{
    for (const DockerNode& n : df.ast.nodes) {
        if (n.startLine != line)
            continue;
        QStringList out;
        for (int l = n.startLine; l <= qMax(n.startLine, n.endLine) && l <= df.ast.lines.size(); ++l)
            out.append(df.ast.lines.at(l - 1));
        return out;
    }
    return {};
}

QString lineSubject(const SourceLocation& location)
{
    return location.file + u':' + QString::number(location.line);
}

Evidence runEvidence(const RunSite& site)
{
    QString text = maskSecrets(runText(*site.run).simplified());
    if (text.size() > 160)
        text = text.left(157) + u"..."_s;
    return { u"RUN (stage %1)"_s.arg(site.stage->label()), text, site.run->location.toString() };
}

bool needsMainModule(const GoInvocation& g)
{
    static const QStringList subcommands = { u"mod download"_s, u"mod tidy"_s, u"mod vendor"_s, u"mod verify"_s,
        u"mod graph"_s, u"mod why"_s, u"build"_s, u"install"_s, u"list"_s, u"test"_s, u"vet"_s, u"run"_s, u"get"_s };
    if (!subcommands.contains(g.subcommand))
        return false;
    const bool versionedOk = g.subcommand == u"install"_s || g.subcommand == u"run"_s
        || g.subcommand == u"mod download"_s;
    for (const QString& a : g.args) {
        if (a.startsWith(u"-modfile"_s))
            return false;
        if (a.startsWith(u'-'))
            continue;
        if (versionedOk && a.contains(u'@'))
            return false; // `go install pkg@v1` works outside a module
        if (a.endsWith(u".go"_s) || a.contains(u'$'))
            return false; // command-line-arguments package, or a path the scan cannot know
    }
    return true;
}

bool moduleLookupOverridden(const RunSite& site)
{
    const QString gowork = processVariable(site, u"GOWORK"_s);
    if (!site.context)
        return !gowork.isEmpty() && gowork != u"off"_s;
    return site.context->env.value(u"GO111MODULE"_s) == u"off"_s || (!gowork.isEmpty() && gowork != u"off"_s)
        || site.context->env.value(u"GOFLAGS"_s).contains(u"-modfile"_s);
}

ImagePathQuery pathAtSite(const RunSite& site, const QString& absPath, bool* viaBind)
{
    if (viaBind)
        *viaBind = false;
    const QString path = gopath::clean(absPath);
    // The last mount wins where two cover the same path.
    for (qsizetype i = site.run->mounts.size() - 1; i >= 0; --i) {
        const RunMount& m = site.run->mounts.at(i);
        if (m.type != u"bind"_s || m.target.isEmpty())
            continue;
        const QString rel = relativeWithin(path, gopath::clean(m.target));
        if (rel.isNull())
            continue;
        if (viaBind)
            *viaBind = true;
        ImagePathQuery q;
        q.location = site.run->location;
        q.named = rel.isEmpty();
        q.from = m.from;
        const QString source = contextRelative(m.source);
        q.viaWholeContext = m.from.isEmpty() && source.isEmpty();
        q.contextPath = joinRel(source, rel);
        if (!m.from.isEmpty() || !site.df->contextScanned) {
            q.copied = true; // another stage or an image: assume it holds what the build expects
            return q;
        }
        const int index = site.df->context.index.find(q.contextPath);
        if (index >= 0) {
            const ContextEntry& e = site.df->context.index.at(index);
            q.copied = e.sent;
            q.confirmed = e.sent;
            q.excludedByIgnoreFile = !e.sent;
        }
        return q;
    }
    return site.df->pathAtRun(site.run->location.line, path);
}

ModuleRootAt moduleRootAt(const RunSite& site, int goIndex)
{
    ModuleRootAt at;
    const GoInvocation& g = site.run->go.at(goIndex);
    at.directory = g.directory.isEmpty() ? site.run->workdir : g.directory;
    if (!g.directoryKnown || !at.directory.startsWith(u'/')) {
        at.state = ModuleRootAt::State::Uncertain;
        return at;
    }
    std::optional<ModuleRootAt> excluded;
    for (QString d = gopath::clean(at.directory);; d = parentOf(d)) {
        for (int i = 0; i < goIndex; ++i) {
            const GoInvocation& earlier = site.run->go.at(i);
            if (earlier.subcommand == u"mod init"_s && earlier.directoryKnown
                && gopath::clean(earlier.directory) == d) {
                at.state = ModuleRootAt::State::Found;
                at.root = d;
                at.generated = true;
                return at;
            }
        }
        bool bind = false;
        const ImagePathQuery q = pathAtSite(site, d == u"/"_s ? u"/go.mod"_s : d + u"/go.mod"_s, &bind);
        if (q.copied) {
            at.state = ModuleRootAt::State::Found;
            at.root = d;
            at.query = q;
            at.viaBind = bind;
            return at;
        }
        if (q.excludedByIgnoreFile && !excluded) {
            ModuleRootAt e = at;
            e.state = ModuleRootAt::State::Excluded;
            e.root = d;
            e.query = q;
            e.viaBind = bind;
            excluded = e;
        }
        if (d == u"/"_s)
            break;
    }
    if (excluded)
        return *excluded;
    bool uncertain = mayCreateModuleFiles(runText(*site.run));
    for (const RunInfo* r : earlierRuns(site))
        uncertain = uncertain || mayCreateModuleFiles(runText(*r));
    for (const CopiedPath& f : site.before->files)
        uncertain = uncertain || f.remote;
    at.state = uncertain ? ModuleRootAt::State::Uncertain : ModuleRootAt::State::Missing;
    return at;
}

QList<ImageGoMod> goModsInImage(const RunSite& site)
{
    QList<ImageGoMod> out;
    auto add = [&](const QString& path, const SourceLocation& at) {
        const QString p = gopath::clean(path);
        for (const ImageGoMod& m : std::as_const(out)) {
            if (m.path == p)
                return;
        }
        out.append({ p, at });
    };
    const ContextIndex* index = site.df->contextScanned ? &site.df->context.index : nullptr;
    // Every go.mod sent below the context folder `dir` ("" = all), placed below `dest`.
    auto addTree = [&](const QString& dir, const QString& dest, const SourceLocation& at) {
        if (!index) {
            if (dir.isEmpty())
                add(dest + u"/go.mod"_s, at); // ASSUMPTION: the project's go.mod is at the context root
            return;
        }
        for (const ContextEntry& e : index->entries()) {
            if (!e.sent || e.type != EntryType::File || !(e.path == u"go.mod"_s || e.path.endsWith(u"/go.mod"_s)))
                continue;
            const QString rel = dir.isEmpty() ? e.path : relativeWithin(e.path, dir);
            if (!rel.isNull() && !isSkippedNestedPath(rel))
                add(dest + u'/' + rel, at);
        }
    };
    for (const CopiedPath& f : site.before->files) {
        if (f.remote)
            continue;
        const QString dest = gopath::clean(f.destination);
        if (f.kind == CopiedPath::Kind::Inline || f.kind == CopiedPath::Kind::Generated) {
            const QString target = f.destinationIsDirectory ? dest + u'/' + f.source : dest;
            if (target.section(u'/', -1) == u"go.mod"_s)
                add(target, f.location);
            continue;
        }
        const QString name = f.contextPath.section(u'/', -1);
        if (name == u"go.mod"_s) {
            add(f.destinationIsDirectory ? dest + u"/go.mod"_s : dest, f.location);
            continue;
        }
        if (!f.from.isEmpty())
            continue; // a folder of another stage: its content is not known here
        if (f.wildcard) {
            if (f.destinationIsDirectory && gopath::match(name, u"go.mod").matched)
                add(dest + u"/go.mod"_s, f.location);
            continue;
        }
        const bool directory = f.wholeContext
            || (index && index->find(f.contextPath) >= 0
                && index->at(index->find(f.contextPath)).type == EntryType::Directory);
        if (directory)
            addTree(f.wholeContext ? QString() : f.contextPath, dest == u"/"_s ? QString() : dest, f.location);
    }
    for (const RunMount& m : site.run->mounts) {
        if (m.type != u"bind"_s || !m.from.isEmpty() || m.target.isEmpty())
            continue;
        const QString source = contextRelative(m.source);
        const QString target = gopath::clean(m.target);
        if (source.section(u'/', -1) == u"go.mod"_s)
            add(target, site.run->location);
        else if (source.isEmpty() || (index && index->find(source) >= 0
                                         && index->at(index->find(source)).type == EntryType::Directory))
            addTree(source, target == u"/"_s ? QString() : target, site.run->location);
    }
    std::stable_sort(out.begin(), out.end(),
        [](const ImageGoMod& a, const ImageGoMod& b) { return a.path.count(u'/') < b.path.count(u'/'); });
    return out;
}

QString workspaceFileAt(const RunSite& site, const QString& directory)
{
    if (processVariable(site, u"GOWORK"_s) == u"off"_s)
        return {};
    if (!directory.startsWith(u'/'))
        return {};
    for (QString d = gopath::clean(directory);; d = parentOf(d)) {
        const QString candidate = d == u"/"_s ? u"/go.work"_s : d + u"/go.work"_s;
        if (pathAtSite(site, candidate).copied)
            return candidate;
        if (d == u"/"_s)
            return {};
    }
}

bool contextSends(const DockerfileFacts& df, const QString& path, bool* exists)
{
    if (exists)
        *exists = false;
    if (!df.contextScanned)
        return false;
    const int i = df.context.index.find(path);
    if (i < 0)
        return false;
    if (exists)
        *exists = true;
    return df.context.index.at(i).sent;
}

QString contextDirOf(const QString& contextPath)
{
    const qsizetype slash = contextPath.lastIndexOf(u'/');
    return slash < 0 ? QString(u""_s) : contextPath.left(slash);
}

QString moduleFilesCopyLine(const DockerfileFacts& df, const QString& contextDir, const QString& workdir,
    const QString& root)
{
    const QString prefix = contextDir.isEmpty() ? QString() : contextDir + u'/';
    bool sumExists = false;
    contextSends(df, prefix + u"go.sum"_s, &sumExists);
    QString line = u"COPY "_s + prefix + u"go.mod "_s;
    if (sumExists || !df.contextScanned)
        line += prefix + u"go.sum "_s;
    if (workdir.isNull()) { // absolute: right wherever the line goes
        const QString abs = gopath::clean(root);
        return line + (abs == u"/"_s ? abs : abs + u'/');
    }
    return line + relativeToWorkdir(workdir, root);
}

bool cacheMountCovers(const RunInfo& run, const QString& path)
{
    if (path.isEmpty())
        return false;
    const QString p = gopath::clean(path);
    for (const RunMount& m : run.mounts) {
        if (m.type == u"cache"_s && !m.target.isEmpty() && isPathWithin(p, gopath::clean(m.target)))
            return true;
    }
    return false;
}

QString relativeToWorkdir(const QString& workdir, const QString& path)
{
    const QString rel = relativeWithin(gopath::clean(path), gopath::clean(workdir.isEmpty() ? u"/"_s : workdir));
    if (rel.isNull())
        return path.endsWith(u'/') ? path : path + u'/';
    return rel.isEmpty() ? u"./"_s : rel + u'/';
}

QStringList withRunFlag(const DockerfileFacts& df, const RunInfo& run, const QString& flag)
{
    QStringList lines = instructionLines(df, run.location.line);
    if (lines.isEmpty())
        return lines;
    static const QRegularExpression keyword(u"^(\\s*RUN)\\s+"_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = keyword.match(lines.constFirst());
    if (m.hasMatch())
        lines[0] = m.captured(1) + u' ' + flag + u' ' + lines.constFirst().mid(m.capturedEnd());
    return lines;
}

int firstDownload(const RunInfo& run)
{
    for (int i = 0; i < run.go.size(); ++i) {
        if (run.go.at(i).mayDownloadModules() && needsMainModule(run.go.at(i)))
            return i;
    }
    return -1;
}

bool inVendorMode(const RunSite& site, int goIndex)
{
    const GoInvocation& g = site.run->go.at(goIndex);
    if (g.subcommand.startsWith(u"mod "_s) || g.subcommand == u"get"_s || g.subcommand.startsWith(u"work "_s))
        return false;
    QString mod;
    for (const QString& f : goEnvValue(site, u"GOFLAGS"_s).split(u' ', Qt::SkipEmptyParts)) {
        if (f.startsWith(u"-mod="_s))
            mod = f.mid(5);
    }
    for (const QString& a : g.args) {
        if (a.startsWith(u"-mod="_s))
            mod = a.mid(5);
    }
    if (!mod.isEmpty())
        return mod == u"vendor"_s;
    const ModuleRootAt at = moduleRootAt(site, goIndex);
    if (at.state != ModuleRootAt::State::Found)
        return false;
    return pathAtSite(site, (at.root == u"/"_s ? QString() : at.root) + u"/vendor/modules.txt"_s).copied;
}

int firstDownload(const RunSite& site)
{
    for (int i = 0; i < site.run->go.size(); ++i) {
        const GoInvocation& g = site.run->go.at(i);
        if (g.mayDownloadModules() && needsMainModule(g) && !inVendorMode(site, i))
            return i;
    }
    return -1;
}

bool downloadedEarlier(const RunSite& site)
{
    for (const RunInfo* r : earlierRuns(site)) {
        if (firstDownload(*r) >= 0)
            return true;
    }
    return false;
}

QString processVariable(const RunSite& site, const QString& name)
{
    QString value;
    for (const EnvAssignment& a : site.run->environment) {
        if (a.name == name)
            value = a.value;
    }
    for (const GoInvocation& g : site.run->go) {
        for (const auto& kv : g.exports) {
            if (kv.first == name)
                value = kv.second;
        }
        for (const auto& kv : g.assignments) {
            if (kv.first == name)
                value = kv.second;
        }
    }
    return value;
}

QString goEnvValue(const RunSite& site, const QString& name)
{
    return site.context ? site.context->env.value(name) : QString();
}

bool isPathWithin(const QString& path, const QString& dir)
{
    return !relativeWithin(path, dir).isNull();
}

} // namespace gmd::rules
