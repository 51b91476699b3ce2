// SPDX-License-Identifier: MIT
#include "patternmatcher.h"

#include "common/go/path.h"
#include "common/go/strings.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {

// Fills a PatternMatcher (a friend) from pattern texts: patternmatcher.New plus provenance.
class PatternMatcherBuilder
{
public:
    struct Input
    {
        QString text;
        QString written;
        int line = 0;
    };

    static PatternMatcher build(const QList<Input>& inputs, PathStyle style, const QString& fileName)
    {
        PatternMatcher pm;
        pm.m_style = style;
        pm.m_fileName = fileName;
        const QString wildcards = style == PathStyle::Unix ? u"*[]?^\\"_s : u"*[]?^"_s;
        for (const Input& in : inputs) {
            QString p = go::trimSpace(in.text); // spec 3.1
            if (p.isEmpty())
                continue;
            p = go::pathClean(p, style);
            const bool exception = p.front() == u'!';
            if (exception) {
                if (p.size() == 1) { // spec 3.2
                    pm.m_error = u"illegal exclusion pattern: \"!\""_s;
                    pm.m_errorLine = in.line;
                    break;
                }
                p.remove(0, 1);
                pm.m_hasExceptions = true;
            }
            if (!go::isValidPathPattern(p, style)) { // spec 3.3
                pm.m_error = go::badPatternMessage();
                pm.m_errorLine = in.line;
                break;
            }
            pm.m_patterns.emplace_back(p, exception, style);
            pm.m_lines.append(in.line);
            pm.m_written.append(in.written);
            if (exception) {
                // fsutil's onlyPrefixExcludeExceptions (spec 6.3).
                const QString stem = pm.m_patterns.back().withoutTrailingGlob();
                for (const QChar c : stem) {
                    if (wildcards.contains(c))
                        pm.m_onlyPrefixExceptions = false;
                }
            }
        }
        if (!pm.m_error.isEmpty()) {
            pm.m_patterns.clear();
            pm.m_lines.clear();
            pm.m_written.clear();
        }
        return pm;
    }
};

namespace {

// Tests one pattern; on failure applies the mode. Returns the match, or sets *stop.
bool test(const IgnorePattern& p, int index, QStringView path, BadPatternMode mode, MatchOutcome* out, bool* stop)
{
    bool bad = false;
    const bool m = p.match(path, &bad);
    if (bad) {
        if (!out->error) {
            out->error = true;
            out->errorPattern = index;
        }
        if (mode == BadPatternMode::Stop) {
            out->excluded = false;
            *stop = true;
        }
    }
    return m;
}

} // namespace

PatternMatcher PatternMatcher::create(const QStringList& patterns, PathStyle style)
{
    QList<PatternMatcherBuilder::Input> inputs;
    for (qsizetype i = 0; i < patterns.size(); ++i)
        inputs.append({ patterns[i], go::trimSpace(patterns[i]), int(i) + 1 });
    return PatternMatcherBuilder::build(inputs, style, u".dockerignore"_s);
}

PatternMatcher PatternMatcher::fromIgnoreFile(const IgnoreFile& file, PathStyle style)
{
    QList<PatternMatcherBuilder::Input> inputs;
    for (const IgnoreLine& l : file.lines)
        inputs.append({ l.pattern, go::trimSpace(l.original), l.line });
    return PatternMatcherBuilder::build(inputs, style, file.fileName);
}

MatchOutcome PatternMatcher::matchesExact(QStringView file, BadPatternMode mode) const
{
    const QString path = go::fromSlash(file, m_style);
    MatchOutcome out;
    bool stop = false;
    for (int i = 0; i < size(); ++i) {
        const IgnorePattern& p = m_patterns[size_t(i)];
        if (p.isException() != out.excluded)
            continue; // spec 5.2: this pattern cannot change the state
        if (test(p, i, path, mode, &out, &stop)) {
            out.excluded = !p.isException();
            out.patternIndex = i;
            out.matchedPath = path;
        }
        if (stop)
            return out;
    }
    return out;
}

MatchOutcome PatternMatcher::evaluateParents(QStringView file, bool legacy, BadPatternMode mode) const
{
    const QString path = go::fromSlash(file, m_style);
    const QChar sep = go::pathSeparator(m_style);
    const QString parent = go::pathDir(path, m_style);
    const QStringList parentDirs = parent.split(sep);
    MatchOutcome out;
    bool stop = false;
    for (int i = 0; i < size(); ++i) {
        const IgnorePattern& p = m_patterns[size_t(i)];
        if (p.isException() != out.excluded)
            continue; // spec 5.2
        bool m = test(p, i, path, mode, &out, &stop);
        if (stop)
            return out;
        QString where = path;
        if (!m && parent != u"."_s) {
            // Spec 5.3: an ancestor matches. The legacy form tries only the ancestor with as
            // many elements as the pattern. Errors here are ignored, as upstream does.
            bool bad = false;
            if (legacy) {
                if (p.dirs().size() <= parentDirs.size()) {
                    where = parentDirs.first(p.dirs().size()).join(sep);
                    m = p.match(where, &bad);
                }
            } else {
                for (qsizetype k = 1; k <= parentDirs.size() && !m; ++k) {
                    where = parentDirs.first(k).join(sep);
                    m = p.match(where, &bad);
                }
            }
        }
        if (m) {
            out.excluded = !p.isException();
            out.patternIndex = i;
            out.matchedPath = where;
        }
    }
    return out;
}

MatchOutcome PatternMatcher::matchesLegacy(QStringView file, BadPatternMode mode) const
{
    return evaluateParents(file, true, mode);
}

