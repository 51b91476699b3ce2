// SPDX-License-Identifier: MIT
// GMD163 proxy-variable-case-conflict (NET-3: Go reads the upper-case name first; curl the lower-case one).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

namespace {
QString allText(const gmd::Finding& f)
{
    QString all = f.message + f.subject;
    for (const gmd::Evidence& e : f.evidence)
        all += e.label + e.value + e.source;
    if (f.fix)
        all += f.fix->description + f.fix->commands.join(u' ');
    return all;
}
} // namespace

class TestGmd163 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: NET-3 HTTPS_PROXY and https_proxy differ")
            << FactsBuilder().os(u"HTTPS_PROXY"_s, u"http://a.corp:3128"_s).os(u"https_proxy"_s, u"http://b.corp:8080"_s)
            << QStringList{u"HTTPS_PROXY"_s};
        QTest::addRow("fires: NET-3 NO_PROXY and no_proxy differ")
            << FactsBuilder().os(u"NO_PROXY"_s, u"localhost"_s).os(u"no_proxy"_s, u"localhost,.corp.example"_s)
            << QStringList{u"NO_PROXY"_s};
        QTest::addRow("fires: two pairs")
            << FactsBuilder()
                   .os(u"HTTPS_PROXY"_s, u"http://a.corp:3128"_s).os(u"https_proxy"_s, u"http://b.corp:8080"_s)
                   .os(u"HTTP_PROXY"_s, u"http://a.corp:3128"_s).os(u"http_proxy"_s, u"http://b.corp:8080"_s)
            << QStringList{u"HTTPS_PROXY"_s, u"HTTP_PROXY"_s};
        QTest::addRow("silent: both spellings equal")
            << FactsBuilder().os(u"HTTPS_PROXY"_s, u"http://a.corp:3128"_s).os(u"https_proxy"_s, u"http://a.corp:3128"_s)
            << QStringList();
        QTest::addRow("silent: only the upper-case one")
            << FactsBuilder().os(u"HTTPS_PROXY"_s, u"http://a.corp:3128"_s) << QStringList();
        QTest::addRow("silent: NET-3 an empty lower-case value is unset")
            << FactsBuilder().os(u"HTTPS_PROXY"_s, u"http://a.corp:3128"_s).os(u"https_proxy"_s, QString())
            << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD163"_s); }

    void fixAlignsTheLowerCaseSpelling()
    {
        const auto findings = gmdtest::runCheck(u"GMD163"_s, FactsBuilder()
                                                                 .os(u"HTTPS_PROXY"_s, u"http://a.corp:3128"_s)
                                                                 .os(u"https_proxy"_s, u"http://b.corp:8080"_s)
                                                                 .build());
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings[0].message.contains(u"http://b.corp:8080"_s));
        QCOMPARE(findings[0].fix->commands, QStringList{u"export https_proxy=\"$HTTPS_PROXY\""_s});
    }

    void passwordNeverShown()
    {
        const auto findings = gmdtest::runCheck(u"GMD163"_s, FactsBuilder()
                                                                 .os(u"HTTPS_PROXY"_s, u"http://user:pw@proxy.corp:3128"_s)
                                                                 .os(u"https_proxy"_s, u"http://user:old@proxy.corp:3128"_s)
                                                                 .build());
        QCOMPARE(findings.size(), 1);
        const QString all = allText(findings[0]);
        QVERIFY2(!all.contains(u"user:pw"_s) && !all.contains(u"user:old"_s), qPrintable(all));
        QVERIFY(findings[0].message.contains(u"differ only in their (masked) credentials"_s));
    }
};

QTEST_GUILESS_MAIN(TestGmd163)
#include "tst_gmd163.moc"
