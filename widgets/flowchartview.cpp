// SPDX-License-Identifier: MIT
#include "flowchartview.h"

#include "common/secrets.h"
#include "icons.h"

#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSaveFile>
#include <QScrollBar>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

constexpr double kMargin = 12.0;

/// The hue of a state; fills are this colour mixed into the palette's base.
QColor stateColor(FlowNode::State s)
{
    switch (s) {
    case FlowNode::State::Ok:
        return QColor(0x2e, 0x7d, 0x32);
    case FlowNode::State::Info:
        return QColor(0x15, 0x65, 0xc0);
    case FlowNode::State::Warning:
        return QColor(0xe0, 0x9b, 0x00);
    case FlowNode::State::Problem:
        return QColor(0xc6, 0x28, 0x28);
    case FlowNode::State::Skipped:
        break;
    }
    return QColor(0x8a, 0x8a, 0x8a);
}

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
        float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

/// Draws the laid-out flow; coordinates are Graphviz points times the zoom, plus a margin.
class FlowchartCanvas : public QWidget
{
public:
    explicit FlowchartCanvas(FlowchartView* view)
        : QWidget(view)
        , m_view(view)
    {
        setMouseTracking(true);
        setAttribute(Qt::WA_OpaquePaintEvent, false);
    }

    QPointF toCanvas(const QPointF& p) const { return QPointF(kMargin + p.x() * m_view->m_zoom, kMargin + p.y() * m_view->m_zoom); }
    QRectF toCanvas(const QRectF& r) const { return QRectF(toCanvas(r.topLeft()), toCanvas(r.bottomRight())); }

    void updateSize()
    {
        const QSizeF s = m_view->m_geometry.size * m_view->m_zoom;
        resize(int(std::ceil(s.width() + 2 * kMargin)), int(std::ceil(s.height() + 2 * kMargin)));
        update();
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.fillRect(rect(), palette().base());
        if (!m_view->m_laidOut || !m_view->m_geometry.ok())
            return;
        const FlowGeometry& g = m_view->m_geometry;
        const DiagnosisFlow& flow = m_view->m_flow;
        for (const FlowEdge& e : flow.edges) {
            for (const PlacedEdge& pe : g.edges) {
                if (pe.from == e.from && pe.to == e.to)
                    drawEdge(p, e, pe);
            }
        }
        for (const PlacedNode& pn : g.nodes) {
            if (const FlowNode* n = flow.node(pn.id))
                drawNode(p, *n, toCanvas(pn.rect));
        }
    }

    bool event(QEvent* e) override
    {
        if (e->type() == QEvent::ToolTip) {
            auto* help = static_cast<QHelpEvent*>(e);
            const FlowNode* n = m_view->m_flow.node(m_view->nodeAt(help->pos()));
            if (n && !n->tooltip.isEmpty())
                QToolTip::showText(help->globalPos(), maskSecrets(n->tooltip), this);
            else
                QToolTip::hideText();
            return true;
        }
        return QWidget::event(e);
    }

