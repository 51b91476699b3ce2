// SPDX-License-Identifier: MIT
// go.mod parsing: the modfile grammar (read.go) and directive rules (rule.go). Expected error
// texts were checked against the go command (`go mod edit -json`), except the go-line format
// text, which Go >= 1.21 prints as "must match format 1.23.0".
#include "gomod/gomodfile.h"
#include "gomoddump.h"
#include "testutil/testutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmd::ModParseMode;

class TestGoMod : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void errors_data();
    void errors();
    void diagnosticCarriesSourceLine();
    void replacementFor();
    void kubernetesLikeFixture();
};

void TestGoMod::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QStringList>("model");
    QTest::addColumn<QStringList>("diagnostics");
    const int strict = int(ModParseMode::Strict);
    const int lax = int(ModParseMode::Lax);

    QTest::addRow("minimal") << QByteArray("module example.com/m\n\ngo 1.21\n") << strict
                             << QStringList { u"module example.com/m @1:1"_s, u"go 1.21 @3:1"_s } << QStringList {};
    QTest::addRow("no trailing newline") << QByteArray("module example.com/m\ngo 1.22.3") << strict
                                         << QStringList { u"module example.com/m @1:1"_s, u"go 1.22.3 @2:1"_s }
                                         << QStringList {};
    QTest::addRow("quoted module path") << QByteArray("module \"example.com/m\"\n") << strict
                                        << QStringList { u"module example.com/m @1:1"_s } << QStringList {};
    QTest::addRow("quoted module path with escape") << QByteArray("module \"example.com/\\x6d\"\n") << strict
                                                    << QStringList { u"module example.com/m @1:1"_s } << QStringList {};
    QTest::addRow("go line rc and patch")
        << QByteArray("go 1.21rc1\n") << strict << QStringList { u"go 1.21rc1 @1:1"_s } << QStringList {};
    QTest::addRow("deprecated comment above module")
        << QByteArray("// Deprecated: use example.com/n instead.\nmodule example.com/m\n") << strict
        << QStringList { u"module example.com/m @2:1"_s, u"deprecated: use example.com/n instead."_s }
        << QStringList {};
    QTest::addRow("deprecated suffix comment")
        << QByteArray("module example.com/m // Deprecated: gone\n") << strict
        << QStringList { u"module example.com/m @1:1"_s, u"deprecated: gone"_s } << QStringList {};
    QTest::addRow("deprecated second paragraph, two lines")
        << QByteArray("// Old module.\n//\n// Deprecated: moved\n// to n.\nmodule m\n") << strict
        << QStringList { u"module m @5:1"_s, u"deprecated: moved\nto n."_s } << QStringList {};
    QTest::addRow("deprecated ends at paragraph")
        << QByteArray("// Deprecated: moved.\n//\n// More text.\nmodule m\n") << strict
        << QStringList { u"module m @4:1"_s, u"deprecated: moved."_s } << QStringList {};
    QTest::addRow("not deprecated: blank line before module") << QByteArray("// Deprecated: x\n\nmodule m\n") << strict
                                                              << QStringList { u"module m @3:1"_s } << QStringList {};
    QTest::addRow("not deprecated: lower case")
        << QByteArray("// deprecated: x\nmodule m\n") << strict << QStringList { u"module m @2:1"_s } << QStringList {};
    QTest::addRow("not deprecated: mid-paragraph") << QByteArray("// See below. Deprecated: x\nmodule m\n") << strict
                                                   << QStringList { u"module m @2:1"_s } << QStringList {};
    QTest::addRow("toolchain and godebug single and block")
        << QByteArray(
               "go 1.23\ntoolchain go1.23.4\ngodebug default=go1.21\ngodebug (\n\tpanicnil=1\n\tasynctimerchan=0\n)\n")
        << strict
        << QStringList { u"go 1.23 @1:1"_s, u"toolchain go1.23.4 @2:1"_s, u"godebug default=go1.21 @3:1"_s,
               u"godebug panicnil=1 @5:2"_s, u"godebug asynctimerchan=0 @6:2"_s }
        << QStringList {};
    QTest::addRow("toolchain default") << QByteArray("toolchain default\n") << strict
                                       << QStringList { u"toolchain default @1:1"_s } << QStringList {};
    QTest::addRow("require single line and block, indirect variants")
        << QByteArray("module m\n"
                      "require a.example/x v1.0.0\n"
                      "require (\n"
                      "\tb.example/y v1.2.3 // indirect\n"
                      "\tc.example/z v0.0.0-20191109021931-daa7c04131f5 // indirect; keep\n"
                      "\td.example/w/v2 v2.0.1 //indirect\n"
                      "\te.example/q v2.0.0+incompatible // indirect;\n"
                      "\t\"f.example/quoted\" \"v1.0.0\"\n"
                      "\tgopkg.in/yaml.v3 v3.0.1 // not indirect\n"
                      ")\n")
        << strict
        << QStringList { u"module m @1:1"_s, u"require a.example/x v1.0.0 @2:1"_s,
               u"require b.example/y v1.2.3 indirect @4:2"_s,
               u"require c.example/z v0.0.0-20191109021931-daa7c04131f5 indirect @5:2"_s,
               u"require d.example/w/v2 v2.0.1 indirect @6:2"_s, u"require e.example/q v2.0.0+incompatible @7:2"_s,
               u"require f.example/quoted v1.0.0 @8:2"_s, u"require gopkg.in/yaml.v3 v3.0.1 @9:2"_s }
        << QStringList {};
    QTest::addRow("block header without space") << QByteArray("require(\n\ta.b/c v1.0.0\n)\n") << strict
                                                << QStringList { u"require a.b/c v1.0.0 @2:2"_s } << QStringList {};
    QTest::addRow("gopkg.in v1 pseudo-version bug is allowed")
        << QByteArray("require gopkg.in/check.v1 v0.0.0-20161208181325-20d25e280405\n") << strict
        << QStringList { u"require gopkg.in/check.v1 v0.0.0-20161208181325-20d25e280405 @1:1"_s } << QStringList {};
    QTest::addRow("replace forms") << QByteArray("replace a.example/x => ../x\n"
                                                 "replace a.example/y v1.0.0 => b.example/y v1.1.0\n"
                                                 "replace (\n"
                                                 "\tc.example/z => /abs/z\n"
                                                 "\td.example/w v1.2.3 => ./w\n"
                                                 "\te.example/v => .\n"
                                                 ")\n")
                                   << strict
                                   << QStringList { u"replace a.example/x => ../x (local) @1:1"_s,
                                          u"replace a.example/y v1.0.0 => b.example/y v1.1.0 @2:1"_s,
                                          u"replace c.example/z => /abs/z (local) @4:2"_s,
                                          u"replace d.example/w v1.2.3 => ./w (local) @5:2"_s,
                                          u"replace e.example/v => . (local) @6:2"_s }
                                   << QStringList {};
    QTest::addRow("exclude single and block")
        << QByteArray("exclude a.b/c v1.0.0\nexclude (\n\ta.b/c v1.0.1\n)\n") << strict
        << QStringList { u"exclude a.b/c v1.0.0 @1:1"_s, u"exclude a.b/c v1.0.1 @3:2"_s } << QStringList {};
    QTest::addRow("retract single, interval, rationale from line and block")
        << QByteArray("module example.com/m\n"
                      "retract v1.0.0 // published by mistake\n"
                      "retract [v1.1.0, v1.2.0]\n"
                      "// Reason above.\n"
                      "retract v1.3.0\n"
                      "// Whole block reason.\n"
                      "retract (\n"
                      "\tv1.4.0\n"
                      "\tv1.5.0 // own reason\n"
                      "\t[v1.6.0, v1.6.9]\n"
                      ")\n")
        << strict
        << QStringList { u"module example.com/m @1:1"_s, u"retract v1.0.0 (published by mistake) @2:1"_s,
               u"retract [v1.1.0, v1.2.0] @3:1"_s, u"retract v1.3.0 (Reason above.) @5:1"_s,
               u"retract v1.4.0 (Whole block reason.) @8:2"_s, u"retract v1.5.0 (own reason) @9:2"_s,
               u"retract [v1.6.0, v1.6.9] (Whole block reason.) @10:2"_s }
        << QStringList {};
    QTest::addRow("tool and ignore (Go 1.24, 1.25)")
        << QByteArray("tool golang.org/x/tools/cmd/stringer\ntool (\n\texample.com/gen\n)\nignore ./node_modules\n")
        << strict
        << QStringList { u"tool golang.org/x/tools/cmd/stringer"_s, u"tool example.com/gen"_s,
               u"ignore ./node_modules"_s }
        << QStringList {};
    QTest::addRow("CRLF line endings") << QByteArray(
        "module m\r\n\r\ngo 1.21\r\nrequire (\r\n\ta.b/c v1.0.0 // indirect\r\n)\r\n")
                                       << strict
                                       << QStringList { u"module m @1:1"_s, u"go 1.21 @3:1"_s,
                                              u"require a.b/c v1.0.0 indirect @5:2"_s }
                                       << QStringList {};
    QTest::addRow("comments everywhere") << QByteArray(
        "// file comment\n\nmodule m // trailing\n// before require\nrequire ( // after paren\n"
        "\t// inside\n\n\ta.b/c v1.0.0 // indirect\n\t// before close\n) // after close\n// end\n")
                                         << strict
                                         << QStringList { u"module m @3:1"_s, u"require a.b/c v1.0.0 indirect @8:2"_s }
                                         << QStringList {};
    QTest::addRow("empty blocks") << QByteArray("require ()\nreplace (\n)\n") << strict << QStringList {}
                                  << QStringList {};
    QTest::addRow("non-ASCII column counts UTF-16 units")
        << QByteArray("// \xc3\xa9\nrequire (\n\t\"a.b/c\" v1.0.0\n)\n") << strict
        << QStringList { u"require a.b/c v1.0.0 @3:2"_s } << QStringList {};
    QTest::addRow("non-canonical version is canonicalised with a warning")
        << QByteArray("require a.b/c v1.2\n") << strict << QStringList { u"require a.b/c v1.2.0 @1:1"_s }
        << QStringList { u"1:1: warning: require a.b/c: version \"v1.2\" is not canonical (v1.2.0): the go command "
                         "resolves it with a module query over the network and must rewrite the file"_s };
    QTest::addRow("BOM is the go command's error, the rest still parses")
        << QByteArray("\xEF\xBB\xBFmodule m\n") << strict << QStringList { u"module m @1:1"_s }
        << QStringList { u"1:1: error: unexpected input character '\\ufeff'"_s };
    QTest::addRow("recovery after a syntax error")
        << QByteArray("module \"x\nrequire a.b/c v1.0.0\n") << strict << QStringList { u"require a.b/c v1.0.0 @2:1"_s }
        << QStringList { u"1:10: error: unexpected newline in string"_s };
    QTest::addRow("lax: unknown directive is a warning, main-module directives skipped")
        << QByteArray("module m\nfoo bar\nreplace a => b\nexclude a v1\ntoolchain bad\nrequire a.b/c v1.0.0\n") << lax
        << QStringList { u"module m @1:1"_s, u"require a.b/c v1.0.0 @6:1"_s }
        << QStringList { u"2:1: warning: unknown directive: foo"_s };
    QTest::addRow("lax: unknown block is a warning")
        << QByteArray("module m\nfuture (\n\tx\n)\n") << lax << QStringList { u"module m @1:1"_s }
        << QStringList { u"2:1: warning: unknown block type: future"_s };
    QTest::addRow("lax: go line with suffix is accepted")
        << QByteArray("go 1.21-custom\n") << lax << QStringList { u"go 1.21 @1:1"_s } << QStringList {};
    QTest::addRow("lax: retract errors are ignored")
        << QByteArray("module m\nretract [v1.0.0\nretract v1.0.0 extra\nretract master\n") << lax
        << QStringList { u"module m @1:1"_s, u"retract v1.0.0 @3:1"_s, u"retract master @4:1"_s } << QStringList {};
}

