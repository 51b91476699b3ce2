// SPDX-License-Identifier: MIT
// The lint of GOPRIVATE/GONOPROXY/GONOSUMDB/GOINSECURE lists (spec go-hang-causes.md H6):
// globs that MatchPrefixPatterns (PRIV-1..3) can never match the way the user meant.
#include "common/go/strings.h"
#include "common/go/unicode.h"
#include "prefixpatterns.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

struct Glob
{
    QString text;
    qsizetype offset = 0;
};

QList<Glob> splitGlobs(const QString& globs)
{
    QList<Glob> out;
    qsizetype start = 0;
    while (true) {
        const qsizetype comma = globs.indexOf(u',', start);
        const qsizetype end = comma < 0 ? globs.size() : comma;
        out.append(Glob { globs.mid(start, end - start), start });
        if (comma < 0)
            break;
        start = comma + 1;
    }
    return out;
}

bool hasWhitespace(const QString& s)
{
    for (const QChar c : s) {
        if (c != u'\r' && go::isSpace(c.unicode()))
            return true;
    }
    return false;
}

bool isQuote(QChar c)
{
    return c == u'"' || c == u'\'' || c == u'`';
}

/// One glob as the user most likely meant it: no CR, quotes or scheme, no ".git", a lower-case
/// host. Whitespace and ';' inside separate globs, so the result may hold several, joined by ','.
QString correctGlob(const QString& glob)
{
    QString s = glob;
    s.remove(u'\r');
    s.removeIf([](QChar c) { return isQuote(c); });
    s.replace(u';', u' ');
    QStringList parts;
    for (QString part : go::fields(s)) {
        if (const qsizetype scheme = part.indexOf(u"://"_s); scheme >= 0)
            part = part.mid(scheme + 3);
        while (part.endsWith(u'/'))
            part.chop(1);
        if (part.endsWith(u".git"_s))
            part.chop(4);
        // Module hosts are lower-case; letters inside a character class stay as written.
        bool inClass = false;
        for (qsizetype i = 0; i < part.size() && (inClass || part.at(i) != u'/'); ++i) {
            if (part.at(i) == u'[')
                inClass = true;
            else if (part.at(i) == u']')
                inClass = false;
            else if (!inClass)
                part[i] = part.at(i).toLower();
        }
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(u',');
}

bool hostHasUpperCase(const QString& glob)
{
    const qsizetype slash = glob.indexOf(u'/');
    const QString host = slash < 0 ? glob : glob.left(slash);
    // Letters inside a character class such as [a-zA-Z] are not literal host text.
    bool inClass = false;
    for (const QChar c : host) {
        if (c == u'[')
            inClass = true;
        else if (c == u']')
            inClass = false;
        else if (!inClass && c >= u'A' && c <= u'Z')
            return true;
    }
    return false;
}

PatternProblem problem(PatternProblem::Kind kind, const Glob& g, const QString& suggestion, const QString& message)
{
    PatternProblem p;
    p.kind = kind;
    p.glob = g.text;
    p.offset = int(g.offset);
    p.suggestion = suggestion;
    p.message = message;
    return p;
}

void lintGlob(const Glob& g, QList<PatternProblem>& out)
{
    const QString& s = g.text;
    const QString fixed = correctGlob(s);
    using K = PatternProblem::Kind;
    if (s.contains(u'\r'))
        out.append(problem(
            K::CarriageReturn, g, fixed, u"ends in a carriage return (a CRLF env file), so it never matches"_s));
    if (hasWhitespace(s))
        out.append(problem(K::Whitespace, g, fixed,
            u"contains whitespace; only ',' separates patterns and nothing is trimmed, "
            u"so it never matches"_s));
    if (std::any_of(s.begin(), s.end(), isQuote))
        out.append(problem(K::Quote, g, fixed,
            u"contains quote characters, which are taken literally, "
            u"so it never matches"_s));
    if (s.contains(u';'))
        out.append(problem(K::Semicolon, g, fixed,
            u"contains ';'; only ',' separates patterns, "
            u"so it never matches"_s));
    if (s.contains(u"://"_s))
        out.append(problem(K::Scheme, g, fixed,
            u"starts with a URL scheme; patterns match module paths, "
            u"which have none, so it never matches"_s));
    QString trimmed = s.trimmed();
    while (trimmed.endsWith(u'/'))
        trimmed.chop(1);
    if (trimmed.endsWith(u".git"_s))
        out.append(problem(K::GitSuffix, g, fixed,
            u"ends in \".git\", which module paths do not, "
            u"so it never matches"_s));
    if (hostHasUpperCase(s.contains(u"://"_s) ? s.mid(s.indexOf(u"://"_s) + 3) : s))
        out.append(problem(K::UpperCase, g, fixed,
            u"has upper-case letters in the host; matching is case-sensitive and module "
            u"hosts are lower-case, so it never matches"_s));
    // cmd/go drops a malformed glob without a word (PRIV-2); path.Match reports it on any name.
    QString glob = s;
    if (glob.endsWith(u'/'))
        glob.chop(1);
    bool wellFormed = true;
    goPathMatch(glob, u"", &wellFormed);
    if (!wellFormed)
        out.append(problem(K::Malformed, g, {},
            u"is not a valid glob (path.Match: syntax error in pattern), "
            u"so cmd/go silently ignores it"_s));
}

} // namespace

QList<PatternProblem> lintPatternList(const QString& globs)
{
    QList<PatternProblem> out;
    if (globs.isEmpty())
        return out;
    for (const Glob& g : splitGlobs(globs)) {
        if (g.text.isEmpty()) {
            out.append(problem(PatternProblem::Empty, g, {},
                u"is empty (two commas in a row, or a comma at "
                u"either end); harmless, cmd/go skips it"_s));
            continue;
        }
        lintGlob(g, out);
    }
    return out;
}

QString correctedPatternList(const QString& globs)
{
    QStringList out;
    for (const Glob& g : splitGlobs(globs)) {
        if (g.text.isEmpty())
            continue;
        QList<PatternProblem> problems;
        lintGlob(g, problems);
        // Globs without problems stay as written; a malformed glob has no safe correction.
        const bool fixable = std::any_of(problems.cbegin(), problems.cend(),
            [](const PatternProblem& p) { return p.kind != PatternProblem::Malformed; });
        const QString fixed = fixable ? correctGlob(g.text) : g.text;
        if (!fixed.isEmpty())
            out.append(fixed);
    }
    return out.join(u',');
}

} // namespace gmd
