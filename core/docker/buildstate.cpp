// SPDX-License-Identifier: MIT
#include "buildstate.h"

#include "context/contextscanresult.h"
#include "common/go/path.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

QString parentDir(const QString& path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash <= 0 ? u"/"_s : path.left(slash);
}

QString lastElement(const QString& path)
{
    return path.section(u'/', -1);
}

/// `path` below `dir` ("a/b" for "/x/a/b" below "/x"), or a null string when it is not below.
QString relativeBelow(const QString& path, const QString& dir)
{
    if (dir == u"/"_s)
        return path.size() > 1 ? path.mid(1) : QString();
    if (path.startsWith(dir) && path.size() > dir.size() + 1 && path.at(dir.size()) == u'/')
        return path.mid(dir.size() + 1);
    return {};
}

QString joinContext(const QString& a, const QString& b)
{
    if (a.isEmpty())
        return b;
    return a + u'/' + b;
}

/// Checks a context path against the scan: sent (true), excluded or missing (false).
bool contextHas(const ContextIndex& index, const QString& path, bool* excluded)
{
    const int i = index.find(path);
    if (i < 0)
        return false;
    const ContextEntry& e = index.at(i);
    *excluded = !e.sent;
    return e.sent;
}

} // namespace

EnvValue EnvAssignment::toEnvValue() const
{
    EnvValue v;
    v.name = name;
    v.value = value;
    v.source = source;
    v.origin = origin;
    v.location = location;
    return v;
}

const EnvAssignment* BuildState::find(const QString& name) const
{
    for (qsizetype i = env.size() - 1; i >= 0; --i) {
        if (env.at(i).name == name)
            return &env.at(i);
    }
    return nullptr;
}

std::optional<QString> BuildState::value(const QString& name) const
{
    if (const EnvAssignment* a = find(name))
        return a->value;
    return std::nullopt;
}

QList<EnvAssignment> BuildState::hiddenAssignments(const QString& name) const
{
    QList<EnvAssignment> out;
    bool skippedWinner = false;
    for (qsizetype i = env.size() - 1; i >= 0; --i) {
        if (env.at(i).name != name)
            continue;
        if (skippedWinner)
            out.append(env.at(i));
        skippedWinner = true;
    }
    return out;
}

ShellEnv BuildState::shellEnv() const
{
    ShellEnv e;
    for (const EnvAssignment& a : env)
        e.set(a.name, a.value);
    return e;
}

QMap<QString, QString> BuildState::envMap() const
{
    QMap<QString, QString> m;
    for (const EnvAssignment& a : env)
        m.insert(a.name, a.value);
    return m;
}

QList<EnvAssignment> BuildState::effective() const
{
    QList<EnvAssignment> out;
    QSet<QString> seen;
    for (const EnvAssignment& a : env) {
        if (seen.contains(a.name))
            continue;
        seen.insert(a.name);
        out.append(*find(a.name));
    }
    return out;
}

bool BuildState::isRoot() const
{
    const QString u = user.section(u':', 0, 0);
    return u.isEmpty() || u == u"root"_s || u == u"0"_s;
}

QString BuildState::home() const
{
    if (const std::optional<QString> h = value(u"HOME"_s))
        return *h;
    if (isRoot())
        return u"/root"_s;
    const QString u = user.section(u':', 0, 0);
    bool numeric = false;
    u.toLongLong(&numeric);
    // ASSUMPTION: a named user was created with the usual /home/<name>; a numeric uid may not
    // be in /etc/passwd at all (runc then uses "/"), so it stays unknown.
    return numeric ? QString() : QString(u"/home/"_s + u);
}

bool BuildState::wholeContextCopied() const
{
    for (const CopiedPath& f : files) {
        if (f.wholeContext)
            return true;
    }
    return false;
}

bool BuildState::copiedFileNamed(const QString& fileName) const
{
    for (const CopiedPath& f : files) {
        if (f.wildcard || f.wholeContext)
            continue;
        const QString name = f.kind == CopiedPath::Kind::Generated || f.kind == CopiedPath::Kind::Inline
            ? lastElement(f.destination.endsWith(u'/') ? f.destination.chopped(1) : f.destination)
            : lastElement(f.contextPath);
        if (name == fileName || (!f.destinationIsDirectory && lastElement(f.destination) == fileName))
            return true;
    }
    return false;
}

