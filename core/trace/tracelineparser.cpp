// SPDX-License-Identifier: MIT
#include "tracelineparser.h"

#include "common/secrets.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

/// One compiled pattern per kind; copies of vectors/x_trace_lines.tsv (OUT-2..4, TC-4/5).
struct Patterns
{
    QRegularExpression httpStart { u"^# get (\\S+)$"_s };
    QRegularExpression httpResult { u"^# get (\\S+): (\\d{3})(?: (.*))? \\((\\d+\\.\\d{3})s\\)$"_s };
    QRegularExpression httpError { u"^# get (\\S+): (?!.*\\(\\d+\\.\\d{3}s\\)$)(.+)$"_s };
    QRegularExpression httpSpecial { u"^# get (\\S+): (insecure|unsupported|insecure credentials)$"_s };
    QRegularExpression vcsWorkdir { u"^mkdir -p (\\S+) # ((?:git3|vcs1\\.\\w+)) (\\S+)$"_s };
    QRegularExpression vcsLock { u"^# lock (\\S+\\.lock)$"_s };
    QRegularExpression vcsReuse { u"^# (\\S+) for ((?:git3|vcs1\\.\\w+)) (\\S+)$"_s };
    QRegularExpression vcsStart { u"^(?:cd (\\S+); )?(git|hg|svn|bzr|fossil) (.*)$"_s };
    QRegularExpression vcsDone { u"^(\\d+\\.\\d{3})s # (?:cd (\\S+); )?(git|hg|svn|bzr|fossil) (.*)$"_s };
    QRegularExpression moduleDownload { u"^go: downloading (\\S+) (v\\S+)$"_s };
    QRegularExpression toolchainDownload { u"^go: downloading (go\\S+) \\((\\w+)/(\\w+)\\)$"_s };
    QRegularExpression toolchainSwitch { u"^go: (.+) requires go >= (\\S+); switching to (go\\S+)$"_s };
    QRegularExpression toolchainTrace {
        u"^go: (default toolchain set to \\S+ from GOTOOLCHAIN=\\S+|upgrading toolchain to \\S+ \\(required by "
        "(go|toolchain) line in .+; upgrade allowed by GOTOOLCHAIN=.+\\)|using local toolchain \\S+)$"_s
    };
    QRegularExpression goauthErrors { u"^GOAUTH encountered errors for (\\S+):$"_s };
    QRegularExpression errHttpStatus {
        u"^go: (\\S+?)(?:@(\\S+))?: (?:verifying (?:module|go.mod): (?:\\S+: )?)?reading (\\S+): (\\d{3}) ?(.*)$"_s
    };
    QRegularExpression errServerResponse { u"^\\tserver response:(?: (.*))?$"_s };
    QRegularExpression errNet { u"^go: (\\S+?)(?:@(\\S+))?: (?:.*: )?Get \"([^\"]+)\": (.+)$"_s };
    QRegularExpression errProxyList { u"GOPROXY list is not the empty string, but contains no entries$"_s };
    QRegularExpression errProxyOff { u"module lookup disabled by GOPROXY=off$"_s };
    QRegularExpression errInvalidJson { u"invalid response from proxy \"([^\"]+)\": (.+)$"_s };
    QRegularExpression errToolchainLocal {
        u"^go: (?:go\\.mod|go\\.work) requires go >= (\\S+) \\(running go (\\S+); GOTOOLCHAIN=(\\S+)\\)$"_s
    };
    QRegularExpression errToolchainNa { u"^go: download (go\\S+) for (\\w+)/(\\w+): toolchain not available$"_s };
    // Not in the vectors: `go: M@V: text` and `go: M: text` for the remaining OUT-4 forms.
    QRegularExpression goModuleError { u"^go: ([^\\s@:]+)@([^\\s:]+): (.+)$"_s };
    // `go: M: text` without a version: a module path's first element has a dot (CheckPath).
    QRegularExpression goPathError {
        u"^go: ((?!go\\.(?:mod|work|sum):)[a-z0-9\\-]+\\.[a-z0-9.\\-]+(?:/[^\\s@:]*)?): (.+)$"_s
    };
};

const Patterns& patterns()
{
    static const Patterns p;
    return p;
}

