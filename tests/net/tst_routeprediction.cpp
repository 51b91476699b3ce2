// SPDX-License-Identifier: MIT
// describeRoutePrediction(): what go does given the probe outcomes (PROXY-8/9/11, SUMDB-3).
#include "net/routeprediction.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmd::ProbeKind;
using gmd::ProbeOutcome;

namespace {

using Vars = QMap<QString, QString>;

gmd::ModuleRoute route(const QString& module, const Vars& values)
{
    gmd::EffectiveEnv e;
    Vars all { { u"GOPROXY"_s, u"https://proxy.golang.org,direct"_s }, { u"GOSUMDB"_s, u"sum.golang.org"_s } };
    for (auto it = values.begin(); it != values.end(); ++it)
        all.insert(it.key(), it.value());
    if (all.contains(u"GOPRIVATE"_s)) {
        all.insert(u"GONOPROXY"_s, all.value(u"GOPRIVATE"_s));
        all.insert(u"GONOSUMDB"_s, all.value(u"GOPRIVATE"_s));
    }
    for (auto it = all.begin(); it != all.end(); ++it)
        e.set(gmd::EnvValue { it.key(), it.value(), gmd::EnvSource::OsEnvironment, {}, {}, {}, false, {} });
    return gmd::resolveModuleRoute(module, u"v1.0.0"_s, e);
}

gmd::ProbeResult proxy(const QString& base, ProbeOutcome outcome, int status = 0, ProbeKind kind = ProbeKind::ProxyList)
{
    gmd::ProbeResult r;
    r.kind = kind;
    r.proxyBase = base;
    r.outcome = outcome;
    r.httpStatus = status;
    if (status == 200)
        r.statusLine = u"HTTP/1.1 200 OK"_s;
    else if (status == 404)
        r.statusLine = u"HTTP/1.1 404 Not Found"_s;
    else if (status == 403)
        r.statusLine = u"HTTP/1.1 403 Forbidden"_s;
    else if (status == 500)
        r.statusLine = u"HTTP/1.1 500 Internal Server Error"_s;
    return r;
}

gmd::ProbeResult sumdb(const QString& url, ProbeOutcome outcome, int status, ProbeKind kind)
{
    gmd::ProbeResult r = proxy({}, outcome, status, kind);
    r.url = url;
    return r;
}

gmd::ProbeResult host(const QString& name, ProbeOutcome outcome)
{
    gmd::ProbeResult r;
    r.kind = ProbeKind::PrivateHost;
    r.host = name;
    r.outcome = outcome;
    return r;
}

const QString kProxy = u"https://proxy.golang.org"_s;
const QString kSupported = u"https://proxy.golang.org/sumdb/sum.golang.org/supported"_s;

} // namespace

