// SPDX-License-Identifier: MIT
// The helpers under the go.mod parser: x/mod/semver, x/mod/module version rules, and the Go
// strconv quoting used in messages.
#include "common/go/strconv.h"
#include "gomod/modversion.h"
#include "gomod/semver.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestModSemver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void semver_data();
    void semver();
    void compare_data();
    void compare();
    void pseudoVersion_data();
    void pseudoVersion();
    void pathMajor_data();
    void pathMajor();
    void directoryPath_data();
    void directoryPath();
    void goLine_data();
    void goLine();
    void quote_data();
    void quote();
    void unquote_data();
    void unquote();
};

void TestModSemver::semver_data()
{
    QTest::addColumn<QString>("v");
    QTest::addColumn<QString>("canonical"); // "" = invalid
    QTest::addColumn<QString>("major");
    QTest::addColumn<QString>("moduleCanonical");
    QTest::addRow("full") << u"v1.2.3"_s << u"v1.2.3"_s << u"v1"_s << u"v1.2.3"_s;
    QTest::addRow("short major") << u"v2"_s << u"v2.0.0"_s << u"v2"_s << u"v2.0.0"_s;
    QTest::addRow("short minor") << u"v1.2"_s << u"v1.2.0"_s << u"v1"_s << u"v1.2.0"_s;
    QTest::addRow("prerelease") << u"v1.2.3-rc.1"_s << u"v1.2.3-rc.1"_s << u"v1"_s << u"v1.2.3-rc.1"_s;
    QTest::addRow("build dropped") << u"v1.2.3+meta"_s << u"v1.2.3"_s << u"v1"_s << u"v1.2.3"_s;
    QTest::addRow("incompatible kept by module")
        << u"v2.0.0+incompatible"_s << u"v2.0.0"_s << u"v2"_s << u"v2.0.0+incompatible"_s;
    QTest::addRow("no v") << u"1.2.3"_s << QString() << QString() << QString();
    QTest::addRow("leading zero") << u"v01.2.3"_s << QString() << QString() << QString();
    QTest::addRow("prerelease leading zero") << u"v1.2.3-01"_s << QString() << QString() << QString();
    QTest::addRow("empty prerelease part") << u"v1.2.3-rc..1"_s << QString() << QString() << QString();
    QTest::addRow("prerelease on short") << u"v1.2-pre"_s << QString() << QString() << QString();
    QTest::addRow("trailing dot") << u"v1.2."_s << QString() << QString() << QString();
    QTest::addRow("non-ASCII digit") << u"v\u0661.2.3"_s << QString() << QString() << QString();
    QTest::addRow("branch") << u"master"_s << QString() << QString() << QString();
    QTest::addRow("empty") << QString() << QString() << QString() << QString();
}

void TestModSemver::semver()
{
    QFETCH(QString, v);
    QFETCH(QString, canonical);
    QFETCH(QString, major);
    QFETCH(QString, moduleCanonical);
    QCOMPARE(gmd::semver::isValid(v), !canonical.isEmpty());
    QCOMPARE(gmd::semver::canonical(v), canonical);
    QCOMPARE(gmd::semver::major(v), major);
    QCOMPARE(gmd::modversion::canonicalModuleVersion(v), moduleCanonical);
}

void TestModSemver::compare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("result");
    QTest::addRow("equal") << u"v1.2.3"_s << u"v1.2.3"_s << 0;
    QTest::addRow("short equals full") << u"v1.2"_s << u"v1.2.0"_s << 0;
    QTest::addRow("numeric not lexical") << u"v1.10.0"_s << u"v1.9.0"_s << 1;
    QTest::addRow("prerelease before release") << u"v1.0.0-rc.1"_s << u"v1.0.0"_s << -1;
    QTest::addRow("numeric prerelease before alpha") << u"v1.0.0-1"_s << u"v1.0.0-alpha"_s << -1;
    QTest::addRow("prerelease numbers") << u"v1.0.0-rc.2"_s << u"v1.0.0-rc.10"_s << -1;
    QTest::addRow("shorter prerelease first") << u"v1.0.0-rc"_s << u"v1.0.0-rc.1"_s << -1;
    QTest::addRow("build ignored") << u"v1.0.0+a"_s << u"v1.0.0+b"_s << 0;
    QTest::addRow("invalid is lowest") << u"bad"_s << u"v0.0.0"_s << -1;
    QTest::addRow("both invalid") << u"bad"_s << u"worse"_s << 0;
}

