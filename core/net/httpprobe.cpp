// SPDX-License-Identifier: MIT
#include "httpprobe.h"

#include "common/logging.h"
#include "common/secrets.h"
#include "net/hostresolver.h"
#include "net/probeclassify.h"

#include <QDateTime>
#include <QHostInfo>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>

using namespace Qt::Literals::StringLiterals;

namespace gmd {
namespace {

QString tlsProtocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2:
        return u"TLSv1.2"_s;
    case QSsl::TlsV1_3:
        return u"TLSv1.3"_s;
    default:
        return u"TLS"_s;
    }
}

QString addressPort(const QHostAddress& address, int port)
{
    const QString a =
        address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']' : address.toString();
    return a + u':' + QString::number(port);
}

int defaultPort(const QString& scheme)
{
    if (scheme == u"https"_s)
        return 443;
    if (scheme.startsWith(u"socks5"_s))
        return 1080;
    return 80;
}

} // namespace

HttpProbe::HttpProbe(
    const ProbeTarget& target, const ProbeEnvironment& environment, const ProbeOptions& options, QObject* parent)
    : QObject(parent)
    , m_target(target)
    , m_env(environment)
    , m_options(options)
    , m_resolver(options.resolver ? options.resolver : systemHostResolver())
{
    m_result.id = target.id;
    m_result.kind = target.kind;
    m_result.url = redactUrl(target.url);
    m_result.finalUrl = m_result.url;
    m_result.subject = target.subject;
    m_result.subjectVariable = target.subjectVariable;
    m_result.targetSubject = target.subject;
    m_result.entryIndex = target.entryIndex;
    m_result.proxyBase = target.proxyBase;
    m_result.host = target.host;
    m_phaseTimer.setSingleShot(true);
    m_totalTimer.setSingleShot(true);
    connect(&m_phaseTimer, &QTimer::timeout, this, [this] { onTimeout(false); });
    connect(&m_totalTimer, &QTimer::timeout, this, [this] { onTimeout(true); });
}

HttpProbe::~HttpProbe()
{
    if (m_lookupId >= 0)
        m_resolver->abort(m_lookupId);
}

void HttpProbe::start()
{
    if (m_phase != Phase::Idle)
        return;
    m_clock.start();
    m_result.startedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_totalTimer.start(m_options.totalTimeoutMs);
    beginHop(QUrl(m_target.url));
}

void HttpProbe::cancel()
{
    if (m_done)
        return;
    if (m_phase == Phase::Idle)
        m_clock.start();
    m_result.errorString = u"cancelled"_s;
    finish(ProbeOutcome::Cancelled);
}

void HttpProbe::beginHop(const QUrl& url)
{
    m_url = url;
    m_firstByte = false;
    m_parser.reset();
    m_sslErrors.clear();
    const QString scheme = url.scheme().toLower();
    m_result.finalUrl = redactUrl(url.toString());
    if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || url.host().isEmpty())
        return fail(ProbeOutcome::ConfigError,
            u"cannot probe %1: only http and https URLs with a host"_s.arg(redactUrl(url.toString())));
    // NET-4: credentials in a URL are never sent over plain http.
    if (scheme == u"http"_s && !url.userInfo().isEmpty())
        return fail(ProbeOutcome::ConfigError,
            u"refusing to pass credentials to insecure URL: %1"_s.arg(redactUrl(url.toString())));

    const HttpProxyChoice choice = httpProxyForUrl(m_env.httpProxy, url);
    m_result.proxyReason = choice.reason;
    m_result.proxyVariable = choice.variable;
    m_result.proxyUsed = redactUrl(choice.proxyText);
    m_proxyUrl = choice.proxy;
    m_result.evidence << (choice.proxyText.isEmpty()
            ? u"HTTP proxy: none (%1)"_s.arg(choice.reason)
            : u"HTTP proxy: %1 from %2 (%3)"_s.arg(m_result.proxyUsed, choice.variable, choice.reason));
    if (!choice.error.isEmpty())
        return fail(ProbeOutcome::ConfigError, choice.error, true);
    m_via = Via::Direct;
    if (!choice.proxyText.isEmpty()) {
        const QString pscheme = m_proxyUrl.scheme().toLower();
        if (choice.brokenProxy || m_proxyUrl.host().isEmpty())
            return fail(ProbeOutcome::ProxyError,
                u"proxyconnect tcp: the proxy URL %1 has no usable scheme or host"_s.arg(m_result.proxyUsed), true);
        if (pscheme == u"https"_s)
            return finish(ProbeOutcome::NotProbed); // TLS to the proxy, then TLS inside: not done here
        m_via = pscheme.startsWith(u"socks5"_s) ? Via::Socks5 : Via::HttpProxy;
    }

    if (m_via == Via::Socks5) {
        // Go's SOCKS5 dialer hands the host name to the proxy, which resolves it.
        m_result.dnsSkipped = true;
        m_result.evidence << u"DNS: %1 is resolved by the SOCKS5 proxy"_s.arg(url.host());
        if (!stage(ProbeStage::Dns))
            return;
        createSocket();
        const QString user = m_proxyUrl.userName(QUrl::FullyDecoded);
        const QString password = m_proxyUrl.password(QUrl::FullyDecoded);
        m_socket->setProxy(QNetworkProxy(
            QNetworkProxy::Socks5Proxy, m_proxyUrl.host(), quint16(m_proxyUrl.port(1080)), user, password));
        m_connectTarget = m_proxyUrl.host() + u':' + QString::number(m_proxyUrl.port(1080));
        armPhase(Phase::Connecting, m_options.connectTimeoutMs);
        m_socket->connectToHost(url.host(), quint16(url.port(defaultPort(scheme))));
        return;
    }
    m_resolvingProxy = m_via == Via::HttpProxy;
    resolve(m_resolvingProxy ? m_proxyUrl.host() : url.host());
}

