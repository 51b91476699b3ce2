// SPDX-License-Identifier: MIT
// Go's unicode/utf8 and the Go string <-> QString conversions of common/go/utf8.h.
#include "common/go/utf8.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QString hexUnits(const QString& s)
{
    QStringList parts;
    for (const QChar c : s)
        parts.append(QString::number(c.unicode(), 16));
    return parts.join(u' ');
}

} // namespace

class TestGoUtf8 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodeRune_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<uint>("rune");
        QTest::addColumn<int>("size");
        QTest::addRow("utf8.DecodeRune empty: RuneError, 0 (was: rune 0 in gomod's copy)")
            << QByteArray() << 0xFFFDu << 0;
        QTest::addRow("utf8.DecodeRune ASCII") << QByteArray("a") << uint('a') << 1;
        QTest::addRow("utf8.DecodeRune two bytes") << QByteArray("\xC3\xA9") << 0xE9u << 2;
        QTest::addRow("utf8.DecodeRune three bytes") << QByteArray("\xE2\x82\xAC") << 0x20ACu << 3;
        QTest::addRow("utf8.DecodeRune four bytes") << QByteArray("\xF0\x9F\x98\x80") << 0x1F600u << 4;
        QTest::addRow("utf8.DecodeRune lone continuation") << QByteArray("\x80") << 0xFFFDu << 1;
        QTest::addRow("utf8.DecodeRune overlong C0 AF") << QByteArray("\xC0\xAF") << 0xFFFDu << 1;
        QTest::addRow("utf8.DecodeRune overlong E0 80 80") << QByteArray("\xE0\x80\x80") << 0xFFFDu << 1;
        QTest::addRow("utf8.DecodeRune surrogate ED A0 80") << QByteArray("\xED\xA0\x80") << 0xFFFDu << 1;
        QTest::addRow("utf8.DecodeRune above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << 0xFFFDu << 1;
        QTest::addRow("utf8.DecodeRune truncated") << QByteArray("\xE2\x82") << 0xFFFDu << 1;
        QTest::addRow("utf8.DecodeRune bad second byte") << QByteArray("\xE2\x28\xA1") << 0xFFFDu << 1;
        QTest::addRow("utf8.DecodeRune F5 never starts a rune") << QByteArray("\xF5\x80\x80\x80") << 0xFFFDu << 1;
    }
    void decodeRune()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(uint, rune);
        QFETCH(int, size);
        const gmd::go::DecodedRune d = gmd::go::decodeRune(bytes);
        QCOMPARE(uint(d.rune), rune);
        QCOMPARE(d.size, size);
    }

    void decodeLastRune_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<uint>("rune");
        QTest::addColumn<int>("size");
        QTest::addRow("utf8.DecodeLastRune empty") << QByteArray() << 0xFFFDu << 0;
        QTest::addRow("utf8.DecodeLastRune ASCII") << QByteArray("xa") << uint('a') << 1;
        QTest::addRow("utf8.DecodeLastRune ideographic space") << QByteArray("x\xE3\x80\x80") << 0x3000u << 3;
        QTest::addRow("utf8.DecodeLastRune dangling lead byte") << QByteArray("x\xE3") << 0xFFFDu << 1;
        QTest::addRow("utf8.DecodeLastRune truncated sequence") << QByteArray("\xE3\x80") << 0xFFFDu << 1;
        QTest::addRow("utf8.DecodeLastRune five continuation bytes") << QByteArray("\x80\x80\x80\x80\x80")
                                                                     << 0xFFFDu << 1;
    }
    void decodeLastRune()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(uint, rune);
        QFETCH(int, size);
        const gmd::go::DecodedRune d = gmd::go::decodeLastRune(bytes);
        QCOMPARE(uint(d.rune), rune);
        QCOMPARE(d.size, size);
    }

    void fromUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("units");
        QTest::addRow("string([]byte) keeps a leading BOM (QString::fromUtf8 drops it)")
            << QByteArray("\xEF\xBB\xBF" "a") << u"feff 61"_s;
        QTest::addRow("string([]byte) truncated tail: one U+FFFD per byte (was: dropped by goenv and "
                      "context's stateful decoder)")
            << QByteArray("a\xE2\x82") << u"61 fffd fffd"_s;
        QTest::addRow("string([]byte) truncated 4-byte tail") << QByteArray("\xF0\x9F\x98") << u"fffd fffd fffd"_s;
        QTest::addRow("string([]byte) overlong") << QByteArray("\xC0\xAF" "b") << u"fffd fffd 62"_s;
        QTest::addRow("string([]byte) surrogate bytes") << QByteArray("\xED\xA0\x80") << u"fffd fffd fffd"_s;
        QTest::addRow("string([]byte) astral") << QByteArray("\xF0\x9F\x98\x80") << u"d83d de00"_s;
    }
    void fromUtf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, units);
        QCOMPARE(hexUnits(gmd::go::fromUtf8(bytes)), units);
        // Ranging over the Go string gives the same runes.
        std::u32string ranged;
        for (qsizetype pos = 0; pos < bytes.size();) {
            const gmd::go::DecodedRune d = gmd::go::decodeRune(bytes, pos);
            ranged.push_back(d.rune);
            pos += d.size;
        }
        QCOMPARE(gmd::go::fromUtf8(bytes), gmd::go::fromRunes(ranged));
    }

    void runes()
    {
        QString lone = u"a"_s;
        lone += QChar(0xD800);
        lone += u'b';
        QCOMPARE(gmd::go::runes(lone), std::u32string(U"a\uFFFDb"));
        QVERIFY(gmd::go::hasLoneSurrogate(lone));
        QVERIFY(!gmd::go::hasLoneSurrogate(u"a\U0001F600"_s));
        QCOMPARE(gmd::go::runes(u"\U0001F600\uFEFF"_s), std::u32string(U"\U0001F600\uFEFF"));
        // string(runes): U+FEFF kept (QString::fromUcs4 drops it), an invalid rune becomes U+FFFD
        // (was: shelltext and gotext appended a lone surrogate).
        const char32_t invalid[] = { 0xFEFF, 0xD800, 0x110000, U'x' };
        QCOMPARE(hexUnits(gmd::go::fromRunes(std::u32string_view(invalid, 4))), u"feff fffd fffd 78"_s);
        QByteArray encoded;
        gmd::go::appendUtf8(encoded, 0xD800);
        QCOMPARE(encoded, QByteArray("\xEF\xBF\xBD"));
    }

    void runeString_data()
    {
        QTest::addColumn<qint64>("rune");
        QTest::addColumn<QString>("text");
        QTest::addRow("string(rune(-1)): text/scanner EOF") << qint64(gmd::go::kScannerEof) << u"\uFFFD"_s;
        QTest::addRow("string(rune) of 0xFFFFFFFF") << qint64(0xFFFFFFFF) << u"\uFFFD"_s;
        QTest::addRow("string(rune) surrogate") << qint64(0xDC00) << u"\uFFFD"_s;
        QTest::addRow("string(rune) astral") << qint64(0x1F600) << u"\U0001F600"_s;
        QTest::addRow("string(rune) NUL") << qint64(0) << QString(QChar(0));
    }
    void runeString()
    {
        QFETCH(qint64, rune);
        QFETCH(QString, text);
        QCOMPARE(gmd::go::runeString(rune), text);
    }
};

QTEST_GUILESS_MAIN(TestGoUtf8)
#include "tst_goutf8.moc"