/// `go: …` lines that are progress, not errors (go get / go mod tidy).
bool isInformational(QStringView line)
{
    static const QStringList prefixes { u"go: finding "_s, u"go: found "_s, u"go: added "_s, u"go: upgraded "_s,
        u"go: downgraded "_s, u"go: removed "_s, u"go: warning: "_s, u"go: extracting "_s, u"go: to add "_s };
    for (const QString& p : prefixes) {
        if (line.startsWith(p))
            return true;
    }
    return false;
}

bool isGoErrorEvent(const TraceEvent& e)
{
    return e.type == TraceEvent::Type::GoError || e.type == TraceEvent::Type::GoAuthErrors;
}

/// Lines that belong to the error above them although they are not indented (vcs errors).
bool isErrorTrailer(QStringView line)
{
    return line.startsWith(u"Confirm the import path was entered correctly."_s)
        || line.startsWith(u"If this is a private repository, see "_s);
}

} // namespace

QString traceLineKindName(TraceLineKind kind)
{
    static const char* const names[] = { "http_start", "http_result", "http_error", "http_error_special", "vcs_workdir",
        "vcs_lock", "vcs_reuse", "vcs_cmd_start", "vcs_cmd_done", "module_download", "toolchain_download",
        "toolchain_switch", "toolchain_trace", "goauth_errors", "err_http_status", "err_server_response", "err_net",
        "err_proxy_list", "err_proxy_off", "err_invalid_json", "err_toolchain_local", "err_toolchain_na",
        "err_security", "err_other", "continuation", "other" };
    static_assert(sizeof(names) / sizeof(names[0]) == int(TraceLineKind::Other) + 1);
    return QString::fromLatin1(names[int(kind)]);
}

TraceLineKind classifyTraceLine(QStringView line)
{
    const Patterns& p = patterns();
    const QString s = line.toString(); // QRegularExpression::match(QStringView) needs Qt 6.5
    using K = TraceLineKind;
    if (s.startsWith(u"# get "_s)) {
        // The special forms also match the generic error pattern: test them first (OUT-2).
        if (p.httpSpecial.match(s).hasMatch())
            return K::HttpErrorSpecial;
        if (p.httpResult.match(s).hasMatch())
            return K::HttpResult;
        if (p.httpError.match(s).hasMatch())
            return K::HttpError;
        if (p.httpStart.match(s).hasMatch())
            return K::HttpStart;
        return K::Other;
    }
    if (s.startsWith(u'#')) {
        if (p.vcsLock.match(s).hasMatch())
            return K::VcsLock;
        if (p.vcsReuse.match(s).hasMatch())
            return K::VcsReuse;
        return K::Other;
    }
    if (s.startsWith(u'\t')) {
        if (p.errServerResponse.match(s).hasMatch())
            return K::ErrServerResponse;
        return K::Continuation;
    }
    if (p.vcsWorkdir.match(s).hasMatch())
        return K::VcsWorkdir;
    if (p.vcsDone.match(s).hasMatch())
        return K::VcsCommandDone;
    if (p.vcsStart.match(s).hasMatch())
        return K::VcsCommandStart;
    if (p.goauthErrors.match(s).hasMatch())
        return K::GoAuthErrors;
    if (s == u"SECURITY ERROR"_s)
        return K::ErrSecurity;
    if (!s.startsWith(u"go: "_s))
        return s.startsWith(u"verifying "_s) ? K::ErrOther : K::Other;
    if (p.toolchainDownload.match(s).hasMatch())
        return K::ToolchainDownload;
    if (p.moduleDownload.match(s).hasMatch())
        return K::ModuleDownload;
    if (p.toolchainTrace.match(s).hasMatch())
        return K::ToolchainTrace;
    if (p.toolchainSwitch.match(s).hasMatch())
        return K::ToolchainSwitch;
    if (p.errToolchainLocal.match(s).hasMatch())
        return K::ErrToolchainLocal;
    if (p.errToolchainNa.match(s).hasMatch())
        return K::ErrToolchainNotAvailable;
    if (p.errProxyOff.match(s).hasMatch())
        return K::ErrProxyOff;
    if (p.errProxyList.match(s).hasMatch())
        return K::ErrProxyList;
    if (p.errInvalidJson.match(s).hasMatch())
        return K::ErrInvalidJson;
    if (p.errHttpStatus.match(s).hasMatch())
        return K::ErrHttpStatus;
    if (p.errNet.match(s).hasMatch())
        return K::ErrNet;
    return isInformational(s) ? K::Other : K::ErrOther;
}

