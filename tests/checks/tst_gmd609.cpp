// SPDX-License-Identifier: MIT
// GMD609 network-server-error (PROXY-8).
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

class TestNetworkServerError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: 500 stops a ',' list (PROXY-8)")
            << env().probe(probeResult(ProbeOutcome::HttpServerError, kProxy, u"GOPROXY"_s, 1))
            << QStringList { u"GOPROXY"_s };
        QTest::addRow("silent: the proxy answers")
            << env().probe(probeResult(ProbeOutcome::Ok, kProxy, u"GOPROXY"_s, 1))
            << QStringList();
        QTest::addRow("silent: no probes ran (--no-network)") << env().noNetwork() << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD609"_s); }
};

QTEST_GUILESS_MAIN(TestNetworkServerError)
#include "tst_gmd609.moc"
