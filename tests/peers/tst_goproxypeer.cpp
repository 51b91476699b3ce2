// SPDX-License-Identifier: MIT
// LocalGoProxy (PROTO-1..4), its module zips, and SumDbServer (SUMDB-3/4), checked with plain Qt
// clients. The real go command is in tst_peers_go.
#include "testpeers.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>
#include <QtEndian>

using namespace Qt::Literals::StringLiterals;
using namespace gmdtest;

namespace {

struct ZipEntry
{
    QString name;
    QByteArray content;
    quint32 crc = 0;
};

/// Reads a stored ZIP through its central directory (enough to check our writer).
QList<ZipEntry> readStoredZip(const QByteArray& zip)
{
    auto u16 = [&](qsizetype at) { return qFromLittleEndian<quint16>(zip.constData() + at); };
    auto u32 = [&](qsizetype at) { return qFromLittleEndian<quint32>(zip.constData() + at); };
    QList<ZipEntry> entries;
    const qsizetype eocd = zip.lastIndexOf("PK\x05\x06");
    if (eocd < 0 || eocd + 22 > zip.size())
        return entries;
    qsizetype at = u32(eocd + 16);
    for (int i = 0; i < u16(eocd + 10); ++i) {
        if (u32(at) != 0x02014b50)
            return {};
        ZipEntry e;
        e.crc = u32(at + 16);
        const quint32 size = u32(at + 24);
        const quint16 nameLength = u16(at + 28);
        const quint32 local = u32(at + 42);
        e.name = QString::fromUtf8(zip.mid(at + 46, nameLength));
        e.content = zip.mid(local + 30 + u16(local + 26) + u16(local + 28), size);
        entries.append(e);
        at += 46 + nameLength + u16(at + 30) + u16(at + 32);
    }
    return entries;
}

} // namespace

class TestGoProxyPeer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crc32Vector();
    void goProxyEndpoints_data();
    void goProxyEndpoints();
    void goProxyZip();
    void goProxyBasePathAndSumDb();
    void goProxyBehaviours();
    void goProxyKeepAlive();
    void sumDbServer();
};

void TestGoProxyPeer::crc32Vector()
{
    QCOMPARE(crc32("123456789"), 0xCBF43926u); // the standard check value
    QCOMPARE(crc32(""), 0u);
    QCOMPARE(proxyEscape(u"example.com/Foo/BAR"_s), u"example.com/!foo/!b!a!r"_s);
}

void TestGoProxyPeer::goProxyEndpoints_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    const QByteArray text = "text/plain; charset=utf-8";
    const QByteArray json = "application/json";
    QTest::addRow("PROTO-1 list") << u"/example.com/!foo/bar/@v/list"_s << 200 << text
                                  << QByteArray("v1.0.0\nv1.1.0-RC1\nv0.9.0\n");
    QTest::addRow("PROTO-4 info") << u"/example.com/!foo/bar/@v/v1.0.0.info"_s << 200 << json
                                  << QByteArray(R"({"Time":"2020-01-01T00:00:00Z","Version":"v1.0.0"})");
    QTest::addRow("PROTO-2 escaped version") << u"/example.com/!foo/bar/@v/v1.1.0-!r!c1.info"_s << 200 << json
                                             << QByteArray(R"({"Time":"2021-02-03T04:05:06Z","Version":"v1.1.0-RC1"})");
    QTest::addRow("mod") << u"/example.com/!foo/bar/@v/v1.0.0.mod"_s << 200 << text
                         << QByteArray("module example.com/Foo/bar\n\ngo 1.16\n");
    QTest::addRow("generated mod") << u"/example.com/baz/@v/v1.2.3.mod"_s << 200 << text
                                   << QByteArray("module example.com/baz\n");
    QTest::addRow("latest is the highest release")
        << u"/example.com/!foo/bar/@latest"_s << 200 << json
        << QByteArray(R"({"Time":"2020-01-01T00:00:00Z","Version":"v1.0.0"})");
    QTest::addRow("PROTO-2 bare upper case is not found")
        << u"/example.com/Foo/bar/@v/list"_s << 404 << text << QByteArray("not found: example.com/Foo/bar/@v/list\n");
    QTest::addRow("unknown version") << u"/example.com/baz/@v/v9.9.9.info"_s << 404 << text
                                     << QByteArray("not found: example.com/baz/@v/v9.9.9.info\n");
    QTest::addRow("unknown module") << u"/golang.org/x/text/@v/list"_s << 404 << text
                                    << QByteArray("not found: golang.org/x/text/@v/list\n");
    QTest::addRow("not a proxy path") << u"/"_s << 404 << text << QByteArray("not found: /\n");
}

