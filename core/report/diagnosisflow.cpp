// SPDX-License-Identifier: MIT
// The diagnosis flowchart: the path a diagnosis actually took, as a graph. The engine runs every
// check in registry order; the path is that order grouped by check category, with three
// decisions that change what can be known (is go there and answering, did the network probes
// run, are there Dockerfiles), each drawn with the answer the facts gave and the alternative
// greyed out. Every category that ran is a step coloured by its worst outcome, its findings
// hang beside it, and the conclusion points at the top-ranked finding (the engine's root-cause
// order). Pure data: the widgets lay it out with Graphviz and draw it.
#include "report/diagnosisflow.h"

#include "common/secrets.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>

using namespace Qt::Literals::StringLiterals;

namespace gmd {
namespace {

const QStringList& goCategories()
{
    static const QStringList c { u"Go command"_s };
    return c;
}

const QStringList& networkCategories()
{
    static const QStringList c { u"Network"_s };
    return c;
}

const QStringList& dockerCategories()
{
    static const QStringList c { u"Dockerfile"_s, u"Build context"_s, u"BuildKit build checks"_s };
    return c;
}

FlowNode::State stateOf(Severity s)
{
    switch (s) {
    case Severity::Error:
        return FlowNode::State::Problem;
    case Severity::Warning:
        return FlowNode::State::Warning;
    case Severity::Info:
        break;
    }
    return FlowNode::State::Info;
}

/// Worse of two states (Problem > Warning > Info > Ok > Skipped).
FlowNode::State worse(FlowNode::State a, FlowNode::State b)
{
    auto rank = [](FlowNode::State s) {
        switch (s) {
        case FlowNode::State::Skipped:
            return 0;
        case FlowNode::State::Ok:
            return 1;
        case FlowNode::State::Info:
            return 2;
        case FlowNode::State::Warning:
            return 3;
        case FlowNode::State::Problem:
            return 4;
        }
        return 0;
    };
    return rank(a) >= rank(b) ? a : b;
}

QString elide(const QString& text, int max)
{
    return text.size() <= max ? text : text.left(max - 1).trimmed() + u'…';
}

class FlowBuilder
{
public:
    FlowBuilder(const Facts& facts, const DiagnosisResult& result, int maxFindings)
        : m_facts(facts)
        , m_result(result)
        , m_maxFindings(qMax(1, maxFindings))
    {
        for (const CheckOutcome& c : result.checks) {
            if (!m_categories.contains(c.info.category))
                m_categories << c.info.category;
        }
    }

