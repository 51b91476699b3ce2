// SPDX-License-Identifier: MIT
#pragma once

#include "checks/facts.h"
#include "checks/finding.h"

#include <QByteArray>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace gmdtest {

/// Builds gmd::Facts for check tests without touching the machine: the OS environment, the
/// env files and the module files are given as text, the go command's answers as values, and
/// the same pure functions as in production (resolveGoEnvironment, parseGoMod, routes) run.
class FactsBuilder
{
public:
    FactsBuilder(); ///< go 1.24.4 found, default go.env, empty OS environment but HOME=/home/u

    FactsBuilder& os(const QString& name, const QString& value);
    FactsBuilder& unsetOs(const QString& name);
    FactsBuilder& envFile(const QByteArray& content); ///< the user file ($HOME/.config/go/env)
    FactsBuilder& goRootEnv(const QByteArray& content);
    FactsBuilder& noGoRootEnv();
    FactsBuilder& goVersion(const QString& version); ///< "1.19.8"
    FactsBuilder& goMissing();
    FactsBuilder& goHung();
    FactsBuilder& goEnvJson(const QMap<QString, QString>& json);
    FactsBuilder& goEnvJsonError(const QString& stderrText);
    FactsBuilder& goMod(const QByteArray& content);
    FactsBuilder& goSum(const QByteArray& content);
    FactsBuilder& goWork(const QByteArray& content);
    FactsBuilder& goToolchainOnPath(const QString& name); ///< a goX.Y.Z binary on the host PATH
    FactsBuilder& vendor(bool modulesTxt = true);
    FactsBuilder& dir(const gmd::DirFacts& dir);
    /// A Dockerfile in the build context (the project folder, written to a temporary folder at
    /// build() together with go.mod, go.sum and contextFile()s, then analysed for real).
    FactsBuilder& dockerfile(const QByteArray& content, const QString& name = QStringLiteral("Dockerfile"));
    FactsBuilder& contextFile(const QString& relativePath, const QByteArray& content);
    FactsBuilder& buildArg(const QString& name, const QString& value);
    FactsBuilder& target(const QString& stage);
    /// A probe result of the host environment (issue 4); network checks read these. Several
    /// results go into one ProbeRun, in the order given. Marks the network as allowed.
    FactsBuilder& probe(const gmd::ProbeResult& result);
    /// The proxy ranking (check --rank-proxies).
    FactsBuilder& ranking(const gmd::ProxyRanking& ranking);
    /// The network was off (--no-network): no probe runs. (Without probe() or ranking() the
    /// facts say the network was not used either, as before issue 4.)
    FactsBuilder& noNetwork();

    gmd::Facts build() const;

private:
    QMap<QString, QString> m_os;
    std::optional<QByteArray> m_envFile;
    std::optional<QByteArray> m_goRootEnv;
    QString m_goVersion;
    bool m_goMissing = false;
    bool m_goHung = false;
    std::optional<QMap<QString, QString>> m_goEnvJson;
    QString m_goEnvJsonError;
    std::optional<QByteArray> m_goMod;
    std::optional<QByteArray> m_goSum;
    std::optional<QByteArray> m_goWork;
    QStringList m_toolchainsOnPath;
    bool m_vendorDir = false;
    bool m_vendorModulesTxt = false;
    QList<gmd::DirFacts> m_dirs;
    QList<QPair<QString, QByteArray>> m_dockerfiles;
    QList<QPair<QString, QByteArray>> m_contextFiles;
    QMap<QString, QString> m_buildArgs;
    QString m_target;
    QList<gmd::ProbeResult> m_probes;
    std::optional<gmd::ProxyRanking> m_ranking;
    bool m_network = true;
};

/// A finished probe of `subjectVariable` ("GOPROXY", "GOSUMDB") with `outcome`: the kind, the URL,
/// GOPROXY entry index, stage times and a status line as the probe would give them.
gmd::ProbeResult probeResult(gmd::ProbeOutcome outcome, const QString& url,
    const QString& subjectVariable = QStringLiteral("GOPROXY"), int entryIndex = 1,
    gmd::ProbeKind kind = gmd::ProbeKind::ProxyList);
/// The same probe failing in the HTTP proxy `proxyVariable` (=`proxyUrl`): the subject is the proxy variable.
gmd::ProbeResult proxyFault(gmd::ProbeOutcome outcome, const QString& url, const QString& proxyVariable,
    const QString& proxyUrl);

/// The default $GOROOT/go.env of official Go releases (ENV-6).
QByteArray defaultGoEnvFile();

/// Runs the registered check `id` over `facts` and returns its findings (fails the test when
/// the check does not exist, or a finding has an invalid location or no evidence).
QList<gmd::Finding> runCheck(const QString& id, const gmd::Facts& facts);

/// The subjects of the findings, in order.
QStringList subjects(const QList<gmd::Finding>& findings);

/// The standard body of a check test: QFETCHes "facts" (FactsBuilder) and "expected"
/// (QStringList of subjects; empty = must not fire) and compares. Call from a test function
/// whose _data() has those columns.
void verifyCheck(const QString& id);

} // namespace gmdtest

Q_DECLARE_METATYPE(gmdtest::FactsBuilder)
