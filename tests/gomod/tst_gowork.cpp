// SPDX-License-Identifier: MIT
// go.work parsing (modfile/work.go): the go.mod grammar with the verbs go, toolchain, godebug,
// use and replace. Error texts were checked against `go work edit -json`.
#include "gomod/goworkfile.h"
#include "gomoddump.h"
#include "testutil/testutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestGoWork : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void fixture();
};

void TestGoWork::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("model");
    QTest::addColumn<QStringList>("diagnostics");

    QTest::addRow("use single and block, replace")
        << QByteArray("go 1.22\n\nuse (\n\t.\n\t./tools\n\t\"./with space\"\n)\nuse ../other\n"
                      "replace example.com/a => ../a\nreplace example.com/b v1.0.0 => example.com/c v1.1.0\n")
        << QStringList { u"go 1.22 @1:1"_s, u"use . @4:2"_s, u"use ./tools @5:2"_s, u"use ./with space @6:2"_s,
               u"use ../other @8:1"_s, u"replace example.com/a => ../a (local) @9:1"_s,
               u"replace example.com/b v1.0.0 => example.com/c v1.1.0 @10:1"_s }
        << QStringList {};
    QTest::addRow("toolchain and godebug")
        << QByteArray("go 1.23.0\ntoolchain go1.23.4\ngodebug (\n\tpanicnil=1\n)\ngodebug x509sha1=1\n")
        << QStringList { u"go 1.23.0 @1:1"_s, u"toolchain go1.23.4 @2:1"_s, u"godebug panicnil=1 @4:2"_s,
               u"godebug x509sha1=1 @6:1"_s }
        << QStringList {};
    QTest::addRow("CRLF and comments") << QByteArray("// ws\r\ngo 1.21 // lang\r\nuse ( // dirs\r\n\t./a // a\r\n)\r\n")
                                       << QStringList { u"go 1.21 @2:1"_s, u"use ./a @4:2"_s } << QStringList {};
    QTest::addRow("empty file") << QByteArray() << QStringList {} << QStringList {};
    // Rows that must fail.
    QTest::addRow("require is not a go.work directive")
        << QByteArray("go 1.19\nrequire a v1.0.0\n") << QStringList { u"go 1.19 @1:1"_s }
        << QStringList { u"2:1: error: unknown directive: require"_s };
    QTest::addRow("module is not a go.work directive") << QByteArray("module example.com/m\n") << QStringList {}
                                                       << QStringList { u"1:1: error: unknown directive: module"_s };
    QTest::addRow("require block is unknown")
        << QByteArray("go 1.19\nrequire (\n\ta v1.0.0\n)\n") << QStringList { u"go 1.19 @1:1"_s }
        << QStringList { u"2:1: error: unknown block type: require"_s };
    QTest::addRow("use with two arguments")
        << QByteArray("use a b\n") << QStringList {} << QStringList { u"1:1: error: usage: use local/dir"_s };
    QTest::addRow("use in block with two arguments")
        << QByteArray("use (\n\ta b\n)\n") << QStringList {} << QStringList { u"2:2: error: usage: use local/dir"_s };
    QTest::addRow("use with bad quoting")
        << QByteArray("use 'a'\n") << QStringList {}
        << QStringList { u"1:1: error: invalid quoted string: unquoted string cannot contain quote"_s };
    QTest::addRow("unterminated use block names go.work")
        << QByteArray("go 1.19\nuse (\n\t./a\n") << QStringList { u"go 1.19 @1:1"_s, u"use ./a @3:2"_s }
        << QStringList { u"4:1: error: syntax error (unterminated block started at go.work:2:1)"_s };
    QTest::addRow("go.work has no lax go line")
        << QByteArray("go 1.21-custom\n") << QStringList {}
        << QStringList { u"1:1: error: invalid go version '1.21-custom': must match format 1.23.0"_s };
    QTest::addRow("repeated go") << QByteArray("go 1.21\ngo 1.22\n") << QStringList { u"go 1.21 @1:1"_s }
                                 << QStringList { u"2:1: error: repeated go statement"_s };
    QTest::addRow("invalid toolchain") << QByteArray("toolchain local\n") << QStringList {}
                                       << QStringList { u"1:1: error: invalid toolchain version 'local': must match "
                                                        "format go1.23.0 or default"_s };
    QTest::addRow("replace to module without version")
        << QByteArray("replace a.b/c => d.e/f\n") << QStringList {}
        << QStringList { u"1:1: error: replacement module without version must be directory path (rooted or starting "
                         "with . or ..)"_s };
    QTest::addRow("conflicting workspace replacements")
        << QByteArray("replace a.b/c => ./x\nreplace a.b/c => ./y\n")
        << QStringList { u"replace a.b/c => ./x (local) @1:1"_s, u"replace a.b/c => ./y (local) @2:1"_s }
        << QStringList { u"2:1: error: conflicting replacements for a.b/c:\n\t./x\n\t./y"_s };
    QTest::addRow("BOM") << QByteArray("\xEF\xBB\xBFgo 1.21\n") << QStringList { u"go 1.21 @1:1"_s }
                         << QStringList { u"1:1: error: unexpected input character '\\ufeff'"_s };
    QTest::addRow("unbalanced parentheses")
        << QByteArray("use (\n\t./a\n))\n") << QStringList { u"use ./a @2:2"_s }
        << QStringList { u"3:3: error: syntax error (expected newline after closing paren)"_s };
}

void TestGoWork::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, model);
    QFETCH(QStringList, diagnostics);
    const gmd::GoWorkFile f = gmd::parseGoWork(input);
    QCOMPARE(gomodtest::dumpDiagnostics(f.diagnostics), diagnostics);
    QCOMPARE(gomodtest::dump(f), model);
    QCOMPARE(f.ok(), diagnostics.filter(u": error: "_s).isEmpty());
    QCOMPARE(f.fileName, u"go.work"_s);
}

void TestGoWork::fixture()
{
    const QString path = gmdtest::testDataDir() + u"/gomod/monorepo.go.work"_s;
    const QByteArray bytes = gmdtest::readFile(path);
    QVERIFY2(!bytes.isEmpty(), qPrintable(path));
    const gmd::GoWorkFile f = gmd::parseGoWork(bytes, path);
    QVERIFY2(f.diagnostics.isEmpty(), qPrintable(gomodtest::dumpDiagnostics(f.diagnostics).join(u'\n')));
    QCOMPARE(f.goVersion, u"1.23.0"_s);
    QCOMPARE(f.toolchain, u"go1.23.6"_s);
    QCOMPARE(f.godebug.size(), 1);
    QStringList dirs;
    for (const gmd::WorkUse& u : f.uses)
        dirs.append(u.dir);
    QCOMPARE(dirs,
        (QStringList { u"."_s, u"./services/api"_s, u"./services/worker"_s, u"./libs/auth"_s, u"./libs/with space"_s,
            u"../shared-tools"_s }));
    QCOMPARE(f.uses.at(2).location.toString(), path + u":13:2"_s);
    QCOMPARE(f.replaces.size(), 2);
    QVERIFY(f.replaces.at(0).localPath);
    QCOMPARE(f.replaces.at(1).newVersion, u"v1.4.1"_s);
}

QTEST_GUILESS_MAIN(TestGoWork)
#include "tst_gowork.moc"