MatchOutcome PatternMatcher::matchesOrParentMatches(QStringView file, BadPatternMode mode) const
{
    return evaluateParents(file, false, mode);
}

MatchOutcome PatternMatcher::matchesUsingParentResults(
    QStringView file, const MatchInfo& parent, MatchInfo* info, BadPatternMode mode) const
{
    // Called once per walked entry: avoid copies where the style needs no conversion.
    QString converted;
    QStringView path = file;
    if (m_style == PathStyle::Windows && file.contains(u'/')) {
        converted = go::fromSlash(file, m_style);
        path = converted;
    }
    const size_t n = m_patterns.size();
    const bool haveParent = parent.matchedLength.size() == n && n > 0;
    MatchInfo scratch;
    MatchInfo* own = info == &parent ? &scratch : info;
    if (own)
        own->matchedLength.assign(n, 0);
    MatchOutcome out;
    int decidedLength = 0;
    bool stop = false;
    for (int i = 0; i < size() && !stop; ++i) {
        const IgnorePattern& p = m_patterns[size_t(i)];
        // Spec 6.1: a match recorded for the parent carries over, even where 5.2 would skip.
        int length = haveParent ? parent.matchedLength[size_t(i)] : 0;
        if (length == 0) {
            if (p.isException() != out.excluded)
                continue; // skipped: recorded as "did not match"
            if (test(p, i, path, mode, &out, &stop))
                length = int(path.size());
            if (stop)
                break;
            if (length == 0 && !haveParent) {
                // No parent information (top level, or a lone query): test the ancestors.
                const QString parentPath = go::pathDir(path, m_style);
                if (parentPath != u"."_s) {
                    const QChar sep = go::pathSeparator(m_style);
                    const QStringList dirs = parentPath.split(sep);
                    bool bad = false;
                    for (qsizetype k = 1; k <= dirs.size() && length == 0; ++k) {
                        const QString where = dirs.first(k).join(sep);
                        if (p.match(where, &bad))
                            length = int(where.size());
                    }
                }
            }
        }
        if (own)
            own->matchedLength[size_t(i)] = length;
        if (length > 0) {
            out.excluded = !p.isException();
            out.patternIndex = i;
            decidedLength = length;
        }
    }
    if (stop)
        out.patternIndex = -1;
    else if (out.patternIndex >= 0)
        out.matchedPath = path.first(qMin<qsizetype>(decidedLength, path.size())).toString();
    if (own == &scratch)
        *info = std::move(scratch);
    return out;
}

MatchOutcome PatternMatcher::evaluateWalk(QStringView file, BadPatternMode mode) const
{
    const QString path = go::fromSlash(file, m_style);
    const QChar sep = go::pathSeparator(m_style);
    MatchInfo info;
    MatchOutcome out;
    qsizetype from = 0;
    while (true) {
        const qsizetype next = path.indexOf(sep, from);
        const QStringView prefix = next < 0 ? QStringView(path) : QStringView(path).first(next);
        MatchInfo childInfo;
        out = matchesUsingParentResults(prefix, info, &childInfo, mode);
        if (next < 0 || (out.error && mode == BadPatternMode::Stop))
            return out;
        info = std::move(childInfo);
        from = next + 1;
    }
}

bool PatternMatcher::canPrune(QStringView dir) const
{
    if (!m_onlyPrefixExceptions)
        return false; // some exception has a wildcard: every excluded directory is walked
    if (!m_hasExceptions)
        return true;
    const QChar sep = go::pathSeparator(m_style);
    const QString dirSlash = go::fromSlash(dir, m_style) + sep;
    for (const IgnorePattern& p : m_patterns) {
        if (p.isException() && QString(p.withoutTrailingGlob() + sep).startsWith(dirSlash))
            return false; // an exception lies below this directory
    }
    return true;
}

QString PatternMatcher::describe(const MatchOutcome& o, const QString& path) const
{
    if (o.patternIndex < 0)
        return u"no line of %1 excludes %2"_s.arg(m_fileName, path);
    const int i = o.patternIndex;
    QString text = u"%1 line %2 '%3' %4 %5"_s.arg(m_fileName)
                       .arg(line(i))
                       .arg(written(i), o.excluded ? u"excludes"_s : u"re-includes"_s, path);
    const QString matched = go::toSlash(o.matchedPath, m_style);
    if (!matched.isEmpty() && matched != path)
        text += u" (via directory %1)"_s.arg(matched);
    return text;
}

MatchOutcome legacyMatches(QStringView file, const QStringList& patterns, PathStyle style, QString* error)
{
    const PatternMatcher pm = PatternMatcher::create(patterns, style);
    MatchOutcome out;
    if (!pm.isValid()) {
        out.error = true;
        if (error)
            *error = pm.error();
        return out;
    }
    const QString cleaned = go::pathClean(file, style);
    if (cleaned == u"."_s)
        return out; // "." is never matched
    out = pm.matchesLegacy(cleaned);
    if (out.error && error)
        *error = go::badPatternMessage();
    return out;
}

MatchOutcome matchesOrParentMatches(QStringView file, const QStringList& patterns, PathStyle style, QString* error)
{
    const PatternMatcher pm = PatternMatcher::create(patterns, style);
    MatchOutcome out;
    if (!pm.isValid()) {
        out.error = true;
        if (error)
            *error = pm.error();
        return out;
    }
    const QString cleaned = go::pathClean(file, style);
    if (cleaned == u"."_s)
        return out; // spec 5.5
    out = pm.matchesOrParentMatches(cleaned);
    if (out.error && error)
        *error = go::badPatternMessage();
    return out;
}

} // namespace gmd
