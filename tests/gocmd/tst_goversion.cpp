// SPDX-License-Identifier: MIT
// Go version ordering and parsing (cmd/go/internal/gover; rows modelled on gover_test.go).
#include "gocmd/goversion.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestGoVersion : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void compare_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");
        QTest::addRow("empty == empty") << u""_s << u""_s << 0;
        QTest::addRow("invalid == invalid") << u"x"_s << u"x"_s << 0;
        QTest::addRow("empty == invalid") << u""_s << u"x"_s << 0;
        QTest::addRow("invalid < valid") << u"x"_s << u"1.0"_s << -1;
        QTest::addRow("1 < 1.1") << u"1"_s << u"1.1"_s << -1;
        QTest::addRow("1 == 1.0.0") << u"1"_s << u"1.0.0"_s << 0;
        QTest::addRow("1.5 < 1.6") << u"1.5"_s << u"1.6"_s << -1;
        QTest::addRow("1.5 < 1.10 numeric") << u"1.5"_s << u"1.10"_s << -1;
        QTest::addRow("1.6 < 1.6.1") << u"1.6"_s << u"1.6.1"_s << -1;
        QTest::addRow("1.19 == 1.19.0 (before 1.21)") << u"1.19"_s << u"1.19.0"_s << 0;
        QTest::addRow("1.19rc1 < 1.19") << u"1.19rc1"_s << u"1.19"_s << -1;
        QTest::addRow("1.20 == 1.20.0") << u"1.20"_s << u"1.20.0"_s << 0;
        QTest::addRow("1.20rc1 < 1.20") << u"1.20rc1"_s << u"1.20"_s << -1;
        QTest::addRow("1.21 < 1.21.0 (language version)") << u"1.21"_s << u"1.21.0"_s << -1;
        QTest::addRow("1.21 < 1.21rc1") << u"1.21"_s << u"1.21rc1"_s << -1;
        QTest::addRow("1.21rc1 < 1.21.0") << u"1.21rc1"_s << u"1.21.0"_s << -1;
        QTest::addRow("1.21.0 > 1.21rc1") << u"1.21.0"_s << u"1.21rc1"_s << 1;
        QTest::addRow("1.21.0 < 1.21.1") << u"1.21.0"_s << u"1.21.1"_s << -1;
        QTest::addRow("1.6 < 1.19") << u"1.6"_s << u"1.19"_s << -1;
        QTest::addRow("1.19rc1 < 1.19.1") << u"1.19rc1"_s << u"1.19.1"_s << -1;
        QTest::addRow("1.19rc1 < 1.19rc2") << u"1.19rc1"_s << u"1.19rc2"_s << -1;
        QTest::addRow("1.19rc1 < 1.19.0") << u"1.19rc1"_s << u"1.19.0"_s << -1;
        QTest::addRow("alpha < beta") << u"1.19alpha3"_s << u"1.19beta2"_s << -1;
        QTest::addRow("beta < rc") << u"1.19beta2"_s << u"1.19rc1"_s << -1;
        QTest::addRow("huge minor") << u"1.1"_s << u"1.99999999999999998"_s << -1;
        QTest::addRow("huge minors compared as decimals") << u"1.99999999999999998"_s << u"1.99999999999999999"_s << -1;
        QTest::addRow("go prefix accepted") << u"go1.21.3"_s << u"1.21.3"_s << 0;
        QTest::addRow("toolchain suffix ignored") << u"go1.22.0-custom"_s << u"1.22.0"_s << 0;
        QTest::addRow("1.24.4 > 1.21") << u"1.24.4"_s << u"1.21"_s << 1;
        QTest::addRow("1.99.0 > 1.24.4") << u"1.99.0"_s << u"1.24.4"_s << 1;
        QTest::addRow("leading zero is invalid") << u"1.021"_s << u"1.2"_s << -1;
        QTest::addRow("prerelease of a patch is invalid") << u"1.21.3rc1"_s << u"1.0"_s << -1;
    }
    void compare()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        QCOMPARE(gmd::compareGoVersions(a, b), expected);
        QCOMPARE(gmd::compareGoVersions(b, a), -expected); // antisymmetric
    }

    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("minor");
        QTest::addColumn<int>("patch");
        QTest::addColumn<QString>("prerelease");
        QTest::addColumn<bool>("language");
        QTest::addRow("release") << u"1.24.4"_s << true << u"1.24.4"_s << 24 << 4 << QString() << false;
        QTest::addRow("go prefix") << u"go1.21.3"_s << true << u"1.21.3"_s << 21 << 3 << QString() << false;
        QTest::addRow("language 1.21") << u"1.21"_s << true << u"1.21"_s << 21 << -1 << QString() << true;
        QTest::addRow("language 1.22") << u"go1.22"_s << true << u"1.22"_s << 22 << -1 << QString() << true;
        QTest::addRow("1.20 is a release, not a language version")
            << u"1.20"_s << true << u"1.20"_s << 20 << -1 << QString() << false;
        QTest::addRow("1.19 is a release") << u"1.19"_s << true << u"1.19"_s << 19 << -1 << QString() << false;
        QTest::addRow("1 means 1.0.0") << u"1"_s << true << u"1"_s << 0 << -1 << QString() << false;
        QTest::addRow("rc") << u"1.21rc1"_s << true << u"1.21rc1"_s << 21 << -1 << u"rc1"_s << false;
        QTest::addRow("any letters are a prerelease kind")
            << u"1.999testmod"_s << true << u"1.999testmod"_s << 999 << -1 << u"testmod"_s << false;
        QTest::addRow("custom suffix dropped")
            << u"go1.22.0-custom"_s << true << u"1.22.0"_s << 22 << 0 << QString() << false;
        QTest::addRow("space suffix dropped")
            << u"go1.2.3-bigcorp more text"_s << true << u"1.2.3"_s << 2 << 3 << QString() << false;
        QTest::addRow("plus is not a suffix") << u"1.600+auto"_s << false << QString() << 0 << -1 << QString() << false;
        QTest::addRow("empty") << u""_s << false << QString() << 0 << -1 << QString() << false;
        QTest::addRow("word") << u"bogus"_s << false << QString() << 0 << -1 << QString() << false;
        QTest::addRow("trailing dot") << u"1.21."_s << false << QString() << 0 << -1 << QString() << false;
        QTest::addRow("four parts") << u"1.21.0.1"_s << false << QString() << 0 << -1 << QString() << false;
        QTest::addRow("leading zero minor") << u"1.021"_s << false << QString() << 0 << -1 << QString() << false;
        QTest::addRow("patch prerelease") << u"1.21.3rc1"_s << false << QString() << 0 << -1 << QString() << false;
    }
    void parse()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(QString, text);
        QFETCH(int, minor);
        QFETCH(int, patch);
        QFETCH(QString, prerelease);
        QFETCH(bool, language);
        const gmd::GoVersion v = gmd::parseGoVersion(input);
        QCOMPARE(v.isValid(), valid);
        if (!valid)
            return;
        QCOMPARE(v.text, text);
        QCOMPARE(v.major, 1);
        QCOMPARE(v.minor, minor);
        QCOMPARE(v.patch, patch);
        QCOMPARE(v.prerelease, prerelease);
        QCOMPARE(v.isLanguageVersion(), language);
    }

    void fromToolchain_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::addRow("go1.2.3") << u"go1.2.3"_s << u"1.2.3"_s;
        QTest::addRow("no go prefix") << u"1.2.3"_s << QString();
        QTest::addRow("plus suffix") << u"go1.2.3+bigcorp"_s << QString();
        QTest::addRow("dash suffix") << u"go1.2.3-bigcorp"_s << u"1.2.3"_s;
        QTest::addRow("dash suffix and text") << u"go1.2.3-bigcorp more text"_s << u"1.2.3"_s;
        QTest::addRow("gccgo prefix") << u"gccgo-go1.23rc4"_s << QString();
        QTest::addRow("mycorp prefix") << u"mycorp-go1.22.0"_s << QString();
        QTest::addRow("language version") << u"go1.21"_s << u"1.21"_s;
        QTest::addRow("go1.99bogus is valid (kind bogus)") << u"go1.99bogus"_s << u"1.99bogus"_s;
    }
    void fromToolchain()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(gmd::goVersionFromToolchain(name), expected);
    }

    void language_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("expected");
        QTest::addRow("rc") << u"1.2rc3"_s << u"1.2"_s;
        QTest::addRow("patch") << u"1.2.3"_s << u"1.2"_s;
        QTest::addRow("lang") << u"1.2"_s << u"1.2"_s;
        QTest::addRow("major only") << u"1"_s << u"1"_s;
        QTest::addRow("custom kind") << u"1.999testmod"_s << u"1.999"_s;
        QTest::addRow("release") << u"1.21.3"_s << u"1.21"_s;
        QTest::addRow("invalid") << u"bogus"_s << QString();
    }
    void language()
    {
        QFETCH(QString, version);
        QFETCH(QString, expected);
        QCOMPARE(gmd::goLanguageVersion(version), expected);
    }

    void versionOutput_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("expected");
        QTest::addRow("release") << u"go version go1.19.8 linux/amd64\n"_s << u"1.19.8"_s;
        QTest::addRow("windows") << u"go version go1.24.4 windows/amd64\r\n"_s << u"1.24.4"_s;
        QTest::addRow("experiment tag") << u"go version go1.22.0 X:boringcrypto linux/amd64"_s << u"1.22.0"_s;
        QTest::addRow("devel") << u"go version devel go1.24-e6e5c3b Mon Jan 6 12:00:00 2025 +0000 linux/amd64"_s
                               << u"1.24"_s;
        QTest::addRow("after toolchain switch lines")
            << u"go: downloading go1.22.0 (linux/amd64)\ngo version go1.22.0 linux/amd64\n"_s << u"1.22.0"_s;
        QTest::addRow("only an error") << u"go: download go1.22 for linux/amd64: toolchain not available\n"_s
                                       << QString();
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("not go") << u"gccgo (GCC) 12.2.0"_s << QString();
    }
    void versionOutput()
    {
        QFETCH(QString, output);
        QFETCH(QString, expected);
        QCOMPARE(gmd::goVersionFromVersionOutput(output), expected);
    }
};

QTEST_GUILESS_MAIN(TestGoVersion)
#include "tst_goversion.moc"
