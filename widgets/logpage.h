// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QPlainTextEdit;

namespace gmd {

struct Facts;
struct DiagnosisRun;

/// The "Log" page: what the doctor ran and when (go path and version, timings, notes), as
/// time-stamped lines. Everything is masked before it is shown.
class LogPage : public QWidget
{
    Q_OBJECT
public:
    explicit LogPage(QWidget* parent = nullptr);
    ~LogPage() override;

    /// Appends a line (masked).
    void append(const QString& line);
    /// Appends what the facts say about the go command and the notes of the collector.
    void appendFacts(const Facts& facts, qint64 elapsedMs);
    /// Appends the summary of a finished run.
    void appendRun(const DiagnosisRun& run);
    /// The whole log as text.
    QString text() const;
    void clear();

private:
    QPlainTextEdit* m_text = nullptr;
};

} // namespace gmd
