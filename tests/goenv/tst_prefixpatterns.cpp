// SPDX-License-Identifier: MIT
// Go's path.Match, module.MatchPrefixPatterns (spec PRIV-1..3) and the H6 pattern lint.
// The path.Match rows are Go's own path/match_test.go cases plus byte-level quirks, each
// checked against Go 1.19.8's path.Match (unchanged up to go1.24.4).
#include "goenv/prefixpatterns.h"
#include "testutil/testutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QString kindName(gmd::PatternProblem::Kind kind)
{
    switch (kind) {
    case gmd::PatternProblem::Whitespace:
        return u"Whitespace"_s;
    case gmd::PatternProblem::Scheme:
        return u"Scheme"_s;
    case gmd::PatternProblem::GitSuffix:
        return u"GitSuffix"_s;
    case gmd::PatternProblem::Quote:
        return u"Quote"_s;
    case gmd::PatternProblem::CarriageReturn:
        return u"CarriageReturn"_s;
    case gmd::PatternProblem::UpperCase:
        return u"UpperCase"_s;
    case gmd::PatternProblem::Semicolon:
        return u"Semicolon"_s;
    case gmd::PatternProblem::Malformed:
        return u"Malformed"_s;
    case gmd::PatternProblem::Empty:
        return u"Empty"_s;
    }
    return {};
}

} // namespace

class TestPrefixPatterns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vectors_data();
    void vectors();
    void pathMatch_data();
    void pathMatch();
    void matchingGlob_data();
    void matchingGlob();
    void lint_data();
    void lint();
};

void TestPrefixPatterns::vectors_data()
{
    QTest::addColumn<QString>("patterns");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("expected");
    const gmdtest::TsvTable t = gmdtest::readTsv(gmdtest::vectorsDir() + u"/match_prefix_patterns.tsv"_s);
    if (!t.ok()) {
        QTest::addRow("vectors absent") << QString() << QString() << QString();
        return;
    }
    for (const QString& col : { u"patterns"_s, u"target"_s, u"expected"_s }) {
        if (t.column(col) < 0)
            QTest::addRow("vectors malformed: no column %s", qPrintable(col)) << QString() << QString() << QString();
    }
    for (int i = 0; i < t.rows.size(); ++i) {
        const QString shown = t.field(i, u"patterns"_s) + u" ~ "_s + t.field(i, u"target"_s);
        QTest::addRow("PRIV-2 %s", qPrintable(gmdtest::rowName(t, i, shown)))
            << t.field(i, u"patterns"_s) << t.field(i, u"target"_s) << t.field(i, u"expected"_s);
    }
}

void TestPrefixPatterns::vectors()
{
    if (QByteArray(QTest::currentDataTag()) == "vectors absent")
        QSKIP("vectors absent");
    QFETCH(QString, patterns);
    QFETCH(QString, target);
    QFETCH(QString, expected);
    QVERIFY2(expected == u"true"_s || expected == u"false"_s, qPrintable(u"bad expected value: "_s + expected));
    const bool want = expected == u"true"_s;
    QCOMPARE(gmd::matchPrefixPatterns(patterns, target), want);
    QCOMPARE(gmd::matchingGlob(patterns, target).isEmpty(), !want);
}

