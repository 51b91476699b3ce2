// SPDX-License-Identifier: MIT
// GOPROXY parsing (spec PROXY-1..5, PROXY-7), Go's url.Parse errors and strconv.Quote.
// Own rows were cross-checked with Go's net/url and strconv (go1.19.8, same rules as go1.24.4).
#include "goenv/goproxy.h"
#include "testutil/testutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestGoProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vectors_data();
    void vectors();
    void ownRows_data();
    void ownRows();
    void entryDetails_data();
    void entryDetails();
    void ignoredTail_data();
    void ignoredTail();
    void urlParseError_data();
    void urlParseError();
    void quote_data();
    void quote();
};

void TestGoProxy::vectors_data()
{
    QTest::addColumn<QString>("goproxy");
    QTest::addColumn<QString>("gonoproxy");
    QTest::addColumn<QString>("entries");
    QTest::addColumn<QString>("error");
    const gmdtest::TsvTable t = gmdtest::readTsv(gmdtest::vectorsDir() + u"/goproxy_list.tsv"_s);
    if (!t.ok()) {
        QTest::addRow("vectors absent") << QString() << QString() << QString() << QString();
        return;
    }
    for (const QString& col : { u"GOPROXY"_s, u"GONOPROXY"_s, u"expected_entries"_s, u"expected_error"_s }) {
        if (t.column(col) < 0)
            QTest::addRow("vectors malformed: no column %s", qPrintable(col))
                << QString() << QString() << QString() << u"<malformed>"_s;
    }
    for (int i = 0; i < t.rows.size(); ++i) {
        const QString goproxy = t.field(i, u"GOPROXY"_s);
        const QString gonoproxy = t.field(i, u"GONOPROXY"_s);
        const QString shown = gonoproxy.isEmpty() ? goproxy : goproxy + u" (GONOPROXY="_s + gonoproxy + u')';
        QTest::addRow("PROXY %s", qPrintable(gmdtest::rowName(t, i, shown)))
            << goproxy << gonoproxy << t.field(i, u"expected_entries"_s) << t.field(i, u"expected_error"_s);
    }
}

void TestGoProxy::vectors()
{
    if (QByteArray(QTest::currentDataTag()) == "vectors absent")
        QSKIP("vectors absent");
    QFETCH(QString, goproxy);
    QFETCH(QString, gonoproxy);
    QFETCH(QString, entries);
    QFETCH(QString, error);
    QVERIFY2(error != u"<malformed>"_s, "the vector file lacks a column");
    QVERIFY2(!entries.isEmpty() || !error.isEmpty(), "a vector row needs an expectation");
    const gmd::ProxyList list = gmd::parseGoProxy(goproxy, gonoproxy);
    QCOMPARE(list.error, error);
    QCOMPARE(list.isValid(), error.isEmpty());
    QCOMPARE(gmd::formatProxyEntries(list.entries), entries);
}