    void mouseMoveEvent(QMouseEvent* e) override
    {
        const FlowNode* n = m_view->m_flow.node(m_view->nodeAt(e->position().toPoint()));
        setCursor(n && n->findingIndex >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    }

    void mouseReleaseEvent(QMouseEvent* e) override
    {
        if (e->button() != Qt::LeftButton)
            return;
        const FlowNode* n = m_view->m_flow.node(m_view->nodeAt(e->position().toPoint()));
        if (n && n->findingIndex >= 0)
            Q_EMIT m_view->findingActivated(n->findingIndex);
    }

    void wheelEvent(QWheelEvent* e) override
    {
        if (e->modifiers() & Qt::ControlModifier) {
            m_view->setZoom(m_view->m_zoom * (e->angleDelta().y() > 0 ? 1.15 : 1 / 1.15));
            e->accept();
            return;
        }
        QWidget::wheelEvent(e);
    }

private:
    void drawNode(QPainter& p, const FlowNode& n, const QRectF& r)
    {
        const QColor base = palette().color(QPalette::Base);
        const QColor hue = stateColor(n.onPath ? n.state : FlowNode::State::Skipped);
        const bool dark = base.lightnessF() < 0.5;
        QPen border(hue, n.shape == FlowNode::Shape::End ? 2.0 : 1.2);
        if (!n.onPath)
            border.setStyle(Qt::DashLine);
        p.setPen(border);
        p.setBrush(mix(base, hue, n.onPath ? (dark ? 0.35 : 0.16) : 0.05));
        switch (n.shape) {
        case FlowNode::Shape::Start:
        case FlowNode::Shape::End:
            p.drawEllipse(r);
            break;
        case FlowNode::Shape::Decision: {
            const QPolygonF diamond { QPointF(r.center().x(), r.top()), QPointF(r.right(), r.center().y()),
                QPointF(r.center().x(), r.bottom()), QPointF(r.left(), r.center().y()) };
            p.drawPolygon(diamond);
            break;
        }
        case FlowNode::Shape::Step:
        case FlowNode::Shape::Finding:
            p.drawRoundedRect(r, 5, 5);
            break;
        }
        // The text, shrunk to fit the box Graphviz sized with its own font metrics.
        QFont f = font();
        f.setPixelSize(qMax(6, int(std::lround(10 * m_view->m_zoom))));
        if (n.shape == FlowNode::Shape::Step || n.shape == FlowNode::Shape::End)
            f.setBold(true);
        const QStringList lines = n.label.split(u'\n');
        const QRectF inner = n.shape == FlowNode::Shape::Decision ? r.adjusted(r.width() / 5, 0, -r.width() / 5, 0)
                                                                   : r.adjusted(4, 2, -4, -2);
        for (int attempt = 0; attempt < 4; ++attempt) {
            const QFontMetricsF fm(f);
            double widest = 0;
            for (const QString& l : lines)
                widest = qMax(widest, fm.horizontalAdvance(l));
            if (widest <= inner.width() && fm.height() * lines.size() <= inner.height() + 2)
                break;
            f.setPixelSize(qMax(6, f.pixelSize() - 1));
        }
        p.setFont(f);
        p.setPen(n.onPath ? palette().color(QPalette::Text) : palette().color(QPalette::PlaceholderText));
        const QFontMetricsF fm(f);
        double y = r.center().y() - fm.height() * lines.size() / 2;
        for (int i = 0; i < lines.size(); ++i) {
            if (i == 1 && n.shape == FlowNode::Shape::Step) {
                QFont normal = f;
                normal.setBold(false);
                p.setFont(normal);
            }
            const QString text = QFontMetricsF(p.font()).elidedText(lines.at(i), Qt::ElideRight, inner.width() + 8);
            p.drawText(QRectF(r.left(), y, r.width(), fm.height()), Qt::AlignCenter, text);
            y += fm.height();
        }
    }

    void drawEdge(QPainter& p, const FlowEdge& e, const PlacedEdge& pe)
    {
        if (pe.spline.size() < 2)
            return;
        QColor c = palette().color(QPalette::Text);
        c.setAlphaF(e.taken ? 0.75f : 0.35f);
        QPen pen(c, e.taken && !e.attachment ? 1.6 : 1.0);
        if (!e.taken)
            pen.setStyle(Qt::DashLine);
        if (e.attachment)
            pen.setStyle(Qt::DotLine);
        if (e.rootCause) {
            pen = QPen(stateColor(FlowNode::State::Problem), 2.4);
        }
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        QPainterPath path(toCanvas(pe.spline.first()));
        for (qsizetype i = 1; i + 2 < pe.spline.size(); i += 3)
            path.cubicTo(toCanvas(pe.spline.at(i)), toCanvas(pe.spline.at(i + 1)), toCanvas(pe.spline.at(i + 2)));
        p.drawPath(path);
        if (!e.attachment) {
            // Graphviz's spline stops where the arrowhead starts: draw it up to the head node.
            const QPointF tip0 = toCanvas(pe.spline.last());
            const QPointF before = toCanvas(pe.spline.at(pe.spline.size() - 2));
            QPointF dir = tip0 - before;
            const double len = std::hypot(dir.x(), dir.y());
            if (len > 0.01) {
                dir /= len;
                const double size = 8 * m_view->m_zoom;
                const QPointF tip = tip0 + dir * size;
                const QPointF normal(-dir.y(), dir.x());
                const QPolygonF head { tip, tip0 + normal * size * 0.45, tip0 - normal * size * 0.45 };
                p.setPen(Qt::NoPen);
                p.setBrush(pen.color());
                p.drawPolygon(head);
            }
        }
        if (!e.label.isEmpty() && pe.labelPos) {
            QFont f = font();
            f.setPixelSize(qMax(6, int(std::lround(9 * m_view->m_zoom))));
            f.setBold(e.taken);
            p.setFont(f);
            const QFontMetricsF fm(f);
            const QPointF at = toCanvas(*pe.labelPos);
            const QRectF box(at.x() - fm.horizontalAdvance(e.label) / 2 - 2, at.y() - fm.height() / 2,
                fm.horizontalAdvance(e.label) + 4, fm.height());
            QColor bg = palette().color(QPalette::Base);
            bg.setAlphaF(0.85f);
            p.fillRect(box, bg);
            QColor tc = palette().color(QPalette::Text);
            if (!e.taken)
                tc = palette().color(QPalette::PlaceholderText);
            p.setPen(tc);
            p.drawText(box, Qt::AlignCenter, e.label);
        }
    }

    FlowchartView* m_view;
};

FlowchartView::FlowchartView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    auto tool = [this, bar](const QString& text, const QString& tip, auto slot) {
        auto* b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        bar->addWidget(b);
        return b;
    };
    tool(tr("Zoom In"), tr("Zoom in (Ctrl+wheel)"), [this] { setZoom(m_zoom * 1.25); });
    tool(tr("Zoom Out"), tr("Zoom out (Ctrl+wheel)"), [this] { setZoom(m_zoom / 1.25); });
    tool(tr("Fit Width"), tr("Zoom so that the chart fits the width of the view"), [this] { fitToWidth(); });
    tool(tr("Actual Size"), tr("Zoom to 100%"), [this] { setZoom(1.0); });
    tool(tr("Export…"), tr("Save the chart as SVG or Graphviz DOT"), [this] { exportChart(); });
    m_status = new QLabel(this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_status, 1);
    layout->addLayout(bar);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(false);
    m_scroll->setBackgroundRole(QPalette::Base);
    m_canvas = new FlowchartCanvas(this);
    m_scroll->setWidget(m_canvas);
    layout->addWidget(m_scroll, 1);
    m_watcher = new QFutureWatcher<FlowGeometry>(this);
    connect(m_watcher, &QFutureWatcher<FlowGeometry>::finished, this, &FlowchartView::onLayoutDone);
    setMessage(tr("Run a diagnosis to see the path it took."));
}

