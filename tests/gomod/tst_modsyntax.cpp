// SPDX-License-Identifier: MIT
// The go.mod syntax layer on hostile input: binary junk, 10 MB files, unbalanced parentheses.
// Nothing may crash, and diagnostics stay bounded (modsyntax::kMaxDiagnostics plus one note).
#include "gomod/gomodfile.h"
#include "gomod/goworkfile.h"
#include "gomod/modsyntax.h"
#include "gomoddump.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qsizetype kTenMegabytes = 10 * 1024 * 1024;
// Inputs with a statement on every line cost a few microseconds per line in a debug build; two
// megabytes (a million lines) show the same behaviour as ten.
constexpr qsizetype kTwoMegabytes = 2 * 1024 * 1024;

QByteArray repeatTo(const QByteArray& unit, qsizetype size)
{
    QByteArray out;
    out.reserve(size + unit.size());
    while (out.size() < size)
        out += unit;
    return out;
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator gen(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        out[i] = char(gen.bounded(256));
    return out;
}

} // namespace

class TestModSyntax : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hostileInput_data();
    void hostileInput();
    void tenMegabyteRequireBlock();
    void tooManyDiagnosticsEndWithNote();
};

void TestModSyntax::hostileInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("firstDiagnostic"); // its start; "" = none expected, "*" = some error

    QTest::addRow("random bytes 64 KiB") << randomBytes(64 * 1024, 1) << u"*"_s;
    QTest::addRow("random bytes 1 MiB") << randomBytes(1024 * 1024, 2) << u"*"_s;
    QTest::addRow("random printable ASCII") << [] {
        QByteArray b = randomBytes(256 * 1024, 3);
        for (char& c : b)
            c = char(32 + (uchar(c) % 95));
        return b;
    }() << u"*"_s;
    QTest::addRow("10 MB of open parentheses")
        << repeatTo("(", kTenMegabytes) << u"1:1: error: unknown block type: ( ( ( ("_s;
    QTest::addRow("2 MB of open parentheses and newlines")
        << repeatTo("(\n", kTwoMegabytes) << u"1:1: error: unknown directive: ("_s;
    QTest::addRow("2 MB of closing parentheses")
        << repeatTo(")", kTwoMegabytes) << u"1:1: error: unknown directive: )"_s;
    QTest::addRow("2 MB of nested blocks") << repeatTo("require (\n",
        kTwoMegabytes) << u"2:1: error: require require: version \"(\" invalid: must be of the form v1.2.3"_s;
    QTest::addRow("2 MB of unknown directives")
        << repeatTo("a\n", kTwoMegabytes) << u"1:1: error: unknown directive: a"_s;
    QTest::addRow("10 MB single token") << (QByteArray("module ") + repeatTo("x", kTenMegabytes)) << QString();
    QTest::addRow("10 MB comment block") << (repeatTo("// Deprecated: x\n", kTenMegabytes) + "module m\n") << QString();
    QTest::addRow("10 MB unterminated string")
        << (QByteArray("module \"") + repeatTo("x", kTenMegabytes)) << u"1:8: error: unexpected EOF in string"_s;
    QTest::addRow("2 MB of NUL bytes") << QByteArray(kTwoMegabytes, '\0')
                                       << u"1:1: error: unexpected input character '\\x00'"_s;
    QTest::addRow("unbalanced: open only")
        << QByteArray("module m\nrequire (\nreplace (\n")
        << u"3:1: error: require replace: version \"(\" invalid: must be of the form v1.2.3"_s;
    QTest::addRow("unbalanced: close first") << QByteArray(")\nmodule m\n(\n") << u"1:1: error: unknown directive: )"_s;
    QTest::addRow("unbalanced: nested") << QByteArray("require (\n\ta.b/c v1.0.0 (\n\t)\n)\n")
                                        << u"2:2: error: usage: require module/path v1.2.3"_s;
    QTest::addRow("lone CR line endings")
        << QByteArray("module m\rgo 1.21\r") << u"1:1: error: usage: module module/path"_s;
    QTest::addRow("invalid UTF-8 in a path") << QByteArray("module ex\xff\xfe.com/m\n") << QString();
}

void TestModSyntax::hostileInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, firstDiagnostic);
    const gmd::GoModFile f = gmd::parseGoMod(input);
    QVERIFY(f.diagnostics.size() <= gmd::modsyntax::kMaxDiagnostics + 1);
    const QStringList diags = gomodtest::dumpDiagnostics(f.diagnostics);
    if (firstDiagnostic.isEmpty())
        QCOMPARE(diags, QStringList {});
    else if (firstDiagnostic == u"*"_s)
        QVERIFY(!f.ok());
    else
        QVERIFY2(diags.value(0).startsWith(firstDiagnostic), qPrintable(diags.value(0).left(200)));
    // The other entry points share the syntax layer; the big inputs are parsed once only, to keep
    // the debug-build test quick.
    if (input.size() <= 1024 * 1024) {
        const gmd::GoModFile lax = gmd::parseGoMod(input, u"go.mod"_s, gmd::ModParseMode::Lax);
        QVERIFY(lax.diagnostics.size() <= gmd::modsyntax::kMaxDiagnostics + 1);
        const gmd::GoWorkFile w = gmd::parseGoWork(input);
        QVERIFY(w.diagnostics.size() <= gmd::modsyntax::kMaxDiagnostics + 1);
    }
}

void TestModSyntax::tenMegabyteRequireBlock()
{
    QByteArray text = "module example.com/big\n\ngo 1.22\n\nrequire (\n";
    int n = 0;
    while (text.size() < kTenMegabytes) {
        text += "\texample.com/dependency/number" + QByteArray::number(n) + " v1.2." + QByteArray::number(n)
            + (n % 2 ? " // indirect\n" : "\n");
        ++n;
    }
    text += ")\n";
    const gmd::GoModFile f = gmd::parseGoMod(text);
    QVERIFY(f.diagnostics.isEmpty());
    QCOMPARE(f.requirements.size(), n);
    QCOMPARE(f.requirements.last().version, u"v1.2.%1"_s.arg(n - 1));
    QCOMPARE(f.requirements.last().indirect, (n - 1) % 2 == 1);
    QCOMPARE(f.requirements.last().location.line, 5 + n);
}

void TestModSyntax::tooManyDiagnosticsEndWithNote()
{
    const gmd::GoModFile f = gmd::parseGoMod(repeatTo("foo\n", 4 * 1000));
    QCOMPARE(f.diagnostics.size(), gmd::modsyntax::kMaxDiagnostics + 1);
    QCOMPARE(f.diagnostics.last().level, gmd::DiagnosticLevel::Note);
    QCOMPARE(
        f.diagnostics.last().message, u"%1 more diagnostics not shown"_s.arg(1000 - gmd::modsyntax::kMaxDiagnostics));
}

QTEST_GUILESS_MAIN(TestModSyntax)
#include "tst_modsyntax.moc"
