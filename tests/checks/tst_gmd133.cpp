// SPDX-License-Identifier: MIT
// GMD133 mod-vendor (FLAGS-1, FLAGS-2, PROXY-10, H10).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

namespace {
const QByteArray kGoMod = "module example.com/m\n\ngo 1.22.0\n\nrequire golang.org/x/text v0.14.0\n";
}

class TestGmd133 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: FLAGS-2 GOFLAGS=-mod=vendor without vendor/modules.txt")
            << FactsBuilder().goMod(kGoMod).os(u"GOFLAGS"_s, u"-mod=vendor"_s) << QStringList { u"GOFLAGS"_s };
        QTest::addRow("fires: FLAGS-2 GOFLAGS=-mod=vendor with vendor/modules.txt (info)")
            << FactsBuilder().goMod(kGoMod).vendor().envFile("GOFLAGS=-mod=vendor\n") << QStringList { u"GOFLAGS"_s };
        QTest::addRow("fires: FLAGS-2 vendor/modules.txt and go >= 1.14 make vendor the default (info)")
            << FactsBuilder().goMod(kGoMod).vendor() << QStringList { u"vendor/modules.txt"_s };
        QTest::addRow("fires: FLAGS-2 vendor folder without modules.txt")
            << FactsBuilder().goMod(kGoMod).vendor(false) << QStringList { u"vendor"_s };
        QTest::addRow("silent: no vendor folder, no flag") << FactsBuilder().goMod(kGoMod) << QStringList();
        QTest::addRow("silent: FLAGS-2 -mod=mod ignores vendor/")
            << FactsBuilder().goMod(kGoMod).vendor().os(u"GOFLAGS"_s, u"-mod=mod"_s) << QStringList();
        QTest::addRow("silent: FLAGS-2 go line before 1.14 does not default to vendor")
            << FactsBuilder().goMod("module example.com/m\n\ngo 1.13\n\nrequire golang.org/x/text v0.14.0\n").vendor()
            << QStringList();
        QTest::addRow("silent: no go.mod") << FactsBuilder().os(u"GOFLAGS"_s, u"-mod=vendor"_s) << QStringList();
        QTest::addRow("silent: FLAGS-1 unparsable GOFLAGS is GMD131's")
            << FactsBuilder().goMod(kGoMod).os(u"GOFLAGS"_s, u"-mod=vendor -foo"_s) << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD133"_s); }

    void severitiesAndFix()
    {
        auto missing =
            gmdtest::runCheck(u"GMD133"_s, FactsBuilder().goMod(kGoMod).os(u"GOFLAGS"_s, u"-mod=vendor -x"_s).build());
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing[0].severity, gmd::Severity::Error);
        QVERIFY(missing[0].message.contains(u"go mod download ignores -mod"_s));
        QVERIFY(missing[0].fix.has_value());
        QCOMPARE(missing[0].fix->commands, QStringList { u"export GOFLAGS=-x"_s });
        auto byDefault = gmdtest::runCheck(u"GMD133"_s, FactsBuilder().goMod(kGoMod).vendor().build());
        QCOMPARE(byDefault.size(), 1);
        QCOMPARE(byDefault[0].severity, gmd::Severity::Info);
    }
};

QTEST_GUILESS_MAIN(TestGmd133)
#include "tst_gmd133.moc"
