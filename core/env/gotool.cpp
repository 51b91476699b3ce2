// SPDX-License-Identifier: MIT
#include "gotool.h"

#include "common/processrunner.h"
#include "common/secrets.h"
#include "env/goenvresolver.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

QString gorootFromBinary(const QString& goBinary)
{
    if (goBinary.isEmpty())
        return {};
    const QString canonical = QFileInfo(goBinary).canonicalFilePath();
    if (canonical.isEmpty())
        return {};
    QDir dir = QFileInfo(canonical).dir(); // .../bin
    if (dir.dirName() != u"bin"_s)
        return {};
    dir.cdUp();
    if (QFileInfo(dir.filePath(u"pkg/tool"_s)).isDir())
        return dir.absolutePath();
    return {};
}

bool parseGoEnvJson(const QByteArray& json, QMap<QString, QString>* out, QString* error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = u"go env -json printed something that is not a JSON object (%1)"_s.arg(pe.errorString());
        return false;
    }
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out->insert(it.key(), it.value().toString());
    return true;
}

GoToolInfo inspectGoTool(const QString& requested, const QProcessEnvironment& env, const QString& projectDir,
                         int timeoutMs, const std::atomic<bool>* cancel)
{
    GoToolInfo info;
    info.requested = requested.isEmpty() ? u"go"_s : requested;
    info.path = findExecutable(info.requested, env);
    if (info.path.isEmpty()) {
        info.problem = info.requested.contains(u'/') ? u"'%1' is not an executable file"_s.arg(info.requested)
                                                      : u"'%1' was not found on PATH"_s.arg(info.requested);
        return info;
    }
    info.found = true;
    info.resolvedPath = QFileInfo(info.path).canonicalFilePath();
    info.gorootGuess = gorootFromBinary(info.path);

    ProcessOptions opts;
    opts.environment = env;
    opts.workingDirectory = projectDir;
    opts.timeoutMs = timeoutMs;
    opts.cancel = cancel;
    // Never switch or download a toolchain while we only ask questions (TC-2).
    opts.environment.insert(u"GOTOOLCHAIN"_s, u"local"_s);

    const ProcessResult version = runProcess(info.path, {u"version"_s}, opts);
    info.elapsedMs += version.elapsedMs;
    if (version.timedOut) {
        info.hung = true;
        info.problem = u"'%1 version' did not finish within %2 s and was killed"_s.arg(info.path).arg(timeoutMs / 1000.0);
        return info;
    }
    if (!version.started || version.cancelled) {
        info.problem = u"'%1 version' could not run: %2"_s.arg(info.path, version.errorString);
        return info;
    }
    info.versionOutput = QString::fromUtf8(version.out).trimmed();
    static const QRegularExpression re(u"go version go(\\S+) (\\S+)/(\\S+)"_s);
    const QRegularExpressionMatch m = re.match(info.versionOutput);
    if (m.hasMatch()) {
        info.version = m.captured(1);
        info.goos = m.captured(2);
        info.goarch = m.captured(3);
    }
    // With a broken GOFLAGS every command but `go env` fails (FLAGS-1): fall back to GOVERSION below.
    const QString versionProblem = m.hasMatch() ? QString()
                                                : u"'%1 version' failed: %2"_s.arg(
                                                      info.path, maskSecrets(QString::fromUtf8(version.err).trimmed()
                                                                             + info.versionOutput).left(300));

    const ProcessResult json = runProcess(info.path, {u"env"_s, u"-json"_s}, opts);
    info.elapsedMs += json.elapsedMs;
    if (json.timedOut) {
        info.hung = true;
        info.envJsonError = u"'go env -json' did not finish within %1 s and was killed"_s.arg(timeoutMs / 1000.0);
    } else if (!json.ok()) {
        info.envJsonError = maskSecrets(QString::fromUtf8(json.err).trimmed());
        if (info.envJsonError.isEmpty())
            info.envJsonError = u"'go env -json' failed (exit code %1)"_s.arg(json.exitCode);
    } else {
        info.envJsonOk = parseGoEnvJson(json.out, &info.envJson, &info.envJsonError);
    }
    if (info.version.isEmpty() && info.envJsonOk) {
        const QString v = info.envJson.value(u"GOVERSION"_s);
        if (v.startsWith(u"go"_s)) {
            info.version = v.mid(2).section(u' ', 0, 0);
            info.goos = info.envJson.value(u"GOOS"_s, info.goos);
            info.goarch = info.envJson.value(u"GOARCH"_s, info.goarch);
        }
    }
    if (info.version.isEmpty())
        info.problem = versionProblem;

    if (goAtLeast(info.version, 1, 21)) {
        // The exact form `go env GOTOOLCHAIN` skips toolchain selection (GOENV-7), so it is safe
        // to ask it without the GOTOOLCHAIN=local override and see the real value.
        ProcessOptions plain = opts;
        plain.environment = env;
        const ProcessResult tc = runProcess(info.path, {u"env"_s, u"GOTOOLCHAIN"_s}, plain);
        info.elapsedMs += tc.elapsedMs;
        if (tc.ok()) {
            info.gotoolchainOk = true;
            info.gotoolchain = QString::fromUtf8(tc.out);
            if (info.gotoolchain.endsWith(u'\n'))
                info.gotoolchain.chop(1); // keep everything else: a '\r' in the value is evidence
        } else if (tc.timedOut) {
            info.hung = true;
        }
    }
    return info;
}

} // namespace gmd
