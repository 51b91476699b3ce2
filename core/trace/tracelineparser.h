// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace gmd {

/// The shape of one stderr line of `go … -x` (spec OUT-1..4, TC-4/5), one value per kind of
/// vectors/x_trace_lines.tsv (same order, same names via traceLineKindName()).
enum class TraceLineKind {
    HttpStart, ///< http_start: `# get URL`
    HttpResult, ///< http_result: `# get URL: 404 Not Found (0.001s)`
    HttpError, ///< http_error: `# get URL: <error>` (no duration)
    HttpErrorSpecial, ///< http_error_special: `# get URL: insecure|unsupported|insecure credentials`
    VcsWorkdir, ///< vcs_workdir: `mkdir -p DIR # git3 REMOTE`
    VcsLock, ///< vcs_lock: `# lock FILE.lock`
    VcsReuse, ///< vcs_reuse: `# DIR for git3 REMOTE`
    VcsCommandStart, ///< vcs_cmd_start: `cd DIR; git ARGS`
    VcsCommandDone, ///< vcs_cmd_done: `0.005s # cd DIR; git ARGS`
    ModuleDownload, ///< module_download: `go: downloading M V`
    ToolchainDownload, ///< toolchain_download: `go: downloading go1.X.Y (os/arch)`
    ToolchainSwitch, ///< toolchain_switch: `go: M requires go >= V; switching to goV'`
    ToolchainTrace, ///< toolchain_trace: GODEBUG=toolchaintrace=1 lines
    GoAuthErrors, ///< goauth_errors: `GOAUTH encountered errors for URL:`
    ErrHttpStatus, ///< err_http_status: `go: M@V: [verifying …: ]reading URL: 403 Forbidden`
    ErrServerResponse, ///< err_server_response: `\tserver response: …` (a continuation line)
    ErrNet, ///< err_net: `go: M@V: Get "URL": <net error>`
    ErrProxyList, ///< err_proxy_list: `GOPROXY list is not the empty string, but contains no entries`
    ErrProxyOff, ///< err_proxy_off: `module lookup disabled by GOPROXY=off`
    ErrInvalidJson, ///< err_invalid_json: `invalid response from proxy "BASE": …`
    ErrToolchainLocal, ///< err_toolchain_local: `go: go.mod requires go >= V (running go L; GOTOOLCHAIN=local)`
    ErrToolchainNotAvailable, ///< err_toolchain_na: `go: download goX for os/arch: toolchain not available`
    ErrSecurity, ///< err_security: `SECURITY ERROR`
    ErrOther, ///< any other `go: …` error line (verifying module, exit status 128, …)
    Continuation, ///< a line starting with a tab (or GOAUTH's two spaces) after an error
    Other, ///< anything else (a -json object on stderr, blank lines, …)
};

/// The vectors/x_trace_lines.tsv name of a kind ("http_start", …); "err_other", "continuation",
/// "other" for the three kinds the file does not have.
QString traceLineKindName(TraceLineKind kind);

/// Classifies one complete line (no line terminator). Pure; the regular expressions are this
/// module's copies of the ones in vectors/x_trace_lines.tsv.
TraceLineKind classifyTraceLine(QStringView line);

/// One thing the go command reported, built from one line (plus continuation lines for errors).
struct TraceEvent
{
    enum class Type {
        HttpStart, ///< url
        HttpResult, ///< url, status, statusText, seconds
        HttpError, ///< url, error
        HttpSpecial, ///< url, error = "insecure" | "unsupported" | "insecure credentials"
        VcsWorkdir, ///< dir, vcsType ("git3", "vcs1.hg"), remote
        VcsLock, ///< lockFile
        VcsReuse, ///< dir, vcsType, remote
        VcsCommand, ///< dir (may be empty), vcs ("git"), command (the arguments as printed)
        VcsDone, ///< seconds, dir, vcs, command
        Downloading, ///< module, version (`go: downloading M V`, OUT-1)
        ToolchainDownloading, ///< version ("go1.99.0"), goos, goarch (TC-4, H9)
        ToolchainSwitch, ///< module (what requires it), version (the new toolchain), text
        ToolchainTrace, ///< text (the line without "go: ", TC-5)
        GoAuthErrors, ///< url, text (the errors, from the continuation lines)
        GoError, ///< errorKind, module, version, url, status, text, continuation (OUT-4)
        SecurityError, ///< text (`SECURITY ERROR`; the explanation follows as Other lines)
        Other, ///< text = line
    };
    /// What a GoError says (OUT-4, TC-4).
    enum class ErrorKind {
        None,
        HttpStatus, ///< reading URL: status
        Network, ///< Get "URL": net error
        InvalidResponse, ///< invalid response from proxy "base"
        ProxyOff, ///< module lookup disabled by GOPROXY=off
        ProxyListEmpty, ///< GOPROXY list is not the empty string, but contains no entries
        Verifying, ///< verifying module / verifying go.mod (sumdb), without a status
        VcsExit, ///< `…: exit status 128:` with git's stderr as continuation lines
        ToolchainTooOld, ///< go.mod requires go >= V (running go L; GOTOOLCHAIN=local)
        ToolchainNotAvailable, ///< toolchain not available
        Other,
    };

    Type type = Type::Other;
    ErrorKind errorKind = ErrorKind::None;
    QString line; ///< the (first) line as printed, masked; continuation lines are in `continuation`
    int lineNumber = 0; ///< 1-based line of stderr
    QString url; ///< masked (gmd::maskSecrets) even though go already redacts passwords
    int status = 0;
    QString statusText;
    double seconds = -1; ///< go's own duration (`(0.123s)` or `0.005s # …`), -1 when absent
    QString error;
    QString dir;
    QString vcsType;
    QString remote;
    QString lockFile;
    QString vcs;
    QString command;
    QString module;
    QString version;
    QString goos;
    QString goarch;
    QString text; ///< the message: GoError's text after `M@V: `, joined with its continuation lines
    QStringList continuation; ///< continuation lines without their leading tab / spaces
    bool verifying = false; ///< the error came from the checksum database (`verifying module:`)
};

/// Pure, incremental parser of go's stderr under -x: feed byte chunks as they arrive (a line may
/// be split across chunks, CRLF is accepted), get events. An error line is held back until the
/// next line shows whether continuation lines follow (go prints them in the same write, so this
/// costs no latency in practice); flushPending() or finish() release it.
class TraceLineParser
{
public:
    /// Parses the complete lines of `chunk` (plus what was kept from earlier chunks).
    QList<TraceEvent> feed(const QByteArray& chunk);
    /// Releases a held-back error event (call when the stream has been idle for a while).
    QList<TraceEvent> flushPending();
    /// End of stream: parses an unterminated last line and releases everything held back.
    QList<TraceEvent> finish();
    /// True when an error event is held back.
    bool hasPending() const { return m_hasPending; }
    /// Number of lines seen so far.
    int lineCount() const { return m_lineNumber; }
    /// Parses one complete line on its own (no continuation handling); for tests and tools.
    static TraceEvent parseLine(const QString& line, int lineNumber = 0);

private:
    void handleLine(QByteArray bytes, QList<TraceEvent>* out);

    QByteArray m_buffer;
    TraceEvent m_pending;
    bool m_hasPending = false;
    int m_lineNumber = 0;
};

} // namespace gmd

Q_DECLARE_METATYPE(gmd::TraceEvent)
