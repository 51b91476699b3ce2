// SPDX-License-Identifier: MIT
// Mirrors BuildKit's COPY source handling (dockerfile2llb joins the source below "/"; fsutil
// copy's splitWildcards / resolveWildcards walk the received tree and match the remainder with
// filepath.Match, not descending into matched directories).
#include "copysource.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {

bool containsCopyWildcards(QStringView element, PathStyle style)
{
    for (qsizetype i = 0; i < element.size(); ++i) {
        const QChar c = element[i];
        if (c == u'\\' && style == PathStyle::Unix)
            ++i;
        else if (c == u'*' || c == u'?' || c == u'[')
            return true;
    }
    return false;
}

CopySourceQuery::CopySourceQuery(const ContextIndex& index, const PatternMatcher& matcher)
    : m_index(index)
    , m_matcher(matcher)
{ }

std::pair<int, int> CopySourceQuery::subtree(const QString& dir) const
{
    if (dir.isEmpty())
        return { 0, m_index.size() };
    const int i = m_index.find(dir);
    if (i < 0 || m_index.at(i).type != EntryType::Directory)
        return { 0, 0 };
    return { i + 1, m_index.at(i).subtreeEnd < 0 ? i + 1 : m_index.at(i).subtreeEnd };
}

CopyEvidence CopySourceQuery::evidenceFor(int i) const
{
    const ContextEntry& e = m_index.at(i);
    CopyEvidence ev;
    ev.path = e.path;
    MatchOutcome o;
    o.excluded = e.excluded;
    o.patternIndex = e.pattern;
    o.matchedPath = e.path.left(e.matchedLength);
    if (e.excluded && e.pattern >= 0) {
        ev.patternIndex = e.pattern;
        ev.line = m_matcher.line(e.pattern);
    }
    ev.text = m_matcher.describe(o, e.path);
    return ev;
}

CopyEvidence CopySourceQuery::evidenceForUnseen(const QString& path) const
{
    CopyEvidence ev;
    ev.path = path;
    ev.existsInContext = false;
    const MatchOutcome o = m_matcher.evaluateWalk(path);
    if (o.excluded) {
        ev.patternIndex = o.patternIndex;
        ev.line = m_matcher.line(o.patternIndex);
        ev.text = m_matcher.describe(o, path);
    } else {
        ev.text = u"%1 is not in the context"_s.arg(path);
    }
    return ev;
}

void CopySourceQuery::collect(int i, CopySourceResult* out) const
{
    const ContextEntry& root = m_index.at(i);
    out->roots.append(root.path);
    const auto take = [&](const ContextEntry& e) {
        if (e.type != EntryType::File || !e.sent)
            return;
        ++out->files;
        out->bytes += e.size;
        if (out->sampleFiles.size() < kSampleFiles)
            out->sampleFiles.append(e.path);
    };
    take(root);
    if (root.type == EntryType::Directory) {
        for (int k = i + 1; k < root.subtreeEnd; ++k)
            take(m_index.at(k));
    }
}

CopySourceResult CopySourceQuery::resolve(const QString& source) const
{
    CopySourceResult r;
    r.source = source;
    // dockerfile2llb: path.Join("/", src); a context path cannot climb above the root.
    QString cleaned = go::pathClean(QString(u'/' + go::toSlash(source, m_matcher.style())));
    cleaned.remove(0, 1);
    r.cleaned = cleaned;
    r.wholeContext = cleaned.isEmpty();
    const QStringList parts = cleaned.isEmpty() ? QStringList() : cleaned.split(u'/');
    qsizetype k = 0;
    while (k < parts.size() && !containsCopyWildcards(parts[k], m_matcher.style()))
        ++k;
    r.hasWildcards = k < parts.size();
    const QString base = parts.first(k).join(u'/');
    const QString rest = parts.sliced(k).join(u'/');

    if (r.wholeContext) {
        r.roots.append(QString());
        for (const ContextEntry& e : m_index.entries()) {
            if (e.type == EntryType::File && e.sent) {
                ++r.files;
                r.bytes += e.size;
                if (r.sampleFiles.size() < kSampleFiles)
                    r.sampleFiles.append(e.path);
            }
        }
    } else if (!r.hasWildcards) {
        const int i = m_index.find(base);
        if (i >= 0 && m_index.at(i).sent)
            collect(i, &r);
        else
            r.excludedBy.append(i >= 0 ? evidenceFor(i) : evidenceForUnseen(base));
    } else {
        const int baseIndex = base.isEmpty() ? -1 : m_index.find(base);
        const bool baseSent = base.isEmpty() || (baseIndex >= 0 && m_index.at(baseIndex).sent);
        const auto [first, end] = subtree(base);
        const qsizetype prefix = base.isEmpty() ? 0 : base.size() + 1;
        int skipUntil = -1;
        for (int i = first; baseSent && i < end; ++i) {
            const ContextEntry& e = m_index.at(i);
            if (i < skipUntil || !e.sent)
                continue;
            if (go::pathMatch(rest, QStringView(e.path).sliced(prefix)).matched) {
                collect(i, &r);
                if (e.type == EntryType::Directory)
                    skipUntil = e.subtreeEnd; // a matched directory is not searched further
            }
        }
        if (r.roots.isEmpty()) {
            // Name what the pattern would have matched had the rules not removed it.
            if (!baseSent)
                r.excludedBy.append(baseIndex >= 0 ? evidenceFor(baseIndex) : evidenceForUnseen(base));
            for (int i = first; baseSent && i < end && r.excludedBy.size() < kMaxEvidence; ++i) {
                const ContextEntry& e = m_index.at(i);
                if (!e.sent && go::pathMatch(rest, QStringView(e.path).sliced(prefix)).matched)
                    r.excludedBy.append(evidenceFor(i));
            }
        }
    }

    if (!r.copiesNothing()) {
        r.message = u"'%1' copies %2 file(s), %3"_s.arg(source).arg(r.files).arg(formatBytes(r.bytes));
    } else if (!r.excludedBy.isEmpty()) {
        r.message = u"'%1' copies nothing: %2"_s.arg(source, r.excludedBy.front().text);
        if (r.excludedBy.size() > 1)
            r.message += u" (and %1 more)"_s.arg(r.excludedBy.size() - 1);
    } else {
        r.message = u"'%1' copies nothing: no path in the context matches it"_s.arg(source);
    }
    return r;
}

} // namespace gmd