void TestGoProxyPeer::goProxyEndpoints()
{
    QFETCH(QString, suffix);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    LocalGoProxy proxy;
    proxy.addModule(
        u"example.com/Foo/bar"_s, u"v1.0.0"_s, { { u"go.mod"_s, "module example.com/Foo/bar\n\ngo 1.16\n" } });
    proxy.addModule(
        u"example.com/Foo/bar"_s, u"v1.1.0-RC1"_s, {}, QDateTime(QDate(2021, 2, 3), QTime(4, 5, 6), QTimeZone::utc()));
    proxy.addModule(u"example.com/Foo/bar"_s, u"v0.9.0"_s, {});
    proxy.addModule(u"example.com/baz"_s, u"v1.2.3"_s, { { u"baz.go"_s, "package baz\n" } });
    const FetchResult r = fetch(proxy.baseUrl() + suffix);
    QCOMPARE(r.status, status);
    QCOMPARE(r.contentType, contentType);
    if (contentType == "application/json")
        QCOMPARE(QJsonDocument::fromJson(r.body).object(), QJsonDocument::fromJson(body).object());
    else
        QCOMPARE(r.body, body);
}

void TestGoProxyPeer::goProxyZip()
{
    LocalGoProxy proxy;
    const QMap<QString, QByteArray> files { { u"go.mod"_s, "module example.com/Foo/bar\n" },
        { u"bar.go"_s, "package bar\n" }, { u"sub/dir/x.txt"_s, QByteArray(3000, 'x') } };
    proxy.addModule(u"example.com/Foo/bar"_s, u"v1.0.0"_s, files);
    const FetchResult r = fetch(proxy.moduleUrl(u"example.com/Foo/bar"_s, u"/@v/v1.0.0.zip"_s));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.contentType, QByteArray("application/zip"));
    QCOMPARE(r.body, proxy.zip(u"example.com/Foo/bar"_s, u"v1.0.0"_s));
    const QList<ZipEntry> entries = readStoredZip(r.body);
    QCOMPARE(entries.size(), 3);
    for (const ZipEntry& e : entries) {
        QVERIFY2(
            e.name.startsWith(u"example.com/Foo/bar@v1.0.0/"_s), qPrintable(e.name)); // unescaped, as x/mod/zip wants
        const QString relative = e.name.mid(QStringLiteral("example.com/Foo/bar@v1.0.0/").size());
        QCOMPARE(e.content, files.value(relative));
        QCOMPARE(e.crc, crc32(e.content));
    }
}

void TestGoProxyPeer::goProxyBasePathAndSumDb()
{
    LocalGoProxy proxy(LocalGoProxy::Options { .basePath = u"/mod"_s });
    proxy.addModule(u"example.com/baz"_s, u"v1.2.3"_s, {});
    QVERIFY(proxy.baseUrl().endsWith(u"/mod"_s));
    QCOMPARE(fetch(proxy.baseUrl() + u"/example.com/baz/@v/list"_s).body, QByteArray("v1.2.3\n"));
    QCOMPARE(fetch(u"http://"_s + proxy.authority() + u"/example.com/baz/@v/list"_s).status, 404);
    QCOMPARE(fetch(proxy.baseUrl() + u"/sumdb/sum.golang.org/supported"_s).status, 404);
    proxy.setSupportedSumDb(u"sum.golang.org"_s); // SUMDB-3
    QCOMPARE(fetch(proxy.baseUrl() + u"/sumdb/sum.golang.org/supported"_s).status, 200);
    QCOMPARE(fetch(proxy.baseUrl() + u"/sumdb/other.example/supported"_s).status, 404);
    proxy.setNotFound(410, "gone: private\n");
    const FetchResult gone = fetch(proxy.baseUrl() + u"/corp.example/x/@v/list"_s);
    QCOMPARE(gone.status, 410);
    QCOMPARE(gone.body, QByteArray("gone: private\n"));
}

