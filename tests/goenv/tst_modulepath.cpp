// SPDX-License-Identifier: MIT
// Module path checks and case escaping (spec PROTO-1, PROTO-2; golang.org/x/mod/module).
#include "goenv/modulepath.h"
#include "testutil/testutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

gmd::EscapeResult run(const QString& function, const QString& input)
{
    if (function == u"EscapePath"_s)
        return gmd::escapeModulePath(input);
    if (function == u"EscapeVersion"_s)
        return gmd::escapeModuleVersion(input);
    if (function == u"UnescapePath"_s)
        return gmd::unescapeModulePath(input);
    if (function == u"UnescapeVersion"_s)
        return gmd::unescapeModuleVersion(input);
    return { {}, u"unknown function "_s + function };
}

} // namespace

class TestModulePath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vectors_data();
    void vectors();
    void errorTexts_data();
    void errorTexts();
    void roundTrip_data();
    void roundTrip();
    void requestUrl_data();
    void requestUrl();
    void hosts_data();
    void hosts();
};

void TestModulePath::vectors_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("errorContains");
    const gmdtest::TsvTable t = gmdtest::readTsv(gmdtest::vectorsDir() + u"/escape_path.tsv"_s);
    if (!t.ok()) {
        QTest::addRow("vectors absent") << QString() << QString() << QString() << QString();
        return;
    }
    for (const QString& col : { u"function"_s, u"input"_s, u"expected"_s, u"error_contains"_s }) {
        if (t.column(col) < 0)
            QTest::addRow("vectors malformed: no column %s", qPrintable(col))
                << QString() << QString() << QString() << QString();
    }
    for (int i = 0; i < t.rows.size(); ++i) {
        const QString shown = t.field(i, u"function"_s) + u' ' + t.field(i, u"input"_s);
        QTest::addRow("PROTO-2 %s", qPrintable(gmdtest::rowName(t, i, shown)))
            << t.field(i, u"function"_s) << t.field(i, u"input"_s) << t.field(i, u"expected"_s)
            << t.field(i, u"error_contains"_s);
    }
}

void TestModulePath::vectors()
{
    if (QByteArray(QTest::currentDataTag()) == "vectors absent")
        QSKIP("vectors absent");
    QFETCH(QString, function);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(QString, errorContains);
    QVERIFY2(!expected.isEmpty(), "a vector row needs an expected value");
    const gmd::EscapeResult r = run(function, input);
    if (expected == u"ERROR"_s) {
        QVERIFY2(!r.ok(), qPrintable(u"unexpected success: "_s + r.value));
        QVERIFY2(r.error.contains(errorContains), qPrintable(r.error));
        QVERIFY(r.value.isEmpty());
    } else {
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.value, expected);
    }
}

