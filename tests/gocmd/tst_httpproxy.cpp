// SPDX-License-Identifier: MIT
// Go's proxy choice (spec NET-3). Rows follow golang.org/x/net/http/httpproxy's proxy_test.go
// (proxyForURLTests, UseProxyTests); the extra rows were checked against that package's code
// (the copy vendored in go1.19) with the same inputs.
#include "gocmd/httpproxy.h"

#include <QHash>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(gmd::HttpProxyConfig)

namespace {

gmd::HttpProxyConfig config(const QString& http, const QString& https, const QString& noProxy, bool cgi = false)
{
    gmd::HttpProxyConfig c;
    c.httpProxy = http;
    c.httpsProxy = https;
    c.noProxy = noProxy;
    c.cgi = cgi;
    return c;
}

// proxy_test.go's noProxy list for TestUseProxy.
const QString kNoProxy = u"foobar.com, .barbaz.net, *.wildcard.io, 192.168.1.1, 192.168.1.2:81, 192.168.1.3:80, "
                         "10.0.0.0/30, 2001:db8::52:0:1, [2001:db8::52:0:2]:443, [2001:db8::52:0:3]:80, "
                         "2002:db8:a::45/64"_s;

} // namespace

class TestHttpProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void proxyForUrl_data()
    {
        QTest::addColumn<gmd::HttpProxyConfig>("cfg");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("proxy"); // empty: direct
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("ignored");
        QTest::addColumn<bool>("broken");
        auto row = [](const char* name, const gmd::HttpProxyConfig& c, const QString& url, const QString& proxy,
                       const QString& error = {}, bool ignored = false, bool broken = false) {
            QTest::addRow("%s", name) << c << url << proxy << error << ignored << broken;
        };
        const QString example = u"http://example.com"_s;
        // proxyForURLTests
        row("NET-3 host:port gets http://", config(u"127.0.0.1:8080"_s, {}, {}), example, u"http://127.0.0.1:8080"_s);
        row("NET-3 name:port gets http://", config(u"cache.corp.example.com:1234"_s, {}, {}), example,
            u"http://cache.corp.example.com:1234"_s);
        row("NET-3 bare name gets http://", config(u"cache.corp.example.com"_s, {}, {}), example,
            u"http://cache.corp.example.com"_s);
        row("NET-3 single label", config(u"localhost"_s, {}, {}), example, u"http://localhost"_s);
        row("NET-3 https proxy URL kept", config(u"https://cache.corp.example.com"_s, {}, {}), example,
            u"https://cache.corp.example.com"_s);
        row("NET-3 http proxy URL kept", config(u"http://127.0.0.1:8080"_s, {}, {}), example,
            u"http://127.0.0.1:8080"_s);
        row("NET-3 https IP proxy", config(u"https://127.0.0.1:8080"_s, {}, {}), example, u"https://127.0.0.1:8080"_s);
        row("NET-3 socks5 allowed", config(u"socks5://127.0.0.1"_s, {}, {}), example, u"socks5://127.0.0.1"_s);
        // Go 1.19..1.24 url.Parse accepts "http://foo://host" (host "foo:"), so the retry wins.
        row("NET-3 unknown scheme retried with http://", config(u"foo://host"_s, {}, {}), example,
            u"http://foo://host"_s, {}, false, true);
        row("NET-3 http URL uses HTTP_PROXY", config(u"http.proxy.tld"_s, u"secure.proxy.tld"_s, {}),
            u"http://insecure.tld/"_s, u"http://http.proxy.tld"_s);
        row("NET-3 https URL uses HTTPS_PROXY", config(u"http.proxy.tld"_s, u"secure.proxy.tld"_s, {}),
            u"https://secure.tld/"_s, u"http://secure.proxy.tld"_s);
        row("NET-3 https URL, https proxy", config(u"http.proxy.tld"_s, u"https://secure.proxy.tld"_s, {}),
            u"https://secure.tld/"_s, u"https://secure.proxy.tld"_s);
        row("NET-3 https URL ignores HTTP_PROXY", config(u"http.proxy.tld"_s, {}, {}), u"https://secure.tld/"_s, {});
        row("NET-3 ftp is never proxied", config(u"http.proxy.tld"_s, {}, {}), u"ftp://insecure.tld/"_s, {});
        row("NET-3 CGI refuses HTTP_PROXY", config(u"http://10.1.2.3:8080"_s, {}, {}, true), example, {},
            u"refusing to use HTTP_PROXY value in CGI environment; see golang.org/s/cgihttpproxy"_s);
        row("NET-3 CGI keeps HTTPS_PROXY", config({}, u"https://secure.proxy.tld"_s, {}, true),
            u"https://secure.tld/"_s, u"https://secure.proxy.tld"_s);
        row("NET-3 CGI without HTTP_PROXY is no error", config({}, {}, {}, true), example, {});
        row("NET-3 nothing set", config({}, {}, {}), example, {});
        row("NET-3 NO_PROXY host", config(u"proxy"_s, {}, u"example.com"_s), u"http://example.com/"_s, {});
        row("NET-3 NO_PROXY .host is subdomains only", config(u"proxy"_s, {}, u".example.com"_s),
            u"http://example.com/"_s, u"http://proxy"_s);
        row("NET-3 NO_PROXY is not a plain suffix", config(u"proxy"_s, {}, u"ample.com"_s), u"http://example.com/"_s,
            u"http://proxy"_s);
        row("NET-3 NO_PROXY host covers subdomains", config(u"proxy"_s, {}, u"example.com"_s),
            u"http://foo.example.com/"_s, {});
        row("NET-3 NO_PROXY other domain", config(u"proxy"_s, {}, u".foo.com"_s), u"http://example.com/"_s,
            u"http://proxy"_s);
        row("NET-3 NO_PROXY IDN entry, IDN host", config(u"proxy"_s, {}, u".示例.com"_s), u"http://www.示例.com"_s, {});
        row("NET-3 NO_PROXY punycode entry, IDN host", config(u"proxy"_s, {}, u"xn--fsq092h.com"_s),
            u"http://www.示例.com"_s, {});
        row("NET-3 NO_PROXY IDN entry, punycode host", config(u"proxy"_s, {}, u"示例.com"_s),
            u"http://www.xn--fsq092h.com"_s, {});
        // More rows, same oracle.
        row("NET-3 NO_PROXY lower-cased", config(u"proxy"_s, {}, u"EXAMPLE.COM"_s), u"http://example.com/"_s, {});
        row("NET-3 NO_PROXY entries trimmed", config(u"proxy"_s, {}, u" example.com , other.org "_s),
            u"http://other.org/"_s, {});
        row("NET-3 NO_PROXY star", config(u"proxy"_s, {}, u"*"_s), u"http://anything.example/"_s, {});
        row("NET-3 NO_PROXY star after other entries", config(u"proxy"_s, {}, u"foo.com,*"_s),
            u"http://anything.example/"_s, {});
        row("NET-3 NO_PROXY port matches", config(u"proxy"_s, {}, u"example.com:8080"_s), u"http://example.com:8080/"_s,
            {});
        row("NET-3 NO_PROXY port differs", config(u"proxy"_s, {}, u"example.com:8080"_s), u"http://example.com/"_s,
            u"http://proxy"_s);
        row("NET-3 NO_PROXY default port counts", config(u"proxy"_s, {}, u"example.com:80"_s), u"http://example.com/"_s,
            {});
        row("NET-3 NO_PROXY *.host excludes host", config(u"proxy"_s, {}, u"*.example.com"_s), u"http://example.com/"_s,
            u"http://proxy"_s);
        row("NET-3 NO_PROXY *.host matches subdomain", config(u"proxy"_s, {}, u"*.example.com"_s),
            u"http://a.example.com/"_s, {});
        row("NET-3 NO_PROXY CIDR match", config(u"proxy"_s, {}, u"10.0.0.0/8"_s), u"http://10.1.2.3/"_s, {});
        row("NET-3 NO_PROXY CIDR miss", config(u"proxy"_s, {}, u"10.0.0.0/8"_s), u"http://11.1.2.3/"_s,
            u"http://proxy"_s);
        row("NET-3 NO_PROXY CIDR matches mapped IPv4", config(u"proxy"_s, {}, u"10.0.0.0/8"_s),
            u"http://[::ffff:10.1.2.3]/"_s, {});
        row("NET-3 NO_PROXY mapped CIDR matches IPv4", config(u"proxy"_s, {}, u"::ffff:10.0.0.0/104"_s),
            u"http://10.1.2.3/"_s, {});
        row("NET-3 NO_PROXY IP any port", config(u"proxy"_s, {}, u"192.168.1.1"_s), u"http://192.168.1.1:8080/"_s, {});
        row("NET-3 NO_PROXY IP:port", config(u"proxy"_s, {}, u"192.168.1.1:80"_s), u"http://192.168.1.1/"_s, {});
        row("NET-3 NO_PROXY IP:port other port", config(u"proxy"_s, {}, u"192.168.1.1:80"_s),
            u"http://192.168.1.1:81/"_s, u"http://proxy"_s);
        row("NET-3 NO_PROXY non-IP digits are a domain", config(u"proxy"_s, {}, u"3.4"_s), u"http://1.2.3.4/"_s, {});
        row("NET-3 NO_PROXY [IPv6]:port", config(u"proxy"_s, {}, u"[2001:db8::1]:80"_s), u"http://[2001:db8::1]/"_s,
            {});
        row("NET-3 NO_PROXY bare IPv6", config(u"proxy"_s, {}, u"2001:db8::1"_s), u"http://[2001:db8::1]:9/"_s, {});
        row("NET-3 NO_PROXY bracketed IPv6 without port never matches", config(u"proxy"_s, {}, u"[2001:db8::1]"_s),
            u"http://[2001:db8::1]/"_s, u"http://proxy"_s);
        row("NET-3 NO_PROXY malformed entry ignored", config(u"proxy"_s, {}, u":1"_s), u"http://example.com/"_s,
            u"http://proxy"_s);
        row("NET-3 NO_PROXY case-insensitive host", config(u"proxy"_s, {}, u"example.com"_s), u"http://EXAMPLE.com/"_s,
            {});
        row("NET-3 localhost never proxied", config(u"proxy"_s, {}, {}), u"http://localhost:8080/"_s, {});
        row("NET-3 127/8 never proxied", config(u"proxy"_s, {}, {}), u"http://127.0.0.2/"_s, {});
        row("NET-3 ::1 never proxied", config(u"proxy"_s, {}, {}), u"http://[::1]:80/"_s, {});
        row("NET-3 ::2 is proxied", config(u"proxy"_s, {}, {}), u"http://[::2]/"_s, u"http://proxy"_s);
        row("NET-3 mapped loopback never proxied", config(u"proxy"_s, {}, {}), u"http://[::ffff:127.0.0.1]/"_s, {});
        row("NET-3 localhost.localdomain is proxied", config(u"proxy"_s, {}, {}), u"http://localhost.localdomain/"_s,
            u"http://proxy"_s);
        row("NET-3 IPv6 zone host is proxied", config(u"proxy"_s, {}, {}), u"http://[fe80::1%25en0]/"_s,
            u"http://proxy"_s);
        row("NET-3 bad escape ignored", config(u"%zz"_s, {}, {}), u"http://example.com/"_s, {}, {}, true);
        row("NET-3 unclosed bracket ignored", config(u"[::1"_s, {}, {}), u"http://example.com/"_s, {}, {}, true);
        row("NET-3 bad escape after scheme ignored", config(u"http://%zz"_s, {}, {}), u"http://example.com/"_s, {}, {},
            true);
        row("NET-3 space makes a relative URL that cannot be dialled", config(u"a b"_s, {}, {}),
            u"http://example.com/"_s, u"a b"_s, {}, false, true);
        row("NET-3 socks5h is not supported", config(u"socks5h://p:1080"_s, {}, {}), u"http://example.com/"_s,
            u"http://socks5h://p:1080"_s, {}, false, true);
        row("NET-3 credentials kept", config(u"http://user:pass@proxy:3128"_s, {}, {}), u"http://example.com/"_s,
            u"http://user:pass@proxy:3128"_s);
        row("NET-3 host:port/path gets http://", config(u"proxy:3128/path"_s, {}, {}), u"http://example.com/"_s,
            u"http://proxy:3128/path"_s);
        row("NET-3 port only has no host", config(u":3128"_s, {}, {}), u"http://example.com/"_s, u"http://:3128"_s, {},
            false, true);
        row("NET-3 IPv6 proxy", config(u"http://[::1]:3128"_s, {}, {}), u"http://example.com/"_s,
            u"http://[::1]:3128"_s);
        row("NET-3 name:non-numeric port is an opaque URL", config(u"proxy:abc"_s, {}, {}), u"http://example.com/"_s,
            u"proxy:abc"_s, {}, false, true);
    }
    void proxyForUrl()
    {
        QFETCH(gmd::HttpProxyConfig, cfg);
        QFETCH(QString, url);
        QFETCH(QString, proxy);
        QFETCH(QString, error);
        QFETCH(bool, ignored);
        QFETCH(bool, broken);
        const gmd::HttpProxyChoice c = gmd::httpProxyForUrl(cfg, QUrl(url));
        QCOMPARE(c.proxyText, proxy);
        QCOMPARE(c.error, error);
        QCOMPARE(c.ignoredUnparsable, ignored);
        QCOMPARE(c.brokenProxy, broken);
        QCOMPARE(c.isDirect(), proxy.isEmpty() && error.isEmpty());
        QCOMPARE(c.proxy.isEmpty(), proxy.isEmpty());
        QCOMPARE(c.variable.isEmpty(), proxy.isEmpty());
        QVERIFY(!c.reason.isEmpty());
    }

    // proxy_test.go TestUseProxy / TestAllNoProxy: host:80 against the shared NO_PROXY list.
    void useProxy_data()
    {
        QTest::addColumn<QString>("noProxy");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("proxied");
        const QList<QPair<QString, bool>> hosts = {
            { u"localhost"_s, false },
            { u"127.0.0.1"_s, false },
            { u"127.0.0.2"_s, false },
            { u"[::1]"_s, false },
            { u"[::2]"_s, true },
            { u"192.168.1.1"_s, false },
            { u"192.168.1.2"_s, true },
            { u"192.168.1.3"_s, false },
            { u"192.168.1.4"_s, true },
            { u"10.0.0.2"_s, false },
            { u"[2001:db8::52:0:1]"_s, false },
            { u"[2001:db8::52:0:2]"_s, true },
            { u"[2001:db8::52:0:3]"_s, false },
            { u"[2002:db8:a::123]"_s, false },
            { u"[fe80::424b:c8be:1643:a1b6]"_s, true },
            { u"barbaz.net"_s, true },
            { u"www.barbaz.net"_s, false },
            { u"foobar.com"_s, false },
            { u"www.foobar.com"_s, false },
            { u"foofoobar.com"_s, true },
            { u"baz.com"_s, true },
            { u"localhost.net"_s, true },
            { u"local.localhost"_s, true },
            { u"barbarbaz.net"_s, true },
            { u"wildcard.io"_s, true },
            { u"nested.wildcard.io"_s, false },
            { u"awildcard.io"_s, true },
        };
        for (const auto& [host, proxied] : hosts) {
            QTest::addRow("NET-3 NO_PROXY list, %s", qPrintable(host)) << kNoProxy << host << proxied;
            QTest::addRow("NET-3 NO_PROXY=*, %s", qPrintable(host)) << u"*"_s << host << false;
        }
    }
    void useProxy()
    {
        QFETCH(QString, noProxy);
        QFETCH(QString, host);
        QFETCH(bool, proxied);
        const gmd::HttpProxyChoice c =
            gmd::httpProxyForUrl(config(u"http://proxy"_s, {}, noProxy), QUrl(u"http://"_s + host + u":80/"_s));
        QCOMPARE(!c.proxyText.isEmpty(), proxied);
    }

    void noProxyMatches_data()
    {
        QTest::addColumn<QString>("noProxy");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("matches");
        QTest::addColumn<QString>("entry");
        QTest::addRow("NET-3 empty list") << QString() << u"example.com"_s << 443 << false << QString();
        QTest::addRow("NET-3 invalid entry does not panic") << u":1"_s << u"example.com"_s << 80 << false << QString();
        QTest::addRow("NET-3 domain entry reported")
            << u"a.org, .Corp.Example"_s << u"git.corp.example"_s << 443 << true << u".corp.example"_s;
        QTest::addRow("NET-3 star reported") << u"x.org,*"_s << u"anything"_s << 0 << true << u"*"_s;
        QTest::addRow("NET-3 no port in request")
            << u"example.com:443"_s << u"example.com"_s << 0 << false << QString();
        QTest::addRow("NET-3 loopback is not NO_PROXY's business")
            << u"example.com"_s << u"127.0.0.1"_s << 80 << false << QString();
        QTest::addRow("NET-3 CIDR reported") << u"10.0.0.0/30"_s << u"10.0.0.3"_s << 80 << true << u"10.0.0.0/30"_s;
        QTest::addRow("NET-3 CIDR boundary") << u"10.0.0.0/30"_s << u"10.0.0.4"_s << 80 << false << QString();
    }
    void noProxyMatches()
    {
        QFETCH(QString, noProxy);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(bool, matches);
        QFETCH(QString, entry);
        QString got;
        QCOMPARE(gmd::noProxyMatches(noProxy, host, port, &got), matches);
        QCOMPARE(got, entry);
    }

    void fromLookup_data()
    {
        QTest::addColumn<QStringList>("env"); // NAME=value pairs
        QTest::addColumn<QString>("http");
        QTest::addColumn<QString>("httpVar");
        QTest::addColumn<QString>("https");
        QTest::addColumn<QString>("httpsVar");
        QTest::addColumn<QString>("noProxy");
        QTest::addColumn<bool>("cgi");
        QTest::addRow("NET-3 upper case")
            << QStringList { u"HTTP_PROXY=httpproxy"_s, u"HTTPS_PROXY=httpsproxy"_s, u"NO_PROXY=noproxy"_s }
            << u"httpproxy"_s << u"HTTP_PROXY"_s << u"httpsproxy"_s << u"HTTPS_PROXY"_s << u"noproxy"_s << false;
        QTest::addRow("NET-3 lower case")
            << QStringList { u"http_proxy=httpproxy"_s, u"https_proxy=httpsproxy"_s, u"no_proxy=noproxy"_s }
            << u"httpproxy"_s << u"http_proxy"_s << u"httpsproxy"_s << u"https_proxy"_s << u"noproxy"_s << false;
        QTest::addRow("NET-3 upper case wins")
            << QStringList { u"HTTPS_PROXY=upper"_s, u"https_proxy=lower"_s } << QString() << QString() << u"upper"_s
            << u"HTTPS_PROXY"_s << QString() << false;
        QTest::addRow("NET-3 empty upper case falls back to lower")
            << QStringList { u"HTTPS_PROXY="_s, u"https_proxy=lower"_s } << QString() << QString() << u"lower"_s
            << u"https_proxy"_s << QString() << false;
        QTest::addRow("NET-3 REQUEST_METHOD sets CGI") << QStringList { u"REQUEST_METHOD=PUT"_s } << QString()
                                                       << QString() << QString() << QString() << QString() << true;
        QTest::addRow("NET-3 empty REQUEST_METHOD is no CGI")
            << QStringList { u"REQUEST_METHOD="_s } << QString() << QString() << QString() << QString() << QString()
            << false;
    }
    void fromLookup()
    {
        QFETCH(QStringList, env);
        QFETCH(QString, http);
        QFETCH(QString, httpVar);
        QFETCH(QString, https);
        QFETCH(QString, httpsVar);
        QFETCH(QString, noProxy);
        QFETCH(bool, cgi);
        QHash<QString, QString> vars;
        for (const QString& kv : env)
            vars.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
        const auto c = gmd::HttpProxyConfig::fromLookup([&vars](const QString& n) { return vars.value(n); });
        QCOMPARE(c.httpProxy, http);
        QCOMPARE(c.httpProxyVar, httpVar);
        QCOMPARE(c.httpsProxy, https);
        QCOMPARE(c.httpsProxyVar, httpsVar);
        QCOMPARE(c.noProxy, noProxy);
        QCOMPARE(c.cgi, cgi);
    }

    void reasons()
    {
        gmd::HttpProxyConfig c = config(u"%zz"_s, u"proxy.corp:3128"_s, u".corp.example"_s);
        c.httpsProxyVar = u"https_proxy"_s;
        c.noProxyVar = u"no_proxy"_s;
        const auto viaProxy = gmd::httpProxyForUrl(c, QUrl(u"https://proxy.golang.org/"_s));
        QCOMPARE(viaProxy.variable, u"https_proxy"_s);
        QVERIFY2(viaProxy.reason.startsWith(u"https_proxy applies to https URLs"_s), qPrintable(viaProxy.reason));
        const auto excluded = gmd::httpProxyForUrl(c, QUrl(u"https://git.corp.example/x"_s));
        QCOMPARE(excluded.reason, u"host matches no_proxy entry '.corp.example'"_s);
        QCOMPARE(excluded.noProxyEntry, u".corp.example"_s);
        const auto ignored = gmd::httpProxyForUrl(c, QUrl(u"http://example.com/"_s));
        QVERIFY2(ignored.reason.contains(u"cannot be parsed and is ignored"_s), qPrintable(ignored.reason));
        QVERIFY2(ignored.reason.contains(u"invalid URL escape \"%zz\""_s), qPrintable(ignored.reason));
        const auto loopback = gmd::httpProxyForUrl(c, QUrl(u"https://127.0.0.1:8443/"_s));
        QCOMPARE(loopback.reason, u"loopback addresses are never proxied"_s);
        // Reasons are shown to users: a password in an ignored value is masked.
        const auto secret =
            gmd::httpProxyForUrl(config(u"http://user:s3cretpw@%zz"_s, {}, {}), QUrl(u"http://example.com/"_s));
        QVERIFY(secret.ignoredUnparsable);
        QVERIFY2(!secret.reason.contains(u"s3cretpw"_s), qPrintable(secret.reason));
    }

    void parseValue()
    {
        const gmd::ParsedProxyValue v = gmd::parseProxyValue(u"corp-proxy:3128"_s);
        QVERIFY(v.usable);
        QVERIFY(v.addedScheme);
        QCOMPARE(v.effective, u"http://corp-proxy:3128"_s);
        QCOMPARE(v.scheme, u"http"_s);
        QCOMPARE(v.hostname, u"corp-proxy"_s);
        QCOMPARE(v.port, u"3128"_s);
        QVERIFY(!v.broken);
        const gmd::ParsedProxyValue bad = gmd::parseProxyValue(u"http://a b"_s);
        // url.Parse("http://a b") fails, but "http://http://a b" parses (host "http:"), as in Go.
        QVERIFY(bad.usable);
        QVERIFY(bad.broken);
        const gmd::ParsedProxyValue ctl = gmd::parseProxyValue(u"http://proxy\n"_s);
        QVERIFY(!ctl.usable);
        QCOMPARE(ctl.error, u"parse \"http://proxy\\n\": net/url: invalid control character in URL"_s);
        QVERIFY(!gmd::parseProxyValue(QString()).set);
    }
};

QTEST_GUILESS_MAIN(TestHttpProxy)
#include "tst_httpproxy.moc"
