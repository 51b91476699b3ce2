// SPDX-License-Identifier: MIT
#pragma once

#include "net/httpresponse.h"
#include "net/probetypes.h"
#include "net/tlstrust.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <memory>

class QHostInfo;
class QSslSocket;

namespace gmd {

class HostResolver;

/// What every probe of one environment shares.
struct ProbeEnvironment
{
    HttpProxyConfig httpProxy; ///< NET-3 variables of the diagnosed environment
    std::shared_ptr<const TlsTrust> trust; ///< null or systemDefault: Qt's system CA store
};

/// One staged HTTP(S) probe on QSslSocket (QNetworkAccessManager would hide the stages): DNS,
/// TCP connect, CONNECT tunnel or SOCKS5 as Go would choose (NET-3), TLS, a plain HTTP/1.1
/// GET with Connection: close, first byte, head, body; redirects like Go (PROTO-3). Every wait
/// is bounded by a timer, so nothing ever blocks; it lives in the thread that starts it.
class HttpProbe : public QObject
{
    Q_OBJECT
public:
    HttpProbe(const ProbeTarget& target, const ProbeEnvironment& environment, const ProbeOptions& options,
        QObject* parent = nullptr);
    ~HttpProbe() override;

    /// Starts the probe; finished() may be emitted before this returns (invalid URL).
    void start();
    /// Aborts the lookup and the socket at once and finishes with Cancelled (no-op when done).
    void cancel();
    /// True once finished() was emitted.
    bool isFinished() const { return m_done; }
    /// The result so far (complete after finished()).
    const ProbeResult& result() const { return m_result; }
    /// The planned probe.
    const ProbeTarget& target() const { return m_target; }

Q_SIGNALS:
    /// A stage completed, `elapsedMs` after the probe started.
    void stageCompleted(const QString& probeId, gmd::ProbeStage stage, qint64 elapsedMs);
    /// The probe ended; emitted exactly once.
    void finished(const gmd::ProbeResult& result);

private:
    enum class Phase { Idle, Resolving, Connecting, Tunnel, Handshake, Waiting, Reading, Done };
    enum class Via { Direct, HttpProxy, Socks5 };

    void beginHop(const QUrl& url);
    void resolve(const QString& host);
    void onResolved(const QHostInfo& info);
    void connectTo(const QHostAddress& address);
    void createSocket();
    void onConnected();
    void sendConnect();
    void onTunnelHead();
    void startTls();
    void onEncrypted();
    void onSslErrors(const QList<QSslError>& errors);
    void failTls(const QString& socketError);
    void sendRequest();
    void onReadyRead();
    void onResponseProgress(bool hadHead);
    void followRedirect();
    void completeHttp();
    void onSocketError();
    void onTimeout(bool total);
    void recordBody();
    void recordChain();
    QByteArray proxyAuthorization() const;
    QString hostPort() const;
    void armPhase(Phase phase, int timeoutMs);
    /// Records and announces a stage; false when a slot cancelled the probe meanwhile.
    bool stage(ProbeStage stage);
    void finishOk();
    void fail(ProbeOutcome outcome, const QString& error, bool proxyFault = false);
    void finish(ProbeOutcome outcome);
    void dropSocket();

    const ProbeTarget m_target;
    const ProbeEnvironment m_env;
    const ProbeOptions m_options;
    std::shared_ptr<HostResolver> m_resolver;
    ProbeResult m_result;
    QElapsedTimer m_clock;
    QTimer m_phaseTimer;
    QTimer m_totalTimer;
    Phase m_phase = Phase::Idle;
    Via m_via = Via::Direct;
    QUrl m_url; ///< the current hop
    QUrl m_proxyUrl; ///< the proxy Go would use for it
    QString m_lookupHost;
    QString m_connectTarget; ///< "addr:port" being connected to
    int m_hops = 0;
    int m_lookupId = -1;
    int m_lookupSerial = 0;
    bool m_resolvingProxy = false;
    QSslSocket* m_socket = nullptr;
    std::unique_ptr<HttpResponseParser> m_parser;
    bool m_firstByte = false;
    bool m_done = false;
    QList<QSslError> m_sslErrors;
};

} // namespace gmd
