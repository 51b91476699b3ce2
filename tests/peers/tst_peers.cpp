// SPDX-License-Identifier: MIT
// The loopback peers of gmd_testpeers (silent, stalling, status, slow, closed port, CONNECT
// proxy, TLS), checked with plain Qt clients and tight timeouts. LocalGoProxy and SumDbServer:
// tst_goproxypeer; the real go: tst_peers_go.
#include "testpeers.h"

#include <QElapsedTimer>
#include <QSslSocket>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace gmdtest;

class TestPeers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void silentServer();
    void silentServerWithoutReading();
    void silentServerSwallowsGarbage();
    void silentAfterTlsHandshake();
    void stallAfterHeaders();
    void statusServer_data();
    void statusServer();
    void slowServer();
    void closedPortRefuses();
    void connectProxyDemandsCredentials();
    void connectProxyTunnels();
    void connectProxyRelaysAbsoluteGet();
    void connectProxyRefusesOtherHosts();
    void connectProxyStallingConnect();
    void tlsUnknownAuthority();
    void tlsTrusted();
    void tlsThroughConnectProxy();
    void destructorClosesStalledConnections();
};

void TestPeers::silentServer()
{
    SilentServer server;
    QVERIFY2(server.isListening(), qPrintable(server.errorString()));
    RawClient client(server.port());
    QVERIFY(client.isConnected());
    client.send("GET /golang.org/x/text/@v/list HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(server.waitForRequests(1, 2000));
    QVERIFY(client.readFor(300).isEmpty()); // H1: not one byte
    QVERIFY(client.isConnected());
    QCOMPARE(server.requestPaths(), QList<QByteArray> { "/golang.org/x/text/@v/list" });
    QCOMPARE(server.connectionCount(), 1);
}

void TestPeers::silentServerWithoutReading()
{
    SilentServer server(SilentServer::Options { .readIncoming = false });
    RawClient client(server.port());
    QVERIFY(client.isConnected());
    QVERIFY(server.waitForConnections(1, 2000));
    client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(client.readFor(300).isEmpty());
    QCOMPARE(server.requestCount(), 0);
}

void TestPeers::silentServerSwallowsGarbage()
{
    // A TLS ClientHello (or any non-HTTP bytes) to a plain black hole: still not one byte back.
    const QByteArray garbage = QByteArray("\x16\x03\x01\x02\x00", 5) + QByteArray(300, '\x01') + "\r\n\r\n";
    SilentServer parsing;
    RawClient a(parsing.port());
    a.send(garbage);
    QVERIFY(a.readFor(300).isEmpty());
    QCOMPARE(parsing.discardedBytes(), garbage.size());

    SilentServer counting(SilentServer::Options { .parseHttp = false });
    RawClient b(counting.port());
    b.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(b.readFor(300).isEmpty());
    QCOMPARE(counting.discardedBytes(), 27);
    QCOMPARE(counting.requestCount(), 0);
}

void TestPeers::silentAfterTlsHandshake()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend in Qt");
    SilentServer server(SilentServer::Options { .tls = true });
    const FetchResult r = fetch(server.baseUrl() + u"/golang.org/x/text/@v/list"_s, {}, tlsCertificatePath(), 400);
    QVERIFY(r.timedOut); // handshake done, request sent, no answer
    QCOMPARE(server.requestPaths(), QList<QByteArray> { "/golang.org/x/text/@v/list" });
}

void TestPeers::stallAfterHeaders()
{
    StallAfterHeadersServer server(StallAfterHeadersServer::Options { .contentLength = 5000, .bytesBeforeStall = 64 });
    RawClient client(server.port());
    client.send("GET /x/@v/v1.0.0.zip HTTP/1.1\r\nHost: x\r\n\r\n");
    const QByteArray first = client.readUntil(64, 2000);
    QVERIFY2(first.startsWith("HTTP/1.1 200 OK\r\n"), first.constData());
    QVERIFY(first.contains("Content-Length: 5000\r\n"));
    QCOMPARE(first.size() - (first.indexOf("\r\n\r\n") + 4), 64);
    QVERIFY(client.readFor(300).isEmpty()); // H2: stalled part-way through the body
    QVERIFY(client.isConnected());
}

void TestPeers::statusServer_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reason");
    QTest::addRow("PROTO-3 404 notfound") << 404 << QByteArray("Not Found");
    QTest::addRow("PROTO-3 410 gone") << 410 << QByteArray("Gone");
    QTest::addRow("H15 403 gatekeeper") << 403 << QByteArray("Forbidden");
    QTest::addRow("H15 500") << 500 << QByteArray("Internal Server Error");
    QTest::addRow("H15 502") << 502 << QByteArray("Bad Gateway");
}

