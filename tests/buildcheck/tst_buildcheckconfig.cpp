// SPDX-License-Identifier: MIT
// Which build checks run (spec dockerfile.md D1.1-D1.6) and the rule catalogue (D2).
#include "buildcheck/buildcheckrules.h"
#include "buildchecktest.h"

using namespace Qt::Literals::StringLiterals;

namespace {

/// "skip=[..] skipAll error experimental=[..] experimentalAll | error" for comparisons.
QString describe(const gmd::BuildCheckConfig& c)
{
    if (!c.ok())
        return u"error: "_s + c.parseError;
    QString out = u"skip=["_s + c.skip.join(u',') + u']';
    if (c.skipAll)
        out += u" skipAll"_s;
    if (c.error)
        out += u" error"_s;
    out += u" experimental=["_s + c.experimental.join(u',') + u']';
    if (c.experimentalAll)
        out += u" experimentalAll"_s;
    return out;
}

} // namespace

class TestBuildCheckConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void options_data()
    {
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("expected");
        QTest::addRow("D1.1 empty") << QString() << u"skip=[] experimental=[]"_s;
        QTest::addRow("D1.1 skip list") << u"skip=JSONArgsRecommended,StageNameCasing"_s
                                        << u"skip=[JSONArgsRecommended,StageNameCasing] experimental=[]"_s;
        QTest::addRow("D1.1 whitespace trimmed")
            << u"  skip = A , B ;  error = true "_s << u"skip=[A,B] error experimental=[]"_s;
        QTest::addRow("D1.1 skip=all") << u"skip=all"_s << u"skip=[] skipAll experimental=[]"_s;
        QTest::addRow("D1.1 experimental=all") << u"experimental=all"_s << u"skip=[] experimental=[] experimentalAll"_s;
        QTest::addRow("D1.1 experimental list") << u"experimental=InvalidDefinitionDescription"_s
                                                << u"skip=[] experimental=[InvalidDefinitionDescription]"_s;
        QTest::addRow("D1.1 error=1") << u"error=1"_s << u"skip=[] error experimental=[]"_s;
        QTest::addRow("D1.1 error=F") << u"error=F"_s << u"skip=[] experimental=[]"_s;
        QTest::addRow("D1.1 later key wins") << u"skip=A;skip=B"_s << u"skip=[B] experimental=[]"_s;
        QTest::addRow("D1.1 at most three items, the third keeps ';'")
            << u"skip=A;error=true;experimental=all;x=y"_s << u"skip=[A] error experimental=[all;x=y]"_s;
        QTest::addRow("D1.1 bad bool")
            << u"error=maybe"_s
            << u"error: failed to parse check option \"error=maybe\": strconv.ParseBool: parsing \"maybe\": invalid syntax"_s;
        QTest::addRow("D1.1 unknown key") << u"foo=bar"_s << u"error: invalid check option \"foo\""_s;
        QTest::addRow("D1.1 item without =") << u"skip=A;error"_s << u"error: invalid check option \"error\""_s;
    }
    void options()
    {
        QFETCH(QString, options);
        QFETCH(QString, expected);
        QCOMPARE(describe(gmd::parseCheckOptions(options)), expected);
    }

    void directives_data()
    {
        buildchecktest::addColumns();
        const QStringList none;
        QTest::addRow("D1.1 skip one rule")
            << u"JSONArgsRecommended"_s << QByteArray("# check=skip=JSONArgsRecommended\nFROM alpine\nCMD echo hi\n")
            << none << none;
        QTest::addRow("D1.1 text after a space is ignored")
            << u"JSONArgsRecommended"_s
            << QByteArray("# check=skip=JSONArgsRecommended because we like it\nFROM alpine\nCMD echo hi\n") << none
            << none;
        QTest::addRow("D1.1 skip=all") << QString() << QByteArray("# check=skip=all\nFROM alpine AS Run\nCMD echo\n")
                                       << none << none;
        QTest::addRow("D1.2 names are case-sensitive")
            << u"JSONArgsRecommended"_s << QByteArray("# check=skip=jsonargsrecommended\nFROM alpine\nCMD echo hi\n")
            << none
            << QStringList {
                   u"3: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals"_s
               };
        QTest::addRow("D1.4 skip=all does not stop an enabled experimental rule")
            << QString()
            << QByteArray(
                   "# check=skip=all;experimental=InvalidDefinitionDescription\n\n# the version\nARG V\nFROM alpine\n")
            << none << QStringList { u"4: Comment for ARG should follow the format: `# V <description>`"_s };
        QTest::addRow("D1.5 the build arg replaces the directive")
            << QString() << QByteArray("# check=skip=JSONArgsRecommended\nFROM alpine AS Run\nCMD echo hi\n")
            << QStringList { u"BUILDKIT_DOCKERFILE_CHECK=skip=StageNameCasing"_s }
            << QStringList {
                   u"3: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals"_s
               };
        QTest::addRow("D1.6 comment skips one instruction")
            << u"SecretsUsedInArgOrEnv"_s
            << QByteArray("FROM golang\n# check=skip=SecretsUsedInArgOrEnv\nARG GITHUB_TOKEN\nARG NPM_TOKEN\n") << none
            << QStringList { u"4: Do not use ARG or ENV instructions for sensitive data (ARG \"NPM_TOKEN\")"_s };
        QTest::addRow("D1.6 only the first check comment counts")
            << QString()
            << QByteArray(
                   "FROM golang\n# check=skip=UndefinedVar\n# check=skip=SecretsUsedInArgOrEnv\nENV API_TOKEN=$TOKEN\n")
            << none
            << QStringList { u"4: Do not use ARG or ENV instructions for sensitive data (ENV \"API_TOKEN\")"_s };
        QTest::addRow("D1.6 a comment that does not parse changes nothing")
            << u"SecretsUsedInArgOrEnv"_s << QByteArray("FROM golang\n# check=bogus\nARG API_KEY\n") << none
            << QStringList { u"3: Do not use ARG or ENV instructions for sensitive data (ARG \"API_KEY\")"_s };
        QTest::addRow("D1.6 on a FROM")
            << u"UndefinedArgInFrom"_s
            << QByteArray("FROM golang AS build\n# check=skip=UndefinedArgInFrom\nFROM ${RUNTIME:-alpine}\n") << none
            << none;
        QTest::addRow("D1.6 on the later of two CMDs")
            << u"MultipleInstructionsDisallowed"_s
            << QByteArray("FROM alpine\nCMD [\"a\"]\n# check=skip=MultipleInstructionsDisallowed\nCMD [\"b\"]\n")
            << none << none;
        QTest::addRow("D1.6 file-level rules ignore instruction comments")
            << u"ConsistentInstructionCasing"_s
            << QByteArray("FROM alpine\n# check=skip=ConsistentInstructionCasing\nrun echo\nRUN echo\n") << none
            << QStringList { u"3: Command 'run' should match the case of the command majority (uppercase)"_s };
    }
    void directives() { buildchecktest::compareRow(); }

    void configErrors_data()
    {
        QTest::addColumn<QByteArray>("dockerfile");
        QTest::addColumn<QStringList>("buildArgs");
        QTest::addColumn<QString>("error");
        QTest::addRow("D1.1 bad directive") << QByteArray("# check=foo\nFROM alpine AS Run\n") << QStringList()
                                            << u"failed to parse check options: invalid check option \"foo\""_s;
        QTest::addRow("D1.5 bad build arg")
            << QByteArray("FROM alpine AS Run\n") << QStringList { u"BUILDKIT_DOCKERFILE_CHECK=nope"_s }
            << u"failed to parse build-arg:BUILDKIT_DOCKERFILE_CHECK: invalid check option \"nope\""_s;
        QTest::addRow("D1.5 a good build arg hides a bad directive")
            << QByteArray("# check=foo\nFROM alpine AS run\n")
            << QStringList { u"BUILDKIT_DOCKERFILE_CHECK=error=true"_s } << QString();
    }
    void configErrors()
    {
        QFETCH(QByteArray, dockerfile);
        QFETCH(QStringList, buildArgs);
        QFETCH(QString, error);
        const gmd::BuildCheckReport report = buildchecktest::run(dockerfile, buildchecktest::withArgs(buildArgs));
        QCOMPARE(report.error, error);
        if (!error.isEmpty())
            QVERIFY(report.results.isEmpty()); // BuildKit fails before any check
    }

    void failure_data()
    {
        QTest::addColumn<QByteArray>("dockerfile");
        QTest::addColumn<QString>("failure");
        QTest::addRow("D1.3 error=true with findings")
            << QByteArray("# check=error=true\nFROM alpine\nMAINTAINER me\nCMD echo\nCMD echo\n")
            << u"lint violation found for rules: MaintainerDeprecated, JSONArgsRecommended, "
               "MultipleInstructionsDisallowed"_s;
        QTest::addRow("D1.3 error=true without findings")
            << QByteArray("# check=error=true\nFROM alpine\nCMD [\"a\"]\n") << QString();
        QTest::addRow("D1.3 findings without error=true") << QByteArray("FROM alpine\nCMD echo\n") << QString();
    }
    void failure()
    {
        QFETCH(QByteArray, dockerfile);
        QFETCH(QString, failure);
        QCOMPARE(buildchecktest::run(dockerfile).failure, failure);
    }

    void catalogue()
    {
        const QList<gmd::BuildCheckRule>& rules = gmd::buildCheckRules();
        QCOMPARE(rules.size(), 22); // D2
        QStringList names;
        for (const gmd::BuildCheckRule& r : rules) {
            QVERIFY2(!names.contains(r.name), qPrintable(r.name));
            names.append(r.name);
            QVERIFY(!r.description.isEmpty());
            QCOMPARE(r.url.isEmpty(), r.name == "InvalidBaseImagePlatform"_L1);
            QCOMPARE(r.experimental, r.name == "InvalidDefinitionDescription"_L1); // D1.4
            QCOMPARE(r.offline, r.name != "InvalidBaseImagePlatform"_L1); // D1.7
        }
        QVERIFY(gmd::findBuildCheckRule(u"UndefinedVar"_s));
        QVERIFY(!gmd::findBuildCheckRule(u"undefinedvar"_s)); // D1.2
        QCOMPARE(gmd::findBuildCheckRule(u"NoEmptyContinuation"_s)->url,
            u"https://docs.docker.com/go/dockerfile/rule/no-empty-continuation/"_s);
        const gmd::BuildCheckReport report = buildchecktest::run("FROM alpine\nMAINTAINER me\n");
        QCOMPARE(report.notRun,
            QStringList { u"InvalidBaseImagePlatform: needs the pulled base image's platform; not run offline"_s });
        QCOMPARE(report.results.size(), 1);
        QCOMPARE(report.results.first().formatShort(),
            u"MaintainerDeprecated: Maintainer instruction is deprecated in favor of using label (line 2)"_s);
        QCOMPARE(report.results.first().url, u"https://docs.docker.com/go/dockerfile/rule/maintainer-deprecated/"_s);
        QCOMPARE(report.results.first().location.file, u"Dockerfile"_s);
    }

    void configOverride()
    {
        gmd::BuildCheckOptions options;
        options.config = gmd::parseCheckOptions(u"skip=MaintainerDeprecated"_s);
        const gmd::BuildCheckReport report =
            buildchecktest::run("# check=skip=all\nFROM alpine\nMAINTAINER me\nCMD x\n", options);
        QCOMPARE(buildchecktest::findings(report),
            QStringList {
                u"4: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals"_s });
    }
};

QTEST_GUILESS_MAIN(TestBuildCheckConfig)
#include "tst_buildcheckconfig.moc"
