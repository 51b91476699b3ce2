// SPDX-License-Identifier: MIT
// Go's unicode.IsSpace / IsLetter / IsDigit / IsPrint (= strconv.IsPrint), common/go/unicode.h.
// Rows marked "was:" are where the copies this replaced disagreed or where a shortcut could.
#include "common/go/unicode.h"

#include <QTest>

class TestGoUnicode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classes_data()
    {
        QTest::addColumn<uint>("rune");
        QTest::addColumn<bool>("space");
        QTest::addColumn<bool>("letter");
        QTest::addColumn<bool>("digit");
        QTest::addColumn<bool>("print");
        const auto row = [](const char* name, char32_t r, bool space, bool letter, bool digit, bool print) {
            QTest::addRow("%s", name) << uint(r) << space << letter << digit << print;
        };
        row("unicode.IsSpace tab", U'\t', true, false, false, false);
        row("unicode.IsSpace vertical tab", U'\v', true, false, false, false);
        row("unicode.IsSpace NEL U+0085", 0x85, true, false, false, false);
        row("unicode.IsSpace NBSP U+00A0 (not printable: strconv.IsPrint Latin-1 table)", 0xA0, true, false, false,
            false);
        row("unicode.IsSpace ogham U+1680", 0x1680, true, false, false, false);
        row("unicode.IsSpace en quad U+2000", 0x2000, true, false, false, false);
        row("unicode.IsSpace hair space U+200A", 0x200A, true, false, false, false);
        row("zero-width space U+200B is not White_Space", 0x200B, false, false, false, false);
        row("unicode.IsSpace line separator U+2028", 0x2028, true, false, false, false);
        row("unicode.IsSpace narrow NBSP U+202F", 0x202F, true, false, false, false);
        row("unicode.IsSpace ideographic space U+3000", 0x3000, true, false, false, false);
        row("Mongolian vowel separator U+180E is Cf, not a space", 0x180E, false, false, false, false);
        row("BOM U+FEFF is Cf: neither space nor printable", 0xFEFF, false, false, false, false);
        row("space is printable", U' ', true, false, false, true);
        row("strconv.IsPrint DEL", 0x7F, false, false, false, false);
        row("strconv.IsPrint soft hyphen U+00AD", 0xAD, false, false, false, false);
        row("strconv.IsPrint inverted exclamation U+00A1", 0xA1, false, false, false, true);
        row("unicode.IsLetter feminine ordinal U+00AA (Lo)", 0xAA, false, true, false, true);
        row("unicode.IsLetter micro sign U+00B5 (Ll)", 0xB5, false, true, false, true);
        row("unicode.IsLetter e acute", 0xE9, false, true, false, true);
        row("unicode.IsLetter Greek alpha", 0x3B1, false, true, false, true);
        row("unicode.IsLetter CJK", 0x4E16, false, true, false, true);
        row("unicode.IsLetter astral Deseret", 0x10400, false, true, false, true);
        row("unicode.IsDigit ASCII 7", U'7', false, false, true, true);
        row("unicode.IsDigit superscript two U+00B2 is No", 0xB2, false, false, false, true);
        row("unicode.IsDigit Arabic-Indic three", 0x663, false, false, true, true);
        row("unicode.IsDigit fullwidth nine", 0xFF19, false, false, true, true);
        row("unicode.IsDigit Roman numeral U+2160 is Nl", 0x2160, false, false, false, true);
        row("strconv.IsPrint combining acute (Mn)", 0x301, false, false, false, true);
        row("strconv.IsPrint replacement character", 0xFFFD, false, false, false, true);
        row("strconv.IsPrint emoji", 0x1F600, false, false, false, true);
        row("strconv.IsPrint private use", 0xE000, false, false, false, false);
        row("strconv.IsPrint surrogate", 0xD800, false, false, false, false);
        row("strconv.IsPrint tag character U+E0001 (Cf)", 0xE0001, false, false, false, false);
        row("beyond U+10FFFF: nothing", 0x110000, false, false, false, false);
    }
    void classes()
    {
        QFETCH(uint, rune);
        QFETCH(bool, space);
        QFETCH(bool, letter);
        QFETCH(bool, digit);
        QFETCH(bool, print);
        const auto r = char32_t(rune);
        QCOMPARE(gmd::go::isSpace(r), space);
        QCOMPARE(gmd::go::isLetter(r), letter);
        QCOMPARE(gmd::go::isDigit(r), digit);
        QCOMPARE(gmd::go::isPrint(r), print);
    }

    void latin1Byte_data()
    {
        QTest::addColumn<int>("byte");
        QTest::addColumn<bool>("space");
        // BuildKit's flag scanner calls unicode.IsSpace(rune(b)) on single bytes (spec A5.5):
        // the second byte of UTF-8 "\u00c2\u00a0" (0xA0) and 0x85 read as Latin-1 spaces.
        QTest::addRow("A5.5 0xA0 byte is a space") << 0xA0 << true;
        QTest::addRow("A5.5 0x85 byte is a space") << 0x85 << true;
        QTest::addRow("A5.5 0xC2 lead byte is not") << 0xC2 << false;
        QTest::addRow("A5.5 space") << 0x20 << true;
    }
    void latin1Byte()
    {
        QFETCH(int, byte);
        QFETCH(bool, space);
        QCOMPARE(gmd::go::isSpaceLatin1Byte(uchar(byte)), space);
    }
};

QTEST_GUILESS_MAIN(TestGoUnicode)
#include "tst_gounicode.moc"
