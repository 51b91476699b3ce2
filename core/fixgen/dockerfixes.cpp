// SPDX-License-Identifier: MIT
// Dockerfile and .dockerignore fixes. The checks already computed the exact instruction texts in
// their FixHints (moduleFilesCopyLine, withRunFlag in checks/rules/docker/dockerutil.cpp); these
// generators place them at the finding's lines with TextDocument, so the BOM, each line's ending
// and the final newline stay as they were.
#include "common/secrets.h"
#include "fix/textdocument.h"
#include "fixgen/fixgenerators.h"
#include "fixgen/fixgenutil.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace gmd::fixgen {
namespace {

/// The Dockerfile, its node at the finding's line and the file's bytes, when all are there.
struct DockerSite
{
    const DockerfileFacts* df = nullptr;
    const DockerNode* node = nullptr;
    QByteArray original;
};

std::optional<DockerSite> dockerSiteOf(const Facts& facts, const Finding& finding)
{
    if (!finding.location || !finding.location->isValid())
        return std::nullopt;
    DockerSite s;
    s.df = dockerfileOf(facts, finding.location->file);
    if (!s.df || !s.df->ok())
        return std::nullopt;
    s.node = nodeAt(s.df->ast, finding.location->line);
    const std::optional<QByteArray> bytes = readOriginal(s.df->path);
    if (!s.node || !bytes)
        return std::nullopt;
    s.original = *bytes;
    return s;
}

int lineCountOf(const DockerNode& n)
{
    return qMax(n.startLine, n.endLine) - n.startLine + 1;
}

/// GMD301: adds go.sum next to go.mod in the COPY (same prefix, same flags and destination).
QList<FixPlan> addGoSum(const Facts& facts, const Finding& finding)
{
    const auto s = dockerSiteOf(facts, finding);
    if (!s || s->node->lowerKeyword != u"copy"_s || s->node->json || lineCountOf(*s->node) != 1)
        return {};
    if (!finding.fix || finding.fix->commands.isEmpty() || !finding.fix->commands.first().contains(u"go.sum"_s)
        || finding.fix->description.startsWith(u"Let the ignore file"_s))
        return {}; // the ignore file excludes go.sum: the COPY would fail, GMD400's fix comes first
    const TextDocument doc = TextDocument::decode(s->original);
    const QString line = doc.lineText(s->node->startLine - 1);
    static const QRegularExpression re(u"(\\s)((?:\\S*/)?)go\\.mod(\\s)"_s);
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return {};
    QString fixed = line;
    fixed.insert(m.capturedEnd(0) - 1, u' ' + m.captured(2) + u"go.sum"_s);
    // Provably safe: the context sends go.sum (the check verified it), the COPY only gains checksums.
    FixPlan plan = planFor(finding, 1,
        u"Copy go.sum with go.mod (%1:%2)"_s.arg(s->df->displayPath).arg(s->node->startLine), FixSafety::Automatic);
    plan.edits << replaceLinesEdit(s->df->path, s->original, s->node->startLine, 1, { fixed });
    return { plan };
}

/// GMD303: copy go.mod/go.sum and download before `COPY . .`. The hint is
/// [module-files COPY, RUN..., the COPY's lines, the RUN's lines] (see gmd303).
QList<FixPlan> downloadBeforeCopy(const Facts& facts, const Finding& finding)
{
    const auto s = dockerSiteOf(facts, finding);
    if (!s || !finding.fix || finding.fix->commands.size() < 3)
        return {};
    int runLine = 0;
    for (const Evidence& e : finding.evidence) {
        if (e.label.startsWith(u"RUN"_s))
            runLine = lineOfLocationText(e.source);
    }
    const DockerNode* run = runLine > 0 ? nodeAt(s->df->ast, runLine) : nullptr;
    if (!run || run->startLine <= s->node->startLine)
        return {};
    for (const DockerNode& n : s->df->ast.nodes) {
        if (n.startLine > s->node->startLine && n.startLine < run->startLine
            && QStringList { u"workdir"_s, u"from"_s, u"env"_s, u"arg"_s, u"user"_s }.contains(n.lowerKeyword))
            return {}; // the RUN would see another environment at the COPY's place
    }
    const int copyCount = lineCountOf(*s->node);
    const int runCount = lineCountOf(*run);
    const QStringList& c = finding.fix->commands;
    // The hint has the RUN's lines once either way: after the COPY's when a new download RUN goes
    // first, before them when the RUN only downloads and moves up itself.
    const bool movesRun = c.size() == 1 + runCount + copyCount;
    if (!movesRun && c.size() != 2 + copyCount + runCount)
        return {};
    QStringList before;
    if (movesRun) // [modfiles, run lines, copy lines]: the download RUN itself moves up
        before = c.mid(0, 1 + runCount + copyCount);
    else // [modfiles, RUN go mod download, copy lines, run lines]
        before = c.mid(0, 2 + copyCount);
    TextDocument doc = TextDocument::decode(s->original);
    if (movesRun) {
        // Between blank lines, the blank line after the RUN goes with it (no double gap).
        const int first = run->startLine - 1;
        const int after = first + runCount;
        const bool blankAround = first > 0 && after < doc.lineCount() && doc.line(first - 1).trimmed().isEmpty()
            && doc.line(after).trimmed().isEmpty();
        doc.removeLines(first, runCount + (blankAround ? 1 : 0));
    }
    doc.replaceRange(s->node->startLine - 1, copyCount, before);
    FixPlan plan = planFor(finding, 1,
        u"Copy go.mod and go.sum and download the modules before '%1' (%2:%3)"_s
            .arg(maskSecrets(s->node->original.simplified()), s->df->displayPath)
            .arg(s->node->startLine),
        FixSafety::Confirm);
    plan.edits << FileEdit { s->df->path, false, s->original, doc.encode() };
    plan.touchesChecks << u"GMD304"_s;
    return { plan };
}

/// GMD304/GMD305: the RUN with a cache mount (the hint holds the RUN's new lines).
QList<FixPlan> addCacheMount(const Facts& facts, const Finding& finding)
{
    const auto s = dockerSiteOf(facts, finding);
    if (!s || s->node->lowerKeyword != u"run"_s || !finding.fix || finding.fix->commands.isEmpty()
        || !s->node->heredocs.isEmpty())
        return {};
    const QStringList& c = finding.fix->commands;
    if (c.size() != lineCountOf(*s->node) || !c.first().contains(u"--mount=type=cache"_s))
        return {};
    static const QRegularExpression target(u"--mount=type=cache,target=([^\\s,]+)"_s);
    const QString where = target.match(c.first()).captured(1);
    // Confirm: the cache is no longer in the image layer (a later COPY --from of it would miss it).
    FixPlan plan = planFor(finding, 1,
        u"Add a cache mount on %1 to the RUN at %2:%3"_s.arg(where, s->df->displayPath).arg(s->node->startLine),
        FixSafety::Confirm);
    plan.edits << replaceLinesEdit(s->df->path, s->original, s->node->startLine, lineCountOf(*s->node), c);
    return { plan };
}

} // namespace