void TestModSemver::compare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, result);
    QCOMPARE(gmd::semver::compare(a, b), result);
    QCOMPARE(gmd::semver::compare(b, a), -result);
}

void TestModSemver::pseudoVersion_data()
{
    QTest::addColumn<QString>("v");
    QTest::addColumn<bool>("pseudo");
    QTest::addRow("v0.0.0 form") << u"v0.0.0-20191109021931-daa7c04131f5"_s << true;
    QTest::addRow("after release") << u"v1.2.4-0.20191109021931-daa7c04131f5"_s << true;
    QTest::addRow("after prerelease") << u"v1.2.3-pre.0.20191109021931-daa7c04131f5"_s << true;
    QTest::addRow("incompatible") << u"v2.0.1-0.20191109021931-daa7c04131f5+incompatible"_s << true;
    QTest::addRow("release") << u"v1.2.3"_s << false;
    QTest::addRow("short timestamp") << u"v0.0.0-2019110902193-daa7c04131f5"_s << false;
}

void TestModSemver::pseudoVersion()
{
    QFETCH(QString, v);
    QFETCH(bool, pseudo);
    QCOMPARE(gmd::semver::isPseudoVersion(v), pseudo);
}

void TestModSemver::pathMajor_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("pathMajor");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("error");
    QTest::addRow("plain v1") << u"a.b/c"_s << QString() << true << u"v1.5.0"_s << QString();
    QTest::addRow("plain v2 incompatible") << u"a.b/c"_s << QString() << true << u"v2.0.0+incompatible"_s << QString();
    QTest::addRow("plain v2") << u"a.b/c"_s << QString() << true << u"v2.0.0"_s
                              << u"version \"v2.0.0\" invalid: should be v0 or v1, not v2"_s;
    QTest::addRow("/v2 ok") << u"a.b/c/v2"_s << u"/v2"_s << true << u"v2.3.0"_s << QString();
    QTest::addRow("/v2 with v3") << u"a.b/c/v2"_s << u"/v2"_s << true << u"v3.0.0"_s
                                 << u"version \"v3.0.0\" invalid: should be v2, not v3"_s;
    QTest::addRow("/v1 is malformed") << u"a.b/c/v1"_s << QString() << false << QString() << QString();
    QTest::addRow("/v0 is malformed") << u"a.b/c/v0"_s << QString() << false << QString() << QString();
    QTest::addRow("/v2.1 is malformed") << u"a.b/c/v2.1"_s << QString() << false << QString() << QString();
    QTest::addRow("gopkg.in") << u"gopkg.in/yaml.v3"_s << u".v3"_s << true << u"v3.0.1"_s << QString();
    QTest::addRow("gopkg.in v0") << u"gopkg.in/inf.v0"_s << u".v0"_s << true << u"v0.9.1"_s << QString();
    QTest::addRow("gopkg.in unstable") << u"gopkg.in/x.v2-unstable"_s << u".v2-unstable"_s << true << u"v2.0.0"_s
                                       << QString();
    QTest::addRow("gopkg.in without major") << u"gopkg.in/yaml"_s << QString() << false << QString() << QString();
}

void TestModSemver::pathMajor()
{
    QFETCH(QString, path);
    QFETCH(QString, pathMajor);
    QFETCH(bool, ok);
    QFETCH(QString, version);
    QFETCH(QString, error);
    const gmd::modversion::PathVersion pv = gmd::modversion::splitPathVersion(path);
    QCOMPARE(pv.ok, ok);
    QCOMPARE(pv.pathMajor, pathMajor);
    if (ok)
        QCOMPARE(gmd::modversion::checkPathMajor(version, pv.pathMajor), error);
}

void TestModSemver::directoryPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("dir");
    for (const char* d : { ".", "..", "./x", "../x", ".\\x", "..\\x", "/abs", "\\abs", "C:\\x", "c:/x" })
        QTest::addRow("dir %s", d) << QString::fromUtf8(d) << true;
    for (const char* m : { "example.com/x", ".x", "..x", "x/./y", "1:x", "" })
        QTest::addRow("module %s", m) << QString::fromUtf8(m) << false;
}

