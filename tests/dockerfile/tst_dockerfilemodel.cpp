// SPDX-License-Identifier: MIT
// Instruction layer, spec rules B1-B3 (RUN --mount values: tst_runmount).
#include "dockerfile/dockerfilemodel.h"
#include "dockerfile/dockerfileparser.h"
#include "testutil/testutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

gmd::DockerfileModel model(const QByteArray& input)
{
    return gmd::buildDockerfileModel(gmd::parseDockerfile(input, u"Dockerfile"_s));
}

QStringList errorsOf(const gmd::DockerfileModel& m)
{
    QStringList out;
    for (const gmd::Diagnostic& d : m.diagnostics) {
        if (d.level == gmd::DiagnosticLevel::Error)
            out.append(u"%1: %2"_s.arg(d.location.line).arg(d.message));
    }
    return out;
}

} // namespace

class TestDockerfileModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void errors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected"); // "line: message" of the first error, empty for none
        // B1 stages
        QTest::addRow("B1.1 ARG before FROM is fine") << QByteArray("ARG A=1\nFROM x\n") << QString();
        QTest::addRow("B1.1 other instruction before FROM")
            << QByteArray("ENV A=1\nFROM x\n") << u"1: no build stage in current context"_s;
        QTest::addRow("B1.2 two arguments")
            << QByteArray("FROM a b\n") << u"1: FROM requires either one or three arguments"_s;
        QTest::addRow("B1.2 no arguments")
            << QByteArray("FROM\n") << u"1: FROM requires either one or three arguments"_s;
        QTest::addRow("B1.2 middle word must be AS")
            << QByteArray("FROM a FOR b\n") << u"1: FROM requires either one or three arguments"_s;
        QTest::addRow("B1.2 name starting with a digit")
            << QByteArray("FROM a AS 1b\n")
            << u"1: invalid name for build stage: \"1b\", name can't start with a number or contain symbols"_s;
        QTest::addRow("B1.2 name with a symbol")
            << QByteArray("FROM a AS b$c\n")
            << u"1: invalid name for build stage: \"b$c\", name can't start with a number or contain symbols"_s;
        QTest::addRow("B1.2 upper-case name is accepted") << QByteArray("FROM a as Build-1_x.y\n") << QString();
        QTest::addRow("B1.3 COPY from a later stage")
            << QByteArray("FROM a AS one\nCOPY --from=two x y\nFROM b AS two\n")
            << u"2: cannot copy from stage \"two\", it needs to be defined before current stage \"one\""_s;
        QTest::addRow("B1.3 COPY from its own stage index")
            << QByteArray("FROM a\nCOPY --from=0 x y\n")
            << u"2: cannot copy from stage \"0\", it needs to be defined before current stage \"stage-0\""_s;
        QTest::addRow("B1.3 COPY from a missing index")
            << QByteArray("FROM a\nCOPY --from=5 x y\n") << u"2: invalid stage index 5"_s;
        QTest::addRow("B1.3 COPY from an image") << QByteArray("FROM a\nCOPY --from=golang:1.22 x y\n") << QString();
        QTest::addRow("B1.3 COPY --from is case-insensitive")
            << QByteArray("FROM a AS Build\nFROM b\nCOPY --from=BUILD x y\n") << QString();
        // B2 flags
        QTest::addRow("B2.1 unknown flag with suggestion")
            << QByteArray("FROM a\nCOPY --form=x a b\n") << u"2: unknown flag: --form (did you mean from?)"_s;
        QTest::addRow("B2.1 unknown flag") << QByteArray("FROM a\nRUN --foo=1 x\n") << u"2: unknown flag: --foo"_s;
        QTest::addRow("B2.1 duplicate flag")
            << QByteArray("FROM a\nCOPY --chown=a --chown=b x y\n") << u"2: duplicate flag specified: --chown"_s;
        QTest::addRow("B2.1 repeatable flag") << QByteArray("FROM a\nCOPY --exclude=a --exclude=b x y\n") << QString();
        QTest::addRow("B2.2 bool flag with empty value")
            << QByteArray("FROM a\nCOPY --link= x y\n") << u"2: missing a value on flag: --link"_s;
        QTest::addRow("B2.2 bool flag with bad value")
            << QByteArray("FROM a\nCOPY --link=yes x y\n") << u"2: expecting boolean value for flag --link, not: yes"_s;
        QTest::addRow("B2.2 string flag needs a value")
            << QByteArray("FROM a\nCOPY --from x y\n") << u"2: missing a value on flag: --from"_s;
        QTest::addRow("B2.3 FROM --platform") << QByteArray("FROM --platform=$BUILDPLATFORM a\n") << QString();
        QTest::addRow("B2.3 FROM unknown flag")
            << QByteArray("FROM --plaform=x a\n") << u"1: unknown flag: --plaform (did you mean platform?)"_s;
        QTest::addRow("B2.3 ARG ignores flags") << QByteArray("ARG --foo A\nFROM a\n") << QString();
        QTest::addRow("B2.3 STOPSIGNAL ignores flags") << QByteArray("FROM a\nSTOPSIGNAL --foo SIGTERM\n") << QString();
        QTest::addRow("B2.3 HEALTHCHECK NONE ignores flags")
            << QByteArray("FROM a\nHEALTHCHECK --foo NONE\n") << QString();
        QTest::addRow("B2.3 CMD takes no flags") << QByteArray("FROM a\nCMD --foo x\n") << u"2: unknown flag: --foo"_s;
        QTest::addRow("B2.3 ENV takes no flags") << QByteArray("FROM a\nENV --x=1 A=1\n") << u"2: unknown flag: --x"_s;
        QTest::addRow("B2.3 ADD --unpack")
            << QByteArray("FROM a\nADD --unpack=false --keep-git-dir x y\n") << QString();
        QTest::addRow("B2.3 COPY --parents") << QByteArray("FROM a\nCOPY --parents x y\n") << QString();
        QTest::addRow("B2.3 RUN network value")
            << QByteArray("FROM a\nRUN --network=bridge x\n") << u"2: invalid network mode \"bridge\""_s;
        QTest::addRow("B2.3 RUN security value")
            << QByteArray("FROM a\nRUN --security=x y\n") << u"2: security \"x\" is not valid"_s;
        QTest::addRow("B4 mount error reported") << QByteArray("FROM a\nRUN --mount=type=cahce,target=/x y\n")
                                                 << u"2: unsupported mount type \"cahce\" (did you mean cache?)"_s;
        // B3 arguments
        QTest::addRow("B3.1 ENV without pairs")
            << QByteArray("FROM a\nENV\n") << u"2: ENV requires at least one argument"_s;
        QTest::addRow("B3.1 LABEL without pairs")
            << QByteArray("FROM a\nLABEL\n") << u"2: LABEL requires at least one argument"_s;
        QTest::addRow("B3.1 blank ENV name") << QByteArray("FROM a\nENV =x\n") << u"2: ENV names can not be blank"_s;
        QTest::addRow("B3.2 ARG without names") << QByteArray("ARG\n") << u"1: ARG requires at least one argument"_s;
        QTest::addRow("B3.2 blank ARG name") << QByteArray("ARG =x\n") << u"1: ARG names can not be blank"_s;
        QTest::addRow("B3.3 COPY needs a destination")
            << QByteArray("FROM a\nCOPY x\n")
            << u"2: COPY requires at least two arguments, but only one was provided. Destination could not be determined"_s;
        QTest::addRow("B3.3 ADD needs a destination")
            << QByteArray("FROM a\nADD x\n")
            << u"2: ADD requires at least two arguments, but only one was provided. Destination could not be determined"_s;
        QTest::addRow("A8.9 heredoc destination")
            << QByteArray("FROM a\nCOPY x <<EOF\nEOF\n") << u"2: COPY cannot accept a heredoc as a destination"_s;
        QTest::addRow("B3.4 WORKDIR needs one argument")
            << QByteArray("FROM a\nWORKDIR\n") << u"2: WORKDIR requires exactly one argument"_s;
        QTest::addRow("B3.4 USER needs one argument")
            << QByteArray("FROM a\nUSER\n") << u"2: USER requires exactly one argument"_s;
        QTest::addRow("B3.4 MAINTAINER needs one argument")
            << QByteArray("FROM a\nMAINTAINER\n") << u"2: MAINTAINER requires exactly one argument"_s;
        QTest::addRow("B3.4 STOPSIGNAL needs one argument")
            << QByteArray("FROM a\nSTOPSIGNAL\n") << u"2: STOPSIGNAL requires exactly one argument"_s;
        QTest::addRow("B3.5 EXPOSE needs an argument")
            << QByteArray("FROM a\nEXPOSE\n") << u"2: EXPOSE requires at least one argument"_s;
        QTest::addRow("B3.5 VOLUME needs an argument")
            << QByteArray("FROM a\nVOLUME\n") << u"2: VOLUME requires at least one argument"_s;
        QTest::addRow("B3.5 empty VOLUME item")
            << QByteArray("FROM a\nVOLUME [\" \"]\n") << u"2: VOLUME specified can not be an empty string"_s;
        QTest::addRow("B3.5 HEALTHCHECK needs an argument")
            << QByteArray("FROM a\nHEALTHCHECK\n") << u"2: HEALTHCHECK requires at least one argument"_s;
        QTest::addRow("B3.6 HEALTHCHECK NONE takes nothing")
            << QByteArray("FROM a\nHEALTHCHECK NONE x\n") << u"2: HEALTHCHECK NONE takes no arguments"_s;
        QTest::addRow("B3.6 HEALTHCHECK unknown type") << QByteArray("FROM a\nHEALTHCHECK connect x\n")
                                                       << u"2: Unknown type \"CONNECT\" in HEALTHCHECK (try CMD)"_s;
        QTest::addRow("B3.6 HEALTHCHECK CMD without command")
            << QByteArray("FROM a\nHEALTHCHECK CMD\n") << u"2: Missing command after HEALTHCHECK CMD"_s;
        QTest::addRow("B3.6 interval below 1ms") << QByteArray("FROM a\nHEALTHCHECK --interval=10us CMD x\n")
                                                 << u"2: Interval \"interval\" cannot be less than 1ms"_s;
        QTest::addRow("B3.6 bad duration")
            << QByteArray("FROM a\nHEALTHCHECK --timeout=abc CMD x\n") << u"2: time: invalid duration \"abc\""_s;
        QTest::addRow("B3.6 duration without unit")
            << QByteArray("FROM a\nHEALTHCHECK --timeout=5 CMD x\n") << u"2: time: missing unit in duration \"5\""_s;
        QTest::addRow("B3.6 zero duration means unset")
            << QByteArray("FROM a\nHEALTHCHECK --timeout=0s CMD x\n") << QString();
        QTest::addRow("B3.6 negative retries")
            << QByteArray("FROM a\nHEALTHCHECK --retries=-1 CMD x\n") << u"2: --retries cannot be negative (-1)"_s;
        QTest::addRow("B3.6 retries not a number") << QByteArray("FROM a\nHEALTHCHECK --retries=x CMD y\n")
                                                   << u"2: strconv.ParseInt: parsing \"x\": invalid syntax"_s;
        QTest::addRow("B3.7 SHELL in shell form")
            << QByteArray("FROM a\nSHELL sh -c\n") << u"2: SHELL requires the arguments to be in JSON form"_s;
        QTest::addRow("B3.7 SHELL with an empty array")
            << QByteArray("FROM a\nSHELL []\n") << u"2: SHELL requires at least one argument"_s;
        QTest::addRow("B3.8 ONBUILD ONBUILD") << QByteArray("FROM a\nONBUILD ONBUILD RUN x\n")
                                              << u"2: Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed"_s;
        QTest::addRow("B3.8 ONBUILD FROM")
            << QByteArray("FROM a\nonbuild from x\n") << u"2: FROM isn't allowed as an ONBUILD trigger"_s;
        QTest::addRow("B3.8 ONBUILD MAINTAINER")
            << QByteArray("FROM a\nONBUILD MAINTAINER x\n") << u"2: MAINTAINER isn't allowed as an ONBUILD trigger"_s;
        QTest::addRow("B3.8 bare ONBUILD")
            << QByteArray("FROM a\nONBUILD\n") << u"2: ONBUILD requires at least one argument"_s;
        // A5.2 unknown instructions
        QTest::addRow("A5.2 unknown instruction with suggestion")
            << QByteArray("FORM a\n") << u"1: unknown instruction: FORM (did you mean FROM?)"_s;
        QTest::addRow("A5.2 suggestion keeps the casing")
            << QByteArray("FROM a\nrum x\n") << u"2: unknown instruction: rum (did you mean run?)"_s;
        QTest::addRow("A5.2 unknown instruction")
            << QByteArray("FROM a\nBOGUS x\n") << u"2: unknown instruction: BOGUS"_s;
        // A9 parse errors come first
        QTest::addRow("A9 parser error is reported")
            << QByteArray("FROM a\nENV A\n") << u"2: ENV must have two arguments"_s;
    }
    void errors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        const QStringList errs = errorsOf(model(input));
        QCOMPARE(errs.value(0), expected);
    }

    void stages()
    {
        const gmd::DockerfileModel m = model("ARG GO=1.22\n"
                                             "ARG BASE\n"
                                             "# builder compiles the module\n"
                                             "FROM --platform=$BUILDPLATFORM golang:${GO} AS Builder\n"
                                             "RUN go mod download\n"
                                             "FROM builder\n"
                                             "FROM Builder AS final\n"
                                             "COPY --from=builder /out /out\n");
        QVERIFY2(errorsOf(m).isEmpty(), qPrintable(errorsOf(m).join(u'\n')));
        QCOMPARE(m.globalArgs.size(), 2);
        QCOMPARE(m.stages.size(), 3);
        const gmd::DockerStage& b = m.stages.at(0);
        QCOMPARE(b.name, u"builder"_s);
        QCOMPARE(b.baseName, u"golang:${GO}"_s);
        QCOMPARE(b.platform, u"$BUILDPLATFORM"_s);
        QCOMPARE(b.comment, u"compiles the module"_s);
        const gmd::FromInstruction* from = b.from.as<gmd::FromInstruction>();
        QVERIFY(from);
        QCOMPARE(from->stageNameAsWritten, u"Builder"_s);
        QCOMPARE(from->nameLocation.file, u"Dockerfile"_s);
        QCOMPARE(from->nameLocation.line, 4);
        QCOMPARE(from->nameLocation.column, 48);
        QCOMPARE(b.commands.size(), 1);
        // B1.3: exact comparison with the lower-cased names.
        QCOMPARE(m.stages.at(1).baseStageIndex, 0);
        QCOMPARE(m.stages.at(1).displayName(), u"stage-1"_s);
        QCOMPARE(m.stages.at(2).baseStageIndex, -1);
        QString error;
        QCOMPARE(m.resolveStageReference(u"BUILDER"_s, 2, &error), 0);
        QCOMPARE(m.resolveStageReference(u"1"_s, 2, &error), 1);
        QCOMPARE(m.resolveStageReference(u"alpine"_s, 2, &error), -1);
        QVERIFY(error.isEmpty());
    }

    void typedInstructions()
    {
        const gmd::DockerfileModel m = model("FROM a\n"
                                             "ENV A 1 2\n"
                                             "LABEL k=v \"x\"=y\n"
                                             "ARG N V=1\n"
                                             "COPY --chmod=644 --link <<-EOF <<'RAW' src /dst/\n"
                                             "\tone\n"
                                             "EOF\n"
                                             "$X\n"
                                             "RAW\n"
                                             "RUN [\"go\", \"build\"]\n"
                                             "CMD go run .\n"
                                             "HEALTHCHECK --interval=1m30s --retries=3 CMD curl -f x\n"
                                             "EXPOSE 8080/tcp 443\n"
                                             "ONBUILD RUN <<EOF\n"
                                             "echo hi\n"
                                             "EOF\n"
                                             "SHELL [\"bash\", \"-c\"]\n"
                                             "WORKDIR /src\n");
        QVERIFY2(errorsOf(m).isEmpty(), qPrintable(errorsOf(m).join(u'\n')));
        const QList<gmd::DockerInstruction>& c = m.stages.first().commands;
        QCOMPARE(c.size(), 11);
        const auto* env = c.at(0).as<gmd::EnvInstruction>();
        QVERIFY(env && env->pairs.size() == 1 && env->pairs.first().legacy);
        QCOMPARE(env->pairs.first().value, u"1 2"_s);
        const auto* label = c.at(1).as<gmd::LabelInstruction>();
        QVERIFY(label && label->pairs.size() == 2 && !label->pairs.at(1).legacy);
        QCOMPARE(label->pairs.at(1).key, u"\"x\""_s);
        const auto* arg = c.at(2).as<gmd::ArgInstruction>();
        QVERIFY(arg && arg->args.size() == 2);
        QVERIFY(!arg->args.at(0).defaultValue);
        QCOMPARE(arg->args.at(1).defaultValue.value_or(QString()), u"1"_s);
        const auto* copy = c.at(3).as<gmd::CopyInstruction>();
        QVERIFY(copy);
        QCOMPARE(copy->chmod, u"644"_s);
        QVERIFY(copy->link);
        QCOMPARE(copy->sources, QStringList { u"src"_s });
        QCOMPARE(copy->dest, u"/dst/"_s);
        QCOMPARE(copy->inlineSources.size(), 2);
        QCOMPARE(copy->inlineSources.at(0).data, u"one\n"_s); // chomped (A8.8)
        QVERIFY(copy->inlineSources.at(0).expand);
        QCOMPARE(copy->inlineSources.at(1).data, u"$X\n"_s);
        QVERIFY(!copy->inlineSources.at(1).expand);
        const auto* run = c.at(4).as<gmd::RunInstruction>();
        QVERIFY(run && !run->command.prependShell);
        QCOMPARE(run->command.args, (QStringList { u"go"_s, u"build"_s }));
        QCOMPARE(run->network, u"default"_s);
        const auto* cmd = c.at(5).as<gmd::CmdInstruction>();
        QVERIFY(cmd && cmd->command.prependShell);
        QCOMPARE(cmd->command.args, QStringList { u"go run ."_s });
        const auto* hc = c.at(6).as<gmd::HealthcheckInstruction>();
        QVERIFY(hc);
        QCOMPARE(hc->test, (QStringList { u"CMD-SHELL"_s, u"curl -f x"_s }));
        QCOMPARE(hc->intervalNs, qint64(90) * 1000000000);
        QCOMPARE(hc->retries, 3);
        const auto* expose = c.at(7).as<gmd::ExposeInstruction>();
        QVERIFY(expose);
        QCOMPARE(expose->ports, (QStringList { u"443"_s, u"8080/tcp"_s }));
        const auto* onbuild = c.at(8).as<gmd::OnbuildInstruction>();
        QVERIFY(onbuild && onbuild->trigger);
        QCOMPARE(onbuild->expression, u"RUN <<EOF\necho hi\nEOF"_s); // A8.11
        QCOMPARE(onbuild->trigger->kind, gmd::InstructionKind::Run);
        QCOMPARE(onbuild->trigger->as<gmd::RunInstruction>()->command.files.size(), 1);
        QCOMPARE(c.at(9).as<gmd::ShellInstruction>()->shell, (QStringList { u"bash"_s, u"-c"_s }));
        QCOMPARE(c.at(10).as<gmd::WorkdirInstruction>()->path, u"/src"_s);
        QCOMPARE(c.at(10).node.startLine, 18);
    }

    void runFlags()
    {
        const gmd::DockerfileModel m =
            model("FROM a\n"
                  "RUN --mount=type=cache,target=/go/pkg/mod --mount=type=secret,id=netrc,required "
                  "--network=none --security=insecure --device=/dev/fuse,required go mod download\n");
        QVERIFY2(errorsOf(m).isEmpty(), qPrintable(errorsOf(m).join(u'\n')));
        const auto* run = m.stages.first().commands.first().as<gmd::RunInstruction>();
        QVERIFY(run);
        QCOMPARE(run->mounts.size(), 2);
        QCOMPARE(run->mounts.at(0).type, u"cache"_s);
        QCOMPARE(run->mounts.at(1).type, u"secret"_s);
        QVERIFY(run->mounts.at(1).required);
        QCOMPARE(run->network, u"none"_s);
        QCOMPARE(run->security, u"insecure"_s);
        QCOMPARE(run->devices.size(), 1);
        QCOMPARE(run->devices.first().name, u"/dev/fuse"_s);
        QVERIFY(run->devices.first().required);
        QCOMPARE(run->flagsUsed, (QStringList { u"device"_s, u"mount"_s, u"network"_s, u"security"_s }));
    }

    void failedFromStillOpensAStage()
    {
        const gmd::DockerfileModel m = model("FROM a b\nRUN x\n");
        QCOMPARE(m.stages.size(), 1);
        QVERIFY(!m.stages.first().valid);
        QCOMPARE(m.stages.first().commands.size(), 1);
        QCOMPARE(errorsOf(m), QStringList { u"1: FROM requires either one or three arguments"_s });
    }

    void onbuildTriggerProblemIsAWarning()
    {
        const gmd::DockerfileModel m = model("FROM a\nONBUILD COPY x\n");
        QVERIFY(errorsOf(m).isEmpty());
        QCOMPARE(m.diagnostics.size(), 1);
        QCOMPARE(m.diagnostics.first().level, gmd::DiagnosticLevel::Warning);
        QVERIFY(m.diagnostics.first().message.startsWith(u"ONBUILD trigger: COPY requires at least two arguments"_s));
    }

    void diagnosticLocation()
    {
        const gmd::DockerfileModel m = model("FROM a\n  COPY --from=x \\\n   y\n");
        QCOMPARE(m.diagnostics.size(), 1);
        const gmd::Diagnostic& d = m.diagnostics.first();
        QCOMPARE(d.location.file, u"Dockerfile"_s);
        QCOMPARE(d.location.line, 2);
        QCOMPARE(d.location.column, 3);
        QCOMPARE(d.location.endLine, 3);
        QCOMPARE(d.sourceLine, u"  COPY --from=x \\"_s);
    }

    void neverCrashes_data()
    {
        QTest::addColumn<QByteArray>("input");
        QByteArray junk;
        for (int i = 0; i < 20000; ++i)
            junk.append(char((i * 7919 + 13) % 256));
        QTest::addRow("binary junk") << junk;
        QTest::addRow("70000-byte line") << QByteArray("FROM a\nRUN ") + QByteArray(70000, 'y');
        QTest::addRow("unterminated heredoc") << QByteArray("FROM a\nRUN <<EOF\n");
        QTest::addRow("empty") << QByteArray();
    }
    void neverCrashes()
    {
        QFETCH(QByteArray, input);
        const gmd::DockerfileModel m = model(input);
        QVERIFY(gmd::hasErrors(m.diagnostics));
    }

    void goModuleFixture()
    {
        const QByteArray input = gmdtest::readFile(gmdtest::testDataDir() + u"/dockerfile/go-module.Dockerfile"_s);
        QVERIFY(!input.isEmpty());
        const gmd::DockerfileModel m = gmd::buildDockerfileModel(gmd::parseDockerfile(input));
        QVERIFY2(errorsOf(m).isEmpty(), qPrintable(errorsOf(m).join(u'\n')));
        QCOMPARE(m.stages.size(), 2);
        QCOMPARE(m.stages.at(0).name, u"build"_s);
        const auto* run = m.stages.at(0).commands.at(2).as<gmd::RunInstruction>();
        QVERIFY(run);
        QCOMPARE(run->mounts.size(), 2);
        QCOMPARE(run->mounts.at(0).effectiveCacheId(), u"/go/pkg/mod"_s);
        QCOMPARE(run->mounts.at(0).effectiveSharing(), u"locked"_s);
        QCOMPARE(m.stages.at(1).commands.first().as<gmd::CopyInstruction>()->from, u"build"_s);
    }
};

QTEST_GUILESS_MAIN(TestDockerfileModel)
#include "tst_dockerfilemodel.moc"
