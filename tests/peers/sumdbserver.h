// SPDX-License-Identifier: MIT
#pragma once

#include "loopbackpeer.h"

namespace gmdtest {

/// A checksum-database look-alike (SUMDB-4) answering /supported, /latest, /lookup/<p>@<v>
/// and /tile/... with plausible text. Not verifiable by go (tests use GOSUMDB=off); meant for
/// reachability probes. Serves the endpoints both at the root and under /sumdb/<name>/.
class SumDbServer final : public LoopbackPeer
{
public:
    struct Options
    {
        QString name = QStringLiteral("sum.golang.org"); ///< the database name in texts and /sumdb/<name>/
        bool tls = false;
        qint64 treeSize = 31946408; ///< tree size in /latest
    };
    SumDbServer();
    explicit SumDbServer(const Options& options);
    ~SumDbServer() override;

    /// The database name.
    QString name() const { return m_options.name; }
    /// Every endpoint answers `status` with `body` from now on (0: normal answers again).
    void setStatus(int status, const QByteArray& body);
    /// Latency before every answer.
    void setDelayMs(int ms);

    /// A signed-tree-head note as /latest returns it (signature bytes are made up).
    static QByteArray signedTreeHead(const QString& name, qint64 size);
    /// A /lookup answer for path@version (hashes are made up but well-formed).
    static QByteArray lookupAnswer(const QString& name, qint64 size, const QString& path, const QString& version);

protected:
    PeerResponse respond(const PeerRequest& request) override;

private:
    const Options m_options;
    mutable QMutex m_settingsMutex;
    int m_status = 0;
    QByteArray m_body;
    int m_delayMs = 0;
};

} // namespace gmdtest
