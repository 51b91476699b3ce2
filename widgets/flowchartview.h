// SPDX-License-Identifier: MIT
#pragma once

#include "flowlayout.h"
#include "report/diagnosisflow.h"

#include <QFutureWatcher>
#include <QScrollArea>
#include <QWidget>

class QLabel;
class QToolButton;

namespace gmd {

class FlowchartCanvas;

/// The "Diagnosis Path" page: the flowchart of the path the last diagnosis took
/// (buildDiagnosisFlow), laid out by Graphviz off the GUI thread and drawn with the palette's
/// colours (dark themes too): decisions as diamonds with the answer taken in bold and the other
/// one dashed, each check category as a step coloured by its worst outcome, findings beside
/// their step, and the conclusion linked to the top-ranked finding. Clicking a finding shows it
/// on the Findings page; zoom with the buttons or Ctrl+wheel; File-like export to SVG or DOT.
class FlowchartView : public QWidget
{
    Q_OBJECT
public:
    explicit FlowchartView(QWidget* parent = nullptr);
    ~FlowchartView() override;

    /// Shows `flow` (laid out off the GUI thread; laidOut() follows).
    void setFlow(const DiagnosisFlow& flow);
    /// Shows a message instead of a chart ("Diagnosing…").
    void setMessage(const QString& text);

    const DiagnosisFlow& flow() const { return m_flow; }
    const FlowGeometry& geometry() const { return m_geometry; }
    bool isLaidOut() const { return m_laidOut; }
    QByteArray dot() const { return diagnosisFlowToDot(m_flow); }
    /// The status line under the toolbar (layout errors, the legend).
    QString statusText() const;

    /// The node under a point of the canvas (widget coordinates of canvas()), or "".
    QString nodeAt(const QPoint& canvasPos) const;
    /// Where node `id` is drawn, in canvas coordinates (empty when unknown).
    QRectF nodeRect(const QString& id) const;
    QWidget* canvas() const;
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    /// Zoom so that the chart's width fits the view.
    void fitToWidth();

    /// Asks for a file name and writes the chart as SVG (Graphviz) or DOT.
    void exportChart();
    /// Writes the chart to `path` as SVG (".svg") or DOT (anything else); false with a message on failure.
    bool writeChart(const QString& path, QString* error) const;

Q_SIGNALS:
    /// A finding node was clicked: `index` in DiagnosisResult::findings.
    void findingActivated(int index);
    /// The layout of the flow given to setFlow() is ready (or failed: see statusText()).
    void laidOut();

private:
    friend class FlowchartCanvas;
    void onLayoutDone();

    DiagnosisFlow m_flow;
    FlowGeometry m_geometry;
    bool m_laidOut = false;
    double m_zoom = 1.0;
    quint64 m_generation = 0;

    QScrollArea* m_scroll = nullptr;
    FlowchartCanvas* m_canvas = nullptr;
    QLabel* m_status = nullptr;
    QFutureWatcher<FlowGeometry>* m_watcher = nullptr;
    quint64 m_watcherGeneration = 0;
};

} // namespace gmd
