// SPDX-License-Identifier: MIT
// planProbes(): GOPROXY entries in order with real protocol URLs (PROXY-8, PROTO-1/2), the
// checksum database along cmd/go's path (SUMDB-2/3/4), private hosts with DNS + TCP + TLS only
// (H5), and the rule that no private module path is ever put into a URL sent to a proxy.
#include "net/probeplan.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmd::ProbeKind;

namespace {

using Vars = QMap<QString, QString>;

/// An environment like the resolver's: defaults, GONOPROXY/GONOSUMDB derived from GOPRIVATE.
gmd::EffectiveEnv makeEnv(const Vars& values)
{
    gmd::EffectiveEnv e;
    Vars all { { u"GOPROXY"_s, u"https://proxy.golang.org,direct"_s }, { u"GOSUMDB"_s, u"sum.golang.org"_s } };
    for (auto it = values.begin(); it != values.end(); ++it)
        all.insert(it.key(), it.value());
    for (auto it = all.begin(); it != all.end(); ++it)
        e.set(gmd::EnvValue { it.key(), it.value(), gmd::EnvSource::OsEnvironment, {}, {}, {}, false, {} });
    if (all.contains(u"GOPRIVATE"_s)) {
        for (const QString& name : { u"GONOPROXY"_s, u"GONOSUMDB"_s }) {
            if (!all.contains(name))
                e.set(gmd::EnvValue {
                    name, all.value(u"GOPRIVATE"_s), gmd::EnvSource::Derived, {}, {}, u"GOPRIVATE"_s, false, {} });
        }
    }
    return e;
}

QList<gmd::ModuleRoute> routes(const gmd::EffectiveEnv& env, const QStringList& modules)
{
    QList<gmd::ModuleRoute> list;
    for (const QString& m : modules) {
        const QStringList parts = m.split(u'@');
        list << gmd::resolveModuleRoute(parts.first(), parts.value(1), env);
    }
    return list;
}

QStringList urls(const gmd::ProbePlan& plan)
{
    QStringList out;
    for (const gmd::ProbeTarget& t : plan.probes)
        out << t.id + u' ' + t.url;
    return out;
}

} // namespace

class TestProbePlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultEnvironment()
    {
        const gmd::EffectiveEnv env = makeEnv({});
        const gmd::ProbePlan plan =
            gmd::planProbes(env, routes(env, { u"github.com/Azure/go-autorest@v14.2.0+incompatible"_s }));
        const QStringList expected = {
            u"goproxy-1-list https://proxy.golang.org/github.com/!azure/go-autorest/@v/list"_s,
            u"goproxy-1-info https://proxy.golang.org/github.com/!azure/go-autorest/@v/v14.2.0+incompatible.info"_s,
            u"sumdb-supported-1 https://proxy.golang.org/sumdb/sum.golang.org/supported"_s,
            u"sumdb-direct https://sum.golang.org/latest"_s,
        };
        QCOMPARE(urls(plan), expected);
        QCOMPARE(plan.sampleModule, u"github.com/Azure/go-autorest"_s);
        QVERIFY(plan.sampleReason.contains(u"first requirement"_s));
        QCOMPARE(plan.probes.at(0).subject, u"GOPROXY entry 1 (https://proxy.golang.org)"_s);
        QCOMPARE(plan.probes.at(0).subjectVariable, u"GOPROXY"_s);
        QCOMPARE(plan.probes.at(0).check, gmd::BodyCheck::VersionList);
        QCOMPARE(plan.probes.at(1).check, gmd::BodyCheck::InfoJson);
        QCOMPARE(plan.probes.at(2).subjectVariable, u"GOSUMDB"_s);
        QCOMPARE(plan.probes.at(3).check, gmd::BodyCheck::SumDbLatest);
    }

    void fallbackModuleWhenNoPublicRequirement()
    {
        const gmd::EffectiveEnv env =
            makeEnv({ { u"GOPROXY"_s, u"https://a.example|https://b.example/mod/,direct"_s } });
        const gmd::ProbePlan plan = gmd::planProbes(env, {});
        QCOMPARE(plan.sampleModule, u"golang.org/x/text"_s);
        QVERIFY(plan.sampleReason.contains(u"no requirements"_s));
        const QStringList got = urls(plan);
        QVERIFY(got.contains(u"goproxy-1-list https://a.example/golang.org/x/text/@v/list"_s));
        QVERIFY(got.contains(u"goproxy-2-info https://b.example/mod/golang.org/x/text/@v/v0.14.0.info"_s));
        QVERIFY(got.contains(u"sumdb-supported-2 https://b.example/mod/sumdb/sum.golang.org/supported"_s));
        QCOMPARE(got.last(), u"sumdb-direct https://sum.golang.org/latest"_s);
    }

    void privatePathsNeverSentToProxies_data()
    {
        QTest::addColumn<Vars>("vars");
        QTest::addColumn<QStringList>("modules");
        QTest::addColumn<QStringList>("privatePaths");
        QTest::addColumn<bool>("sample");
        QTest::addRow("PROXY-7 GOPRIVATE")
            << Vars { { u"GOPRIVATE"_s, u"git.corp.example,*.internal"_s } }
            << QStringList { u"git.corp.example/team/secret@v1.0.0"_s, u"tools.internal/x@v0.1.0"_s,
                   u"github.com/pkg/errors@v0.9.1"_s }
            << QStringList { u"git.corp.example/team/secret"_s, u"tools.internal/x"_s } << true;
        QTest::addRow("PROXY-7 GONOPROXY only")
            << Vars { { u"GONOPROXY"_s, u"github.com/acme"_s } } << QStringList { u"github.com/acme/secret@v1.2.3"_s }
            << QStringList { u"github.com/acme/secret"_s } << true;
        QTest::addRow("GOPRIVATE=* matches the fallback too")
            << Vars { { u"GOPRIVATE"_s, u"*"_s } } << QStringList { u"git.corp.example/a@v1.0.0"_s }
            << QStringList { u"git.corp.example/a"_s, u"golang.org/x/text"_s } << false;
        QTest::addRow("GOPRIVATE with GONOPROXY=none still keeps the path from proxies")
            << Vars { { u"GOPRIVATE"_s, u"github.com/acme"_s }, { u"GONOPROXY"_s, u"none"_s } }
            << QStringList { u"github.com/acme/secret@v1.0.0"_s } << QStringList { u"github.com/acme/secret"_s }
            << true;
    }
    void privatePathsNeverSentToProxies()
    {
        QFETCH(Vars, vars);
        QFETCH(QStringList, modules);
        QFETCH(QStringList, privatePaths);
        QFETCH(bool, sample);
        const gmd::EffectiveEnv env = makeEnv(vars);
        const gmd::ProbePlan plan = gmd::planProbes(env, routes(env, modules));
        QCOMPARE(!plan.sampleModule.isEmpty(), sample);
        QVERIFY(!plan.probes.isEmpty());
        for (const gmd::ProbeTarget& t : plan.probes) {
            for (const QString& path : privatePaths) {
                const QString escaped = path.toLower();
                QVERIFY2(!t.url.contains(escaped), qPrintable(t.id + u": "_s + t.url));
            }
            if (t.kind == ProbeKind::PrivateHost) {
                QVERIFY(t.connectOnly); // DNS + TCP + TLS only: no request, no credentials
                QCOMPARE(t.url, u"https://"_s + t.host);
            }
            if (!sample && t.kind != ProbeKind::SumDbSupported && t.kind != ProbeKind::SumDbDirect)
                QVERIFY2(t.connectOnly, qPrintable(t.id));
        }
    }

    void privateHostProbes()
    {
        const gmd::EffectiveEnv env =
            makeEnv({ { u"GOPRIVATE"_s, u"git.corp.example"_s }, { u"GOINSECURE"_s, u"git.corp.example/legacy"_s } });
        const gmd::ProbePlan plan = gmd::planProbes(env,
            routes(env,
                { u"git.corp.example/a@v1.0.0"_s, u"git.corp.example/b@v1.0.0"_s, u"git.corp.example/legacy@v0.1.0"_s,
                    u"github.com/pkg/errors@v0.9.1"_s }));
        QList<gmd::ProbeTarget> hosts;
        for (const gmd::ProbeTarget& t : plan.probes) {
            if (t.kind == ProbeKind::PrivateHost)
                hosts << t;
        }
        QCOMPARE(hosts.size(), 1); // one per host
        QCOMPARE(hosts.first().id, u"private-git.corp.example"_s);
        QCOMPARE(hosts.first().subject, u"private host git.corp.example"_s);
        QCOMPARE(hosts.first().subjectVariable, u"GOPRIVATE"_s); // GONOPROXY derived from it
        QVERIFY(hosts.first().verifyTls);

        const gmd::EffectiveEnv explicitEnv = makeEnv({ { u"GONOPROXY"_s, u"git.corp.example"_s } });
        const gmd::ProbePlan p2 = gmd::planProbes(explicitEnv, routes(explicitEnv, { u"git.corp.example/a@v1"_s }));
        QCOMPARE(p2.probes.last().subjectVariable, u"GONOPROXY"_s);
    }

    void goinsecureTurnsOffCertificateChecks()
    {
        const gmd::EffectiveEnv env =
            makeEnv({ { u"GOPRIVATE"_s, u"git.corp.example"_s }, { u"GOINSECURE"_s, u"git.corp.example"_s } });
        const gmd::ProbePlan plan = gmd::planProbes(env, routes(env, { u"git.corp.example/a@v1.0.0"_s }));
        QCOMPARE(plan.probes.last().kind, ProbeKind::PrivateHost);
        QVERIFY(!plan.probes.last().verifyTls); // NET-2
    }

    void sumDbVariants_data()
    {
        QTest::addColumn<Vars>("vars");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("note");
        QTest::addRow("SUMDB-2 explicit URL bypasses proxies")
            << Vars { { u"GOSUMDB"_s, u"sum.golang.org https://sum.example.com/"_s } }
            << QStringList { u"sumdb-direct https://sum.example.com/latest"_s } << QString();
        QTest::addRow("SUMDB-2 sum.golang.google.cn alias")
            << Vars { { u"GOSUMDB"_s, u"sum.golang.google.cn"_s } }
            << QStringList { u"sumdb-direct https://sum.golang.google.cn/latest"_s } << QString();
        QTest::addRow("GOSUMDB=off") << Vars { { u"GOSUMDB"_s, u"off"_s } } << QStringList {} << u"GOSUMDB=off"_s;
        QTest::addRow("invalid GOSUMDB") << Vars { { u"GOSUMDB"_s, u"https://sum.golang.org"_s } } << QStringList {}
                                         << u"GOSUMDB is invalid"_s;
        QTest::addRow("SUMDB-3 GOPROXY=direct")
            << Vars { { u"GOPROXY"_s, u"direct"_s } } << QStringList { u"sumdb-direct https://sum.golang.org/latest"_s }
            << QString();
        QTest::addRow("GOPROXY=off") << Vars { { u"GOPROXY"_s, u"off"_s } }
                                     << QStringList { u"sumdb-direct https://sum.golang.org/latest"_s } << QString();
        QTest::addRow("PROTO-5 file proxy not probed")
            << Vars { { u"GOPROXY"_s, u"file:///srv/mods,direct"_s } }
            << QStringList { u"sumdb-direct https://sum.golang.org/latest"_s } << u"read from disk"_s;
        QTest::addRow("invalid GOPROXY") << Vars { { u"GOPROXY"_s, u"DIRECT"_s } }
                                         << QStringList { u"sumdb-direct https://sum.golang.org/latest"_s }
                                         << u"GOPROXY is invalid"_s;
    }
    void sumDbVariants()
    {
        QFETCH(Vars, vars);
        QFETCH(QStringList, expected);
        QFETCH(QString, note);
        gmd::ProbeOptions options;
        options.probeInfo = false;
        const gmd::ProbePlan plan = gmd::planProbes(makeEnv(vars), {}, options);
        QStringList sumdb;
        for (const QString& u : urls(plan)) {
            if (u.startsWith(u"sumdb"_s))
                sumdb << u;
        }
        QCOMPARE(sumdb, expected);
        if (!note.isEmpty())
            QVERIFY2(plan.notes.join(u'\n').contains(note), qPrintable(plan.notes.join(u'\n')));
    }

    void environmentSettingsAndMasking()
    {
        const gmd::EffectiveEnv env = makeEnv({ { u"GOPROXY"_s, u"https://bob:hunter2@corp.example/go"_s },
            { u"HTTPS_PROXY"_s, u"http://proxy.corp:3128"_s }, { u"NO_PROXY"_s, u".corp.example"_s },
            { u"SSL_CERT_FILE"_s, u"/etc/corp-ca.pem"_s } });
        const gmd::ProbePlan plan = gmd::planProbes(env, {});
        QCOMPARE(plan.httpProxy.httpsProxy, u"http://proxy.corp:3128"_s);
        QCOMPARE(plan.httpProxy.noProxy, u".corp.example"_s);
        QCOMPARE(plan.sslCertFile, u"/etc/corp-ca.pem"_s);
        // The request carries the credentials (Go sends them over https); nothing shown does.
        QVERIFY(plan.probes.first().url.contains(u"hunter2"_s));
        QVERIFY(!plan.probes.first().subject.contains(u"hunter2"_s));
        QVERIFY(!plan.probes.first().proxyBase.contains(u"hunter2"_s));
    }
};

QTEST_GUILESS_MAIN(TestProbePlan)
#include "tst_probeplan.moc"