void TestGoProxy::ownRows_data()
{
    QTest::addColumn<QString>("goproxy");
    QTest::addColumn<QString>("gonoproxy");
    QTest::addColumn<QString>("entries");
    QTest::addColumn<QString>("error");
    const QString any = u" [fallback=any-error]"_s;
    const QString nf = u" [fallback=404/410]"_s;
    QTest::addRow("PROXY-4 userinfo password redacted in scheme error")
        << u"https://user:secret@x.example|socks5://u:p@y"_s << QString() << QString()
        << u"invalid proxy URL scheme (must be https, http, file): socks5://u:xxxxx@y"_s;
    QTest::addRow("PROXY-4 file: without // has an omitted host") << u"file:/srv/goproxy"_s << QString() << QString()
                                                                  << u"invalid file:// proxy URL with non-path "
                                                                     u"elements: file:/srv/goproxy"_s;
    QTest::addRow("PROXY-4 file URL with query") << u"file:///srv/goproxy?x"_s << QString() << QString()
                                                 << u"invalid file:// proxy URL with non-path elements: "
                                                    u"file:///srv/goproxy?x"_s;
    QTest::addRow("PROXY-4 file URL with user info redacted")
        << u"file://user:pw@/srv"_s << QString() << QString()
        << u"invalid file:// proxy URL with non-path elements: file://user:xxxxx@/srv"_s;
    QTest::addRow("PROXY-4 file URL with escaped space")
        << u"file:///srv/go%20proxy"_s << QString() << u"file:///srv/go%20proxy"_s + nf << QString();
    QTest::addRow("PROXY-4 bare file://") << u"file://"_s << QString() << u"file://"_s + nf << QString();
    QTest::addRow("PROXY-4 ftp with credentials redacted")
        << u"ftp://user:pw@mirror.example/x"_s << QString() << QString()
        << u"invalid proxy URL scheme (must be https, http, file): ftp://user:xxxxx@mirror.example/x"_s;
    QTest::addRow("PROXY-3 word with space: missing scheme, shown escaped")
        << u"foo bar"_s << QString() << QString() << u"invalid proxy URL missing scheme: foo%20bar"_s;
    QTest::addRow("PROXY-3 single word") << u"localhost"_s << QString() << QString()
                                         << u"invalid proxy URL missing scheme: localhost"_s;
    QTest::addRow("PROXY-3 //host is not given a scheme")
        << u"//proxy.example"_s << QString() << QString() << u"invalid proxy URL missing scheme: //proxy.example"_s;
    QTest::addRow("PROXY-3 mailto:x gets https:// and a bad port")
        << u"mailto:x"_s << QString() << QString() << u"parse \"https://mailto:x\": invalid port \":x\" after host"_s;
#ifndef Q_OS_WIN // filepath.IsAbs("C:\\goproxy") is true on Windows, so no scheme is implied there
    QTest::addRow("PROXY-3 windows path on unix")
        << u"C:\\goproxy"_s << QString() << QString()
        << u"parse \"https://C:\\\\goproxy\": invalid port \":\\\\goproxy\" after host"_s;
#endif
    QTest::addRow("PROXY-3 http:relative gets https://") << u"http:relative"_s << QString() << QString()
                                                         << u"parse \"https://http:relative\": invalid port "
                                                            u"\":relative\" after host"_s;
    QTest::addRow("PROXY-3 host:port/path")
        << u"proxy.example.com:8443/go"_s << QString() << u"https://proxy.example.com:8443/go"_s + nf << QString();
    QTest::addRow("PROXY-4 upper-case scheme accepted")
        << u"HTTPS://PROXY.example"_s << QString() << u"HTTPS://PROXY.example"_s + nf << QString();
    QTest::addRow("PROXY-4 https:/x accepted")
        << u"https:/single.example"_s << QString() << u"https:/single.example"_s + nf << QString();
    QTest::addRow("PROXY-4 fragment kept")
        << u"https://proxy.golang.org#frag"_s << QString() << u"https://proxy.golang.org#frag"_s + nf << QString();
    QTest::addRow("PROXY-4 bad escape") << u"https://x/%zz"_s << QString() << QString()
                                        << u"parse \"https://x/%zz\": invalid URL escape \"%zz\""_s;
    QTest::addRow("PROXY-4 non-ASCII host with space") << u"https://ü b.com"_s << QString() << QString()
                                                       << u"parse \"https://ü b.com\": invalid character \" \" in "
                                                          u"host name"_s;
    QTest::addRow("PROXY-4 single quotes") << u"'https://proxy.golang.org'"_s << QString() << QString()
                                           << u"parse \"'https://proxy.golang.org'\": first path segment in URL "
                                              u"cannot contain colon"_s;
    QTest::addRow("PROXY-1 error in third entry")
        << u"https://x.example,https://y.example,https://z example"_s << QString() << QString()
        << u"parse \"https://z example\": invalid character \" \" in host "
           u"name"_s;
    QTest::addRow("PROXY-3 implied scheme with pipe")
        << u"goproxy.io|direct"_s << QString() << u"https://goproxy.io"_s + any + u" ; direct"_s << QString();
    QTest::addRow("PROXY-1 blank entry skipped")
        << u"https://a.example,  ,direct"_s << QString() << u"https://a.example"_s + nf + u" ; direct"_s << QString();
    QTest::addRow("PROXY-1 trailing pipe")
        << u"https://a.example|"_s << QString() << u"https://a.example"_s + any << QString();
    QTest::addRow("PROXY-1 tab trimmed") << u"https://a.example\t,direct"_s << QString()
                                         << u"https://a.example"_s + nf + u" ; direct"_s << QString();
    QTest::addRow("PROXY-1 NBSP trimmed (unicode.IsSpace)")
        << u"\u00a0https://a.example"_s << QString() << u"https://a.example"_s + nf << QString();
    QTest::addRow("PROXY-1 trailing CR trimmed") << u"https://proxy.golang.org,direct\r"_s << QString()
                                                 << u"https://proxy.golang.org"_s + nf + u" ; direct"_s << QString();
    QTest::addRow("PROXY-1 semicolon is part of the URL") << u"https://a.example;https://b.example"_s << QString()
                                                          << u"https://a.example;https://b.example"_s + nf << QString();
    QTest::addRow("PROXY-2 invalid entry after direct ignored")
        << u"https://a.example,direct,https://ignored example"_s << QString()
        << u"https://a.example"_s + nf + u" ; direct"_s << QString();
    QTest::addRow("PROXY-2 off ends the list") << u"off|direct"_s << QString() << u"off"_s << QString();
    QTest::addRow("PROXY-7 exactly direct: no noproxy") << u"direct"_s << u"x"_s << u"direct"_s << QString();
    QTest::addRow("PROXY-7 ' direct' is not exactly direct")
        << u" direct"_s << u"x"_s << u"noproxy ; direct"_s << QString();
    QTest::addRow("PROXY-5 empty with GONOPROXY") << QString() << u"*.corp"_s << QString()
                                                  << u"GOPROXY list is not the empty string, but contains no "
                                                     u"entries"_s;
    QTest::addRow("PROXY-5 separators only")
        << u"|,|"_s << QString() << QString() << u"GOPROXY list is not the empty string, but contains no entries"_s;
}

