// SPDX-License-Identifier: MIT
// The diagnosis flowchart model on real diagnoses of temporary projects (the real go, or a go
// that is missing): each decision takes the branch the facts say and shows the other one as not
// taken, every check category that ran is a step with its findings beside it (capped, then
// "+N more"), the conclusion names the top-ranked finding and the root-cause edge starts at its
// node; secrets never reach a label, a tooltip or the DOT text.
#include "checks/engine.h"
#include "checks/factscollector.h"
#include "checks/registry.h"
#include "report/diagnosisflow.h"
#include "testutil/testutil.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Diagnosis
{
    gmd::Facts facts;
    gmd::DiagnosisResult result;
};

Diagnosis diagnose(const QString& project, const QString& home, const QString& go,
    const QMap<QString, QString>& extraEnv = {})
{
    QProcessEnvironment env;
    env.insert(u"PATH"_s, u"/usr/bin:/bin"_s);
    env.insert(u"HOME"_s, home);
    env.insert(u"GOENV"_s, home + u"/goenv"_s);
    env.insert(u"GOTOOLCHAIN"_s, u"local"_s);
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    gmd::CollectOptions co;
    co.projectDir = project;
    co.environment = env;
    co.goCommand = go;
    co.network = false;
    Diagnosis d;
    d.facts = gmd::collectFacts(co);
    d.result = gmd::runChecks(d.facts, gmd::allChecks(), {});
    return d;
}

/// The edge leaving the decision whose label starts with `question`, on the path or not.
const gmd::FlowEdge* decisionEdge(const gmd::DiagnosisFlow& flow, const QString& question, bool taken)
{
    for (const gmd::FlowNode& n : flow.nodes) {
        if (n.shape != gmd::FlowNode::Shape::Decision || !n.label.startsWith(question))
            continue;
        for (const gmd::FlowEdge& e : flow.edges) {
            if (e.from == n.id && e.taken == taken && !e.attachment)
                return &e;
        }
    }
    return nullptr;
}

const gmd::FlowNode* stepFor(const gmd::DiagnosisFlow& flow, const QString& category)
{
    for (const gmd::FlowNode& n : flow.nodes) {
        if (n.shape == gmd::FlowNode::Shape::Step && n.category == category)
            return &n;
    }
    return nullptr;
}

} // namespace

class TestDiagnosisFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decisions_data()
    {
        QTest::addColumn<bool>("goPresent");
        QTest::addColumn<QByteArray>("dockerfile");
        QTest::addColumn<QString>("goAnswer"); // the taken edge's label starts with it
        QTest::addColumn<QString>("dockerAnswer");
        QTest::addRow("go found, no Dockerfile") << true << QByteArray() << u"yes: go"_s << u"no"_s;
        QTest::addRow("go missing, no Dockerfile") << false << QByteArray() << u"no: "_s << u"no"_s;
        QTest::addRow("go found, Dockerfile")
            << true << QByteArray("FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go mod download\n") << u"yes: go"_s
            << u"yes: Dockerfile"_s;
    }

    void decisions()
    {
        QFETCH(bool, goPresent);
        QFETCH(QByteArray, dockerfile);
        QFETCH(QString, goAnswer);
        QFETCH(QString, dockerAnswer);
        if (goPresent && gmdtest::goExecutable().isEmpty())
            QSKIP("no go command");
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString project = tmp.filePath(u"project"_s);
        QVERIFY(gmdtest::writeFile(project + u"/go.mod"_s, "module example.com/app\n\ngo 1.16\n"));
        if (!dockerfile.isEmpty())
            QVERIFY(gmdtest::writeFile(project + u"/Dockerfile"_s, dockerfile));
        QDir().mkpath(tmp.filePath(u"home"_s));
        const Diagnosis d = diagnose(project, tmp.filePath(u"home"_s),
            goPresent ? gmdtest::goExecutable() : tmp.filePath(u"no-such-go"_s));
        const gmd::DiagnosisFlow flow = gmd::buildDiagnosisFlow(d.facts, d.result);

        QCOMPARE(flow.nodes.first().shape, gmd::FlowNode::Shape::Start);
        QVERIFY(flow.nodes.first().label.contains(u"project"_s));
        const gmd::FlowEdge* go = decisionEdge(flow, u"go command"_s, true);
        QVERIFY(go);
        QVERIFY2(go->label.startsWith(goAnswer), qPrintable(go->label));
        QVERIFY(decisionEdge(flow, u"go command"_s, false)); // the alternative is drawn, not taken
        const gmd::FlowNode* goStep = stepFor(flow, u"Go command"_s);
        QVERIFY(goStep);
        QCOMPARE(goStep->state == gmd::FlowNode::State::Problem, !goPresent);

        const gmd::FlowEdge* net = decisionEdge(flow, u"network probes"_s, true);
        QVERIFY(net);
        QVERIFY2(net->label.startsWith(u"no"_s), qPrintable(net->label)); // network=false
        QVERIFY(!stepFor(flow, u"Network"_s));

        const gmd::FlowEdge* docker = decisionEdge(flow, u"Dockerfiles"_s, true);
        QVERIFY(docker);
        QVERIFY2(docker->label.startsWith(dockerAnswer), qPrintable(docker->label));
        QCOMPARE(stepFor(flow, u"Dockerfile"_s) != nullptr, !dockerfile.isEmpty());

        // The conclusion and the root-cause edge from the top finding.
        const gmd::FlowNode& end = flow.nodes.last();
        QCOMPARE(end.shape, gmd::FlowNode::Shape::End);
        if (d.result.findings.isEmpty()) {
            QCOMPARE(end.label, u"No problem found"_s);
        } else {
            QVERIFY2(end.label.contains(d.result.findings.first().id), qPrintable(end.label));
            QCOMPARE(end.findingIndex, 0);
            bool rootEdge = false;
            for (const gmd::FlowEdge& e : flow.edges) {
                if (!e.rootCause)
                    continue;
                rootEdge = true;
                QCOMPARE(e.to, end.id);
                QCOMPARE(flow.node(e.from)->findingIndex, 0);
            }
            QVERIFY(rootEdge);
        }
        if (!goPresent)
            QCOMPARE(d.result.findings.first().id, u"GMD001"_s);
        // Every edge joins two nodes of the flow.
        for (const gmd::FlowEdge& e : flow.edges)
            QVERIFY(flow.node(e.from) && flow.node(e.to));
    }

    /// A step shows at most maxFindingsPerStep findings, then one "+N more" node.
    void findingsCapped()
    {
        QTemporaryDir tmp;
        const QString project = tmp.filePath(u"project"_s);
        QVERIFY(gmdtest::writeFile(project + u"/go.mod"_s, "module example.com/app\n\ngo 1.16\n"));
        QVERIFY(gmdtest::writeFile(project + u"/Dockerfile"_s,
            "FROM golang:1.22\nENV GOPROXY=off GOSUMDB=off GOFLAGS=-insecure\nCOPY . .\nRUN go mod download\n"
            "RUN go build ./...\n"));
        QDir().mkpath(tmp.filePath(u"home"_s));
        const Diagnosis d = diagnose(project, tmp.filePath(u"home"_s), tmp.filePath(u"no-such-go"_s));
        QMap<QString, int> perCategory;
        for (const gmd::Finding& f : d.result.findings)
            ++perCategory[f.category];
        QString busy;
        for (auto it = perCategory.cbegin(); it != perCategory.cend(); ++it) {
            if (it.value() > 1)
                busy = it.key();
        }
        QVERIFY2(!busy.isEmpty(), "no category with two findings");
        const gmd::DiagnosisFlow flow = gmd::buildDiagnosisFlow(d.facts, d.result, 1);
        const gmd::FlowNode* step = stepFor(flow, busy);
        QVERIFY(step);
        QStringList attached;
        for (const gmd::FlowEdge& e : flow.edges) {
            if (e.attachment && e.from == step->id)
                attached << flow.node(e.to)->label;
        }
        QCOMPARE(attached.size(), 2);
        QCOMPARE(attached.last(), u"+%1 more"_s.arg(perCategory.value(busy) - 1));
    }

    void secretsMasked()
    {
        if (gmdtest::goExecutable().isEmpty())
            QSKIP("no go command");
        QTemporaryDir tmp;
        const QString project = tmp.filePath(u"project"_s);
        QVERIFY(gmdtest::writeFile(project + u"/go.mod"_s, "module example.com/app\n\ngo 1.16\n"));
        QDir().mkpath(tmp.filePath(u"home"_s));
        const Diagnosis d = diagnose(project, tmp.filePath(u"home"_s), gmdtest::goExecutable(),
            { { u"GOPROXY"_s, u"https://bot:s3cr3tpass@proxy.example;direct"_s } });
        QVERIFY(!d.result.findings.isEmpty());
        const gmd::DiagnosisFlow flow = gmd::buildDiagnosisFlow(d.facts, d.result);
        for (const gmd::FlowNode& n : flow.nodes) {
            QVERIFY2(!n.label.contains(u"s3cr3tpass"_s), qPrintable(n.label));
            QVERIFY2(!n.tooltip.contains(u"s3cr3tpass"_s), qPrintable(n.tooltip));
        }
        QVERIFY(!gmd::diagnosisFlowToDot(flow).contains("s3cr3tpass"));
    }

    void dotQuoting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quoted");
        QTest::addRow("plain") << u"Environment"_s << u"\"Environment\""_s;
        QTest::addRow("quote and backslash") << u"say \"a\\b\""_s << u"\"say \\\"a\\\\b\\\"\""_s;
        QTest::addRow("line break, CR dropped") << u"a\r\nb"_s << u"\"a\\nb\""_s;
    }
    void dotQuoting()
    {
        QFETCH(QString, text);
        QFETCH(QString, quoted);
        QCOMPARE(gmd::dotQuoted(text), quoted);
    }

    void dotHasEveryNodeAndEdge()
    {
        QTemporaryDir tmp;
        const QString project = tmp.filePath(u"project"_s);
        QVERIFY(gmdtest::writeFile(project + u"/go.mod"_s, "module example.com/app\n\ngo 1.16\n"));
        QDir().mkpath(tmp.filePath(u"home"_s));
        const Diagnosis d = diagnose(project, tmp.filePath(u"home"_s), tmp.filePath(u"no-such-go"_s));
        const gmd::DiagnosisFlow flow = gmd::buildDiagnosisFlow(d.facts, d.result);
        const QString dot = QString::fromUtf8(gmd::diagnosisFlowToDot(flow));
        QVERIFY(dot.startsWith(u"digraph diagnosis {"_s));
        for (const gmd::FlowNode& n : flow.nodes)
            QVERIFY2(dot.contains(u"  %1 [label="_s.arg(n.id)), qPrintable(n.id));
        for (const gmd::FlowEdge& e : flow.edges)
            QVERIFY2(dot.contains(u"  %1 -> %2"_s.arg(e.from, e.to)), qPrintable(e.from + e.to));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisFlow)
#include "tst_diagnosisflow.moc"
