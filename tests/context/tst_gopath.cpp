// SPDX-License-Identifier: MIT
// Go's filepath.Clean / Dir / Match and the RE2 subset (GoRegexp) the pattern matcher relies
// on (spec dockerignore.md 2.6, 3.3, 3.4, 4.5, 4.6). Expected values were checked against Go.
#include "common/go/path.h"
#include "common/go/strings.h"
#include "context/goregexp.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmd::PathStyle;

Q_DECLARE_METATYPE(gmd::PathStyle)

class TestGoPath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clean_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<PathStyle>("style");
        QTest::addColumn<QString>("out");
        const auto u = PathStyle::Unix;
        const auto w = PathStyle::Windows;
        const QList<std::pair<QString, QString>> unixRows = { { u""_s, u"."_s }, { u"abc"_s, u"abc"_s },
            { u"."_s, u"."_s }, { u".."_s, u".."_s }, { u"../../abc"_s, u"../../abc"_s }, { u"/abc"_s, u"/abc"_s },
            { u"/"_s, u"/"_s }, { u"abc/"_s, u"abc"_s }, { u"./"_s, u"."_s }, { u"../"_s, u".."_s },
            { u"abc//def//ghi"_s, u"abc/def/ghi"_s }, { u"//abc"_s, u"/abc"_s }, { u"//abc//"_s, u"/abc"_s },
            { u"abc/./def"_s, u"abc/def"_s }, { u"/./abc/def"_s, u"/abc/def"_s }, { u"abc/."_s, u"abc"_s },
            { u"abc/def/ghi/../jkl"_s, u"abc/def/jkl"_s }, { u"abc/def/../.."_s, u"."_s },
            { u"/abc/def/../.."_s, u"/"_s }, { u"abc/def/../../.."_s, u".."_s }, { u"/abc/def/../../.."_s, u"/"_s },
            { u"abc/def/../../../ghi/jkl/../../../mno"_s, u"../../mno"_s }, { u"/../abc"_s, u"/abc"_s },
            { u"abc//./../def"_s, u"def"_s }, { u"abc/../../././../def"_s, u"../../def"_s }, { u"a\\b/"_s, u"a\\b"_s },
            { u"!./foo"_s, u"!./foo"_s } };
        for (const auto& [in, out] : unixRows)
            QTest::addRow("unix '%s'", qPrintable(in)) << in << u << out;
        const QList<std::pair<QString, QString>> windowsRows = { { u"c:"_s, u"c:."_s }, { u"c:\\"_s, u"c:\\"_s },
            { u"c:\\abc"_s, u"c:\\abc"_s }, { u"c:abc\\..\\..\\.\\.\\..\\def"_s, u"c:..\\..\\def"_s },
            { u"c:\\abc\\def\\..\\.."_s, u"c:\\"_s }, { u"c:\\..\\abc"_s, u"c:\\abc"_s },
            { u"c:..\\abc"_s, u"c:..\\abc"_s }, { u"\\"_s, u"\\"_s }, { u"/"_s, u"\\"_s }, { u"a/b/../c"_s, u"a\\c"_s },
            { u"a/../c:"_s, u".\\c:"_s }, { u"docs/"_s, u"docs"_s } };
        for (const auto& [in, out] : windowsRows)
            QTest::addRow("windows '%s'", qPrintable(in)) << in << w << out;
    }
    void clean()
    {
        QFETCH(QString, in);
        QFETCH(PathStyle, style);
        QFETCH(QString, out);
        QCOMPARE(gmd::go::pathClean(in, style), out);
    }

    void dir_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<PathStyle>("style");
        QTest::addColumn<QString>("out");
        const QList<std::pair<QString, QString>> unixRows = { { u""_s, u"."_s }, { u"."_s, u"."_s },
            { u"/."_s, u"/"_s }, { u"/"_s, u"/"_s }, { u"////"_s, u"/"_s }, { u"/foo"_s, u"/"_s }, { u"x/"_s, u"x"_s },
            { u"abc"_s, u"."_s }, { u"abc/def"_s, u"abc"_s }, { u"a/b/.x"_s, u"a/b"_s },
            { u"dir/file/"_s, u"dir/file"_s } };
        for (const auto& [in, out] : unixRows)
            QTest::addRow("unix '%s'", qPrintable(in)) << in << PathStyle::Unix << out;
        const QList<std::pair<QString, QString>> windowsRows = { { u"c:\\"_s, u"c:\\"_s }, { u"c:."_s, u"c:."_s },
            { u"c:\\a\\b"_s, u"c:\\a"_s }, { u"c:a\\b"_s, u"c:a"_s }, { u"\\\\host\\share"_s, u"\\\\host\\share"_s },
            { u"\\\\host\\share\\a"_s, u"\\\\host\\share\\"_s },
            { u"\\\\host\\share\\a\\b"_s, u"\\\\host\\share\\a"_s } };
        for (const auto& [in, out] : windowsRows)
            QTest::addRow("windows '%s'", qPrintable(in)) << in << PathStyle::Windows << out;
    }
    void dir()
    {
        QFETCH(QString, in);
        QFETCH(PathStyle, style);
        QFETCH(QString, out);
        QCOMPARE(gmd::go::pathDir(in, style), out);
    }

    void match_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::addRow("spec 3.3 star skips bytes, not runes") << u"*??"_s << u"☺"_s << u"true"_s;
        QTest::addRow("question mark is one rune") << u"a???b"_s << u"a☺b"_s << u"false"_s;
        QTest::addRow("spec 3.3 syntax checked after a mismatch") << u"x*["_s << u"y"_s << u"error"_s;
        QTest::addRow("spec 3.3 syntax checked inside a chunk") << u"?a/*ζ["_s << u"\\α/]*x"_s << u"error"_s;
        QTest::addRow("spec 3.4 backwards range passes the check") << u"[z-a]"_s << u"."_s << u"false"_s;
        QTest::addRow("escaped bracket") << u"[\\]a]"_s << u"]"_s << u"true"_s;
        QTest::addRow("trailing star stops at separator") << u"a*"_s << u"ab/c"_s << u"false"_s;
        QTest::addRow("caret negates") << u"[^a]"_s << u"b"_s << u"true"_s;
    }
    void match()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const gmd::go::MatchResult r = gmd::go::pathMatch(pattern, name);
        QCOMPARE(r.badPattern ? u"error"_s : (r.matched ? u"true"_s : u"false"_s), expected);
    }

    void trimSpace()
    {
        QCOMPARE(gmd::go::trimSpace(u"\u2028 x \u00A0\u0085"_s), u"x"_s);
        QCOMPARE(gmd::go::trimSpace(u"\uFEFFx"_s), u"\uFEFFx"_s);
    }

    void regexp_data()
    {
        QTest::addColumn<QString>("expr");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const auto row = [](const QString& e, const QString& t, const char* x) {
            QTest::addRow("%s on %s", qPrintable(e), qPrintable(t)) << e << t << QString::fromLatin1(x);
        };
        row(u"^[[:alpha:]]+$"_s, u"abc"_s, "true");
        row(u"[[:foo:]]"_s, u"a"_s, "error");
        row(u"^\\pL$"_s, u"é"_s, "true");
        row(u"^\\p{Greek}$"_s, u"α"_s, "true");
        row(u"^\\p{Greek}$"_s, u"a"_s, "false");
        row(u"\\p{Old_Italic}"_s, u"a"_s, "false");
        row(u"\\p{OldItalic}"_s, u"a"_s, "error");
        row(u"\\pX"_s, u"a"_s, "error");
        row(u"^\\p{^L}$"_s, u"1"_s, "true");
        row(u"^\\PL$"_s, u"a"_s, "false");
        row(u"^[\\P{L}]$"_s, u"1"_s, "true");
        row(u"^\\Qa.b"_s, u"axb"_s, "false");
        row(u"^\\Qa.b"_s, u"a.b"_s, "true");
        row(u"a**"_s, u"a"_s, "error");
        row(u"^a*?$"_s, u"aa"_s, "true");
        row(u"*a"_s, u"a"_s, "error");
        row(u"\\8"_s, u"a"_s, "error");
        row(u"^\\_$"_s, u"_"_s, "true");
        row(u"\\C"_s, u"a"_s, "error");
        row(u"^\\x{263a}$"_s, u"☺"_s, "true");
        row(u"^\\101$"_s, u"A"_s, "true");
        row(u"^\\d\\D\\w\\W\\s\\S$"_s, u"1a_- ."_s, "true");
        row(u"\\bfoo\\b"_s, u"a foo."_s, "true");
        row(u"\\Bfoo"_s, u"a foo"_s, "false");
        row(u"^a\\z"_s, u"a"_s, "true");
        row(u"\\Aa"_s, u"ba"_s, "false");
        row(u"(a"_s, u"a"_s, "error");
        row(u"a)"_s, u"a"_s, "error");
        row(u"^(a|b)+$"_s, u"abba"_s, "true");
        row(u"^[a-]$"_s, u"-"_s, "true");
        row(u"^[\\d-z]$"_s, u"-"_s, "true");
        row(u"^[z-a]$"_s, u"a"_s, "error");
        row(u"^[[^/]*]$"_s, u"[]"_s, "true");
        row(u"^a^b[^/]*$"_s, u"a^bc"_s, "false");
        row(u"^(.*/)?(.*/)?(.*/)?[^/]*\\.txt$"_s, u"a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s/t/u/v/w/x.txt"_s, "true");
    }
    void regexp()
    {
        QFETCH(QString, expr);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const gmd::GoRegexp re = gmd::GoRegexp::compile(expr);
        QCOMPARE(!re.isValid() ? u"error"_s : (re.matchString(text) ? u"true"_s : u"false"_s), expected);
    }
};

QTEST_GUILESS_MAIN(TestGoPath)
#include "tst_gopath.moc"