void TestPrefixPatterns::pathMatch_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("matched");
    QTest::addColumn<bool>("wellFormed");
    const auto row = [](const QString& pattern, const QString& name, bool matched, bool wellFormed) {
        QTest::addRow("path.Match %s ~ %s", qPrintable(pattern), qPrintable(name))
            << pattern << name << matched << wellFormed;
    };
    row(u"abc"_s, u"abc"_s, true, true);
    row(u"*"_s, u"abc"_s, true, true);
    row(u"*c"_s, u"abc"_s, true, true);
    row(u"a*"_s, u"a"_s, true, true);
    row(u"a*"_s, u"abc"_s, true, true);
    row(u"a*"_s, u"ab/c"_s, false, true);
    row(u"a*/b"_s, u"abc/b"_s, true, true);
    row(u"a*/b"_s, u"a/c/b"_s, false, true);
    row(u"a*b*c*d*e*/f"_s, u"axbxcxdxe/f"_s, true, true);
    row(u"a*b*c*d*e*/f"_s, u"axbxcxdxexxx/f"_s, true, true);
    row(u"a*b*c*d*e*/f"_s, u"axbxcxdxe/xxx/f"_s, false, true);
    row(u"a*b*c*d*e*/f"_s, u"axbxcxdxexxx/fff"_s, false, true);
    row(u"a*b?c*x"_s, u"abxbbxdbxebxczzx"_s, true, true);
    row(u"a*b?c*x"_s, u"abxbbxdbxebxczzy"_s, false, true);
    row(u"ab[c]"_s, u"abc"_s, true, true);
    row(u"ab[b-d]"_s, u"abc"_s, true, true);
    row(u"ab[e-g]"_s, u"abc"_s, false, true);
    row(u"ab[^c]"_s, u"abc"_s, false, true);
    row(u"ab[^b-d]"_s, u"abc"_s, false, true);
    row(u"ab[^e-g]"_s, u"abc"_s, true, true);
    row(u"a\\*b"_s, u"a*b"_s, true, true);
    row(u"a\\*b"_s, u"ab"_s, false, true);
    row(u"a?b"_s, u"a☺b"_s, true, true);
    row(u"a[^a]b"_s, u"a☺b"_s, true, true);
    row(u"a???b"_s, u"a☺b"_s, false, true);
    row(u"a[^a][^a][^a]b"_s, u"a☺b"_s, false, true);
    row(u"[a-ζ]*"_s, u"α"_s, true, true);
    row(u"*[a-ζ]"_s, u"A"_s, false, true);
    row(u"a?b"_s, u"a/b"_s, false, true);
    row(u"a*b"_s, u"a/b"_s, false, true);
    row(u"[\\]a]"_s, u"]"_s, true, true);
    row(u"[\\-]"_s, u"-"_s, true, true);
    row(u"[x\\-]"_s, u"x"_s, true, true);
    row(u"[x\\-]"_s, u"-"_s, true, true);
    row(u"[x\\-]"_s, u"z"_s, false, true);
    row(u"[\\-x]"_s, u"x"_s, true, true);
    row(u"[\\-x]"_s, u"-"_s, true, true);
    row(u"[\\-x]"_s, u"a"_s, false, true);
    row(u"[]a]"_s, u"]"_s, false, false);
    row(u"[-]"_s, u"-"_s, false, false);
    row(u"[x-]"_s, u"x"_s, false, false);
    row(u"[x-]"_s, u"-"_s, false, false);
    row(u"[x-]"_s, u"z"_s, false, false);
    row(u"[-x]"_s, u"x"_s, false, false);
    row(u"[-x]"_s, u"-"_s, false, false);
    row(u"[-x]"_s, u"a"_s, false, false);
    row(u"\\"_s, u"a"_s, false, false);
    row(u"[a-b-c]"_s, u"a"_s, false, false);
    row(u"["_s, u"a"_s, false, false);
    row(u"[^"_s, u"a"_s, false, false);
    row(u"[^bc"_s, u"a"_s, false, false);
    row(u"a["_s, u"a"_s, false, false);
    row(u"a["_s, u"ab"_s, false, false);
    row(u"a["_s, u"x"_s, false, false);
    row(u"a/b["_s, u"x"_s, false, false);
    row(u"*x"_s, u"xxx"_s, true, true);
    row(u"*??"_s, u"€"_s, true, true);
    row(u"*??"_s, u"é"_s, false, true);
    row(u"a*["_s, u"abc"_s, false, false);
    row(u"*["_s, u"x"_s, false, false);
    row(u"[]"_s, u"a"_s, false, false);
    row(u""_s, u""_s, true, true);
}

void TestPrefixPatterns::pathMatch()
{
    QFETCH(QString, pattern);
    QFETCH(QString, name);
    QFETCH(bool, matched);
    QFETCH(bool, wellFormed);
    bool ok = !wellFormed;
    QCOMPARE(gmd::goPathMatch(pattern, name, &ok), matched);
    QCOMPARE(ok, wellFormed);
    QCOMPARE(gmd::goPathMatch(pattern, name), matched);
}

void TestPrefixPatterns::matchingGlob_data()
{
    QTest::addColumn<QString>("globs");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("glob");
    QTest::addRow("PRIV-1 glob returned as written, trailing slash kept")
        << u"git.corp.com/,github.com/x"_s << u"git.corp.com/a/b"_s << u"git.corp.com/"_s;
    QTest::addRow("PRIV-2 first matching glob wins")
        << u"*.corp.com,git.corp.com"_s << u"git.corp.com/a"_s << u"*.corp.com"_s;
    QTest::addRow("PRIV-2 malformed glob skipped") << u"[,rsc.io"_s << u"rsc.io/quote"_s << u"rsc.io"_s;
    QTest::addRow("PRIV-2 no match") << u"a.io,b.io"_s << u"c.io/x"_s << QString();
    QTest::addRow("PRIV-2 too few elements") << u"git.corp.com/*/*"_s << u"git.corp.com/team"_s << QString();
    QTest::addRow("PRIV-1 empty list") << QString() << u"rsc.io/quote"_s << QString();
}

