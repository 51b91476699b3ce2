// SPDX-License-Identifier: MIT
// GMD151 cache-nearly-full: less than 1 GiB free on the file system of GOMODCACHE or GOCACHE.
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

namespace {
constexpr qint64 kMiB = qint64(1) << 20;
constexpr qint64 kGiB = qint64(1) << 30;

gmd::DirFacts dir(const QString& variable, const QString& path, qint64 freeBytes, qint64 totalBytes,
                  const QString& fsType = u"ext4"_s)
{
    return gmd::DirFacts{.variable = variable, .path = path, .exists = true, .writable = true, .firstExisting = {},
                         .freeBytes = freeBytes, .totalBytes = totalBytes, .fsType = fsType, .problem = {}};
}
} // namespace

class TestGmd151 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: 512 MiB free under GOMODCACHE")
            << FactsBuilder().dir(dir(u"GOMODCACHE"_s, u"/home/u/go/pkg/mod"_s, 512 * kMiB, 20 * kGiB))
            << QStringList{u"GOMODCACHE"_s};
        QTest::addRow("fires: one file system holding both caches is one finding")
            << FactsBuilder()
                   .dir(dir(u"GOMODCACHE"_s, u"/home/u/go/pkg/mod"_s, 300 * kMiB, 20 * kGiB))
                   .dir(dir(u"GOCACHE"_s, u"/home/u/.cache/go-build"_s, 300 * kMiB + 4096, 20 * kGiB))
            << QStringList{u"GOMODCACHE"_s};
        QTest::addRow("fires: only the disk of GOCACHE is full")
            << FactsBuilder()
                   .dir(dir(u"GOMODCACHE"_s, u"/home/u/go/pkg/mod"_s, 40 * kGiB, 200 * kGiB))
                   .dir(dir(u"GOCACHE"_s, u"/tmp/go-build"_s, 100 * kMiB, 2 * kGiB, u"tmpfs"_s))
            << QStringList{u"GOCACHE"_s};
        QTest::addRow("fires: two full file systems")
            << FactsBuilder()
                   .dir(dir(u"GOMODCACHE"_s, u"/home/u/go/pkg/mod"_s, 10 * kMiB, 200 * kGiB))
                   .dir(dir(u"GOCACHE"_s, u"/tmp/go-build"_s, 100 * kMiB, 2 * kGiB, u"tmpfs"_s))
            << QStringList{u"GOMODCACHE"_s, u"GOCACHE"_s};
        QTest::addRow("silent: 5 GiB free")
            << FactsBuilder().dir(dir(u"GOMODCACHE"_s, u"/home/u/go/pkg/mod"_s, 5 * kGiB, 20 * kGiB))
            << QStringList();
        QTest::addRow("silent: exactly 1 GiB free")
            << FactsBuilder().dir(dir(u"GOMODCACHE"_s, u"/home/u/go/pkg/mod"_s, kGiB, 20 * kGiB)) << QStringList();
        QTest::addRow("silent: free space unknown")
            << FactsBuilder().dir(dir(u"GOMODCACHE"_s, u"/home/u/go/pkg/mod"_s, -1, -1)) << QStringList();
        QTest::addRow("silent: GOPATH is not a cache")
            << FactsBuilder().dir(dir(u"GOPATH"_s, u"/home/u/go"_s, 10 * kMiB, 20 * kGiB)) << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD151"_s); }

    void fixCleansBothCaches()
    {
        const auto findings = gmdtest::runCheck(
            u"GMD151"_s, FactsBuilder()
                             .dir(dir(u"GOMODCACHE"_s, u"/home/u/go/pkg/mod"_s, 300 * kMiB, 20 * kGiB))
                             .dir(dir(u"GOCACHE"_s, u"/home/u/.cache/go-build"_s, 300 * kMiB, 20 * kGiB))
                             .build());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].severity, gmd::Severity::Warning);
        QVERIFY(findings[0].message.contains(u"315 MB"_s));
        QVERIFY(findings[0].message.contains(u"21.5 GB"_s));
        QVERIFY(findings[0].message.contains(u"no space left on device"_s));
        QVERIFY(findings[0].message.contains(u"GOCACHE"_s));
        QVERIFY(findings[0].fix.has_value());
        QCOMPARE(findings[0].fix->commands, (QStringList{u"go clean -cache"_s, u"go clean -modcache"_s}));
    }
};

QTEST_GUILESS_MAIN(TestGmd151)
#include "tst_gmd151.moc"
