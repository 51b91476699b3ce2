// SPDX-License-Identifier: MIT
#include "processrunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <signal.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace gmd {

void setOwnProcessGroup(QProcess& process)
{
#ifdef Q_OS_UNIX
    process.setChildProcessModifier([] { ::setpgid(0, 0); });
#else
    Q_UNUSED(process);
#endif
}

void killProcessGroup(qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid > 0) {
        ::kill(-pid_t(pid), SIGKILL);
        ::kill(pid_t(pid), SIGKILL);
    }
#else
    Q_UNUSED(pid);
#endif
}

QString findExecutable(const QString& name, const QProcessEnvironment& environment)
{
    if (name.contains(u'/')) {
        const QFileInfo fi(name);
        if (fi.isFile() && fi.isExecutable())
            return fi.absoluteFilePath();
        return {};
    }
    const QStringList paths = environment.value(u"PATH"_s).split(u':', Qt::SkipEmptyParts);
    return QStandardPaths::findExecutable(name, paths);
}

ProcessResult runProcess(const QString& program, const QStringList& arguments, const ProcessOptions& options)
{
    ProcessResult r;
    QProcess p;
    p.setProcessEnvironment(options.environment);
    if (!options.workingDirectory.isEmpty())
        p.setWorkingDirectory(options.workingDirectory);
    setOwnProcessGroup(p);
    QElapsedTimer timer;
    timer.start();
    p.start(program, arguments);
    if (!p.waitForStarted(5000)) {
        r.errorString = p.errorString();
        r.elapsedMs = timer.elapsed();
        return r;
    }
    r.started = true;
    const qint64 pid = p.processId();
    if (!options.stdinData.isEmpty())
        p.write(options.stdinData);
    p.closeWriteChannel();

    auto drain = [&] {
        const QByteArray o = p.readAllStandardOutput();
        const QByteArray e = p.readAllStandardError();
        if (r.out.size() < options.maxOutputBytes)
            r.out += o.left(options.maxOutputBytes - r.out.size());
        if (r.err.size() < options.maxOutputBytes)
            r.err += e.left(options.maxOutputBytes - r.err.size());
    };

    while (true) {
        if (p.waitForFinished(50))
            break;
        drain();
        if (p.state() == QProcess::NotRunning)
            break;
        if (options.cancel && options.cancel->load()) {
            r.cancelled = true;
            break;
        }
        if (options.timeoutMs > 0 && timer.elapsed() > options.timeoutMs) {
            r.timedOut = true;
            break;
        }
    }
    if (r.cancelled || r.timedOut) {
        killProcessGroup(pid);
        p.waitForFinished(2000);
        r.errorString = r.timedOut ? u"timed out after %1 ms"_s.arg(options.timeoutMs) : u"cancelled"_s;
    }
    drain();
    r.exitCode = p.exitCode();
    r.crashed = p.exitStatus() == QProcess::CrashExit && !r.cancelled && !r.timedOut;
    r.elapsedMs = timer.elapsed();
    return r;
}

} // namespace gmd