void HttpProbe::resolve(const QString& host)
{
    m_lookupHost = host;
    QHostAddress literal;
    if (literal.setAddress(host)) {
        m_result.dnsSkipped = true;
        (literal.protocol() == QAbstractSocket::IPv6Protocol ? m_result.ipv6 : m_result.ipv4) << literal.toString();
        m_result.evidence << u"DNS skipped: %1 is an IP address"_s.arg(host);
        if (!stage(ProbeStage::Dns))
            return;
        return connectTo(literal);
    }
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0) {
        m_result.dnsSkipped = true;
        m_result.ipv4 = { u"127.0.0.1"_s };
        m_result.ipv6 = { u"::1"_s };
        m_result.evidence << u"DNS skipped: localhost is 127.0.0.1"_s;
        if (!stage(ProbeStage::Dns))
            return;
        return connectTo(QHostAddress(QHostAddress::LocalHost));
    }
    armPhase(Phase::Resolving, m_options.dnsTimeoutMs);
    const int serial = ++m_lookupSerial;
    m_lookupId = m_resolver->lookup(host, this, [this, serial](const QHostInfo& info) {
        if (serial == m_lookupSerial && m_phase == Phase::Resolving)
            onResolved(info);
    });
}

void HttpProbe::onResolved(const QHostInfo& info)
{
    m_lookupId = -1;
    m_phaseTimer.stop();
    const QString what =
        m_resolvingProxy ? u"proxyconnect tcp: lookup %1"_s.arg(m_lookupHost) : u"lookup %1"_s.arg(m_lookupHost);
    if (info.error() == QHostInfo::HostNotFound || (info.error() == QHostInfo::NoError && info.addresses().isEmpty()))
        return fail(ProbeOutcome::DnsNotFound, what + u": no such host"_s, m_resolvingProxy);
    if (info.error() != QHostInfo::NoError)
        return fail(ProbeOutcome::DnsTimeout,
            what + u": "_s + info.errorString() + u" (the resolver gave up: no DNS server answered in time?)"_s,
            m_resolvingProxy);
    m_result.ipv4.clear();
    m_result.ipv6.clear();
    for (const QHostAddress& a : info.addresses())
        (a.protocol() == QAbstractSocket::IPv6Protocol ? m_result.ipv6 : m_result.ipv4) << a.toString();
    m_result.evidence << u"DNS %1%2: IPv4 %3; IPv6 %4"_s.arg(m_lookupHost,
        m_resolvingProxy ? u" (the HTTP proxy)"_s : QString(),
        m_result.ipv4.isEmpty() ? u"none"_s : m_result.ipv4.join(u", "_s),
        m_result.ipv6.isEmpty() ? u"none"_s : m_result.ipv6.join(u", "_s));
    if (!stage(ProbeStage::Dns))
        return;
    connectTo(info.addresses().first());
}

void HttpProbe::createSocket()
{
    m_socket = new QSslSocket(this);
    m_socket->setProxy(QNetworkProxy::NoProxy); // Go's proxy choice is made above, never Qt's
    connect(m_socket, &QSslSocket::connected, this, &HttpProbe::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &HttpProbe::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &HttpProbe::onSslErrors);
    connect(m_socket, &QSslSocket::readyRead, this, &HttpProbe::onReadyRead);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) { onSocketError(); });
}

void HttpProbe::connectTo(const QHostAddress& address)
{
    const int port = m_via == Via::HttpProxy ? m_proxyUrl.port(defaultPort(m_proxyUrl.scheme()))
                                             : m_url.port(defaultPort(m_url.scheme()));
    m_connectTarget = addressPort(address, port);
    createSocket();
    armPhase(Phase::Connecting, m_options.connectTimeoutMs);
    m_socket->connectToHost(address, quint16(port));
}