void TestGoMod::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(int, mode);
    QFETCH(QStringList, model);
    QFETCH(QStringList, diagnostics);
    const gmd::GoModFile f = gmd::parseGoMod(input, u"go.mod"_s, ModParseMode(mode));
    QCOMPARE(gomodtest::dumpDiagnostics(f.diagnostics), diagnostics);
    QCOMPARE(gomodtest::dump(f), model);
    QCOMPARE(f.fileName, u"go.mod"_s);
}

void TestGoMod::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("diagnostics");
    auto row = [](const char* name, const char* input, const QStringList& diags) {
        QTest::addRow("%s", name) << QByteArray(input) << diags;
    };
    // Syntax (read.go).
    row("unterminated block", "module x\nrequire (\n\ta v1.0.0\n",
        { u"4:1: error: syntax error (unterminated block started at go.mod:2:1)"_s });
    row("unterminated block at EOF without newline", "require (\n\ta v1.0.0",
        { u"2:10: error: syntax error (unterminated block started at go.mod:1:1)"_s });
    row("text after closing paren", "module x\nrequire (\n) x\n",
        { u"3:4: error: syntax error (expected newline after closing paren)"_s });
    row("closing paren inside a line does not close the block", "require (\n\ta.b/c v1.0.0 )\n",
        { u"2:2: error: usage: require module/path v1.2.3"_s,
            u"3:1: error: syntax error (unterminated block started at go.mod:1:1)"_s });
    row("stray closing paren", ")\n", { u"1:1: error: unknown directive: )"_s });
    row("block comment", "module x /* c */\n",
        { u"1:10: error: mod files must use // comments (not /* */ comments)"_s });
    row("block comment inside a token", "module x/*c\n",
        { u"1:9: error: mod files must use // comments (not /* */ comments)"_s });
    row("unexpected newline in string", "module \"x\n", { u"1:10: error: unexpected newline in string"_s });
    row("unexpected EOF in string", "module \"x", { u"1:8: error: unexpected EOF in string"_s });
    row("unexpected EOF after backslash", "module \"x\\", { u"1:8: error: unexpected EOF in string"_s });
    row("control character", "module x\n\x01\n", { u"2:1: error: unexpected input character '\\x01'"_s });
    QTest::addRow("NUL byte") << QByteArray("module x\0y\n", 11)
                              << QStringList { u"1:9: error: unexpected input character '\\x00'"_s };
    row("no-break space", "module\xC2\xA0m\n", { u"1:7: error: unexpected input character '\\u00a0'"_s });
    row("one error per junk line", "\x01\x02\x03\n\x04\n",
        { u"1:1: error: unexpected input character '\\x01'"_s, u"2:1: error: unexpected input character '\\x04'"_s });
    // Verbs and blocks (rule.go).
    row("unknown directive", "module m\nfoo bar\n", { u"2:1: error: unknown directive: foo"_s });
    row("unknown block type", "module m\nfoo (\n\tx\n)\n", { u"2:1: error: unknown block type: foo"_s });
    row("block with two verbs", "require foo (\n)\n", { u"1:1: error: unknown block type: require foo"_s });
    row("go block is unknown", "go (\n\t1.21\n)\n", { u"1:1: error: unknown block type: go"_s });
    row("repeated module", "module a\nmodule b\n", { u"2:1: error: repeated module statement"_s });
    row("module without path", "module\n", { u"1:1: error: usage: module module/path"_s });
    row("module raw string", "module `x`\n",
        { u"1:1: error: invalid quoted string: unquoted string cannot contain quote"_s });
    row("module single quotes", "module 'x'\n",
        { u"1:1: error: invalid quoted string: unquoted string cannot contain quote"_s });
    row("module bad escape", "module \"ex\\q\"\n", { u"1:1: error: invalid quoted string: invalid syntax"_s });
    row("invalid go version", "go 1.x\n", { u"1:1: error: invalid go version '1.x': must match format 1.23.0"_s });
    row("go version with go prefix", "go go1.21\n",
        { u"1:1: error: invalid go version 'go1.21': must match format 1.23.0"_s });
    row("go version with leading zero", "go 1.021\n",
        { u"1:1: error: invalid go version '1.021': must match format 1.23.0"_s });
    row("go without version", "go\n", { u"1:1: error: go directive expects exactly one argument"_s });
    row("repeated go", "go 1.21\ngo 1.22\n", { u"2:1: error: repeated go statement"_s });
    row("invalid toolchain", "toolchain 1.21.0\n",
        { u"1:1: error: invalid toolchain version '1.21.0': must match format go1.23.0 or default"_s });
    row("repeated toolchain", "toolchain go1.21.0\ntoolchain go1.22.0\n",
        { u"2:1: error: repeated toolchain statement"_s });
    row("godebug without value", "godebug foo\n", { u"1:1: error: usage: godebug key=value"_s });
    row("godebug with comma", "godebug a=b,c=d\n", { u"1:1: error: usage: godebug key=value"_s });
    row("require with one argument", "module m\nrequire a.b/c\n",
        { u"2:1: error: usage: require module/path v1.2.3"_s });
    row("exclude in block with one argument", "exclude (\n\ta.b/c\n)\n",
        { u"2:2: error: usage: exclude module/path v1.2.3"_s });
    row("version is a branch name", "require a.b/c master\n",
        { u"1:1: error: require a.b/c: version \"master\" invalid: must be of the form v1.2.3"_s });
    row("version without v", "require a.b/c 1.2.3\n",
        { u"1:1: error: require a.b/c: version \"1.2.3\" invalid: must be of the form v1.2.3"_s });
    row("version with leading zero", "require a.b/c v1.02.3\n",
        { u"1:1: error: require a.b/c: version \"v1.02.3\" invalid: must be of the form v1.2.3"_s });
    row("quoted version with bad escape", "require a \"v1.0.0\\q\"\n",
        { u"1:1: error: require a: version \"\\\"v1.0.0\\\\q\\\"\" invalid: invalid syntax"_s });
    row("major version suffix mismatch", "require a.b/c/v2 v1.0.0\n",
        { u"1:1: error: require a.b/c/v2: version \"v1.0.0\" invalid: should be v2, not v1"_s });
    row("v2 without suffix", "require a.b/c v2.0.0\n",
        { u"1:1: error: require a.b/c: version \"v2.0.0\" invalid: should be v0 or v1, not v2"_s });
    row("gopkg.in major mismatch", "require gopkg.in/yaml.v2 v3.0.0\n",
        { u"1:1: error: require gopkg.in/yaml.v2: version \"v3.0.0\" invalid: should be v2, not v3"_s });
    row("path ending in /v1", "require a.b/c/v1 v1.0.0\n", { u"1:1: error: invalid module path"_s });
    row("exclude major mismatch in block", "exclude (\n\ta.b/c/v3 v2.0.0\n)\n",
        { u"2:2: error: exclude a.b/c/v3: version \"v2.0.0\" invalid: should be v3, not v2"_s });
    row("replace usage", "replace a.b/c\n",
        { u"1:1: error: usage: replace module/path [v1.2.3] => other/module v1.4\n\t or replace module/path [v1.2.3] "
          u"=> "
          "../local/directory"_s });
    row("replace to module without version", "replace a.b/c => d.e/f\n",
        { u"1:1: error: replacement module without version must be directory path (rooted or starting with . or ..)"_s });
    row("replace to path@version", "replace a.b/c => d.e/f@v1.0.0\n",
        { u"1:1: error: replacement module must match format 'path version', not 'path@version'"_s });
    row("replace directory with version", "replace a.b/c => ./f v1.0.0\n",
        { u"1:1: error: replacement module directory path \"./f\" cannot have version"_s });
    row("replace Windows path", "replace a.b/c => .\\f\n",
        { u"1:1: error: replacement directory appears to be Windows path (on a non-windows system)"_s });
    row("replace old version invalid", "replace a.b/c master => ./f\n",
        { u"1:1: error: replace a.b/c: version \"master\" invalid: must be of the form v1.2.3"_s });
    row("replace old path /v1", "replace a.b/c/v1 => ./f\n",
        { u"1:1: error: replace a.b/c/v1: invalid module path"_s });
    row("conflicting replacements", "replace a.b/c => ./x\nreplace a.b/c => ./y\n",
        { u"2:1: error: conflicting replacements for a.b/c:\n\t./x\n\t./y"_s });
    row("same replacement twice is fine",
        "replace a.b/c v1.0.0 => d.e/f v1.0.0\nreplace a.b/c v1.0.0 => d.e/f v1.0.0\n", {});
    row("retract without module", "retract v1.0.0\nretract v1.1.0\n",
        { u"1:1: error: no module directive found, so retract cannot be used"_s });
    row("retract without version", "module m\nretract\n", { u"2:1: error: expected '[' or version"_s });
    row("retract interval without comma", "module m\nretract [v1.0.0 v1.1.0]\n",
        { u"2:1: error: expected ',' after version"_s });
    row("retract interval unclosed", "module m\nretract [v1.0.0, v1.1.0\n",
        { u"2:1: error: expected ']' after version"_s });
    row("retract interval empty", "module m\nretract [\n", { u"2:1: error: expected version after '['"_s });
    row("retract interval missing high", "module m\nretract [v1.0.0,\n",
        { u"2:1: error: expected version after ','"_s });
    row("retract trailing token", "module m\nretract v1.0.0 extra\n",
        { u"2:1: error: unexpected token after version: \"extra\""_s });
    row("retract quoted bad escape", "module m\nretract \"v1\\q\"\n",
        { u"2:1: error: retract: version \"\\\"v1\\\\q\\\"\" invalid: invalid syntax"_s });
    row("retract invalid version", "module m\nretract master\n",
        { u"2:1: error: retract m: version \"master\" invalid: must be of the form v1.2.3"_s });
    row("retract invalid high bound", "module m\nretract [v1.0.0, latest]\n",
        { u"2:1: error: retract m: version \"latest\" invalid: must be of the form v1.2.3"_s });
    row("tool with two arguments", "tool a b\n", { u"1:1: error: tool directive expects exactly one argument"_s });
    row("ignore without argument", "ignore\n", { u"1:1: error: ignore directive expects exactly one argument"_s });
    row("several rule errors are all reported", "module m\ngo 1.x\nrequire a.b/c master\nfoo\n",
        { u"2:1: error: invalid go version '1.x': must match format 1.23.0"_s,
            u"3:1: error: require a.b/c: version \"master\" invalid: must be of the form v1.2.3"_s,
            u"4:1: error: unknown directive: foo"_s });
}

