// SPDX-License-Identifier: MIT
// GMD150 cache-not-writable (CACHE-2, H12).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

namespace {
gmd::DirFacts dir(const QString& variable, const QString& path, bool exists, bool writable,
                  const QString& firstExisting = {})
{
    return gmd::DirFacts{.variable = variable, .path = path, .exists = exists, .writable = writable,
                         .firstExisting = firstExisting, .freeBytes = qint64(50) << 30,
                         .totalBytes = qint64(100) << 30, .fsType = u"ext4"_s, .problem = {}};
}
} // namespace

class TestGmd150 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: CACHE-2 GOMODCACHE exists, root-owned")
            << FactsBuilder().dir(dir(u"GOMODCACHE"_s, u"/home/u/go/pkg/mod"_s, true, false))
            << QStringList{u"GOMODCACHE"_s};
        QTest::addRow("fires: H12 GOMODCACHE missing, parent not writable")
            << FactsBuilder().os(u"GOMODCACHE"_s, u"/var/cache/gomod"_s)
                   .dir(dir(u"GOMODCACHE"_s, u"/var/cache/gomod"_s, false, false, u"/var/cache"_s))
            << QStringList{u"GOMODCACHE"_s};
        QTest::addRow("fires: GOMODCACHE and GOPATH under one unwritable folder are one finding")
            << FactsBuilder()
                   .dir(dir(u"GOMODCACHE"_s, u"/home/u/go/pkg/mod"_s, false, false, u"/home/u/go"_s))
                   .dir(dir(u"GOPATH"_s, u"/home/u/go"_s, true, false))
            << QStringList{u"GOMODCACHE"_s};
        QTest::addRow("fires: GOCACHE in a foreign folder")
            << FactsBuilder()
                   .dir(dir(u"GOMODCACHE"_s, u"/home/u/go/pkg/mod"_s, true, true))
                   .dir(dir(u"GOCACHE"_s, u"/root/.cache/go-build"_s, false, false, u"/root"_s))
            << QStringList{u"GOCACHE"_s};
        QTest::addRow("silent: everything writable")
            << FactsBuilder()
                   .dir(dir(u"GOMODCACHE"_s, u"/home/u/go/pkg/mod"_s, true, true))
                   .dir(dir(u"GOPATH"_s, u"/home/u/go"_s, true, true))
                   .dir(dir(u"GOCACHE"_s, u"/home/u/.cache/go-build"_s, false, true, u"/home/u"_s))
            << QStringList();
        QTest::addRow("silent: GOCACHE=off is never written")
            << FactsBuilder().dir(dir(u"GOCACHE"_s, u"off"_s, false, false)) << QStringList();
        QTest::addRow("silent: an empty GOMODCACHE is GMD153's")
            << FactsBuilder().dir(dir(u"GOMODCACHE"_s, QString(), false, false)) << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD150"_s); }

    void fixTakesBackAFolderInHome()
    {
        const auto findings = gmdtest::runCheck(
            u"GMD150"_s, FactsBuilder().dir(dir(u"GOMODCACHE"_s, u"/home/u/go/pkg/mod"_s, true, false)).build());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].severity, gmd::Severity::Error);
        QCOMPARE(findings[0].rootCauseScore, 80);
        QVERIFY(findings[0].fix.has_value());
        QCOMPARE(findings[0].fix->commands, QStringList{u"sudo chown -R \"$(id -un)\": /home/u/go/pkg/mod"_s});
        QVERIFY(findings[0].fix->description.contains(u"-modcacherw"_s));
        QVERIFY(findings[0].message.contains(u"permission denied"_s));
    }

    void fixMovesASharedCacheToTheHome()
    {
        const auto findings = gmdtest::runCheck(
            u"GMD150"_s, FactsBuilder()
                             .os(u"GOMODCACHE"_s, u"/var/cache/gomod"_s)
                             .dir(dir(u"GOMODCACHE"_s, u"/var/cache/gomod"_s, false, false, u"/var/cache"_s))
                             .build());
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings[0].fix.has_value());
        QCOMPARE(findings[0].fix->commands, QStringList{u"export GOMODCACHE=/home/u/go/pkg/mod"_s});
        QVERIFY(findings[0].message.contains(u"/var/cache"_s));
    }

    void gopathMovesWithItsModuleCache()
    {
        const auto findings = gmdtest::runCheck(
            u"GMD150"_s, FactsBuilder()
                             .os(u"GOPATH"_s, u"/opt/go"_s)
                             .dir(dir(u"GOMODCACHE"_s, u"/opt/go/pkg/mod"_s, true, false))
                             .dir(dir(u"GOPATH"_s, u"/opt/go"_s, true, false))
                             .build());
        // Two folders, two deciding folders: two findings; the GOMODCACHE one is the likely cause.
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings[0].subject, u"GOMODCACHE"_s);
        QVERIFY(findings[0].rootCauseScore > findings[1].rootCauseScore);
        QCOMPARE(findings[1].fix->commands, QStringList{u"export GOPATH=/home/u/go"_s});
    }
};

QTEST_GUILESS_MAIN(TestGmd150)
#include "tst_gmd150.moc"
