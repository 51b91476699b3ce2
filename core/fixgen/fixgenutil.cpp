// SPDX-License-Identifier: MIT
#include "fixgen/fixgenutil.h"

#include "common/textfile.h"
#include "fix/textdocument.h"

#include <QDir>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace gmd::fixgen {

QString shellUnquote(const QString& word)
{
    QString out;
    bool inSingle = false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word.at(i);
        if (inSingle) {
            if (c == u'\'')
                inSingle = false;
            else
                out += c;
        } else if (c == u'\'') {
            inSingle = true;
        } else if (c == u'\\' && i + 1 < word.size()) {
            out += word.at(++i);
        } else {
            out += c;
        }
    }
    return out;
}

const EnvContext* contextOf(const Facts& facts, const Finding& finding)
{
    for (const EnvContext& c : facts.environments) {
        if (c.id == finding.environment)
            return &c;
    }
    return nullptr;
}

const DockerfileFacts* dockerfileOf(const Facts& facts, const QString& file)
{
    if (file.isEmpty())
        return nullptr;
    for (const DockerfileFacts& df : facts.dockerfiles) {
        if (df.displayPath == file || df.path == file
            || (!df.contextDir.isEmpty() && QDir::cleanPath(QDir(df.contextDir).filePath(file)) == df.path))
            return &df;
    }
    return nullptr;
}

const DockerNode* nodeAt(const DockerfileAst& ast, int line)
{
    for (const DockerNode& n : ast.nodes) {
        if (n.startLine == line)
            return &n;
    }
    return nullptr;
}

std::optional<QByteArray> readOriginal(const QString& path)
{
    const FileReadResult r = readTextFile(path);
    if (!r.ok())
        return std::nullopt;
    return r.bytes;
}

FixPlan planFor(const Finding& finding, int n, const QString& title, FixSafety safety)
{
    FixPlan plan;
    plan.id = makeFixPlanId(finding.id, finding.subject, n);
    plan.findingId = finding.id;
    plan.title = title;
    plan.safety = safety;
    plan.touchesChecks << finding.id;
    if (finding.fix)
        plan.description = finding.fix->description;
    return plan;
}

FileEdit replaceLinesEdit(
    const QString& path, const QByteArray& original, int first, int count, const QStringList& lines)
{
    TextDocument doc = TextDocument::decode(original);
    doc.replaceRange(first - 1, count, lines);
    FileEdit e;
    e.path = path;
    e.original = original;
    e.replacement = doc.encode();
    return e;
}

int lineOfLocationText(const QString& text)
{
    static const QRegularExpression re(u"^.*?:(\\d+)(?::\\d+)?$"_s);
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace gmd::fixgen
