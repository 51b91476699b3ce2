// SPDX-License-Identifier: MIT
// Pure parts of the probes: the HTTP/1.1 response reader, status classes (PROXY-8, H15),
// payload validation (PROTO-4), masked excerpts, TLS error classes and Go's CA loading (NET-6).
#include "net/httpresponse.h"
#include "net/probeclassify.h"
#include "net/tlstrust.h"
#include "testutil/testutil.h"

#include <QSslError>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmd::HttpResponseParser;
using gmd::ProbeOutcome;

class TestProbeClassify : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parser_data()
    {
        QTest::addColumn<QList<QByteArray>>("pieces");
        QTest::addColumn<bool>("close");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addRow("content-length") << QList<QByteArray> { "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello" }
                                        << false << 200 << QByteArray("hello") << true;
        QTest::addRow("head split across reads")
            << QList<QByteArray> { "HTTP/1.1 404 Not", " Found\r\nContent-Le", "ngth: 3\r\n\r", "\nabc" } << false
            << 404 << QByteArray("abc") << true;
        QTest::addRow("chunked with extension and trailer") << QList<QByteArray> {
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\n", "2\r\nde\r\n0\r\nX-T: 1\r\n\r\n"
        } << false << 200 << QByteArray("abcde") << true;
        QTest::addRow("close-delimited") << QList<QByteArray> { "HTTP/1.0 200 OK\r\n\r\nall", " of it" } << true << 200
                                         << QByteArray("all of it") << true;
        QTest::addRow("100 Continue first")
            << QList<QByteArray> { "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx" }
            << false << 200 << QByteArray("x") << true;
        QTest::addRow("EOF in the body") << QList<QByteArray> { "HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nabc" }
                                         << true << 200 << QByteArray("abc") << false;
        QTest::addRow("not HTTP") << QList<QByteArray> { "<html>hello</html>\r\n\r\n" } << false << 0 << QByteArray()
                                  << false;
    }
    void parser()
    {
        QFETCH(QList<QByteArray>, pieces);
        QFETCH(bool, close);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        HttpResponseParser p;
        for (const QByteArray& piece : pieces)
            p.feed(piece);
        if (close)
            p.finishOnClose();
        QCOMPARE(p.state() == HttpResponseParser::State::Done, ok);
        QCOMPARE(p.status(), status);
        QCOMPARE(p.body(), body);
    }

    void parserSizeCapAndHeaders()
    {
        HttpResponseParser p(4);
        p.feed("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nLocation: /x\r\nContent-Length: 100\r\n\r\n0123456789");
        QCOMPARE(p.state(), HttpResponseParser::State::Done);
        QVERIFY(p.truncated());
        QCOMPARE(p.body(), QByteArray("0123"));
        QCOMPARE(p.header("content-type"), QByteArray("text/plain"));
        QCOMPARE(p.header("LOCATION"), QByteArray("/x"));
        HttpResponseParser connect(1024, true);
        connect.feed("HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 10\r\n\r\n");
        QCOMPARE(connect.state(), HttpResponseParser::State::Done);
        QCOMPARE(connect.status(), 407);
    }

    void statusClasses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<ProbeOutcome>("outcome");
        QTest::addRow("200") << 200 << ProbeOutcome::Ok;
        QTest::addRow("PROXY-8 404") << 404 << ProbeOutcome::HttpNotFound;
        QTest::addRow("PROXY-8 410") << 410 << ProbeOutcome::HttpNotFound;
        QTest::addRow("H15 401") << 401 << ProbeOutcome::HttpDenied;
        QTest::addRow("H15 403") << 403 << ProbeOutcome::HttpDenied;
        QTest::addRow("407") << 407 << ProbeOutcome::ProxyAuthRequired;
        QTest::addRow("503") << 503 << ProbeOutcome::HttpServerError;
        QTest::addRow("204 is not 200 for go") << 204 << ProbeOutcome::HttpOtherStatus;
        QTest::addRow("302 not followed") << 302 << ProbeOutcome::HttpOtherStatus;
    }
    void statusClasses()
    {
        QFETCH(int, status);
        QFETCH(ProbeOutcome, outcome);
        QCOMPARE(gmd::outcomeForStatus(status), outcome);
    }

    void bodyChecks_data()
    {
        QTest::addColumn<gmd::BodyCheck>("check");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("problem"); // empty: accepted
        using B = gmd::BodyCheck;
        QTest::addRow("PROTO-4 list") << B::VersionList << QByteArray("v1.0.0\nv1.1.0 2020-01-01T00:00:00Z\n")
                                      << QByteArray("text/plain") << QString();
        QTest::addRow("PROTO-4 empty list") << B::VersionList << QByteArray() << QByteArray("text/plain") << QString();
        QTest::addRow("PROTO-4 list as HTML") << B::VersionList << QByteArray("<html><body>login</body></html>")
                                              << QByteArray("text/html") << u"HTML page"_s;
        QTest::addRow("list of words") << B::VersionList << QByteArray("hello\nworld\n") << QByteArray()
                                       << u"not a version list"_s;
        QTest::addRow("PROTO-4 info") << B::InfoJson
                                      << QByteArray(R"({"Version":"v1.2.3","Time":"2020-01-01T00:00:00Z"})")
                                      << QByteArray("application/json") << QString();
        QTest::addRow("PROTO-4 info as HTML") << B::InfoJson << QByteArray("<html>portal</html>") << QByteArray()
                                              << u"invalid character '<' looking for beginning of value"_s;
        QTest::addRow("info without Version")
            << B::InfoJson << QByteArray(R"({"Time":"x"})") << QByteArray() << u"\"Version\""_s;
        QTest::addRow("PROTO-4 info for another version") << B::InfoJson << QByteArray(R"({"Version":"v9.9.9"})")
                                                          << QByteArray() << u"instead of requested version v1.2.3"_s;
        QTest::addRow("zip") << B::Zip << QByteArray("PK\x03\x04rest", 8) << QByteArray() << QString();
        QTest::addRow("not a zip") << B::Zip << QByteArray("hello") << QByteArray() << u"not a zip"_s;
        QTest::addRow("SUMDB-4 latest") << B::SumDbLatest << QByteArray("go.sum database tree\n1\nabc=\n")
                                        << QByteArray() << QString();
        QTest::addRow("latest as text") << B::SumDbLatest << QByteArray("ok\n") << QByteArray() << u"tree head"_s;
        QTest::addRow("sumdb supported: any 200") << B::None << QByteArray() << QByteArray() << QString();
    }
    void bodyChecks()
    {
        QFETCH(gmd::BodyCheck, check);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, problem);
        const QString got = gmd::checkProbeBody(check, body, contentType, u"v1.2.3"_s, false);
        if (problem.isEmpty())
            QVERIFY2(got.isEmpty(), qPrintable(got));
        else
            QVERIFY2(got.contains(problem), qPrintable(got));
    }

    void excerpt()
    {
        QCOMPARE(gmd::bodyExcerpt("a\tb\nc"), u"a\\tb\\nc"_s);
        QVERIFY(gmd::bodyExcerpt(QByteArray("PK\x03\x04\0\0", 6)).contains(u"binary"_s));
        const QString masked = gmd::bodyExcerpt("see https://bob:hunter2@git.corp.example/x");
        QVERIFY2(!masked.contains(u"hunter2"_s), qPrintable(masked));
        QCOMPARE(gmd::bodyExcerpt(QByteArray(1000, 'x'), 10), QString(10, u'x') + u"…"_s);
    }

    void summaryNamesTheSubject()
    {
        gmd::ProbeResult r;
        r.subject = u"GOPROXY entry 2 (https://corp.example)"_s;
        r.outcome = ProbeOutcome::HttpDenied;
        r.errorString = u"HTTP/1.1 403 Forbidden"_s;
        const QString s = gmd::summarizeProbe(r);
        QVERIFY(s.startsWith(u"GOPROXY entry 2 (https://corp.example): access denied: HTTP/1.1 403 Forbidden"_s));
        QVERIFY(s.contains(u"H15"_s));
    }

    void tlsErrorClasses_data()
    {
        QTest::addColumn<QList<int>>("errors");
        QTest::addColumn<gmd::TlsFailure>("failure");
        using E = QSslError;
        QTest::addRow("self-signed") << QList<int> { E::SelfSignedCertificate } << gmd::TlsFailure::UnknownAuthority;
        QTest::addRow("unknown issuer") << QList<int> { E::UnableToGetLocalIssuerCertificate }
                                        << gmd::TlsFailure::UnknownAuthority;
        QTest::addRow("host name") << QList<int> { E::HostNameMismatch } << gmd::TlsFailure::HostnameMismatch;
        QTest::addRow("Go order: host name before chain")
            << QList<int> { E::SelfSignedCertificate, E::HostNameMismatch } << gmd::TlsFailure::HostnameMismatch;
        QTest::addRow("Go order: validity first")
            << QList<int> { E::HostNameMismatch, E::CertificateExpired } << gmd::TlsFailure::Expired;
        QTest::addRow("other") << QList<int> { E::CertificateRevoked } << gmd::TlsFailure::Other;
        QTest::addRow("none") << QList<int> {} << gmd::TlsFailure::None;
    }
    void tlsErrorClasses()
    {
        QFETCH(QList<int>, errors);
        QFETCH(gmd::TlsFailure, failure);
        QList<QSslError> list;
        for (const int e : errors)
            list << QSslError(QSslError::SslError(e));
        QCOMPARE(gmd::classifyTlsErrors(list), failure);
    }

    void goCaLoading()
    {
        const QString cert = gmdtest::testDataDir() + u"/tls/localhost.crt"_s;
        const gmd::TlsTrust none = gmd::loadTlsTrust({}, {});
        QVERIFY(none.systemDefault);

        // NET-6: SSL_CERT_FILE replaces the bundle file; the default folders are still read.
        const gmd::TlsTrust file = gmd::loadTlsTrust(cert, {});
        QVERIFY(!file.systemDefault);
        const QList<QSslCertificate> test = QSslCertificate::fromPath(cert);
        QCOMPARE(test.size(), 1);
        QVERIFY(file.certificates.contains(test.first()));
        QVERIFY(file.evidence.join(u'\n').contains(u"SSL_CERT_FILE="_s));

        // SSL_CERT_DIR replaces the folders (':'-separated); PEM files only.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(gmdtest::writeFile(dir.filePath(u"corp.pem"_s), gmdtest::readFile(cert)));
        QVERIFY(gmdtest::writeFile(dir.filePath(u"notes.txt"_s), "not a certificate\n"));
        const gmd::TlsTrust folder = gmd::loadTlsTrust(u"/nonexistent/bundle.pem"_s, dir.path() + u":/nonexistent"_s);
        QCOMPARE(folder.certificates.size(), 1);
        QCOMPARE(folder.certificates.first(), test.first());
        const QString evidence = folder.evidence.join(u'\n');
        QVERIFY2(
            evidence.contains(u"SSL_CERT_FILE=/nonexistent/bundle.pem does not exist here"_s), qPrintable(evidence));
        QVERIFY(evidence.contains(u"SSL_CERT_DIR entry /nonexistent does not exist here"_s));

        QVERIFY(gmd::describeCertificate(test.first()).contains(u"(self-signed)"_s));
        QCOMPARE(gmd::certificateName(test.first()), u"CN=localhost, O=Go Module Doctor tests"_s);
    }
};

QTEST_GUILESS_MAIN(TestProbeClassify)
#include "tst_probeclassify.moc"
