// SPDX-License-Identifier: MIT
// Own rows for every rule of spec dockerfile.md C2-C6 (the conformance file covers BuildKit's
// own cases). Expected texts were worked out from BK:shell/lex.go.
#include "dockershell/shelllexer.h"

#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using gmd::ShellEnv;

namespace {

const QStringList kEnv = { u"X=v"_s, u"SET=v"_s, u"EMPTY="_s, u"V=x  y"_s, u"P=*/"_s, u"PATHS=a/b/c"_s };
const QString kFffd = QString(QChar(0xFFFD));

QString failed(const QString& quoted, const QString& message)
{
    return u"failed to process "_s + quoted + u": "_s + message;
}

QStringList sorted(const QSet<QString>& names)
{
    QStringList out(names.cbegin(), names.cend());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestShellLexer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void word_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("env");
        QTest::addColumn<QChar>("escape");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("error"); ///< the whole message; empty when ok
        const QChar bs = u'\\';
        const QChar bt = u'`';
        const auto ok = [&](const char* name, const QString& in, const QString& out, QChar esc = u'\\',
                            const QStringList& env = kEnv) {
            QTest::addRow("%s", name) << in << env << esc << out << QString();
        };
        const auto bad = [&](const char* name, const QString& in, const QString& msg, const QStringList& env = kEnv) {
            QTest::addRow("%s", name) << in << env << bs << QString() << msg;
        };
        // C2.1 outside quotes
        ok("C2.1 escaped dollar", u"\\$X"_s, u"$X"_s);
        ok("C2.1 escaped quote", u"\\\"a\\\""_s, u"\"a\""_s);
        ok("C2.1 escaped space", u"a\\ b"_s, u"a b"_s);
        ok("C2.1 escaped letter", u"a\\tb"_s, u"atb"_s);
        ok("C2.1 escaped escape", u"a\\\\b"_s, u"a\\b"_s);
        ok("C2.1 escape at end dropped", u"abc\\"_s, u"abc"_s);
        // C2.2 single quotes
        ok("C2.2 literal dollar", u"'$X'"_s, u"$X"_s);
        ok("C2.2 no escapes", u"'a\\tb\\'"_s, u"a\\tb\\"_s);
        ok("C2.2 double quote inside", u"'\"'"_s, u"\""_s);
        bad("C2.2 missing close", u"'abc"_s,
            failed(u"\"'abc\""_s, u"unexpected end of statement while looking for matching single-quote"_s));
        // C2.3 double quotes
        ok("C2.3 expands", u"\"$X-${X}\""_s, u"v-v"_s);
        ok("C2.3 other escape kept", u"\"a\\tb\""_s, u"a\\tb"_s);
        ok("C2.3 escaped quote", u"\"a\\\"b\""_s, u"a\"b"_s);
        ok("C2.3 escaped dollar", u"\"a\\$X\""_s, u"a$X"_s);
        ok("C2.3 escaped escape", u"\"a\\\\b\""_s, u"a\\b"_s);
        ok("C2.3 single quote inside", u"\"it's\""_s, u"it's"_s);
        bad("C2.3 missing close", u"\"abc"_s,
            failed(u"\"\\\"abc\""_s, u"unexpected end of statement while looking for matching double-quote"_s));
        bad("C2.3 escape before end", u"\"a\\"_s,
            failed(u"\"\\\"a\\\\\""_s, u"unexpected end of statement while looking for matching double-quote"_s));
        // C2.4 / C2.5
        ok("C2.4 literal specials", u"`id` ~ * {a} } [x]"_s, u"`id` ~ * {a} } [x]"_s);
        ok("C2.5 quotes removed", u"a\"b\"'c'd"_s, u"abcd"_s);
        ok("C2.1 backtick escape dollar", u"`$X"_s, u"$X"_s, bt);
        ok("C2.1 backtick escape keeps backslash", u"C:\\dir\\$X"_s, u"C:\\dir\\v"_s, bt);
        ok("C2.3 backtick escape in double quotes", u"\"a`\"b\\c\""_s, u"a\"b\\c"_s, bt);
        ok("C2.1 backtick escape at end", u"abc`"_s, u"abc"_s, bt);
        // C3.1 / C3.2 names
        ok("C3.1 name of letters digits underscore", u"$_a1-"_s, u"q-"_s, bs, { u"_a1=q"_s });
        ok("C3.1 unicode name", u"${한국어}x $한국어"_s, u"kx k"_s, bs, { u"한국어=k"_s });
        ok("C3.1 digits only after a digit", u"$12ab"_s, u"xab"_s, bs, { u"12=x"_s, u"12ab=no"_s });
        ok("C3.1 positional unset", u"$1x ${10}y"_s, u"x y"_s);
        ok("C3.1 zero is positional", u"$0abc"_s, u"abc"_s);
        ok("C3.1 unicode digit name", u"$\u0663x"_s, u"x"_s);
        ok("C3.1 special names empty", u"[$@|$*|$#|$?|$-|$$|$!]"_s, u"[||||||]"_s);
        ok("C3.1 special braced", u"${#}${$:-d}"_s, u"d"_s);
        ok("C3.2 dollar at end", u"a$"_s, u"a$"_s);
        ok("C3.2 dollar before punctuation", u"$. $/ $ x $%"_s, u"$. $/ $ x $%"_s);
        ok("C3.2 leading BOM dropped like Go's scanner", u"\uFEFF$X"_s, u"v"_s);
        // C3.3 ${...} syntax errors
        bad("C3.3 end after brace", u"${"_s, failed(u"\"${\""_s, u"syntax error: missing '}'"_s));
        bad("C3.3 empty braces", u"a${}"_s, failed(u"\"a${}\""_s, u"syntax error: bad substitution"_s));
        bad("C3.3 colon first", u"${:-x}"_s, failed(u"\"${:-x}\""_s, u"syntax error: bad substitution"_s));
        bad("C3.3 brace first", u"${{X}"_s, failed(u"\"${{X}\""_s, u"syntax error: bad substitution"_s));
        const auto unsupported = [](const QString& m) { return u"unsupported modifier (%1) in substitution"_s.arg(m); };
        bad("C3.3 unterminated name", u"${X"_s, failed(u"\"${X\""_s, unsupported(kFffd)));
        bad("C3.3 length", u"${#X}"_s, failed(u"\"${#X}\""_s, unsupported(u"X"_s)));
        bad("C3.3 indirection", u"${!X}"_s, failed(u"\"${!X}\""_s, unsupported(u"X"_s)));
        bad("C3.3 substring", u"${X:1:2}"_s, failed(u"\"${X:1:2}\""_s, unsupported(u":1"_s)));
        bad("C3.3 case change", u"${X^^}"_s, failed(u"\"${X^^}\""_s, unsupported(u"^"_s)));
        bad("C3.3 assign", u"${X=w}"_s, failed(u"\"${X=w}\""_s, unsupported(u"="_s)));
        bad("C3.3 assign colon", u"${X:=w}"_s, failed(u"\"${X:=w}\""_s, unsupported(u":="_s)));
        bad("C3.3 dot in name", u"${a.b}"_s, failed(u"\"${a.b}\""_s, unsupported(u"."_s)));
        bad("C3.3 colon at end", u"${X:"_s, failed(u"\"${X:\""_s, u"syntax error: missing '}'"_s));
        // C3.4 lookup
        ok("C3.4 case-sensitive", u"[$x|$X]"_s, u"[|v]"_s);
        ok("C3.4 last duplicate wins", u"$A"_s, u"2"_s, bs, { u"A=1"_s, u"A=2"_s });
        // C4 modifiers: set / empty / unset
        ok("C4 :- set", u"${SET:-w}"_s, u"v"_s);
        ok("C4 :- empty", u"${EMPTY:-w}"_s, u"w"_s);
        ok("C4 :- unset", u"${UNSET:-w}"_s, u"w"_s);
        ok("C4 - set", u"${SET-w}"_s, u"v"_s);
        ok("C4 - empty", u"[${EMPTY-w}]"_s, u"[]"_s);
        ok("C4 - unset", u"${UNSET-w}"_s, u"w"_s);
        ok("C4 :+ set", u"${SET:+w}"_s, u"w"_s);
        ok("C4 :+ empty", u"[${EMPTY:+w}]"_s, u"[]"_s);
        ok("C4 :+ unset", u"[${UNSET:+w}]"_s, u"[]"_s);
        ok("C4 + set", u"${SET+w}"_s, u"w"_s);
        ok("C4 + empty", u"${EMPTY+w}"_s, u"w"_s);
        ok("C4 + unset", u"[${UNSET+w}]"_s, u"[]"_s);
        ok("C4 :? set", u"${SET:?w}"_s, u"v"_s);
        ok("C4 ? set", u"${SET?w}"_s, u"v"_s);
        ok("C4 ? empty", u"[${EMPTY?w}]"_s, u"[]"_s);
        bad("C4 :? empty with message", u"${EMPTY:?need $X}"_s, failed(u"\"${EMPTY:?need $X}\""_s, u"EMPTY: need v"_s));
        bad("C4 :? empty default message", u"${EMPTY:?}"_s,
            failed(u"\"${EMPTY:?}\""_s, u"EMPTY: is not allowed to be empty"_s));
        bad("C4 :? unset default message", u"${UNSET:?}"_s,
            failed(u"\"${UNSET:?}\""_s, u"UNSET: is not allowed to be unset"_s));
        bad("C4 ? unset default message", u"${UNSET?}"_s,
            failed(u"\"${UNSET?}\""_s, u"UNSET: is not allowed to be unset"_s));
        bad("C4 ? unset with message", u"${UNSET?gone}"_s, failed(u"\"${UNSET?gone}\""_s, u"UNSET: gone"_s));
        // C4.2 / C4.4 nested words
        ok("C4.2 nested reference", u"${UNSET:-${SET}x}"_s, u"vx"_s);
        ok("C4.2 quotes in word", u"${UNSET:-\"a b\"'c'}"_s, u"a bc"_s);
        ok("C4.4 escaped brace", u"${UNSET:-a\\}b}"_s, u"a}b"_s);
        ok("C4.4 quoted brace", u"${UNSET:-'}'}"_s, u"}"_s);
        ok("C4.4 extra brace is literal", u"${UNSET:-b}}"_s, u"b}"_s);
        bad("C4.4 missing brace", u"${UNSET:-abc"_s, failed(u"\"${UNSET:-abc\""_s, u"syntax error: missing '}'"_s));
        bad("C4.4 quote error at end", u"${UNSET:-'a}"_s,
            failed(u"\"${UNSET:-'a}\""_s, u"syntax error: missing '}'"_s));
        bad("C4.4 inner bad substitution", u"${UNSET:-${}}"_s,
            failed(u"\"${UNSET:-${}}\""_s, u"syntax error: bad substitution"_s));
        bad("C4.4 missing slash", u"${X/abc"_s, failed(u"\"${X/abc\""_s, u"syntax error: missing '/' in ${}"_s));
        bad("C4.4 double slash only", u"${X//}"_s, failed(u"\"${X//}\""_s, u"syntax error: missing '/' in ${}"_s));
        bad("C4.4 missing brace after replacement", u"${X/a/b"_s,
            failed(u"\"${X/a/b\""_s, u"syntax error: missing '}'"_s));
        ok("C4.4 triple slash", u"${X///}"_s, u"v"_s);
        // C4.3
        bad("C4.3 colon hash", u"${X:#v}"_s, failed(u"\"${X:#v}\""_s, unsupported(u":#"_s)));
        bad("C4.3 colon percent", u"${X:%%v}"_s, failed(u"\"${X:%%v}\""_s, unsupported(u":%"_s)));
        // C4.5 patterns
        ok("C4.5 # shortest", u"${PATHS#*/}"_s, u"b/c"_s);
        ok("C4.5 ## longest", u"${PATHS##*/}"_s, u"c"_s);
        ok("C4.5 % shortest", u"${PATHS%/*}"_s, u"a/b"_s);
        ok("C4.5 %% longest", u"${PATHS%%/*}"_s, u"a"_s);
        ok("C4.5 ? matches slash", u"${PATHS#a?}"_s, u"b/c"_s);
        ok("C4.5 no match keeps value", u"${PATHS#z}"_s, u"a/b/c"_s);
        ok("C4.5 empty pattern", u"${PATHS#}${PATHS%%}"_s, u"a/b/ca/b/c"_s);
        ok("C4.5 value is a pattern", u"${PATHS#$P}"_s, u"b/c"_s);
        ok("C4.5 escaped star", u"${S#\\*}|${S%\\*b}"_s, u"a*b|*a"_s, bs, { u"S=*a*b"_s });
        ok("C4.5 escaped question mark", u"${S#\\?}"_s, u"ab"_s, bs, { u"S=?ab"_s });
        ok("C4.5 escaped backslash", u"${S#\\\\}"_s, u"ab"_s, bs, { u"S=\\ab"_s });
        ok("C4.5 escaped brace", u"${S#\\}}"_s, u"a"_s, bs, { u"S=}a"_s });
        ok("C4.5 escaped slash", u"${PATHS//\\//-}"_s, u"a-b-c"_s);
        ok("C4.5 brackets literal", u"${S#[ab]}|${T#[ab]}"_s, u"c|ac"_s, bs, { u"S=[ab]c"_s, u"T=ac"_s });
        ok("C4.5 regexp characters literal", u"${S#a.}|${T#a.}"_s, u"b|axb"_s, bs, { u"S=a.b"_s, u"T=axb"_s });
        ok("C4.5 star stops at newline", u"${S%%*}|${S#?}"_s, u"a\n|\nb"_s, bs, { u"S=a\nb"_s });
        ok("C4.5 unset value", u"[${UNSET#a}]"_s, u"[]"_s);
        ok("C4.5 doubled char from expansion", u"${PATHS#$H}"_s, u"c"_s, bs, { u"PATHS=a/b/c"_s, u"H=#*/"_s });
        bad("C4.5 invalid escape", u"${X#\\a}"_s,
            failed(u"\"${X#\\\\a}\""_s, u"invalid pattern (\\a) in substitution: invalid escape '\\a'"_s));
        bad("C4.5 invalid escape shows reversed pattern", u"${X%a\\b}"_s,
            failed(u"\"${X%a\\\\b}\""_s, u"invalid pattern (\\ba) in substitution: invalid escape '\\b'"_s));
        bad("C4.5 trailing escape from a value", u"${X#$E}"_s,
            failed(u"\"${X#$E}\""_s, u"invalid pattern (a\\) in substitution: invalid escape '\\"_s + kFffd + u"'"_s),
            { u"X=v"_s, u"E=a\\"_s });
        bad("C4.5 invalid escape in replace", u"${X/\\a/b}"_s,
            failed(u"\"${X/\\\\a/b}\""_s, u"invalid pattern (\\a) in substitution: invalid escape '\\a'"_s));
        // C4 replacement
        ok("C4 replace first", u"${S/b/}"_s, u"acb"_s, bs, { u"S=abcb"_s });
        ok("C4 replace all", u"${S//b/}"_s, u"ac"_s, bs, { u"S=abcb"_s });
        ok("C4 replace longest", u"${S/X*X/-}"_s, u"a-c"_s, bs, { u"S=aXbXc"_s });
        ok("C4 replace all greedy", u"${S//b*/Z}"_s, u"aZ"_s, bs, { u"S=abcb"_s });
        ok("C4.5 empty pattern inserts", u"${S/$EMPTY/r}"_s, u"rab"_s, bs, { u"S=ab"_s, u"EMPTY="_s });
        ok("C4.5 empty pattern replace all", u"${S//$EMPTY/-}"_s, u"-a-b-"_s, bs, { u"S=ab"_s, u"EMPTY="_s });
        ok("C4.5 question mark and newline", u"${S//?/-}"_s, u"-\n-"_s, bs, { u"S=a\nb"_s });
        ok("C4.6 escapes kept in replacement", u"${S//\\//\\/}"_s, u"\\/tmp\\/f"_s, bs, { u"S=/tmp/f"_s });
        ok("C4.6 replacement expands references", u"${S/o/$X}"_s, u"fvo"_s, bs, { u"S=foo"_s, u"X=v"_s });
        ok("C4.6 template match in replace all", u"${S//o/'<$0>'}"_s, u"f<o><o>"_s, bs, { u"S=foo"_s });
        ok("C4.6 no template in single replace", u"${S/o/'<$0>'}"_s, u"f<$0>o"_s, bs, { u"S=foo"_s });
        ok("C4.6 template dollar dollar", u"${S//o/'$$'}"_s, u"f$$"_s, bs, { u"S=foo"_s });
        ok("C4.6 template missing group", u"${S//o/'[$1${x}]'}"_s, u"f[][]"_s, bs, { u"S=foo"_s });
        ok("C4.6 escaped dollar reaches template", u"${S//o/\\$0}"_s, u"f\\o\\o"_s, bs, { u"S=foo"_s });
        // C1.3 / C4.7 with the backtick escape: backslash is ordinary text
        ok("C4.7 pattern escapes are always backslash", u"${S#a\\\\}"_s, u"b"_s, bt, { u"S=a\\b"_s });
        ok("C4.7 backtick escape kept in pattern", u"${S#a`}}"_s, u"b"_s, bt, { u"S=a`}b"_s });
    }
    void word()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, env);
        QFETCH(QChar, escape);
        QFETCH(QString, expected);
        QFETCH(QString, error);
        const gmd::ExpandResult r = gmd::expandWord(input, ShellEnv(env), escape);
        QCOMPARE(r.error, error);
        QCOMPARE(r.ok(), error.isEmpty());
        QCOMPARE(r.value, expected);
        if (!r.ok())
            QVERIFY(r.words.isEmpty());
    }

    void words_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("env");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("value");
        const auto row = [](const char* name, const QString& in, const QStringList& words, const QString& value) {
            QTest::addRow("%s", name) << in << kEnv << words << value;
        };
        row("C5.1 spaces split", u" a b\t c "_s, { u"a"_s, u"b"_s, u"c"_s }, u" a b\t c "_s);
        row("C5.1 quotes keep spaces", u"\"a b\" 'c  d'"_s, { u"a b"_s, u"c  d"_s }, u"a b c  d"_s);
        row("C5.1 escaped space", u"a\\ b c"_s, { u"a b"_s, u"c"_s }, u"a b c"_s);
        row("C5.1 expansion split", u"[$V]"_s, { u"[x"_s, u"y]"_s }, u"[x  y]"_s);
        row("C5.1 quoted expansion kept", u"\"$V\""_s, { u"x  y"_s }, u"x  y"_s);
        row("C5.1 unicode space", u"a\u3000b\u00A0c\u200Bd"_s, { u"a"_s, u"b"_s, u"c\u200Bd"_s },
            u"a\u3000b\u00A0c\u200Bd"_s);
        row("C5.2 empty words dropped", u"\"\" a '' \"\""_s, { u"a"_s }, u" a  "_s);
        row("C5.2 only empty quotes", u"''"_s, {}, QString());
        row("C5.2 blank", u"   "_s, {}, u"   "_s);
        // BuildKit shares one buffer for the current word across nesting levels, and a nested
        // ${X:-w} resets it: the words result loses "a" (and "x"), the value does not.
        row("C5 BuildKit quirk nested word resets pending word", u"a${UNSET:-b}c d"_s, { u"bc"_s, u"d"_s }, u"abc d"_s);
        row("C5 BuildKit quirk inside quotes", u"x\"${UNSET:-y}\""_s, { u"y"_s }, u"xy"_s);
        row("C5 plain braces keep pending word", u"a${X}c"_s, { u"avc"_s }, u"avc"_s);
    }
    void words()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, env);
        QFETCH(QStringList, expected);
        QFETCH(QString, value);
        const gmd::ExpandResult r = gmd::expandWords(input, ShellEnv(env));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.words, expected);
        QCOMPARE(r.value, value);
    }

    void references_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("windows");
        QTest::addColumn<QStringList>("matched");
        QTest::addColumn<QStringList>("unmatched");
        QTest::addRow("C4.2 names in unused words")
            << u"${A:-$B} $C ${D:+x} ${E#$F}"_s << false << QStringList { u"A"_s, u"C"_s, u"E"_s }
            << QStringList { u"B"_s, u"D"_s, u"F"_s };
        QTest::addRow("C3.1 special and positional")
            << u"$1 $@ ${#:-x}"_s << false << QStringList {} << QStringList { u"#"_s, u"1"_s, u"@"_s };
        QTest::addRow("C4 error keeps lookups")
            << u"$A ${U?}"_s << false << QStringList { u"A"_s } << QStringList { u"U"_s };
        QTest::addRow("C4.3 rejected before lookup") << u"${A:#x}"_s << false << QStringList {} << QStringList {};
        QTest::addRow("C3.4 windows names as written")
            << u"$a ${c} $z"_s << true << QStringList { u"a"_s, u"c"_s } << QStringList { u"z"_s };
        QTest::addRow("C3.4 unix names as written")
            << u"$a $A"_s << false << QStringList { u"A"_s } << QStringList { u"a"_s };
    }
    void references()
    {
        QFETCH(QString, input);
        QFETCH(bool, windows);
        QFETCH(QStringList, matched);
        QFETCH(QStringList, unmatched);
        const ShellEnv env(
            { u"A=1"_s, u"C="_s, u"E=e"_s }, windows ? ShellEnv::NameCase::Insensitive : ShellEnv::NameCase::Sensitive);
        const gmd::ExpandResult r = gmd::expandWord(input, env);
        QCOMPARE(sorted(r.matched), matched);
        QCOMPARE(sorted(r.unmatched), unmatched);
    }

    void windowsNames_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("unix");
        QTest::addColumn<QString>("windows");
        QTest::addRow("C3.4 lower case reference") << u"he$pwd."_s << u"he."_s << u"he/home."_s;
        QTest::addRow("C3.4 mixed case modifier") << u"${Pwd:-x}"_s << u"x"_s << u"/home"_s;
        QTest::addRow("C3.4 folded duplicates last wins") << u"$path"_s << QString() << u"b"_s;
        QTest::addRow("C3.4 unicode folding") << u"$straße"_s << QString() << u"s"_s;
    }
    void windowsNames()
    {
        QFETCH(QString, input);
        QFETCH(QString, unix);
        QFETCH(QString, windows);
        const QStringList entries = { u"PWD=/home"_s, u"Path=a"_s, u"PATH=b"_s, u"STRASSE=no"_s, u"STRAßE=s"_s };
        QCOMPARE(gmd::expandWord(input, ShellEnv(entries)).value, unix);
        QCOMPARE(gmd::expandWord(input, ShellEnv(entries, ShellEnv::NameCase::Insensitive)).value, windows);
    }

    void heredoc_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("chomp");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("error");
        QTest::addRow("C6.2 single quotes not special") << u"echo '$X'\n"_s << false << u"echo 'v'\n"_s << QString();
        QTest::addRow("C6.2 double quotes kept")
            << u"echo \"$X\" it's\n"_s << false << u"echo \"v\" it's\n"_s << QString();
        QTest::addRow("C6.3 escapes processed")
            << u"\\$X \\\\ printf \"a\\n\""_s << false << u"$X \\ printf \"an\""_s << QString();
        QTest::addRow("C6.1 backslash even with backtick directive") << u"a\\`b"_s << false << u"a`b"_s << QString();
        QTest::addRow("C6 lines and modifiers")
            << u"one $X\ntwo ${U:-d}\n"_s << false << u"one v\ntwo d\n"_s << QString();
        QTest::addRow("C6.4 chomp before expansion") << u"\t\tA=$T\n\tB\n"_s << true << u"A=\tz\nB\n"_s << QString();
        QTest::addRow("C6.4 no chomp") << u"\tA=$X\n"_s << false << u"\tA=v\n"_s << QString();
        QTest::addRow("C6 error quotes the body")
            << u"a\n${X"_s << false << QString()
            << failed(u"\"a\\n${X\""_s, u"unsupported modifier ("_s + kFffd + u") in substitution"_s);
    }
    void heredoc()
    {
        QFETCH(QString, body);
        QFETCH(bool, chomp);
        QFETCH(QString, expected);
        QFETCH(QString, error);
        const gmd::ExpandResult r = gmd::expandHeredocBody(body, ShellEnv({ u"X=v"_s, u"T=\tz"_s }),
            chomp ? gmd::HeredocChomp::StripLeadingTabs : gmd::HeredocChomp::Keep);
        QCOMPARE(r.error, error);
        QCOMPARE(r.value, expected);
    }

    void chomp() { QCOMPARE(gmd::chompHeredocContent(u"\t\ta\n\tb\r\n\t\n c\t\n"_s), u"a\nb\r\n\n c\t\n"_s); }

    void options_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("flags"); ///< 1 rawQuotes, 2 rawEscapes, 4 skipProcessQuotes, 8 skipUnsetEnv
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("words");
        QTest::addRow("raw quotes") << u"'a b' \"c $X\""_s << 1 << u"'a b' \"c v\""_s
                                    << QStringList { u"'a b'"_s, u"\"c v\""_s };
        QTest::addRow("raw quotes heredoc detection")
            << u"cat <<\"EOF\" x"_s << 1 << u"cat <<\"EOF\" x"_s << QStringList { u"cat"_s, u"<<\"EOF\""_s, u"x"_s };
        QTest::addRow("raw escapes") << u"a\\ b \"\\$X\""_s << 2 << u"a\\ b \\$X"_s
                                     << QStringList { u"a\\ b"_s, u"\\$X"_s };
        QTest::addRow("skip quotes") << u"'$X' \"$X\""_s << 4 << u"'v' \"v\""_s << QStringList { u"'v'"_s, u"\"v\""_s };
        QTest::addRow("skip unset") << u"$U ${U} ${U:-w} ${U/a/b} ${U//a/b} $X"_s << 8
                                    << u"$U ${U} ${U:-w} ${U/a/b} ${U/a/b} v"_s
                                    << QStringList { u"$U"_s, u"${U}"_s, u"${U:-w}"_s, u"${U/a/b}"_s, u"${U/a/b}"_s,
                                           u"v"_s };
        QTest::addRow("skip unset keeps pattern word")
            << u"${U##a} ${U:?}"_s << 8 << u"${U##a} ${U:?}"_s << QStringList { u"${U##a}"_s, u"${U:?}"_s };
    }
    void options()
    {
        QFETCH(QString, input);
        QFETCH(int, flags);
        QFETCH(QString, value);
        QFETCH(QStringList, words);
        gmd::ShellOptions o;
        o.rawQuotes = flags & 1;
        o.rawEscapes = flags & 2;
        o.skipProcessQuotes = flags & 4;
        o.skipUnsetEnv = flags & 8;
        const gmd::ExpandResult r = gmd::expandShell(input, ShellEnv({ u"X=v"_s }), o);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.value, value);
        QCOMPARE(r.words, words);
    }

    void errorQuoting_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("quoted");
        QTest::addRow("tab and newline") << u"a\t\n${"_s << u"\"a\\t\\n${\""_s;
        QTest::addRow("control and delete") << u"\u0001\u007F${"_s << u"\"\\x01\\x7f${\""_s;
        QTest::addRow("non-ascii spaces") << u"\u00A0\u3000${"_s << u"\"\\u00a0\\u3000${\""_s;
        QTest::addRow("format and private use") << u"\u200B\uE000${"_s << u"\"\\u200b\\ue000${\""_s;
        QTest::addRow("printable unicode") << u"é한😀${"_s << u"\"é한😀${\""_s;
        QTest::addRow("supplementary private use") << QString::fromUcs4(U"\U000F0000${") << u"\"\\U000f0000${\""_s;
    }
    void errorQuoting()
    {
        QFETCH(QString, input);
        QFETCH(QString, quoted);
        QCOMPARE(gmd::expandWord(input, ShellEnv()).error, failed(quoted, u"syntax error: missing '}'"_s));
    }

    void shellEnv()
    {
        ShellEnv env({ u"A=1"_s, u"B"_s, u"C="_s, u"D=x=y"_s, u"A=2"_s });
        QCOMPARE(env.value(u"A"_s).value_or(u"<unset>"_s), u"2"_s);
        QCOMPARE(env.value(u"B"_s).value_or(u"<unset>"_s), QString());
        QVERIFY(env.contains(u"C"_s));
        QCOMPARE(env.value(u"D"_s).value_or(u"<unset>"_s), u"x=y"_s);
        QVERIFY(!env.value(u"a"_s).has_value());
        QVERIFY(!env.contains(u"E"_s));
        QCOMPARE(env.names(), QStringList({ u"A"_s, u"B"_s, u"C"_s, u"D"_s }));
        QCOMPARE(env.entries(), QStringList({ u"A=1"_s, u"B="_s, u"C="_s, u"D=x=y"_s, u"A=2"_s }));
        QCOMPARE(env.size(), 5);
        env.set(u"E"_s, u"5"_s);
        QCOMPARE(env.value(u"E"_s).value_or(u"<unset>"_s), u"5"_s);

        ShellEnv win({ u"path=a"_s, u"Path=b"_s }, ShellEnv::NameCase::Insensitive);
        QCOMPARE(win.value(u"PATH"_s).value_or(u"<unset>"_s), u"b"_s);
        QCOMPARE(win.names(), QStringList({ u"path"_s }));
        QCOMPARE(ShellEnv::lookupKey(u"Path"_s, ShellEnv::NameCase::Insensitive), u"PATH"_s);
    }
};

QTEST_GUILESS_MAIN(TestShellLexer)
#include "tst_shelllexer.moc"
