// SPDX-License-Identifier: MIT
#include "suppressions.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

QList<Suppression> parseSuppressions(const DockerfileAst& ast, Diagnostics* diagnostics)
{
    // Lines that belong to an instruction (continuations, heredoc bodies): their `#` lines are
    // not comments in front of an instruction (A3.1: they are dropped inside a continuation).
    QSet<int> covered;
    QList<int> starts;
    for (const DockerNode& n : ast.nodes) {
        for (int l = n.startLine; l <= n.endLine; ++l)
            covered.insert(l);
        starts.append(n.startLine);
    }
    static const QRegularExpression marker(u"^#\\s*gomoddoctor\\b"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression shape(
        u"^#\\s*gomoddoctor\\s+ignore\\s*=\\s*([A-Za-z0-9_,\\s-]*?)\\s*(?:--\\s*(.*?))?\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);

    QList<Suppression> out;
    for (int i = 0; i < ast.lines.size(); ++i) {
        const int line = i + 1;
        const QString text = ast.lines.at(i).trimmed();
        if (covered.contains(line) || !marker.match(text).hasMatch())
            continue;
        const QRegularExpressionMatch m = shape.match(text);
        QStringList ids;
        if (m.hasMatch()) {
            const QString idText = m.captured(1).section(u"--"_s, 0, 0);
            for (const QString& id : idText.split(u',', Qt::SkipEmptyParts)) {
                if (!id.trimmed().isEmpty())
                    ids.append(id.trimmed().toUpper());
            }
        }
        if (ids.isEmpty()) {
            if (diagnostics) {
                diagnostics->append(makeDiagnostic(DiagnosticLevel::Warning, ast.fileName, line, 1,
                    u"malformed suppression: expected `# gomoddoctor ignore=<ID>[,<ID>] -- reason`"_s,
                    ast.lines.at(i)));
            }
            continue;
        }
        Suppression s;
        s.ids = ids;
        s.reason = m.captured(2).trimmed();
        s.line = line;
        s.file = ast.fileName;
        // The comment block ends at the first line that is not a comment: an instruction
        // starting there is the one the suppression applies to.
        for (int j = i + 1; j < ast.lines.size(); ++j) {
            const QString next = ast.lines.at(j).trimmed();
            if (next.startsWith(u'#') && !covered.contains(j + 1))
                continue;
            if (starts.contains(j + 1))
                s.instructionLine = j + 1;
            break;
        }
        out.append(s);
    }
    return out;
}

} // namespace gmd