QList<FixPlan> dockerfileFixes(const Facts& facts, const Finding& finding)
{
    if (finding.id == u"GMD301"_s)
        return addGoSum(facts, finding);
    if (finding.id == u"GMD303"_s)
        return downloadBeforeCopy(facts, finding);
    if (finding.id == u"GMD304"_s || finding.id == u"GMD305"_s)
        return addCacheMount(facts, finding);
    return {};
}

QList<FixPlan> dockerignoreFixes(const Facts& facts, const Finding& finding)
{
    if (!finding.fix || finding.fix->commands.isEmpty())
        return {};
    const DockerfileFacts* df = finding.location ? dockerfileOf(facts, finding.location->file) : nullptr;
    for (const Evidence& e : finding.evidence) {
        if (!df && e.label == u"build context"_s) // GMD401 has no line: the evidence names the Dockerfile
            df = dockerfileOf(facts, e.source);
    }
    if (!df || df->contextDir.isEmpty())
        return {};
    QString path = df->ignoreFile ? df->ignoreSelection.path : QString();
    if (!path.isEmpty() && QDir::isRelativePath(path))
        path = QDir(df->contextDir).filePath(path);
    const bool create = path.isEmpty();
    if (create)
        path = QDir(df->contextDir).filePath(u".dockerignore"_s);
    if (create && QFileInfo::exists(path))
        return {};
    QByteArray original;
    if (!create) {
        const std::optional<QByteArray> bytes = readOriginal(path);
        if (!bytes)
            return {};
        original = *bytes;
    }
    TextDocument doc = TextDocument::decode(original);
    if (finding.id == u"GMD400"_s && !create) {
        // The excluding line names exactly the needed path: remove it rather than add an exception.
        QList<int> remove;
        for (const Evidence& e : finding.evidence) {
            const int line = lineOfLocationText(e.source);
            if (line < 1 || line > doc.lineCount() || !e.source.startsWith(df->matcher.fileName() + u':'))
                continue;
            const QString pattern = doc.lineText(line - 1).trimmed();
            for (const QString& c : finding.fix->commands) {
                const QString path = c.mid(1);
                if (c.startsWith(u'!') && (pattern == path || pattern == u'/' + path) && !remove.contains(line))
                    remove << line;
            }
        }
        if (remove.size() == 1 && finding.fix->commands.size() == 1) {
            doc.removeLines(remove.first() - 1, 1);
            FixPlan plan = planFor(finding, 1,
                u"Remove line %1 ('%2') of %3"_s.arg(remove.first())
                    .arg(QString::fromUtf8(TextDocument::decode(original).line(remove.first() - 1)).trimmed(),
                        QFileInfo(path).fileName()),
                FixSafety::Confirm);
            plan.edits << FileEdit { path, false, original, doc.encode() };
            return { plan };
        }
    }
    QStringList add;
    for (const QString& l : finding.fix->commands) {
        if (doc.indexOf(l.toUtf8()) < 0 && !add.contains(l))
            add << l;
    }
    if (add.isEmpty())
        return {};
    doc.insertAfter(doc.lineCount() - 1, add);
    const QString name = QFileInfo(path).fileName();
    FixPlan plan = planFor(finding, 1,
        finding.id == u"GMD400"_s ? u"Re-include %1 in %2"_s.arg(add.join(u", "_s), name)
                                  : (create ? u"Create %1 (%2)"_s.arg(name, add.join(u", "_s))
                                            : u"Exclude %1 in %2"_s.arg(add.join(u", "_s), name)),
        FixSafety::Confirm);
    plan.edits << FileEdit { path, create, original, doc.encode() };
    return { plan };
}

} // namespace gmd::fixgen
