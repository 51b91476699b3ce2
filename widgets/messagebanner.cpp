// SPDX-License-Identifier: MIT
#include "messagebanner.h"

#include "icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

QColor mix(const QColor& a, const QColor& b, qreal t)
{
    return QColor::fromRgbF(
        a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t, a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(u"messageBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setObjectName(u"messageBannerText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close = new QToolButton(this);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::dismiss);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

MessageBanner::~MessageBanner() = default;

void MessageBanner::showMessage(Kind kind, const QString& text)
{
    m_kind = kind;
    m_text->setText(text);
    switch (kind) {
    case Kind::Error:
        m_icon->setPixmap(icons::forSeverity(Severity::Error).pixmap(20, 20));
        break;
    case Kind::Warning:
        m_icon->setPixmap(icons::forSeverity(Severity::Warning).pixmap(20, 20));
        break;
    case Kind::Information:
        m_icon->setPixmap(icons::forSeverity(Severity::Info).pixmap(20, 20));
        break;
    }
    applyColors();
    show();
}

void MessageBanner::dismiss()
{
    hide();
}

QString MessageBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void MessageBanner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applying && !m_text->text().isEmpty())
        applyColors();
}

void MessageBanner::applyColors()
{
    QColor accent;
    switch (m_kind) {
    case Kind::Error:
        accent = QColor(0xd8, 0x42, 0x3b);
        break;
    case Kind::Warning:
        accent = QColor(0xe0, 0xa1, 0x00);
        break;
    case Kind::Information:
        accent = QColor(0x3b, 0x82, 0xd6);
        break;
    }
    // A tint of the accent over the window colour reads well in light and dark palettes; the
    // text keeps the palette's own colour. Style sheets are avoided: they fight with styles.
    m_applying = true;
    QPalette pal = parentWidget() ? parentWidget()->palette() : palette();
    const QColor base = pal.color(QPalette::Window);
    pal.setColor(QPalette::Window, mix(base, accent, 0.18));
    pal.setColor(QPalette::WindowText, pal.color(QPalette::Text));
    setPalette(pal);
    m_applying = false;
}

} // namespace gmd
