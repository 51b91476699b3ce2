// SPDX-License-Identifier: MIT
// resolveModuleRoute(): PROXY-7/8 (noproxy, skipped proxies, direct), SUMDB-1/3 (who is asked,
// through which URLs), PRIV-5 (GOINSECURE only for direct).
#include "env/routes.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

using Vars = QMap<QString, QString>;

gmd::EffectiveEnv env(const QMap<QString, QString>& values)
{
    gmd::EffectiveEnv e;
    const QMap<QString, QString> defaults{{u"GOPROXY"_s, u"https://proxy.golang.org,direct"_s},
                                          {u"GOSUMDB"_s, u"sum.golang.org"_s}};
    QMap<QString, QString> all = defaults;
    for (auto it = values.begin(); it != values.end(); ++it)
        all.insert(it.key(), it.value());
    if (all.contains(u"GOPRIVATE"_s)) {
        if (!all.contains(u"GONOPROXY"_s))
            all.insert(u"GONOPROXY"_s, all.value(u"GOPRIVATE"_s));
        if (!all.contains(u"GONOSUMDB"_s))
            all.insert(u"GONOSUMDB"_s, all.value(u"GOPRIVATE"_s));
    }
    for (auto it = all.begin(); it != all.end(); ++it)
        e.set(gmd::EnvValue{it.key(), it.value(), gmd::EnvSource::OsEnvironment, {}, {}, {}, false, {}});
    return e;
}

} // namespace

class TestRoutes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void summary_data()
    {
        QTest::addColumn<Vars>("vars");
        QTest::addColumn<QString>("module");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<bool>("sumdb");
        QTest::addRow("default public module") << QMap<QString, QString>() << u"golang.org/x/text"_s
                                               << u"https://proxy.golang.org → direct"_s << true;
        QTest::addRow("PROXY-7 private module fetched directly") << QMap<QString, QString>{{u"GOPRIVATE"_s, u"git.corp.com"_s}}
                                                                 << u"git.corp.com/a/b"_s << u"direct"_s << false;
        QTest::addRow("PROXY-7 private module under GOPROXY=off") << QMap<QString, QString>{{u"GOPRIVATE"_s, u"git.corp.com"_s}, {u"GOPROXY"_s, u"off"_s}}
                                                                  << u"git.corp.com/a/b"_s << u"direct → off"_s << false;
        QTest::addRow("PROXY-7 public module skips noproxy") << QMap<QString, QString>{{u"GOPRIVATE"_s, u"git.corp.com"_s}}
                                                             << u"golang.org/x/text"_s << u"https://proxy.golang.org → direct"_s << true;
        QTest::addRow("pipe marks any-error fallback") << QMap<QString, QString>{{u"GOPROXY"_s, u"https://a.example|direct"_s}}
                                                       << u"golang.org/x/text"_s << u"https://a.example | → direct"_s << true;
        QTest::addRow("SUMDB-1 GOSUMDB=off") << QMap<QString, QString>{{u"GOSUMDB"_s, u"off"_s}} << u"golang.org/x/text"_s
                                             << u"https://proxy.golang.org → direct"_s << false;
        QTest::addRow("SUMDB-1 toolchain always needs the sumdb") << QMap<QString, QString>{{u"GOSUMDB"_s, u"off"_s}}
                                                                  << u"golang.org/toolchain"_s << u"https://proxy.golang.org → direct"_s << true;
        QTest::addRow("GONOPROXY=none keeps the proxy for private modules")
            << QMap<QString, QString>{{u"GOPRIVATE"_s, u"git.corp.com"_s}, {u"GONOPROXY"_s, u"none"_s}, {u"GOPROXY"_s, u"https://athens.corp.com"_s}}
            << u"git.corp.com/a/b"_s << u"https://athens.corp.com"_s << false;
        QTest::addRow("invalid GOPROXY") << QMap<QString, QString>{{u"GOPROXY"_s, u"DIRECT"_s}} << u"golang.org/x/text"_s
                                         << u"(invalid GOPROXY: invalid proxy URL missing scheme: DIRECT)"_s << true;
    }
    void summary()
    {
        QFETCH(Vars, vars);
        QFETCH(QString, module);
        QFETCH(QString, summary);
        QFETCH(bool, sumdb);
        const gmd::ModuleRoute r = gmd::resolveModuleRoute(module, u"v1.0.0"_s, env(vars));
        QCOMPARE(r.summary(), summary);
        QCOMPARE(r.sumdb.consulted, sumdb);
    }

    void sumdbCandidates_data()
    {
        QTest::addColumn<Vars>("vars");
        QTest::addColumn<QStringList>("candidates");
        QTest::addRow("SUMDB-3 default: via the proxy, then direct") << QMap<QString, QString>()
            << QStringList{u"https://proxy.golang.org/sumdb/sum.golang.org/supported"_s, u"https://sum.golang.org"_s};
        QTest::addRow("SUMDB-3 two proxies") << QMap<QString, QString>{{u"GOPROXY"_s, u"https://goproxy.cn,https://proxy.golang.org,direct"_s}}
            << QStringList{u"https://goproxy.cn/sumdb/sum.golang.org/supported"_s,
                           u"https://proxy.golang.org/sumdb/sum.golang.org/supported"_s, u"https://sum.golang.org"_s};
        QTest::addRow("SUMDB-3 direct first goes direct") << QMap<QString, QString>{{u"GOPROXY"_s, u"direct"_s}}
            << QStringList{u"https://sum.golang.org"_s};
        QTest::addRow("SUMDB-2 explicit URL bypasses proxies") << QMap<QString, QString>{{u"GOSUMDB"_s, u"sum.golang.google.cn"_s}}
            << QStringList{u"https://sum.golang.google.cn"_s};
    }
    void sumdbCandidates()
    {
        QFETCH(Vars, vars);
        QFETCH(QStringList, candidates);
        QCOMPARE(gmd::resolveModuleRoute(u"golang.org/x/text"_s, u"v0.3.8"_s, env(vars)).sumdb.candidates, candidates);
    }

    void goinsecureOnlyMatters()
    {
        const gmd::ModuleRoute r = gmd::resolveModuleRoute(u"git.corp.com/a"_s, u"v1.0.0"_s,
                                                           env({{u"GOINSECURE"_s, u"git.corp.com"_s}}));
        QVERIFY(r.insecure);
        QCOMPARE(r.insecureGlob, u"git.corp.com"_s);
        QVERIFY(!r.noProxy);
    }
};

QTEST_GUILESS_MAIN(TestRoutes)
#include "tst_routes.moc"
