// SPDX-License-Identifier: MIT
// go.sum parsing (cmd/go/internal/modfetch readGoSum) and the coverage of a go.mod's
// requirements by a go.sum (what `go mod download` needs without asking the checksum database).
#include "gomod/gosumcoverage.h"
#include "gomoddump.h"
#include "testutil/testutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr char kHashA[] = "h1:ypeBEsobvcr6wjGzmiPcTaeG7/gUfE5yuYB3ha/uSLs=";
constexpr char kHashB[] = "h1:PiPoFgA5WUoziU9lZOGxNIu9egCI1CxKy3PurtWcAJ0=";

QByteArray sumLine(const char* path, const char* version, const char* hash = kHashA)
{
    return QByteArray(path) + ' ' + version + ' ' + hash + '\n';
}

QStringList dumpLines(const gmd::GoSumFile& f)
{
    QStringList out;
    for (const gmd::GoSumLine& l : f.lines) {
        out.append(QString::number(l.line) + u": "_s + l.path + u' ' + l.version
            + (l.goModOnly ? u" go.mod"_s : QString()) + u' ' + l.hash.left(6));
    }
    return out;
}

QStringList names(const QList<gmd::ModRequire>& list)
{
    QStringList out;
    for (const gmd::ModRequire& r : list)
        out.append(r.path + u'@' + r.version);
    return out;
}

} // namespace

class TestGoSum : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void lookups();
    void coverage_data();
    void coverage();
    void kubernetesLikeCoverage();
};

void TestGoSum::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QStringList>("diagnostics");

    QTest::addRow("zip and go.mod lines")
        << (sumLine("example.com/a", "v1.0.0") + sumLine("example.com/a", "v1.0.0/go.mod", kHashB))
        << QStringList { u"1: example.com/a v1.0.0 h1:ype"_s, u"2: example.com/a v1.0.0 go.mod h1:PiP"_s }
        << QStringList {};
    QTest::addRow("blank lines, CRLF, tabs and no final newline")
        << QByteArray("\nexample.com/a v1.0.0 ") + kHashA + "\r\n\r\n  \t\nexample.com/b\tv2.0.0+incompatible/go.mod\t"
            + kHashB
        << QStringList { u"2: example.com/a v1.0.0 h1:ype"_s, u"5: example.com/b v2.0.0+incompatible go.mod h1:PiP"_s }
        << QStringList {};
    QTest::addRow("pseudo-version") << sumLine("example.com/a", "v0.0.0-20191109021931-daa7c04131f5")
                                    << QStringList { u"1: example.com/a v0.0.0-20191109021931-daa7c04131f5 h1:ype"_s }
                                    << QStringList {};
    QTest::addRow("empty file") << QByteArray() << QStringList {} << QStringList {};
    // Rows that must fail or warn.
    QTest::addRow("wrong number of fields is the go command's fatal error")
        << (QByteArray("example.com/a v1.0.0\n") + sumLine("example.com/b", "v1.0.0") + "x y z w\n")
        << QStringList { u"2: example.com/b v1.0.0 h1:ype"_s }
        << QStringList { u"1:1: error: wrong number of fields 2"_s, u"3:1: error: wrong number of fields 4"_s };
    QTest::addRow("empty go.mod checksum is dropped")
        << sumLine("example.com/a", "v1.0.0/go.mod", "h1:G7mAYYxgmS0lVkHyy2hEOLQCFB0DlQFTMLWggykrydY=")
        << QStringList {}
        << QStringList { u"1:1: note: the go command drops this line: it is the checksum of an empty go.mod, written "
                         "by an old go command bug"_s };
    QTest::addRow("unknown hash algorithm")
        << sumLine("example.com/a", "v1.0.0", "h2:abc") << QStringList { u"1: example.com/a v1.0.0 h2:abc"_s }
        << QStringList { u"1:1: warning: checksum \"h2:abc\" is not an h1: hash: the go command ignores it"_s };
    QTest::addRow("malformed h1 hash")
        << sumLine("example.com/a", "v1.0.0", "h1:not-base64") << QStringList { u"1: example.com/a v1.0.0 h1:not"_s }
        << QStringList { u"1:1: warning: malformed h1: checksum \"h1:not-base64\": verifying a download against it "
                         "fails with a checksum mismatch"_s };
    QTest::addRow("version is not semver")
        << sumLine("example.com/a", "master/go.mod") << QStringList { u"1: example.com/a master go.mod h1:ype"_s }
        << QStringList { u"1:1: warning: version \"master/go.mod\" is not a semantic version: the go command never "
                         "looks this line up"_s };
    QTest::addRow("BOM hides the first line from the go command")
        << QByteArray("\xEF\xBB\xBF") + sumLine("example.com/a", "v1.0.0")
        << QStringList { u"1: example.com/a v1.0.0 h1:ype"_s }
        << QStringList { u"1:1: warning: go.sum starts with a UTF-8 byte order mark: the go command does not strip it, "
                         "so the checksum on line 1 is never found"_s };
    QTest::addRow("binary junk") << QByteArray("\x00\x01\x02 \xff\xfe\n", 7) << QStringList {}
                                 << QStringList { u"1:1: error: wrong number of fields 2"_s };
}

void TestGoSum::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, lines);
    QFETCH(QStringList, diagnostics);
    const gmd::GoSumFile f = gmd::parseGoSum(input);
    QCOMPARE(gomodtest::dumpDiagnostics(f.diagnostics), diagnostics);
    QCOMPARE(dumpLines(f), lines);
    QCOMPARE(f.ok(), diagnostics.filter(u": error: "_s).isEmpty());
}