void TestGoMod::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, diagnostics);
    const gmd::GoModFile f = gmd::parseGoMod(input);
    QCOMPARE(gomodtest::dumpDiagnostics(f.diagnostics), diagnostics);
    QCOMPARE(f.ok(), diagnostics.isEmpty());
}

void TestGoMod::diagnosticCarriesSourceLine()
{
    const gmd::GoModFile f = gmd::parseGoMod("module m\r\nrequire (\r\n\ta.b/c master\r\n)\r\n", u"sub/go.mod"_s);
    QCOMPARE(f.diagnostics.size(), 1);
    const gmd::Diagnostic& d = f.diagnostics.first();
    QCOMPARE(d.location.toString(), u"sub/go.mod:3:2"_s);
    QCOMPARE(d.sourceLine, u"\ta.b/c master"_s);
    QVERIFY(d.format().startsWith(u"sub/go.mod:3:2: error: require a.b/c: version \"master\" invalid"_s));
}

void TestGoMod::replacementFor()
{
    const gmd::GoModFile f = gmd::parseGoMod("replace a.b/c => ./all\n"
                                             "replace a.b/c v1.0.0 => d.e/f v1.1.0\n"
                                             "replace x.y/z v2.0.0+incompatible => ../z\n");
    QVERIFY(f.ok());
    const gmd::ModReplace* exact = f.replacementFor(u"a.b/c"_s, u"v1.0.0"_s);
    QVERIFY(exact);
    QCOMPARE(exact->newPath, u"d.e/f"_s);
    const gmd::ModReplace* any = f.replacementFor(u"a.b/c"_s, u"v1.2.0"_s);
    QVERIFY(any);
    QCOMPARE(any->newPath, u"./all"_s);
    QVERIFY(any->localPath);
    QVERIFY(f.replacementFor(u"x.y/z"_s, u"v2.0.0+incompatible"_s));
    QVERIFY(!f.replacementFor(u"x.y/z"_s, u"v2.0.1+incompatible"_s));
    QVERIFY(!f.replacementFor(u"other/m"_s, u"v1.0.0"_s));
}