void TestPeers::statusServer()
{
    QFETCH(int, status);
    QFETCH(QByteArray, reason);
    StatusServer server(status, "blocked by policy\nsecond line\n");
    RawClient client(server.port());
    client.send("GET /private.example/x/@v/list HTTP/1.1\r\nHost: x\r\n\r\n");
    const QByteArray answer = client.readUntil(-1, 2000);
    const QByteArray statusLine = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    QVERIFY2(answer.startsWith(statusLine), answer.constData());
    QVERIFY(answer.contains("Content-Type: text/plain; charset=utf-8\r\n"));
    QVERIFY(answer.endsWith("\r\n\r\nblocked by policy\nsecond line\n"));

    const FetchResult viaQt = fetch(server.baseUrl() + u"/x/@v/list"_s);
    QCOMPARE(viaQt.status, status);
    QCOMPARE(viaQt.body, QByteArray("blocked by policy\nsecond line\n"));
}

void TestPeers::slowServer()
{
    SlowServer server(200, "ok\n");
    QElapsedTimer timer;
    timer.start();
    const FetchResult r = fetch(server.baseUrl() + u"/golang.org/x/text/@v/list"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("ok\n"));
    QVERIFY2(timer.elapsed() >= 190, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(timer.elapsed() < 5000);
}

void TestPeers::closedPortRefuses()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    RawClient client(port, 2000);
    QVERIFY(!client.isConnected());
    QCOMPARE(client.error(), QAbstractSocket::ConnectionRefusedError);
}

void TestPeers::connectProxyDemandsCredentials()
{
    StatusServer target(200, "inside\n");
    ConnectProxy proxy(ConnectProxy::Options { .user = "alice", .password = "s3cret" });
    RawClient client(proxy.port());
    client.send("CONNECT " + target.authority().toUtf8() + " HTTP/1.1\r\nHost: x\r\n\r\n");
    const QByteArray answer = client.readUntil(-1, 2000);
    QVERIFY2(answer.startsWith("HTTP/1.1 407 Proxy Authentication Required\r\n"), answer.constData());
    QVERIFY(answer.contains("Proxy-Authenticate: Basic realm=\"gmdtest\"\r\n"));
    QCOMPARE(proxy.authFailures(), 1);
    QVERIFY(proxy.targets().isEmpty());
    QCOMPARE(target.connectionCount(), 0);
    QCOMPARE(proxy.proxyUrlWithCredentials(), u"http://alice:s3cret@"_s + proxy.authority());
}

void TestPeers::connectProxyTunnels()
{
    StatusServer target(410, "gone\n");
    ConnectProxy proxy(ConnectProxy::Options { .user = "alice", .password = "s3cret" });
    RawClient client(proxy.port());
    client.send("CONNECT " + target.authority().toUtf8()
        + " HTTP/1.1\r\nHost: x\r\nProxy-Authorization: Basic YWxpY2U6czNjcmV0\r\n\r\n");
    QCOMPARE(client.readUntil(-1, 2000), QByteArray("HTTP/1.1 200 Connection established\r\n\r\n"));
    client.send("GET /through/the/tunnel HTTP/1.1\r\nHost: x\r\n\r\n");
    const QByteArray answer = client.readUntil(-1, 2000);
    QVERIFY2(answer.startsWith("HTTP/1.1 410 Gone\r\n"), answer.constData());
    QVERIFY(answer.endsWith("gone\n"));
    QCOMPARE(proxy.targets(), QStringList { target.authority() });
    QCOMPARE(target.requestPaths(), QList<QByteArray> { "/through/the/tunnel" });
    QCOMPARE(proxy.requests().constFirst().header("proxy-authorization"), QByteArray("Basic YWxpY2U6czNjcmV0"));
}

