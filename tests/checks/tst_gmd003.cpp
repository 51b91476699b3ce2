// SPDX-License-Identifier: MIT
// GMD003 go-env-mismatch: the doctor's ENV-1 computation against go env -json.
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

namespace {
QMap<QString, QString> agreeingJson()
{
    return {{u"GOPROXY"_s, u"https://proxy.golang.org,direct"_s},
            {u"GOSUMDB"_s, u"sum.golang.org"_s},
            {u"GOPRIVATE"_s, QString()},
            {u"GONOPROXY"_s, QString()},
            {u"GOPATH"_s, u"/home/u/go"_s},
            {u"GOMODCACHE"_s, u"/home/u/go/pkg/mod"_s},
            {u"GOENV"_s, u"/home/u/.config/go/env"_s}};
}
} // namespace

class TestGmd003 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QMap<QString, QString> differs = agreeingJson();
        differs[u"GOPROXY"_s] = u"https://goproxy.cn,direct"_s;
        QTest::addRow("fires: go reports another GOPROXY") << FactsBuilder().goEnvJson(differs) << QStringList{u"GOPROXY"_s};
        QTest::addRow("silent: agreement") << FactsBuilder().goEnvJson(agreeingJson()) << QStringList();
        QTest::addRow("silent: no go env output") << FactsBuilder() << QStringList();
        QMap<QString, QString> withPrivate = agreeingJson();
        withPrivate[u"GOPRIVATE"_s] = u"*.corp"_s;
        withPrivate[u"GONOPROXY"_s] = u"*.corp"_s;
        QTest::addRow("silent: ENV-7 GONOPROXY defaults to GOPRIVATE")
            << FactsBuilder().envFile("GOPRIVATE=*.corp\n").goEnvJson(withPrivate) << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD003"_s); }
};

QTEST_GUILESS_MAIN(TestGmd003)
#include "tst_gmd003.moc"