void HttpProbe::onConnected()
{
    m_phaseTimer.stop();
    m_result.connectedAddress = m_connectTarget;
    m_result.evidence << u"TCP connected to %1%2 after %3 ms"_s.arg(m_connectTarget,
        m_via == Via::Direct ? QString() : (m_via == Via::Socks5 ? u" (the SOCKS5 proxy)"_s : u" (the HTTP proxy)"_s),
        QString::number(m_clock.elapsed()));
    if (!stage(ProbeStage::Connect))
        return;
    const bool https = m_url.scheme().toLower() == u"https"_s;
    if (m_via == Via::HttpProxy && https)
        return sendConnect();
    if (https)
        return startTls();
    if (m_target.connectOnly)
        return finishOk();
    sendRequest();
}

QString HttpProbe::hostPort() const
{
    const QString host = m_url.host().contains(u':') ? u'[' + m_url.host() + u']' : m_url.host();
    return host + u':' + QString::number(m_url.port(defaultPort(m_url.scheme().toLower())));
}

QByteArray HttpProbe::proxyAuthorization() const
{
    // Go: the proxy URL's user info becomes Proxy-Authorization: Basic (for CONNECT and GETs).
    if (m_proxyUrl.userInfo().isEmpty())
        return {};
    const QString credentials =
        m_proxyUrl.userName(QUrl::FullyDecoded) + u':' + m_proxyUrl.password(QUrl::FullyDecoded);
    return "Proxy-Authorization: Basic " + credentials.toUtf8().toBase64() + "\r\n";
}

void HttpProbe::sendConnect()
{
    const QByteArray authority = hostPort().toUtf8();
    m_parser = std::make_unique<HttpResponseParser>(64 * 1024, true);
    armPhase(Phase::Tunnel, m_options.responseTimeoutMs);
    const QByteArray request = "CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority
        + "\r\nUser-Agent: " + m_options.userAgent + "\r\n" + proxyAuthorization() + "\r\n";
    m_socket->write(request);
}

void HttpProbe::onTunnelHead()
{
    const QString line = QString::fromLatin1(m_parser->statusLine());
    m_result.evidence << u"CONNECT %1 via %2: %3"_s.arg(hostPort(), m_result.proxyUsed, line);
    if (m_parser->status() == 200) {
        m_parser.reset();
        if (!stage(ProbeStage::ProxyTunnel))
            return;
        return startTls();
    }
    m_result.httpStatus = m_parser->status();
    m_result.statusLine = line;
    if (m_parser->status() == 407) {
        const QString challenge = QString::fromLatin1(m_parser->header("Proxy-Authenticate"));
        const QRegularExpressionMatch realm = QRegularExpression(u"realm=\"([^\"]*)\""_s).match(challenge);
        if (!challenge.isEmpty())
            m_result.evidence << u"Proxy-Authenticate: %1"_s.arg(challenge);
        return fail(ProbeOutcome::ProxyAuthRequired,
            u"CONNECT %1: %2%3; %4"_s.arg(hostPort(), line,
                realm.hasMatch() ? u" (realm \"%1\")"_s.arg(realm.captured(1)) : QString(),
                m_proxyUrl.userInfo().isEmpty() ? u"the proxy URL carries no credentials"_s
                                                : u"the credentials in the proxy URL were refused"_s),
            true);
    }
    fail(ProbeOutcome::ProxyError, u"CONNECT %1: %2"_s.arg(hostPort(), line), true);
}

void HttpProbe::startTls()
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (m_env.trust && !m_env.trust->systemDefault) {
        config.setCaCertificates(m_env.trust->certificates); // NET-6: SSL_CERT_FILE / SSL_CERT_DIR
        for (const QString& line : m_env.trust->evidence) {
            if (m_hops == 0)
                m_result.evidence << u"TLS trust: "_s + line;
        }
    }
    config.setPeerVerifyMode(m_target.verifyTls ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);
    config.setAllowedNextProtocols({ QByteArray(QSslConfiguration::NextProtocolHttp1_1) });
    m_socket->setSslConfiguration(config);
    m_socket->setPeerVerifyName(m_url.host());
    armPhase(Phase::Handshake, m_options.tlsTimeoutMs);
    m_socket->startClientEncryption();
}

void HttpProbe::recordChain()
{
    if (!m_result.tlsChain.isEmpty() || !m_socket)
        return;
    const QList<QSslCertificate> chain = m_socket->peerCertificateChain();
    for (qsizetype i = 0; i < chain.size(); ++i) {
        m_result.tlsChain << describeCertificate(chain.at(i));
        m_result.evidence << u"certificate %1: %2"_s.arg(QString::number(i), m_result.tlsChain.last());
    }
}