void TestGoProxyPeer::goProxyBehaviours()
{
    LocalGoProxy proxy;
    proxy.addModule(u"example.com/baz"_s, u"v1.2.3"_s, { { u"data.bin"_s, QByteArray(20000, 'd') } });
    const QString base = proxy.moduleUrl(u"example.com/baz"_s, u"/@v/v1.2.3"_s);

    proxy.setBehaviour(u"example.com/baz"_s, { .suffix = u".info"_s, .status = 403, .body = "blocked\n" }); // H15
    const FetchResult blocked = fetch(base + u".info"_s);
    QCOMPARE(blocked.status, 403);
    QCOMPARE(blocked.body, QByteArray("blocked\n"));
    QCOMPARE(fetch(base + u".mod"_s).status, 200); // other suffixes unaffected

    proxy.clearBehaviours();
    proxy.setBehaviour(u"example.com/baz"_s, { .suffix = u".mod"_s, .delayBeforeHeadersMs = 250 });
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(fetch(base + u".mod"_s).status, 200);
    QVERIFY2(timer.elapsed() >= 240, qPrintable(QString::number(timer.elapsed())));

    proxy.setLatencyMs(150);
    timer.restart();
    QCOMPARE(fetch(base + u".info"_s).status, 200);
    QVERIFY(timer.elapsed() >= 140);
    proxy.setLatencyMs(0);

    proxy.clearBehaviours();
    proxy.setBehaviour(u"example.com/baz"_s, { .suffix = u".zip"_s, .stallAfterBodyBytes = 1000 }); // H2
    RawClient client(proxy.port());
    client.send("GET /example.com/baz/@v/v1.2.3.zip HTTP/1.1\r\nHost: x\r\n\r\n");
    const QByteArray head = client.readUntil(1000, 2000);
    QVERIFY(head.startsWith("HTTP/1.1 200 OK\r\n"));
    QCOMPARE(head.size() - (head.indexOf("\r\n\r\n") + 4), 1000);
    QVERIFY(client.readFor(300).isEmpty());

    proxy.clearBehaviours();
    proxy.setBehaviour(u"example.com/baz"_s, { .stallAfterBodyBytes = 10, .stallMs = 200 });
    timer.restart();
    const FetchResult slowBody = fetch(base + u".zip"_s);
    QCOMPARE(slowBody.status, 200);
    QCOMPARE(slowBody.body, proxy.zip(u"example.com/baz"_s, u"v1.2.3"_s));
    QVERIFY(timer.elapsed() >= 190);

    proxy.clearBehaviours();
    proxy.setBehaviour(u"example.com/baz"_s, { .dropConnection = true });
    const FetchResult dropped = fetch(base + u".info"_s);
    QCOMPARE(dropped.error, QNetworkReply::RemoteHostClosedError);

    proxy.clearBehaviours();
    proxy.setBehaviour(u"example.com/baz"_s, { .delayBeforeHeadersMs = -1 }); // H1
    RawClient silent(proxy.port());
    silent.send("GET /example.com/baz/@v/list HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(silent.readFor(300).isEmpty());
}

void TestGoProxyPeer::goProxyKeepAlive()
{
    LocalGoProxy proxy;
    proxy.addModule(u"example.com/baz"_s, u"v1.2.3"_s, {});
    RawClient client(proxy.port());
    client.send("GET /example.com/baz/@v/list HTTP/1.1\r\nHost: x\r\n\r\n"
                "GET /example.com/baz/@v/v1.2.3.mod HTTP/1.1\r\nHost: x\r\nUser-Agent: probe\r\n\r\n");
    QVERIFY(proxy.waitForRequests(2, 2000));
    const QByteArray both = client.readFor(300);
    QCOMPARE(both.count("HTTP/1.1 200 OK"), 2);
    const QList<PeerRequest> requests = proxy.requests();
    QCOMPARE(proxy.connectionCount(), 1);
    QCOMPARE(requests.at(0).connection, requests.at(1).connection);
    QCOMPARE(requests.at(1).header("user-agent"), QByteArray("probe"));
    QVERIFY(requests.at(0).receivedMs <= requests.at(1).receivedMs);
    proxy.clearLog();
    QCOMPARE(proxy.requestCount(), 0);
}

void TestGoProxyPeer::sumDbServer()
{
    SumDbServer db;
    QCOMPARE(fetch(db.baseUrl() + u"/supported"_s).status, 200);
    const FetchResult latest = fetch(db.baseUrl() + u"/latest"_s);
    QVERIFY(latest.body.startsWith("go.sum database tree\n31946408\n"));
    QVERIFY(latest.body.contains("\n\n\xe2\x80\x94 sum.golang.org "));
    const FetchResult lookup = fetch(db.baseUrl() + u"/sumdb/sum.golang.org/lookup/example.com/!foo/bar@v1.0.0"_s);
    QCOMPARE(lookup.status, 200);
    QVERIFY2(lookup.body.contains("\nexample.com/Foo/bar v1.0.0 h1:"), lookup.body.constData());
    QVERIFY(lookup.body.contains("\nexample.com/Foo/bar v1.0.0/go.mod h1:"));
    QCOMPARE(fetch(db.baseUrl() + u"/tile/8/0/000"_s).body.size(), 256 * 32);
    QCOMPARE(fetch(db.baseUrl() + u"/tile/8/0/x001/234.p/5"_s).body.size(), 5 * 32);
    QCOMPARE(fetch(db.baseUrl() + u"/nothing"_s).status, 404);
    db.setStatus(500, "boom\n");
    QCOMPARE(fetch(db.baseUrl() + u"/latest"_s).status, 500);
}

QTEST_GUILESS_MAIN(TestGoProxyPeer)
#include "tst_goproxypeer.moc"