namespace {

/// How one copied path provides `path`, if it does.
struct PathMatch
{
    bool found = false;
    bool named = false;
    QString candidate; ///< the context (or --from) path that lands on `path`
};

/// Whether a source may be a directory (whose contents land below the destination). With a
/// context index the scan decides; otherwise a trailing '/' or a last element without a '.'.
bool mayBeDirectory(const CopiedPath& f, const ContextIndex* index)
{
    if (f.wholeContext)
        return true;
    if (index && f.from.isEmpty()) {
        const int i = index->find(f.contextPath);
        return i >= 0 && index->at(i).type == EntryType::Directory;
    }
    return f.source.endsWith(u'/') || !lastElement(f.contextPath).contains(u'.');
}

PathMatch matchCopied(const CopiedPath& f, const QString& path, const ContextIndex* index)
{
    PathMatch m;
    const QString dest = go::pathClean(f.destination);
    if (f.kind == CopiedPath::Kind::Inline || f.kind == CopiedPath::Kind::Generated) {
        const QString target = f.destinationIsDirectory ? joinContext(dest, f.source) : dest;
        m.found = m.named = go::pathClean(target) == path;
        return m;
    }
    if (!f.destinationIsDirectory && path == dest) {
        m.found = m.named = true;
        m.candidate = f.contextPath;
        return m;
    }
    const QString rel = relativeBelow(path, dest);
    if (rel.isNull())
        return m;
    if (f.destinationIsDirectory && !f.wholeContext) {
        if (!f.wildcard && rel == lastElement(f.contextPath)) {
            m.found = m.named = true; // COPY go.mod ./
            m.candidate = f.contextPath;
            return m;
        }
        if (f.wildcard && !rel.contains(u'/') && go::pathMatch(lastElement(f.contextPath), rel).matched) {
            m.found = m.named = true; // COPY go.* ./
            m.candidate =
                joinContext(f.contextPath.contains(u'/') ? parentDir(u'/' + f.contextPath).mid(1) : QString(), rel);
            return m;
        }
    }
    if (f.wildcard || !mayBeDirectory(f, index))
        return m;
    m.found = true; // a directory source copies its contents
    m.candidate = f.wholeContext ? rel : joinContext(f.contextPath, rel);
    return m;
}

} // namespace

ImagePathQuery BuildState::pathInImage(const QString& absPath, const ContextIndex* index) const
{
    ImagePathQuery q;
    const QString path = go::pathClean(absPath);
    qsizetype i = files.size() - 1;
    while (i >= 0) {
        // One instruction's sources form a group; a source naming the file beats a directory.
        qsizetype first = i;
        while (first > 0 && files.at(first - 1).location == files.at(i).location)
            --first;
        const CopiedPath* best = nullptr;
        PathMatch bestMatch;
        for (qsizetype k = i; k >= first; --k) {
            const CopiedPath& f = files.at(k);
            if (f.remote)
                continue;
            const PathMatch m = matchCopied(f, path, index);
            if (!m.found || (best && !m.named))
                continue;
            const bool direct = f.kind == CopiedPath::Kind::Inline || f.kind == CopiedPath::Kind::Generated;
            if (index && f.from.isEmpty() && !direct) {
                bool excluded = false;
                if (!contextHas(*index, m.candidate, &excluded)) {
                    if (excluded && !q.excludedByIgnoreFile) {
                        q.excludedByIgnoreFile = true;
                        q.contextPath = m.candidate;
                        q.location = f.location;
                    }
                    continue; // this source does not provide it; another (or an older COPY) may
                }
            }
            best = &f;
            bestMatch = m;
            if (m.named)
                break;
        }
        if (best) {
            const bool direct = best->kind == CopiedPath::Kind::Inline || best->kind == CopiedPath::Kind::Generated;
            q.copied = true;
            q.named = bestMatch.named;
            q.viaWholeContext = best->wholeContext;
            q.confirmed = direct || (index && best->from.isEmpty());
            q.excludedByIgnoreFile = false;
            q.location = best->location;
            q.contextPath = bestMatch.candidate;
            q.from = best->from;
            return q;
        }
        i = first - 1;
    }
    return q;
}

} // namespace gmd