TraceEvent TraceLineParser::parseLine(const QString& rawLine, int lineNumber)
{
    using T = TraceEvent::Type;
    using E = TraceEvent::ErrorKind;
    const Patterns& p = patterns();
    TraceEvent e;
    e.line = maskSecrets(rawLine); // go redacts URL passwords (xxxxx) but not tokens in paths
    e.lineNumber = lineNumber;
    const QString& s = e.line;
    QRegularExpressionMatch m;
    auto is = [&](const QRegularExpression& re) {
        m = re.match(s);
        return m.hasMatch();
    };
    auto goError = [&](E kind) {
        e.type = T::GoError;
        e.errorKind = kind;
        e.text = s.startsWith(u"go: "_s) ? s.mid(4) : s;
        const QRegularExpressionMatch mm = p.goModuleError.match(s);
        const QRegularExpressionMatch pm = p.goPathError.match(s);
        if (mm.hasMatch()) {
            e.module = mm.captured(1);
            e.version = mm.captured(2);
            e.text = mm.captured(3);
        } else if (pm.hasMatch()) {
            e.module = pm.captured(1);
            e.text = pm.captured(2);
        }
        e.verifying = e.text.contains(u"verifying module: "_s) || e.text.contains(u"verifying go.mod: "_s)
            || s.startsWith(u"verifying "_s);
    };

    const TraceLineKind kind = classifyTraceLine(s);
    switch (kind) {
    case TraceLineKind::HttpStart:
        is(p.httpStart);
        e.type = T::HttpStart;
        e.url = m.captured(1);
        break;
    case TraceLineKind::HttpResult:
        is(p.httpResult);
        e.type = T::HttpResult;
        e.url = m.captured(1);
        e.status = m.captured(2).toInt();
        e.statusText = m.captured(3);
        e.seconds = m.captured(4).toDouble();
        break;
    case TraceLineKind::HttpError:
        is(p.httpError);
        e.type = T::HttpError;
        e.url = m.captured(1);
        e.error = m.captured(2);
        break;
    case TraceLineKind::HttpErrorSpecial:
        is(p.httpSpecial);
        e.type = T::HttpSpecial;
        e.url = m.captured(1);
        e.error = m.captured(2);
        break;
    case TraceLineKind::VcsWorkdir:
    case TraceLineKind::VcsReuse:
        is(kind == TraceLineKind::VcsWorkdir ? p.vcsWorkdir : p.vcsReuse);
        e.type = kind == TraceLineKind::VcsWorkdir ? T::VcsWorkdir : T::VcsReuse;
        e.dir = m.captured(1);
        e.vcsType = m.captured(2);
        e.remote = m.captured(3);
        break;
    case TraceLineKind::VcsLock:
        is(p.vcsLock);
        e.type = T::VcsLock;
        e.lockFile = m.captured(1);
        break;
    case TraceLineKind::VcsCommandStart:
        is(p.vcsStart);
        e.type = T::VcsCommand;
        e.dir = m.captured(1);
        e.vcs = m.captured(2);
        e.command = m.captured(3);
        break;
    case TraceLineKind::VcsCommandDone:
        is(p.vcsDone);
        e.type = T::VcsDone;
        e.seconds = m.captured(1).toDouble();
        e.dir = m.captured(2);
        e.vcs = m.captured(3);
        e.command = m.captured(4);
        break;
    case TraceLineKind::ModuleDownload:
        is(p.moduleDownload);
        e.type = T::Downloading;
        e.module = m.captured(1);
        e.version = m.captured(2);
        break;
    case TraceLineKind::ToolchainDownload:
        is(p.toolchainDownload);
        e.type = T::ToolchainDownloading;
        e.version = m.captured(1);
        e.goos = m.captured(2);
        e.goarch = m.captured(3);
        break;
    case TraceLineKind::ToolchainSwitch:
        is(p.toolchainSwitch);
        e.type = T::ToolchainSwitch;
        e.module = m.captured(1);
        e.version = m.captured(3);
        e.text = s.mid(4);
        break;
    case TraceLineKind::ToolchainTrace:
        e.type = T::ToolchainTrace;
        e.text = s.mid(4);
        break;
    case TraceLineKind::GoAuthErrors:
        is(p.goauthErrors);
        e.type = T::GoAuthErrors;
        e.url = m.captured(1);
        break;
    case TraceLineKind::ErrHttpStatus:
        goError(E::HttpStatus);
        is(p.errHttpStatus);
        e.module = m.captured(1);
        e.version = m.captured(2);
        e.url = m.captured(3);
        e.status = m.captured(4).toInt();
        e.statusText = m.captured(5);
        break;
    case TraceLineKind::ErrNet:
        goError(E::Network);
        is(p.errNet);
        e.module = m.captured(1);
        e.version = m.captured(2);
        e.url = m.captured(3);
        e.error = m.captured(4);
        break;
    case TraceLineKind::ErrInvalidJson:
        goError(E::InvalidResponse);
        is(p.errInvalidJson);
        e.url = m.captured(1);
        e.error = m.captured(2);
        break;
    case TraceLineKind::ErrProxyOff:
        goError(E::ProxyOff);
        break;
    case TraceLineKind::ErrProxyList:
        goError(E::ProxyListEmpty);
        break;
    case TraceLineKind::ErrToolchainLocal:
        goError(E::ToolchainTooOld);
        is(p.errToolchainLocal);
        e.version = m.captured(1);
        break;
    case TraceLineKind::ErrToolchainNotAvailable:
        goError(E::ToolchainNotAvailable);
        is(p.errToolchainNa);
        e.version = m.captured(1);
        e.goos = m.captured(2);
        e.goarch = m.captured(3);
        break;
    case TraceLineKind::ErrOther:
        goError(s.contains(u": exit status "_s) ? E::VcsExit : E::Other);
        if (e.errorKind == E::Other && e.verifying)
            e.errorKind = E::Verifying;
        break;
    case TraceLineKind::ErrSecurity:
        e.type = T::SecurityError;
        e.text = s;
        break;
    case TraceLineKind::ErrServerResponse:
    case TraceLineKind::Continuation:
    case TraceLineKind::Other:
        e.type = T::Other;
        e.text = s;
        break;
    }
    return e;
}

