// SPDX-License-Identifier: MIT
#include "statusindicator.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

QString formatDuration(qint64 ms)
{
    if (ms < 1000)
        return QCoreApplication::translate("gmd::StatusIndicator", "%1 ms").arg(ms);
    if (ms < 60000)
        return QCoreApplication::translate("gmd::StatusIndicator", "%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
    return QCoreApplication::translate("gmd::StatusIndicator", "%1 min %2 s").arg(ms / 60000).arg((ms % 60000) / 1000);
}

StatusIndicator::StatusIndicator(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"statusIndicator"_s);
    m_message = new QLabel(this);
    m_message->setObjectName(u"statusMessage"_s);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(u"statusProgress"_s);
    m_bar->setMaximumWidth(180);
    m_bar->setFormat(tr("%v of %m checks"));
    m_bar->hide();
    m_elapsed = new QLabel(this);
    m_elapsed->setObjectName(u"statusElapsed"_s);
    m_elapsed->setMinimumWidth(m_elapsed->fontMetrics().horizontalAdvance(u"00 min 00 s"_s));
    m_elapsed->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_timer = new QTimer(this);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &StatusIndicator::tick);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_bar);
    layout->addWidget(m_elapsed);
}

StatusIndicator::~StatusIndicator() = default;

void StatusIndicator::start(int total, const QString& message)
{
    m_clock.start();
    m_frozenMs = -1;
    m_bar->setRange(0, qMax(1, total));
    m_bar->setValue(0);
    m_bar->show();
    m_message->setText(message);
    m_timer->start();
    tick();
}

void StatusIndicator::progress(int done, int total, const QString& message)
{
    m_bar->setRange(0, qMax(1, total));
    m_bar->setValue(done);
    if (!message.isEmpty())
        m_message->setText(message);
}

void StatusIndicator::stop(const QString& message)
{
    m_frozenMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_timer->stop();
    m_bar->hide();
    m_message->setText(message);
    tick();
}

void StatusIndicator::setMessage(const QString& message)
{
    m_message->setText(message);
}

QString StatusIndicator::message() const
{
    return m_message->text();
}

qint64 StatusIndicator::elapsedMs() const
{
    if (m_frozenMs >= 0)
        return m_frozenMs;
    return m_clock.isValid() ? m_clock.elapsed() : 0;
}

void StatusIndicator::tick()
{
    m_elapsed->setText(m_clock.isValid() ? formatDuration(elapsedMs()) : QString());
}

} // namespace gmd
