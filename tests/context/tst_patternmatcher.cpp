// SPDX-License-Identifier: MIT
// Pattern compilation (spec dockerignore.md 3-4), list evaluation with "parent" (5) and "walk"
// (6) semantics, pruning (6.3) and evidence texts.
#include "context/patternmatcher.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmd::IgnorePattern;
using gmd::PathStyle;

Q_DECLARE_METATYPE(gmd::PathStyle)
Q_DECLARE_METATYPE(gmd::IgnorePattern::Kind)

namespace {

QString verdict(const gmd::MatchOutcome& o)
{
    return o.error ? u"error"_s : (o.excluded ? u"true"_s : u"false"_s);
}

} // namespace

class TestPatternMatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void compile_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<IgnorePattern::Kind>("kind");
        QTest::addColumn<QString>("unixRegex");
        QTest::addColumn<QString>("windowsRegex");
        using K = IgnorePattern::Kind;
        // Upstream TestCompile, both separators.
        QTest::addRow("spec 4.2 *") << u"*"_s << K::Regex << u"^[^/]*$"_s << u"^[^\\\\]*$"_s;
        QTest::addRow("spec 4.2 file*") << u"file*"_s << K::Regex << u"^file[^/]*$"_s << u"^file[^\\\\]*$"_s;
        QTest::addRow("spec 4.2 *file") << u"*file"_s << K::Regex << u"^[^/]*file$"_s << u"^[^\\\\]*file$"_s;
        QTest::addRow("spec 4.2 a*/b") << u"a*/b"_s << K::Regex << u"^a[^/]*/b$"_s << u"^a[^\\\\]*\\\\b$"_s;
        QTest::addRow("spec 4.1 ** is suffix") << u"**"_s << K::Suffix << QString() << QString();
        QTest::addRow("spec 4.1 **/**") << u"**/**"_s << K::Regex << u"^(.*/)?.*$"_s << u"^(.*\\\\)?.*$"_s;
        QTest::addRow("spec 4.1 dir/** is prefix") << u"dir/**"_s << K::Prefix << QString() << QString();
        QTest::addRow("spec 4.1 **/dir is suffix") << u"**/dir"_s << K::Suffix << QString() << QString();
        QTest::addRow("spec 4.1 **/dir2/*")
            << u"**/dir2/*"_s << K::Regex << u"^(.*/)?dir2/[^/]*$"_s << u"^(.*\\\\)?dir2\\\\[^\\\\]*$"_s;
        QTest::addRow("spec 4.1 **/dir2/**")
            << u"**/dir2/**"_s << K::Regex << u"^(.*/)?dir2/.*$"_s << u"^(.*\\\\)?dir2\\\\.*$"_s;
        QTest::addRow("spec 4.1 **file is suffix") << u"**file"_s << K::Suffix << QString() << QString();
        QTest::addRow("spec 4.1 **/file*txt")
            << u"**/file*txt"_s << K::Regex << u"^(.*/)?file[^/]*txt$"_s << u"^(.*\\\\)?file[^\\\\]*txt$"_s;
        QTest::addRow("spec 4.1 **/**/*.txt") << u"**/**/*.txt"_s << K::Regex << u"^(.*/)?(.*/)?[^/]*\\.txt$"_s
                                              << u"^(.*\\\\)?(.*\\\\)?[^\\\\]*\\.txt$"_s;
        QTest::addRow("spec 4.6 a[b-d]e") << u"a[b-d]e"_s << K::Regex << u"^a[b-d]e$"_s << u"^a[b-d]e$"_s;
        QTest::addRow("spec 4.4 .*") << u".*"_s << K::Regex << u"^\\.[^/]*$"_s << u"^\\.[^\\\\]*$"_s;
        QTest::addRow("spec 4.4 abc.def exact") << u"abc.def"_s << K::Exact << QString() << QString();
        QTest::addRow("spec 4.3 abc?def") << u"abc?def"_s << K::Regex << u"^abc[^/]def$"_s << u"^abc[^\\\\]def$"_s;
        QTest::addRow("spec 4.1 **/foo/bar suffix") << u"**/foo/bar"_s << K::Suffix << QString() << QString();
        QTest::addRow("spec 4.4 a(b)c/def exact") << u"a(b)c/def"_s << K::Exact << QString() << QString();
        QTest::addRow("spec 4.4 a.|)$(}+{bc exact") << u"a.|)$(}+{bc"_s << K::Exact << QString() << QString();
        // Own rows.
        QTest::addRow("spec 4.7 ^ keeps exact") << u"a^b"_s << K::Exact << QString() << QString();
        QTest::addRow("spec 3.4 backwards range is bad") << u"[z-a]"_s << K::Bad << u"^[z-a]$"_s << u"^[z-a]$"_s;
        QTest::addRow("spec 4.6 [Local-Only] is bad")
            << u"[Local-Only]"_s << K::Bad << u"^[Local-Only]$"_s << u"^[Local-Only]$"_s;
    }
    void compile()
    {
        QFETCH(QString, pattern);
        QFETCH(IgnorePattern::Kind, kind);
        QFETCH(QString, unixRegex);
        QFETCH(QString, windowsRegex);
        const IgnorePattern u(pattern, false, PathStyle::Unix);
        QCOMPARE(u.kind(), kind);
        QCOMPARE(u.regex(), unixRegex);
        const IgnorePattern w(QString(pattern).replace(u'/', u'\\'), false, PathStyle::Windows);
        QCOMPARE(w.kind(), kind);
        QCOMPARE(w.regex(), windowsRegex);
    }

    void escapesOnUnixOnly()
    {
        QCOMPARE(IgnorePattern(u"a\\*b"_s, false, PathStyle::Unix).kind(), IgnorePattern::Kind::Regex);
        QCOMPARE(IgnorePattern(u"a\\*b"_s, false, PathStyle::Unix).regex(), u"^a\\*b$"_s);
        // Spec 4.10: on Windows '\' is the separator, so "a\b" stays an exact pattern.
        QCOMPARE(IgnorePattern(u"a\\b"_s, false, PathStyle::Windows).kind(), IgnorePattern::Kind::Exact);
    }

    void newErrors_data()
    {
        QTest::addColumn<QStringList>("patterns");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("line");
        QTest::addRow("spec 3.2 bare !") << QStringList { u"a"_s, u"!"_s } << u"illegal exclusion pattern: \"!\""_s
                                         << 2;
        QTest::addRow("spec 3.3 unclosed [") << QStringList { u"a["_s } << u"syntax error in pattern"_s << 1;
        QTest::addRow("spec 3.3 class starting with ]")
            << QStringList { u"[]a]"_s } << u"syntax error in pattern"_s << 1;
        QTest::addRow("spec 3.3 dash at start")
            << QStringList { u"x"_s, u"[-x]"_s } << u"syntax error in pattern"_s << 2;
        QTest::addRow("spec 3.3 chained range") << QStringList { u"[a-c-e]"_s } << u"syntax error in pattern"_s << 1;
        QTest::addRow("spec 3.3 trailing backslash") << QStringList { u"ab\\"_s } << u"syntax error in pattern"_s << 1;
        QTest::addRow("spec 3.3 bad exception") << QStringList { u"!["_s } << u"syntax error in pattern"_s << 1;
        QTest::addRow("spec 3.4 backwards range passes New") << QStringList { u"[z-a]"_s } << QString() << 0;
        QTest::addRow("spec 3.1 blank patterns dropped") << QStringList { u"  "_s, QString() } << QString() << 0;
    }
    void newErrors()
    {
        QFETCH(QStringList, patterns);
        QFETCH(QString, error);
        QFETCH(int, line);
        const gmd::PatternMatcher pm = gmd::PatternMatcher::create(patterns);
        QCOMPARE(pm.error(), error);
        QCOMPARE(pm.isValid(), error.isEmpty());
        QCOMPARE(pm.errorLine(), line);
    }

    void evaluate_data()
    {
        QTest::addColumn<QStringList>("patterns");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("parent"); // spec 5
        QTest::addColumn<QString>("walk"); // spec 6
        const auto row = [](const char* name, QStringList p, const QString& path, const char* parent,
                             const char* walk) {
            QTest::addRow("%s", name) << p << path << QString::fromLatin1(parent) << QString::fromLatin1(walk);
        };
        row("spec 4.8 cache/** leaves cache", { u"cache/**"_s }, u"cache"_s, "false", "false");
        row("spec 4.8 cache/** takes cache/x", { u"cache/**"_s }, u"cache/x/y"_s, "true", "true");
        row("spec 4.8 gen** takes generated/a", { u"gen**"_s }, u"generated/a"_s, "true", "true");
        row("spec 4.8 **/node takes node", { u"**/node"_s }, u"node"_s, "true", "true");
        row("spec 4.8 **x.log takes prefix-x.log", { u"**x.log"_s }, u"prefix-x.log"_s, "true", "true");
        row("spec 4.8 **x.log takes dir/ax.log", { u"**x.log"_s }, u"dir/ax.log"_s, "true", "true");
        row("spec 4.8 ** takes everything", { u"**"_s }, u"a/b/c"_s, "true", "true");
        row("spec 4.9 a^b* never matches", { u"a^b*"_s }, u"a^bc"_s, "false", "false");
        row("spec 4.9 a^b exact matches", { u"a^b"_s }, u"a^b"_s, "true", "true");
        row("spec 4.9 *.go top level only", { u"*.go"_s }, u"cmd/main.go"_s, "false", "false");
        row("spec 4.9 */testdata one level", { u"*/testdata"_s }, u"a/b/testdata"_s, "false", "false");
        row("spec 4.9 */testdata child", { u"*/testdata"_s }, u"pkg/testdata/x"_s, "true", "true");
        row("spec 4.9 * takes dot files", { u"*"_s }, u".env"_s, "true", "true");
        row("spec 4.9 case sensitive", { u"Vendor"_s }, u"vendor/x"_s, "false", "false");
        row("spec 4.9 bin/ takes a file bin", { u"bin/"_s }, u"bin"_s, "true", "true");
        row("spec 5.6 vendor is anchored", { u"vendor"_s }, u"a/vendor/x"_s, "false", "false");
        row("spec 5.6 **/vendor at any depth", { u"**/vendor"_s }, u"a/vendor/x"_s, "true", "true");
        row("spec 6.2 directory exception after file pattern", { u"**/*.go"_s, u"!vendor"_s }, u"vendor/x.go"_s,
            "false", "true");
        row("spec 6.2 !vendor/** re-includes", { u"**/*.go"_s, u"!vendor/**"_s }, u"vendor/x.go"_s, "false", "false");
        row("spec 7.2 child re-included", { u"docs"_s, u"!docs/README.md"_s }, u"docs/README.md"_s, "false", "false");
        row("spec 7.2 sibling stays excluded", { u"docs"_s, u"!docs/README.md"_s }, u"docs/x.md"_s, "true", "true");
        row("spec 7.3 later line excludes again", { u"**"_s, u"!src"_s, u"src/gen"_s }, u"src/gen/x.go"_s, "true",
            "true");
        row("spec 7.3 rest of src included", { u"**"_s, u"!src"_s, u"src/gen"_s }, u"src/a.go"_s, "false", "false");
        row("spec 7.4 allow-list keeps cmd tree", { u"*"_s, u"!go.mod"_s, u"!cmd"_s }, u"cmd/app/main.go"_s, "false",
            "false");
        row("spec 9.3 allow-list forgets go.sum", { u"*"_s, u"!go.mod"_s, u"!cmd"_s }, u"go.sum"_s, "true", "true");
        row("spec 7.1 exception before pattern is skipped", { u"!a.go"_s, u"*.go"_s }, u"a.go"_s, "true", "true");
        row("spec 4.5 escaped star", { u"a\\*b"_s }, u"a*b"_s, "true", "true");
        row("spec 4.5 escaped star is literal", { u"a\\*b"_s }, u"axb"_s, "false", "false");
        row("spec 4.5 escape copied into the regex", { u"\\x41"_s }, u"A"_s, "true", "true");
        row("spec 4.6 [*] quirk matches []", { u"[*]"_s }, u"[]"_s, "true", "true");
        row("spec 4.6 [*] quirk misses *", { u"[*]"_s }, u"*"_s, "false", "false");
        row("spec 4.6 ! does not negate", { u"[!a]b"_s }, u"!b"_s, "true", "true");
        row("spec 4.6 ^ negates", { u"[^a]b"_s }, u"cb"_s, "true", "true");
        row("spec 3.4 backwards range fails matching", { u"[z-a]"_s }, u"a"_s, "error", "error");
        row("spec 3.4 skipped bad exception is harmless", { u"a"_s, u"![z-a]"_s }, u"b"_s, "false", "false");
        row("spec 3.4 reached bad exception fails", { u"a"_s, u"![z-a]"_s }, u"a"_s, "error", "error");
        row("spec 2.8 pattern . matches nothing", { u"."_s }, u"a"_s, "false", "false");
        row("spec 2.8 pattern ../x matches nothing", { u"../x"_s }, u"x"_s, "false", "false");
    }
    void evaluate()
    {
        QFETCH(QStringList, patterns);
        QFETCH(QString, path);
        QFETCH(QString, parent);
        QFETCH(QString, walk);
        const gmd::PatternMatcher pm = gmd::PatternMatcher::create(patterns);
        QVERIFY(pm.isValid());
        QCOMPARE(verdict(pm.matchesOrParentMatches(path)), parent);
        QCOMPARE(verdict(pm.evaluateWalk(path)), walk);
    }

    void windowsMode_data()
    {
        QTest::addColumn<QStringList>("patterns");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("excluded");
        QTest::addRow("spec 4.10 backslash separator") << QStringList { u"docs\\*.md"_s } << u"docs\\a.md"_s << true;
        QTest::addRow("spec 4.10 slashes converted") << QStringList { u"docs/*.md"_s } << u"docs/a.md"_s << true;
        QTest::addRow("spec 4.10 no escapes") << QStringList { u"a\\*b"_s } << u"a\\xb"_s << true;
        QTest::addRow("spec 4.10 star stops at backslash") << QStringList { u"*.md"_s } << u"d\\a.md"_s << false;
        QTest::addRow("spec 5 parent via backslash") << QStringList { u"vendor"_s } << u"vendor\\x\\y.go"_s << true;
    }
    void windowsMode()
    {
        QFETCH(QStringList, patterns);
        QFETCH(QString, path);
        QFETCH(bool, excluded);
        const gmd::MatchOutcome o = gmd::matchesOrParentMatches(path, patterns, PathStyle::Windows);
        QVERIFY(!o.error);
        QCOMPARE(o.excluded, excluded);
    }

    void rootNeverExcluded()
    {
        QVERIFY(!gmd::matchesOrParentMatches(u"."_s, { u"*"_s }).excluded); // spec 5.5
        QVERIFY(!gmd::matchesOrParentMatches(u"./"_s, { u"**"_s }).excluded);
        QVERIFY(!gmd::legacyMatches(u"."_s, { u"*.go"_s }).excluded);
    }

    void prune_data()
    {
        QTest::addColumn<QStringList>("patterns");
        QTest::addColumn<QString>("dir");
        QTest::addColumn<bool>("onlyPrefix");
        QTest::addColumn<bool>("prune");
        QTest::addRow("spec 6.3 no exceptions prune") << QStringList { u"vendor"_s } << u"vendor"_s << true << true;
        QTest::addRow("spec 6.3 exception below enters")
            << QStringList { u"vendor"_s, u"!vendor/keep.go"_s } << u"vendor"_s << true << false;
        QTest::addRow("spec 6.3 exception elsewhere prunes")
            << QStringList { u"node_modules"_s, u"!vendor/keep.go"_s } << u"node_modules"_s << true << true;
        QTest::addRow("spec 6.3 trailing /** ignored")
            << QStringList { u"*"_s, u"!cmd/**"_s } << u"cmd"_s << true << false;
        QTest::addRow("spec 6.3 trailing /* ignored")
            << QStringList { u"*"_s, u"!cmd/*"_s } << u"cmdx"_s << true << true;
        QTest::addRow("spec 6.3 wildcard exception walks all")
            << QStringList { u"*"_s, u"!**/*.go"_s } << u"docs"_s << false << false;
        QTest::addRow("spec 6.3 caret counts as wildcard")
            << QStringList { u"*"_s, u"!a^b"_s } << u"docs"_s << false << false;
        QTest::addRow("spec 6.3 backslash counts on unix")
            << QStringList { u"*"_s, u"!a\\b"_s } << u"docs"_s << false << false;
        QTest::addRow("spec 6.3 prefix must be a whole element")
            << QStringList { u"*"_s, u"!vendorx/a"_s } << u"vendor"_s << true << true;
    }
    void prune()
    {
        QFETCH(QStringList, patterns);
        QFETCH(QString, dir);
        QFETCH(bool, onlyPrefix);
        QFETCH(bool, prune);
        const gmd::PatternMatcher pm = gmd::PatternMatcher::create(patterns);
        QCOMPARE(pm.onlyPrefixExceptions(), onlyPrefix);
        QCOMPARE(pm.canPrune(dir), prune);
    }

    void evidence()
    {
        const gmd::IgnoreFile f = gmd::parseIgnoreFile("# deps\nvendor\n*.sum\n!vendor/keep.go\n");
        const gmd::PatternMatcher pm = gmd::PatternMatcher::fromIgnoreFile(f);
        QVERIFY(pm.isValid());
        QCOMPARE(
            pm.describe(pm.evaluateWalk(u"go.sum"_s), u"go.sum"_s), u".dockerignore line 3 '*.sum' excludes go.sum"_s);
        QCOMPARE(pm.describe(pm.evaluateWalk(u"vendor/x/y.go"_s), u"vendor/x/y.go"_s),
            u".dockerignore line 2 'vendor' excludes vendor/x/y.go (via directory vendor)"_s);
        QCOMPARE(pm.describe(pm.evaluateWalk(u"vendor/keep.go"_s), u"vendor/keep.go"_s),
            u".dockerignore line 4 '!vendor/keep.go' re-includes vendor/keep.go"_s);
        QCOMPARE(
            pm.describe(pm.evaluateWalk(u"main.go"_s), u"main.go"_s), u"no line of .dockerignore excludes main.go"_s);
        const gmd::MatchOutcome o = pm.matchesOrParentMatches(u"vendor/a/b"_s);
        QCOMPARE(o.patternIndex, 0);
        QCOMPARE(o.matchedPath, u"vendor"_s);
    }

    void badPatternModes()
    {
        const gmd::PatternMatcher pm = gmd::PatternMatcher::create({ u"[z-a]"_s, u"*.go"_s });
        const gmd::MatchOutcome stop = pm.matchesOrParentMatches(u"a.go"_s);
        QVERIFY(stop.error);
        QVERIFY(!stop.excluded);
        QCOMPARE(stop.errorPattern, 0);
        const gmd::MatchOutcome miss = pm.matchesOrParentMatches(u"a.go"_s, gmd::BadPatternMode::TreatAsMiss);
        QVERIFY(miss.error);
        QVERIFY(miss.excluded);
        QCOMPARE(miss.patternIndex, 1);
    }

    void usingParentResultsCarriesMatches()
    {
        // Spec 6.1 / 7.3: the directory's per-pattern results are carried to its children.
        const gmd::PatternMatcher pm = gmd::PatternMatcher::create({ u"**"_s, u"!src"_s, u"src/gen"_s });
        gmd::MatchInfo src, gen;
        QVERIFY(!pm.matchesUsingParentResults(u"src"_s, {}, &src).excluded);
        QCOMPARE(src.matchedLength, std::vector<int>({ 3, 3, 0 }));
        QVERIFY(pm.matchesUsingParentResults(u"src/gen"_s, src, &gen).excluded);
        const gmd::MatchOutcome o = pm.matchesUsingParentResults(u"src/gen/x.go"_s, gen, nullptr);
        QVERIFY(o.excluded);
        QCOMPARE(o.patternIndex, 2);
        QCOMPARE(o.matchedPath, u"src/gen"_s);
        // Spec 6.2: a pattern skipped for the parent counts as "did not match" below it.
        const gmd::PatternMatcher v = gmd::PatternMatcher::create({ u"**/*.go"_s, u"!vendor"_s });
        gmd::MatchInfo vendor;
        QVERIFY(!v.matchesUsingParentResults(u"vendor"_s, {}, &vendor).excluded);
        QCOMPARE(vendor.matchedLength, std::vector<int>({ 0, 0 }));
        QVERIFY(v.matchesUsingParentResults(u"vendor/x.go"_s, vendor, nullptr).excluded);
    }
};

QTEST_GUILESS_MAIN(TestPatternMatcher)
#include "tst_patternmatcher.moc"
