// SPDX-License-Identifier: MIT
// GMD152 cache-network-filesystem (CACHE-3, H11, golang/go#49894, #37461).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

namespace {
gmd::DirFacts dir(const QString& variable, const QString& path, const QString& fsType)
{
    return gmd::DirFacts{.variable = variable, .path = path, .exists = true, .writable = true, .firstExisting = {},
                         .freeBytes = qint64(50) << 30, .totalBytes = qint64(100) << 30, .fsType = fsType,
                         .problem = {}};
}
} // namespace

class TestGmd152 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        const QStringList fires{u"GOMODCACHE"_s};
        QTest::addRow("fires: CACHE-3 nfs4 home") << FactsBuilder().dir(dir(u"GOMODCACHE"_s, u"/home/u/go/pkg/mod"_s, u"nfs4"_s)) << fires;
        QTest::addRow("fires: CACHE-3 WSL 9P mount (#37461)") << FactsBuilder().dir(dir(u"GOMODCACHE"_s, u"/mnt/c/go/pkg/mod"_s, u"9p"_s)) << fires;
        QTest::addRow("fires: sshfs") << FactsBuilder().dir(dir(u"GOMODCACHE"_s, u"/mnt/remote/mod"_s, u"fuse.sshfs"_s)) << fires;
        QTest::addRow("fires: cifs share") << FactsBuilder().dir(dir(u"GOMODCACHE"_s, u"/mnt/share/mod"_s, u"cifs"_s)) << fires;
        QTest::addRow("silent: ext4") << FactsBuilder().dir(dir(u"GOMODCACHE"_s, u"/home/u/go/pkg/mod"_s, u"ext4"_s)) << QStringList();
        QTest::addRow("silent: overlay in a container") << FactsBuilder().dir(dir(u"GOMODCACHE"_s, u"/go/pkg/mod"_s, u"overlay"_s)) << QStringList();
        QTest::addRow("silent: only GOCACHE on NFS") << FactsBuilder().dir(dir(u"GOCACHE"_s, u"/home/u/.cache/go-build"_s, u"nfs"_s)) << QStringList();
        QTest::addRow("silent: file system unknown") << FactsBuilder().dir(dir(u"GOMODCACHE"_s, u"/home/u/go/pkg/mod"_s, QString())) << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD152"_s); }

    void explainsTheLockProblemAndSuggestsALocalDisk()
    {
        const auto findings = gmdtest::runCheck(
            u"GMD152"_s,
            FactsBuilder().os(u"USER"_s, u"u"_s).dir(dir(u"GOMODCACHE"_s, u"/home/u/go/pkg/mod"_s, u"nfs4"_s)).build());
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings[0].message.contains(u"no locks available"_s));
        QVERIFY(findings[0].message.contains(u"49894"_s));
        QVERIFY(findings[0].fix.has_value());
        QCOMPARE(findings[0].fix->commands, QStringList{u"go env -w GOMODCACHE=/var/tmp/u/gomodcache"_s});
    }
};

QTEST_GUILESS_MAIN(TestGmd152)
#include "tst_gmd152.moc"
