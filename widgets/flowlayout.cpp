// SPDX-License-Identifier: MIT
// Graphviz layout for the diagnosis flowchart: DOT in, node boxes and edge splines out, read from
// the "plain" output format (graph/node/edge/stop records, inches, origin at the bottom left),
// which has been stable across Graphviz versions. Graphviz keeps global state (the parser, the
// error buffer, the plugin list), so every call holds one mutex; output goes through
// open_memstream() so the gvRenderData() length type (unsigned int or size_t by version) does
// not matter.
#include "flowlayout.h"

#include <QMutex>
#include <QMutexLocker>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <cstdio>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace gmd {
namespace {

QMutex& graphvizMutex()
{
    static QMutex m;
    return m;
}

constexpr double kPointsPerInch = 72.0;

/// The words of one "plain" line; "..." words with backslash escapes are unquoted.
QList<QByteArray> plainWords(const QByteArray& line)
{
    QList<QByteArray> words;
    qsizetype i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line.at(i) == ' ' || line.at(i) == '\t'))
            ++i;
        if (i >= line.size())
            break;
        QByteArray w;
        if (line.at(i) == '"') {
            ++i;
            while (i < line.size() && line.at(i) != '"') {
                if (line.at(i) == '\\' && i + 1 < line.size())
                    ++i;
                w += line.at(i++);
            }
            ++i; // closing quote
        } else {
            while (i < line.size() && line.at(i) != ' ' && line.at(i) != '\t')
                w += line.at(i++);
        }
        words << w;
    }
    return words;
}

/// Graphviz's error text for the last failure (it also prints it to stderr by default).
QString takeGraphvizError(const QString& fallback)
{
    const char* last = aglasterr();
    QString text = last ? QString::fromUtf8(last).trimmed() : QString();
    agreseterrors();
    return text.isEmpty() ? fallback : text;
}

/// Reads `dot`, lays it out and writes `format` into a buffer. Holds the Graphviz mutex.
QByteArray runGraphviz(const QByteArray& dot, const char* format, QString* error)
{
    QMutexLocker lock(&graphvizMutex());
    agseterr(AGMAX); // errors are collected for aglasterr(), not printed
    GVC_t* gvc = gvContext();
    if (!gvc) {
        *error = u"Graphviz could not start (gvContext failed)."_s;
        return {};
    }
    QByteArray text = dot;
    Agraph_t* g = agmemread(text.constData());
    if (!g) {
        *error = u"Graphviz could not read the graph: %1"_s.arg(takeGraphvizError(u"syntax error"_s));
        gvFreeContext(gvc);
        return {};
    }
    QByteArray out;
    if (gvLayout(gvc, g, "dot") != 0) {
        *error = u"Graphviz could not lay the graph out: %1"_s.arg(
            takeGraphvizError(u"the dot layout plugin is missing"_s));
    } else {
        char* buffer = nullptr;
        size_t size = 0;
        FILE* f = open_memstream(&buffer, &size);
        const int rc = f ? gvRender(gvc, g, format, f) : -1;
        if (f)
            std::fclose(f);
        if (rc != 0)
            *error = u"Graphviz could not render %1: %2"_s.arg(QString::fromLatin1(format),
                takeGraphvizError(u"no renderer for this format"_s));
        else
            out = QByteArray(buffer, qsizetype(size));
        std::free(buffer);
        gvFreeLayout(gvc, g);
    }
    agclose(g);
    gvFreeContext(gvc);
    return out;
}

} // namespace

const PlacedNode* FlowGeometry::node(const QString& id) const
{
    for (const PlacedNode& n : nodes) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

FlowGeometry parsePlainLayout(const QByteArray& plain)
{
    FlowGeometry g;
    double height = 0;
    bool sawGraph = false;
    auto point = [&](double x, double y) { return QPointF(x * kPointsPerInch, (height - y) * kPointsPerInch); };
    for (const QByteArray& line : plain.split('\n')) {
        const QList<QByteArray> w = plainWords(line.trimmed());
        if (w.isEmpty())
            continue;
        if (w.first() == "graph" && w.size() >= 4) {
            height = w.at(3).toDouble();
            g.size = QSizeF(w.at(2).toDouble() * kPointsPerInch, height * kPointsPerInch);
            sawGraph = true;
        } else if (w.first() == "node" && w.size() >= 6 && sawGraph) {
            const double wd = w.at(4).toDouble() * kPointsPerInch;
            const double ht = w.at(5).toDouble() * kPointsPerInch;
            const QPointF c = point(w.at(2).toDouble(), w.at(3).toDouble());
            g.nodes.append(PlacedNode { QString::fromUtf8(w.at(1)), QRectF(c.x() - wd / 2, c.y() - ht / 2, wd, ht) });
        } else if (w.first() == "edge" && w.size() >= 4 && sawGraph) {
            PlacedEdge e;
            e.from = QString::fromUtf8(w.at(1));
            e.to = QString::fromUtf8(w.at(2));
            const int n = w.at(3).toInt();
            if (n < 0 || w.size() < 4 + 2 * n)
                continue;
            for (int i = 0; i < n; ++i)
                e.spline << point(w.at(4 + 2 * i).toDouble(), w.at(5 + 2 * i).toDouble());
            // Then either "label xl yl style color" or "style color".
            const qsizetype rest = w.size() - (4 + 2 * n);
            if (rest >= 5)
                e.labelPos = point(w.at(w.size() - 4).toDouble(), w.at(w.size() - 3).toDouble());
            g.edges << e;
        } else if (w.first() == "stop") {
            break;
        }
    }
    if (!sawGraph)
        g.error = u"Graphviz gave no layout."_s;
    return g;
}

FlowGeometry layoutDot(const QByteArray& dot)
{
    QString error;
    const QByteArray plain = runGraphviz(dot, "plain", &error);
    if (!error.isEmpty()) {
        FlowGeometry g;
        g.error = error;
        return g;
    }
    return parsePlainLayout(plain);
}

QByteArray renderDot(const QByteArray& dot, const QByteArray& format, QString* error)
{
    QString e;
    QByteArray out = runGraphviz(dot, format.constData(), &e);
    if (error)
        *error = e;
    return e.isEmpty() ? out : QByteArray();
}

} // namespace gmd