    DiagnosisFlow build()
    {
        const QString name = QFileInfo(m_facts.project.dir).fileName();
        QString current = add(FlowNode::Shape::Start, FlowNode::State::Info,
            u"Diagnose %1"_s.arg(name.isEmpty() ? m_facts.project.dir : name),
            maskSecrets(QDir::toNativeSeparators(m_facts.project.dir)));

        // Decision 1: the go command (GMD001/GMD002); without it the doctor resolves alone.
        const bool goOk = m_facts.go.found && !m_facts.go.hung;
        current = decision(current, u"go command found\nand answering?"_s, goOk,
            goOk ? u"yes: go %1"_s.arg(m_facts.go.version) : u"no: %1"_s.arg(elide(maskSecrets(m_facts.go.problem), 40)),
            goOk ? u"no"_s : u"yes"_s,
            goOk ? u"go missing or hung:\ngo env not compared"_s : u"go env -json compared\nwith the doctor"_s);
        current = steps(current, goCategories());

        // Configuration: every category that is neither network nor Docker, in registry order.
        QStringList config;
        for (const QString& c : m_categories) {
            if (!goCategories().contains(c) && !networkCategories().contains(c) && !dockerCategories().contains(c))
                config << c;
        }
        current = steps(current, config);

        // Decision 2: the network probes.
        const bool probed = m_facts.networkAllowed && !m_facts.probeRuns.isEmpty();
        QString why = u"skipped"_s;
        for (const QString& n : m_facts.notes) {
            if (n.contains(u"probe"_s, Qt::CaseInsensitive))
                why = elide(maskSecrets(n), 48);
        }
        current = decision(current, u"network probes\nrun?"_s, probed,
            probed ? u"yes: %1 probe run(s)"_s.arg(m_facts.probeRuns.size()) : u"no: "_s + why,
            probed ? u"no"_s : u"yes"_s, probed ? u"configuration only"_s : u"probe GOPROXY, sumdb\nand private hosts"_s);
        if (probed)
            current = steps(current, networkCategories());

        // Decision 3: Dockerfiles.
        const bool docker = !m_facts.dockerfiles.isEmpty();
        current = decision(current, u"Dockerfiles?"_s, docker,
            docker ? u"yes: %1"_s.arg(m_facts.dockerfiles.size() == 1
                                         ? QFileInfo(m_facts.dockerfiles.first().path).fileName()
                                         : u"%1 files"_s.arg(m_facts.dockerfiles.size()))
                   : u"no"_s,
            docker ? u"no"_s : u"yes"_s, docker ? u"host only"_s : u"stages, ENV/ARG,\nbuild context"_s);
        if (docker)
            current = steps(current, dockerCategories());

        // The conclusion.
        if (m_result.findings.isEmpty()) {
            const QString end = add(FlowNode::Shape::End, FlowNode::State::Ok,
                m_result.cancelled ? u"Cancelled"_s : u"No problem found"_s, {});
            pathLink(current, end);
        } else {
            const Finding& top = m_result.findings.first();
            const QString end = add(FlowNode::Shape::End, stateOf(top.severity),
                u"Most likely root cause:\n%1 %2"_s.arg(top.id, elide(maskSecrets(top.title), 44)),
                maskSecrets(top.message));
            m_flow.nodes.last().findingIndex = 0;
            pathLink(current, end);
            if (m_findingNode.contains(0)) {
                FlowEdge e;
                e.from = m_findingNode.value(0);
                e.to = end;
                e.rootCause = true;
                m_flow.edges << e;
            }
        }
        return m_flow;
    }

private:
    QString add(FlowNode::Shape shape, FlowNode::State state, const QString& label, const QString& tooltip)
    {
        FlowNode n;
        n.id = u"n%1"_s.arg(m_flow.nodes.size());
        n.shape = shape;
        n.state = state;
        n.label = label;
        n.tooltip = tooltip;
        m_flow.nodes << n;
        return n.id;
    }

    void link(const QString& from, const QString& to, const QString& label = {}, bool taken = true)
    {
        FlowEdge e;
        e.from = from;
        e.to = to;
        e.label = label;
        e.taken = taken;
        m_flow.edges << e;
    }

    /// The next edge of the path; the first one after a decision carries its answer.
    void pathLink(const QString& from, const QString& to)
    {
        link(from, to, m_pendingLabel);
        m_pendingLabel.clear();
    }

    /// A decision node after `from`; returns it (the path continues from it). The alternative
    /// answer points at a greyed node that is not on the path.
    QString decision(const QString& from, const QString& question, bool answer, const QString& takenLabel,
        const QString& otherLabel, const QString& otherText)
    {
        const QString d = add(FlowNode::Shape::Decision, answer ? FlowNode::State::Ok : FlowNode::State::Warning,
            question, takenLabel);
        pathLink(from, d);
        const QString alt = add(FlowNode::Shape::Step, FlowNode::State::Skipped, otherText, {});
        m_flow.nodes.last().onPath = false;
        link(d, alt, otherLabel, false);
        m_pendingLabel = takenLabel;
        return d;
    }

    struct CategorySummary
    {
        QString category;
        FlowNode::State state = FlowNode::State::Ok;
        QString summary; ///< "4 checks passed", "1 failed, 2 warned, 3 passed"
        QStringList lines; ///< one per check: id, status, title
        bool hasFindings = false;
    };

