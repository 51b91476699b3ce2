// SPDX-License-Identifier: MIT
// Diffs through libgit2 (issue 5 section 3): hunks and line numbers, whitespace-only and
// end-of-line-only changes flagged, "\ No newline at end of file" markers, side-by-side rows,
// binary files, and the unified text byte-identical to `git diff --no-index`.
#include "fix/diffrender.h"
#include "fix/filediff.h"
#include "fix/fixplan.h"
#include "fixtestutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gmd;

class TestDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hunksAndLineNumbers();
    void changeKinds_data();
    void changeKinds();
    void noNewlineMarkers();
    void sideBySide();
    void binary();
    void newFile();
    void identical();
    void planDiffs();
    void sameAsGit_data();
    void sameAsGit();
};

namespace {

QString kinds(const DiffHunk& h)
{
    QString out;
    for (const DiffLine& l : h.lines)
        out += QChar::fromLatin1(l.kind == DiffLineKind::Added ? '+'
                : l.kind == DiffLineKind::Deleted              ? '-'
                : l.kind == DiffLineKind::NoNewline            ? '\\'
                                                               : ' ');
    return out;
}

QByteArray numbered(int from, int to)
{
    QByteArray out;
    for (int i = from; i <= to; ++i)
        out += "line " + QByteArray::number(i) + '\n';
    return out;
}

} // namespace

void TestDiff::hunksAndLineNumbers()
{
    QByteArray after = numbered(1, 20);
    after.replace("line 3\n", "line three\n");
    after.replace("line 17\n", "line 17\nline 17b\n");
    const FileDiff d = diffBuffers(u"go.mod"_s, numbered(1, 20), after);
    QVERIFY(d.ok());
    QCOMPARE(d.hunks.size(), 2);
    QCOMPARE(d.additions, 2);
    QCOMPARE(d.deletions, 1);
    const DiffHunk& h1 = d.hunks[0];
    QCOMPARE(h1.header, QByteArray("@@ -1,6 +1,6 @@"));
    QCOMPARE(kinds(h1), u"  -+   "_s);
    QCOMPARE(h1.lines[2].oldLine, 3);
    QCOMPARE(h1.lines[2].newLine, -1);
    QCOMPARE(h1.lines[3].newLine, 3);
    QCOMPARE(h1.lines[3].content, QByteArray("line three"));
    const DiffHunk& h2 = d.hunks[1];
    QCOMPARE(h2.oldStart, 15);
    QCOMPARE(h2.oldCount, 6);
    QCOMPARE(h2.newStart, 15);
    QCOMPARE(h2.newCount, 7);
    QCOMPARE(h2.lines[3].kind, DiffLineKind::Added);
    QCOMPARE(h2.lines[3].newLine, 18);
    QCOMPARE(h2.lines[4].oldLine, 18);
    QCOMPARE(h2.lines[4].newLine, 19);
}

void TestDiff::changeKinds_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<ChangeKind>("kind");
    QTest::addRow("tab to spaces") << QByteArray("a\n\tx\nb\n") << QByteArray("a\n    x\nb\n")
                                   << ChangeKind::WhitespaceOnly;
    QTest::addRow("trailing space") << QByteArray("a\nx\nb\n") << QByteArray("a\nx \nb\n")
                                    << ChangeKind::WhitespaceOnly;
    QTest::addRow("CRLF to LF") << QByteArray("a\nx\r\nb\n") << QByteArray("a\nx\nb\n") << ChangeKind::LineEndingOnly;
    QTest::addRow("final newline removed") << QByteArray("a\nx\n") << QByteArray("a\nx") << ChangeKind::LineEndingOnly;
    QTest::addRow("real change") << QByteArray("a\nx\nb\n") << QByteArray("a\ny\nb\n") << ChangeKind::Content;
}

void TestDiff::changeKinds()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(ChangeKind, kind);
    const FileDiff d = diffBuffers(u"f"_s, before, after);
    QCOMPARE(d.hunks.size(), 1);
    int changed = 0;
    for (const DiffLine& l : d.hunks[0].lines) {
        if (l.kind == DiffLineKind::Added || l.kind == DiffLineKind::Deleted) {
            QCOMPARE(l.change, kind);
            ++changed;
        }
    }
    QCOMPARE(changed, 2); // the invisible change still shows as a -/+ pair
    QCOMPARE(d.hasInvisibleChanges(), kind != ChangeKind::Content);
    const QByteArray text = renderUnifiedDiff(d);
    QVERIFY(text.contains("\n-") && text.contains("\n+"));
}

