// SPDX-License-Identifier: MIT
// Helpers of the network-probe tests: a table resolver (NXDOMAIN and a silent DNS without a
// packet), a connect black hole on 127.0.0.1, and running one probe to its end.
#pragma once

#include "net/hostresolver.h"
#include "net/httpprobe.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QMap>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace gmdtest {

/// Answers from a table: listed names resolve, `silent` names never answer, others are NXDOMAIN.
class TableResolver final : public gmd::HostResolver
{
public:
    QMap<QString, QList<QHostAddress>> table;
    QSet<QString> silent;
    QStringList asked; ///< every name looked up, in order

    int lookup(const QString& host, QObject* context, std::function<void(const QHostInfo&)> done) override
    {
        const int id = ++m_next;
        asked << host;
        if (silent.contains(host))
            return id;
        QHostInfo info(id);
        info.setHostName(host);
        if (table.contains(host)) {
            info.setAddresses(table.value(host));
        } else {
            info.setError(QHostInfo::HostNotFound);
            info.setErrorString(QStringLiteral("Host not found"));
        }
        QTimer::singleShot(0, context, [aborted = m_aborted, id, info, done = std::move(done)] {
            if (!aborted->contains(id))
                done(info);
        });
        return id;
    }
    void abort(int id) override { m_aborted->insert(id); }

private:
    int m_next = 0;
    std::shared_ptr<QSet<int>> m_aborted = std::make_shared<QSet<int>>();
};

/// A port on 127.0.0.1 whose accept queue is full: SYNs are dropped, connects hang (H2).
class BlackHole
{
public:
    BlackHole()
    {
        m_server.setListenBacklogSize(0);
        if (!m_server.listen(QHostAddress::LocalHost))
            return;
        m_server.pauseAccepting();
        for (int i = 0; i < 2; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, m_server.serverPort());
            socket->waitForConnected(200);
            m_fillers.push_back(std::move(socket));
        }
    }
    quint16 port() const { return m_server.serverPort(); }
    bool isListening() const { return m_server.isListening(); }

private:
    QTcpServer m_server;
    std::vector<std::unique_ptr<QTcpSocket>> m_fillers;
};

/// Short timeouts so that every failure class shows within a second or two.
inline gmd::ProbeOptions fastOptions()
{
    gmd::ProbeOptions o;
    o.dnsTimeoutMs = 500;
    o.connectTimeoutMs = 700;
    o.tlsTimeoutMs = 1500;
    o.responseTimeoutMs = 700;
    o.totalTimeoutMs = 10000;
    o.slowThresholdMs = 2000;
    return o;
}

/// A planned probe of `url` as GOPROXY entry 1.
inline gmd::ProbeTarget probeTarget(const QString& url, gmd::BodyCheck check = gmd::BodyCheck::None)
{
    gmd::ProbeTarget t;
    t.id = QStringLiteral("t");
    t.kind = gmd::ProbeKind::ProxyList;
    t.url = url;
    t.check = check;
    t.subjectVariable = QStringLiteral("GOPROXY");
    t.subject = QStringLiteral("GOPROXY entry 1");
    t.entryIndex = 1;
    return t;
}

/// Runs one probe to its end in a local event loop.
inline gmd::ProbeResult runProbe(const gmd::ProbeTarget& target, const gmd::ProbeEnvironment& env = {},
    const gmd::ProbeOptions& options = fastOptions())
{
    gmd::HttpProbe probe(target, env, options);
    QEventLoop loop;
    QObject::connect(&probe, &gmd::HttpProbe::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(25000, &loop, &QEventLoop::quit); // a safety net, never reached when correct
    probe.start();
    if (!probe.isFinished())
        loop.exec();
    return probe.result();
}

/// A proxy configuration as read from the environment variables.
inline gmd::HttpProxyConfig proxyConfig(const QMap<QString, QString>& vars)
{
    return gmd::HttpProxyConfig::fromLookup([vars](const QString& name) { return vars.value(name); });
}

} // namespace gmdtest
