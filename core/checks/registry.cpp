// SPDX-License-Identifier: MIT
#include "registry.h"

#include "checks/rules/rules.h"

namespace gmd {

const QList<const Check*>& allChecks()
{
    static const rules::CheckList owned = [] {
        rules::CheckList list;
        rules::addGoToolChecks(list);
        rules::addEnvSourceChecks(list);
        rules::addModuleFileChecks(list);
        rules::addProxyChecks(list);
        rules::addSumDbChecks(list);
        rules::addPrivateChecks(list);
        rules::addModeChecks(list);
        rules::addToolchainChecks(list);
        rules::addCacheChecks(list);
        rules::addNetEnvChecks(list);
        rules::addGitChecks(list);
        rules::addDockerChecks(list);
        rules::addContextChecks(list);
        rules::addBuildKitChecks(list);
        rules::addNetworkChecks(list);
        return list;
    }();
    static const QList<const Check*> view = [] {
        QList<const Check*> v;
        for (const auto& c : owned)
            v.append(c.get());
        return v;
    }();
    return view;
}

const Check* findCheck(const QString& id)
{
    for (const Check* c : allChecks()) {
        if (c->info().id == id)
            return c;
    }
    return nullptr;
}

} // namespace gmd