void TestGoMod::kubernetesLikeFixture()
{
    const QString path = gmdtest::testDataDir() + u"/gomod/kubernetes-like.go.mod"_s;
    const QByteArray bytes = gmdtest::readFile(path);
    QVERIFY2(!bytes.isEmpty(), qPrintable(path));
    const gmd::GoModFile f = gmd::parseGoMod(bytes, path);
    QVERIFY2(f.ok(), qPrintable(gomodtest::dumpDiagnostics(f.diagnostics).join(u'\n')));
    QVERIFY(f.diagnostics.isEmpty());
    QCOMPARE(f.modulePath, u"k8s.example.io/kubernetes"_s);
    QCOMPARE(f.goVersion, u"1.23.0"_s);
    QCOMPARE(f.toolchain, u"go1.23.6"_s);
    QCOMPARE(f.godebug.size(), 2);
    int direct = 0;
    int indirect = 0;
    for (const gmd::ModRequire& r : f.requirements)
        (r.indirect ? indirect : direct)++;
    QCOMPARE(direct, 14);
    QCOMPARE(indirect, 12);
    int local = 0;
    for (const gmd::ModReplace& r : f.replaces)
        local += r.localPath ? 1 : 0;
    QCOMPARE(f.replaces.size(), 10);
    QCOMPARE(local, 8);
    QCOMPARE(f.excludes.size(), 1);
    QCOMPARE(f.retracts.size(), 3);
    QCOMPARE(f.retracts.at(1).low, u"v1.30.0"_s);
    QCOMPARE(f.retracts.at(1).high, u"v1.30.2"_s);
    QCOMPARE(f.retracts.at(1).rationale, u"Published with a broken go.mod."_s);
    QCOMPARE(f.toolLines, QStringList { u"k8s.example.io/code-generator/cmd/deepcopy-gen"_s });
    const gmd::ModReplace* api = f.replacementFor(u"k8s.example.io/api"_s, u"v0.0.0"_s);
    QVERIFY(api);
    QCOMPARE(api->newPath, u"./staging/src/k8s.example.io/api"_s);
}

QTEST_GUILESS_MAIN(TestGoMod)
#include "tst_gomod.moc"
