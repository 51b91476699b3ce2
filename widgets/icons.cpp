// SPDX-License-Identifier: MIT
#include "icons.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

using namespace Qt::Literals::StringLiterals;

namespace gmd::icons {

namespace {

QHash<QString, QIcon>& cache()
{
    static QHash<QString, QIcon> c;
    return c;
}

QIcon render(const QString& name, const QPalette& palette)
{
    QFile file(u":/icons/"_s + name + u".svg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    svg.replace("currentColor", palette.color(QPalette::WindowText).name().toLatin1());
    svg.replace("Canvas", palette.color(QPalette::Window).name().toLatin1());
    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return {};
    QIcon icon;
    // Every size a toolbar, menu or view asks for at 1x and 2x: QIcon picks the nearest.
    for (int size : { 16, 20, 22, 24, 32, 40, 44, 48, 64, 96, 128 }) {
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon;
}

} // namespace

QIcon themed(const QString& name, const QPalette& palette)
{
    const QString key = name + u'|' + palette.color(QPalette::WindowText).name() + u'|'
        + palette.color(QPalette::Window).name();
    auto it = cache().constFind(key);
    if (it != cache().constEnd())
        return *it;
    const QIcon icon = render(name, palette);
    cache().insert(key, icon);
    return icon;
}

QIcon themed(const QString& name)
{
    return themed(name, QGuiApplication::palette());
}

QIcon forState(CheckState state)
{
    return themed(u"status-"_s + checkStateKey(state));
}

QIcon forSeverity(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return forState(CheckState::Fail);
    case Severity::Warning:
        return forState(CheckState::Warn);
    case Severity::Info:
        return themed(u"severity-info"_s);
    }
    return {};
}

QIcon application()
{
    return themed(u"gomoddoctor"_s);
}

void clearCache()
{
    cache().clear();
}

} // namespace gmd::icons
