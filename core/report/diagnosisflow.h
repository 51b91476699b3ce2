// SPDX-License-Identifier: MIT
#pragma once

#include "checks/engine.h"
#include "checks/facts.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace gmd {

/// One box of the diagnosis flowchart.
struct FlowNode
{
    enum class Shape {
        Start, ///< where the diagnosis begins (the project)
        Decision, ///< a question whose answer chose the path (go found? network allowed? Dockerfiles?)
        Step, ///< a group of checks that ran (a check category), with its outcome
        Finding, ///< one finding of a step
        End, ///< the conclusion: the most likely root cause, or nothing found
    };
    enum class State {
        Ok, ///< passed
        Info,
        Warning,
        Problem, ///< an error-severity finding or a failed step
        Skipped, ///< not run on this path (a branch not taken, checks skipped)
    };

    QString id; ///< "n0", "n1", ...: safe as a DOT id
    Shape shape = Shape::Step;
    State state = State::Ok;
    QString label; ///< short, masked; '\n' separates lines
    QString tooltip; ///< longer, masked
    int findingIndex = -1; ///< index in DiagnosisResult::findings for Finding nodes (and the End node's root cause)
    QString category; ///< the check category of a Step or Finding node
    bool onPath = true; ///< false for the alternative of a decision that was not taken
};

/// An arrow of the flowchart.
struct FlowEdge
{
    QString from;
    QString to;
    QString label; ///< the answer of a decision ("yes", "no: --no-network")
    bool taken = true; ///< on the path actually taken
    bool rootCause = false; ///< from the top-ranked finding to the conclusion
    bool attachment = false; ///< a step to one of its findings (not a step of the path)
};

/// The path the diagnosis took (issue "flowchart of the diagnosis path actually taken"):
/// the decisions with the answer the facts gave and the alternative left out, each check
/// category that ran with its worst outcome and its findings (at most `maxFindingsPerStep`,
/// then a "+N more" node), and the conclusion pointing at the top-ranked finding.
struct DiagnosisFlow
{
    QList<FlowNode> nodes;
    QList<FlowEdge> edges;

    const FlowNode* node(const QString& id) const;
};

/// Builds the flowchart from one diagnosis. Pure: no files, no processes. All texts are masked.
DiagnosisFlow buildDiagnosisFlow(const Facts& facts, const DiagnosisResult& result, int maxFindingsPerStep = 4);

/// The flowchart as Graphviz DOT (top to bottom, findings beside their step) with a light colour
/// scheme, for layout and for the SVG export. Labels are escaped for DOT's quoted strings.
QByteArray diagnosisFlowToDot(const DiagnosisFlow& flow);

/// DOT's quoted-string escaping: '"' and '\' escaped, '\n' as a centred line break.
QString dotQuoted(const QString& text);

} // namespace gmd
