// SPDX-License-Identifier: MIT
#include "hostresolver.h"

namespace gmd {
namespace {

class SystemHostResolver final : public HostResolver
{
public:
    int lookup(const QString& host, QObject* context, std::function<void(const QHostInfo&)> done) override
    {
        return QHostInfo::lookupHost(host, context, [done = std::move(done)](const QHostInfo& info) { done(info); });
    }
    void abort(int id) override { QHostInfo::abortHostLookup(id); }
};

} // namespace

std::shared_ptr<HostResolver> systemHostResolver()
{
    static const std::shared_ptr<HostResolver> resolver = std::make_shared<SystemHostResolver>();
    return resolver;
}

} // namespace gmd
