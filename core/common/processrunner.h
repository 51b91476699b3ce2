// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <atomic>

class QProcess;

namespace gmd {

/// What a finished (or abandoned) child process left behind.
struct ProcessResult
{
    bool started = false;
    bool timedOut = false;
    bool cancelled = false;
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
    QString errorString; ///< why it could not start, or "timed out after N ms"
    qint64 elapsedMs = 0;

    bool ok() const { return started && !timedOut && !cancelled && !crashed && exitCode == 0; }
};

/// Options for runProcess().
struct ProcessOptions
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString workingDirectory;
    int timeoutMs = 10000;                   ///< the whole run, 0 = no limit
    const std::atomic<bool>* cancel = nullptr; ///< polled every 50 ms
    qint64 maxOutputBytes = 16 * 1024 * 1024; ///< stdout and stderr are each cut at this size
    QByteArray stdinData;                    ///< written, then stdin is closed (so nothing waits on a prompt)
};

/// Runs a program to completion in the calling thread (a worker thread: never the GUI thread).
/// The child runs in its own process group; on timeout or cancellation the whole group is
/// killed, so no grandchildren (git, ssh) are left behind.
ProcessResult runProcess(const QString& program, const QStringList& arguments, const ProcessOptions& options);

/// Looks up an executable the way a shell would, on the PATH of `environment`.
/// Names containing '/' are returned as absolute paths if they are executable files.
QString findExecutable(const QString& name, const QProcessEnvironment& environment);

/// Puts the child of `process` into its own process group (call before start()). Unix only.

void setOwnProcessGroup(QProcess& process);
/// Sends SIGKILL to the process group led by `pid` (and to pid itself). Unix only.
void killProcessGroup(qint64 pid);

} // namespace gmd
