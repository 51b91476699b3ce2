// SPDX-License-Identifier: MIT
// COPY/ADD sources resolved against a scanned context: what is really copied after the ignore
// rules, and which line removed what a source names (spec dockerignore.md 6, 6.6).
#include "context/contextscanner.h"
#include "context/copysource.h"
#include "memoryfs.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCopySource : public QObject
{
    Q_OBJECT
private:
    gmd::PatternMatcher m_matcher;
    gmd::ContextScanResult m_scan;

private Q_SLOTS:
    void initTestCase()
    {
        auto fs = std::make_unique<MemoryFileSystem>();
        fs->addFile(u".dockerignore"_s, 30);
        fs->addFile(u"go.mod"_s, 100);
        fs->addFile(u"go.sum"_s, 2000);
        fs->addFile(u"main.go"_s, 300);
        fs->addFile(u"cmd/app/main.go"_s, 400);
        fs->addFile(u"vendor/x/y.go"_s, 500);
        fs->addFile(u"docs/a.md"_s, 10);
        fs->addFile(u"docs/keep.md"_s, 20);
        fs->addFile(u"secrets/.env"_s, 5);
        m_matcher = gmd::PatternMatcher::fromIgnoreFile(
            gmd::parseIgnoreFile("*.sum\nvendor\n**/*.md\n!docs/keep.md\nsecrets\n"));
        QVERIFY(m_matcher.isValid());
        gmd::ContextScanner scanner(u"/ctx"_s, std::move(fs));
        scanner.setMatcher(m_matcher);
        gmd::ScanOptions o;
        o.keepIndex = true;
        scanner.setOptions(o);
        m_scan = scanner.scan();
        QVERIFY(m_scan.completed);
        QCOMPARE(m_scan.prunedDirectories, 2);
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("roots");
        QTest::addColumn<int>("files");
        QTest::addColumn<QString>("evidence");
        QTest::addRow("spec 6.6 . copies the whole sent context")
            << u"."_s << QStringList { QString() } << 5 << QString();
        QTest::addRow("spec 6.6 / is the whole context too") << u"/"_s << QStringList { QString() } << 5 << QString();
        QTest::addRow("excluded file names its line")
            << u"go.sum"_s << QStringList() << 0 << u".dockerignore line 1 '*.sum' excludes go.sum"_s;
        QTest::addRow("file below an excluded directory")
            << u"vendor/x/y.go"_s << QStringList() << 0
            << u".dockerignore line 2 'vendor' excludes vendor/x/y.go (via directory vendor)"_s;
        QTest::addRow("directory copies what is sent below it")
            << u"cmd"_s << QStringList { u"cmd"_s } << 1 << QString();
        QTest::addRow("source is cleaned") << u"./cmd/"_s << QStringList { u"cmd"_s } << 1 << QString();
        QTest::addRow("leading slash") << u"/go.mod"_s << QStringList { u"go.mod"_s } << 1 << QString();
        QTest::addRow("cannot climb above the context")
            << u"../go.mod"_s << QStringList { u"go.mod"_s } << 1 << QString();
        QTest::addRow("wildcard is per element") << u"*.go"_s << QStringList { u"main.go"_s } << 1 << QString();
        QTest::addRow("wildcard in the middle")
            << u"cmd/*/main.go"_s << QStringList { u"cmd/app/main.go"_s } << 1 << QString();
        QTest::addRow("wildcard over excluded files only")
            << u"*.sum"_s << QStringList() << 0 << u".dockerignore line 1 '*.sum' excludes go.sum"_s;
        QTest::addRow("spec 7.2 directory with a re-included file")
            << u"docs"_s << QStringList { u"docs"_s } << 1 << QString();
        QTest::addRow("excluded by a ** pattern")
            << u"docs/a.md"_s << QStringList() << 0 << u".dockerignore line 3 '**/*.md' excludes docs/a.md"_s;
        QTest::addRow("wildcard below an excluded directory")
            << u"vendor/*.go"_s << QStringList() << 0 << u".dockerignore line 2 'vendor' excludes vendor"_s;
        QTest::addRow("secret file in a pruned directory")
            << u"secrets/.env"_s << QStringList() << 0
            << u".dockerignore line 5 'secrets' excludes secrets/.env (via directory secrets)"_s;
        QTest::addRow("missing file") << u"missing.txt"_s << QStringList() << 0
                                      << u"missing.txt is not in the context"_s;
        QTest::addRow("missing file the rules would exclude anyway")
            << u"vendor/new.go"_s << QStringList() << 0
            << u".dockerignore line 2 'vendor' excludes vendor/new.go (via directory vendor)"_s;
        QTest::addRow("wildcard matching nothing") << u"*.rs"_s << QStringList() << 0 << QString();
    }
    void resolve()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, roots);
        QFETCH(int, files);
        QFETCH(QString, evidence);
        const gmd::CopySourceQuery query(m_scan.index, m_matcher);
        const gmd::CopySourceResult r = query.resolve(source);
        QCOMPARE(r.roots, roots);
        QCOMPARE(r.files, files);
        QCOMPARE(r.copiesNothing(), roots.isEmpty());
        QCOMPARE(r.excludedBy.isEmpty() ? QString() : r.excludedBy.front().text, evidence);
        QVERIFY(r.message.startsWith(u"'%1' copies"_s.arg(source)));
    }

    void evidenceCarriesTheLine()
    {
        const gmd::CopySourceQuery query(m_scan.index, m_matcher);
        const gmd::CopySourceResult r = query.resolve(u"go.sum"_s);
        QCOMPARE(r.excludedBy.size(), 1);
        QCOMPARE(r.excludedBy.front().line, 1);
        QCOMPARE(r.excludedBy.front().patternIndex, 0);
        QVERIFY(r.excludedBy.front().existsInContext);
        QCOMPARE(r.message, u"'go.sum' copies nothing: .dockerignore line 1 '*.sum' excludes go.sum"_s);
        const gmd::CopySourceResult unseen = query.resolve(u"vendor/new.go"_s);
        QVERIFY(!unseen.excludedBy.front().existsInContext);
    }

    void wildcardDetection_data()
    {
        QTest::addColumn<QString>("element");
        QTest::addColumn<bool>("wild");
        QTest::addRow("star") << u"*.go"_s << true;
        QTest::addRow("question mark") << u"a?"_s << true;
        QTest::addRow("bracket") << u"[ab]"_s << true;
        QTest::addRow("escaped star") << u"a\\*"_s << false;
        QTest::addRow("plain") << u"main.go"_s << false;
    }
    void wildcardDetection()
    {
        QFETCH(QString, element);
        QFETCH(bool, wild);
        QCOMPARE(gmd::containsCopyWildcards(element), wild);
    }
};

QTEST_GUILESS_MAIN(TestCopySource)
#include "tst_copysource.moc"