void TestGoProxy::ownRows()
{
    QFETCH(QString, goproxy);
    QFETCH(QString, gonoproxy);
    QFETCH(QString, entries);
    QFETCH(QString, error);
    const gmd::ProxyList list = gmd::parseGoProxy(goproxy, gonoproxy);
    QCOMPARE(list.error, error);
    QCOMPARE(gmd::formatProxyEntries(list.entries), entries);
}

void TestGoProxy::entryDetails_data()
{
    QTest::addColumn<QString>("goproxy");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<int>("offset");
    QTest::addColumn<bool>("implied");
    QTest::addRow("PROXY-3 implied scheme, offset after spaces")
        << u"  proxy.golang.org ,direct"_s << 0 << u"proxy.golang.org"_s << 2 << true;
    QTest::addRow("PROXY-2 direct keyword offset")
        << u"https://a.example , direct"_s << 1 << u"direct"_s << 20 << false;
    QTest::addRow("PROXY-1 explicit scheme")
        << u"https://a.example|https://b.example"_s << 1 << u"https://b.example"_s << 18 << false;
}

void TestGoProxy::entryDetails()
{
    QFETCH(QString, goproxy);
    QFETCH(int, index);
    QFETCH(QString, raw);
    QFETCH(int, offset);
    QFETCH(bool, implied);
    const gmd::ProxyList list = gmd::parseGoProxy(goproxy);
    QVERIFY(list.isValid());
    QVERIFY(index < list.entries.size());
    const gmd::ProxyEntry& e = list.entries.at(index);
    QCOMPARE(e.raw, raw);
    QCOMPARE(e.offset, offset);
    QCOMPARE(goproxy.mid(e.offset, e.raw.size()), raw);
    QCOMPARE(e.impliedScheme, implied);
}

void TestGoProxy::ignoredTail_data()
{
    QTest::addColumn<QString>("goproxy");
    QTest::addColumn<QString>("tail");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("errorOffset");
    QTest::addRow("PROXY-2 entries after direct")
        << u"direct,https://proxy.golang.org"_s << u"https://proxy.golang.org"_s << 7 << -1;
    QTest::addRow("PROXY-2 entries after off, spaces and separators") << u"off , |direct, "_s << u"direct"_s << 7 << -1;
    QTest::addRow("PROXY-2 nothing after direct") << u"https://a.example,direct,"_s << QString() << -1 << -1;
    QTest::addRow("PROXY-4 error offset of the bad entry") << u"https://a.example, DIRECT"_s << QString() << -1 << 19;
    QTest::addRow("PROXY-5 empty list has no error offset") << u" , "_s << QString() << -1 << -1;
}

void TestGoProxy::ignoredTail()
{
    QFETCH(QString, goproxy);
    QFETCH(QString, tail);
    QFETCH(int, offset);
    QFETCH(int, errorOffset);
    const gmd::ProxyList list = gmd::parseGoProxy(goproxy);
    QCOMPARE(list.ignoredTail, tail);
    QCOMPARE(list.ignoredTailOffset, offset);
    QCOMPARE(list.errorOffset, errorOffset);
}