class TestRoutePrediction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void predictions_data()
    {
        QTest::addColumn<gmd::ModuleRoute>("route");
        QTest::addColumn<QList<gmd::ProbeResult>>("results");
        QTest::addColumn<QString>("expected");
        const gmd::ModuleRoute def = route(u"github.com/pkg/errors"_s, {});
        QTest::addRow("PROXY-8 first proxy answers 200; SUMDB-3 via proxy")
            << def
            << QList<gmd::ProbeResult> { proxy(kProxy, ProbeOutcome::Ok, 200),
                   proxy(kProxy, ProbeOutcome::Ok, 200, ProbeKind::ProxyInfo),
                   sumdb(kSupported, ProbeOutcome::Ok, 200, ProbeKind::SumDbSupported) }
            << u"proxy.golang.org answered 200 OK → used; direct is never tried; sumdb via "
               "proxy.golang.org/sumdb/sum.golang.org"_s;
        QTest::addRow("NET-1 .info silent while list answers")
            << def
            << QList<gmd::ProbeResult> { proxy(kProxy, ProbeOutcome::Ok, 200),
                   proxy(kProxy, ProbeOutcome::Silent, 0, ProbeKind::ProxyInfo) }
            << u"proxy.golang.org is silent → go hangs on proxy.golang.org for ever (NET-1); direct is never tried; "
               "sumdb: proxy.golang.org/sumdb/sum.golang.org not probed → outcome unknown"_s;

        const Vars list { { u"GOPROXY"_s, u"https://a.example|https://b.example,direct"_s } };
        const gmd::ModuleRoute ab = route(u"github.com/pkg/errors"_s, list);
        QTest::addRow("PROXY-11 '|' does not cure a hang")
            << ab << QList<gmd::ProbeResult> { proxy(u"https://a.example"_s, ProbeOutcome::Silent) }
            << u"a.example is silent → go hangs on a.example for ever (NET-1); b.example, direct are never tried; "
               "sumdb: a.example/sumdb/sum.golang.org not probed → outcome unknown"_s;
        QTest::addRow("PROXY-8 '|' moves on after 500; SUMDB-3 404 then direct")
            << ab
            << QList<gmd::ProbeResult> { proxy(u"https://a.example"_s, ProbeOutcome::HttpServerError, 500),
                   proxy(u"https://b.example"_s, ProbeOutcome::Ok, 200),
                   sumdb(u"https://a.example/sumdb/sum.golang.org/supported"_s, ProbeOutcome::HttpNotFound, 404,
                       ProbeKind::SumDbSupported),
                   sumdb(u"https://b.example/sumdb/sum.golang.org/supported"_s, ProbeOutcome::HttpNotFound, 404,
                       ProbeKind::SumDbSupported),
                   sumdb(u"https://sum.golang.org/latest"_s, ProbeOutcome::Ok, 200, ProbeKind::SumDbDirect) }
            << u"a.example fails (500 Internal Server Error) → '|' moves on to the next entry (PROXY-8); b.example "
               "answered 200 OK → used; direct is never tried; sumdb direct sum.golang.org: 200 OK"_s;

        const gmd::ModuleRoute comma =
            route(u"github.com/pkg/errors"_s, { { u"GOPROXY"_s, u"https://a.example,https://b.example"_s } });
        QTest::addRow("H15 403 stops a ',' list")
            << comma << QList<gmd::ProbeResult> { proxy(u"https://a.example"_s, ProbeOutcome::HttpDenied, 403) }
            << u"a.example fails (403 Forbidden) → go stops and reports this error (',' falls back only on 404/410: "
               "PROXY-8, H15); b.example is never tried; sumdb: a.example/sumdb/sum.golang.org not probed → "
               "outcome unknown"_s;
        QTest::addRow("PROXY-9 every entry notfound")
            << comma
            << QList<gmd::ProbeResult> { proxy(u"https://a.example"_s, ProbeOutcome::HttpNotFound, 404),
                   proxy(u"https://b.example"_s, ProbeOutcome::HttpNotFound, 404),
                   sumdb(u"https://a.example/sumdb/sum.golang.org/supported"_s, ProbeOutcome::HttpServerError, 500,
                       ProbeKind::SumDbSupported) }
            << u"a.example answered 404 Not Found → next entry (PROXY-8); b.example answered 404 Not Found → next "
               u"entry "
               "(PROXY-8); every entry answered not found → go reports the last not-found error (PROXY-9); checksum "
               "database unavailable: a.example/sumdb/sum.golang.org/supported fails (500 Internal Server Error) and "
               "',' stops there "
               "(SUMDB-3)"_s;

        const gmd::ModuleRoute priv =
            route(u"git.corp.example/team/x"_s, { { u"GOPRIVATE"_s, u"git.corp.example"_s } });
        QTest::addRow("H5 private module: proxy skipped, direct host unknown")
            << priv << QList<gmd::ProbeResult> { host(u"git.corp.example"_s, ProbeOutcome::DnsNotFound) }
            << u"GONOPROXY matches 'git.corp.example': fetched directly; direct → git.corp.example: DNS: no such "
               "host → the direct fetch fails; checksum database not consulted (GONOSUMDB matches "
               "'git.corp.example')"_s;
        QTest::addRow("GOPROXY=off") << route(u"github.com/pkg/errors"_s, { { u"GOPROXY"_s, u"off"_s } })
                                     << QList<gmd::ProbeResult> {}
                                     << u"off → module lookup disabled by GOPROXY=off; sumdb direct sum.golang.org "
                                        "(not probed)"_s;
    }
    void predictions()
    {
        QFETCH(gmd::ModuleRoute, route);
        QFETCH(QList<gmd::ProbeResult>, results);
        QFETCH(QString, expected);
        QCOMPARE(gmd::describeRoutePrediction(route, results), expected);
    }
};

QTEST_GUILESS_MAIN(TestRoutePrediction)
#include "tst_routeprediction.moc"
