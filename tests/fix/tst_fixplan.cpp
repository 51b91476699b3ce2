// SPDX-License-Identifier: MIT
// FixPlan (issue 5 section 1): JSON round trip (text and binary contents), masking for display,
// validation.
#include "fix/fixplan.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gmd;

class TestFixPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonRoundTrip();
    void maskedJsonIsNotApplicable();
    void validate_data();
    void validate();
    void safetyKeys();
    void shellEnvironmentOfPlans();
};

namespace {

FixPlan samplePlan()
{
    FixPlan p;
    p.id = makeFixPlanId(u"GMD100"_s, u"GOPROXY"_s, 1);
    p.findingId = u"GMD100:GOPROXY"_s;
    p.title = u"Use the public proxy"_s;
    p.description = u"GOPROXY=off stops every download."_s;
    p.safety = FixSafety::Confirm;
    p.edits.append(FileEdit { u"/w/go.mod"_s, false, "module x\r\n", "module x\r\ngo 1.22\r\n" });
    p.edits.append(FileEdit { u"/w/bin.dat"_s, false, QByteArray("\xff\x00\x01", 3), QByteArray("\xfe\r", 2) });
    p.edits.append(FileEdit { u"/w/new.txt"_s, true, {}, "new\n" });
    p.goEnv.append(GoEnvChange { u"GOPROXY"_s, u"https://user:hunter2@proxy.example/"_s });
    p.goEnv.append(GoEnvChange { u"GOFLAGS"_s, std::nullopt });
    p.manual.append(ManualStep { u"Tell CI"_s, { u"export GOPROXY=https://proxy.golang.org"_s } });
    p.shellEnvironment.append(GoEnvChange { u"GOPROXY"_s, std::nullopt });
    p.shellEnvironment.append(GoEnvChange { u"GONOSUMDB"_s, u"corp.example"_s });
    p.touchesChecks = QStringList { u"GMD100"_s, u"GMD101"_s };
    return p;
}

} // namespace

void TestFixPlan::jsonRoundTrip()
{
    const FixPlan p = samplePlan();
    const QByteArray text = QJsonDocument(fixPlanToJson(p)).toJson();
    QString error;
    const auto back = fixPlanFromJson(QJsonDocument::fromJson(text).object(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->id, u"GMD100:GOPROXY:1"_s);
    QVERIFY(*back == p);
    QVERIFY(text.contains("\"originalEncoding\": \"base64\"")); // invalid UTF-8 stored as base64
    QVERIFY(text.contains("module x\\r\\n")); // text stays readable
}

void TestFixPlan::maskedJsonIsNotApplicable()
{
    const QJsonObject masked = fixPlanToJson(samplePlan(), true);
    const QByteArray text = QJsonDocument(masked).toJson();
    QVERIFY(!text.contains("hunter2"));
    QString error;
    QVERIFY(!fixPlanFromJson(masked, &error));
    QVERIFY(error.contains(u"masked"_s));
}

void TestFixPlan::validate_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<QString>("expected");
    QTest::addRow("valid") << 0 << QString();
    QTest::addRow("relative path") << 1 << u"not an absolute path"_s;
    QTest::addRow("duplicate path") << 2 << u"twice"_s;
    QTest::addRow("create with original") << 3 << u"records original content"_s;
    QTest::addRow("bad go env key") << 4 << u"not a valid name"_s;
    QTest::addRow("value with newline") << 5 << u"line break"_s;
    QTest::addRow("manual with edits") << 6 << u"manual"_s;
}

void TestFixPlan::validate()
{
    QFETCH(int, variant);
    FixPlan p = samplePlan();
    switch (variant) {
    case 1:
        p.edits[0].path = u"go.mod"_s;
        break;
    case 2:
        p.edits[1].path = u"/w/./go.mod"_s;
        break;
    case 3:
        p.edits[2].original = "x";
        break;
    case 4:
        p.goEnv[0].key = u"GO PROXY"_s;
        break;
    case 5:
        p.goEnv[0].value = u"a\nb"_s;
        break;
    case 6:
        p.safety = FixSafety::Manual;
        break;
    }
    const QString problems = validateFixPlan(p).join(u'\n');
    QFETCH(QString, expected);
    if (expected.isEmpty())
        QCOMPARE(problems, QString());
    else
        QVERIFY2(problems.contains(expected), qPrintable(problems));
}

void TestFixPlan::safetyKeys()
{
    for (FixSafety s : { FixSafety::Automatic, FixSafety::Confirm, FixSafety::Manual })
        QCOMPARE(parseFixSafety(fixSafetyKey(s)), s);
    QVERIFY(!parseFixSafety(u"maybe"_s));
}

/// The environment a new shell has after profile edits: what verification diagnoses with.
void TestFixPlan::shellEnvironmentOfPlans()
{
    QProcessEnvironment e;
    e.insert(u"GOPROXY"_s, u"off"_s);
    e.insert(u"HOME"_s, u"/home/u"_s);
    const QProcessEnvironment after = withShellEnvironment(e, { samplePlan() });
    QVERIFY(!after.contains(u"GOPROXY"_s));
    QCOMPARE(after.value(u"GONOSUMDB"_s), u"corp.example"_s);
    QCOMPARE(after.value(u"HOME"_s), u"/home/u"_s);
    QCOMPARE(withShellEnvironment(e, {}).toStringList(), e.toStringList());
}

QTEST_GUILESS_MAIN(TestFixPlan)
#include "tst_fixplan.moc"