void TestPrefixPatterns::matchingGlob()
{
    QFETCH(QString, globs);
    QFETCH(QString, target);
    QFETCH(QString, glob);
    QCOMPARE(gmd::matchingGlob(globs, target), glob);
    QCOMPARE(gmd::matchPrefixPatterns(globs, target), !glob.isEmpty());
}

void TestPrefixPatterns::lint_data()
{
    QTest::addColumn<QString>("globs");
    QTest::addColumn<QStringList>("problems"); // "Kind@offset"
    QTest::addColumn<QString>("suggestion"); // of the first problem
    QTest::addColumn<QString>("corrected");
    QTest::addRow("H6 space after comma") << u"git.corp.com, github.com/myorg"_s << QStringList { u"Whitespace@13"_s }
                                          << u"github.com/myorg"_s << u"git.corp.com,github.com/myorg"_s;
    QTest::addRow("H6 space instead of comma")
        << u"github.com/org1 github.com/org2"_s << QStringList { u"Whitespace@0"_s }
        << u"github.com/org1,github.com/org2"_s << u"github.com/org1,github.com/org2"_s;
    QTest::addRow("H6 scheme and .git") << u"https://github.com/org.git"_s
                                        << QStringList { u"Scheme@0"_s, u"GitSuffix@0"_s } << u"github.com/org"_s
                                        << u"github.com/org"_s;
    QTest::addRow("H6 literal quotes") << u"\"github.com/myorg\""_s << QStringList { u"Quote@0"_s }
                                       << u"github.com/myorg"_s << u"github.com/myorg"_s;
    QTest::addRow("H6 CR from a CRLF env file") << u"git.corp.example\r"_s << QStringList { u"CarriageReturn@0"_s }
                                                << u"git.corp.example"_s << u"git.corp.example"_s;
    QTest::addRow("H6 upper-case host") << u"rsc.io,GitHub.com/Org"_s << QStringList { u"UpperCase@7"_s }
                                        << u"github.com/Org"_s << u"rsc.io,github.com/Org"_s;
    QTest::addRow("H6 semicolon list") << u"github.com/org1;github.com/org2"_s << QStringList { u"Semicolon@0"_s }
                                       << u"github.com/org1,github.com/org2"_s << u"github.com/org1,github.com/org2"_s;
    QTest::addRow("H6 malformed glob has no suggestion")
        << u"[,rsc.io"_s << QStringList { u"Malformed@0"_s } << QString() << u"[,rsc.io"_s;
    QTest::addRow("H6 empty glob is information")
        << u"a.io,,b.io"_s << QStringList { u"Empty@5"_s } << QString() << u"a.io,b.io"_s;
    QTest::addRow("H6 quoted docker-compose list")
        << u"\"git.corp.com\", \"github.com/org\""_s << QStringList { u"Quote@0"_s, u"Whitespace@15"_s, u"Quote@15"_s }
        << u"git.corp.com"_s << u"git.corp.com,github.com/org"_s;
    QTest::addRow("H6 must not fire: good list") << u"*.corp.example.com,rsc.io/private"_s << QStringList() << QString()
                                                 << u"*.corp.example.com,rsc.io/private"_s;
    QTest::addRow("H6 must not fire: upper case after the host")
        << u"github.com/BurntSushi"_s << QStringList() << QString() << u"github.com/BurntSushi"_s;
    QTest::addRow("H6 must not fire: class with upper case")
        << u"git[a-zA-Z].corp.com"_s << QStringList() << QString() << u"git[a-zA-Z].corp.com"_s;
    QTest::addRow("H6 must not fire: none") << u"none"_s << QStringList() << QString() << u"none"_s;
    QTest::addRow("H6 must not fire: empty value") << QString() << QStringList() << QString() << QString();
}

void TestPrefixPatterns::lint()
{
    QFETCH(QString, globs);
    QFETCH(QStringList, problems);
    QFETCH(QString, suggestion);
    QFETCH(QString, corrected);
    const QList<gmd::PatternProblem> found = gmd::lintPatternList(globs);
    QStringList got;
    for (const gmd::PatternProblem& p : found) {
        got.append(kindName(p.kind) + u'@' + QString::number(p.offset));
        QCOMPARE(globs.mid(p.offset, p.glob.size()), p.glob);
        QVERIFY(!p.message.isEmpty());
    }
    QCOMPARE(got, problems);
    if (!found.isEmpty())
        QCOMPARE(found.first().suggestion, suggestion);
    QCOMPARE(gmd::correctedPatternList(globs), corrected);
    // Applying the corrections leaves nothing that can never match (information aside).
    for (const gmd::PatternProblem& p : gmd::lintPatternList(corrected))
        QVERIFY(p.kind == gmd::PatternProblem::Malformed || p.kind == gmd::PatternProblem::Empty);
}

QTEST_GUILESS_MAIN(TestPrefixPatterns)
#include "tst_prefixpatterns.moc"
