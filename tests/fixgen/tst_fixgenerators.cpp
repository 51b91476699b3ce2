// SPDX-License-Identifier: MIT
// The environment fix generators on hand-made facts: where the value is decided (go env file,
// OS environment, ENV-1/ENV-4) picks go env -w/-u (confirm) or a copy-only step (manual), the
// value the check proved is taken over exactly (shell quoting undone), and shadowing (GMD010)
// offers both choices.
#include "fixgen/fixgenerators.h"
#include "testutil/testutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

gmd::Facts hostFacts(const QString& name, const QString& value, gmd::EnvSource source)
{
    gmd::EnvContext host;
    host.id = u"host"_s;
    host.label = u"this machine"_s;
    gmd::EnvValue v;
    v.name = name;
    v.value = value;
    v.source = source;
    host.env.set(v);
    gmd::Facts facts;
    facts.environments << host;
    return facts;
}

gmd::Finding finding(const QString& id, const QString& subject, const QStringList& commands)
{
    gmd::Finding f;
    f.id = id;
    f.subject = subject;
    f.environment = u"host"_s;
    f.fix = gmd::FixHint { u"Do it."_s, commands };
    return f;
}

using GoEnvList = QList<gmd::GoEnvChange>;

} // namespace

Q_DECLARE_METATYPE(gmd::EnvSource)
Q_DECLARE_METATYPE(gmd::FixSafety)