void TestDiff::noNewlineMarkers()
{
    const FileDiff d = diffBuffers(u"f"_s, "a\nb", "a\nc");
    QCOMPARE(kinds(d.hunks[0]), u" -\\+\\"_s);
    QCOMPARE(d.hunks[0].lines[1].hasNewline, false);
    QCOMPARE(d.hunks[0].lines[2].side, '-');
    QCOMPARE(d.hunks[0].lines[4].side, '+');
    QCOMPARE(renderUnifiedDiff(d).mid(renderUnifiedDiff(d).indexOf("@@")),
        QByteArray("@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n"));
    const FileDiff context = diffBuffers(u"f"_s, "x\na", "y\na");
    QCOMPARE(kinds(context.hunks[0]), u"-+ \\"_s);
    QCOMPARE(context.hunks[0].lines[3].side, ' ');
    const QList<SideBySideRow> rows = sideBySideRows(context);
    QVERIFY(rows.last().leftNoNewline && rows.last().rightNoNewline);
}

void TestDiff::sideBySide()
{
    using K = SideBySideRow::Kind;
    const FileDiff d = diffBuffers(u"f"_s, "a\nb\nc\nd\n", "a\nB\nd\ne");
    const QList<SideBySideRow> rows = sideBySideRows(d);
    QList<K> got;
    for (const SideBySideRow& r : rows)
        got.append(r.kind);
    QCOMPARE(got, (QList<K> { K::Hunk, K::Context, K::Changed, K::Deleted, K::Context, K::Added }));
    QCOMPARE(rows[2].leftLine, 2);
    QCOMPARE(rows[2].rightLine, 2);
    QCOMPARE(rows[2].left, QByteArray("b"));
    QCOMPARE(rows[2].right, QByteArray("B"));
    QCOMPARE(rows[3].leftLine, 3);
    QCOMPARE(rows[3].rightLine, -1);
    QCOMPARE(rows[4].leftLine, 4);
    QCOMPARE(rows[4].rightLine, 3);
    QCOMPARE(rows[5].rightLine, 4);
    QVERIFY(rows[5].rightNoNewline);
    QVERIFY(!rows[5].leftNoNewline);
    QCOMPARE(showInvisibles("\tx \r"), u"\u2192x\u00B7\u240D"_s);
}

void TestDiff::binary()
{
    const FileDiff d = diffBuffers(u"bin/tool"_s, QByteArray("a\0b", 3), QByteArray("a\0c", 3));
    QVERIFY(d.binary);
    QVERIFY(d.hunks.isEmpty());
    QCOMPARE(renderUnifiedDiff(d),
        QByteArray("diff --git a/bin/tool b/bin/tool\nindex 20b5be9..88f3700 100644\n"
                   "Binary files a/bin/tool and b/bin/tool differ\n"));
    QVERIFY(sideBySideRows(d).isEmpty());
}

void TestDiff::newFile()
{
    DiffOptions o;
    o.oldMissing = true;
    const FileDiff d = diffBuffers(u"/src/x/go.work"_s, {}, "x\n", o);
    QCOMPARE(renderUnifiedDiff(d),
        QByteArray("diff --git a/src/x/go.work b/src/x/go.work\nnew file mode 100644\nindex 0000000..587be6b\n"
                   "--- /dev/null\n+++ b/src/x/go.work\n@@ -0,0 +1 @@\n+x\n"));
    QCOMPARE(renderUnifiedDiff(d, u"go.work"_s).left(31), QByteArray("diff --git a/go.work b/go.work\n"));
}

void TestDiff::identical()
{
    const FileDiff d = diffBuffers(u"f"_s, "same\n", "same\n");
    QVERIFY(d.identical);
    QVERIFY(d.hunks.isEmpty());
    QCOMPARE(renderUnifiedDiff(d), QByteArray());
}

void TestDiff::planDiffs()
{
    FixPlan p;
    p.id = u"GMD180:go.mod:1"_s;
    p.edits = { FileEdit { u"/w/go.mod"_s, false, "module x\n", "module x\n\ngo 1.22\n" },
        FileEdit { u"/w/go.work"_s, true, {}, "go 1.22\n" } };
    const QList<FileDiff> diffs = diffPlan(p);
    QCOMPARE(diffs.size(), 2);
    QCOMPARE(diffs[0].additions, 2);
    QVERIFY(diffs[1].oldMissing);
}

