// SPDX-License-Identifier: MIT
// The diagnosis path page: Graphviz (the real library) lays out the flow of a real diagnosis,
// every node and edge comes back placed inside the graph; the plain-format reader handles
// quoted names and edges with and without labels; bad DOT is an error, not a crash; the view
// lays out off the GUI thread, a click on a finding node reports its index, the SVG export is
// an SVG; the page is grabbed to flowchart.png for a look.
#include "checks/engine.h"
#include "checks/factscollector.h"
#include "checks/registry.h"
#include "flowchartview.h"
#include "flowlayout.h"
#include "report/diagnosisflow.h"
#include "testutil/testutil.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    gmd::Facts facts;
    gmd::DiagnosisResult result;
};

/// A project with a Dockerfile whose findings give the chart something to show; go missing.
Run diagnoseSample(const QTemporaryDir& tmp)
{
    const QString project = tmp.filePath(u"project"_s);
    gmdtest::writeFile(project + u"/go.mod"_s, "module example.com/app\n\ngo 1.16\n");
    gmdtest::writeFile(project + u"/Dockerfile"_s,
        "FROM golang:1.22\nENV GOPROXY=off\nCOPY . .\nRUN go mod download\nRUN go build ./...\n");
    QDir().mkpath(tmp.filePath(u"home"_s));
    QProcessEnvironment env;
    env.insert(u"PATH"_s, u"/usr/bin:/bin"_s);
    env.insert(u"HOME"_s, tmp.filePath(u"home"_s));
    env.insert(u"GOENV"_s, tmp.filePath(u"home/goenv"_s));
    gmd::CollectOptions co;
    co.projectDir = project;
    co.environment = env;
    co.goCommand = tmp.filePath(u"no-such-go"_s);
    co.network = false;
    Run r;
    r.facts = gmd::collectFacts(co);
    r.result = gmd::runChecks(r.facts, gmd::allChecks(), {});
    return r;
}

} // namespace

