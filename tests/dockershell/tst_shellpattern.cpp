// SPDX-License-Identifier: MIT
// The C4.5 pattern machinery on its own: compiling, leftmost-first matching with shortest and
// longest stars, BuildKit's pattern reversal for `%`, and Go's ReplaceAllString details.
#include "dockershell/shellpattern.h"

#include <QTest>

#include <string>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kFffd = QString(QChar(0xFFFD));
}

class TestShellPattern : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void compileErrors_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("error");
        QTest::addRow("C4.5 valid escapes") << u"\\*\\?\\\\\\}\\/"_s << QString();
        QTest::addRow("C4.5 brackets and regexp characters") << u"[a]{b}(c)|^$.+"_s << QString();
        QTest::addRow("C4.5 lone backslash") << u"\\"_s << u"invalid escape '\\"_s + kFffd + u"'"_s;
        QTest::addRow("C4.5 escaped letter") << u"a\\x"_s << u"invalid escape '\\x'"_s;
        QTest::addRow("C4.5 escaped backslash then lone") << u"\\\\\\"_s << u"invalid escape '\\"_s + kFffd + u"'"_s;
        QTest::addRow("C4.5 escaped bracket") << u"\\["_s << u"invalid escape '\\['"_s;
        QTest::addRow("C4.5 escaped emoji") << u"\\😀"_s << u"invalid escape '\\😀'"_s;
    }
    void compileErrors()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, error);
        const gmd::ShellPattern p = gmd::ShellPattern::compile(pattern, true);
        QCOMPARE(p.error(), error);
        QCOMPARE(p.isValid(), error.isEmpty());
    }

    void trim_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("suffix");
        QTest::addColumn<bool>("longest");
        QTest::addColumn<QString>("expected");
        QTest::addRow("C4.5 # shortest star") << u"xxyy"_s << u"*x"_s << false << false << u"xyy"_s;
        QTest::addRow("C4.5 ## longest star") << u"xxyy"_s << u"*x"_s << false << true << u"yy"_s;
        QTest::addRow("C4.5 # star alone matches nothing") << u"xxyy"_s << u"*"_s << false << false << u"xxyy"_s;
        QTest::addRow("C4.5 ## star alone matches all") << u"xxyy"_s << u"*"_s << false << true << QString();
        QTest::addRow("C4.5 # backtracking") << u"abcabd"_s << u"*b?"_s << false << false << u"abd"_s;
        QTest::addRow("C4.5 ## backtracking") << u"abcabd"_s << u"*b?"_s << false << true << QString();
        QTest::addRow("C4.5 %% shortest") << u"a.tar.gz"_s << u".*"_s << true << false << u"a.tar"_s;
        QTest::addRow("C4.5 %%%% longest") << u"a.tar.gz"_s << u".*"_s << true << true << u"a"_s;
        QTest::addRow("C4.5 %% escaped star reversed as a pair")
            << u"a***yy*"_s << u"\\**\\*"_s << true << true << u"a"_s;
        QTest::addRow("C4.5 anchored at start") << u"ab"_s << u"b"_s << false << false << u"ab"_s;
        QTest::addRow("C4.5 anchored at end") << u"ab"_s << u"a"_s << true << false << u"ab"_s;
        QTest::addRow("C4.5 star does not cross newline") << u"a\nb"_s << u"*b"_s << false << true << u"a\nb"_s;
        QTest::addRow("C4.5 question mark is one code point") << u"😀x"_s << u"?"_s << false << false << u"x"_s;
        QTest::addRow("C4.5 suffix of non-BMP text") << u"x😀🚀"_s << u"?"_s << true << false << u"x😀"_s;
        QTest::addRow("C4.5 leading BOM of pattern ignored") << u"ab"_s << u"\uFEFFa"_s << false << false << u"b"_s;
    }
    void trim()
    {
        QFETCH(QString, value);
        QFETCH(QString, pattern);
        QFETCH(bool, suffix);
        QFETCH(bool, longest);
        QFETCH(QString, expected);
        const gmd::PatternResult r =
            suffix ? gmd::trimShellSuffix(value, pattern, longest) : gmd::trimShellPrefix(value, pattern, longest);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.value, expected);
    }

    void replace_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("replacement");
        QTest::addColumn<bool>("all");
        QTest::addColumn<QString>("expected");
        QTest::addRow("C4 first leftmost") << u"/a/foo/b/c.txt"_s << u"/?/"_s << u"/"_s << false << u"/foo/b/c.txt"_s;
        QTest::addRow("C4 all non-overlapping") << u"/a/foo/b/c.txt"_s << u"/?/"_s << u"/"_s << true << u"/foo/c.txt"_s;
        QTest::addRow("C4 wildcards") << u"/foo*/*/*.txt"_s << u"\\*/"_s << u"."_s << true << u"/foo..*.txt"_s;
        QTest::addRow("C4 no match") << u"abc"_s << u"x"_s << u"y"_s << true << u"abc"_s;
        QTest::addRow("C4.5 empty pattern first") << u"ab"_s << QString() << u"-"_s << false << u"-ab"_s;
        QTest::addRow("C4.5 empty pattern all") << u"ab"_s << QString() << u"-"_s << true << u"-a-b-"_s;
        QTest::addRow("C4.5 empty value all") << QString() << QString() << u"-"_s << true << u"-"_s;
        QTest::addRow("C4.5 star all after a match") << u"abc"_s << u"b*"_s << u"-"_s << true << u"a-"_s;
        QTest::addRow("C4.5 optional match skips empty after match") << u"xbx"_s << u"*"_s << u"-"_s << true << u"-"_s;
        QTest::addRow("C4.5 star per line") << u"ab\ncd"_s << u"*"_s << u"-"_s << true << u"-\n-"_s;
        QTest::addRow("C4.6 template in all") << u"foo"_s << u"o"_s << u"[$0]"_s << true << u"f[o][o]"_s;
        QTest::addRow("C4.6 no template in first") << u"foo"_s << u"o"_s << u"[$0]"_s << false << u"f[$0]o"_s;
    }
    void replace()
    {
        QFETCH(QString, value);
        QFETCH(QString, pattern);
        QFETCH(QString, replacement);
        QFETCH(bool, all);
        QFETCH(QString, expected);
        const gmd::PatternResult r = gmd::replaceShellPattern(value, pattern, replacement, all);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.value, expected);
    }

    void errors()
    {
        QCOMPARE(gmd::trimShellPrefix(u"v"_s, u"\\a"_s, false).error,
            u"invalid pattern (\\a) in substitution: invalid escape '\\a'"_s);
        QCOMPARE(gmd::trimShellSuffix(u"v"_s, u"ab\\"_s, false).error,
            u"invalid pattern (\\ba) in substitution: invalid escape '\\b'"_s);
        QCOMPARE(gmd::replaceShellPattern(u"v"_s, u"x\\y"_s, u"r"_s, true).error,
            u"invalid pattern (x\\y) in substitution: invalid escape '\\y'"_s);
    }

    void reverse_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("reversed");
        QTest::addRow("plain") << u"abc"_s << u"cba"_s;
        QTest::addRow("escape pair kept") << u"x\\?z"_s << u"z\\?x"_s;
        QTest::addRow("escaped backslash then letters") << u"\\\\\\cd"_s << u"d\\c\\\\"_s;
        QTest::addRow("trailing backslash") << u"cd\\"_s << u"\\dc"_s;
        QTest::addRow("escaped backslash") << u"\\\\e"_s << u"e\\\\"_s;
        QTest::addRow("non-BMP") << u"🙂\\⭐🎉"_s << u"🎉\\⭐🙂"_s;
        QTest::addRow("empty") << QString() << QString();
    }
    void reverse()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, reversed);
        QCOMPARE(gmd::reverseShellPattern(pattern), reversed);
    }

    void goTemplate_data()
    {
        QTest::addColumn<QString>("tmpl");
        QTest::addColumn<QString>("expected");
        QTest::addRow("no dollar") << u"a\\b"_s << u"a\\b"_s;
        QTest::addRow("group zero") << u"<$0>"_s << u"<M>"_s;
        QTest::addRow("braced group zero") << u"${0}x"_s << u"Mx"_s;
        QTest::addRow("name continues after zero") << u"$0x"_s << QString();
        QTest::addRow("leading zero") << u"$00"_s << QString();
        QTest::addRow("missing group") << u"$1|${2}|$name"_s << u"||"_s;
        QTest::addRow("dollar dollar") << u"$$0"_s << u"$0"_s;
        QTest::addRow("dollar at end") << u"a$"_s << u"a$"_s;
        QTest::addRow("malformed keeps dollar") << u"$.${}${0"_s << u"$.${}${0"_s;
        QTest::addRow("unicode name") << u"$é!"_s << u"!"_s;
    }
    void goTemplate()
    {
        QFETCH(QString, tmpl);
        QFETCH(QString, expected);
        QCOMPARE(gmd::expandGoTemplate(tmpl, u"M"), expected);
    }

    void linearTime()
    {
        // A pattern that makes naive backtracking explode finishes at once.
        const QString value = QString(200000, u'a');
        const gmd::PatternResult r = gmd::trimShellPrefix(value, u"*a*a*a*a*a*b"_s, true);
        QVERIFY(r.ok());
        QCOMPARE(r.value.size(), value.size());
        const gmd::PatternResult all = gmd::replaceShellPattern(value, u"a*a*a*c"_s, u"x"_s, true);
        QCOMPARE(all.value.size(), value.size());
    }
};

QTEST_GUILESS_MAIN(TestShellPattern)
#include "tst_shellpattern.moc"
