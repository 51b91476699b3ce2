// SPDX-License-Identifier: MIT
// GOTOOLCHAIN parsing and toolchain selection (spec TC-1..5), against vectors/gotoolchain.tsv and
// our own rows.
#include "gocmd/gotoolchain.h"
#include "gocmd/goversion.h"
#include "testutil/testutil.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using Action = gmd::ToolchainDecision::Action;
using Mode = gmd::ToolchainSetting::Mode;

Q_DECLARE_METATYPE(Action)
Q_DECLARE_METATYPE(Mode)
Q_DECLARE_METATYPE(gmd::ToolchainInputs)

namespace {

// The vector rows were recorded on linux/amd64.
const QString kGoos = u"linux"_s;
const QString kGoarch = u"amd64"_s;

// Vector fields carry notes in parentheses ("auto (GOPROXY=off)", "(value in user env file) x").
QString withoutNotes(QString s)
{
    static const QRegularExpression note(uR"(\s*\([^()]*\)\s*)"_s);
    return s.replace(note, u" "_s).trimmed();
}

// What one `expected` cell of gotoolchain.tsv asserts.
struct Expectation
{
    Action action = Action::RunLocal;
    QString toolchain; // empty: not asserted
    QString message; // exact stderr line; empty: not asserted
    QString messagePrefix; // for Download: the first line printed
    QString moduleVersion; // for Download
    QStringList traceExact; // toolchaintrace lines that must be present verbatim
    QList<QRegularExpression> tracePatterns; // lines abbreviated with "..." in the vector
};

QString platform(QString s)
{
    return s.replace(u"<os>/<arch>"_s, kGoos + u'/' + kGoarch).replace(u"<os>-<arch>"_s, kGoos + u'-' + kGoarch);
}

Expectation expectationFor(const QString& expected, const QString& gotoolchain)
{
    Expectation e;
    static const QRegularExpression nameRe(
        uR"((?:downloading|download|upgrades to|upgrading toolchain to)\s+(go1[^\s,()]*))"_s);
    static const QRegularExpression moduleRe(uR"(golang\.org/toolchain@(v0\.0\.1-(go1\S*?)\.<os>-<arch>))"_s);
    const QRegularExpressionMatch name = nameRe.match(expected);
    if (name.hasMatch())
        e.toolchain = name.captured(1);

    if (expected.startsWith(u"runs local"_s)) {
        e.action = Action::RunLocal;
        e.toolchain = u"local"_s;
    } else if (expected.contains(u"is a language version but not a toolchain version"_s)) {
        // "go: downloading go1.21 (<os>/<arch>) then: invalid toolchain: ...": the fatal line is
        // what follows "then: ", printed with the "go: " prefix.
        e.action = Action::FailLanguageVersion;
        e.message = u"go: "_s + expected.mid(expected.indexOf(u"then: "_s) + 6);
    } else if (expected.contains(u"cannot find"_s) && expected.contains(u"in PATH"_s)) {
        e.action = Action::FailNotInPath;
        e.message = expected;
        e.toolchain = expected.section(u'"', 1, 1);
    } else if (expected.contains(u"invalid GOTOOLCHAIN"_s)) {
        e.action = Action::Invalid;
        e.message = expected;
        e.toolchain.clear();
    } else if (expected.contains(u"requires go >="_s)) {
        e.action = Action::FailTooOld;
        e.message = expected;
        e.toolchain = u"local"_s;
    } else if (expected.contains(u"every command fails"_s)) {
        // The env-file row: go1.99bogus is a valid toolchain name for gover (kind "bogus"), so
        // cmd/go tries to download it and fails in every command with "toolchain not available".
        e.action = Action::Download;
        e.toolchain = gotoolchain;
    } else if (expected.contains(u"toolchain not available"_s)
        && gmd::parseGoVersion(gmd::goVersionFromToolchain(e.toolchain)).isLanguageVersion()) {
        // "download go1.22 ...: toolchain not available" from a client without the ".0" fix:
        // a language version was selected and can never be downloaded.
        e.action = Action::FailLanguageVersion;
        e.message = platform(withoutNotes(expected));
    } else {
        // Download rows, including those whose outcome depends on the proxy (404, GOPROXY=off,
        // a server that never answers): the decision is to download; the network decides the rest.
        e.action = Action::Download;
        static const QRegularExpression downloading(uR"(go: downloading go1\S* \([^)]*\))"_s);
        const QRegularExpressionMatch m = downloading.match(expected);
        if (m.hasMatch())
            e.messagePrefix = platform(m.captured(0));
    }
    if (const QRegularExpressionMatch m = moduleRe.match(expected); m.hasMatch()) {
        e.moduleVersion = platform(m.captured(1));
        e.toolchain = m.captured(2);
    }
    // toolchaintrace lines: "... GODEBUG=toolchaintrace=1 prints: <line>" or
    // "toolchaintrace: <line> / <line>", where "..." abbreviates part of a line.
    qsizetype at = expected.indexOf(u"toolchaintrace=1 prints: "_s);
    QString traces = at >= 0 ? expected.mid(at + 25) : QString();
    if (expected.startsWith(u"toolchaintrace: "_s))
        traces = expected.mid(16);
    const QStringList lines = traces.split(u" / "_s, Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        if (!line.contains(u"..."_s)) {
            e.traceExact << line;
            continue;
        }
        QString pattern = QRegularExpression::escape(line);
        pattern.replace(QRegularExpression::escape(u"..."_s), u".*"_s);
        e.tracePatterns << QRegularExpression(u'^' + pattern + u'$');
    }
    return e;
}

gmd::ToolchainInputs vectorInputs(const QString& gotoolchain, const QString& goMod, const QString& local)
{
    gmd::ToolchainInputs in;
    in.setting = gmd::parseGoToolchain(gotoolchain);
    in.localVersion = local;
    in.goos = kGoos;
    in.goarch = kGoarch;
    const QStringList lines = goMod.split(u'\n');
    for (const QString& raw : lines) {
        const QString line = withoutNotes(raw);
        if (line.startsWith(u"go "_s))
            in.goLine = line.mid(3).trimmed();
        else if (line.startsWith(u"toolchain "_s))
            in.toolchainLine = line.mid(10).trimmed();
        // "any": the row does not depend on go.mod; no lines.
    }
    return in;
}

gmd::ToolchainInputs inputs(const QString& gotoolchain, const QString& goLine, const QString& toolchainLine = {},
    const QString& local = u"1.24.4"_s)
{
    gmd::ToolchainInputs in;
    in.setting = gmd::parseGoToolchain(gotoolchain);
    in.localVersion = local;
    in.goLine = goLine;
    in.toolchainLine = toolchainLine;
    in.goos = kGoos;
    in.goarch = kGoarch;
    return in;
}

} // namespace

