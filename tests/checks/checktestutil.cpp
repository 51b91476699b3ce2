// SPDX-License-Identifier: MIT
#include "checktestutil.h"

#include <QUrl>

#include "checks/factscollector.h"
#include "checks/registry.h"

#include <QTemporaryDir>
#include <QTest>

#include "testutil/testutil.h"

using namespace Qt::Literals::StringLiterals;

namespace gmdtest {

QByteArray defaultGoEnvFile()
{
    return "# This file contains the initial defaults for go command configuration.\n"
           "GOPROXY=https://proxy.golang.org,direct\n"
           "GOSUMDB=sum.golang.org\n"
           "\n"
           "GOTOOLCHAIN=auto\n";
}

FactsBuilder::FactsBuilder()
    : m_goRootEnv(defaultGoEnvFile())
    , m_goVersion(u"1.24.4"_s)
{
    m_os.insert(u"HOME"_s, u"/home/u"_s);
    m_os.insert(u"PATH"_s, u"/usr/bin:/bin"_s);
}

FactsBuilder& FactsBuilder::os(const QString& name, const QString& value)
{
    m_os.insert(name, value);
    return *this;
}

FactsBuilder& FactsBuilder::unsetOs(const QString& name)
{
    m_os.remove(name);
    return *this;
}

FactsBuilder& FactsBuilder::envFile(const QByteArray& content)
{
    m_envFile = content;
    return *this;
}

FactsBuilder& FactsBuilder::goRootEnv(const QByteArray& content)
{
    m_goRootEnv = content;
    return *this;
}

FactsBuilder& FactsBuilder::noGoRootEnv()
{
    m_goRootEnv.reset();
    return *this;
}

FactsBuilder& FactsBuilder::goVersion(const QString& version)
{
    m_goVersion = version;
    return *this;
}

FactsBuilder& FactsBuilder::goMissing()
{
    m_goMissing = true;
    return *this;
}

FactsBuilder& FactsBuilder::goHung()
{
    m_goHung = true;
    return *this;
}

FactsBuilder& FactsBuilder::goEnvJson(const QMap<QString, QString>& json)
{
    m_goEnvJson = json;
    return *this;
}

FactsBuilder& FactsBuilder::goEnvJsonError(const QString& stderrText)
{
    m_goEnvJsonError = stderrText;
    return *this;
}

FactsBuilder& FactsBuilder::goMod(const QByteArray& content)
{
    m_goMod = content;
    return *this;
}

FactsBuilder& FactsBuilder::goSum(const QByteArray& content)
{
    m_goSum = content;
    return *this;
}

FactsBuilder& FactsBuilder::goWork(const QByteArray& content)
{
    m_goWork = content;
    return *this;
}

FactsBuilder& FactsBuilder::goToolchainOnPath(const QString& name)
{
    m_toolchainsOnPath << name;
    return *this;
}

FactsBuilder& FactsBuilder::dockerfile(const QByteArray& content, const QString& name)
{
    m_dockerfiles.append({name, content});
    return *this;
}

FactsBuilder& FactsBuilder::contextFile(const QString& relativePath, const QByteArray& content)
{
    m_contextFiles.append({relativePath, content});
    return *this;
}

FactsBuilder& FactsBuilder::buildArg(const QString& name, const QString& value)
{
    m_buildArgs.insert(name, value);
    return *this;
}

FactsBuilder& FactsBuilder::target(const QString& stage)
{
    m_target = stage;
    return *this;
}

FactsBuilder& FactsBuilder::vendor(bool modulesTxt)
{
    m_vendorDir = true;
    m_vendorModulesTxt = modulesTxt;
    return *this;
}

FactsBuilder& FactsBuilder::dir(const gmd::DirFacts& dir)
{
    m_dirs.append(dir);
    return *this;
}

FactsBuilder& FactsBuilder::probe(const gmd::ProbeResult& result)
{
    m_probes << result;
    return *this;
}

FactsBuilder& FactsBuilder::ranking(const gmd::ProxyRanking& ranking)
{
    m_ranking = ranking;
    return *this;
}

FactsBuilder& FactsBuilder::noNetwork()
{
    m_network = false;
    return *this;
}

gmd::ProbeResult probeResult(gmd::ProbeOutcome outcome, const QString& url, const QString& subjectVariable,
    int entryIndex, gmd::ProbeKind kind)
{
    gmd::ProbeResult r;
    r.id = u"probe-%1"_s.arg(entryIndex);
    r.kind = kind;
    r.url = r.finalUrl = url;
    r.outcome = outcome;
    r.subjectVariable = subjectVariable;
    const QString base = url.section(u'/', 0, 2);
    r.subject = r.targetSubject = entryIndex > 0 ? u"%1 entry %2 (%3)"_s.arg(subjectVariable).arg(entryIndex).arg(base)
                                                : u"%1 (%2)"_s.arg(subjectVariable, base);
    r.entryIndex = entryIndex;
    r.proxyBase = entryIndex > 0 ? base : QString();
    r.host = QUrl(url).host();
    r.ipv4 << u"127.0.0.1"_s;
    r.connectedAddress = u"127.0.0.1:%1"_s.arg(QUrl(url).port(443));
    r.proxyReason = u"no proxy variable is set"_s;
    r.stages = { { gmd::ProbeStage::Dns, 1 }, { gmd::ProbeStage::Connect, 2 }, { gmd::ProbeStage::Request, 3 } };
    r.totalMs = 5003;
    const int status = outcome == gmd::ProbeOutcome::HttpNotFound ? 404
        : outcome == gmd::ProbeOutcome::HttpDenied                ? 403
        : outcome == gmd::ProbeOutcome::HttpServerError           ? 500
        : outcome == gmd::ProbeOutcome::ProxyAuthRequired         ? 407
        : (outcome == gmd::ProbeOutcome::Ok || outcome == gmd::ProbeOutcome::Slow) ? 200
                                                                  : 0;
    if (status) {
        r.httpStatus = status;
        r.statusLine = u"HTTP/1.1 %1"_s.arg(status);
    }
    r.errorString = gmd::probeOutcomeName(outcome);
    r.summary = r.subject + u": "_s + r.errorString;
    return r;
}

gmd::ProbeResult proxyFault(gmd::ProbeOutcome outcome, const QString& url, const QString& proxyVariable,
    const QString& proxyUrl)
{
    gmd::ProbeResult r = probeResult(outcome, url);
    r.proxyUsed = proxyUrl;
    r.proxyVariable = proxyVariable;
    r.proxyReason = u"%1 is set and the host is not in NO_PROXY (NET-3)"_s.arg(proxyVariable);
    r.subjectVariable = proxyVariable;
    r.subject = u"%1 (%2)"_s.arg(proxyVariable, proxyUrl);
    return r;
}

gmd::Facts FactsBuilder::build() const
{
    gmd::Facts facts;
    facts.project.dir = u"/work/project"_s;
    if (m_goMod) {
        facts.project.goModPath = u"/work/project/go.mod"_s;
        facts.project.goMod = gmd::parseGoMod(*m_goMod, facts.project.goModPath);
    }
    if (m_goSum) {
        facts.project.goSumPath = u"/work/project/go.sum"_s;
        facts.project.goSum = gmd::parseGoSum(*m_goSum, facts.project.goSumPath);
    }
    if (m_goWork) {
        facts.project.goWorkPath = u"/work/project/go.work"_s;
        facts.project.goWork = gmd::parseGoWork(*m_goWork, facts.project.goWorkPath);
    }
    facts.project.hasVendorDir = m_vendorDir;
    facts.project.hasVendorModulesTxt = m_vendorModulesTxt;

    gmd::GoToolInfo& go = facts.go;
    go.requested = u"go"_s;
    if (m_goMissing) {
        go.problem = u"'go' was not found on PATH"_s;
    } else {
        go.found = true;
        go.path = u"/usr/lib/go/bin/go"_s;
        go.version = m_goVersion;
        go.versionOutput = u"go version go%1 linux/amd64"_s.arg(m_goVersion);
        go.gorootGuess = u"/usr/lib/go"_s;
        if (m_goHung) {
            go.hung = true;
            go.problem = u"'go version' did not finish within 10 s and was killed"_s;
        }
        if (m_goEnvJson) {
            go.envJsonOk = true;
            go.envJson = *m_goEnvJson;
        } else if (!m_goEnvJsonError.isEmpty()) {
            go.envJsonError = m_goEnvJsonError;
        }
    }

    gmd::GoEnvInputs& in = facts.hostInputs;
    in.os = m_os;
    in.goVersion = m_goMissing ? QString() : m_goVersion;
    in.goroot = m_goMissing ? QString() : u"/usr/lib/go"_s;
    in.userEnvFilePath = gmd::userEnvFilePath(m_os, in.goos, in.goVersion, &in.userEnvFileProblem);
    if (!in.userEnvFilePath.isEmpty())
        in.userEnvFile = m_envFile;
    if (!in.goroot.isEmpty()) {
        in.goRootEnvPath = in.goroot + u"/go.env"_s;
        in.goRootEnv = m_goRootEnv;
    }
    if (in.userEnvFile)
        facts.userEnvFile = gmd::parseEnvFile(*in.userEnvFile, in.userEnvFilePath);
    if (in.goRootEnv)
        facts.goRootEnvFile = gmd::parseEnvFile(*in.goRootEnv, in.goRootEnvPath);

    gmd::EnvContext host;
    host.id = u"host"_s;
    host.label = u"this machine"_s;
    host.env = gmd::resolveGoEnvironment(in);
    host.goVersion = in.goVersion;
    facts.environments.append(host);
    facts.hostDirs = m_dirs;
    facts.hostGoToolchainsOnPath = m_toolchainsOnPath;
    facts.hostRoutes = gmd::routesForProject(facts.project, host.env);

    if (!m_dockerfiles.isEmpty()) {
        // A real build context on disk, analysed exactly as in production; the folder may go
        // away afterwards: the facts keep what they need in memory.
        QTemporaryDir context;
        if (m_goMod)
            writeFile(context.filePath(u"go.mod"_s), *m_goMod);
        if (m_goSum)
            writeFile(context.filePath(u"go.sum"_s), *m_goSum);
        for (const auto& [path, content] : m_contextFiles)
            writeFile(context.filePath(path), content);
        for (const auto& [name, content] : m_dockerfiles)
            writeFile(context.filePath(name), content);
        for (const auto& [name, content] : m_dockerfiles) {
            gmd::DockerAnalysisOptions dao;
            dao.buildArgs = m_buildArgs;
            dao.target = m_target;
            gmd::DockerfileFacts df = gmd::collectDockerfileFacts(context.filePath(name), context.path(), dao);
            for (const gmd::EnvContext& ctx : df.analysis.reachableContexts())
                facts.environments.append(ctx);
            facts.dockerfiles.append(df);
        }
    }
    // Issue 4: the probe results, as one run of the host environment.
    facts.networkAllowed = m_network && (!m_probes.isEmpty() || m_ranking.has_value());
    if (!m_network)
        facts.notes << u"Network probes were skipped (--no-network)."_s;
    if (m_network && !m_probes.isEmpty()) {
        gmd::ProbeRun run;
        run.contextId = facts.host().id;
        run.contextIds << run.contextId;
        run.results = m_probes;
        facts.probeRuns << run;
        facts.probeElapsedMs = 5003;
    }
    facts.ranking = m_ranking;
    return facts;
}

QList<gmd::Finding> runCheck(const QString& id, const gmd::Facts& facts)
{
    const gmd::Check* check = gmd::findCheck(id);
    if (!check) {
        QTest::qFail(qPrintable(u"no check with id %1"_s.arg(id)), __FILE__, __LINE__);
        return {};
    }
    gmd::FindingSink sink(check->info());
    check->run(facts, sink);
    const QList<gmd::Finding> findings = sink.findings();
    for (const gmd::Finding& f : findings) {
        if (f.id != id)
            QTest::qFail("finding carries another id", __FILE__, __LINE__);
        if (f.location && f.location->line <= 0)
            QTest::qFail("finding has a location with an invalid line", __FILE__, __LINE__);
        if (f.message.isEmpty() || f.subject.isEmpty())
            QTest::qFail("finding without message or subject", __FILE__, __LINE__);
    }
    return findings;
}

QStringList subjects(const QList<gmd::Finding>& findings)
{
    QStringList out;
    for (const gmd::Finding& f : findings)
        out << f.subject;
    return out;
}

void verifyCheck(const QString& id)
{
    QFETCH(gmdtest::FactsBuilder, facts);
    QFETCH(QStringList, expected);
    const QList<gmd::Finding> findings = runCheck(id, facts.build());
    if (subjects(findings) != expected) {
        QString dump;
        for (const gmd::Finding& f : findings)
            dump += u"\n  [%1] %2: %3"_s.arg(f.subject, gmd::severityKey(f.severity), f.message);
        qWarning().noquote() << "findings:" << (dump.isEmpty() ? u" (none)"_s : dump);
    }
    QCOMPARE(subjects(findings), expected);
}

} // namespace gmdtest
