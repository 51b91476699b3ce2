// SPDX-License-Identifier: MIT
// HttpProbe against loopback peers, direct connections: one test per outcome class
// (issue 4 section 1, item 2), asserting the outcome and the subject, never timings.
#include "net/probetypes.h"
#include "probetestutil.h"
#include "testpeers.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmd::ProbeOutcome;
using gmd::ProbeStage;

class TestHttpProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void okVersionListWithStages()
    {
        gmdtest::LocalGoProxy proxy;
        proxy.addModule(u"golang.org/x/text"_s, u"v0.14.0"_s, {});
        const gmd::ProbeResult r = gmdtest::runProbe(
            gmdtest::probeTarget(proxy.moduleUrl(u"golang.org/x/text"_s, u"/@v/list"_s), gmd::BodyCheck::VersionList));
        QCOMPARE(r.outcome, ProbeOutcome::Ok);
        QCOMPARE(r.subjectVariable, u"GOPROXY"_s);
        QCOMPARE(r.httpStatus, 200);
        QVERIFY(r.bodyExcerpt.contains(u"v0.14.0"_s));
        QVERIFY(r.dnsSkipped); // an IP literal
        QCOMPARE(r.ipv4, QStringList { u"127.0.0.1"_s });
        QCOMPARE(r.connectedAddress, u"127.0.0.1:%1"_s.arg(proxy.port()));
        QList<ProbeStage> order;
        for (const gmd::ProbeStageTime& s : r.stages)
            order << s.stage;
        const QList<ProbeStage> expected = { ProbeStage::Dns, ProbeStage::Connect, ProbeStage::Request,
            ProbeStage::FirstByte, ProbeStage::Headers, ProbeStage::Body, ProbeStage::Total };
        QCOMPARE(order, expected);
        // A plain HTTP/1.1 GET like Go's, one request, Connection: close.
        const QList<gmdtest::PeerRequest> requests = proxy.requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().method, QByteArray("GET"));
        QCOMPARE(requests.first().path, QByteArray("/golang.org/x/text/@v/list"));
        QCOMPARE(requests.first().header("User-Agent"), QByteArray("Go-http-client/1.1"));
        QCOMPARE(requests.first().header("Connection").toLower(), QByteArray("close"));
    }

    void okInfoAndZip_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<gmd::BodyCheck>("check");
        QTest::addRow("PROTO-4 .info JSON") << u"/@v/v0.14.0.info"_s << gmd::BodyCheck::InfoJson;
        QTest::addRow("PROTO-4 .zip PK header") << u"/@v/v0.14.0.zip"_s << gmd::BodyCheck::Zip;
    }
    void okInfoAndZip()
    {
        QFETCH(QString, suffix);
        QFETCH(gmd::BodyCheck, check);
        gmdtest::LocalGoProxy proxy;
        proxy.addModule(u"golang.org/x/text"_s, u"v0.14.0"_s, { { u"a.go"_s, "package a\n" } });
        gmd::ProbeTarget t = gmdtest::probeTarget(proxy.moduleUrl(u"golang.org/x/text"_s, suffix), check);
        t.expectedVersion = u"v0.14.0"_s;
        QCOMPARE(gmdtest::runProbe(t).outcome, ProbeOutcome::Ok);
    }

    void dnsNotFound()
    {
        auto resolver = std::make_shared<gmdtest::TableResolver>();
        gmd::ProbeOptions o = gmdtest::fastOptions();
        o.resolver = resolver;
        const gmd::ProbeResult r = gmdtest::runProbe(gmdtest::probeTarget(u"https://nx.test/x/@v/list"_s), {}, o);
        QCOMPARE(r.outcome, ProbeOutcome::DnsNotFound);
        QCOMPARE(r.subjectVariable, u"GOPROXY"_s);
        QVERIFY2(r.errorString.contains(u"lookup nx.test: no such host"_s), qPrintable(r.errorString));
        QCOMPARE(resolver->asked, QStringList { u"nx.test"_s });
    }

    void dnsTimeout()
    {
        auto resolver = std::make_shared<gmdtest::TableResolver>();
        resolver->silent.insert(u"slow-dns.test"_s);
        gmd::ProbeOptions o = gmdtest::fastOptions();
        o.resolver = resolver;
        const gmd::ProbeResult r = gmdtest::runProbe(gmdtest::probeTarget(u"https://slow-dns.test/x/@v/list"_s), {}, o);
        QCOMPARE(r.outcome, ProbeOutcome::DnsTimeout);
        QCOMPARE(r.subject, u"GOPROXY entry 1"_s);
        QCOMPARE(r.stageMs(ProbeStage::Dns), -1);
    }

    void dnsAddressesByFamily()
    {
        gmdtest::StatusServer peer(200, "v1.0.0\n");
        auto resolver = std::make_shared<gmdtest::TableResolver>();
        resolver->table.insert(u"dual.test"_s, { QHostAddress(u"127.0.0.1"_s), QHostAddress(u"::1"_s) });
        gmd::ProbeOptions o = gmdtest::fastOptions();
        o.resolver = resolver;
        const gmd::ProbeResult r =
            gmdtest::runProbe(gmdtest::probeTarget(u"http://dual.test:%1/x/@v/list"_s.arg(peer.port())), {}, o);
        QCOMPARE(r.outcome, ProbeOutcome::Ok);
        QVERIFY(!r.dnsSkipped);
        QCOMPARE(r.ipv4, QStringList { u"127.0.0.1"_s });
        QCOMPARE(r.ipv6, QStringList { u"::1"_s });
        QCOMPARE(r.connectedAddress, u"127.0.0.1:%1"_s.arg(peer.port())); // the first address
        QCOMPARE(peer.requests().first().header("Host"), u"dual.test:%1"_s.arg(peer.port()).toUtf8());
    }

    void connectionRefused()
    {
        const quint16 port = gmdtest::closedPort();
        const gmd::ProbeResult r = gmdtest::runProbe(gmdtest::probeTarget(u"http://127.0.0.1:%1/x"_s.arg(port)));
        QCOMPARE(r.outcome, ProbeOutcome::ConnectionRefused);
        QCOMPARE(r.subjectVariable, u"GOPROXY"_s);
        QVERIFY(r.errorString.contains(u"connection refused"_s));
    }

    void connectTimeoutBlackHole()
    {
        gmdtest::BlackHole hole;
        QVERIFY(hole.isListening());
        const gmd::ProbeResult r = gmdtest::runProbe(gmdtest::probeTarget(u"http://127.0.0.1:%1/x"_s.arg(hole.port())));
        QCOMPARE(r.outcome, ProbeOutcome::ConnectTimeout);
        QCOMPARE(r.subjectVariable, u"GOPROXY"_s);
        QVERIFY(r.summary.contains(u"black hole"_s));
    }

    void httpStatusClasses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<ProbeOutcome>("outcome");
        QTest::addColumn<QString>("consequence");
        QTest::addRow("PROXY-8 404 notfound") << 404 << ProbeOutcome::HttpNotFound << u"next GOPROXY entry"_s;
        QTest::addRow("PROXY-8 410 notfound") << 410 << ProbeOutcome::HttpNotFound << u"next GOPROXY entry"_s;
        QTest::addRow("H15 401 stops ','") << 401 << ProbeOutcome::HttpDenied << u"a ',' list stops here"_s;
        QTest::addRow("H15 403 stops ','") << 403 << ProbeOutcome::HttpDenied << u"a ',' list stops here"_s;
        QTest::addRow("500") << 500 << ProbeOutcome::HttpServerError << u"only '|' moves on"_s;
        QTest::addRow("502") << 502 << ProbeOutcome::HttpServerError << u"only '|' moves on"_s;
        QTest::addRow("418 other") << 418 << ProbeOutcome::HttpOtherStatus << u"only '|' moves on"_s;
        QTest::addRow("304 without Location") << 304 << ProbeOutcome::HttpOtherStatus << QString();
    }
    void httpStatusClasses()
    {
        QFETCH(int, status);
        QFETCH(ProbeOutcome, outcome);
        QFETCH(QString, consequence);
        gmdtest::StatusServer peer(status, "not here: https://bob:hunter2@corp.example/x\n");
        const gmd::ProbeResult r =
            gmdtest::runProbe(gmdtest::probeTarget(u"http://127.0.0.1:%1/x/@v/list"_s.arg(peer.port())));
        QCOMPARE(r.outcome, outcome);
        QCOMPARE(r.httpStatus, status);
        QCOMPARE(r.subjectVariable, u"GOPROXY"_s);
        QVERIFY2(r.summary.contains(consequence), qPrintable(r.summary));
        // Evidence is masked: the password in the body never shows.
        QVERIFY(!r.bodyExcerpt.contains(u"hunter2"_s));
        QVERIFY(!r.summary.contains(u"hunter2"_s));
    }

    void silentServer()
    {
        gmdtest::SilentServer peer;
        const gmd::ProbeResult r =
            gmdtest::runProbe(gmdtest::probeTarget(u"http://127.0.0.1:%1/x/@v/list"_s.arg(peer.port())));
        QCOMPARE(r.outcome, ProbeOutcome::Silent); // H1
        QCOMPARE(r.subjectVariable, u"GOPROXY"_s);
        QVERIFY(r.isHang());
        QVERIFY(r.stageMs(ProbeStage::Request) >= 0);
        QCOMPARE(r.stageMs(ProbeStage::FirstByte), -1);
        QVERIFY(r.summary.contains(u"NET-1"_s));
    }

    void bodyStalled_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addRow("H2 stall after 100 body bytes") << qint64(100);
        QTest::addRow("H2 stall right after the head") << qint64(0);
    }
    void bodyStalled()
    {
        QFETCH(qint64, bytes);
        gmdtest::StallAfterHeadersServer peer({ .contentLength = 4096, .bytesBeforeStall = bytes });
        const gmd::ProbeResult r = gmdtest::runProbe(
            gmdtest::probeTarget(u"http://127.0.0.1:%1/x/@v/v1.0.0.zip"_s.arg(peer.port()), gmd::BodyCheck::Zip));
        QCOMPARE(r.outcome, ProbeOutcome::BodyStalled);
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.bodyBytes, bytes);
        QVERIFY(r.stageMs(ProbeStage::Headers) >= 0);
        QCOMPARE(r.stageMs(ProbeStage::Body), -1);
    }

    void slow()
    {
        gmdtest::SlowServer peer(400, "v1.0.0\n");
        gmd::ProbeOptions o = gmdtest::fastOptions();
        o.slowThresholdMs = 200;
        const gmd::ProbeResult r = gmdtest::runProbe(
            gmdtest::probeTarget(u"http://127.0.0.1:%1/x/@v/list"_s.arg(peer.port()), gmd::BodyCheck::VersionList), {},
            o);
        QCOMPARE(r.outcome, ProbeOutcome::Slow);
        QVERIFY(r.isSuccess());
        QVERIFY(r.summary.contains(u"H16"_s));
    }

    void invalidResponse_data()
    {
        QTest::addColumn<gmd::BodyCheck>("check");
        QTest::addColumn<QString>("problem");
        QTest::addRow("PROTO-4 list: captive portal") << gmd::BodyCheck::VersionList << u"HTML page"_s;
        QTest::addRow("PROTO-4 info: captive portal") << gmd::BodyCheck::InfoJson << u"invalid character '<'"_s;
        QTest::addRow("zip: captive portal") << gmd::BodyCheck::Zip << u"HTML page"_s;
    }
    void invalidResponse()
    {
        QFETCH(gmd::BodyCheck, check);
        QFETCH(QString, problem);
        gmdtest::StatusServer peer({ .status = 200,
            .body = "<!DOCTYPE html><html><body>Please log in</body></html>",
            .contentType = "text/html" });
        const gmd::ProbeResult r =
            gmdtest::runProbe(gmdtest::probeTarget(u"http://127.0.0.1:%1/x/@v/list"_s.arg(peer.port()), check));
        QCOMPARE(r.outcome, ProbeOutcome::InvalidResponse);
        QCOMPARE(r.subjectVariable, u"GOPROXY"_s);
        QVERIFY2(r.errorString.contains(problem), qPrintable(r.errorString));
    }

    void droppedConnection()
    {
        gmdtest::LocalGoProxy proxy;
        proxy.setBehaviour(u"golang.org/x/text"_s, { .dropConnection = true });
        const gmd::ProbeResult r =
            gmdtest::runProbe(gmdtest::probeTarget(proxy.moduleUrl(u"golang.org/x/text"_s, u"/@v/list"_s)));
        QCOMPARE(r.outcome, ProbeOutcome::NetworkError);
        QVERIFY2(r.errorString.contains(u"EOF"_s), qPrintable(r.errorString));
    }

    void redirectFollowed()
    {
        gmdtest::LocalGoProxy target;
        target.addModule(u"golang.org/x/text"_s, u"v0.14.0"_s, {});
        const QString next = target.moduleUrl(u"golang.org/x/text"_s, u"/@v/list"_s);
        gmdtest::StatusServer redirector({ .status = 302, .body = {}, .headers = { { "Location", next.toUtf8() } } });
        const gmd::ProbeResult r = gmdtest::runProbe(gmdtest::probeTarget(
            u"http://127.0.0.1:%1/x/@v/list"_s.arg(redirector.port()), gmd::BodyCheck::VersionList));
        QCOMPARE(r.outcome, ProbeOutcome::Ok);
        QCOMPARE(r.redirects.size(), 1);
        QCOMPARE(r.finalUrl, next);
    }

    void tooManyRedirects()
    {
        gmdtest::StatusServer selfLoop({ .status = 302, .body = {}, .headers = { { "Location", "/again" } } });
        const gmd::ProbeResult r =
            gmdtest::runProbe(gmdtest::probeTarget(u"http://127.0.0.1:%1/start"_s.arg(selfLoop.port())));
        QCOMPARE(r.outcome, ProbeOutcome::RedirectRefused); // PROTO-3: at most 10
        QCOMPARE(r.redirects.size(), 11);
        QCOMPARE(selfLoop.requestCount(), 11);
    }

    void credentialsOverHttpRefused()
    {
        // NET-4: credentials in an http:// URL are never sent.
        gmdtest::StatusServer peer(200, "v1.0.0\n");
        const gmd::ProbeResult r =
            gmdtest::runProbe(gmdtest::probeTarget(u"http://alice:s3cret@127.0.0.1:%1/x/@v/list"_s.arg(peer.port())));
        QCOMPARE(r.outcome, ProbeOutcome::ConfigError);
        QVERIFY(r.errorString.contains(u"refusing to pass credentials to insecure URL"_s));
        QVERIFY(!r.errorString.contains(u"s3cret"_s));
        QVERIFY(!r.url.contains(u"s3cret"_s));
        QCOMPARE(peer.connectionCount(), 0);
    }

    void connectOnlySendsNothing()
    {
        gmdtest::StatusServer peer(200, "ok\n");
        gmd::ProbeTarget t = gmdtest::probeTarget(u"http://127.0.0.1:%1"_s.arg(peer.port()));
        t.connectOnly = true;
        const gmd::ProbeResult r = gmdtest::runProbe(t);
        QCOMPARE(r.outcome, ProbeOutcome::Ok);
        QCOMPARE(r.stageMs(ProbeStage::Request), -1);
        QTest::qWait(50);
        QCOMPARE(peer.requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHttpProbe)
#include "tst_httpprobe.moc"