void TestGoSum::lookups()
{
    const gmd::GoSumFile f =
        gmd::parseGoSum(sumLine("example.com/a", "v1.0.0") + sumLine("example.com/b", "v1.0.0/go.mod"));
    QVERIFY(f.hasModule(u"example.com/a"_s, u"v1.0.0"_s));
    QVERIFY(!f.hasGoMod(u"example.com/a"_s, u"v1.0.0"_s));
    QVERIFY(f.hasGoMod(u"example.com/b"_s, u"v1.0.0"_s));
    QVERIFY(!f.hasModule(u"example.com/b"_s, u"v1.0.0"_s));
    QVERIFY(!f.hasModule(u"example.com/a"_s, u"v1.0.1"_s));
}

void TestGoSum::coverage_data()
{
    QTest::addColumn<QByteArray>("gomod");
    QTest::addColumn<QByteArray>("gosum");
    QTest::addColumn<QStringList>("missingGoMod");
    QTest::addColumn<QStringList>("missingZip");

    const QByteArray both = sumLine("example.com/a", "v1.0.0") + sumLine("example.com/a", "v1.0.0/go.mod");
    QTest::addRow("complete") << QByteArray("module m\nrequire example.com/a v1.0.0\n") << both << QStringList {}
                              << QStringList {};
    QTest::addRow("SUMDB-1 empty go.sum: direct needs both")
        << QByteArray("module m\nrequire example.com/a v1.0.0\n") << QByteArray()
        << QStringList { u"example.com/a@v1.0.0"_s } << QStringList { u"example.com/a@v1.0.0"_s };
    QTest::addRow("indirect needs only its go.mod line")
        << QByteArray("module m\nrequire example.com/b v1.0.0 // indirect\n")
        << sumLine("example.com/b", "v1.0.0/go.mod") << QStringList {} << QStringList {};
    QTest::addRow("SUMDB-1 indirect without go.mod line")
        << QByteArray("module m\nrequire example.com/b v1.0.0 // indirect\n") << sumLine("example.com/b", "v1.0.0")
        << QStringList { u"example.com/b@v1.0.0"_s } << QStringList {};
    QTest::addRow("SUMDB-1 other version does not count")
        << QByteArray("module m\nrequire example.com/a v1.0.1\n") << both << QStringList { u"example.com/a@v1.0.1"_s }
        << QStringList { u"example.com/a@v1.0.1"_s };
    QTest::addRow("local replacement is exempt")
        << QByteArray("module m\nrequire example.com/a v1.0.0\nreplace example.com/a => ../a\n") << QByteArray()
        << QStringList {} << QStringList {};
    QTest::addRow("version-specific local replacement is exempt")
        << QByteArray("module m\nrequire example.com/a v1.0.0\nreplace example.com/a v1.0.0 => ./a\n") << QByteArray()
        << QStringList {} << QStringList {};
    QTest::addRow("SUMDB-1 local replacement of another version does not apply")
        << QByteArray("module m\nrequire example.com/a v1.0.0\nreplace example.com/a v0.9.0 => ./a\n") << QByteArray()
        << QStringList { u"example.com/a@v1.0.0"_s } << QStringList { u"example.com/a@v1.0.0"_s };
    QTest::addRow("SUMDB-1 module replacement needs the target's lines")
        << QByteArray("module m\nrequire example.com/a v1.0.0\nreplace example.com/a => example.com/fork v1.0.5\n")
        << both << QStringList { u"example.com/fork@v1.0.5"_s } << QStringList { u"example.com/fork@v1.0.5"_s };
    QTest::addRow("excluded version is exempt")
        << QByteArray("module m\nrequire example.com/a v1.0.0\nexclude example.com/a v1.0.0\n") << QByteArray()
        << QStringList {} << QStringList {};
}

void TestGoSum::coverage()
{
    QFETCH(QByteArray, gomod);
    QFETCH(QByteArray, gosum);
    QFETCH(QStringList, missingGoMod);
    QFETCH(QStringList, missingZip);
    const gmd::GoModFile mod = gmd::parseGoMod(gomod);
    QVERIFY(mod.ok());
    const gmd::GoSumCoverage c = gmd::goSumCoverage(mod, gmd::parseGoSum(gosum));
    QCOMPARE(names(c.missingGoMod), missingGoMod);
    QCOMPARE(names(c.missingZip), missingZip);
    QCOMPARE(c.complete(), missingGoMod.isEmpty() && missingZip.isEmpty());
}

void TestGoSum::kubernetesLikeCoverage()
{
    const QString dir = gmdtest::testDataDir() + u"/gomod/"_s;
    const gmd::GoModFile mod = gmd::parseGoMod(gmdtest::readFile(dir + u"kubernetes-like.go.mod"_s));
    const gmd::GoSumFile sum = gmd::parseGoSum(gmdtest::readFile(dir + u"kubernetes-like.go.sum"_s));
    QVERIFY(mod.ok());
    QVERIFY2(sum.diagnostics.isEmpty(), qPrintable(gomodtest::dumpDiagnostics(sum.diagnostics).join(u'\n')));
    QCOMPARE(sum.lines.size(), 35);
    const gmd::GoSumCoverage c = gmd::goSumCoverage(mod, sum);
    QCOMPARE(names(c.missingGoMod),
        (QStringList { u"github.com/Microsoft/go-winio@v0.6.2"_s,
            u"github.com/golang/groupcache@v0.0.0-20210331224755-41bb18bfe9da"_s }));
    QCOMPARE(
        names(c.missingZip), (QStringList { u"github.com/google/cel-go@v0.22.1"_s, u"sigs.k8s.io/yaml@v1.4.0"_s }));
    // The entry keeps the require line's position, so a report can point at it.
    QCOMPARE(c.missingZip.first().location.line, 21);
}

QTEST_GUILESS_MAIN(TestGoSum)
#include "tst_gosum.moc"
