// SPDX-License-Identifier: MIT
// GMD141 toolchain-download (TC-2..6, SUMDB-1, H9).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

namespace {
const QByteArray kGo1220 = "module example.com/m\n\ngo 1.22.0\n";

FactsBuilder local1215(const QByteArray& goMod = kGo1220)
{
    return FactsBuilder().goVersion(u"1.21.5"_s).goMod(goMod);
}
} // namespace

class TestGmd141 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: TC-2 auto and a newer go line") << local1215() << QStringList { u"go.mod:3"_s };
        QTest::addRow("fires: TC-2 a newer toolchain line")
            << local1215("module example.com/m\n\ngo 1.21.0\n\ntoolchain go1.22.3\n") << QStringList { u"go.mod:5"_s };
        QTest::addRow("fires: TC-1 GOTOOLCHAIN names a newer toolchain, no go.mod needed")
            << FactsBuilder().goVersion(u"1.21.5"_s).os(u"GOTOOLCHAIN"_s, u"go1.23.0"_s)
            << QStringList { u"GOTOOLCHAIN"_s };
        QTest::addRow("fires: TC-4 GOPROXY=off and a newer go line")
            << local1215().os(u"GOPROXY"_s, u"off"_s) << QStringList { u"go.mod:3"_s };
        QTest::addRow("silent: same version") << local1215("module example.com/m\n\ngo 1.21.5\n") << QStringList();
        QTest::addRow("silent: TC-2 toolchain default disables upgrades")
            << local1215("module example.com/m\n\ngo 1.21.0\n\ntoolchain default\n") << QStringList();
        QTest::addRow("silent: TC-4 GOTOOLCHAIN=local fails instead (GMD142)")
            << local1215().os(u"GOTOOLCHAIN"_s, u"local"_s) << QStringList();
        QTest::addRow("silent: TC-3 +path never downloads (GMD143)")
            << local1215().os(u"GOTOOLCHAIN"_s, u"path"_s) << QStringList();
        QTest::addRow("silent: TC-4 a language version is GMD144's")
            << local1215("module example.com/m\n\ngo 1.22\n") << QStringList();
        QTest::addRow("silent: go 1.19 never switches")
            << FactsBuilder().goVersion(u"1.19.8"_s).goMod(kGo1220) << QStringList();
        QTest::addRow("silent: FLAGS-3 GOPATH mode does no selection")
            << local1215().os(u"GO111MODULE"_s, u"off"_s) << QStringList();
        QTest::addRow("silent: no go.mod") << FactsBuilder().goVersion(u"1.21.5"_s) << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD141"_s); }

    void severityDependsOnWhetherTheDownloadCanWork_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("default route: warning")
            << local1215() << int(gmd::Severity::Warning) << u"golang.org/toolchain@v0.0.1-go1.22.0.linux-amd64"_s;
        QTest::addRow("TC-4 GOPROXY=off: error")
            << local1215().os(u"GOPROXY"_s, u"off"_s) << int(gmd::Severity::Error) << u"toolchain not available"_s;
        QTest::addRow("SUMDB-1 GOSUMDB=off: error") << local1215().os(u"GOSUMDB"_s,
            u"off"_s) << int(gmd::Severity::Error) << u"checksum database disabled by GOSUMDB=off"_s;
        QTest::addRow("PROXY-5 empty GOPROXY: error")
            << local1215().envFile("GOPROXY=\n") << int(gmd::Severity::Error) << u"GOPROXY is unusable"_s;
        QTest::addRow("TC-6 direct: warning")
            << local1215().os(u"GOPROXY"_s, u"direct"_s) << int(gmd::Severity::Warning) << u"latest patch release"_s;
    }
    void severityDependsOnWhetherTheDownloadCanWork()
    {
        QFETCH(FactsBuilder, facts);
        QFETCH(int, severity);
        QFETCH(QString, fragment);
        const auto findings = gmdtest::runCheck(u"GMD141"_s, facts.build());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(int(findings[0].severity), severity);
        QVERIFY2(findings[0].message.contains(fragment), qPrintable(findings[0].message));
        QCOMPARE(findings[0].rootCauseScore, 80);
        QVERIFY(findings[0].location.has_value());
        QCOMPARE(findings[0].location->line, 3);
    }

    void evidenceAndFix()
    {
        const auto findings = gmdtest::runCheck(u"GMD141"_s, local1215().build());
        QCOMPARE(findings.size(), 1);
        QStringList labels;
        for (const gmd::Evidence& e : findings[0].evidence)
            labels << e.label;
        QVERIFY2(labels.contains(u"go line (go.mod)"_s), qPrintable(labels.join(u", "_s)));
        QVERIFY(labels.contains(u"local go"_s));
        QVERIFY(labels.contains(u"GOTOOLCHAIN ($GOROOT/go.env)"_s) || labels.join(u' ').contains(u"GOTOOLCHAIN"_s));
        QVERIFY(findings[0].fix.has_value());
        QCOMPARE(findings[0].fix->commands, QStringList { u"go env -w GOTOOLCHAIN=local"_s });
        QVERIFY(findings[0].message.contains(u"go: downloading go1.22.0 (linux/amd64)"_s));
    }
};

QTEST_GUILESS_MAIN(TestGmd141)
#include "tst_gmd141.moc"