void TraceLineParser::handleLine(QByteArray bytes, QList<TraceEvent>* out)
{
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    ++m_lineNumber;
    const QString line = QString::fromUtf8(bytes);
    if (m_hasPending) {
        // OUT-4: `\tserver response: …`, git's stderr after `exit status 128:`, GOAUTH's "  err".
        const bool indented =
            line.startsWith(u'\t') || (m_pending.type == TraceEvent::Type::GoAuthErrors && line.startsWith(u"  "_s));
        if (indented || isErrorTrailer(line)) {
            const QString masked = maskSecrets(indented ? line.mid(line.startsWith(u'\t') ? 1 : 2) : line);
            m_pending.continuation.append(masked);
            m_pending.text += (m_pending.text.isEmpty() ? QString() : u"\n"_s) + masked;
            return;
        }
        out->append(m_pending);
        m_hasPending = false;
    }
    TraceEvent e = parseLine(line, m_lineNumber);
    if (isGoErrorEvent(e)) {
        m_pending = std::move(e);
        m_hasPending = true;
        return;
    }
    out->append(std::move(e));
}

QList<TraceEvent> TraceLineParser::feed(const QByteArray& chunk)
{
    QList<TraceEvent> out;
    m_buffer += chunk;
    qsizetype start = 0;
    for (qsizetype nl = m_buffer.indexOf('\n'); nl >= 0; nl = m_buffer.indexOf('\n', start)) {
        handleLine(m_buffer.mid(start, nl - start), &out);
        start = nl + 1;
    }
    m_buffer.remove(0, start);
    return out;
}

QList<TraceEvent> TraceLineParser::flushPending()
{
    QList<TraceEvent> out;
    if (m_hasPending) {
        out.append(m_pending);
        m_pending = {};
        m_hasPending = false;
    }
    return out;
}

QList<TraceEvent> TraceLineParser::finish()
{
    QList<TraceEvent> out;
    if (!m_buffer.isEmpty()) {
        handleLine(m_buffer, &out);
        m_buffer.clear();
    }
    out += flushPending();
    return out;
}

} // namespace gmd