void TestPeers::connectProxyRelaysAbsoluteGet()
{
    StatusServer target(403, "forbidden by policy\n");
    ConnectProxy proxy(ConnectProxy::Options { .user = "bob", .password = "pw" });
    QNetworkProxy qtProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, proxy.port(), u"bob"_s, u"pw"_s);
    const QString url = target.baseUrl() + u"/golang.org/x/text/@v/list?q=1"_s;
    const FetchResult r = fetch(url, qtProxy);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.body, QByteArray("forbidden by policy\n"));
    QCOMPARE(proxy.targets(), QStringList { url });
    const PeerRequest last = proxy.requests().constLast();
    QCOMPARE(last.target, url.toUtf8());
    QCOMPARE(last.header("Proxy-Authorization"), QByteArray("Basic " + QByteArray("bob:pw").toBase64()));
    // The target sees an origin-form request without the proxy credentials.
    QCOMPARE(target.requests().constFirst().target, QByteArray("/golang.org/x/text/@v/list?q=1"));
    QVERIFY(!target.requests().constFirst().hasHeader("Proxy-Authorization"));
}

void TestPeers::connectProxyRefusesOtherHosts()
{
    ConnectProxy proxy;
    RawClient client(proxy.port());
    client.send("CONNECT proxy.golang.org:443 HTTP/1.1\r\nHost: proxy.golang.org:443\r\n\r\n");
    const QByteArray answer = client.readUntil(-1, 2000);
    QVERIFY2(answer.startsWith("HTTP/1.1 502 Bad Gateway\r\n"), answer.constData());
    QVERIFY(proxy.targets().isEmpty());

    // ...unless the test maps the name to a local peer.
    StatusServer target(404, "not here\n");
    proxy.mapTarget(u"proxy.golang.org:443"_s, target.port());
    RawClient second(proxy.port());
    second.send("CONNECT proxy.golang.org:443 HTTP/1.1\r\nHost: proxy.golang.org:443\r\n\r\n");
    QCOMPARE(second.readUntil(-1, 2000), QByteArray("HTTP/1.1 200 Connection established\r\n\r\n"));
    QCOMPARE(proxy.targets(), QStringList { u"proxy.golang.org:443"_s });
}

void TestPeers::connectProxyStallingConnect()
{
    StatusServer target(200, "ok\n");
    ConnectProxy proxy(ConnectProxy::Options { .stallConnect = true });
    RawClient client(proxy.port());
    client.send("CONNECT " + target.authority().toUtf8() + " HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(proxy.waitForRequests(1, 2000));
    QVERIFY(client.readFor(300).isEmpty());
}

void TestPeers::tlsUnknownAuthority()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend in Qt");
    TlsServer server;
    QVERIFY2(server.isListening(), qPrintable(server.errorString()));
    QVERIFY(server.baseUrl().startsWith(u"https://127.0.0.1:"_s));
    const FetchResult r = fetch(server.baseUrl() + u"/"_s);
    QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(server.requestCount(), 0);
    QVERIFY(server.waitForConnections(1, 2000));
    QTRY_VERIFY_WITH_TIMEOUT(server.tlsErrorCount() >= 1, 2000); // the client's alert
}

void TestPeers::tlsTrusted()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend in Qt");
    TlsServer server(200, "secure ok\n");
    const FetchResult r = fetch(server.baseUrl() + u"/golang.org/x/text/@v/list"_s, {}, TlsServer::certificatePath());
    QCOMPARE(r.error, QNetworkReply::NoError);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("secure ok\n"));
    QCOMPARE(server.requestPaths(), QList<QByteArray> { "/golang.org/x/text/@v/list" });
}

void TestPeers::tlsThroughConnectProxy()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend in Qt");
    TlsServer server(200, "tunnelled\n");
    ConnectProxy proxy;
    const QNetworkProxy qtProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, proxy.port());
    const FetchResult r = fetch(server.baseUrl() + u"/x"_s, qtProxy, TlsServer::certificatePath());
    QCOMPARE(r.error, QNetworkReply::NoError);
    QCOMPARE(r.body, QByteArray("tunnelled\n"));
    QCOMPARE(proxy.targets(), QStringList { server.authority() });
}

void TestPeers::destructorClosesStalledConnections()
{
    QElapsedTimer timer;
    timer.start();
    auto stalled = std::make_unique<StallAfterHeadersServer>();
    auto silent = std::make_unique<SilentServer>();
    RawClient a(stalled->port());
    RawClient b(silent->port());
    a.send("GET /x HTTP/1.1\r\nHost: x\r\n\r\n");
    b.send("GET /x HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(stalled->waitForRequests(1, 2000));
    QVERIFY(silent->waitForRequests(1, 2000));
    stalled.reset();
    silent.reset();
    QVERIFY(a.waitForDisconnected(2000));
    QVERIFY(b.waitForDisconnected(2000));
    QVERIFY(timer.elapsed() < 5000);
}

QTEST_GUILESS_MAIN(TestPeers)
#include "tst_peers.moc"
