// SPDX-License-Identifier: MIT
#pragma once

#include <QHostInfo>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace gmd {

/// Asynchronous name resolution for the probes. The default is QHostInfo (getaddrinfo in Qt's
/// lookup threads); tests substitute a table so that NXDOMAIN and a silent resolver can be
/// produced without sending a packet.
class HostResolver
{
public:
    virtual ~HostResolver() = default;
    /// Starts resolving `host`. `done` runs later in `context`'s thread (never inside lookup()),
    /// unless the lookup is aborted or `context` is destroyed first. Returns an id for abort().
    virtual int lookup(const QString& host, QObject* context, std::function<void(const QHostInfo&)> done) = 0;
    /// Forgets lookup `id`: its callback will not run.
    virtual void abort(int id) = 0;
};

/// The resolver backed by QHostInfo::lookupHost().
std::shared_ptr<HostResolver> systemHostResolver();

} // namespace gmd
