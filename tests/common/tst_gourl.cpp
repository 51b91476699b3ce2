// SPDX-License-Identifier: MIT
// Go's net/url Parse, String, Redacted, Hostname and Port, common/go/url.h. Rows from Go's
// url_test.go (urltests, parse errors); the gocmd copy this replaced quoted error texts through
// QString (half a rune printed as U+FFFD instead of \xNN).
#include "common/go/url.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestGoUrl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QByteArray>("scheme");
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("rawPath");
        QTest::addColumn<QByteArray>("roundTrip"); // empty: same as in
        const auto row = [](const char* in, const char* scheme, const char* host, const char* path,
                             const char* rawPath, const char* roundTrip) {
            QTest::addRow("url.Parse %s", in) << QByteArray(in) << QByteArray(scheme) << QByteArray(host)
                                              << QByteArray(path) << QByteArray(rawPath) << QByteArray(roundTrip);
        };
        row("http://www.google.com", "http", "www.google.com", "", "", "");
        row("http://www.google.com/", "http", "www.google.com", "/", "", "");
        row("http://www.google.com/file%20one%26two", "http", "www.google.com", "/file one&two", "/file%20one%26two",
            "");
        row("http://www.google.com/a%20b?q=c+d", "http", "www.google.com", "/a b", "", "");
        row("http:%2f%2fwww.google.com/?q=go+language", "http", "", "", "", "");
        row("mailto:/webmaster@golang.org", "mailto", "", "/webmaster@golang.org", "", "");
        row("/foo?query=http://bad", "", "", "/foo", "", "");
        row("//foo", "", "foo", "", "", "");
        row("///threeslashes", "", "", "///threeslashes", "", "");
        row("file:///home/adg/rabbits", "file", "", "/home/adg/rabbits", "", "");
        row("MaIlTo:webmaster@golang.org", "mailto", "", "", "", "mailto:webmaster@golang.org");
        row("a/b/c", "", "", "a/b/c", "", "");
        row("http://[fe80::1%25en0]:8080/", "http", "[fe80::1%en0]:8080", "/", "", "");
        row("http://[fe80::1%25%65%6e%301-._~]/", "http", "[fe80::1%en01-._~]", "/", "",
            "http://[fe80::1%25en01-._~]/");
        row("http://rest.rsc.io/foo%2fbar/baz%2Fquux?alt=media", "http", "rest.rsc.io", "/foo/bar/baz/quux",
            "/foo%2fbar/baz%2Fquux", "");
        row("scheme://!$&'()*+,;=hello!:1/path", "scheme", "!$&'()*+,;=hello!:1", "/path", "", "");
        row("http://host/!$&'()*+,;=:@[hello]", "http", "host", "/!$&'()*+,;=:@[hello]", "/!$&'()*+,;=:@[hello]", "");
        row("http://192.168.0.2:/foo", "http", "192.168.0.2:", "/foo", "", "");
        row("http://2b01:e34:ef40:7730:8e70:5aff:fefe:edac:8080/foo", "http",
            "2b01:e34:ef40:7730:8e70:5aff:fefe:edac:8080", "/foo", "", "");
        row("http://hello.%e4%b8%96%e7%95%8c.com/foo", "http", "hello.\xE4\xB8\x96\xE7\x95\x8C.com", "/foo", "",
            "http://hello.%E4%B8%96%E7%95%8C.com/foo");
        row("http://example.com//foo", "http", "example.com", "//foo", "", "");
        row("myscheme://authority<\"hi\">/foo", "myscheme", "authority<\"hi\">", "/foo", "", "");
        row("tcp://[2020::2020:20:2020:2020%25Windows%20Loves%20Spaces]:2020", "tcp",
            "[2020::2020:20:2020:2020%Windows Loves Spaces]:2020", "", "", "");
        row("magnet:?xt=urn:btih:c12fe1c06bba254a9dc9f519b335aa7c1367a88a&dn", "magnet", "", "", "", "");
        row("*", "", "", "*", "", "");
    }
    void parse()
    {
        QFETCH(QByteArray, in);
        QFETCH(QByteArray, scheme);
        QFETCH(QByteArray, host);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, rawPath);
        QFETCH(QByteArray, roundTrip);
        const gmd::go::UrlParseResult r = gmd::go::parseUrl(in);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.url.scheme, scheme);
        QCOMPARE(r.url.host, host);
        QCOMPARE(r.url.path, path);
        QCOMPARE(r.url.rawPath, rawPath);
        QCOMPARE(r.url.toString(), roundTrip.isEmpty() ? in : roundTrip);
    }

    void fields()
    {
        const gmd::go::UrlParseResult r = gmd::go::parseUrl("http://j@ne:p%40ss@google.com/p@th?q=@go#frag%26x");
        QVERIFY(r.ok());
        QVERIFY(r.url.user.has_value());
        QCOMPARE(r.url.user->username, QByteArray("j@ne"));
        QCOMPARE(r.url.user->password, QByteArray("p@ss"));
        QCOMPARE(r.url.rawQuery, QByteArray("q=@go"));
        QCOMPARE(r.url.fragment, QByteArray("frag&x"));
        QCOMPARE(r.url.rawFragment, QByteArray("frag%26x"));
        QCOMPARE(r.url.toString(), QByteArray("http://j%40ne:p%40ss@google.com/p@th?q=@go#frag%26x"));
        QCOMPARE(r.url.redacted(), QByteArray("http://j%40ne:xxxxx@google.com/p@th?q=@go#frag%26x"));
        QVERIFY(gmd::go::parseUrl("http://www.google.com/?").url.forceQuery);
        QCOMPARE(gmd::go::parseUrl("http://x").url.goStructDump(),
            u"{Scheme:http Opaque: User: Host:x Path: RawPath: OmitHost:false ForceQuery:false RawQuery: "
            "Fragment: RawFragment:}"_s);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QString>("error");
        const auto row = [](const char* name, const QByteArray& in, const QString& error) {
            QTest::addRow("url.Parse error %s", name) << in << error;
        };
        row("missing protocol scheme", "://x", u"parse \"://x\": missing protocol scheme"_s);
        row("colon in first segment", "a b:c", u"parse \"a b:c\": first path segment in URL cannot contain colon"_s);
        row("bad port", "http://host:port", u"parse \"http://host:port\": invalid port \":port\" after host"_s);
        row("missing ]", "http://[::1", u"parse \"http://[::1\": missing ']' in host"_s);
        row("space in host", "http://a b.com/", u"parse \"http://a b.com/\": invalid character \" \" in host name"_s);
        row("escaped ASCII in host", "http://192.168.0.%31/",
            u"parse \"http://192.168.0.%31/\": invalid URL escape \"%31\""_s);
        row("zone without %25", "http://[fe80::%31%25en0]/",
            u"parse \"http://[fe80::%31%25en0]/\": invalid URL escape \"%31\""_s);
        row("bad escape", "http://x/%zz", u"parse \"http://x/%zz\": invalid URL escape \"%zz\""_s);
        row("control character", "http://x\x01", u"parse \"http://x\\x01\": net/url: invalid control character in URL"_s);
        row("invalid userinfo", "http://us er@x", u"parse \"http://us er@x\": net/url: invalid userinfo"_s);
        row("fragment error names the whole URL", "http://x/#%zz", u"parse \"http://x/#%zz\": invalid URL escape \"%zz\""_s);
        // Was: gocmd's copy printed "%1\uFFFD" (the escape cut a UTF-8 sequence in half).
        row("escape cut through a rune is quoted as bytes", "http://a%1\xC3\xA9/",
            u"parse \"http://a%1é/\": invalid URL escape \"%1\\xc3\""_s);
        row("invalid UTF-8 in the URL is quoted as bytes", "http://x/\xFF%zz",
            u"parse \"http://x/\\xff%zz\": invalid URL escape \"%zz\""_s);
    }
    void errors()
    {
        QFETCH(QByteArray, in);
        QFETCH(QString, error);
        const gmd::go::UrlParseResult r = gmd::go::parseUrl(in);
        QVERIFY(!r.ok());
        QCOMPARE(r.error, error);
    }

    void hostnamePort_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QByteArray>("hostname");
        QTest::addColumn<QByteArray>("port");
        QTest::addRow("URL.Hostname plain") << QByteArray("http://proxy") << QByteArray("proxy") << QByteArray();
        QTest::addRow("URL.Port") << QByteArray("http://proxy:3128") << QByteArray("proxy") << QByteArray("3128");
        QTest::addRow("URL.Hostname IPv6") << QByteArray("http://[::1]:8080") << QByteArray("::1") << QByteArray("8080");
        QTest::addRow("URL.Hostname IPv6 without port") << QByteArray("http://[::1]") << QByteArray("::1")
                                                        << QByteArray();
        QTest::addRow("URL.Port empty after colon") << QByteArray("http://h:") << QByteArray("h") << QByteArray();
        QTest::addRow("URL.Hostname with user") << QByteArray("http://u:p@h:1") << QByteArray("h") << QByteArray("1");
        QTest::addRow("URL.Hostname malformed IPv6 keeps colons")
            << QByteArray("http://2b01:e34::1:8080/") << QByteArray("2b01:e34::1") << QByteArray("8080");
    }
    void hostnamePort()
    {
        QFETCH(QByteArray, in);
        QFETCH(QByteArray, hostname);
        QFETCH(QByteArray, port);
        const gmd::go::UrlParseResult r = gmd::go::parseUrl(in);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.url.hostname(), hostname);
        QCOMPARE(r.url.port(), port);
    }
};

QTEST_GUILESS_MAIN(TestGoUrl)
#include "tst_gourl.moc"
