// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <optional>

namespace gmd {

/// A node placed by Graphviz, in points (1/72 inch), y growing downwards.
struct PlacedNode
{
    QString id;
    QRectF rect;
};

/// An edge routed by Graphviz: a cubic B-spline (p0, then three points per segment), and where
/// its label goes.
struct PlacedEdge
{
    QString from;
    QString to;
    QList<QPointF> spline;
    std::optional<QPointF> labelPos;
};

/// The layout of a DOT graph.
struct FlowGeometry
{
    QSizeF size; ///< points
    QList<PlacedNode> nodes;
    QList<PlacedEdge> edges;
    QString error; ///< why Graphviz could not lay the graph out; empty when it did

    bool ok() const { return error.isEmpty(); }
    const PlacedNode* node(const QString& id) const;
};

/// Lays `dot` out with Graphviz's dot engine (cgraph + gvc) and reads the result from its
/// "plain" output. Blocking; safe to call from any thread (Graphviz's global state is guarded
/// by a mutex). Bad DOT or a missing layout plugin gives `error`, never a crash.
FlowGeometry layoutDot(const QByteArray& dot);

/// Renders `dot` to `format` ("svg", "png", "pdf", ...) with Graphviz; empty with `error` set on failure.
QByteArray renderDot(const QByteArray& dot, const QByteArray& format, QString* error = nullptr);

/// Parses Graphviz's "plain" output (exported for the tests).
FlowGeometry parsePlainLayout(const QByteArray& plain);

} // namespace gmd
