// SPDX-License-Identifier: MIT
// GOFLAGS splitting and validation (spec FLAGS-1; rows after cmd/go's testdata/script/goflags.txt).
#include "gocmd/goflags.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestGoFlags : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("goflags");
        QTest::addColumn<QString>("goVersion");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("errorOffset");
        QTest::addRow("FLAGS-1 empty") << QString() << QString() << QStringList() << QString() << -1;
        QTest::addRow("FLAGS-1 only blanks") << u" \t\r\n"_s << QString() << QStringList() << QString() << -1;
        QTest::addRow("FLAGS-1 -mod=vendor")
            << u"-mod=vendor"_s << QString() << QStringList { u"mod"_s } << QString() << -1;
        QTest::addRow("FLAGS-1 double dash") << u"--mod=readonly --modcacherw"_s << QString()
                                             << QStringList { u"mod"_s, u"modcacherw"_s } << QString() << -1;
        QTest::addRow("FLAGS-1 several, spaces and tabs")
            << u"  -x\t-modcacherw  -mod=mod "_s << QString() << QStringList { u"x"_s, u"modcacherw"_s, u"mod"_s }
            << QString() << -1;
        QTest::addRow("FLAGS-1 goflags.txt list")
            << u"-e -f={{.Dir}} --test.benchtime=1s -count=10"_s << QString()
            << QStringList { u"e"_s, u"f"_s, u"test.benchtime"_s, u"count"_s } << QString() << -1;
        QTest::addRow("FLAGS-1 -insecure is known (go get)")
            << u"-insecure"_s << QString() << QStringList { u"insecure"_s } << QString() << -1;
        QTest::addRow("FLAGS-1 flag of another command is known")
            << u"-vettool=/bin/x -json"_s << QString() << QStringList { u"vettool"_s, u"json"_s } << QString() << -1;
        QTest::addRow("FLAGS-1 empty value")
            << u"-tags="_s << QString() << QStringList { u"tags"_s } << QString() << -1;
        QTest::addRow("FLAGS-1 quoted field keeps spaces")
            << u"'-ldflags=-s -w' -trimpath"_s << QString() << QStringList { u"ldflags"_s, u"trimpath"_s } << QString()
            << -1;
        QTest::addRow("FLAGS-1 double-quoted field")
            << u"\"-tags=magic wizardry\""_s << QString() << QStringList { u"tags"_s } << QString() << -1;
        QTest::addRow("FLAGS-1 quote inside a field does not count")
            << u"-ldflags='-s -w'"_s << QString() << QStringList { u"ldflags"_s, u"w'"_s }
            << u"parsing $GOFLAGS: unknown flag -w'"_s << 13;
        QTest::addRow("FLAGS-1 unterminated single quote")
            << u"-x '-ldflags=-s"_s << QString() << QStringList() << u"parsing $GOFLAGS: unterminated ' string"_s << -1;
        QTest::addRow("FLAGS-1 unterminated double quote")
            << u"\"-x"_s << QString() << QStringList() << u"parsing $GOFLAGS: unterminated \" string"_s << -1;
        QTest::addRow("FLAGS-1 unknown flag") << u"-typoflag"_s << QString() << QStringList { u"typoflag"_s }
                                              << u"parsing $GOFLAGS: unknown flag -typoflag"_s << 0;
        QTest::addRow("FLAGS-1 unknown flag with value")
            << u"-mod=mod -foo=bar"_s << QString() << QStringList { u"mod"_s, u"foo"_s }
            << u"parsing $GOFLAGS: unknown flag -foo"_s << 9;
        QTest::addRow("FLAGS-1 flags are case-sensitive")
            << u"-X"_s << QString() << QStringList { u"X"_s } << u"parsing $GOFLAGS: unknown flag -X"_s << 0;
        QTest::addRow("FLAGS-1 first error wins")
            << u"-bad1 -bad2"_s << QString() << QStringList { u"bad1"_s, u"bad2"_s }
            << u"parsing $GOFLAGS: unknown flag -bad1"_s << 0;
        QTest::addRow("FLAGS-1 non-flag word")
            << u"-x vendor"_s << QString() << QStringList { u"x"_s } << u"parsing $GOFLAGS: non-flag \"vendor\""_s << 3;
        QTest::addRow("FLAGS-1 lone dash")
            << u"-"_s << QString() << QStringList() << u"parsing $GOFLAGS: non-flag \"-\""_s << 0;
        QTest::addRow("FLAGS-1 double dash")
            << u"--"_s << QString() << QStringList() << u"parsing $GOFLAGS: non-flag \"--\""_s << 0;
        QTest::addRow("FLAGS-1 triple dash")
            << u"---oops"_s << QString() << QStringList() << u"parsing $GOFLAGS: non-flag \"---oops\""_s << 0;
        QTest::addRow("FLAGS-1 no name") << u"-=noname"_s << QString() << QStringList()
                                         << u"parsing $GOFLAGS: non-flag \"-=noname\""_s << 0;
        QTest::addRow("FLAGS-1 no name after --")
            << u"--=x"_s << QString() << QStringList() << u"parsing $GOFLAGS: non-flag \"--=x\""_s << 0;
        QTest::addRow("FLAGS-1 non-flag is Go-quoted")
            << u"-e -f=\"{{if .Error}}{{.Error}}{{end}}\""_s << u"1.19"_s << QStringList { u"e"_s, u"f"_s }
            << u"parsing $GOFLAGS: non-flag \".Error}}{{.Error}}{{end}}\\\"\""_s << 12;
        QTest::addRow("FLAGS-1 a CR from an env file only separates")
            << u"-mod=mod\r"_s << QString() << QStringList { u"mod"_s } << QString() << -1;
        QTest::addRow("FLAGS-1 smart quotes are not quotes") << u"\u201c-x\u201d"_s << QString() << QStringList()
                                                             << u"parsing $GOFLAGS: non-flag \"\u201c-x\u201d\""_s << 0;
        QTest::addRow("FLAGS-1 go1.19 splits on blanks only")
            << u"'-ldflags=-s -w'"_s << u"1.19.8"_s << QStringList { u"w'"_s }
            << u"parsing $GOFLAGS: non-flag \"'-ldflags=-s\""_s << 0;
        QTest::addRow("FLAGS-1 -C unknown to go1.19")
            << u"-C=/src"_s << u"1.19.8"_s << QStringList { u"C"_s } << u"parsing $GOFLAGS: unknown flag -C"_s << 0;
        QTest::addRow("FLAGS-1 -C known to go1.20")
            << u"-C=/src"_s << u"1.20"_s << QStringList { u"C"_s } << QString() << -1;
        QTest::addRow("FLAGS-1 -json of go build known in go1.19 (go list)")
            << u"-json"_s << u"1.19"_s << QStringList { u"json"_s } << QString() << -1;
        QTest::addRow("FLAGS-1 -tool needs go1.24")
            << u"-tool"_s << u"1.23.4"_s << QStringList { u"tool"_s } << u"parsing $GOFLAGS: unknown flag -tool"_s << 0;
        QTest::addRow("FLAGS-1 rc has the release's flags")
            << u"-diff"_s << u"1.23rc1"_s << QStringList { u"diff"_s } << QString() << -1;
    }
    void parse()
    {
        QFETCH(QString, goflags);
        QFETCH(QString, goVersion);
        QFETCH(QStringList, names);
        QFETCH(QString, error);
        QFETCH(int, errorOffset);
        const gmd::GoFlags f = gmd::parseGoFlags(goflags, goVersion);
        QCOMPARE(f.error, error);
        QCOMPARE(f.isValid(), error.isEmpty());
        QCOMPARE(f.errorOffset, errorOffset);
        QStringList got;
        for (const gmd::GoFlag& flag : f.flags)
            got << flag.name;
        QCOMPARE(got, names);
    }

    void fields()
    {
        const gmd::GoFlags f = gmd::parseGoFlags(u" -mod=vendor '-ldflags=-s -w' --x -tags=a=b"_s);
        QVERIFY(f.isValid());
        QCOMPARE(f.flags.size(), 4);
        QCOMPARE(f.flags[0].field, u"-mod=vendor"_s);
        QCOMPARE(f.flags[0].value, u"vendor"_s);
        QVERIFY(f.flags[0].hasValue);
        QCOMPARE(f.flags[0].offset, 1);
        QCOMPARE(f.flags[1].field, u"-ldflags=-s -w"_s);
        QCOMPARE(f.flags[1].value, u"-s -w"_s);
        QCOMPARE(f.flags[1].offset, 13);
        QCOMPARE(f.flags[2].name, u"x"_s);
        QVERIFY(!f.flags[2].hasValue);
        QCOMPARE(f.flags[3].value, u"a=b"_s); // only the first '=' separates
        QCOMPARE(f.value(u"mod"_s), u"vendor"_s);
        QCOMPARE(f.value(u"x"_s), u"true"_s);
        QCOMPARE(f.value(u"modcacherw"_s, u"false"_s), u"false"_s);
        QVERIFY(f.has(u"ldflags"_s));
        QVERIFY(!f.has(u"modfile"_s));
        // The last occurrence wins, as on the command line.
        QCOMPARE(gmd::parseGoFlags(u"-mod=mod -mod=readonly"_s).value(u"mod"_s), u"readonly"_s);
    }

    void quotedSplit_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QList<int>>("offsets");
        QTest::addColumn<QString>("error");
        QTest::addRow("plain") << u"a b"_s << QStringList { u"a"_s, u"b"_s } << QList<int> { 0, 2 } << QString();
        QTest::addRow("empty quotes are a field")
            << u"'' x"_s << QStringList { QString(), u"x"_s } << QList<int> { 0, 3 } << QString();
        QTest::addRow("text right after a closing quote starts a field")
            << u"'a b'c"_s << QStringList { u"a b"_s, u"c"_s } << QList<int> { 0, 5 } << QString();
        QTest::addRow("no escapes inside quotes")
            << u"\"a\\\"b"_s << QStringList { u"a\\"_s, u"b"_s } << QList<int> { 0, 4 } << QString();
        QTest::addRow("other quote kind inside")
            << u"\"it's\""_s << QStringList { u"it's"_s } << QList<int> { 0 } << QString();
        QTest::addRow("CR and LF separate")
            << u"a\r\nb"_s << QStringList { u"a"_s, u"b"_s } << QList<int> { 0, 3 } << QString();
        QTest::addRow("no-break space does not separate")
            << u"a\u00a0b"_s << QStringList { u"a\u00a0b"_s } << QList<int> { 0 } << QString();
        QTest::addRow("unterminated") << u"a 'b"_s << QStringList() << QList<int>() << u"unterminated ' string"_s;
    }
    void quotedSplit()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, fields);
        QFETCH(QList<int>, offsets);
        QFETCH(QString, error);
        QStringList gotFields;
        QList<int> gotOffsets;
        QString gotError;
        const bool ok = gmd::goQuotedSplit(input, &gotFields, &gotOffsets, &gotError);
        QCOMPARE(ok, error.isEmpty());
        QCOMPARE(gotError, error);
        if (ok) {
            QCOMPARE(gotFields, fields);
            QCOMPARE(gotOffsets, offsets);
        }
    }

    void known_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("goVersion");
        QTest::addColumn<bool>("known");
        QTest::addRow("mod") << u"mod"_s << QString() << true;
        QTest::addRow("modcacherw") << u"modcacherw"_s << QString() << true;
        QTest::addRow("x") << u"x"_s << QString() << true;
        QTest::addRow("insecure (go get only, fatal there)") << u"insecure"_s << QString() << true;
        QTest::addRow("test.v alias") << u"test.v"_s << QString() << true;
        QTest::addRow("test.skip since 1.20") << u"test.skip"_s << u"1.19.13"_s << false;
        QTest::addRow("test.skip in 1.20") << u"test.skip"_s << u"1.20.1"_s << true;
        QTest::addRow("debug-actiongraph") << u"debug-actiongraph"_s << QString() << true;
        QTest::addRow("pgo since 1.20") << u"pgo"_s << u"1.19"_s << false;
        QTest::addRow("toolchain since 1.21") << u"toolchain"_s << u"1.21.0"_s << true;
        QTest::addRow("changed since 1.23") << u"changed"_s << u"1.22.12"_s << false;
        QTest::addRow("godebug in 1.24") << u"godebug"_s << u"1.24.4"_s << true;
        QTest::addRow("invalid version means any") << u"tool"_s << u"devel"_s << true;
        QTest::addRow("go1.25 -artifacts is not in the table") << u"artifacts"_s << QString() << false;
        QTest::addRow("vet analyzer flags are not go flags") << u"printf"_s << QString() << false;
        QTest::addRow("test.args is not a flag") << u"args"_s << QString() << false;
        QTest::addRow("empty") << QString() << QString() << false;
        QTest::addRow("dash included") << u"-mod"_s << QString() << false;
    }
    void known()
    {
        QFETCH(QString, name);
        QFETCH(QString, goVersion);
        QFETCH(bool, known);
        QCOMPARE(gmd::isKnownGoFlag(name, goVersion), known);
    }

    void commands()
    {
        // FLAGS-1: -mod=vendor does nothing for go mod download.
        QVERIFY(gmd::goFlagAppliesTo(u"mod"_s, u"go build"_s));
        QVERIFY(!gmd::goFlagAppliesTo(u"mod"_s, u"go mod download"_s));
        QVERIFY(gmd::goFlagAppliesTo(u"modcacherw"_s, u"go mod download"_s));
        QVERIFY(gmd::goFlagAppliesTo(u"x"_s, u"go mod download"_s));
        QVERIFY(gmd::goFlagAppliesTo(u"insecure"_s, u"go get"_s));
        QVERIFY(!gmd::goFlagAppliesTo(u"insecure"_s, u"go build"_s));
        QVERIFY(gmd::goFlagAppliesTo(u"C"_s, u"go mod download"_s));
        QCOMPARE(gmd::goFlagCommands(u"vettool"_s), QStringList { u"go vet"_s });
        QVERIFY(gmd::goFlagCommands(u"nope"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGoFlags)
#include "tst_goflags.moc"