void HttpProbe::onSslErrors(const QList<QSslError>& errors)
{
    // Classified when the handshake fails (errorOccurred follows); the chain is readable now.
    m_sslErrors = errors;
    recordChain();
}

void HttpProbe::failTls(const QString& socketError)
{
    recordChain();
    if (m_sslErrors.isEmpty())
        return fail(ProbeOutcome::TlsError, u"TLS handshake with %1 failed: %2"_s.arg(hostPort(), socketError));
    QStringList texts;
    for (const QSslError& e : std::as_const(m_sslErrors))
        texts << e.errorString();
    m_result.evidence << u"TLS verification errors: %1"_s.arg(texts.join(u"; "_s));
    const QString issuer = m_result.tlsChain.isEmpty() ? QString() : m_result.tlsChain.last();
    switch (classifyTlsErrors(m_sslErrors)) {
    case TlsFailure::UnknownAuthority:
        return fail(
            ProbeOutcome::TlsUnknownAuthority, u"x509: certificate signed by unknown authority (%1)"_s.arg(issuer));
    case TlsFailure::HostnameMismatch:
        return fail(ProbeOutcome::TlsHostnameMismatch,
            u"x509: certificate is not valid for %1 (%2)"_s.arg(m_url.host(), texts.join(u"; "_s)));
    case TlsFailure::Expired:
        return fail(ProbeOutcome::TlsError, u"x509: certificate has expired or is not yet valid"_s);
    case TlsFailure::None:
    case TlsFailure::Other:
        break;
    }
    fail(ProbeOutcome::TlsError, u"TLS handshake with %1 failed: %2"_s.arg(hostPort(), texts.join(u"; "_s)));
}

void HttpProbe::onEncrypted()
{
    m_phaseTimer.stop();
    m_result.tlsProtocol = tlsProtocolName(m_socket->sessionProtocol());
    recordChain();
    m_result.evidence << u"TLS %1 with %2%3"_s.arg(m_result.tlsProtocol, m_url.host(),
        m_target.verifyTls ? u", certificate verified"_s : u", certificate not checked (GOINSECURE)"_s);
    if (!stage(ProbeStage::Tls))
        return;
    if (m_target.connectOnly)
        return finishOk();
    sendRequest();
}

void HttpProbe::armPhase(Phase phase, int timeoutMs)
{
    m_phase = phase;
    m_phaseTimer.start(qMax(1, timeoutMs));
}

bool HttpProbe::stage(ProbeStage stage)
{
    const qint64 elapsed = m_clock.elapsed();
    m_result.stages.append({ stage, elapsed });
    Q_EMIT stageCompleted(m_target.id, stage, elapsed);
    return !m_done; // a slot may have cancelled the probe
}

void HttpProbe::finishOk()
{
    const bool slow = m_clock.elapsed() > m_options.slowThresholdMs;
    if (slow)
        m_result.errorString = u"slower than %1 ms"_s.arg(m_options.slowThresholdMs);
    finish(slow ? ProbeOutcome::Slow : ProbeOutcome::Ok);
}

void HttpProbe::fail(ProbeOutcome outcome, const QString& error, bool proxyFault)
{
    m_result.errorString = maskSecrets(error);
    if (proxyFault && !m_result.proxyVariable.isEmpty()) {
        m_result.subjectVariable = m_result.proxyVariable;
        m_result.subject = m_result.proxyUsed.isEmpty() ? m_result.proxyVariable
                                                        : u"%1 (%2)"_s.arg(m_result.proxyVariable, m_result.proxyUsed);
    }
    finish(outcome);
}

void HttpProbe::finish(ProbeOutcome outcome)
{
    if (m_done)
        return;
    m_done = true;
    m_phase = Phase::Done;
    m_phaseTimer.stop();
    m_totalTimer.stop();
    ++m_lookupSerial;
    if (m_lookupId >= 0)
        m_resolver->abort(m_lookupId);
    m_lookupId = -1;
    dropSocket();
    if (outcome == ProbeOutcome::NotProbed && m_result.errorString.isEmpty())
        m_result.errorString = u"requests through an https:// HTTP proxy are not probed"_s;
    m_result.outcome = outcome;
    m_result.totalMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    stage(ProbeStage::Total);
    m_result.summary = summarizeProbe(m_result);
    qCDebug(gmdNet).noquote() << m_result.summary;
    Q_EMIT finished(m_result);
}

void HttpProbe::dropSocket()
{
    if (!m_socket)
        return;
    QSslSocket* socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    socket->abort(); // closes the descriptor now; the object goes at the next event loop turn
    socket->deleteLater();
}

} // namespace gmd
