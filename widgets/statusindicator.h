// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;

namespace gmd {

/// The status bar part of a diagnosis: a message, checks done / total and the elapsed time,
/// which ticks while a run is in progress.
class StatusIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit StatusIndicator(QWidget* parent = nullptr);
    ~StatusIndicator() override;

    /// A run starts: resets the clock and shows the progress bar (0 of `total`).
    void start(int total, const QString& message);
    /// Updates the message and the checks done.
    void progress(int done, int total, const QString& message);
    /// The run ended: freezes the clock, hides the bar and shows `message`.
    void stop(const QString& message);
    /// A message outside a run.
    void setMessage(const QString& message);
    QString message() const;
    /// Milliseconds since start() (frozen after stop()).
    qint64 elapsedMs() const;

private:
    void tick();

    QLabel* m_message = nullptr;
    QProgressBar* m_bar = nullptr;
    QLabel* m_elapsed = nullptr;
    QTimer* m_timer = nullptr;
    QElapsedTimer m_clock;
    qint64 m_frozenMs = -1;
};

/// "850 ms", "3.4 s", "1 min 12 s".
QString formatDuration(qint64 ms);

} // namespace gmd
