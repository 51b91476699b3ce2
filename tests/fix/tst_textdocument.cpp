// SPDX-License-Identifier: MIT
// TextDocument (issue 5 section 2): BOM, per-line endings, final newline, lone CR and invalid
// UTF-8 survive decoding and editing; encode(decode(b)) == b for random byte strings.
#include "fix/textdocument.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmd::TextDocument;

Q_DECLARE_METATYPE(TextDocument::EndingStyle)

class TestTextDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decode_data();
    void decode();
    void roundTripRandom();
    void noOpEditsRandom();
    void edit_data();
    void edit();
    void lineAccess();
};

void TestTextDocument::decode_data()
{
    using S = TextDocument::EndingStyle;
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("lines");
    QTest::addColumn<S>("style");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<bool>("finalNewline");
    QTest::addColumn<QByteArray>("dominant");
    QTest::addRow("empty file") << QByteArray() << 0 << S::None << false << false << QByteArray("\n");
    QTest::addRow("LF") << QByteArray("a\nb\n") << 2 << S::LF << false << true << QByteArray("\n");
    QTest::addRow("CRLF") << QByteArray("a\r\nb\r\n") << 2 << S::CRLF << false << true << QByteArray("\r\n");
    QTest::addRow("mixed, CRLF dominant")
        << QByteArray("a\r\nb\nc\r\n") << 3 << S::Mixed << false << true << QByteArray("\r\n");
    QTest::addRow("mixed, tie is LF") << QByteArray("a\r\nb\n") << 2 << S::Mixed << false << true << QByteArray("\n");
    QTest::addRow("no final newline") << QByteArray("a\nb") << 2 << S::LF << false << false << QByteArray("\n");
    QTest::addRow("single line without newline")
        << QByteArray("abc") << 1 << S::None << false << false << QByteArray("\n");
    QTest::addRow("BOM") << QByteArray("\xEF\xBB\xBFmodule x\n") << 1 << S::LF << true << true << QByteArray("\n");
    QTest::addRow("BOM only") << QByteArray("\xEF\xBB\xBF") << 0 << S::None << true << false << QByteArray("\n");
    QTest::addRow("lone CR is content") << QByteArray("a\rb\n") << 1 << S::LF << false << true << QByteArray("\n");
    QTest::addRow("CR at end without LF") << QByteArray("a\r") << 1 << S::None << false << false << QByteArray("\n");
    QTest::addRow("CR CR LF") << QByteArray("a\r\r\n") << 1 << S::CRLF << false << true << QByteArray("\r\n");
    QTest::addRow("only newlines") << QByteArray("\n\n") << 2 << S::LF << false << true << QByteArray("\n");
    QTest::addRow("invalid UTF-8") << QByteArray("\xff\xfe\n\xc3\n") << 2 << S::LF << false << true << QByteArray("\n");
}

void TestTextDocument::decode()
{
    QFETCH(QByteArray, bytes);
    const TextDocument doc = TextDocument::decode(bytes);
    QTEST(doc.lineCount(), "lines");
    QTEST(doc.endingStyle(), "style");
    QTEST(doc.hasBom(), "bom");
    QTEST(doc.hasFinalNewline(), "finalNewline");
    QTEST(doc.dominantEnding(), "dominant");
    QCOMPARE(doc.encode(), bytes);
}

namespace {

/// Random bytes biased towards the characters that matter: LF, CR, BOM bytes, invalid UTF-8, NUL.
QByteArray randomBytes(QRandomGenerator& rng)
{
    static const char alphabet[] = { 'a', 'b', ' ', '\t', '\n', '\n', '\r', '\r', '\0', '\xEF', '\xBB', '\xBF', '\xff',
        '\xc3', '\xa9', '\x80' };
    QByteArray out;
    const int length = int(rng.bounded(0, 48));
    if (rng.bounded(4) == 0)
        out.append("\xEF\xBB\xBF");
    for (int i = 0; i < length; ++i)
        out.append(alphabet[rng.bounded(int(sizeof alphabet))]);
    return out;
}

} // namespace

void TestTextDocument::roundTripRandom()
{
    QRandomGenerator rng(20250105); // fixed seed: reproducible
    for (int i = 0; i < 20000; ++i) {
        const QByteArray bytes = randomBytes(rng);
        const QByteArray back = TextDocument::decode(bytes).encode();
        if (back != bytes)
            QFAIL(qPrintable(u"round trip changed %1 into %2"_s.arg(
                QString::fromLatin1(bytes.toHex()), QString::fromLatin1(back.toHex()))));
    }
}

void TestTextDocument::noOpEditsRandom()
{
    // Edits that undo each other must give the original bytes back: replacing a line with itself,
    // inserting then removing a line (also after a last line without a final newline).
    QRandomGenerator rng(7);
    for (int i = 0; i < 5000; ++i) {
        const QByteArray bytes = randomBytes(rng);
        TextDocument doc = TextDocument::decode(bytes);
        if (doc.isEmpty())
            continue;
        const int n = int(rng.bounded(doc.lineCount()));
        const QByteArray content = doc.line(n);
        if (content.contains('\n'))
            continue;
        doc.replaceLine(n, content);
        QCOMPARE(doc.encode(), bytes);
        doc.insertAfter(n, QByteArrayList { "inserted" });
        QCOMPARE(doc.lineCount(), TextDocument::decode(bytes).lineCount() + 1);
        doc.removeLines(n + 1, 1);
        QCOMPARE(doc.encode(), bytes);
    }
}

