// SPDX-License-Identifier: MIT
#pragma once

#include "loopbackpeer.h"

#include <QDateTime>
#include <QMap>

namespace gmdtest {

/// A GOPROXY (spec PROTO-1..4) on 127.0.0.1 serving fixture modules made by the test, good
/// enough for the real `go mod download`. Serves <base>/<escaped path>/@v/list, @v/<v>.info,
/// .mod, .zip and /@latest; 404 for anything unknown; optional misbehaviour per module.
class LocalGoProxy final : public LoopbackPeer
{
public:
    struct Options
    {
        bool tls = false; ///< https with the committed test certificate
        QString basePath {}; ///< e.g. "/mod": the proxy lives at baseUrl() = http://127.0.0.1:<port>/mod
    };

    /// Misbehaviour for one module's requests (H1, H2, H15 ...).
    struct Behaviour
    {
        QString suffix {}; ///< applies to URLs ending in this ("" all, ".zip", "/@v/list", "/@latest" ...)
        int status = 0; ///< != 0: answer this status with `body` (text/plain) instead
        QByteArray body {};
        int delayBeforeHeadersMs = 0; ///< < 0: never answer
        qint64 stallAfterBodyBytes = -1; ///< >= 0: stop after this many body bytes ...
        int stallMs = -1; ///< ... for this long (< 0: for ever)
        bool dropConnection = false; ///< close the connection instead of answering
    };

    LocalGoProxy();
    explicit LocalGoProxy(const Options& options);
    ~LocalGoProxy() override;

    /// Adds `path`@`version`. `files` maps relative paths to contents; without "go.mod" one with
    /// just the module line is made. `time` goes to .info (default 2020-01-01T00:00:00Z).
    void addModule(const QString& path, const QString& version, const QMap<QString, QByteArray>& files,
        const QDateTime& time = {});
    /// Misbehaviour for requests about `modulePath` (known or not); later calls add rules,
    /// the first matching rule wins.
    void setBehaviour(const QString& modulePath, const Behaviour& behaviour);
    /// Removes every behaviour rule.
    void clearBehaviours();
    /// Injected latency before every answer (a slow but healthy proxy).
    void setLatencyMs(int ms);
    /// The answer for unknown modules and versions (default 404 "not found: ..."; the public
    /// proxy answers 410 Gone for some, corporate proxies 403).
    void setNotFound(int status, const QByteArray& body);
    /// Answer 200 to /sumdb/<name>/supported (SUMDB-3); 404 for other names and by default.
    void setSupportedSumDb(const QString& name);

    /// The .zip served for path@version (empty when unknown).
    QByteArray zip(const QString& path, const QString& version) const;
    /// "<baseUrl>/<escaped path>" + suffix: the URL go requests (PROTO-1).
    QString moduleUrl(const QString& path, const QString& suffix) const;

protected:
    QString basePath() const override { return m_basePath; }
    PeerResponse respond(const PeerRequest& request) override;

private:
    struct Version
    {
        QString version;
        QByteArray info;
        QByteArray mod;
        QByteArray zip;
    };
    PeerResponse answer(const QString& escapedPath, const QString& file) const;
    PeerResponse notFound(const QByteArray& what) const;

    const QString m_basePath;
    mutable QMutex m_dataMutex;
    QMap<QString, QList<Version>> m_modules; ///< escaped path -> versions in the order added
    QList<QPair<QString, Behaviour>> m_behaviours; ///< escaped path -> rule
    int m_latencyMs = 0;
    int m_notFoundStatus = 404;
    QByteArray m_notFoundBody;
    QString m_sumDb;
};

/// Compares two semantic versions ("v1.2.3", "v1.2.3-pre"): < 0, 0, > 0 (simplified semver).
int compareSemver(const QString& a, const QString& b);

} // namespace gmdtest