void TestModulePath::errorTexts_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("error");
    const auto add = [](const char* name, const QString& function, const QString& input, const QString& error) {
        QTest::addRow("PROTO-2 %s %s", qPrintable(function), name) << function << input << error;
    };
    const QString ep = u"EscapePath"_s;
    add("empty", ep, QString(), u"malformed module path \"\": empty string"_s);
    add("leading dash", ep, u"-x/z"_s, u"malformed module path \"-x/z\": leading dash"_s);
    add("upper-case host", ep, u"X.y/z"_s,
        u"malformed module path \"X.y/z\": invalid char 'X' in first path element"_s);
    add("underscore in host", ep, u"_x.y/z"_s,
        u"malformed module path \"_x.y/z\": invalid char '_' in first path element"_s);
    add("port in host", ep, u"localhost:8080/x"_s, u"malformed module path \"localhost:8080/x\": invalid char ':'"_s);
    add("no dot in host", ep, u"localhost/repo"_s,
        u"malformed module path \"localhost/repo\": missing dot in first path element"_s);
    add("v1 suffix", ep, u"x.y/z/v1"_s, u"malformed module path \"x.y/z/v1\": invalid version"_s);
    add("v2.0 suffix", ep, u"x.y/z/v2.0"_s, u"malformed module path \"x.y/z/v2.0\": invalid version"_s);
    add("v02 suffix", ep, u"x.y/z/v02"_s, u"malformed module path \"x.y/z/v02\": invalid version"_s);
    add("gopkg.in without .vN", ep, u"gopkg.in/yaml"_s, u"malformed module path \"gopkg.in/yaml\": invalid version"_s);
    add("gopkg.in .v01", ep, u"gopkg.in/yaml.v01"_s, u"malformed module path \"gopkg.in/yaml.v01\": invalid version"_s);
    add("plus sign", ep, u"x.y/z+"_s, u"malformed module path \"x.y/z+\": invalid char '+'"_s);
    add("windows short name", ep, u"x.y/z~0"_s,
        u"malformed module path \"x.y/z~0\": trailing tilde and digits in path element"_s);
    add("windows device name", ep, u"x.y/com1.txt"_s,
        u"malformed module path \"x.y/com1.txt\": \"com1\" disallowed as path element component on Windows"_s);
    add("leading dot", ep, u"x.y/.git"_s, u"malformed module path \"x.y/.git\": leading dot in path element"_s);
    add("trailing dot", ep, u"x.y/z."_s, u"malformed module path \"x.y/z.\": trailing dot in path element"_s);
    add("dot dot", ep, u"x.y/z/../w"_s, u"malformed module path \"x.y/z/../w\": invalid path element \"..\""_s);
    add("cyrillic", ep, u"github.com/user/unicode/испытание"_s,
        u"malformed module path \"github.com/user/unicode/испытание\": invalid char 'и'"_s);
    add("NBSP", ep, u"x.y/z\u00a0"_s, u"malformed module path \"x.y/z\\u00a0\": invalid char '\\u00a0'"_s);
    add("quote", ep, u"x.y\"/z"_s, u"malformed module path \"x.y\\\"/z\": invalid char '\"'"_s);
    add("lone surrogate", ep, QString(QChar(char16_t(0xD800))) + u"x.y/z"_s,
        u"malformed module path \"\ufffdx.y/z\": invalid UTF-8"_s);
    add("valid gopkg.in", ep, u"gopkg.in/yaml.v0"_s, QString());
    add("valid trailing dash", ep, u"x.y-/z"_s, QString());
    add("valid tilde", ep, u"x.y/z09~09z"_s, QString());
    const QString ev = u"EscapeVersion"_s;
    add("empty", ev, QString(), u"version \"\" invalid: disallowed version string"_s);
    add("go.mod suffix", ev, u"v1.0.0/go.mod"_s, u"version \"v1.0.0/go.mod\" invalid: disallowed version string"_s);
    add("dot dot", ev, u".."_s, u"version \"..\" invalid: disallowed version string"_s);
    add("non-ASCII letter", ev, u"vé1"_s, u"internal error: inconsistency in EscapePath"_s);
    add("space is a file name character", ev, u"v1 0"_s, QString());
    const QString up = u"UnescapePath"_s;
    add("double bang", up, u"github.com/!!google"_s, u"invalid escaped module path \"github.com/!!google\""_s);
    add("trailing bang", up, u"github.com/x!"_s, u"invalid escaped module path \"github.com/x!\""_s);
    add("non-ASCII", up, u"github.com/é"_s, u"invalid escaped module path \"github.com/é\""_s);
    add("valid escape, invalid path", up, u"github.com/!google!cloud!platform/v1"_s,
        u"invalid escaped module path \"github.com/!google!cloud!platform/v1\": malformed module path "
        u"\"github.com/GoogleCloudPlatform/v1\": invalid version"_s);
    const QString uv = u"UnescapeVersion"_s;
    add("upper case", uv, u"V1"_s, u"invalid escaped version \"V1\""_s);
    add("slash", uv, u"a/b"_s, u"invalid escaped version \"a/b\": invalid char '/'"_s);
    add("valid", uv, u"v1.0.0-!r!c1"_s, QString());
}

