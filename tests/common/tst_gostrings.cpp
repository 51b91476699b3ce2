// SPDX-License-Identifier: MIT
// Go's strings.TrimSpace / TrimLeftFunc / Fields / ToUpper / ToLower / EqualFold,
// common/go/strings.h.
#include "common/go/strings.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestGoStrings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void trimSpace_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::addRow("strings.TrimSpace ASCII") << u" \t x y \r\n"_s << u"x y"_s;
        QTest::addRow("strings.TrimSpace Unicode spaces") << u"\u2028 x \u00A0\u0085"_s << u"x"_s;
        QTest::addRow("strings.TrimSpace keeps BOM") << u"\uFEFFx"_s << u"\uFEFFx"_s;
        QTest::addRow("strings.TrimSpace keeps zero-width space") << u"\u200Bx\u200B"_s << u"\u200Bx\u200B"_s;
        QTest::addRow("strings.TrimSpace all space") << u" \u3000 "_s << QString();
        QTest::addRow("strings.TrimSpace astral kept") << u" \U0001F600 "_s << u"\U0001F600"_s;
    }
    void trimSpace()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(gmd::go::trimSpace(in), out);
        QCOMPARE(gmd::go::trimSpace(QStringView(in)), out);
        // The byte form decodes runes: the same answer for valid UTF-8. (Compared as bytes:
        // QString::fromUtf8 would drop a leading BOM.)
        QCOMPARE(gmd::go::trimSpace(in.toUtf8()), out.toUtf8());
    }

    void trimSpaceBytes_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QByteArray>("out");
        QTest::addColumn<QByteArray>("left");
        QTest::addRow("strings.TrimSpace UTF-8 ideographic space")
            << QByteArray("\xE3\x80\x80x\xE3\x80\x80") << QByteArray("x") << QByteArray("x\xE3\x80\x80");
        QTest::addRow("strings.TrimSpace NBSP as UTF-8") << QByteArray("\xC2\xA0x") << QByteArray("x") << QByteArray("x");
        QTest::addRow("strings.TrimSpace a lone 0xA0 byte is invalid UTF-8, not a space")
            << QByteArray("\xA0x\xA0") << QByteArray("\xA0x\xA0") << QByteArray("\xA0x\xA0");
        QTest::addRow("strings.TrimSpace invalid byte stops trimming") << QByteArray(" \xFF ") << QByteArray("\xFF")
                                                                      << QByteArray("\xFF ");
        QTest::addRow("strings.TrimSpace truncated rune at the end") << QByteArray("x\xE3\x80 ")
                                                                     << QByteArray("x\xE3\x80")
                                                                     << QByteArray("x\xE3\x80 ");
    }
    void trimSpaceBytes()
    {
        QFETCH(QByteArray, in);
        QFETCH(QByteArray, out);
        QFETCH(QByteArray, left);
        QCOMPARE(gmd::go::trimSpace(in), out);
        QCOMPARE(gmd::go::trimLeftSpace(in), left);
    }

    void trimSpaceSpan()
    {
        const QString s = u"a,  b c \t,d"_s;
        const gmd::go::Span span = gmd::go::trimSpaceSpan(s, 2, 9);
        QCOMPARE(span.text, u"b c"_s);
        QCOMPARE(span.offset, 4);
        QCOMPARE(gmd::go::trimSpaceSpan(s).text, s);
    }

    void fields_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QStringList>("out");
        QTest::addColumn<QList<qsizetype>>("offsets");
        QTest::addRow("strings.Fields") << u"  a bb\tccc \n"_s << QStringList { u"a"_s, u"bb"_s, u"ccc"_s }
                                        << QList<qsizetype> { 2, 4, 7 };
        QTest::addRow("strings.Fields Unicode space separates") << u"a\u3000b\u0085c"_s
                                                                << QStringList { u"a"_s, u"b"_s, u"c"_s }
                                                                << QList<qsizetype> { 0, 2, 4 };
        QTest::addRow("strings.Fields NBSP separates") << u"a\u00A0b"_s << QStringList { u"a"_s, u"b"_s }
                                                       << QList<qsizetype> { 0, 2 };
        QTest::addRow("strings.Fields empty") << u" \t "_s << QStringList() << QList<qsizetype>();
    }
    void fields()
    {
        QFETCH(QString, in);
        QFETCH(QStringList, out);
        QFETCH(QList<qsizetype>, offsets);
        QCOMPARE(gmd::go::fields(in), out);
        QList<qsizetype> got;
        for (const gmd::go::Span& f : gmd::go::fieldSpans(in))
            got.append(f.offset);
        QCOMPARE(got, offsets);
    }

    void caseMapping_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("upper");
        QTest::addColumn<QString>("lower");
        QTest::addRow("strings.ToUpper ASCII") << u"Go1.x"_s << u"GO1.X"_s << u"go1.x"_s;
        QTest::addRow("strings.ToUpper sharp s has no one-rune upper case") << u"ß"_s << u"ß"_s << u"ß"_s;
        QTest::addRow("strings.ToLower dotted capital I is one rune (QString::toLower gives two)")
            << u"\u0130"_s << u"\u0130"_s << u"i"_s;
        QTest::addRow("strings.ToUpper dotless i") << u"\u0131"_s << u"I"_s << u"\u0131"_s;
        QTest::addRow("strings.ToUpper astral Deseret") << u"\U00010428"_s << u"\U00010400"_s << u"\U00010428"_s;
        QTest::addRow("strings.ToUpper final sigma") << u"ς"_s << u"Σ"_s << u"ς"_s;
    }
    void caseMapping()
    {
        QFETCH(QString, in);
        QFETCH(QString, upper);
        QFETCH(QString, lower);
        QCOMPARE(gmd::go::toUpper(in), upper);
        QCOMPARE(gmd::go::toLower(in), lower);
    }

    void equalFold_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("equal");
        QTest::addRow("strings.EqualFold ASCII") << u"AS"_s << u"as"_s << true;
        QTest::addRow("strings.EqualFold different length") << u"as"_s << u"ass"_s << false;
        QTest::addRow("strings.EqualFold Kelvin sign") << u"\u212A"_s << u"k"_s << true;
        QTest::addRow("strings.EqualFold long s folds to s (was: false, lower-case comparison)")
            << u"A\u017F"_s << u"AS"_s << true;
        QTest::addRow("strings.EqualFold dotted capital I is not i (was: true, lower-case comparison)")
            << u"\u0130"_s << u"i"_s << false;
        QTest::addRow("strings.EqualFold sigma forms") << u"σ"_s << u"ς"_s << true;
    }
    void equalFold()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, equal);
        QCOMPARE(gmd::go::equalFold(a, b), equal);
        QCOMPARE(gmd::go::equalFold(b, a), equal);
    }
};

QTEST_GUILESS_MAIN(TestGoStrings)
#include "tst_gostrings.moc"