    CategorySummary summarize(const QString& category) const
    {
        CategorySummary c;
        c.category = category;
        int total = 0;
        int skipped = 0;
        int failed = 0;
        int warned = 0;
        for (const CheckOutcome& o : m_result.checks) {
            if (o.info.category != category)
                continue;
            ++total;
            switch (o.status) {
            case CheckStatus::Skip:
                ++skipped;
                break;
            case CheckStatus::Fail:
            case CheckStatus::Error:
                ++failed;
                c.state = worse(c.state, FlowNode::State::Problem);
                break;
            case CheckStatus::Warn:
                ++warned;
                c.state = worse(c.state, FlowNode::State::Warning);
                break;
            case CheckStatus::Pass:
                break;
            }
            c.lines << u"%1 %2: %3"_s.arg(o.info.id, checkStatusKey(o.status), maskSecrets(o.info.title));
        }
        for (const Finding& f : m_result.findings)
            c.hasFindings = c.hasFindings || f.category == category;
        if (total > 0 && skipped == total) {
            c.state = FlowNode::State::Skipped;
            c.summary = total == 1 ? u"1 check skipped"_s : u"%1 checks skipped"_s.arg(total);
            return c;
        }
        const int passed = total - skipped - failed - warned;
        if (failed == 0 && warned == 0) {
            c.summary = passed == 1 ? u"1 check passed"_s : u"%1 checks passed"_s.arg(passed);
            return c;
        }
        QStringList parts;
        if (failed > 0)
            parts << u"%1 failed"_s.arg(failed);
        if (warned > 0)
            parts << u"%1 warned"_s.arg(warned);
        if (passed > 0)
            parts << u"%1 passed"_s.arg(passed);
        if (skipped > 0)
            parts << u"%1 skipped"_s.arg(skipped);
        c.summary = parts.join(u", "_s);
        return c;
    }

    /// One step node per category in `categories` that has checks, chained after `from`.
    /// Consecutive categories that passed without a finding share one node, so the chart
    /// stays readable; the tooltip still lists every check.
    QString steps(QString from, const QStringList& categories)
    {
        QList<CategorySummary> passed;
        auto flushPassed = [&] {
            if (passed.isEmpty())
                return;
            if (passed.size() == 1) {
                from = stepNode(from, passed.first());
                passed.clear();
                return;
            }
            QStringList names;
            QStringList lines;
            QStringList rows;
            for (const CategorySummary& c : passed) {
                names << c.category;
                lines += c.lines;
            }
            for (qsizetype i = 0; i < names.size(); i += 2)
                rows << names.mid(i, 2).join(u" · "_s);
            const QString step = add(FlowNode::Shape::Step, FlowNode::State::Ok,
                u"All checks passed\n"_s + rows.join(u'\n'), lines.join(u'\n'));
            m_flow.nodes.last().category = names.join(u", "_s);
            pathLink(from, step);
            from = step;
            passed.clear();
        };
        for (const QString& category : categories) {
            if (!m_categories.contains(category))
                continue;
            const CategorySummary c = summarize(category);
            if (c.state == FlowNode::State::Ok && !c.hasFindings) {
                passed << c;
                continue;
            }
            flushPassed();
            from = stepNode(from, c);
        }
        flushPassed();
        return from;
    }

    QString stepNode(const QString& from, const CategorySummary& c)
    {
        const QString step =
            add(FlowNode::Shape::Step, c.state, c.category + u'\n' + c.summary, c.lines.join(u'\n'));
        m_flow.nodes.last().category = c.category;
        pathLink(from, step);
        attachFindings(step, c.category);
        return step;
    }

    void attachFindings(const QString& step, const QString& category)
    {
        int shown = 0;
        int more = 0;
        for (int i = 0; i < m_result.findings.size(); ++i) {
            const Finding& f = m_result.findings.at(i);
            if (f.category != category)
                continue;
            if (shown >= m_maxFindings) {
                ++more;
                continue;
            }
            ++shown;
            QString subject = maskSecrets(f.subject);
            const QString label = u"%1 %2\n%3"_s.arg(f.id, elide(subject, 28), elide(maskSecrets(f.title), 34));
            const QString id = add(FlowNode::Shape::Finding, stateOf(f.severity), label, maskSecrets(f.message));
            m_flow.nodes.last().findingIndex = i;
            m_flow.nodes.last().category = category;
            m_findingNode.insert(i, id);
            FlowEdge e;
            e.from = step;
            e.to = id;
            e.attachment = true;
            m_flow.edges << e;
        }
        if (more > 0) {
            const QString id = add(FlowNode::Shape::Finding, FlowNode::State::Info, u"+%1 more"_s.arg(more),
                u"See the Findings page for every finding of %1."_s.arg(category));
            m_flow.nodes.last().category = category;
            FlowEdge e;
            e.from = step;
            e.to = id;
            e.attachment = true;
            m_flow.edges << e;
        }
    }

