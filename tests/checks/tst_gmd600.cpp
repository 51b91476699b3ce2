// SPDX-License-Identifier: MIT
// GMD600 network-dns-failure (H2).
#include "checktestutil.h"

#include "checks/engine.h"
#include "checks/registry.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmd::ProbeKind;
using gmd::ProbeOutcome;
using gmdtest::FactsBuilder;
using gmdtest::probeResult;
using gmdtest::proxyFault;

namespace {
const QString kProxy = u"http://127.0.0.1:8081/golang.org/x/text/@v/list"_s;
const QString kSumDb = u"https://sum.golang.org/latest"_s;
FactsBuilder env(const QString& goproxy = u"http://127.0.0.1:8081,direct"_s)
{
    return FactsBuilder().os(u"GOPROXY"_s, goproxy).goMod("module example.com/app\n\ngo 1.22\n");
}
} // namespace

class TestNetworkDnsFailure : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: GOPROXY host does not exist (H2)")
            << env().probe(probeResult(ProbeOutcome::DnsNotFound, kProxy, u"GOPROXY"_s, 1))
            << QStringList { u"GOPROXY"_s };
        QTest::addRow("fires: GOSUMDB resolver timeout")
            << env().probe(probeResult(ProbeOutcome::DnsTimeout, kSumDb, u"GOSUMDB"_s, -1, ProbeKind::SumDbDirect))
            << QStringList { u"GOSUMDB"_s };
        QTest::addRow("silent: the proxy answers")
            << env().probe(probeResult(ProbeOutcome::Ok, kProxy, u"GOPROXY"_s, 1))
            << QStringList();
        QTest::addRow("silent: refused is GMD601's")
            << env().probe(probeResult(ProbeOutcome::ConnectionRefused, kProxy, u"GOPROXY"_s, 1))
            << QStringList();
        QTest::addRow("silent: no probes ran (--no-network)") << env().noNetwork() << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD600"_s); }

    /// The message names the host go looks up, not the whole URL ("lookup proxy.example").
    void messageNamesTheHost()
    {
        const gmd::Facts facts = env(u"https://goproxy.example.invalid,direct"_s)
                                     .probe(probeResult(ProbeOutcome::DnsNotFound,
                                         u"https://goproxy.example.invalid/golang.org/x/text/@v/list"_s, u"GOPROXY"_s, 1))
                                     .build();
        const QList<gmd::Finding> found = gmdtest::runCheck(u"GMD600"_s, facts);
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().message.contains(u"lookup goproxy.example.invalid ..."_s), qPrintable(found.first().message));
        QVERIFY2(found.first().message.contains(u"the name goproxy.example.invalid does not exist"_s),
            qPrintable(found.first().message));
    }
};

QTEST_GUILESS_MAIN(TestNetworkDnsFailure)
#include "tst_gmd600.moc"