void TestGoProxy::urlParseError_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("error");
    const auto row = [](const char* name, const QString& url, const QString& error) {
        QTest::addRow("%s", name) << url << error;
    };
    row("valid https", u"https://proxy.golang.org"_s, QString());
    row("space in host", u"https://proxy.golang.org direct"_s,
        u"parse \"https://proxy.golang.org direct\": invalid character \" \" in host name"_s);
    row("leading quote", u"\"https://proxy.golang.org"_s,
        u"parse \"\\\"https://proxy.golang.org\": first path segment in URL cannot contain colon"_s);
    row("non-numeric port", u"https://host:port"_s,
        u"parse \"https://host:port\": invalid port \":port\" after host"_s);
    row("missing ]", u"https://[::1"_s, u"parse \"https://[::1\": missing ']' in host"_s);
    row("junk after ]", u"https://[::1]x"_s, u"parse \"https://[::1]x\": invalid port \"x\" after host"_s);
    row("bad escape in path", u"https://x/%zz"_s, u"parse \"https://x/%zz\": invalid URL escape \"%zz\""_s);
    row("short escape", u"https://x/%4"_s, u"parse \"https://x/%4\": invalid URL escape \"%4\""_s);
    row("escaped ASCII in host", u"https://%41/"_s, u"parse \"https://%41/\": invalid URL escape \"%41\""_s);
    row("control character", u"https://x\x01"_s,
        u"parse \"https://x\\x01\": net/url: invalid control character in URL"_s);
    row("DEL character", u"https://a\x7f"_s + u"b"_s,
        u"parse \"https://a\\x7fb\": net/url: invalid control character in URL"_s);
    row("CR from a CRLF file", u"https://proxy.golang.org\r"_s,
        u"parse \"https://proxy.golang.org\\r\": net/url: invalid control character in URL"_s);
    row("leading colon", u"://x"_s, u"parse \"://x\": missing protocol scheme"_s);
    row("space in userinfo", u"https://us er@x"_s, u"parse \"https://us er@x\": net/url: invalid userinfo"_s);
    row("bad escape in password", u"https://user:p%zz@x"_s,
        u"parse \"https://user:p%zz@x\": invalid URL escape \"%zz\""_s);
    row("bad escape in fragment names the whole URL", u"https://x/#%zz"_s,
        u"parse \"https://x/#%zz\": invalid URL escape \"%zz\""_s);
    row("IPv6 with port", u"http://[::1]:8080"_s, QString());
    row("IPv6 zone", u"https://[fe80::1%25en0]:8080/"_s, QString());
    row("IPv6 zone with control escape", u"https://[fe80::1%25%01]/"_s,
        u"parse \"https://[fe80::1%25%01]/\": invalid URL escape \"%01\""_s);
    row("non-ASCII host", u"https://é.com"_s, QString());
    row("two colons, numeric last port", u"https://x:80:90"_s, QString());
    row("angle bracket allowed in host", u"https://a<b"_s, QString());
    row("brace in host", u"https://a{b"_s, u"parse \"https://a{b\": invalid character \"{\" in host name"_s);
    row("opaque", u"mailto:x"_s, QString());
    row("star", u"*"_s, QString());
    row("relative with colon", u"a b:c"_s, u"parse \"a b:c\": first path segment in URL cannot contain colon"_s);
    row("non-ASCII host with space", u"https://ü b.com"_s,
        u"parse \"https://ü b.com\": invalid character \" \" in host name"_s);
}

void TestGoProxy::urlParseError()
{
    QFETCH(QString, url);
    QFETCH(QString, error);
    QCOMPARE(gmd::goUrlParseError(url), error);
}

void TestGoProxy::quote_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::addRow("quote and backslash") << u"a\"b\\c"_s << u"\"a\\\"b\\\\c\""_s;
    QTest::addRow("tab CR LF") << u"tab\there\r\n"_s << u"\"tab\\there\\r\\n\""_s;
    QTest::addRow("control and DEL") << u"\x01\x7f"_s << u"\"\\x01\\x7f\""_s;
    QTest::addRow("NBSP is not printable") << u"\u00a0nbsp"_s << u"\"\\u00a0nbsp\""_s;
    QTest::addRow("printable non-ASCII kept") << u"é€😀"_s << u"\"é€😀\""_s;
    QTest::addRow("soft hyphen and zero-width space") << u"\u00ad\u200b"_s << u"\"\\u00ad\\u200b\""_s;
    QTest::addRow("empty") << QString() << u"\"\""_s;
}

void TestGoProxy::quote()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(gmd::goQuote(in), out);
}

QTEST_GUILESS_MAIN(TestGoProxy)
#include "tst_goproxy.moc"
