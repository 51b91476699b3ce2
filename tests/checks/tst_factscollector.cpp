// SPDX-License-Identifier: MIT
// The impure part of the collector: folders, module files and PATH toolchains on a real disk.
#include "checks/factscollector.h"
#include "testutil/testutil.h"

#include <QDir>
#include <QFile>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestFactsCollector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inspectDir_data()
    {
        QTest::addColumn<QString>("relative"); // below the temporary folder
        QTest::addColumn<bool>("exists");
        QTest::addColumn<QString>("firstExisting"); // relative, "" when the folder exists
        QTest::addRow("existing folder") << u"."_s << true << QString();
        QTest::addRow("missing nested folder: the nearest parent decides") << u"go/pkg/mod"_s << false << u"."_s;
        QTest::addRow("missing below an existing one") << u"made/a/b"_s << false << u"made"_s;
    }
    void inspectDir()
    {
        QFETCH(QString, relative);
        QFETCH(bool, exists);
        QFETCH(QString, firstExisting);
        QTemporaryDir tmp;
        QDir(tmp.path()).mkpath(u"made"_s);
        const gmd::DirFacts f = gmd::inspectDir(u"GOMODCACHE"_s, QDir::cleanPath(tmp.path() + u'/' + relative));
        QCOMPARE(f.exists, exists);
        QVERIFY(f.writable);
        if (!exists)
            QCOMPARE(f.firstExisting, QDir::cleanPath(tmp.path() + u'/' + firstExisting));
        QVERIFY(f.freeBytes > 0);
        // Qt reads the type from /proc/self/mountinfo; inside a chroot whose root is
        // not a mount point there is none to read, so compare with Qt's own answer.
        QCOMPARE(f.fsType, QString::fromUtf8(QStorageInfo(tmp.path()).fileSystemType()));
    }

    void projectFiles()
    {
        QTemporaryDir tmp;
        QVERIFY(gmdtest::writeFile(tmp.filePath(u"go.mod"_s), "module example.com/m\n\ngo 1.21\n\nrequire golang.org/x/text v0.3.8\n"));
        QVERIFY(gmdtest::writeFile(tmp.filePath(u"go.sum"_s), "golang.org/x/text v0.3.8/go.mod h1:abc=\n"));
        QVERIFY(gmdtest::writeFile(tmp.filePath(u"go.work"_s), QByteArray("\x00\x01binary", 8)));
        QDir(tmp.path()).mkpath(u"vendor"_s);
        const gmd::ProjectFacts p = gmd::collectProjectFacts(tmp.path());
        QVERIFY(p.goMod.has_value());
        QCOMPARE(p.goMod->requirements.size(), 1);
        QVERIFY(p.goSum.has_value());
        QVERIFY(!p.goWork.has_value());
        QVERIFY2(p.goWorkProblem.contains(u"binary"_s), qPrintable(p.goWorkProblem));
        QVERIFY(p.hasVendorDir);
        QVERIFY(!p.hasVendorModulesTxt);
    }

    void workspaceModulesFromGoWork()
    {
        QTemporaryDir tmp;
        QVERIFY(gmdtest::writeFile(tmp.filePath(u"go.mod"_s), "module example.com/app\n\ngo 1.22\n"));
        QVERIFY(gmdtest::writeFile(tmp.filePath(u"go.work"_s), "go 1.22\n\nuse (\n\t.\n\t./lib\n\t./missing\n)\n"));
        QVERIFY(gmdtest::writeFile(tmp.filePath(u"lib/go.mod"_s), "module example.com/lib\n\ngo 1.22\n"));
        const gmd::ProjectFacts p = gmd::collectProjectFacts(tmp.path());
        QCOMPARE(p.workspaceModules, QStringList({ u"example.com/app"_s, u"example.com/lib"_s }));
        QVERIFY(gmd::collectProjectFacts(tmp.path(), u"off"_s).workspaceModules.isEmpty());
    }

    void binaryGoModIsAProblemNotACrash()
    {
        QTemporaryDir tmp;
        QVERIFY(gmdtest::writeFile(tmp.filePath(u"go.mod"_s), QByteArray(4096, '\0')));
        const gmd::ProjectFacts p = gmd::collectProjectFacts(tmp.path());
        QVERIFY(!p.goMod.has_value());
        QVERIFY(p.goModProblem.contains(tmp.filePath(u"go.mod"_s)));
    }

    void toolchainsOnPath()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        for (const QString& name : {u"go1.22.3"_s, u"go1.21rc2"_s, u"gofmt"_s, u"go1.x"_s}) {
            QVERIFY(gmdtest::writeFile(a.filePath(name), "#!/bin/sh\n"));
            QFile::setPermissions(a.filePath(name), QFile::ReadOwner | QFile::ExeOwner);
        }
        QVERIFY(gmdtest::writeFile(b.filePath(u"go1.20.1"_s), "not executable"));
        QStringList found = gmd::goToolchainsOnPath(a.path() + u':' + b.path());
        found.sort();
        QCOMPARE(found, QStringList({u"go1.21rc2"_s, u"go1.22.3"_s}));
    }
};

QTEST_GUILESS_MAIN(TestFactsCollector)
#include "tst_factscollector.moc"