void TestTextDocument::edit_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QByteArray>("after");
    QTest::addRow("LF replace") << QByteArray("a\nb\nc\n") << u"replace 1 B"_s << QByteArray("a\nB\nc\n");
    QTest::addRow("CRLF replace keeps CRLF")
        << QByteArray("a\r\nb\r\n") << u"replace 0 A"_s << QByteArray("A\r\nb\r\n");
    QTest::addRow("CRLF insert uses CRLF")
        << QByteArray("a\r\nb\r\n") << u"insert 0 x"_s << QByteArray("a\r\nx\r\nb\r\n");
    QTest::addRow("mixed insert takes the line before")
        << QByteArray("a\r\nb\nc\n") << u"insert 0 x"_s << QByteArray("a\r\nx\r\nb\nc\n");
    QTest::addRow("mixed replace keeps each line's ending")
        << QByteArray("a\r\nb\n") << u"range 0 2 X|Y"_s << QByteArray("X\r\nY\n");
    QTest::addRow("insert at top") << QByteArray("a\r\n") << u"insert -1 x"_s << QByteArray("x\r\na\r\n");
    QTest::addRow("append keeps missing final newline")
        << QByteArray("a\nb") << u"insert 1 c"_s << QByteArray("a\nb\nc");
    QTest::addRow("append to CRLF without final newline")
        << QByteArray("a\r\nb") << u"insert 1 c"_s << QByteArray("a\r\nb\r\nc");
    QTest::addRow("remove last keeps missing final newline")
        << QByteArray("a\nb\nc") << u"remove 2 1"_s << QByteArray("a\nb");
    QTest::addRow("remove middle") << QByteArray("a\nb\nc\n") << u"remove 1 1"_s << QByteArray("a\nc\n");
    QTest::addRow("remove all") << QByteArray("a\nb\n") << u"remove 0 2"_s << QByteArray();
    QTest::addRow("replace last without final newline") << QByteArray("a\nb") << u"replace 1 B"_s << QByteArray("a\nB");
    QTest::addRow("replace one by two at the end") << QByteArray("a\nb") << u"range 1 1 X|Y"_s << QByteArray("a\nX\nY");
    QTest::addRow("BOM kept") << QByteArray("\xEF\xBB\xBFmodule x\n") << u"insert 0 go 1.22"_s
                              << QByteArray("\xEF\xBB\xBFmodule x\ngo 1.22\n");
    QTest::addRow("empty file gets LF lines") << QByteArray() << u"insert -1 x"_s << QByteArray("x\n");
    QTest::addRow("lone CR stays content") << QByteArray("a\rb\nc\n") << u"replace 1 C"_s << QByteArray("a\rb\nC\n");
    QTest::addRow("replace with a block splits lines")
        << QByteArray("a\r\nb\r\n") << u"replace 0 x\ny"_s << QByteArray("x\r\ny\r\nb\r\n");
    QTest::addRow("invalid UTF-8 elsewhere kept")
        << QByteArray("\xff\nb\n") << u"replace 1 B"_s << QByteArray("\xff\nB\n");
}

void TestTextDocument::edit()
{
    QFETCH(QByteArray, before);
    QFETCH(QString, operation);
    TextDocument doc = TextDocument::decode(before);
    const QStringList op = operation.split(u' ');
    const QString rest = op.mid(2).join(u' ');
    if (op[0] == "replace"_L1) {
        doc.replaceLine(op[1].toInt(), rest);
    } else if (op[0] == "insert"_L1) {
        doc.insertAfter(op[1].toInt(), QStringList { rest });
    } else if (op[0] == "remove"_L1) {
        doc.removeLines(op[1].toInt(), op[2].toInt());
    } else if (op[0] == "range"_L1) {
        doc.replaceRange(op[1].toInt(), op[2].toInt(), op[3].split(u'|'));
    }
    QTEST(doc.encode(), "after");
}

void TestTextDocument::lineAccess()
{
    const TextDocument doc = TextDocument::decode("module x\r\n\r\ngo 1.22");
    QCOMPARE(doc.lineCount(), 3);
    QCOMPARE(doc.line(0), QByteArray("module x"));
    QCOMPARE(doc.ending(0), QByteArray("\r\n"));
    QCOMPARE(doc.ending(2), QByteArray());
    QCOMPARE(doc.lineText(2), u"go 1.22"_s);
    QCOMPARE(doc.indexOf("go 1.22"), 2);
    QCOMPARE(doc.indexOf("missing"), -1);
    QCOMPARE(doc.lines(), (QByteArrayList { "module x", "", "go 1.22" }));
}

QTEST_GUILESS_MAIN(TestTextDocument)
#include "tst_textdocument.moc"