void TestDiff::sameAsGit_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<int>("context");
    QTest::addColumn<QString>("name");
    QByteArray go = "module example.com/x\n\ngo 1.22\n\nrequire (\n\tgolang.org/x/mod v0.1.0\n"
                    "\tgolang.org/x/net v0.2.0\n)\n\nfunc main() {\n\tone()\n\ttwo()\n\tthree()\n\tfour()\n}\n";
    QByteArray goAfter = go;
    goAfter.replace("v0.2.0", "v0.3.0").replace("\tthree()", "\tTHREE()");
    QTest::addRow("go.mod edit") << go << goAfter << 3 << u"f.txt"_s;
    QTest::addRow("one line of context") << go << goAfter << 1 << u"f.txt"_s;
    QTest::addRow("no context") << go << goAfter << 0 << u"f.txt"_s;
    QTest::addRow("section heading") << numbered(1, 5) + "func main() {\n"
            + numbered(6, 20) << numbered(1, 5) + "func main() {\n" + numbered(6, 15) + "changed\n" + numbered(17, 20)
                                     << 3 << u"f.txt"_s;
    QTest::addRow("whitespace only") << QByteArray("a\n\tx\nb\n") << QByteArray("a\n    x\nb\n") << 3 << u"f.txt"_s;
    QTest::addRow("CRLF to LF") << QByteArray("a\r\nb\r\nc\r\n") << QByteArray("a\nb\r\nc\n") << 3 << u"f.txt"_s;
    QTest::addRow("no newline at end (new)") << QByteArray("a\nb\n") << QByteArray("a\nb") << 3 << u"f.txt"_s;
    QTest::addRow("no newline at end (old)") << QByteArray("a\nb") << QByteArray("a\nb\nc\n") << 3 << u"f.txt"_s;
    QTest::addRow("no newline at end (both)") << QByteArray("x\na") << QByteArray("y\na") << 3 << u"f.txt"_s;
    QTest::addRow("BOM added") << QByteArray("module x\n") << QByteArray("\xEF\xBB\xBFmodule x\n") << 3 << u"f.txt"_s;
    QTest::addRow("all removed") << QByteArray("a\nb\n") << QByteArray() << 3 << u"f.txt"_s;
    QTest::addRow("from empty") << QByteArray() << QByteArray("a\n") << 3 << u"f.txt"_s;
    QTest::addRow("CRLF with section heading")
        << QByteArray("func main() {\r\n1\r\n2\r\n3\r\n4\r\n5\r\n")
        << QByteArray("func main() {\r\n1\r\n2\r\n3\r\n4\r\nX\r\n") << 3 << u"f.txt"_s;
    QTest::addRow("name with a space") << QByteArray("a\n") << QByteArray("b\n") << 3 << u"x y.txt"_s;
    QTest::addRow("non-ASCII name is quoted") << QByteArray("a\n") << QByteArray("b\n") << 3 << u"\u00e9t\u00e9.txt"_s;
    QTest::addRow("quote in name") << QByteArray("a\n") << QByteArray("b\n") << 3 << u"say \"hi\".txt"_s;
    QTest::addRow("binary") << QByteArray("a\0b", 3) << QByteArray("a\0c", 3) << 3 << u"f.txt"_s;
}

void TestDiff::sameAsGit()
{
    const QString git = fixtest::gitExecutable();
    if (git.isEmpty())
        QSKIP("git is not installed");
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(int, context);
    QFETCH(QString, name);
    QTemporaryDir tmp;
    QVERIFY(fixtest::writeBytes(tmp.filePath(u"a/"_s + name), before));
    QVERIFY(fixtest::writeBytes(tmp.filePath(u"b/"_s + name), after));
    // --no-prefix makes git print "a/f.txt b/f.txt": the same paths as our a/ b/ prefixes.
    int exit = 0;
    const QByteArray expected = fixtest::runGit(tmp.path(),
        { u"diff"_s, u"--no-index"_s, u"--no-color"_s, u"--no-prefix"_s, u"-U%1"_s.arg(context), u"a/"_s + name,
            u"b/"_s + name },
        fixtest::isolatedGitEnvironment(tmp.path()), &exit);
    QCOMPARE(exit, 1);
    DiffOptions o;
    o.contextLines = context;
    QCOMPARE(renderUnifiedDiff(diffBuffers(name, before, after, o)), expected);
}

QTEST_GUILESS_MAIN(TestDiff)
#include "tst_diff.moc"
