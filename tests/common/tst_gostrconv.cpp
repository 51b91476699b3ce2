// SPDX-License-Identifier: MIT
// Go's strconv (Quote, QuoteRune, Unquote, ParseInt, ParseUint, Atoi, ParseBool, NumError),
// common/go/strconv.h. Rows from Go's quote_test.go / atoi_test.go, plus the cases where the
// copies this replaced (goenv, gocmd, gomod, dockerfile, dockershell) disagreed with Go.
#include "common/go/strconv.h"

#include <QTest>

#include <limits>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

QString withLoneSurrogate()
{
    QString s = u"a"_s;
    s += QChar(0xD800);
    return s;
}

} // namespace

class TestGoStrconv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quote_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("quoted");
        QTest::addRow("strconv.Quote plain") << u"abc"_s << u"\"abc\""_s;
        QTest::addRow("strconv.Quote quote and backslash") << u"a\"b\\c"_s << u"\"a\\\"b\\\\c\""_s;
        QTest::addRow("strconv.Quote single quote kept") << u"'"_s << u"\"'\""_s;
        QTest::addRow("strconv.Quote C escapes") << u"\a\b\f\n\r\t\v"_s << u"\"\\a\\b\\f\\n\\r\\t\\v\""_s;
        QTest::addRow("strconv.Quote control and DEL") << u"\x01\x7f"_s << u"\"\\x01\\x7f\""_s;
        QTest::addRow("strconv.Quote NUL") << QString(QChar(0)) << u"\"\\x00\""_s;
        QTest::addRow("strconv.Quote C1 control U+0085") << u"\u0085"_s << u"\"\\u0085\""_s;
        QTest::addRow("strconv.Quote NBSP and soft hyphen") << u"\u00a0\u00ad"_s << u"\"\\u00a0\\u00ad\""_s;
        QTest::addRow("strconv.Quote printable Latin-1 and BMP") << u"é¡€☺"_s << u"\"é¡€☺\""_s;
        QTest::addRow("strconv.Quote BOM") << u"\ufeffx"_s << u"\"\\ufeffx\""_s;
        QTest::addRow("strconv.Quote astral printable") << u"\U0001F600"_s << u"\"\U0001F600\""_s;
        QTest::addRow("strconv.Quote astral non-printable") << u"\U000E0001"_s << u"\"\\U000e0001\""_s;
        QTest::addRow("strconv.Quote U+10FFFF") << u"\U0010FFFF"_s << u"\"\\U0010ffff\""_s;
        // Was: dockerfile's copy quoted the '?' that QString::toUtf8 substitutes.
        QTest::addRow("strconv.Quote unpaired surrogate reads as U+FFFD") << withLoneSurrogate() << u"\"a\uFFFD\""_s;
        QTest::addRow("strconv.Quote empty") << QString() << u"\"\""_s;
    }
    void quote()
    {
        QFETCH(QString, in);
        QFETCH(QString, quoted);
        QCOMPARE(gmd::go::quote(in), quoted);
        // A QString quotes like its UTF-8 bytes.
        QCOMPARE(gmd::go::quote(QByteArray(in.toUtf8())), in.contains(QChar(0xD800)) ? u"\"a?\""_s : quoted);
    }

    void quoteBytes_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QString>("quoted");
        QTest::addRow("strconv.Quote invalid byte is \\xNN") << QByteArray("abc\xff" "def") << u"\"abc\\xffdef\""_s;
        // Was: gocmd's url.Parse copy decoded the bytes first and printed U+FFFD.
        QTest::addRow("strconv.Quote half a rune, as in url escape errors")
            << QByteArray("%1\xC3") << u"\"%1\\xc3\""_s;
        QTest::addRow("strconv.Quote overlong") << QByteArray("\xC0\xAF") << u"\"\\xc0\\xaf\""_s;
        QTest::addRow("strconv.Quote encoded U+FFFD is printable") << QByteArray("\xEF\xBF\xBD") << u"\"\uFFFD\""_s;
        QTest::addRow("strconv.Quote valid UTF-8") << QByteArray("\xE2\x98\xBA\n") << u"\"☺\\n\""_s;
    }
    void quoteBytes()
    {
        QFETCH(QByteArray, in);
        QFETCH(QString, quoted);
        QCOMPARE(gmd::go::quote(in), quoted);
    }

    void quoteRune_data()
    {
        QTest::addColumn<uint>("rune");
        QTest::addColumn<QString>("quoted");
        QTest::addRow("strconv.QuoteRune letter") << uint('a') << u"'a'"_s;
        QTest::addRow("strconv.QuoteRune single quote") << uint('\'') << u"'\\''"_s;
        QTest::addRow("strconv.QuoteRune double quote kept") << uint('"') << u"'\"'"_s;
        QTest::addRow("strconv.QuoteRune control") << 0x01u << u"'\\x01'"_s;
        QTest::addRow("strconv.QuoteRune BOM") << 0xFEFFu << u"'\\ufeff'"_s;
        QTest::addRow("strconv.QuoteRune smiley") << 0x263Au << u"'☺'"_s;
        // Was: goenv's and gomod's copies printed '\ufffd'; Go replaces an invalid rune by
        // utf8.RuneError first, which is printable.
        QTest::addRow("strconv.QuoteRune surrogate") << 0xD800u << u"'\uFFFD'"_s;
        QTest::addRow("strconv.QuoteRune beyond U+10FFFF") << 0x110000u << u"'\uFFFD'"_s;
    }
    void quoteRune()
    {
        QFETCH(uint, rune);
        QFETCH(QString, quoted);
        QCOMPARE(gmd::go::quoteRune(char32_t(rune)), quoted);
    }

    void unquote_data()
    {
        QTest::addColumn<QString>("literal");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("value");
        const auto good = [](const char* name, const QString& in, const QString& out) {
            QTest::addRow("strconv.Unquote %s", name) << in << true << out;
        };
        const auto bad = [](const char* name, const QString& in) {
            QTest::addRow("strconv.Unquote misquoted %s", name) << in << false << QString();
        };
        good("empty", u"\"\""_s, QString());
        good("escapes", u"\"a\\n\\x41\\101\\u00e9\\U0001F600\""_s, u"a\nAAé😀"_s);
        good("all C escapes", u"\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\""_s, u"\a\b\f\n\r\t\v\\\""_s);
        good("single quote inside double", u"\"'\""_s, u"'"_s);
        good("\\377 is a byte, invalid UTF-8", u"\"\\377\""_s, u"\uFFFD"_s);
        good("\\xFF is a byte", u"\"\\xFF\""_s, u"\uFFFD"_s);
        // Was: gomod's copy decoded with QString::fromUtf8, which drops a leading U+FEFF.
        good("leading BOM kept", u"\"\\ufeffx\""_s, u"\uFEFFx"_s);
        // Was: gomod's copy only read double-quoted literals.
        good("raw string", u"`x`"_s, u"x"_s);
        good("raw string keeps backslashes", u"`\\n`"_s, u"\\n"_s);
        good("raw string drops CR", u"`a\rb`"_s, u"ab"_s);
        good("rune literal", u"'a'"_s, u"a"_s);
        good("rune literal escape", u"'\\''"_s, u"'"_s);
        good("rune literal non-ASCII", u"'☹'"_s, u"☹"_s);
        good("empty rune literal (Go's fast-path quirk)", u"''"_s, QString());
        bad("empty", QString());
        bad("lone quote", u"\""_s);
        bad("unterminated", u"\"a"_s);
        bad("mismatched quotes", u"\"'"_s);
        bad("no opening quote", u"b\""_s);
        bad("escaped closing quote", u"\"\\\""_s);
        bad("\\9", u"\"\\9\""_s);
        bad("\\19", u"\"\\19\""_s);
        bad("\\400 above a byte", u"\"\\400\""_s);
        bad("two runes in a rune literal", u"'ab'"_s);
        bad("short \\x", u"\"\\x1!\""_s);
        bad("\\U above U+10FFFF", u"\"\\U12345678\""_s);
        bad("surrogate \\ud800", u"\"\\ud800\""_s);
        bad("unknown escape", u"\"\\z\""_s);
        bad("\\' in double quotes", u"\"\\'\""_s);
        bad("\\\" in single quotes", u"'\\\"'"_s);
        bad("newline", u"\"\n\""_s);
        bad("unterminated raw", u"`xxx"_s);
        bad("backquote inside raw", u"`1`9`"_s);
        bad("trailing junk", u"\"\"12345\""_s);
        bad("not quoted", u"1231"_s);
    }
    void unquote()
    {
        QFETCH(QString, literal);
        QFETCH(bool, ok);
        QFETCH(QString, value);
        QString out = u"unchanged"_s;
        QCOMPARE(gmd::go::unquote(literal, &out), ok);
        QCOMPARE(out, ok ? value : u"unchanged"_s);
    }

    void unquoteRoundTrip()
    {
        for (const QString& s : { u"plain"_s, u"a\"b\\c"_s, u"\t\x01\u00a0é\U0001F600\U000E0001"_s, u"\ufeff"_s }) {
            QString back;
            QVERIFY(gmd::go::unquote(gmd::go::quote(s), &back));
            QCOMPARE(back, s);
        }
    }

    void parseInt_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<int>("base");
        QTest::addColumn<int>("bits");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("error");
        const auto row = [](const char* name, const QString& in, int base, int bits, qint64 value, const QString& error) {
            QTest::addRow("strconv.ParseInt %s", name) << in << base << bits << value << error;
        };
        row("zero", u"0"_s, 10, 64, 0, QString());
        row("negative", u"-12345"_s, 10, 64, -12345, QString());
        row("plus sign", u"+7"_s, 10, 32, 7, QString());
        row("empty", QString(), 10, 64, 0, u"strconv.ParseInt: parsing \"\": invalid syntax"_s);
        row("sign only", u"-"_s, 10, 64, 0, u"strconv.ParseInt: parsing \"-\": invalid syntax"_s);
        row("letter", u"12a"_s, 10, 64, 0, u"strconv.ParseInt: parsing \"12a\": invalid syntax"_s);
        row("int32 max", u"2147483647"_s, 10, 32, 2147483647, QString());
        row("int32 min", u"-2147483648"_s, 10, 32, -2147483648LL, QString());
        row("int32 overflow clamps", u"2147483648"_s, 10, 32, 2147483647,
            u"strconv.ParseInt: parsing \"2147483648\": value out of range"_s);
        row("int32 underflow clamps", u"-2147483649"_s, 10, 32, -2147483648LL,
            u"strconv.ParseInt: parsing \"-2147483649\": value out of range"_s);
        // Was: dockerfile's copy checked every character first and said "invalid syntax".
        row("overflow is reported before a later bad digit", u"99999999999x"_s, 10, 32, 2147483647,
            u"strconv.ParseInt: parsing \"99999999999x\": value out of range"_s);
        row("int64 max", u"9223372036854775807"_s, 10, 64, std::numeric_limits<qint64>::max(), QString());
        row("int64 min", u"-9223372036854775808"_s, 10, 64, std::numeric_limits<qint64>::min(), QString());
        row("base 0 hex", u"0x1F"_s, 0, 64, 31, QString());
        row("base 0 octal", u"017"_s, 0, 64, 15, QString());
        row("base 0 0o", u"-0o17"_s, 0, 64, -15, QString());
        row("base 0 binary", u"0b101"_s, 0, 64, 5, QString());
        row("base 0 underscores", u"1_000"_s, 0, 64, 1000, QString());
        row("underscore needs base 0", u"1_000"_s, 10, 64, 0, u"strconv.ParseInt: parsing \"1_000\": invalid syntax"_s);
        row("misplaced underscore", u"_1"_s, 0, 64, 0, u"strconv.ParseInt: parsing \"_1\": invalid syntax"_s);
        row("base 36", u"zz"_s, 36, 64, 1295, QString());
        row("base 1", u"1"_s, 1, 64, 0, u"strconv.ParseInt: parsing \"1\": invalid base 1"_s);
        row("bit size 65", u"1"_s, 10, 65, 0, u"strconv.ParseInt: parsing \"1\": invalid bit size 65"_s);
        row("non-ASCII digit", u"١"_s, 10, 64, 0, u"strconv.ParseInt: parsing \"١\": invalid syntax"_s);
    }
    void parseInt()
    {
        QFETCH(QString, in);
        QFETCH(int, base);
        QFETCH(int, bits);
        QFETCH(qint64, value);
        QFETCH(QString, error);
        const gmd::go::NumResult<qint64> r = gmd::go::parseInt(in, base, bits);
        QCOMPARE(r.value, value);
        QCOMPARE(gmd::go::numErrorText(u"ParseInt", in, r.error, base, bits), error);
    }

    void parseUint_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<int>("base");
        QTest::addColumn<int>("bits");
        QTest::addColumn<quint64>("value");
        QTest::addColumn<bool>("ok");
        QTest::addRow("strconv.ParseUint octal mode") << u"755"_s << 8 << 32 << quint64(0755) << true;
        QTest::addRow("strconv.ParseUint 8 is not octal") << u"8"_s << 8 << 32 << quint64(0) << false;
        QTest::addRow("strconv.ParseUint no sign") << u"+1"_s << 10 << 32 << quint64(0) << false;
        QTest::addRow("strconv.ParseUint uint32 max") << u"4294967295"_s << 10 << 32 << quint64(4294967295u) << true;
        QTest::addRow("strconv.ParseUint uint32 overflow clamps") << u"4294967296"_s << 10 << 32
                                                                 << quint64(4294967295u) << false;
        QTest::addRow("strconv.ParseUint uint64 max") << u"18446744073709551615"_s << 10 << 64
                                                      << std::numeric_limits<quint64>::max() << true;
        QTest::addRow("strconv.ParseUint uint64 overflow clamps") << u"18446744073709551616"_s << 10 << 64
                                                                  << std::numeric_limits<quint64>::max() << false;
        QTest::addRow("strconv.ParseUint empty") << QString() << 10 << 64 << quint64(0) << false;
    }
    void parseUint()
    {
        QFETCH(QString, in);
        QFETCH(int, base);
        QFETCH(int, bits);
        QFETCH(quint64, value);
        QFETCH(bool, ok);
        const gmd::go::NumResult<quint64> r = gmd::go::parseUint(in, base, bits);
        QCOMPARE(r.value, value);
        QCOMPARE(r.ok(), ok);
    }

    void atoi_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("value");
        QTest::addRow("strconv.Atoi") << u"-42"_s << true << qint64(-42);
        // Was: dockerfile's stage-index copy gave up above 18 digits.
        QTest::addRow("strconv.Atoi 19 digits") << u"1234567890123456789"_s << true << qint64(1234567890123456789LL);
        QTest::addRow("strconv.Atoi out of range") << u"9223372036854775808"_s << false
                                                   << std::numeric_limits<qint64>::max();
        QTest::addRow("strconv.Atoi no base prefix") << u"0x10"_s << false << qint64(0);
        QTest::addRow("strconv.Atoi leading zeros") << u"007"_s << true << qint64(7);
    }
    void atoi()
    {
        QFETCH(QString, in);
        QFETCH(bool, ok);
        QFETCH(qint64, value);
        const gmd::go::NumResult<qint64> r = gmd::go::atoi(in);
        QCOMPARE(r.ok(), ok);
        QCOMPARE(r.value, value);
    }

    void parseBool_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<int>("value"); // -1 = error
        for (const char* t : { "1", "t", "T", "TRUE", "true", "True" })
            QTest::addRow("strconv.ParseBool %s", t) << QString::fromLatin1(t) << 1;
        for (const char* f : { "0", "f", "F", "FALSE", "false", "False" })
            QTest::addRow("strconv.ParseBool %s", f) << QString::fromLatin1(f) << 0;
        for (const char* e : { "", "yes", "tRUE", "on", " true" })
            QTest::addRow("strconv.ParseBool error '%s'", e) << QString::fromLatin1(e) << -1;
    }
    void parseBool()
    {
        QFETCH(QString, in);
        QFETCH(int, value);
        const std::optional<bool> b = gmd::go::parseBool(in);
        QCOMPARE(b ? int(*b) : -1, value);
    }

    void numErrorText()
    {
        QCOMPARE(gmd::go::numErrorText(u"Atoi", u"x y", gmd::go::NumError::Syntax),
            u"strconv.Atoi: parsing \"x y\": invalid syntax"_s);
        QCOMPARE(gmd::go::numErrorText(u"ParseInt", u"\t", gmd::go::NumError::Syntax),
            u"strconv.ParseInt: parsing \"\\t\": invalid syntax"_s);
        QCOMPARE(gmd::go::numErrorText(u"Atoi", u"1", gmd::go::NumError::None), QString());
    }
};

QTEST_GUILESS_MAIN(TestGoStrconv)
#include "tst_gostrconv.moc"