void TestModSemver::directoryPath()
{
    QFETCH(QString, path);
    QFETCH(bool, dir);
    QCOMPARE(gmd::modversion::isDirectoryPath(path), dir);
}

void TestModSemver::goLine_data()
{
    QTest::addColumn<QString>("v");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("lax");
    QTest::addRow("language") << u"1.21"_s << true << QString();
    QTest::addRow("release") << u"1.21.3"_s << true << QString();
    QTest::addRow("rc") << u"1.21rc1"_s << true << QString();
    QTest::addRow("release candidate of patch") << u"1.21.0rc2"_s << true << QString();
    QTest::addRow("go prefix") << u"go1.21"_s << false << QString();
    QTest::addRow("v prefix, lax") << u"v1.21-x"_s << false << u"1.21"_s;
    QTest::addRow("suffix, lax") << u"1.21-custom"_s << false << u"1.21"_s;
    QTest::addRow("four parts, lax") << u"1.21.3.4"_s << false << u"1.21"_s;
    QTest::addRow("major zero") << u"0.1"_s << false << QString();
    QTest::addRow("one part") << u"1"_s << false << QString();
}

void TestModSemver::goLine()
{
    QFETCH(QString, v);
    QFETCH(bool, valid);
    QFETCH(QString, lax);
    QCOMPARE(gmd::modversion::isValidGoLineVersion(v), valid);
    if (!valid)
        QCOMPARE(gmd::modversion::laxGoLineVersion(v), lax);
    QVERIFY(gmd::modversion::isValidToolchainName(QString(u"go"_s + v)) == (v.startsWith(u"1."_s) || v == u"1"_s));
}

void TestModSemver::quote_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("quoted");
    QTest::addRow("plain") << u"abc"_s << u"\"abc\""_s;
    QTest::addRow("quote and backslash") << u"a\"b\\c"_s << u"\"a\\\"b\\\\c\""_s;
    QTest::addRow("control") << u"a\tb\x01"_s << u"\"a\\tb\\x01\""_s;
    QTest::addRow("printable non-ASCII kept") << u"é"_s << u"\"é\""_s;
    QTest::addRow("no-break space escaped") << u"a\u00a0b"_s << u"\"a\\u00a0b\""_s;
    QTest::addRow("astral non-printable") << QString::fromUcs4(U"\U000E0001") << u"\"\\U000e0001\""_s;
}

void TestModSemver::quote()
{
    QFETCH(QString, in);
    QFETCH(QString, quoted);
    QCOMPARE(gmd::go::quote(in), quoted);
    QString back;
    QVERIFY(gmd::go::unquote(quoted, &back));
    QCOMPARE(back, in);
}

void TestModSemver::unquote_data()
{
    QTest::addColumn<QString>("literal");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("value");
    QTest::addRow("escapes") << u"\"a\\n\\x41\\101\\u00e9\\U0001F600\""_s << true << u"a\nAAé😀"_s;
    QTest::addRow("empty") << u"\"\""_s << true << QString();
    QTest::addRow("single-quote escape") << u"\"\\'\""_s << false << QString();
    QTest::addRow("unknown escape") << u"\"\\q\""_s << false << QString();
    QTest::addRow("octal too large") << u"\"\\400\""_s << false << QString();
    QTest::addRow("surrogate") << u"\"\\ud800\""_s << false << QString();
    QTest::addRow("short hex") << u"\"\\x4\""_s << false << QString();
    // strconv.Unquote reads raw strings too (modfile only passes it tokens that start with '"').
    QTest::addRow("raw string") << u"`x`"_s << true << u"x"_s;
    QTest::addRow("unterminated") << u"\"x"_s << false << QString();
}

void TestModSemver::unquote()
{
    QFETCH(QString, literal);
    QFETCH(bool, ok);
    QFETCH(QString, value);
    QString out;
    QCOMPARE(gmd::go::unquote(literal, &out), ok);
    if (ok)
        QCOMPARE(out, value);
}

QTEST_GUILESS_MAIN(TestModSemver)
#include "tst_modsemver.moc"