void TestModulePath::errorTexts()
{
    QFETCH(QString, function);
    QFETCH(QString, input);
    QFETCH(QString, error);
    const gmd::EscapeResult r = run(function, input);
    QCOMPARE(r.error, error);
    QCOMPARE(r.ok(), error.isEmpty());
    if (function == u"EscapePath"_s)
        QCOMPARE(gmd::checkModulePath(input), error);
}

void TestModulePath::roundTrip_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("escaped");
    QTest::addRow("PROTO-2 upper case") << u"github.com/Azure/azure-sdk-for-go"_s
                                        << u"github.com/!azure/azure-sdk-for-go"_s;
    QTest::addRow("PROTO-2 all upper") << u"example.com/ABC"_s << u"example.com/!a!b!c"_s;
    QTest::addRow("PROTO-2 no upper case") << u"golang.org/x/text"_s << u"golang.org/x/text"_s;
    QTest::addRow("PROTO-2 version-like element") << u"gopkg.in/Yaml.v3"_s << u"gopkg.in/!yaml.v3"_s;
}

void TestModulePath::roundTrip()
{
    QFETCH(QString, path);
    QFETCH(QString, escaped);
    QCOMPARE(gmd::escapeModulePath(path).value, escaped);
    QCOMPARE(gmd::unescapeModulePath(escaped).value, path);
    // Versions use the same escaping.
    const QString version = u"v1.0.0-"_s + path.section(u'/', -1);
    const gmd::EscapeResult ev = gmd::escapeModuleVersion(version);
    QVERIFY2(ev.ok(), qPrintable(ev.error));
    QCOMPARE(gmd::unescapeModuleVersion(ev.value).value, version);
}

void TestModulePath::requestUrl_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("url");
    QTest::addRow("PROTO-1 spec example")
        << u"https://example.com/mod"_s << u"golang.org/x/text"_s << u"/@v/v0.3.2.mod"_s
        << u"https://example.com/mod/golang.org/x/text/@v/v0.3.2.mod"_s;
    QTest::addRow("PROTO-1 one trailing slash dropped")
        << u"https://proxy.golang.org/"_s << u"github.com/!burnt!sushi/toml"_s << u"/@v/list"_s
        << u"https://proxy.golang.org/github.com/!burnt!sushi/toml/@v/list"_s;
    QTest::addRow("PROTO-1 latest") << u"file:///srv/goproxy"_s << u"rsc.io/quote"_s << u"/@latest"_s
                                    << u"file:///srv/goproxy/rsc.io/quote/@latest"_s;
}

void TestModulePath::requestUrl()
{
    QFETCH(QString, base);
    QFETCH(QString, path);
    QFETCH(QString, suffix);
    QFETCH(QString, url);
    QCOMPARE(gmd::proxyRequestUrl(base, path, suffix), url);
}

void TestModulePath::hosts_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("wellKnown");
    QTest::addRow("github") << u"github.com/org/repo"_s << u"github.com"_s << true;
    QTest::addRow("golang.org/x") << u"golang.org/x/text"_s << u"golang.org"_s << true;
    QTest::addRow("k8s.io") << u"k8s.io/client-go"_s << u"k8s.io"_s << true;
    QTest::addRow("bare host") << u"rsc.io"_s << u"rsc.io"_s << true;
    QTest::addRow("must not match: corporate host") << u"git.corp.example/team/svc"_s << u"git.corp.example"_s << false;
    QTest::addRow("must not match: case differs") << u"GitHub.com/org"_s << u"GitHub.com"_s << false;
    QTest::addRow("must not match: subdomain of a public host")
        << u"evil.github.com/x"_s << u"evil.github.com"_s << false;
}

void TestModulePath::hosts()
{
    QFETCH(QString, path);
    QFETCH(QString, host);
    QFETCH(bool, wellKnown);
    QCOMPARE(gmd::modulePathHost(path), host);
    QCOMPARE(gmd::isWellKnownPublicHost(host), wellKnown);
    QCOMPARE(gmd::wellKnownPublicHosts().contains(host), wellKnown);
}

QTEST_GUILESS_MAIN(TestModulePath)
#include "tst_modulepath.moc"