    const Facts& m_facts;
    const DiagnosisResult& m_result;
    const int m_maxFindings;
    QStringList m_categories; ///< in registry order
    QMap<int, QString> m_findingNode; ///< finding index -> node id
    QString m_pendingLabel; ///< the answer label for the first edge after a decision
    DiagnosisFlow m_flow;
};

QString fillColor(const FlowNode& n)
{
    switch (n.state) {
    case FlowNode::State::Ok:
        return u"#dff0d8"_s;
    case FlowNode::State::Info:
        return u"#e8eef7"_s;
    case FlowNode::State::Warning:
        return u"#fcf0cf"_s;
    case FlowNode::State::Problem:
        return u"#f6d5d5"_s;
    case FlowNode::State::Skipped:
        return u"#f0f0f0"_s;
    }
    return u"#ffffff"_s;
}

QString shapeOf(const FlowNode& n)
{
    switch (n.shape) {
    case FlowNode::Shape::Start:
    case FlowNode::Shape::End:
        return u"oval"_s;
    case FlowNode::Shape::Decision:
        return u"diamond"_s;
    case FlowNode::Shape::Step:
    case FlowNode::Shape::Finding:
        break;
    }
    return u"box"_s;
}

} // namespace

const FlowNode* DiagnosisFlow::node(const QString& id) const
{
    for (const FlowNode& n : nodes) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

DiagnosisFlow buildDiagnosisFlow(const Facts& facts, const DiagnosisResult& result, int maxFindingsPerStep)
{
    return FlowBuilder(facts, result, maxFindingsPerStep).build();
}

QString dotQuoted(const QString& text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        if (c == u'\n') {
            out += u"\\n"_s;
            continue;
        }
        if (c == u'\r')
            continue;
        out += c;
    }
    out += u'"';
    return out;
}

QByteArray diagnosisFlowToDot(const DiagnosisFlow& flow)
{
    QString dot = u"digraph diagnosis {\n"
                  "  graph [rankdir=TB, nodesep=0.25, ranksep=0.3, fontname=\"sans-serif\", bgcolor=\"white\"];\n"
                  "  node [fontname=\"sans-serif\", fontsize=10, style=\"filled\", color=\"#6b6b6b\", margin=\"0.12,0.06\"];\n"
                  "  edge [fontname=\"sans-serif\", fontsize=9, color=\"#4a4a4a\"];\n"_s;
    for (const FlowNode& n : flow.nodes) {
        QString style = n.shape == FlowNode::Shape::Step || n.shape == FlowNode::Shape::Finding
            ? u"filled,rounded"_s
            : u"filled"_s;
        if (!n.onPath)
            style += u",dashed"_s;
        dot += u"  %1 [label=%2, shape=%3, style=\"%4\", fillcolor=\"%5\"%6%7];\n"_s.arg(n.id, dotQuoted(n.label),
            shapeOf(n), style, fillColor(n),
            n.tooltip.isEmpty() ? QString() : u", tooltip=%1"_s.arg(dotQuoted(n.tooltip)),
            n.onPath ? QString() : u", fontcolor=\"#8a8a8a\""_s);
    }
    QMap<QString, QStringList> beside; // step -> its findings, on the step's rank
    for (const FlowEdge& e : flow.edges) {
        QStringList attrs;
        if (!e.label.isEmpty())
            attrs << u"label=%1"_s.arg(dotQuoted(e.label));
        if (!e.taken)
            attrs << u"style=dashed"_s << u"color=\"#9a9a9a\""_s << u"fontcolor=\"#8a8a8a\""_s;
        if (e.rootCause)
            attrs << u"penwidth=2.2"_s << u"color=\"#b32020\""_s << u"constraint=false"_s;
        if (e.attachment) {
            attrs << u"arrowhead=none"_s << u"style=dotted"_s;
            beside[e.from] << e.to;
        } else if (!e.rootCause) {
            attrs << u"penwidth=1.6"_s;
        }
        dot += u"  %1 -> %2%3;\n"_s.arg(e.from, e.to, attrs.isEmpty() ? QString() : u" ["_s + attrs.join(u", "_s) + u']');
    }
    for (auto it = beside.cbegin(); it != beside.cend(); ++it)
        dot += u"  { rank=same; %1; %2; }\n"_s.arg(it.key(), it.value().join(u"; "_s));
    dot += u"}\n"_s;
    return dot.toUtf8();
}

} // namespace gmd