class TestFixGenerators : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void env_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<gmd::EnvSource>("source");
        QTest::addColumn<QStringList>("commands");
        QTest::addColumn<int>("plans");
        QTest::addColumn<gmd::FixSafety>("safety");
        QTest::addColumn<GoEnvList>("goEnv");
        QTest::addColumn<QStringList>("manual");
        const auto file = gmd::EnvSource::UserEnvFile;
        const auto os = gmd::EnvSource::OsEnvironment;
        QTest::addRow("GMD101 GOPROXY=off in the go env file: go env -w (ENV-4)")
            << u"GMD101"_s << u"GOPROXY"_s << file
            << QStringList { u"go env -w GOPROXY=https://proxy.golang.org,direct"_s } << 1 << gmd::FixSafety::Confirm
            << GoEnvList { { u"GOPROXY"_s, u"https://proxy.golang.org,direct"_s } } << QStringList();
        QTest::addRow("GMD101 GOPROXY=off in the OS environment: manual (ENV-1)")
            << u"GMD101"_s << u"GOPROXY"_s << os << QStringList { u"export GOPROXY=https://proxy.golang.org,direct"_s }
            << 1 << gmd::FixSafety::Manual << GoEnvList()
            << QStringList { u"export GOPROXY=https://proxy.golang.org,direct"_s };
        QTest::addRow("GMD102 quoted suggestion is unquoted")
            << u"GMD102"_s << u"GOPROXY"_s << file << QStringList { u"go env -w GOPROXY='https://a.example|direct'"_s }
            << 1 << gmd::FixSafety::Confirm << GoEnvList { { u"GOPROXY"_s, u"https://a.example|direct"_s } }
            << QStringList();
        QTest::addRow("GMD100 empty key in the file: go env -u (ENV-3)")
            << u"GMD100"_s << u"GOPROXY"_s << file << QStringList { u"go env -u GOPROXY"_s } << 1
            << gmd::FixSafety::Confirm << GoEnvList { { u"GOPROXY"_s, std::nullopt } } << QStringList();
        QTest::addRow("GMD110 GOSUMDB=off: unset plus GONOSUMDB patterns")
            << u"GMD110"_s << u"GOSUMDB"_s << file
            << QStringList { u"go env -u GOSUMDB"_s, u"go env -w GONOSUMDB=git.corp.example"_s } << 1
            << gmd::FixSafety::Confirm
            << GoEnvList { { u"GOSUMDB"_s, std::nullopt }, { u"GONOSUMDB"_s, u"git.corp.example"_s } } << QStringList();
        QTest::addRow("GMD140 GOTOOLCHAIN invalid")
            << u"GMD140"_s << u"GOTOOLCHAIN"_s << file << QStringList { u"go env -w GOTOOLCHAIN=auto"_s } << 1
            << gmd::FixSafety::Confirm << GoEnvList { { u"GOTOOLCHAIN"_s, u"auto"_s } } << QStringList();
        QTest::addRow("GMD131 GOFLAGS with a space in a value")
            << u"GMD131"_s << u"GOFLAGS"_s << file << QStringList { u"go env -w GOFLAGS='-mod=mod -trimpath'"_s } << 1
            << gmd::FixSafety::Confirm << GoEnvList { { u"GOFLAGS"_s, u"-mod=mod -trimpath"_s } } << QStringList();
        QTest::addRow("GMD010 shadowing: go env -u or remove the OS variable")
            << u"GMD010"_s << u"GOPROXY"_s << os << QStringList { u"unset GOPROXY"_s } << 2 << gmd::FixSafety::Confirm
            << GoEnvList { { u"GOPROXY"_s, std::nullopt } } << QStringList();
        QTest::addRow("GMD104 explains only: no plan")
            << u"GMD104"_s << u"GOPROXY"_s << file << QStringList { u"go env -w GOPROXY=x"_s } << 0
            << gmd::FixSafety::Confirm << GoEnvList() << QStringList();
    }

    void env()
    {
        QFETCH(QString, id);
        QFETCH(QString, name);
        QFETCH(gmd::EnvSource, source);
        QFETCH(QStringList, commands);
        QFETCH(int, plans);
        QFETCH(gmd::FixSafety, safety);
        QFETCH(GoEnvList, goEnv);
        QFETCH(QStringList, manual);
        const gmd::Facts facts = hostFacts(name, u"off"_s, source);
        const QList<gmd::FixPlan> got = gmd::fixPlansFor(facts, finding(id, name, commands));
        QCOMPARE(got.size(), plans);
        if (plans == 0)
            return;
        const gmd::FixPlan& p = got.first();
        QVERIFY2(gmd::validateFixPlan(p).isEmpty(), qPrintable(gmd::validateFixPlan(p).join(u"; "_s)));
        QCOMPARE(p.safety, safety);
        QCOMPARE(p.goEnv, goEnv);
        QCOMPARE(p.findingId, id);
        QVERIFY(p.id.startsWith(id + u':' + name + u':'));
        QStringList gotManual;
        for (const gmd::ManualStep& m : p.manual)
            gotManual += m.commands;
        QCOMPARE(gotManual, manual);
        if (id == u"GMD010"_s) {
            const gmd::FixPlan& second = got.at(1);
            QCOMPARE(second.safety, gmd::FixSafety::Manual);
            QVERIFY(!second.isApplicable());
            QCOMPARE(second.manual.value(0).commands, QStringList { u"unset GOPROXY"_s });
            QVERIFY(second.id != p.id);
        }
    }

    void secretsMaskedInTitles()
    {
        const gmd::Facts facts = hostFacts(u"GOPROXY"_s, u"off"_s, gmd::EnvSource::UserEnvFile);
        const QList<gmd::FixPlan> got = gmd::fixPlansFor(facts,
            finding(
                u"GMD101"_s, u"GOPROXY"_s, { u"go env -w GOPROXY=https://user:s3cr3tpass@proxy.example,direct"_s }));
        QCOMPARE(got.size(), 1);
        QVERIFY2(!got.first().title.contains(u"s3cr3tpass"_s), qPrintable(got.first().title));
        QCOMPARE(
            got.first().goEnv.value(0).value.value_or(QString()), u"https://user:s3cr3tpass@proxy.example,direct"_s);
    }

    void unknownEnvironmentGivesNothing()
    {
        gmd::Facts facts = hostFacts(u"GOPROXY"_s, u"off"_s, gmd::EnvSource::UserEnvFile);
        gmd::Finding f = finding(u"GMD101"_s, u"GOPROXY"_s, { u"go env -w GOPROXY=direct"_s });
        f.environment = u"Dockerfile:x:3"_s;
        QVERIFY(gmd::fixPlansFor(facts, f).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFixGenerators)
#include "tst_fixgenerators.moc"