FlowchartView::~FlowchartView()
{
    m_watcher->waitForFinished(); // a layout is bounded (a few dozen nodes)
}

QWidget* FlowchartView::canvas() const
{
    return m_canvas;
}

void FlowchartView::setMessage(const QString& text)
{
    ++m_generation; // a layout still running is for a flow no longer shown
    m_flow = {};
    m_laidOut = false;
    m_geometry = {};
    m_canvas->updateSize();
    m_status->setText(text);
}

void FlowchartView::setFlow(const DiagnosisFlow& flow)
{
    m_flow = flow;
    m_laidOut = false;
    m_status->setText(tr("Laying out the diagnosis path…"));
    const quint64 generation = ++m_generation;
    if (m_watcher->isRunning())
        return; // onLayoutDone() starts the newest flow when the running layout ends
    m_watcherGeneration = generation;
    const QByteArray dot = diagnosisFlowToDot(flow);
    m_watcher->setFuture(QtConcurrent::run([dot] { return layoutDot(dot); }));
}

void FlowchartView::onLayoutDone()
{
    if (m_watcherGeneration != m_generation) {
        // A newer flow arrived while this one was laid out: lay that one out instead (none
        // when a message replaced the chart meanwhile).
        m_watcherGeneration = m_generation;
        if (m_flow.nodes.isEmpty())
            return;
        const QByteArray dot = diagnosisFlowToDot(m_flow);
        m_watcher->setFuture(QtConcurrent::run([dot] { return layoutDot(dot); }));
        return;
    }
    m_geometry = m_watcher->result();
    m_laidOut = true;
    if (!m_geometry.ok()) {
        m_status->setText(tr("The flowchart could not be drawn: %1").arg(m_geometry.error));
    } else {
        m_status->setText(tr("The path the last diagnosis took. Bold arrows: the answers it got; dashed: "
                             "the alternatives. Click a finding to open it."));
    }
    m_canvas->updateSize();
    Q_EMIT laidOut();
}

QString FlowchartView::statusText() const
{
    return m_status->text();
}

QRectF FlowchartView::nodeRect(const QString& id) const
{
    const PlacedNode* n = m_geometry.node(id);
    return n ? m_canvas->toCanvas(n->rect) : QRectF();
}

QString FlowchartView::nodeAt(const QPoint& canvasPos) const
{
    if (!m_laidOut)
        return {};
    for (const PlacedNode& n : m_geometry.nodes) {
        if (m_canvas->toCanvas(n.rect).contains(canvasPos))
            return n.id;
    }
    return {};
}

void FlowchartView::setZoom(double zoom)
{
    m_zoom = qBound(0.25, zoom, 4.0);
    m_canvas->updateSize();
}

void FlowchartView::fitToWidth()
{
    if (m_geometry.size.width() <= 0)
        return;
    const double available = m_scroll->viewport()->width() - 2 * kMargin;
    setZoom(available / m_geometry.size.width());
}

bool FlowchartView::writeChart(const QString& path, QString* error) const
{
    QByteArray bytes = dot();
    if (path.endsWith(u".svg"_s, Qt::CaseInsensitive)) {
        bytes = renderDot(bytes, "svg", error);
        if (bytes.isEmpty())
            return false;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

void FlowchartView::exportChart()
{
    if (m_flow.nodes.isEmpty())
        return;
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Diagnosis Path"), u"diagnosis-path.svg"_s,
        tr("SVG image (*.svg);;Graphviz DOT (*.dot *.gv)"), &selected);
    if (path.isEmpty())
        return;
    QString error;
    if (!writeChart(path, &error))
        QMessageBox::warning(this, tr("Export Diagnosis Path"), tr("Could not write %1: %2").arg(path, error));
}

} // namespace gmd
