// SPDX-License-Identifier: MIT
// Go's path and path/filepath (Clean, Dir, IsAbs, Match), common/go/path.h. Rows from Go's
// path_test.go / match_test.go; the Windows rows run on every platform (PathStyle::Windows).
#include "common/go/path.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmd::PathStyle;

Q_DECLARE_METATYPE(gmd::PathStyle)

class TestGoFilepath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clean_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        // path.Clean; was also a split-and-join copy in dockerfile's RUN --mount code.
        const QList<std::pair<QString, QString>> rows = { { u""_s, u"."_s }, { u"abc"_s, u"abc"_s },
            { u"abc/def"_s, u"abc/def"_s }, { u"a/b/c"_s, u"a/b/c"_s }, { u"."_s, u"."_s }, { u".."_s, u".."_s },
            { u"../.."_s, u"../.."_s }, { u"../../abc"_s, u"../../abc"_s }, { u"/abc"_s, u"/abc"_s }, { u"/"_s, u"/"_s },
            { u"abc/"_s, u"abc"_s }, { u"abc/def/"_s, u"abc/def"_s }, { u"a/b/c/"_s, u"a/b/c"_s }, { u"./"_s, u"."_s },
            { u"../"_s, u".."_s }, { u"../../"_s, u"../.."_s }, { u"/abc/"_s, u"/abc"_s },
            { u"abc//def//ghi"_s, u"abc/def/ghi"_s }, { u"//abc"_s, u"/abc"_s }, { u"///abc"_s, u"/abc"_s },
            { u"//abc//"_s, u"/abc"_s }, { u"abc//"_s, u"abc"_s }, { u"abc/./def"_s, u"abc/def"_s },
            { u"/./abc/def"_s, u"/abc/def"_s }, { u"abc/."_s, u"abc"_s }, { u"abc/def/ghi/../jkl"_s, u"abc/def/jkl"_s },
            { u"abc/def/../ghi/../jkl"_s, u"abc/jkl"_s }, { u"abc/def/.."_s, u"abc"_s }, { u"abc/def/../.."_s, u"."_s },
            { u"/abc/def/../.."_s, u"/"_s }, { u"abc/def/../../.."_s, u".."_s }, { u"/abc/def/../../.."_s, u"/"_s },
            { u"abc/def/../../../ghi/jkl/../../../mno"_s, u"../../mno"_s }, { u"abc/./../def"_s, u"def"_s },
            { u"abc//./../def"_s, u"def"_s }, { u"abc/../../././../def"_s, u"../../def"_s },
            { u"/../abc"_s, u"/abc"_s }, { u"a\\b/"_s, u"a\\b"_s } };
        for (const auto& [in, out] : rows)
            QTest::addRow("path.Clean '%s'", qPrintable(in)) << in << out;
    }
    void clean()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(gmd::go::pathClean(in), out);
        QCOMPARE(gmd::go::pathClean(out), out); // idempotent
    }

    void windows_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("clean");
        QTest::addColumn<QString>("dir");
        QTest::addColumn<bool>("abs");
        const auto row = [](const QString& in, const QString& clean, const QString& dir, bool abs) {
            QTest::addRow("filepath windows '%s'", qPrintable(in)) << in << clean << dir << abs;
        };
        row(u"c:"_s, u"c:."_s, u"c:."_s, false);
        row(u"c:\\"_s, u"c:\\"_s, u"c:\\"_s, true);
        row(u"c:\\abc\\def\\..\\.."_s, u"c:\\"_s, u"c:\\abc"_s, true);
        row(u"c:abc\\..\\..\\.\\.\\..\\def"_s, u"c:..\\..\\def"_s, u"c:..\\.."_s, false);
        row(u"C:/x"_s, u"C:\\x"_s, u"C:\\"_s, true);
        // Was: goenv's IsAbs wanted a letter before ':'; Go's volumeNameLen does not.
        row(u"1:\\x"_s, u"1:\\x"_s, u"1:\\"_s, true);
        row(u"\\x"_s, u"\\x"_s, u"\\"_s, false);
        row(u"\\\\host\\share\\a\\b"_s, u"\\\\host\\share\\a\\b"_s, u"\\\\host\\share\\a"_s, true);
        row(u"//host/share"_s, u"\\\\host\\share"_s, u"//host/share"_s, true);
        row(u"a/../c:"_s, u".\\c:"_s, u"."_s, false);
    }
    void windows()
    {
        QFETCH(QString, in);
        QFETCH(QString, clean);
        QFETCH(QString, dir);
        QFETCH(bool, abs);
        QCOMPARE(gmd::go::pathClean(in, PathStyle::Windows), clean);
        QCOMPARE(gmd::go::pathDir(in, PathStyle::Windows), dir);
        QCOMPARE(gmd::go::isAbsPath(in, PathStyle::Windows), abs);
    }

    void isAbsUnix()
    {
        QVERIFY(gmd::go::isAbsPath(u"/x", PathStyle::Unix));
        QVERIFY(!gmd::go::isAbsPath(u"x/y", PathStyle::Unix));
        QVERIFY(!gmd::go::isAbsPath(u"c:\\x", PathStyle::Unix));
        QVERIFY(!gmd::go::isAbsPath(u"", PathStyle::Unix));
    }

    void match_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        const auto row = [](const QString& p, const QString& n, const char* x) {
            QTest::addRow("path.Match '%s' '%s'", qPrintable(p), qPrintable(n)) << p << n << QString::fromLatin1(x);
        };
        // match_test.go
        row(u"abc"_s, u"abc"_s, "true");
        row(u"*"_s, u"abc"_s, "true");
        row(u"*c"_s, u"abc"_s, "true");
        row(u"a*"_s, u"a"_s, "true");
        row(u"a*"_s, u"abc"_s, "true");
        row(u"a*"_s, u"ab/c"_s, "false");
        row(u"a*/b"_s, u"abc/b"_s, "true");
        row(u"a*/b"_s, u"a/c/b"_s, "false");
        row(u"a*b*c*d*e*/f"_s, u"axbxcxdxe/f"_s, "true");
        row(u"a*b*c*d*e*/f"_s, u"axbxcxdxexxx/f"_s, "true");
        row(u"a*b*c*d*e*/f"_s, u"axbxcxdxe/xxx/f"_s, "false");
        row(u"a*b*c*d*e*/f"_s, u"axbxcxdxexxx/fff"_s, "false");
        row(u"a*b?c*x"_s, u"abxbbxdbxebxczzx"_s, "true");
        row(u"a*b?c*x"_s, u"abxbbxdbxebxczzy"_s, "false");
        row(u"ab[c]"_s, u"abc"_s, "true");
        row(u"ab[b-d]"_s, u"abc"_s, "true");
        row(u"ab[e-g]"_s, u"abc"_s, "false");
        row(u"ab[^c]"_s, u"abc"_s, "false");
        row(u"ab[^b-d]"_s, u"abc"_s, "false");
        row(u"ab[^e-g]"_s, u"abc"_s, "true");
        row(u"a\\*b"_s, u"a*b"_s, "true");
        row(u"a\\*b"_s, u"ab"_s, "false");
        row(u"a?b"_s, u"a☺b"_s, "true");
        row(u"a[^a]b"_s, u"a☺b"_s, "true");
        row(u"a???b"_s, u"a☺b"_s, "false");
        row(u"a[^a][^a][^a]b"_s, u"a☺b"_s, "false");
        row(u"[a-ζ]*"_s, u"α"_s, "true");
        row(u"*[a-ζ]"_s, u"A"_s, "false");
        row(u"a?b"_s, u"a/b"_s, "false");
        row(u"a*b"_s, u"a/b"_s, "false");
        row(u"[\\]a]"_s, u"]"_s, "true");
        row(u"[\\-]"_s, u"-"_s, "true");
        row(u"[x\\-]"_s, u"x"_s, "true");
        row(u"[x\\-]"_s, u"-"_s, "true");
        row(u"[x\\-]"_s, u"z"_s, "false");
        row(u"[\\-x]"_s, u"x"_s, "true");
        row(u"[\\-x]"_s, u"a"_s, "false");
        row(u"[]a]"_s, u"]"_s, "error");
        row(u"[-]"_s, u"-"_s, "error");
        row(u"[x-]"_s, u"x"_s, "error");
        row(u"[-x]"_s, u"x"_s, "error");
        row(u"\\"_s, u"a"_s, "error");
        row(u"[a-b-c]"_s, u"a"_s, "error");
        row(u"["_s, u"a"_s, "error");
        row(u"[^"_s, u"a"_s, "error");
        row(u"[^bc"_s, u"a"_s, "error");
        row(u"a["_s, u"a"_s, "error");
        row(u"a["_s, u"ab"_s, "error");
        row(u"a["_s, u"x"_s, "error");
        row(u"a/b["_s, u"x"_s, "error");
        row(u"*x"_s, u"xxx"_s, "true");
        // Go >= 1.20 checks the whole pattern even when the name cannot match.
        row(u"x*["_s, u"y"_s, "error");
        // Stars skip bytes, not runes.
        row(u"*??"_s, u"☺"_s, "true");
    }
    void match()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const gmd::go::MatchResult r = gmd::go::pathMatch(pattern, name);
        QCOMPARE(r.badPattern ? u"error"_s : (r.matched ? u"true"_s : u"false"_s), expected);
        QCOMPARE(gmd::go::isValidPathPattern(pattern), expected != u"error"_s);
    }

    void matchWindows()
    {
        // filepath.Match on Windows: '\' separates and escapes nothing.
        QVERIFY(!gmd::go::pathMatch(u"a*", u"a\\b", PathStyle::Windows).matched);
        QVERIFY(gmd::go::pathMatch(u"a*", u"a/b", PathStyle::Windows).matched);
        QVERIFY(gmd::go::pathMatch(u"a\\b", u"a\\b", PathStyle::Windows).matched);
        QVERIFY(!gmd::go::pathMatch(u"\\", u"\\", PathStyle::Windows).badPattern);
        QCOMPARE(gmd::go::badPatternMessage(), u"syntax error in pattern"_s);
    }
};

QTEST_GUILESS_MAIN(TestGoFilepath)
#include "tst_gofilepath.moc"
