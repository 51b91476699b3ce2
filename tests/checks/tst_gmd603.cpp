// SPDX-License-Identifier: MIT
// GMD603 network-proxy-unreachable (H3, NET-3).
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

class TestNetworkProxyUnreachable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: HTTPS_PROXY at a closed port (NET-3)")
            << env().probe(proxyFault(ProbeOutcome::ProxyConnectFailed, kProxy, u"HTTPS_PROXY"_s, u"http://127.0.0.1:9"_s))
            << QStringList { u"HTTPS_PROXY"_s };
        QTest::addRow("fires: proxy refuses the tunnel")
            << env().probe(proxyFault(ProbeOutcome::ProxyError, kProxy, u"https_proxy"_s, u"http://127.0.0.1:9"_s))
            << QStringList { u"https_proxy"_s };
        QTest::addRow("silent: direct refused is GMD601's")
            << env().probe(probeResult(ProbeOutcome::ConnectionRefused, kProxy, u"GOPROXY"_s, 1))
            << QStringList();
        QTest::addRow("silent: no probes ran (--no-network)") << env().noNetwork() << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD603"_s); }

    void secretsMasked()
    {
        const auto findings = gmdtest::runCheck(u"GMD603"_s,
            env().probe(proxyFault(ProbeOutcome::ProxyConnectFailed, kProxy, u"HTTPS_PROXY"_s,
                u"http://bob:hunter2@127.0.0.1:9"_s)).build());
        QCOMPARE(findings.size(), 1);
        QVERIFY2(!findings[0].message.contains(u"hunter2"_s), qPrintable(findings[0].message));
        for (const gmd::Evidence& e : findings[0].evidence)
            QVERIFY2(!e.value.contains(u"hunter2"_s) && !e.source.contains(u"hunter2"_s), qPrintable(e.value));
    }
};

QTEST_GUILESS_MAIN(TestNetworkProxyUnreachable)
#include "tst_gmd603.moc"