class TestFlowchartView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void layoutPlacesEverything()
    {
        QTemporaryDir tmp;
        const Run r = diagnoseSample(tmp);
        const gmd::DiagnosisFlow flow = gmd::buildDiagnosisFlow(r.facts, r.result);
        const gmd::FlowGeometry g = gmd::layoutDot(gmd::diagnosisFlowToDot(flow));
        QVERIFY2(g.ok(), qPrintable(g.error));
        QCOMPARE(g.nodes.size(), flow.nodes.size());
        QCOMPARE(g.edges.size(), flow.edges.size());
        const QRectF bounds(QPointF(0, 0), g.size);
        for (const gmd::PlacedNode& n : g.nodes) {
            QVERIFY2(flow.node(n.id), qPrintable(n.id));
            QVERIFY2(bounds.adjusted(-1, -1, 1, 1).contains(n.rect), qPrintable(n.id));
            QVERIFY(n.rect.width() > 10 && n.rect.height() > 10);
        }
        for (const gmd::PlacedEdge& e : g.edges)
            QVERIFY2(e.spline.size() >= 4 && (e.spline.size() - 1) % 3 == 0, qPrintable(e.from + e.to));
        // Top to bottom: the start is above the conclusion.
        QVERIFY(g.node(flow.nodes.first().id)->rect.top() < g.node(flow.nodes.last().id)->rect.top());
    }

    void plainFormat_data()
    {
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("edges");
        QTest::addColumn<bool>("labelled");
        QTest::addRow("edge with label")
            << QByteArray("graph 1 2 3\nnode a 1 2.5 0.75 0.5 \"A\" solid box black lightgrey\n"
                          "node b 1 0.5 0.75 0.5 B solid box black lightgrey\n"
                          "edge a b 4 1 2.2 1 2 1 1.5 1 0.8 \"yes\" 1.2 1.5 solid black\nstop\n")
            << 2 << 1 << true;
        QTest::addRow("edge without label, quoted name with a blank")
            << QByteArray("graph 1 2 3\nnode \"a b\" 1 2.5 0.75 0.5 \"A\\\"x\" solid box black lightgrey\n"
                          "node c 1 0.5 0.75 0.5 C solid box black lightgrey\n"
                          "edge \"a b\" c 4 1 2.2 1 2 1 1.5 1 0.8 solid black\nstop\n")
            << 2 << 1 << false;
        QTest::addRow("empty") << QByteArray() << 0 << 0 << false;
    }
    void plainFormat()
    {
        QFETCH(QByteArray, plain);
        QFETCH(int, nodes);
        QFETCH(int, edges);
        QFETCH(bool, labelled);
        const gmd::FlowGeometry g = gmd::parsePlainLayout(plain);
        QCOMPARE(g.nodes.size(), nodes);
        QCOMPARE(g.edges.size(), edges);
        QCOMPARE(g.ok(), !plain.isEmpty());
        if (edges > 0) {
            QCOMPARE(g.edges.first().labelPos.has_value(), labelled);
            QCOMPARE(g.nodes.first().rect.center(), QPointF(72, 36)); // y flipped: (3 - 2.5) inches
            QCOMPARE(g.edges.first().spline.size(), 4);
        }
        if (nodes == 2)
            QVERIFY(g.nodes.first().id == u"a"_s || g.nodes.first().id == u"a b"_s);
    }

    void badDotIsAnError()
    {
        const gmd::FlowGeometry g = gmd::layoutDot("digraph { a -> ");
        QVERIFY(!g.ok());
        QVERIFY2(g.error.contains(u"Graphviz"_s), qPrintable(g.error));
        QString error;
        QVERIFY(gmd::renderDot("not dot at all {", "svg", &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void viewClicksAndExports()
    {
        QTemporaryDir tmp;
        const Run r = diagnoseSample(tmp);
        const gmd::DiagnosisFlow flow = gmd::buildDiagnosisFlow(r.facts, r.result);
        gmd::FlowchartView view;
        view.resize(1100, 800);
        view.show();
        QSignalSpy laidOut(&view, &gmd::FlowchartView::laidOut);
        view.setFlow(flow);
        QTRY_VERIFY_WITH_TIMEOUT(view.isLaidOut(), 20000);
        QVERIFY2(view.geometry().ok(), qPrintable(view.statusText()));
        QCOMPARE(laidOut.count(), 1);

        // The top finding's node, clicked, reports index 0.
        QString topNode;
        for (const gmd::FlowNode& n : flow.nodes) {
            if (n.shape == gmd::FlowNode::Shape::Finding && n.findingIndex == 0)
                topNode = n.id;
        }
        QVERIFY(!topNode.isEmpty());
        const QRectF where = view.nodeRect(topNode);
        QVERIFY(!where.isEmpty());
        QCOMPARE(view.nodeAt(where.center().toPoint()), topNode);
        QSignalSpy activated(&view, &gmd::FlowchartView::findingActivated);
        QTest::mouseClick(view.canvas(), Qt::LeftButton, {}, where.center().toPoint());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toInt(), 0);
        // A step is not a finding: no signal.
        for (const gmd::FlowNode& n : flow.nodes) {
            if (n.shape == gmd::FlowNode::Shape::Step && n.onPath) {
                QTest::mouseClick(view.canvas(), Qt::LeftButton, {}, view.nodeRect(n.id).center().toPoint());
                break;
            }
        }
        QCOMPARE(activated.count(), 1);

        view.setZoom(2.0);
        QCOMPARE(view.nodeAt(view.nodeRect(topNode).center().toPoint()), topNode);
        view.fitToWidth();

        QString error;
        const QString svg = tmp.filePath(u"path.svg"_s);
        QVERIFY2(view.writeChart(svg, &error), qPrintable(error));
        QVERIFY(gmdtest::readFile(svg).contains("<svg"));
        const QString dot = tmp.filePath(u"path.dot"_s);
        QVERIFY2(view.writeChart(dot, &error), qPrintable(error));
        QCOMPARE(gmdtest::readFile(dot), view.dot());

        view.setZoom(1.0);
        view.grab().save(QDir::current().filePath(u"flowchart.png"_s));
    }

    /// A second flow given while the first is laid out wins; no stale layout is shown.
    void newestFlowWins()
    {
        QTemporaryDir tmp;
        const Run r = diagnoseSample(tmp);
        const gmd::DiagnosisFlow big = gmd::buildDiagnosisFlow(r.facts, r.result);
        gmd::DiagnosisResult none;
        const gmd::DiagnosisFlow small = gmd::buildDiagnosisFlow(r.facts, none);
        gmd::FlowchartView view;
        view.setFlow(big);
        view.setFlow(small);
        QTRY_VERIFY_WITH_TIMEOUT(view.isLaidOut(), 20000);
        QCOMPARE(view.geometry().nodes.size(), small.nodes.size());

        // A message (a new diagnosis started) while a layout runs: the old chart never comes back.
        view.setFlow(big);
        view.setMessage(u"Diagnosing…"_s);
        QTest::qWait(1500);
        QVERIFY(!view.isLaidOut());
        QVERIFY(view.flow().nodes.isEmpty());
        QCOMPARE(view.statusText(), u"Diagnosing…"_s);
    }
};

QTEST_MAIN(TestFlowchartView)
#include "tst_flowchartview.moc"
