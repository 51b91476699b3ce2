// SPDX-License-Identifier: MIT
// HttpProbe with TLS (NET-6, H3) and Go's HTTP proxy choice (NET-3): the self-signed peer,
// SSL_CERT_FILE trust, host name mismatch, CONNECT with 407 and with credentials, a proxy on a
// closed port (subject HTTPS_PROXY), NO_PROXY and loopback bypass, absolute-URI GETs, SOCKS5.
#include "net/tlstrust.h"
#include "probetestutil.h"
#include "testpeers.h"

#include <QSslSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmd::ProbeOutcome;
using gmd::ProbeStage;

namespace {

gmd::ProbeEnvironment trustingTestCertificate()
{
    gmd::ProbeEnvironment env;
    env.trust = std::make_shared<gmd::TlsTrust>(gmd::loadTlsTrust(gmdtest::TlsServer::certificatePath(), {}));
    return env;
}

gmd::ProbeEnvironment withProxy(const QMap<QString, QString>& vars)
{
    gmd::ProbeEnvironment env;
    env.httpProxy = gmdtest::proxyConfig(vars);
    return env;
}

} // namespace

class TestProbeProxyTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
    }

    void tlsUnknownAuthority()
    {
        gmdtest::TlsServer peer;
        const gmd::ProbeResult r =
            gmdtest::runProbe(gmdtest::probeTarget(u"https://127.0.0.1:%1/x/@v/list"_s.arg(peer.port())));
        QCOMPARE(r.outcome, ProbeOutcome::TlsUnknownAuthority); // H3
        QCOMPARE(r.subjectVariable, u"GOPROXY"_s);
        QVERIFY2(r.errorString.contains(u"unknown authority"_s), qPrintable(r.errorString));
        QVERIFY(r.summary.contains(u"TLS interception"_s));
        QVERIFY(!r.tlsChain.isEmpty());
        QVERIFY2(r.tlsChain.first().contains(u"subject CN=localhost"_s), qPrintable(r.tlsChain.first()));
        QVERIFY(r.tlsChain.first().contains(u"issuer CN=localhost"_s));
        QCOMPARE(r.stageMs(ProbeStage::Tls), -1);
        QCOMPARE(peer.requestCount(), 0);
    }

    void tlsTrustedThroughSslCertFile()
    {
        gmdtest::TlsServer peer(200, "v1.0.0\n");
        const gmd::ProbeResult r = gmdtest::runProbe(
            gmdtest::probeTarget(u"https://127.0.0.1:%1/x/@v/list"_s.arg(peer.port()), gmd::BodyCheck::VersionList),
            trustingTestCertificate());
        QCOMPARE(r.outcome, ProbeOutcome::Ok); // NET-6
        QVERIFY(r.stageMs(ProbeStage::Tls) >= 0);
        QVERIFY(r.tlsProtocol.startsWith(u"TLS"_s));
        QVERIFY(r.evidence.join(u'\n').contains(u"SSL_CERT_FILE="_s));
    }

    void tlsHostnameMismatch()
    {
        gmdtest::TlsServer peer;
        auto resolver = std::make_shared<gmdtest::TableResolver>();
        resolver->table.insert(u"mismatch.test"_s, { QHostAddress(QHostAddress::LocalHost) });
        gmd::ProbeOptions o = gmdtest::fastOptions();
        o.resolver = resolver;
        const gmd::ProbeResult r = gmdtest::runProbe(
            gmdtest::probeTarget(u"https://mismatch.test:%1/x"_s.arg(peer.port())), trustingTestCertificate(), o);
        QCOMPARE(r.outcome, ProbeOutcome::TlsHostnameMismatch);
        QVERIFY(r.errorString.contains(u"mismatch.test"_s));
    }

    void tlsHandshakeTimeout()
    {
        gmdtest::SilentServer peer; // swallows the ClientHello and never answers
        const gmd::ProbeResult r =
            gmdtest::runProbe(gmdtest::probeTarget(u"https://127.0.0.1:%1/x"_s.arg(peer.port())));
        QCOMPARE(r.outcome, ProbeOutcome::TlsError);
        QVERIFY2(r.errorString.contains(u"handshake timeout"_s), qPrintable(r.errorString));
    }

    void tlsAgainstPlainHttp()
    {
        gmdtest::StatusServer peer(200, "ok\n");
        const gmd::ProbeResult r =
            gmdtest::runProbe(gmdtest::probeTarget(u"https://127.0.0.1:%1/x"_s.arg(peer.port())));
        QCOMPARE(r.outcome, ProbeOutcome::TlsError);
    }

    void redirectFromHttpsToHttpRefused()
    {
        gmdtest::StatusServer plain(200, "v1.0.0\n");
        const QByteArray insecure = u"http://127.0.0.1:%1/x/@v/list"_s.arg(plain.port()).toUtf8();
        gmdtest::StatusServer secure(
            { .status = 302, .body = {}, .tls = true, .headers = { { "Location", insecure } } });
        const gmd::ProbeResult r = gmdtest::runProbe(
            gmdtest::probeTarget(u"https://127.0.0.1:%1/x/@v/list"_s.arg(secure.port())), trustingTestCertificate());
        QCOMPARE(r.outcome, ProbeOutcome::RedirectRefused); // PROTO-3
        QVERIFY(r.errorString.contains(u"redirected from secure URL"_s));
        QCOMPARE(plain.connectionCount(), 0);
    }

    void connectProxyRequiresAuthentication()
    {
        gmdtest::TlsServer origin;
        gmdtest::ConnectProxy proxy({ .user = "gopher", .password = "pw" });
        proxy.mapTarget(u"proxy.test:443"_s, origin.port());
        const gmd::ProbeResult r = gmdtest::runProbe(gmdtest::probeTarget(u"https://proxy.test/x/@v/list"_s),
            withProxy({ { u"HTTPS_PROXY"_s, proxy.proxyUrl() } }));
        QCOMPARE(r.outcome, ProbeOutcome::ProxyAuthRequired); // H3
        QCOMPARE(r.subjectVariable, u"HTTPS_PROXY"_s);
        QCOMPARE(r.targetSubject, u"GOPROXY entry 1"_s);
        QCOMPARE(r.httpStatus, 407);
        QVERIFY2(r.errorString.contains(u"realm \"gmdtest\""_s), qPrintable(r.errorString));
        QVERIFY(r.evidence.join(u'\n').contains(u"Proxy-Authenticate: Basic realm=\"gmdtest\""_s));
        QCOMPARE(proxy.authFailures(), 1);
        QCOMPARE(origin.connectionCount(), 0);
    }

    void connectProxyWithCredentials()
    {
        gmdtest::TlsServer origin(200, "v1.0.0\n");
        gmdtest::ConnectProxy proxy({ .user = "gopher", .password = "pw" });
        proxy.mapTarget(u"proxy.test:443"_s, origin.port());
        auto resolver = std::make_shared<gmdtest::TableResolver>();
        gmd::ProbeOptions o = gmdtest::fastOptions();
        o.resolver = resolver;
        gmd::ProbeTarget t = gmdtest::probeTarget(u"https://proxy.test/x/@v/list"_s, gmd::BodyCheck::VersionList);
        t.verifyTls = false; // the test certificate names localhost, not proxy.test
        const gmd::ProbeResult r =
            gmdtest::runProbe(t, withProxy({ { u"HTTPS_PROXY"_s, proxy.proxyUrlWithCredentials() } }), o);
        QCOMPARE(r.outcome, ProbeOutcome::Ok);
        QCOMPARE(proxy.targets(), QStringList { u"proxy.test:443"_s });
        QCOMPARE(proxy.authFailures(), 0);
        QCOMPARE(r.proxyVariable, u"HTTPS_PROXY"_s);
        QVERIFY(!r.proxyUsed.contains(u"pw@"_s)); // masked
        QCOMPARE(r.connectedAddress, proxy.authority());
        QVERIFY(r.stageMs(ProbeStage::ProxyTunnel) >= 0);
        QVERIFY(resolver->asked.isEmpty()); // the proxy resolves the target, as with Go
        QCOMPARE(origin.requests().first().path, QByteArray("/x/@v/list"));
    }

    void connectProxySilent()
    {
        gmdtest::ConnectProxy proxy({ .stallConnect = true });
        proxy.mapTarget(u"proxy.test:443"_s, gmdtest::closedPort());
        const gmd::ProbeResult r = gmdtest::runProbe(
            gmdtest::probeTarget(u"https://proxy.test/x"_s), withProxy({ { u"HTTPS_PROXY"_s, proxy.proxyUrl() } }));
        QCOMPARE(r.outcome, ProbeOutcome::Silent); // H1: a proxy holding CONNECT open
        QCOMPARE(r.subjectVariable, u"HTTPS_PROXY"_s);
    }

    void httpsProxyOnClosedPort()
    {
        const QString proxy = u"http://127.0.0.1:%1"_s.arg(gmdtest::closedPort());
        const gmd::ProbeResult r = gmdtest::runProbe(
            gmdtest::probeTarget(u"https://proxy.test/x/@v/list"_s), withProxy({ { u"HTTPS_PROXY"_s, proxy } }));
        QCOMPARE(r.outcome, ProbeOutcome::ProxyConnectFailed);
        QCOMPARE(r.subjectVariable, u"HTTPS_PROXY"_s);
        QCOMPARE(r.targetSubject, u"GOPROXY entry 1"_s);
        QVERIFY2(r.errorString.startsWith(u"proxyconnect tcp:"_s), qPrintable(r.errorString));
    }

    void httpProxyAbsoluteUriGet()
    {
        gmdtest::LocalGoProxy origin;
        origin.addModule(u"golang.org/x/text"_s, u"v0.14.0"_s, {});
        gmdtest::ConnectProxy proxy;
        proxy.mapTarget(u"plain.test:80"_s, origin.port());
        const gmd::ProbeResult r = gmdtest::runProbe(
            gmdtest::probeTarget(u"http://plain.test/golang.org/x/text/@v/list"_s, gmd::BodyCheck::VersionList),
            withProxy({ { u"HTTP_PROXY"_s, proxy.proxyUrl() }, { u"HTTPS_PROXY"_s, u"http://127.0.0.1:9"_s } }));
        QCOMPARE(r.outcome, ProbeOutcome::Ok);
        QCOMPARE(r.proxyVariable, u"HTTP_PROXY"_s); // NET-3: the scheme picks the variable
        QCOMPARE(proxy.targets(), QStringList { u"http://plain.test/golang.org/x/text/@v/list"_s });
    }

    void noProxyBypass()
    {
        gmdtest::StatusServer peer(200, "v1.0.0\n");
        auto resolver = std::make_shared<gmdtest::TableResolver>();
        resolver->table.insert(u"bypass.test"_s, { QHostAddress(QHostAddress::LocalHost) });
        gmd::ProbeOptions o = gmdtest::fastOptions();
        o.resolver = resolver;
        const QString closed = u"http://127.0.0.1:%1"_s.arg(gmdtest::closedPort());
        const gmd::ProbeResult r =
            gmdtest::runProbe(gmdtest::probeTarget(u"http://bypass.test:%1/x/@v/list"_s.arg(peer.port())),
                withProxy({ { u"HTTP_PROXY"_s, closed }, { u"NO_PROXY"_s, u"example.com,bypass.test"_s } }), o);
        QCOMPARE(r.outcome, ProbeOutcome::Ok);
        QVERIFY(r.proxyUsed.isEmpty());
        QVERIFY2(r.proxyReason.contains(u"NO_PROXY"_s), qPrintable(r.proxyReason));
    }

    void loopbackNeverProxied()
    {
        gmdtest::StatusServer peer(200, "v1.0.0\n");
        const QString closed = u"http://127.0.0.1:%1"_s.arg(gmdtest::closedPort());
        const gmd::ProbeResult r = gmdtest::runProbe(gmdtest::probeTarget(u"http://127.0.0.1:%1/x"_s.arg(peer.port())),
            withProxy({ { u"HTTP_PROXY"_s, closed }, { u"HTTPS_PROXY"_s, closed } }));
        QCOMPARE(r.outcome, ProbeOutcome::Ok);
        QVERIFY(r.proxyUsed.isEmpty());
    }

    void socks5ProxyUnreachable()
    {
        const QString closed = u"socks5://127.0.0.1:%1"_s.arg(gmdtest::closedPort());
        const gmd::ProbeResult r = gmdtest::runProbe(
            gmdtest::probeTarget(u"https://proxy.test/x"_s), withProxy({ { u"HTTPS_PROXY"_s, closed } }));
        QCOMPARE(r.outcome, ProbeOutcome::ProxyConnectFailed);
        QCOMPARE(r.subjectVariable, u"HTTPS_PROXY"_s);
        QVERIFY(r.dnsSkipped); // the SOCKS5 proxy would resolve the name
    }
};

QTEST_GUILESS_MAIN(TestProbeProxyTls)
#include "tst_probeproxytls.moc"