class TestGoToolchain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vectors_data()
    {
        QTest::addColumn<QString>("gotoolchain");
        QTest::addColumn<QString>("goMod");
        QTest::addColumn<QString>("local");
        QTest::addColumn<QString>("expected");
        const QString path = gmdtest::vectorsDir() + u"/gotoolchain.tsv"_s;
        if (!QFileInfo::exists(path)) {
            QTest::addRow("vectors absent") << QString() << QString() << QString() << QString();
            return;
        }
        const gmdtest::TsvTable t = gmdtest::readTsv(path);
        QVERIFY2(t.ok(), qPrintable(t.error));
        for (int r = 0; r < t.rows.size(); ++r) {
            const QString gotoolchain = t.field(r, u"GOTOOLCHAIN"_s);
            QTest::addRow("%s", qPrintable(gmdtest::rowName(t, r, u"TC GOTOOLCHAIN="_s + gotoolchain))) << withoutNotes(
                gotoolchain) << t.field(r, u"go_mod"_s) << t.field(r, u"local_version"_s) << t.field(r, u"expected"_s);
        }
    }
    void vectors()
    {
        QFETCH(QString, gotoolchain);
        QFETCH(QString, goMod);
        QFETCH(QString, local);
        QFETCH(QString, expected);
        if (QByteArrayView(QTest::currentDataTag()) == "vectors absent")
            QSKIP("vectors absent");
        const Expectation e = expectationFor(expected, gotoolchain);
        const gmd::ToolchainDecision d = gmd::selectToolchain(vectorInputs(gotoolchain, goMod, local));
        QCOMPARE(d.action, e.action);
        if (!e.toolchain.isEmpty())
            QCOMPARE(d.toolchain, e.toolchain);
        if (!e.message.isEmpty())
            QCOMPARE(d.message, e.message);
        if (!e.messagePrefix.isEmpty())
            QCOMPARE(d.message, e.messagePrefix);
        if (!e.moduleVersion.isEmpty())
            QCOMPARE(d.moduleVersion, e.moduleVersion);
        for (const QString& line : e.traceExact)
            QVERIFY2(d.trace.contains(line), qPrintable(d.trace.join(u" | "_s)));
        for (const QRegularExpression& re : e.tracePatterns)
            QVERIFY2(!d.trace.filter(re).isEmpty(), qPrintable(re.pattern() + u" in "_s + d.trace.join(u" | "_s)));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<QString>("minimum");
        QTest::addColumn<QString>("error");
        QTest::addRow("TC-1 local") << u"local"_s << Mode::Local << u"local"_s << QString();
        QTest::addRow("TC-1 auto is local+auto") << u"auto"_s << Mode::Auto << u"local"_s << QString();
        QTest::addRow("TC-1 path is local+path") << u"path"_s << Mode::Path << u"local"_s << QString();
        QTest::addRow("TC-1 local+auto") << u"local+auto"_s << Mode::Auto << u"local"_s << QString();
        QTest::addRow("TC-1 name") << u"go1.22.0"_s << Mode::Local << u"go1.22.0"_s << QString();
        QTest::addRow("TC-1 name+auto") << u"go1.22.0+auto"_s << Mode::Auto << u"go1.22.0"_s << QString();
        QTest::addRow("TC-1 name+path") << u"go1.21rc2+path"_s << Mode::Path << u"go1.21rc2"_s << QString();
        QTest::addRow("TC-1 custom suffix") << u"go1.22.0-custom"_s << Mode::Local << u"go1.22.0-custom"_s << QString();
        QTest::addRow("TC-1 language version is a name") << u"go1.21"_s << Mode::Local << u"go1.21"_s << QString();
        QTest::addRow("TC-1 bad suffix")
            << u"go1.22+foo"_s << Mode::Local << QString()
            << uR"(invalid GOTOOLCHAIN "go1.22+foo": only version suffixes are +auto and +path)"_s;
        QTest::addRow("TC-1 local+bad suffix")
            << u"local+fast"_s << Mode::Local << QString()
            << uR"(invalid GOTOOLCHAIN "local+fast": only version suffixes are +auto and +path)"_s;
        QTest::addRow("TC-1 +auto alone") << u"+auto"_s << Mode::Local << QString()
                                          << uR"(invalid GOTOOLCHAIN "+auto": invalid minimum toolchain "")"_s;
        QTest::addRow("TC-1 bogus+path") << u"bogus+path"_s << Mode::Local << QString()
                                         << uR"(invalid GOTOOLCHAIN "bogus+path": invalid minimum toolchain "bogus")"_s;
        QTest::addRow("TC-1 default") << u"default"_s << Mode::Local << QString()
                                      << uR"(invalid GOTOOLCHAIN "default")"_s;
        QTest::addRow("TC-1 gccgo prefix")
            << u"gccgo-go1.22.0"_s << Mode::Local << QString() << uR"(invalid GOTOOLCHAIN "gccgo-go1.22.0")"_s;
        QTest::addRow("TC-1 upper case") << u"AUTO"_s << Mode::Local << QString() << uR"(invalid GOTOOLCHAIN "AUTO")"_s;
        QTest::addRow("TC-1 CR from an env file, Go-quoted")
            << u"auto\r"_s << Mode::Local << QString() << uR"(invalid GOTOOLCHAIN "auto\r")"_s;
        QTest::addRow("TC-1 quotes are kept")
            << u"'auto'"_s << Mode::Local << QString() << uR"(invalid GOTOOLCHAIN "'auto'")"_s;
    }
    void parse()
    {
        QFETCH(QString, value);
        QFETCH(Mode, mode);
        QFETCH(QString, minimum);
        QFETCH(QString, error);
        const gmd::ToolchainSetting s = gmd::parseGoToolchain(value);
        QCOMPARE(s.error, error);
        QCOMPARE(s.raw, value);
        QVERIFY(!s.empty);
        if (!error.isEmpty())
            return;
        QCOMPARE(s.mode, mode);
        QCOMPARE(s.minimum, minimum);
    }
    void parseEmpty()
    {
        const gmd::ToolchainSetting s = gmd::parseGoToolchain(QString());
        QVERIFY(s.empty);
        QVERIFY(s.isValid());
    }

    void select_data()
    {
        QTest::addColumn<gmd::ToolchainInputs>("in");
        QTest::addColumn<Action>("action");
        QTest::addColumn<QString>("toolchain");
        QTest::addColumn<QString>("message");

        QTest::addRow("TC-2 go line 1.25 becomes go1.25.0") << inputs(u"auto"_s,
            u"1.25"_s) << Action::Download << u"go1.25.0"_s << u"go: downloading go1.25.0 (linux/amd64)"_s;
        QTest::addRow("TC-2 go line equal to local runs local")
            << inputs(u"auto"_s, u"1.24.4"_s) << Action::RunLocal << u"local"_s << QString();
        QTest::addRow("TC-2 older toolchain line is ignored")
            << inputs(u"auto"_s, u"1.21"_s, u"go1.22.1"_s) << Action::RunLocal << u"local"_s << QString();
        QTest::addRow("TC-2 go line beats a lower toolchain line") << inputs(u"auto"_s, u"1.99.2"_s,
            u"go1.99.1"_s) << Action::Download << u"go1.99.2"_s << u"go: downloading go1.99.2 (linux/amd64)"_s;
        QTest::addRow("TC-2 toolchain default keeps local, go line then fails")
            << inputs(u"auto"_s, u"1.99.0"_s, u"default"_s) << Action::FailTooOld << u"local"_s
            << u"go: go.mod requires go >= 1.99.0 (running go 1.24.4; go.mod sets toolchain default)"_s;
        QTest::addRow("TC-2 toolchain default keeps a named minimum") << inputs(u"go1.30.0+auto"_s, u"1.35.0"_s,
            u"default"_s) << Action::Download << u"go1.30.0"_s << u"go: downloading go1.30.0 (linux/amd64)"_s;
        QTest::addRow("TC-2 named minimum without +auto ignores go.mod")
            << inputs(u"go1.24.4"_s, u"1.99.0"_s) << Action::FailTooOld << u"local"_s
            << u"go: go.mod requires go >= 1.99.0 (running go 1.24.4; GOTOOLCHAIN=go1.24.4)"_s;
        QTest::addRow("TC-4 empty GOTOOLCHAIN, go line too new")
            << inputs(QString(), u"1.99.0"_s) << Action::FailTooOld << u"local"_s
            << u"go: go.mod requires go >= 1.99.0 (running go 1.24.4)"_s;
        QTest::addRow("TC-1 empty GOTOOLCHAIN runs local")
            << inputs(QString(), u"1.21"_s) << Action::RunLocal << u"local"_s << QString();
        QTest::addRow("TC-2 invalid toolchain line") << inputs(u"auto"_s, u"1.21"_s, u"1.22.0"_s) << Action::Invalid
                                                     << QString() << uR"(go: invalid toolchain "1.22.0" in go.mod)"_s;
        QTest::addRow("TC-2 toolchain line ignored in local mode")
            << inputs(u"local"_s, u"1.21"_s, u"go1.99.1"_s) << Action::RunLocal << u"local"_s << QString();
        QTest::addRow("TC-2 non-Go-1 name fails the sanity check") << inputs(
            u"go2.0"_s, QString()) << Action::Invalid << u"go2.0"_s << uR"(go: invalid GOTOOLCHAIN "go2.0")"_s;
        QTest::addRow("TC-3 path mode, go line newer, not on PATH") << inputs(u"path"_s,
            u"1.99.0"_s) << Action::FailNotInPath << u"go1.99.0"_s << uR"(go: cannot find "go1.99.0" in PATH)"_s;
        QTest::addRow("TC-3 language version in path mode is a PATH failure") << inputs(u"go1.21+path"_s,
            QString()) << Action::FailNotInPath << u"go1.21"_s << uR"(go: cannot find "go1.21" in PATH)"_s;
        QTest::addRow("TC-4 go1.22.2 client cannot download go1.23")
            << inputs(u"auto"_s, u"1.23"_s, QString(), u"go1.22.2"_s) << Action::FailLanguageVersion << u"go1.23"_s
            << u"go: download go1.23 for linux/amd64: toolchain not available"_s;
        QTest::addRow("TC-4 go1.23 client appends .0")
            << inputs(u"auto"_s, u"1.24"_s, QString(), u"1.23.0"_s) << Action::Download << u"go1.24.0"_s
            << u"go: downloading go1.24.0 (linux/amd64)"_s;
        QTest::addRow("TC-2 rc go line") << inputs(u"auto"_s, u"1.25rc1"_s) << Action::Download << u"go1.25rc1"_s
                                         << u"go: downloading go1.25rc1 (linux/amd64)"_s;
        QTest::addRow("NotApplicable go1.20") << inputs(u"bogus"_s, u"1.99.0"_s, QString(), u"1.20.5"_s)
                                              << Action::NotApplicable << QString() << QString();
        QTest::addRow("NotApplicable go1.19") << inputs(u"auto"_s, u"1.22"_s, QString(), u"go1.19.8"_s)
                                              << Action::NotApplicable << QString() << QString();
        QTest::addRow("NotApplicable unknown local version")
            << inputs(u"auto"_s, u"1.22"_s, QString(), u"?"_s) << Action::NotApplicable << QString() << QString();
        gmd::ToolchainInputs gopath = inputs(u"bogus"_s, u"1.99.0"_s);
        gopath.moduleMode = false;
        QTest::addRow("NotApplicable GO111MODULE=off (FLAGS-3)")
            << gopath << Action::NotApplicable << QString() << QString();
        gmd::ToolchainInputs onPath = inputs(u"auto"_s, u"1.99.0"_s);
        onPath.onPath = [](const QString& name) { return name == u"go1.99.0"_s; };
        QTest::addRow("TC-3 found on PATH") << onPath << Action::ExecFromPath << u"go1.99.0"_s << QString();
        gmd::ToolchainInputs pathOk = inputs(u"go1.22.0+path"_s, u"1.21"_s);
        pathOk.onPath = [](const QString& name) { return name == u"go1.22.0"_s; };
        QTest::addRow("TC-3 +path found on PATH") << pathOk << Action::ExecFromPath << u"go1.22.0"_s << QString();
        gmd::ToolchainInputs install = inputs(u"auto"_s, u"1.99.0"_s);
        install.goInstallAtVersion = true;
        QTest::addRow("TC-2 go install m@v ignores go.mod") << install << Action::RunLocal << u"local"_s << QString();
        gmd::ToolchainInputs work = inputs(u"local"_s, u"1.99.0"_s);
        work.modFile = u"go.work"_s;
        QTest::addRow("TC-4 go.work names itself")
            << work << Action::FailTooOld << u"local"_s
            << u"go: go.work requires go >= 1.99.0 (running go 1.24.4; GOTOOLCHAIN=local)"_s;
    }
    void select()
    {
        QFETCH(gmd::ToolchainInputs, in);
        QFETCH(Action, action);
        QFETCH(QString, toolchain);
        QFETCH(QString, message);
        const gmd::ToolchainDecision d = gmd::selectToolchain(in);
        QCOMPARE(d.action, action);
        if (!toolchain.isEmpty())
            QCOMPARE(d.toolchain, toolchain);
        QCOMPARE(d.message, message);
        QVERIFY(!d.reason.isEmpty());
        QCOMPARE(d.fails(),
            action == Action::FailTooOld || action == Action::FailNotInPath || action == Action::FailLanguageVersion
                || action == Action::Invalid);
    }

    void trace_data()
    {
        QTest::addColumn<gmd::ToolchainInputs>("in");
        QTest::addColumn<QStringList>("trace");
        QTest::addRow("TC-5 local") << inputs(u"local"_s, u"1.21"_s)
                                    << QStringList { u"go: default toolchain set to go1.24.4 from GOTOOLCHAIN=local"_s,
                                           u"go: using local toolchain go1.24.4"_s };
        QTest::addRow("TC-5 auto, nothing to do")
            << inputs(u"auto"_s, u"1.21"_s) << QStringList { u"go: using local toolchain go1.24.4"_s };
        QTest::addRow("TC-5 go line upgrade")
            << inputs(u"auto"_s, u"1.99.0"_s)
            << QStringList {
                   u"go: upgrading toolchain to go1.99.0 (required by go line in go.mod; upgrade allowed by GOTOOLCHAIN=auto)"_s
               };
        QTest::addRow("TC-5 local+path names <name>+path")
            << inputs(u"local+path"_s, u"1.99.0"_s)
            << QStringList {
                   u"go: default toolchain set to go1.24.4 from GOTOOLCHAIN=local+path"_s,
                   u"go: upgrading toolchain to go1.99.0 (required by go line in go.mod; upgrade allowed by GOTOOLCHAIN=<name>+path)"_s
               };
        QTest::addRow("TC-5 no trace before go1.24")
            << inputs(u"auto"_s, u"1.99.0"_s, QString(), u"1.23.4"_s) << QStringList();
    }
    void trace()
    {
        QFETCH(gmd::ToolchainInputs, in);
        QFETCH(QStringList, trace);
        QCOMPARE(gmd::selectToolchain(in).trace, trace);
    }

    void moduleVersion()
    {
        QCOMPARE(gmd::toolchainModuleVersion(u"go1.22.0"_s, u"linux"_s, u"amd64"_s), u"v0.0.1-go1.22.0.linux-amd64"_s);
        QCOMPARE(
            gmd::toolchainModuleVersion(u"go1.21rc2"_s, u"darwin"_s, u"arm64"_s), u"v0.0.1-go1.21rc2.darwin-arm64"_s);
        QVERIFY(!gmd::hostGoos().isEmpty());
        QVERIFY(!gmd::hostGoarch().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGoToolchain)
#include "tst_gotoolchain.moc"
